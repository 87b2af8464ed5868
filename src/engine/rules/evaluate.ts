/**
 * Walks the flow definition for one row. The decision is the most severe outcome contributed along the path
 * (PROHIBITED > LICENSE_REQUIRED > REVIEW > NO_LICENSE); every contributing branch becomes a reason.
 *
 * The definition is compiled once into lookup tables (fact function per node, branch per answer, shared step
 * objects), so walking a row costs a few map look-ups per node. The rules themselves stay in rules/flow.ts.
 */
import type { Decision, Reason, ReasonCode, StepTaken, Text } from "../types";
import { DECISIONS } from "../types";
import type { Branch, FlowDefinition, FlowNode } from "./flowTypes";
import { FACTS, factFunction, type FactAnswer, type FactFunctions, type FactInput } from "./facts";
import { REASON_TITLES } from "../i18n/reasons";
import { ArrayInterner } from "../util/intern";

const SEVERITY: Record<Decision, number> = Object.fromEntries(
  DECISIONS.map((d, i) => [d, DECISIONS.length - i]),
) as Record<Decision, number>;
export const moreSevere = (a: Decision, b: Decision): Decision => (SEVERITY[a] >= SEVERITY[b] ? a : b);
const capAt = (d: Decision, cap: Decision | undefined): Decision => (cap && SEVERITY[d] > SEVERITY[cap] ? cap : d);

const UNVERIFIED_NOTE: Text = {
  ja: "（この点の法解釈は一次資料で確認できていないため、安全側の「要確認」としています）",
  en: " (This legal reading is not verified against primary text, so the tool takes the conservative side: review.)",
};
const CAPPED_NOTE: Text = {
  ja: "（16項(1)該当性が未確定のため要確認）",
  en: " (16項(1) status unsettled, so review.)",
};

export interface Evaluation {
  decision: Decision;
  reasons: Reason[];
  path: StepTaken[];
}

interface CompiledBranch {
  branch: Branch;
  step: StepTaken;
  next: CompiledNode | null;
  /** Reason texts without row detail: title + branch text, built once. */
  baseTexts: Array<[ReasonCode, Text]>;
  /** Detail-free reasons per outcome, shared between results (immutable). */
  shared: Map<Decision, Reason[]>;
}

interface CompiledNode {
  node: FlowNode;
  fact: (input: FactInput) => FactAnswer;
  branches: Map<string, CompiledBranch>;
  fallback?: Branch;
}

interface CompiledFlow {
  start: CompiledNode;
  byId: Map<string, CompiledNode>;
}

const compiledFlows = new WeakMap<FlowDefinition, CompiledFlow>();

function compileBranch(flow: CompiledFlow, node: FlowNode, answer: string, branch: Branch): CompiledBranch {
  const base = branch.text ?? node.question;
  let next: CompiledNode | null = null;
  if (branch.next) {
    const n = flow.byId.get(branch.next);
    if (!n) throw new Error(`Flow definition refers to unknown node ${branch.next}`);
    next = n;
  }
  return {
    branch,
    step: Object.freeze({ nodeId: node.id, answer }),
    next,
    baseTexts: (branch.reasons ?? []).map((code) => [
      code,
      Object.freeze({ ja: `${REASON_TITLES[code].ja}: ${base.ja}`, en: `${REASON_TITLES[code].en}: ${base.en}` }),
    ]),
    shared: new Map(),
  };
}

/** A flow is compiled once, with the fact functions of the pack it belongs to (the same pair every time). */
function compiled(flow: FlowDefinition, facts: FactFunctions): CompiledFlow {
  let cf = compiledFlows.get(flow);
  if (cf) return cf;
  const byId = new Map<string, CompiledNode>();
  for (const node of flow.nodes)
    byId.set(node.id, { node, fact: factFunction(node.fact, facts), branches: new Map(), fallback: node.answers["*"] });
  const start = byId.get(flow.start);
  if (!start) throw new Error(`Flow definition has no start node ${flow.start}`);
  cf = { start, byId };
  for (const c of byId.values()) {
    for (const [answer, branch] of Object.entries(c.node.answers))
      if (answer !== "*") c.branches.set(answer, compileBranch(cf, c.node, answer, branch));
  }
  compiledFlows.set(flow, cf);
  return cf;
}

/** Branch for an answer; answers met through the `*` fallback get their own entry (and step object) on first use. */
function branchFor(flow: CompiledFlow, c: CompiledNode, answer: string): CompiledBranch {
  const hit = c.branches.get(answer);
  if (hit) return hit;
  if (!c.fallback) throw new Error(`Flow node ${c.node.id} has no branch for answer ${answer}`);
  const cb = compileBranch(flow, c.node, answer, c.fallback);
  if (c.branches.size < 200) c.branches.set(answer, cb);
  return cb;
}

/** Paths and detail-free reason lists repeat across rows; each distinct one is kept once (util/intern.ts). */
const paths = new ArrayInterner<StepTaken>();
const reasonLists = new ArrayInterner<Reason>();

export function evaluateFlow(
  flow: FlowDefinition,
  _nodes: ReadonlyMap<string, FlowNode>,
  input: Omit<FactInput, "decisionSoFar">,
  facts: FactFunctions = FACTS,
): Evaluation {
  let decision: Decision = "NO_LICENSE";
  let cap: Decision | undefined;
  const reasons: Reason[] = [];
  const steps: StepTaken[] = [];
  const factInput: FactInput = {
    row: input.row,
    matches: input.matches,
    redFlags: input.redFlags,
    decisionSoFar: decision,
    endUserList: input.endUserList,
  };
  let allShared = true;
  const cf = compiled(flow, facts);
  let c: CompiledNode | null = cf.start;
  let guard = 0;
  while (c && guard++ < 100) {
    factInput.decisionSoFar = decision;
    const fact = c.fact(factInput);
    const cb = branchFor(cf, c, fact.answer);
    const branch = cb.branch;
    steps.push(cb.step);
    if (branch.cap) cap = branch.cap;
    if (branch.outcome) {
      const outcome = capAt(branch.outcome, cap);
      decision = moreSevere(decision, outcome);
      const capped = outcome !== branch.outcome;
      const detail = typeof fact.detail === "function" ? fact.detail() : fact.detail;
      if (!detail && !capped && !branch.unverified) {
        let shared = cb.shared.get(outcome);
        if (!shared) {
          shared = cb.baseTexts.map(([code, text]) =>
            Object.freeze({ code, outcome, text, citation: c!.node.citation, nodeId: c!.node.id }),
          );
          cb.shared.set(outcome, shared);
        }
        for (const r of shared) reasons.push(r);
      } else {
        allShared = false;
        for (const [code, base] of cb.baseTexts) {
          const text: Text = {
            ja:
              base.ja +
              (detail ? `［${detail.ja}］` : "") +
              (capped ? CAPPED_NOTE.ja : "") +
              (branch.unverified ? UNVERIFIED_NOTE.ja : ""),
            en:
              base.en +
              (detail ? ` [${detail.en}]` : "") +
              (capped ? CAPPED_NOTE.en : "") +
              (branch.unverified ? UNVERIFIED_NOTE.en : ""),
          };
          reasons.push({ code, outcome, text, citation: c.node.citation, nodeId: c.node.id });
        }
      }
    }
    c = cb.next;
  }
  return { decision, reasons: allShared ? reasonLists.intern(reasons) : reasons, path: paths.intern(steps) };
}
