/**
 * Rule tests: each scenario in scenarios.ts is screened and its decision, reason codes and flow steps are checked,
 * and every result must be well formed (versions, a real walk of the flow, reasons with ja/en text and citations).
 * A final check makes sure the scenarios together take every answer of every node in rules/flow.ts.
 */
import { FLOW } from "../../src/engine/rules/flow";
import type { ScreenResult } from "../../src/engine";
import { SCENARIOS, WILDCARD_ANSWERS, type Scenario } from "./scenarios";
import { DEFAULT_LISTS, FakePartyScreener, codes, expectWellFormed, pathIds, run, step } from "./helpers";

const results = new Map<string, ScreenResult>();

function screenScenario(s: Scenario): ScreenResult {
  const parties =
    s.parties || s.lists ? new FakePartyScreener(s.parties ?? [], s.lists ?? { "meti-eul": "2025-09-29" }) : undefined;
  const r = run(s.row, parties);
  results.set(s.name, r);
  return r;
}

describe("rules of issue 2, one scenario per branch", () => {
  it("scenario names are unique", () => {
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
  });

  test.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    const r = screenScenario(s);
    expectWellFormed(r, s.lists ?? (s.parties ? { "meti-eul": "2025-09-29" } : DEFAULT_LISTS));
    expect({ decision: r.decision, reasons: codes(r) }).toEqual({
      decision: s.decision,
      reasons: expect.arrayContaining(s.has ?? []),
    });
    for (const c of s.hasNot ?? []) expect(codes(r)).not.toContain(c);
    for (const [node, answer] of Object.entries(s.steps ?? {}))
      expect(`${node}:${step(r, node)}`).toBe(`${node}:${answer}`);
    for (const node of s.notOnPath ?? []) expect(pathIds(r)).not.toContain(node);
  });
});

describe("explanations carry the row's evidence", () => {
  it("the 16項(1) reason names the specified item found from the HS code", () => {
    const r = results.get(
      "lathe HS 8458.11 to Vietnam, CW end user documented, all 19 red flags no → REVIEW (CLEARLY_CHECK_INCOMPLETE; figure 3 was not enacted)",
    )!;
    const reason = r.reasons.find((x) => x.code === "SPECIFIED_ITEM_16_1")!;
    expect(reason.text.ja).toContain("845811");
    expect(reason.text.ja).toContain("旋盤");
    expect(reason.text.en).toMatch(/lathe/i);
    expect(reason.citation.ja).toContain("第4条第1項第3号ハ");
  });

  it("the Group A diversion reason names the country outside Group A", () => {
    const r = results.get("lathe to USA, end user in China → REVIEW (GROUP_A_DIVERSION_RISK)")!;
    const reason = r.reasons.find((x) => x.code === "GROUP_A_DIVERSION_RISK")!;
    expect(reason.text.ja).toContain("中国");
    expect(reason.text.en).toContain("China");
  });

  it("the End User List reason cites the METI notice", () => {
    const r = results.get(
      "end user on the End User List (HIT), polyethylene to Thailand, guideline not worked through → REVIEW (EUL_MATCH + CLEARLY_CHECK_INCOMPLETE)",
    )!;
    const reason = r.reasons.find((x) => x.code === "EUL_MATCH")!;
    expect(reason.citation.ja).toContain("外国ユーザーリスト");
    expect(r.partyMatches.map((m) => `${m.id} ${m.role}`)).toContain("meti-eul#475 end_user");
  });

  it("a branch the brief marks unverified says so in the explanation (technology, military heuristic, おそれの強い貨物例)", () => {
    for (const [name, code] of [
      [
        "clean lathe row as a technology transfer → REVIEW (TECH_TRANSFER), the goods checks still run",
        "TECH_TRANSFER",
      ],
      [
        "lathe to Vietnam, end user 'Army Engineering Depot 12', no activity stated → REVIEW (MILITARY_END_USER_SUSPECTED)",
        "MILITARY_END_USER_SUSPECTED",
      ],
      [
        "16項(2) HS 3901 to Somalia, CW end user, red flags all no → REVIEW (おそれの強い貨物例 not held)",
        "CW_END_USER",
      ],
    ] as const) {
      const reason = results.get(name)!.reasons.find((x) => x.code === code)!;
      expect(reason.outcome).toBe("REVIEW");
      expect(reason.text.en).toMatch(/not verified/i);
      expect(reason.text.ja).toContain("確認できていない");
    }
  });

  it("the military heuristic quotes the name and the word that triggered it", () => {
    const r = results.get("end user 国防部第三研究所 → REVIEW (MILITARY_END_USER_SUSPECTED)")!;
    const reason = r.reasons.find((x) => x.code === "MILITARY_END_USER_SUSPECTED")!;
    expect(reason.text.ja).toContain("国防部第三研究所");
    expect(reason.citation.confidence).toBe("inference");
  });
});

