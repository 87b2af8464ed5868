import { analyzeName, MAX_NAME_CHARS } from "../../src/engine/parties/analyze-name";
import { foldHan } from "../../src/engine/parties/han-fold";
import { collapseLongVowels, kanaKey, phoneticSkeleton } from "../../src/engine/parties/kana-key";
import { keySimilarity, tokenSimilarity } from "../../src/engine/parties/token-similarity";

const core = (s: string) => analyzeName(s).core.map((t) => t.key);
const legal = (s: string) => analyzeName(s).legalFamilies;

describe("normalisation rules", () => {
  test("NFKC: full-width letters and punctuation equal their ASCII forms", () => {
    expect(core("ＡＢＣ　Ｅｌｅｃｔｒｏｎｉｃｓ　Ｃｏ．，Ｌｔｄ．")).toEqual(core("ABC Electronics Co., Ltd."));
  });
  test("NFKC: half-width katakana and ㈱", () => {
    expect(core("ﾍﾞﾝﾃｯｸ")).toEqual(core("ベンテック"));
    expect(legal("㈱日立製作所")).toEqual(["kk"]);
  });
  test("a legal form glued to the name or to itself; single letters written apart; a number with a full stop", () => {
    expect(core("Joint Stock Company KBSMCo.,Ltd.")).toEqual(["kbsm"]);
    expect(legal("Samina Co.Ltd.")).toEqual(["ltd"]);
    expect(core("SAMSCO.,LTD")).toEqual(["samsco"]);
    expect(core("SMART LOGISTICS F S S A L")).toEqual(core("SMART LOGISTICS F.S.S.A.L"));
    expect(core("China Precision Machinery I E Corp")).toEqual(core("China Precision Machinery I/E Corp."));
    expect(core("4 27 CO PYONGYANG BRANCH")).toEqual(core("4.27 Co. Pyongyang Branch"));
  });
  test("case folding", () => {
    expect(core("ADVANTAGE TRADING")).toEqual(core("advantage trading"));
  });
  test("long-vowel mark and hyphen variants are one symbol", () => {
    const forms = ["コンピューター", "コンピュ－タ－", "ｺﾝﾋﾟｭｰﾀｰ", "コンピュ-タ-", "コンピュ‐タ‐"];
    for (const f of forms) expect(core(f)).toEqual(["konpyuta"]);
  });
  test("hyphens and dashes between Latin words split them", () => {
    expect(core("Almaz-Antey")).toEqual(["almaz", "antey"]);
    expect(core("Almaz – Antey")).toEqual(["almaz", "antey"]);
  });
  test("apostrophes and full stops are deleted inside words", () => {
    expect(core("U.S.A. Holding")).toEqual(["usa", "holding"]);
    expect(core("Al Qa'ida")).toEqual(["al", "qaida"]);
  });
  test("ordinal suffixes after numbers are dropped; short codes stay whole", () => {
    expect(core("10th Research Institute")).toEqual(["10", "research", "institute"]);
    expect(core("CETC54")).toEqual(["cetc", "54"]);
    expect(core("3M Limited")).toEqual(["3m"]);
  });
  test("synonyms fold spelling variants (organisation/organization, centre/center, tech/technology)", () => {
    expect(core("Organisation Centre")).toEqual(core("Organization Center"));
    expect(core("Sunway Tech")).toEqual(core("Sunway Technology"));
  });
});

describe("legal forms: stripped to a weak feature, never matched alone", () => {
  test.each([
    ["Acme Co., Ltd.", "ltd"],
    ["Acme Company Limited", "ltd"],
    ["Acme LLC", "llc"],
    ["ООО Ромашка", "llc"],
    ["OOO Romashka", "llc"],
    ["JSC Almaz", "jsc"],
    ["Joint-Stock Company Concern Almaz", "jsc"],
    ["Aktsionernoe Obshchestvo Mikron", "jsc"],
    ["Müller GmbH", "gmbh"],
    ["Schmidt AG", "gmbh"],
    ["Dupont SARL", "sa"],
    ["株式会社山田製作所", "kk"],
    ["（株）丸山製作所", "kk"],
    ["山田(有)", undefined],
    ["中电科芯片技术股份有限公司", "ltd"],
    ["北京天海工业有限公司", "ltd"],
    ["北京科泰克科技有限責任公司", "llc"],
    ["ヤマトカブシキガイシャ", "kk"],
    ["Joint Stok Company Concern Sozvezdie", "jsc"],
  ])("%s → %s", (name, family) => {
    if (family) expect(legal(name)).toContain(family);
  });
  test("short forms count only at the edge of a name", () => {
    expect(legal("AG Metals Trading")).toEqual(["gmbh"]);
    expect(core("Bauer AG Logistik")).toContain("ag");
    expect(core("Co Trading Partners")).not.toContain("co");
  });
  test("a name that is only a legal form is unusable, with a note", () => {
    for (const s of ["Co., Ltd.", "株式会社", "ｶﾌﾞｼｷｶﾞｲｼｬ", "LLC", "ООО"]) {
      const a = analyzeName(s);
      expect(a.usable).toBe(false);
      expect(a.notes.map((n) => n.en).join(" ")).toMatch(/only a legal form/);
      expect(a.notes[0].ja).toMatch(/法人格/);
    }
  });
});

