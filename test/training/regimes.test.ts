/** Figure 1's five regimes per row: scope and requirements from the row's facts, never the Japanese decision. */
import { compareRegimes, regimesText, type RegimeId, type RegimeView } from "../../src/engine/regimes/compare";
import { createContext, screen } from "../../src/engine";
import { cleanRow } from "../engine/helpers";
import data from "../../src/engine/reference/data/cw-catch-all-regimes.json";

const byId = (row: Parameters<typeof compareRegimes>[0]) =>
  Object.fromEntries(compareRegimes(row).regimes.map((r) => [r.id, r])) as Record<RegimeId, RegimeView>;
const req = (r: RegimeView, kind: string) => r.requirements.find((q) => q.kind === kind)!.status;

describe("figure 1 regimes", () => {
  test("the data holds the five regimes of figure 1 (Japan twice: figure 1 and 2025), each with a citation in ja and en", () => {
    expect(data.regimes.map((r) => r.id)).toEqual(["JP_FIG1", "JP_2025", "US", "EU", "UK", "KR"]);
    for (const r of data.regimes) {
      expect(r.citation.ja).toMatch(/図１|輸出令/);
      expect(r.citation.en.length).toBeGreaterThan(5);
    }
    expect(data.disclaimer.en).toMatch(/not legal advice/);
  });

  test("a known CW use to China: the US ① tier (49 items) cannot be told from HS; Korea bites; EU/UK cannot tell (EU/OSCE embargo not held); Japan before 2025 had no use prong for a general country", () => {
    const r = byId(cleanRow({ destination: "CN", known_weapons_use: "CW" }));
    expect(r.US.destination).toBe("yes");
    expect(r.US.items).toBe("cannotTell");
    expect(req(r.US, "use")).toBe("cannotTell");
    expect(req(r.KR, "use")).toBe("bites");
    expect(r.EU.destination).toBe("cannotTell");
    expect(req(r.EU, "endUser")).toBe("absent");
    expect(req(r.JP_FIG1, "use")).toBe("outOfScope");
    // HS 8458.11 is a 16項(1) specified item: the 2025 Japanese use prong reaches a general country.
    expect(req(r.JP_2025, "use")).toBe("bites");
  });

  test("Russia: all items under the US ② tier, so a CW use bites; an S2 item to Vietnam is outside Japan 2025's use prong", () => {
    expect(req(byId(cleanRow({ destination: "RU", known_weapons_use: "CW" })).US, "use")).toBe("bites");
    const vn = byId(cleanRow({ hs_code: "3926.90", known_weapons_use: "CW" }));
    expect(req(vn.JP_2025, "use")).toBe("outOfScope");
    expect(req(vn.KR, "use")).toBe("bites");
    expect(vn.US.destination).toBe("no");
    expect(vn.US.verdict).toBe("none");
  });

  test("a UN arms-embargo destination is in the EU/UK scope; food (HS 0901) is outside Japan's and Korea's items but not the EU's", () => {
    const so = byId(cleanRow({ destination: "Somalia", hs_code: "0901.21", known_weapons_use: "CW" }));
    expect(so.EU.destination).toBe("yes");
    expect(req(so.EU, "use")).toBe("bites");
    expect(so.JP_FIG1.items).toBe("no");
    expect(so.KR.items).toBe("no");
    expect(req(so.KR, "use")).toBe("outOfScope");
  });

  test("a list-controlled item is outside every catch-all (the list control applies instead)", () => {
    for (const r of compareRegimes(cleanRow({ list_control: "該当", known_weapons_use: "CW" })).regimes) {
      expect(r.items).toBe("no");
      expect(r.verdict).toBe("none");
    }
  });

  test("Group A: outside Japan's objective scope; foreign end-user lists cannot be checked here", () => {
    const us = byId(cleanRow({ destination: "US", end_user_weapons_activity: "CW" }));
    expect(us.JP_FIG1.destination).toBe("no");
    expect(req(us.UK, "endUser")).toBe("cannotTell");
    expect(us.UK.requirements.find((q) => q.kind === "endUser")!.why.en).toMatch(/likely bites/);
  });

  test("the comparison never changes the Japanese decision", () => {
    const ctx = createContext({ options: { today: "2026-11-01" } });
    const row = cleanRow({ destination: "CN", known_weapons_use: "CW" });
    const before = JSON.stringify(screen(row, ctx));
    compareRegimes(row);
    expect(JSON.stringify(screen(row, ctx))).toBe(before);
  });

  test("text block in both languages carries the disclaimer and the source", () => {
    const c = compareRegimes(cleanRow());
    expect(regimesText(c, "ja")).toContain("法的助言ではありません");
    expect(regimesText(c, "en")).toContain("not legal advice");
    expect(regimesText(c, "en")).toContain("Korea");
  });
});

test("Japan from 2025-10-09 reaches Group A by inform only: a CW inform to the US bites, its objective prongs do not reach", () => {
  const r = byId(cleanRow({ destination: "US", meti_inform: "CW", known_weapons_use: "CW" }));
  expect(req(r.JP_2025, "inform")).toBe("bites");
  expect(req(r.JP_2025, "use")).toBe("outOfScope");
  expect(req(r.JP_FIG1, "inform")).toBe("outOfScope");
});
