/** Organisation words, abbreviations and pinyin legal forms (issue 10, point 2) and near-miss institutions (point 5). */
import { analyzeName } from "../../src/engine/parties/analyze-name";
import { ORG_WORDS, readsAsOrganisation } from "../../src/engine/parties/org-words";
import { createPartyScreener } from "../../src/engine/parties/screener";
import { kanaLatinSimilarity, TRANSLITERATION_CEILING } from "../../src/engine/parties/token-similarity";
import type { PartyList } from "../../src/engine/parties/list-model";

const keys = (s: string) =>
  analyzeName(s)
    .core.map((t) => t.key)
    .join(" ");

describe("organisation-word table", () => {
  test("every row has an English key and at least one other spelling", () => {
    for (const w of ORG_WORDS) {
      expect(w.en).toMatch(/^[a-z ]+$/);
      expect(
        [...(w.abbr ?? []), ...(w.pinyin ?? []), ...(w.ru ?? []), ...(w.ko ?? []), ...(w.fa ?? [])].length,
      ).toBeGreaterThan(0);
    }
  });

  test("invoice abbreviations read as the words they stand for", () => {
    expect(keys("Harbin Inst. of Tech.")).toBe(keys("Harbin Institute of Technology"));
    expect(keys("Iran Communications Inds. Grp.")).toBe(keys("Iran Communications Industries Group"));
    expect(keys("Kangbong Trdg. Corp.")).toBe(keys("Kangbong Trading Corporation"));
    expect(keys("Natl. Univ. of Defense Tech.")).toBe(keys("National University of Defense Technology"));
  });

  test("Chinese legal forms and words in pinyin read as their English equivalents", () => {
    const a = analyzeName("Dalian Zhenghua Maoyi Youxian Gongsi");
    expect(a.core.map((t) => t.key)).toEqual(["dalian", "zhenghua", "trading"]);
    expect(a.legalFamilies).toEqual(["ltd"]);
    expect(keys("Beijing Haili Lianhe Keji Youxian Gongsi")).toBe("beijing haili lianhe technology");
  });

  test("a cell reads as an organisation by its legal form or an organisation word, not by a person's name", () => {
    expect(readsAsOrganisation(analyzeName("Panasonic Co., Ltd."))).toBe(true);
    expect(readsAsOrganisation(analyzeName("パナソニック株式会社"))).toBe(true);
    expect(readsAsOrganisation(analyzeName("北京师范大学"))).toBe(true);
    expect(readsAsOrganisation(analyzeName("Sanam Industrial Group"))).toBe(true);
    expect(readsAsOrganisation(analyzeName("APANASENKO, Elena"))).toBe(false);
  });
});

describe("false positives (point 5)", () => {
  const list: PartyList = {
    id: "t",
    name: "test",
    version: "1",
    date: "2026-12-01",
    source: "test",
    entries: [
      {
        id: "1",
        name: "Nanjing University of Aeronautics and Astronautics",
        aliases: ["南京航空航天大学"],
        country: "CN",
      },
      { id: "2", name: "Beijing Institute of Technology", aliases: ["北京理工大学"], country: "CN" },
      { id: "3", name: "Harbin Institute of Technology", aliases: [], country: "CN" },
      { id: "4", name: "APANASENKO, Elena", aliases: [], kind: "individual" },
      { id: "5", name: "APANASENKO TRADING", aliases: [], kind: "entity" },
      { id: "6", name: "MARLIN", aliases: [] },
    ],
  };
  const s = createPartyScreener([list]);
  const ids = (q: string) => s.screenParty(q, undefined, "end_user").map((m) => m.id);

  test("a word that tells institutions apart, on one side only, is a strong mismatch", () => {
    expect(ids("南京大学")).toEqual([]);
    expect(ids("Harbin Medical University")).toEqual([]);
    expect(ids("北京师范大学")).toEqual([]);
    // the listed institutions themselves still match
    expect(ids("南京航空航天大学")).toEqual(["t#1"]);
    expect(ids("北京理工大学")).toEqual(["t#2"]);
  });

  test("a different city on each side is a strong mismatch", () => {
    expect(ids("上海理工大学")).toEqual([]);
    const m = s.screenParty("Shanghai Institute of Technology", undefined, "end_user");
    expect(m.filter((x) => x.id === "t#2" || x.id === "t#3")).toEqual([]);
  });

  test("a company does not match a listed individual, but does match a listed entity of that name", () => {
    expect(ids("Apanasenko Co., Ltd.")).not.toContain("t#4");
    expect(ids("Apanasenko Trading Co., Ltd.")).toContain("t#5");
    // a person's name still matches the person
    expect(ids("Elena Apanasenko")).toContain("t#4");
  });

  test("a three-consonant sound coincidence with another first sound does not make a match on its own", () => {
    expect(ids("オムロン株式会社")).toEqual([]);
    expect(kanaLatinSimilarity("omuron", "marlin")).toBeLessThan(0.7);
    // the same skeleton with the same first sound still makes a REVIEW match (capped by the transliteration ceiling)
    expect(kanaLatinSimilarity("marin", "marlin")).toBeGreaterThanOrEqual(0.7);
    expect(kanaLatinSimilarity("marin", "marlin")).toBeLessThanOrEqual(TRANSLITERATION_CEILING);
  });
});