describe("script-aware keys", () => {
  test("Cyrillic, Greek, Arabic and Hangul get an ASCII key (any-ascii)", () => {
    expect(core("Алмаз-Антей")).toEqual(["almaz", "antey"]);
    expect(core("Уралвагонзавод")).toEqual(["uralvagonzavod"]);
    expect(analyzeName("شركة النور").core.every((t) => /^[a-z']+$/.test(t.key))).toBe(true);
    expect(analyzeName("고려항공").core[0].key).toMatch(/^[a-z]+$/);
  });
  test("kana: Hepburn with long vowels collapsed and foreign-sound kana read well", () => {
    expect(kanaKey("トーヨー")).toBe("toyo");
    expect(kanaKey("グローバル")).toBe("gurobaru");
    expect(kanaKey("ティー")).toBe("ti");
    expect(kanaKey("ファイナンス")).toBe("fainansu");
    expect(kanaKey("ヴィンペル")).toBe("vinperu");
    expect(kanaKey("しんよう")).toBe("shinyo");
    expect(collapseLongVowels("kooporeeshon")).toBe("koporeshon");
  });
  test("Han stays native, folded across traditional / Japanese / simplified forms", () => {
    expect(foldHan("北京航空航天大學")).toBe(foldHan("北京航空航天大学"));
    expect(foldHan("中國電子")).toBe("中国电子");
    expect(foldHan("日立製作所")).toBe(foldHan("日立制作所"));
    expect(foldHan("広州")).toBe(foldHan("广州"));
    expect(core("國防科学院")).toEqual(core("国防科学院"));
  });
  test("Han runs are cut around generic words and legal forms", () => {
    const a = analyzeName("北京成興貿易有限公司");
    expect(a.core.map((t) => [t.key, !!t.generic])).toEqual([
      ["北京", true],
      ["成兴", false],
      ["贸易", true],
    ]);
    expect(a.legalFamilies).toEqual(["ltd"]);
  });
  test("tokens split where the script changes", () => {
    expect(analyzeName("LIMMT経貿公司").core.map((t) => t.script)).toEqual(["latin", "han"]);
    expect(analyzeName("セソン技術貿易").core.map((t) => t.script)).toEqual(["kana", "han", "han"]);
  });
  test("a katakana rendering and the Latin spelling meet on a phonetic skeleton", () => {
    expect(phoneticSkeleton(kanaKey("ベンテック"), true)).toBe(phoneticSkeleton("bentech", false));
    expect(phoneticSkeleton(kanaKey("コンピューター"), true)).toBe(phoneticSkeleton("computer", false));
    expect(phoneticSkeleton(kanaKey("ツポレフ"), true)).toBe(phoneticSkeleton("tupolev", false));
    const k = analyzeName("ロステック").core[0];
    const l = analyzeName("Rostec").core[0];
    expect(tokenSimilarity(k, l)).toBeGreaterThanOrEqual(0.9);
    expect(tokenSimilarity(k, l)).toBeLessThan(1);
  });
});

describe("word similarity", () => {
  test("short keys match exactly only (three letters: one substituted letter is weak)", () => {
    expect(keySimilarity("abc", "abd")).toBe(0.6);
    expect(keySimilarity("ab", "ac")).toBe(0);
    expect(keySimilarity("abcd", "abce")).toBe(0.75);
    expect(keySimilarity("abcde", "abfge")).toBe(0);
  });
  test("an adjacent transposition counts as one edit", () => {
    expect(keySimilarity("dangun", "dagnun")).toBeCloseTo(1 - 1 / 6);
  });
  test("romanisation variants fold (kh/h, ee/i, w/v, ck/k)", () => {
    expect(keySimilarity("tameer", "tamir")).toBeGreaterThan(0.9);
    expect(keySimilarity("rostekh", "rostec")).toBeGreaterThan(0.9);
  });
  test("digits only equal digits", () => {
    const [a, b] = [analyzeName("24").core[0], analyzeName("25").core[0]];
    expect(tokenSimilarity(a, b)).toBe(0);
    expect(tokenSimilarity(a, a)).toBe(1);
  });
});

describe("bad input: no crash, no usable key, a clear note", () => {
  test.each([
    ["", /empty/],
    ["   ", /empty/],
    ["12345", /only digits/],
    ["--- 42 ---", /only digits/],
    ["💥🚀", /Emoji were removed/],
    ["\u0000\u0007\u001b", /Control characters were removed/],
    ["X", /too short/],
    ["株", /legal form/],
  ])("%j", (input, note) => {
    const a = analyzeName(input);
    expect(a.usable).toBe(false);
    expect(a.notes.map((n) => n.en).join(" ")).toMatch(note);
    for (const n of a.notes) expect(n.ja.length).toBeGreaterThan(0);
  });
  test("a 10,000-character cell is cut, noted, and analysed quickly", () => {
    const a = analyzeName("Acme Rocket Works ".repeat(600).slice(0, 10_000));
    expect(a.notes.map((n) => n.en).join(" ")).toMatch(new RegExp(`first ${MAX_NAME_CHARS} of 10000`));
    expect(a.usable).toBe(true);
  });
  test("mixed scripts are noted", () => {
    const a = analyzeName("Acme Трейд 株式会社ヤマト 貿易");
    expect(a.notes.map((n) => n.en).join(" ")).toMatch(/Mixed scripts/);
  });
  test("a token named like an Object property is an ordinary word", () => {
    expect(core("constructor prototype")).toEqual(["constructor", "prototype"]);
  });
});
