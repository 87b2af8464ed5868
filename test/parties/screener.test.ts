import fc from "fast-check";
import { describeWithShared } from "../helpers/shared";
import { importOwnList } from "../../src/engine/parties/import-own-list";
import { createPartyScreener, indexFor } from "../../src/engine/parties/screener";
import type { PartyList } from "../../src/engine/parties/list-model";
import { EUL_FILE, loadEul } from "./fixtures";

const OWN = `# id: test
# name: Test deny list
# version: 2025-10-01
id,name,aliases,country,note
1,Zelenograd Quantum Optics Works,ZQOW|Zelenograd Quantum Optics,RU,
2,Kessar Polymer Trading LLC,,AE,
3,Korea Hanbyol 27 Trading Corporation,,KP,
4,Golden Star Co.,,HK,generic words only
5,Rostelkom Avionika JSC,Ростелком Авионика,RU,
6,北京星河光电科技有限公司,Beijing Xinghe Optoelectronics Co. Ltd,CN,
7,ベルナ精機,Verna Seiki,JP,
8,Maroun Trading,,LB,
9,Maroun Trading 2,,LB,
`;

let own: PartyList;
beforeAll(() => {
  own = importOwnList(OWN);
});

const best = (name: string, country?: string) => createPartyScreener([own]).screenParty(name, country, "end_user")[0];

describe("matcher on a small own list", () => {
  test("exact name: HIT 1.0, with id, list, explanation", () => {
    const m = best("Zelenograd Quantum Optics Works", "RU");
    expect(m).toMatchObject({
      id: "test#1",
      listId: "test",
      entryId: "1",
      band: "HIT",
      score: 1,
      role: "end_user",
      isEndUserList: false,
      entryCountry: "RU",
    });
    expect(m.explain?.queryNormalized).toBe("zelenograd quantum optic works");
    expect(m.explain?.aligned.map((a) => a[0])).toEqual(["zelenograd", "quantum", "optic", "works"]);
  });
  test("missing or extra legal form costs nothing", () => {
    expect(best("Kessar Polymer Trading")?.score).toBe(1);
    expect(best("Kessar Polymer Trading Co., Ltd.")?.score).toBeGreaterThanOrEqual(0.95);
  });
  test("one typo stays at REVIEW or above, and says which words aligned", () => {
    const m = best("Zelenogard Quantum Optics Works");
    expect(m?.id).toBe("test#1");
    expect(m!.score).toBeGreaterThanOrEqual(0.9);
    expect(m!.explain?.aligned[0]).toEqual(["zelenogard", "zelenograd", 0.9]);
  });
  test("word order does not matter", () => {
    expect(best("Quantum Optics Works Zelenograd")?.score).toBe(1);
  });
  test("Cyrillic original of a Latin alias, and the other way round", () => {
    expect(best("Зеленоград Квантум Оптикс")?.id).toBe("test#1");
    expect(best("Rostelkom Avionika")?.id).toBe("test#5");
    expect(best("Ростелком Авионика")?.score).toBe(1);
  });
  test("traditional / Japanese forms of a Chinese name", () => {
    expect(best("北京星河光電科技有限公司")?.id).toBe("test#6");
    expect(best("北京星河光電科技")?.score).toBeGreaterThanOrEqual(0.9);
  });
  test("katakana / romaji of a Japanese name", () => {
    expect(best("ベルナセイキ")?.id).toBe("test#7");
  });
  test("generic words alone never match a name with a distinctive word", () => {
    expect(createPartyScreener([own]).screenParty("Korea Trading Corporation", "KP", "end_user")).toEqual([]);
    expect(createPartyScreener([own]).screenParty("Optics Trading Works LLC", undefined, "end_user")).toEqual([]);
  });
  test("a list name of generic words only needs the exact combination", () => {
    expect(best("Golden Star Company")?.id).toBe("test#4");
    expect(createPartyScreener([own]).screenParty("Golden Star Electronics", undefined, "end_user")).toEqual([]);
  });
  test("numbers: a different number is not the same party", () => {
    expect(best("Korea Hanbyol 27 Trading Corp")?.id).toBe("test#3");
    const m = createPartyScreener([own]).screenParty("Korea Hanbyol 28 Trading Corp", undefined, "end_user");
    expect(m.find((x) => x.id === "test#3")).toBeUndefined();
    expect(createPartyScreener([own]).screenParty("Maroun Trading 2", undefined, "end_user")[0].id).toBe("test#9");
  });
  test("country is a qualifier: a different country lowers the score by 0.15", () => {
    const same = best("Kessar Polymer Trading", "AE")!;
    const other = best("Kessar Polymer Trading", "IR")!;
    expect(same.score).toBe(1);
    expect(other.score).toBeCloseTo(0.85);
    expect(other.band).toBe("REVIEW");
    expect(other.explain?.notes?.join(" ")).toMatch(/country differs \(IR \/ AE\)/);
  });
  test("thresholds are configurable and checked", () => {
    const strict = createPartyScreener([own], { thresholds: { hit: 0.99, review: 0.95 } });
    expect(strict.screenParty("Zelenogard Quantum Optics Works", undefined, "consignee")[0]).toMatchObject({
      band: "REVIEW",
      role: "consignee",
    });
    expect(strict.screenParty("Zelenogard Kvantum Optiks Works", undefined, "buyer")).toEqual([]);
    expect(() => createPartyScreener([own], { thresholds: { hit: 0.5, review: 0.7 } })).toThrow(RangeError);
  });
  test("list versions", () => {
    expect(createPartyScreener([own]).listVersions()).toEqual({ test: "2025-10-01" });
  });
  test("repeated names are answered from the screener's memory: same result, own role, copies", () => {
    const s = createPartyScreener([own]);
    const a = s.screenParty("Kessar Polymer Trading", "AE", "end_user");
    a[0].explain!.aligned.push(["x", "y", 0]);
    a[0].score = 0;
    const b = s.screenParty("Kessar Polymer Trading", "AE", "consignee");
    expect(b[0]).toMatchObject({ id: "test#2", score: 1, role: "consignee" });
    expect(b[0].explain!.aligned).toHaveLength(3);
    expect(s.screenParty("Kessar Polymer Trading", "IR", "buyer")[0].score).toBeCloseTo(0.85);
  });
  test("the index is built once per list object", () => {
    expect(indexFor(own)).toBe(indexFor(own));
    expect(indexFor(importOwnList(OWN))).not.toBe(indexFor(own));
  });
});

