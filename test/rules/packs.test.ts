/**
 * Rule packs as dated objects: the answers a fact can give are types the flow's branches are checked against, every
 * pack's flow is acyclic and has a branch for every possible answer, the context chooses the pack by date, and the
 * pack before 2025-10-09 decides the rows the revision changed differently.
 */
import {
  CURRENT_PACK,
  FACT_ANSWERS,
  JP_2025_10_09,
  JP_BEFORE_2025_10_09,
  RULE_PACKS,
  comparePacks,
  createContext,
  packFor,
  screen,
  traceText,
  type RulePack,
} from "../../src/engine";
import { checkedNodes, type FlowNodeOf } from "../../src/engine/rules/flowTypes";
import { ALTERNATIVES, baseRow } from "../../src/training/searchSpace";
import { moreSevere } from "../../src/engine/rules/evaluate";
import { EUL_NO_MATCH } from "../helpers/endUserList";

const cite = { ja: "テスト", en: "test", confidence: "law" as const };
// The End User List counts as consulted (a fixture listing nobody): these tests are about the packs.
const ctx = createContext({ parties: EUL_NO_MATCH, options: { today: "2026-11-01" } });

describe("answers are types", () => {
  test("a misspelt answer does not compile; a declared one does", () => {
    const ok = checkedNodes([
      {
        id: "T",
        lane: "gate",
        fact: "technology",
        label: cite,
        question: cite,
        citation: cite,
        answers: { yes: { next: null } },
      },
    ]);
    const bad = checkedNodes([
      {
        id: "T",
        lane: "gate",
        fact: "technology",
        label: cite,
        question: cite,
        citation: cite,
        // @ts-expect-error "yse" is not an answer of the technology fact
        answers: { yse: { next: null } },
      },
    ]);
    // @ts-expect-error the WMD 明らか fact has no ⑲ answer "closed" (it belongs to the conventional-weapons prong)
    const wmd: FlowNodeOf<"wmdClearly">["answers"] = { closed: { next: null } };
    expect([ok.length, bad.length, Object.keys(wmd)]).toEqual([1, 1, ["closed"]]);
  });
});

