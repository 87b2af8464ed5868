/**
 * Walks the flow definition for one row. The decision is the most severe outcome contributed along the path
 * (PROHIBITED > LICENSE_REQUIRED > REVIEW > NO_LICENSE); every contributing branch becomes a reason.
 */
import type { Decision, Reason, ReasonCode, StepTaken, Text } from "../types";
import { DECISIONS } from "../types";
import type { Branch, FlowDefinition, FlowNode } from "./flowTypes";
import { answerFact, type FactInput } from "./facts";
import { REASON_TITLES } from "../i18n/reasons";

const severity = (d: Decision) => DECISIONS.length - DECISIONS.indexOf(d); // PROHIBITED highest
export const moreSevere = (a: Decision, b: Decision): Decision => (severity(a) >= severity(b) ? a : b);
const capAt = (d: Decision, cap: Decision | undefined): Decision => (cap && severity(d) > severity(cap) ? cap : d);

const UNVERIFIED_NOTE: Text = {
  ja: "（この点の法解釈は一次資料で確認できていないため、安全側の「要確認」としています）",
  en: " (This legal reading is not verified against primary text, so the tool takes the conservative side: review.)",
};

const CAPPED_NOTE: Text = { ja: "（16項(1)該当性が未確定のため要確認）", en: " (16項(1) status unsettled, so review.)" };

export interface Evaluation {
  decision: Decision;
  reasons: Reason[];
  path: StepTaken[];
}

/** Static part of a reason's text (title + branch text + unverified note), built once per branch and code. */
const staticText = new WeakMap<object, Map<string, Text>>();
function baseText(branch: Branch, node: FlowNode, code: ReasonCode): Text {
  let m = staticText.get(branch);
  if (!m) staticText.set(branch, (m = new Map()));
  let t = m.get(code);
  if (!t) {
    const base = branch.text ?? node.question;
    const title = REASON_TITLES[code];
    t = { ja: `${title.ja}: ${base.ja}`, en: `${title.en}: ${base.en}` };
    m.set(code, t);
  }
  return t;
}

/** Steps and detail-free reasons are immutable and shared between results, so a large batch allocates little. */
const stepCache = new WeakMap<object, Map<string, StepTaken>>();
function stepOf(node: FlowNode, answer: string): StepTaken {
  let m = stepCache.get(node);
  if (!m) stepCache.set(node, (m = new Map()));
  let st = m.get(answer);
  if (!st) m.set(answer, (st = Object.freeze({ nodeId: node.id, answer })));
  return st;
}
const reasonCache = new WeakMap<object, Map<string, Reason>>();
function sharedReason(branch: Branch, node: FlowNode, code: ReasonCode, outcome: Decision, text: Text): Reason {
  let m = reasonCache.get(branch);
  if (!m) reasonCache.set(branch, (m = new Map()));
  const key = code + outcome;
  let r = m.get(key);
  if (!r) m.set(key, (r = Object.freeze({ code, outcome, text, citation: node.citation, nodeId: node.id })));
  return r;
}

/**
 * Paths repeat across rows (a sheet takes only a few dozen distinct routes through the flow), so each distinct path
 * is kept once, frozen, in a trie keyed by the shared step objects.
 */
interface PathTrie {
  next: Map<StepTaken, PathTrie>;
  path?: readonly StepTaken[];
}
const pathRoot: PathTrie = { next: new Map() };
let pathCount = 0;
function internPath(trie: PathTrie, steps: StepTaken[]): StepTaken[] {
  if (!trie.path) {
    if (pathCount > 50_000) return steps; // pathological input: stop growing the cache
    pathCount++;
    trie.path = Object.freeze(steps.slice());
  }
  return trie.path as StepTaken[];
}

export function evaluateFlow(flow: FlowDefinition, nodes: ReadonlyMap<string, FlowNode>, input: Omit<FactInput, "decisionSoFar">): Evaluation {
  let decision: Decision = "NO_LICENSE";
  let cap: Decision | undefined;
  const reasons: Reason[] = [];
  const path: StepTaken[] = [];
  let trie = pathRoot;
  const factInput: FactInput = { row: input.row, matches: input.matches, redFlags: input.redFlags, decisionSoFar: decision };
  let id: string | null = flow.start;
  let guard = 0;
  while (id && guard++ < 100) {
    const node = nodes.get(id);
    if (!node) throw new Error(`Flow definition refers to unknown node ${id}`);
    factInput.decisionSoFar = decision;
    const fact = answerFact(node.fact, factInput);
    const branch: Branch | undefined = node.answers[fact.answer] ?? node.answers["*"];
    if (!branch) throw new Error(`Flow node ${node.id} has no branch for answer ${fact.answer}`);
    const st = stepOf(node, fact.answer);
    path.push(st);
    let child = trie.next.get(st);
    if (!child) trie.next.set(st, (child = { next: new Map() }));
    trie = child;
    if (branch.cap) cap = branch.cap;
    if (branch.outcome) {
      const outcome = capAt(branch.outcome, cap);
      decision = moreSevere(decision, outcome);
      const capped = outcome !== branch.outcome;
      const detail = typeof fact.detail === "function" ? fact.detail() : fact.detail;
      for (const code of branch.reasons ?? []) {
        const base = baseText(branch, node, code);
        if (!detail && !capped && !branch.unverified) {
          reasons.push(sharedReason(branch, node, code, outcome, base));
          continue;
        }
        const text: Text = {
          ja: base.ja + (detail ? `［${detail.ja}］` : "") + (capped ? CAPPED_NOTE.ja : "") + (branch.unverified ? UNVERIFIED_NOTE.ja : ""),
          en: base.en + (detail ? ` [${detail.en}]` : "") + (capped ? CAPPED_NOTE.en : "") + (branch.unverified ? UNVERIFIED_NOTE.en : ""),
        };
        reasons.push({ code, outcome, text, citation: node.citation, nodeId: node.id });
      }
    }
    id = branch.next;
  }
  return { decision, reasons, path: internPath(trie, path) };
}
