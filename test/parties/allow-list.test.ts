import {
  AllowList,
  allowEntryFor,
  allowListToCsv,
  allowListToJson,
  entryFingerprint,
  parseAllowListCsv,
  parseAllowListJson,
  partyKey,
} from "../../src/engine/parties/allow-list";
import { importOwnList } from "../../src/engine/parties/import-own-list";
import { ListImportError } from "../../src/engine/parties/list-model";
import { createPartyScreener } from "../../src/engine/parties/screener";

const V1 =
  "# id: deny\n# version: 2025-01-01\nid,name,aliases,country\n7,Kessar Polymer Trading LLC,Kessar Polymers,AE\n8,Volta Marine Works,,RU\n";
const V2_ALIAS_CHANGED =
  "# id: deny\n# version: 2025-06-01\nid,name,aliases,country\n7,Kessar Polymer Trading LLC,Kessar Polymers|Kessar Chemical Trading,AE\n8,Volta Marine Works,,RU\n";
const V2_UNCHANGED =
  "# id: deny\n# version: 2025-06-01\nid,name,aliases,country\n8,Volta Marine Works,,RU\n7,Kessar Polymer Trading LLC,Kessar Polymers,AE\n";

function reviewed(listText: string, party: string, extra: Partial<{ expires: string; date: string }> = {}): AllowList {
  const list = importOwnList(listText);
  const s = createPartyScreener([list]);
  const m = s.screenParty(party, "AE", "end_user")[0];
  expect(m.id).toBe("deny#7");
  return new AllowList([
    allowEntryFor(m, s.entryOf(m.id)!, {
      reviewer: "T. Sato",
      date: extra.date ?? "2025-02-01",
      reason: "different company (registry checked)",
      ...(extra.expires ? { expires: extra.expires } : {}),
    }),
  ]);
}

describe("allow-list of reviewed false positives", () => {
  test("a reviewed match comes back suppressed, not hidden, with reviewer, date and reason", () => {
    const allow = reviewed(V1, "Kessar Polymer Trading");
    const s = createPartyScreener([importOwnList(V1)], { allowList: allow, today: "2025-03-01" });
    const m = s.screenParty("Kessar Polymer Trading", "AE", "end_user");
    expect(m).toHaveLength(1);
    expect(m[0].suppressed).toEqual({
      reviewer: "T. Sato",
      date: "2025-02-01",
      reason: "different company (registry checked)",
    });
  });
  test("keyed by the normalised party name: spelling, case, legal form and width do not matter", () => {
    const allow = reviewed(V1, "Kessar Polymer Trading");
    const s = createPartyScreener([importOwnList(V1)], { allowList: allow, today: "2025-03-01" });
    for (const q of ["KESSAR POLYMER TRADING CO., LTD.", "Ｋｅｓｓａｒ Ｐｏｌｙｍｅｒ Ｔｒａｄｉｎｇ"]) {
      expect(s.screenParty(q, "AE", "end_user")[0].suppressed).toBeDefined();
    }
    expect(partyKey("Kessar Polymer Trading LLC")).toBe("kessar polymer trading");
  });
  test("another party name, or another entry, is not suppressed", () => {
    const allow = reviewed(V1, "Kessar Polymer Trading");
    const s = createPartyScreener([importOwnList(V1)], { allowList: allow, today: "2025-03-01" });
    expect(s.screenParty("Kessar Polymers", "AE", "end_user")[0].suppressed).toBeUndefined();
    expect(s.screenParty("Volta Marine Works", "RU", "end_user")[0].suppressed).toBeUndefined();
  });
  test("an expired review no longer suppresses and says so", () => {
    const allow = reviewed(V1, "Kessar Polymer Trading", { expires: "2025-12-31" });
    const s = createPartyScreener([importOwnList(V1)], { allowList: allow, today: "2026-01-05" });
    const m = s.screenParty("Kessar Polymer Trading", "AE", "end_user")[0];
    expect(m.suppressed).toBeUndefined();
    expect(m.explain?.notes?.join(" ")).toMatch(/expired on 2025-12-31/);
  });
  test("when the entry's names change in a new list version, the match comes back for review", () => {
    const allow = reviewed(V1, "Kessar Polymer Trading");
    const s = createPartyScreener([importOwnList(V2_ALIAS_CHANGED)], { allowList: allow, today: "2025-07-01" });
    const m = s.screenParty("Kessar Polymer Trading", "AE", "end_user")[0];
    expect(m.suppressed).toBeUndefined();
    expect(m.explain?.notes?.join(" ")).toMatch(/names changed after the review .*review again/);
    expect(m.explain?.notes?.join(" ")).toMatch(/再確認してください/);
  });
  test("a new list version with the entry's names unchanged keeps the suppression", () => {
    const allow = reviewed(V1, "Kessar Polymer Trading");
    const s = createPartyScreener([importOwnList(V2_UNCHANGED)], { allowList: allow, today: "2025-07-01" });
    expect(s.screenParty("Kessar Polymer Trading", "AE", "end_user")[0].suppressed).toBeDefined();
  });
  test("the fingerprint ignores alias order, case and spacing, but not a changed alias", () => {
    const a = { name: "Kessar Polymer Trading LLC", aliases: ["B", "A"] };
    expect(entryFingerprint(a)).toBe(entryFingerprint({ name: "kessar  polymer trading llc", aliases: ["a", "b"] }));
    expect(entryFingerprint(a)).not.toBe(entryFingerprint({ name: a.name, aliases: ["A", "C"] }));
  });
  test("hand-written CSV rows without a fingerprint fall back to the reviewed entry name", () => {
    const csv =
      "party_name,match_id,entry_name,reviewer,date,reason\nKessar Polymer Trading,deny#7,Kessar Polymer Trading LLC,K. Ito,2025-02-01,checked\n";
    const s = createPartyScreener([importOwnList(V1)], { allowList: parseAllowListCsv(csv), today: "2025-03-01" });
    const m = s.screenParty("Kessar Polymer Trading", "AE", "end_user")[0];
    expect(m.suppressed?.reviewer).toBe("K. Ito");
    expect(m.explain?.notes?.join(" ")).toMatch(/no fingerprint/);
    const renamed =
      "party_name,match_id,entry_name,reviewer,date,reason\nKessar Polymer Trading,deny#7,Kessar Old Name,K. Ito,2025-02-01,checked\n";
    const s2 = createPartyScreener([importOwnList(V1)], { allowList: parseAllowListCsv(renamed), today: "2025-03-01" });
    expect(s2.screenParty("Kessar Polymer Trading", "AE", "end_user")[0].suppressed).toBeUndefined();
  });
});