describe.each(RULE_PACKS.map((p) => [p.id, p] as [string, RulePack]))("pack %s", (_id, pack) => {
  const nodes = new Map(pack.flow.nodes.map((n) => [n.id, n]));

  test("the flow is acyclic and every node is reachable from the start", () => {
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (id: string, trail: string[]) => {
      if (state.get(id) === "done") return;
      if (state.get(id) === "open") return void cycles.push([...trail, id].join(" → "));
      state.set(id, "open");
      for (const b of Object.values(nodes.get(id)!.answers)) if (b.next) visit(b.next, [...trail, id]);
      state.set(id, "done");
    };
    visit(pack.flow.start, []);
    expect(cycles).toEqual([]);
    expect([...state.keys()].sort()).toEqual([...nodes.keys()].sort());
    for (const n of pack.flow.nodes)
      for (const b of Object.values(n.answers)) if (b.next) expect(nodes.has(b.next)).toBe(true);
  });

  test("every possible answer of every node's fact has a branch, and no branch is for an answer the fact never gives", () => {
    const missing: string[] = [];
    const extra: string[] = [];
    for (const n of pack.flow.nodes) {
      const possible: readonly string[] = FACT_ANSWERS[n.fact];
      for (const a of possible) if (!n.answers[a] && !n.answers["*"]) missing.push(`${n.id}:${a}`);
      for (const a of Object.keys(n.answers)) if (a !== "*" && !possible.includes(a)) extra.push(`${n.id}:${a}`);
    }
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test("reference data carries its source and as-of date; the pack states its date range", () => {
    for (const r of pack.reference)
      expect([r.file, r.source.length > 3, /^\d{4}-\d{2}-\d{2}$/.test(r.asOf)]).toEqual([r.file, true, true]);
    expect(pack.id).toBe(`jp-catch-all@${pack.validFrom}`);
    expect(pack.title.ja).toMatch(/[一-龯]/);
  });
});

describe("choosing a pack", () => {
  test("by date: the revision's first day is today's pack, the day before is the earlier one, before 2023-07-21 none", () => {
    expect(packFor("2025-10-09")).toBe(JP_2025_10_09);
    expect(packFor("2027-01-01")).toBe(JP_2025_10_09);
    expect(packFor("2025-10-08")).toBe(JP_BEFORE_2025_10_09);
    expect(packFor("2023-07-21")).toBe(JP_BEFORE_2025_10_09);
    expect(packFor("2023-07-20")).toBeUndefined();
  });

  test("each result names its pack; --as-of chooses it exactly and wins over the row's shipment date", () => {
    const row = baseRow({ known_weapons_use: "CW" });
    const now = screen(row, ctx);
    expect([now.pack, now.versions.rules, now.decision]).toEqual([
      CURRENT_PACK.id,
      CURRENT_PACK.rulesVersion,
      "LICENSE_REQUIRED",
    ]);
    const then = screen(row, { ...ctx, asOf: "2024-05-01" });
    expect([then.pack, then.versions.rules, then.decision]).toEqual([
      JP_BEFORE_2025_10_09.id,
      JP_BEFORE_2025_10_09.rulesVersion,
      "REVIEW",
    ]);
    expect(screen({ ...row, delivery_date: "2025-09-01" }, { ...ctx, asOf: "2026-01-05" }).pack).toBe(CURRENT_PACK.id);
  });

  test("a past shipment date chooses the earlier pack, but never shows a weaker decision than today's rules give", () => {
    // A military-sounding end user of 16項(2) goods to a general country: REVIEW before (WMD 別表第六号), nothing now.
    const military = baseRow({
      hs_code: "2801.00",
      end_user: "Ministry of National Defence",
      delivery_date: "2025-09-01",
    });
    const m = screen(military, ctx);
    expect([m.pack, m.decision]).toEqual([JP_BEFORE_2025_10_09.id, "REVIEW"]);
    expect(m.notes.map((n) => n.en).join(" ")).toContain("because the shipment date is 2025-09-01");
    expect(screen({ ...military, delivery_date: "2026-09-01" }, ctx).decision).toBe("NO_LICENSE");
    // A known CW use of a 16項(1) item: REVIEW before, a licence now: today's decision is shown, and the note says why.
    const cw = screen(baseRow({ known_weapons_use: "CW", delivery_date: "2025-09-01" }), ctx);
    expect([cw.pack, cw.decision]).toEqual([CURRENT_PACK.id, "LICENSE_REQUIRED"]);
    expect(cw.notes.map((n) => n.en).join(" ")).toContain("the decision is REVIEW; today's rules");
    // A shipment date before every pack: today's rules, with a note.
    const old = screen(baseRow({ delivery_date: "2019-03-01" }), ctx);
    expect([old.pack, old.decision]).toEqual([CURRENT_PACK.id, "NO_LICENSE"]);
    expect(old.notes.map((n) => n.en).join(" ")).toContain("No rule pack covers the shipment date 2019-03-01");
  });

  test("a past shipment date gives the earlier pack's result unless today's is more severe (also where today's walk is skipped)", () => {
    // Every single change from the base row, shipped before 2025-10-09: the result is the one of the two packs'
    // walks that the rule picks, whether or not screen() walked today's pack (it skips it on a path of shared nodes).
    const rows = [baseRow(), ...ALTERNATIVES.flatMap(([f, vs]) => vs.map((v) => baseRow({ [f]: v })))];
    let shared = 0;
    for (const row of rows) {
      const dated = { ...row, delivery_date: "2025-09-01" };
      const r = screen(dated, ctx);
      const now = screen(dated, { ...ctx, pack: CURRENT_PACK });
      const then = screen(dated, { ...ctx, pack: JP_BEFORE_2025_10_09 });
      const want = moreSevere(now.decision, then.decision) !== then.decision ? now : then;
      const sig = (x: typeof r) => [x.decision, x.pack, x.reasons.map((y) => `${y.code}:${y.outcome}`)];
      expect(sig(r)).toEqual(sig(want));
      if (then.path.every((st) => CURRENT_PACK.nodes.get(st.nodeId) === JP_BEFORE_2025_10_09.nodes.get(st.nodeId)))
        shared++;
    }
    // The skip is exercised (out-of-scope goods, North Korea, list-controlled items take only shared nodes).
    expect(shared).toBeGreaterThan(0);
  });

  test("an --as-of date no pack covers is a REVIEW that says so, never a clearance", () => {
    const r = screen(baseRow(), { ...ctx, asOf: "2019-01-01" });
    expect(r.decision).toBe("REVIEW");
    expect(r.notes[0].en).toMatch(/No rule pack covers 2019-01-01/);
  });
});

describe("what the earlier pack decides", () => {
  const both = (over: Record<string, string>) => {
    const c = comparePacks(baseRow(over), ctx);
    return [c.a.result.decision, c.b.result.decision];
  };

  test("a known conventional-weapons use of a 16項(1) item to a general country: licence now, advisory review before", () => {
    expect(both({ known_weapons_use: "CW" })).toEqual(["LICENSE_REQUIRED", "REVIEW"]);
  });

  test("an inform for Group A: licence now (48(2)), review before (no Group A inform existed)", () => {
    expect(
      both({ destination: "United States", consignee_country: "US", end_user_country: "US", meti_inform: "CW" }),
    ).toEqual(["LICENSE_REQUIRED", "REVIEW"]);
  });

  test("a known conventional-weapons use to a UN arms-embargo destination: licence under both (the use prong is old)", () => {
    expect(
      both({ destination: "Somalia", consignee_country: "SO", end_user_country: "SO", known_weapons_use: "CW" }),
    ).toEqual(["LICENSE_REQUIRED", "LICENSE_REQUIRED"]);
  });

  test("a CW end user to an embargo destination with a guideline concern: licence now, review before (no CW user prong)", () => {
    const c = comparePacks(
      baseRow({
        destination: "Somalia",
        consignee_country: "SO",
        end_user_country: "SO",
        end_user_weapons_activity: "CW",
        clearly_not_for_weapons: "no",
      }),
      ctx,
    );
    expect([c.a.result.decision, c.b.result.decision]).toEqual(["LICENSE_REQUIRED", "REVIEW"]);
    expect(c.parts.map((p) => p.nodeId)).toEqual(
      expect.arrayContaining(["CW_USER", "CW_USER_CLEARLY", "CW_OUT_OF_SCOPE"]),
    );
    expect(c.parts.find((p) => p.nodeId === "CW_USER")).toEqual({ nodeId: "CW_USER", a: "documented", b: undefined });
  });

  test("WMD 明らか by the 2025 guideline items clears now, not before; a documented judgement clears under both", () => {
    const mg = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`mg${String(i + 1).padStart(2, "0")}`, "yes"]));
    expect(both({ end_user_weapons_activity: "WMD", ...mg })).toEqual(["NO_LICENSE", "REVIEW"]);
    expect(both({ end_user_weapons_activity: "WMD", clearly_not_for_weapons: "yes" })).toEqual([
      "NO_LICENSE",
      "NO_LICENSE",
    ]);
  });

  test("the trace of an earlier-pack result is written from that pack's nodes", () => {
    const r = screen(baseRow({ known_weapons_use: "CW" }), { ...ctx, pack: JP_BEFORE_2025_10_09 });
    expect(traceText(r, "en")).toContain(
      "Before 2025-10-09 the conventional-weapons objective requirement — the use prong — applied there only",
    );
    expect(r.path.map((s) => s.nodeId)).not.toContain("CW_USER");
  });
});