describe("party screening is called for the parties of the row", () => {
  it("end user, consignee and buyer are screened with their role and country (end user's own country first)", () => {
    const fake = new FakePartyScreener([]);
    run(
      {
        destination: "Thailand",
        end_user: "EU Co",
        end_user_country: "Malaysia",
        consignee: "CN Co",
        buyer: "BY Co",
        hs_code: "3901",
        list_control: "非該当",
      },
      fake,
    );
    expect(fake.calls).toEqual([
      { name: "EU Co", country: "MY", role: "end_user" },
      { name: "CN Co", country: "TH", role: "consignee" },
      { name: "BY Co", country: "TH", role: "buyer" },
    ]);
  });

  it("a screener that throws leaves a note and a result, never an exception", () => {
    const broken = {
      screenParty: () => {
        throw new Error("index not loaded");
      },
      listVersions: () => ({ "meti-eul": "2025-09-29" }),
    };
    const r = run({ destination: "Thailand", end_user: "EU Co", hs_code: "3901", list_control: "非該当" }, broken);
    expect(r.notes.map((n) => n.en).join(" ")).toContain("index not loaded");
    expectWellFormed(r, { "meti-eul": "2025-09-29" });
  });

  it("versions.lists carries the loaded list versions", () => {
    const fake = new FakePartyScreener([], { "meti-eul": "2025-09-29", "own-deny": "2026-10-30" });
    expect(run({ destination: "VN" }, fake).versions.lists).toEqual({
      "meti-eul": "2025-09-29",
      "own-deny": "2026-10-30",
    });
  });

  it("an End User List match on an out-of-scope row is reported in the notes, not dropped", () => {
    const r = run(
      { destination: "Thailand", end_user: "EU Co", hs_code: "0402.10", list_control: "非該当" },
      new FakePartyScreener([{ name: "EU Co", band: "HIT" }]),
    );
    expect(r.decision).toBe("NO_LICENSE");
    expect(r.partyMatches).toHaveLength(1);
    expect(r.notes.map((n) => n.en).join(" ")).toMatch(/party-list match/i);
  });
});

describe("every answer of every flow node is exercised by the scenarios", () => {
  it("covers all nodes and answers of rules/flow.ts", () => {
    // Screen any scenario the table test did not reach (e.g. when run with -t).
    for (const s of SCENARIOS) if (!results.has(s.name)) screenScenario(s);
    const seen = new Set<string>();
    for (const r of results.values()) for (const st of r.path) seen.add(`${st.nodeId}:${st.answer}`);
    const missing: string[] = [];
    for (const node of FLOW.nodes) {
      const wanted = [...Object.keys(node.answers).filter((a) => a !== "*"), ...(WILDCARD_ANSWERS[node.id] ?? [])];
      for (const a of wanted) if (!seen.has(`${node.id}:${a}`)) missing.push(`${node.id}:${a}`);
    }
    expect(missing).toEqual([]);
  });
});