describe("allow-list files", () => {
  const entries = () => reviewed(V1, 'Kessar Polymer Trading, "Dubai"', { expires: "2026-01-31" }).entries;
  test("CSV round trip (quotes, commas, expiry)", () => {
    const list = new AllowList(entries());
    const csv = allowListToCsv(list);
    expect(csv.split("\r\n")[0]).toBe("party_name,match_id,entry_name,entry_fingerprint,reviewer,date,reason,expires");
    expect(parseAllowListCsv(csv).entries).toEqual(list.entries);
  });
  test("JSON round trip (for the add-in to keep in the workbook)", () => {
    const list = new AllowList(entries());
    const json = allowListToJson(list);
    expect(JSON.parse(json).format).toBe("anpo-screen-allow-list");
    expect(parseAllowListJson(json).entries).toEqual(list.entries);
    expect(parseAllowListJson(JSON.parse(json)).entries).toEqual(list.entries);
  });
  test("an empty file is an empty allow-list", () => {
    expect(parseAllowListCsv("").entries).toEqual([]);
  });
  test.each([
    ["party_name,match_id,reviewer,date\nX,a#1,R,2025-01-01\n", /no reason column/],
    ["party_name,match_id,reviewer,date,reason\nX,a#1,R,01/02/2025,r\n", /line 2: date must be yyyy-mm-dd/],
    ["party_name,match_id,reviewer,date,reason\nX,a1,R,2025-01-01,r\n", /match_id must look like/],
    ["party_name,match_id,reviewer,date,reason\n,a#1,R,2025-01-01,r\n", /partyName is missing/],
    ['party_name,match_id,reviewer,date,reason\n"X,a#1,R,2025-01-01,r\n', /never closes/],
  ])("bad CSV is rejected with the line named: %#", (csv, re) => {
    let err: unknown;
    try {
      parseAllowListCsv(csv);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ListImportError);
    expect((err as ListImportError).text.en).toMatch(re);
    expect((err as ListImportError).text.ja).toMatch(/許可リスト/);
  });
  test("bad JSON is rejected", () => {
    expect(() => parseAllowListJson("{")).toThrow(ListImportError);
    expect(() => parseAllowListJson({ format: "other", entries: [] })).toThrow(/anpo-screen-allow-list/);
  });
});