describe.each(RULE_PACKS.map((p) => [p.id, p] as [string, RulePack]))(
  "pack %s: the End User List not loaded",
  (_id, pack) => {
    const row = { ...baseRow(), destination: "Thailand", consignee_country: "TH", end_user_country: "TH" };
    const under = (parties?: typeof EUL_NO_MATCH) =>
      screen(row, { ...createContext({ parties, options: { today: "2026-11-01" } }), pack });

    test("EUL_CHECKED is asked right before the WMD end-user prong, on every path that reaches it", () => {
      const intoUser = pack.flow.nodes.flatMap((n) =>
        Object.values(n.answers)
          .filter((b) => b.next === "WMD_USER")
          .map(() => n.id),
      );
      expect(intoUser).toEqual(["EUL_CHECKED", "EUL_CHECKED", "EUL_CHECKED"]);
      expect(Object.keys(pack.nodes.get("EUL_CHECKED")!.answers).sort()).toEqual(["no", "standIn", "yes"]);
    });

    test("a clean row to a general country is REVIEW with END_USER_LIST_NOT_CHECKED without the list, NO_LICENSE with it", () => {
      const without = under(undefined);
      expect(without.pack).toBe(pack.id);
      expect(without.decision).toBe("REVIEW");
      const reason = without.reasons.find((r) => r.code === "END_USER_LIST_NOT_CHECKED")!;
      expect(reason.nodeId).toBe("EUL_CHECKED");
      expect(reason.citation.confidence).toBe("inference");
      expect(reason.citation.ja).toContain("本ツールの安全側の解釈");
      expect(reason.citation.en).toContain("conservative reading");
      expect(reason.text.ja).toContain("--eul");
      expect(reason.text.ja).toContain("［リスト］");
      expect(reason.text.en).toContain("--eul FILE");
      expect(reason.text.en).toContain("Lists → import");
      const withList = under(EUL_NO_MATCH);
      expect(withList.decision).toBe("NO_LICENSE");
      expect(withList.reasons.map((r) => r.code)).not.toContain("END_USER_LIST_NOT_CHECKED");
    });
  },
);
