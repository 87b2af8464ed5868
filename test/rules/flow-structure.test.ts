/** The flow definition is well formed: every edge points at a node, every node is reachable, texts in both languages. */
import {
  FLOW,
  FLOW_NODES,
  REASON_TITLES,
  createContext,
  screen,
  traceSteps,
  traceText,
  flowToMermaid,
} from "../../src/engine";

describe("flow definition", () => {
  test("every branch points to an existing node or stops", () => {
    for (const node of FLOW.nodes) {
      for (const [answer, b] of Object.entries(node.answers)) {
        if (b.next !== null)
          expect({ node: node.id, answer, next: FLOW_NODES.has(b.next) }).toEqual({
            node: node.id,
            answer,
            next: true,
          });
      }
    }
  });

  test("every node is reachable from the start", () => {
    const seen = new Set<string>();
    const stack = [FLOW.start];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const b of Object.values(FLOW_NODES.get(id)!.answers)) if (b.next) stack.push(b.next);
    }
    expect([...seen].sort()).toEqual(FLOW.nodes.map((n) => n.id).sort());
  });

  test("labels, questions, citations and branch texts exist in Japanese and English; reason codes have titles", () => {
    for (const node of FLOW.nodes) {
      for (const t of [node.label, node.question, node.citation]) {
        expect(t.ja.length).toBeGreaterThan(1);
        expect(t.en.length).toBeGreaterThan(1);
        expect(t.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
      for (const b of Object.values(node.answers)) {
        if (b.outcome) expect(b.text).toBeDefined();
        for (const r of b.reasons ?? []) expect(REASON_TITLES[r]).toBeDefined();
      }
    }
  });
});

describe("trace and flowchart drawn from the path", () => {
  const ctx = createContext({ options: { today: "2026-11-25" } });
  const r = screen(
    {
      destination: "Somalia",
      hs_code: "8458.11",
      list_control: "非該当",
      end_user: "Coastal Works",
      end_user_weapons_activity: "CW",
    },
    ctx,
  );

  test("trace lists each node visited with its question and answer, in both languages", () => {
    const ja = traceSteps(r, "ja");
    expect(ja.map((s) => s.nodeId)).toEqual(r.path.map((p) => p.nodeId));
    // The 明らか chain's first node asks ⑲: a 16項(1) item to an embargo destination closes the route (a licence).
    expect(ja.find((s) => s.nodeId === "CW_USER_CLEARLY")).toMatchObject({
      answer: "16項(1)特定品目",
      outcome: "許可申請要",
    });
    expect(traceText(r, "en")).toContain("Decision: Licence required");
    expect(traceText(r, "ja")).toContain("判定: 許可申請要");
  });

  test("mermaid chart highlights exactly the visited nodes", () => {
    const m = flowToMermaid("en", r.path);
    for (const p of r.path) expect(m).toContain(`style ${p.nodeId} fill`);
    expect(m).not.toContain("style A_INFORM fill");
  });
});