describe("bad input: no crash, no match, a clear note", () => {
  const inputs: unknown[] = [
    "",
    "   ",
    "Co., Ltd.",
    "株式会社",
    "12345",
    "x".repeat(10_000),
    "💥🚀🔥",
    "\u0000\u0001\u0007",
    "Zelenograd 💥",
    null,
    undefined,
    42,
    "A",
  ];
  test.each(
    inputs.map((i) => [
      typeof i === "string" && i.length > 40 ? `${i.length} characters` : (JSON.stringify(i) ?? String(i)),
      i,
    ]),
  )("%s", (_label, input) => {
    const s = createPartyScreener([own]);
    const r = s.screenPartyDetailed(input, "RU", "end_user");
    expect(Array.isArray(r.matches)).toBe(true);
    if (typeof input === "string" && /Zelenograd/.test(input)) {
      expect(r.notes.map((n) => n.en).join(" ")).toMatch(/Emoji/);
    } else {
      expect(r.matches).toEqual([]);
      expect(r.notes.length).toBeGreaterThan(0);
    }
  });
  test("a 10,000-character cell of a listed name still matches (first 300 characters)", () => {
    const r = createPartyScreener([own]).screenPartyDetailed(
      ("Kessar Polymer Trading " + "x ".repeat(5000)).slice(0, 10_000),
      "AE",
      "end_user",
    );
    expect(r.notes.map((n) => n.en).join(" ")).toMatch(/too long/);
  });
  test("a country that is not an ISO code is noted and ignored", () => {
    const r = createPartyScreener([own]).screenPartyDetailed("Kessar Polymer Trading", "Iran", "end_user");
    expect(r.matches[0].score).toBe(1);
    expect(r.notes.map((n) => n.en).join(" ")).toMatch(/not an ISO alpha-2 code/);
  });
  test("property: any string gives a list of well-formed matches, never an exception", () => {
    const s = createPartyScreener([own]);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (name) => {
        const r = s.screenParty(name, undefined, "end_user");
        for (const m of r) {
          expect(m.score).toBeGreaterThanOrEqual(0.7);
          expect(m.score).toBeLessThanOrEqual(1);
          expect(m.band).toBe(m.score >= 0.9 ? "HIT" : "REVIEW");
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describeWithShared(EUL_FILE, "matcher on the real End User List", () => {
  const s = () => createPartyScreener([loadEul()]);
  test("meti-eul#475 by its English and Chinese names", () => {
    const m = s().screenParty(
      "10th Research Institute of China Electronics Technology Group Corporation",
      "CN",
      "end_user",
    )[0];
    expect(m).toMatchObject({ id: "meti-eul#475", isEndUserList: true, band: "HIT", cw: true, wmd: ["M"] });
    expect(s().screenParty("中国电子科技集团公司第十研究所", "CN", "end_user")[0].id).toBe("meti-eul#475");
  });
  test("the brief's negative: China Trading Co., Ltd. matches nothing", () => {
    expect(s().screenParty("China Trading Co., Ltd.", "CN", "end_user")).toEqual([]);
  });
  test("CW-only entries carry cw and an empty WMD list", () => {
    expect(s().screenParty("CETC Chip Technology Co., Ltd", "CN", "consignee")[0]).toMatchObject({
      id: "meti-eul#503",
      cw: true,
      wmd: [],
    });
  });
  test("matched name is the alias that matched", () => {
    const m = s().screenParty("Almaz-Antey Corp", "RU", "end_user")[0];
    expect(m).toMatchObject({
      id: "meti-eul#756",
      entryName: "Joint-Stock Company Concern Almaz-Antey",
      matchedName: "Almaz-Antey Corp",
    });
  });
  test("listVersions names the METI list version", () => {
    expect(s().listVersions()).toEqual({ "meti-eul": "2025-09-29" });
  });
});

describe("results remembered per cell and country (an order file repeats its parties)", () => {
  // screenOnce is a pure function of the cell text and the country (the lists, allow-list, thresholds and day are
  // the screener's own and never change; the role is set on the copies handed out), so a remembered result must be
  // the result worked out afresh, whatever came before it and whatever the caller did with an earlier copy
  test("a remembered result equals a fresh one, for any order of repeats, roles and changes to handed-out copies", () => {
    const cells = [
      "Zelenograd Quantum Optics Works",
      "ZQOW",
      "Kessar Polymer Trading",
      "Kessar Polymer Trading LLC, Dubai, UAE",
      "Golden Star Co",
      "北京星河光电科技有限公司 采购部",
      "ベルナ精機",
      "Maroun Trading 2",
      "",
    ];
    const countries = [undefined, "RU", "AE", "CN", "zz"];
    const roles = ["end_user", "consignee", "buyer"] as const;
    const calls = fc.array(
      fc.record({
        cell: fc.constantFrom(...cells),
        country: fc.constantFrom(...countries),
        role: fc.constantFrom(...roles),
        spoil: fc.boolean(),
      }),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(calls, (cs) => {
        const remembering = createPartyScreener([own], { today: "2026-12-01" });
        for (const c of cs) {
          const r = remembering.screenPartyDetailed(c.cell, c.country, c.role);
          const fresh = createPartyScreener([own], { today: "2026-12-01" }).screenPartyDetailed(
            c.cell,
            c.country,
            c.role,
          );
          expect(r).toEqual(fresh);
          if (c.spoil && r.matches[0]) {
            r.matches[0].score = -1;
            r.matches[0].explain?.notes?.push("changed by the caller");
            r.notes.push({ ja: "x", en: "x" });
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
