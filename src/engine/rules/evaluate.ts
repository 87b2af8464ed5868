/**
 * Walks the flow definition for one row. The decision is the most severe outcome contributed along the path
 * (PROHIBITED > LICENSE_REQUIRED > REVIEW > NO_LICENSE); every contributing branch becomes a reason.
 */
import type { Decision, Reason, StepTaken, Text } from "../types";
import { DECISIONS } from "../types";
import type { FlowDefinition } from "./flowTypes";
import { answerFact, type FactInput } from "./facts";
import { REASON_TITLES } from "../i18n/reasons";

const severity = (d: Decision) => DECISIONS.length - DECISIONS.indexOf(d); // PROHIBITED highest
export const moreSevere = (a: Decision, b: Decision): Decision => (severity(a) >= severity(b) ? a : b);
const capAt = (d: Decision, cap: Decision | undefined): Decision => (cap && severity(d) > severity(cap) ? cap : d);

const UNVERIFIED_NOTE: Text = {
  ja: "（この点の法解釈は一次資料で確認できていないため、安全側の「要確認」としています）",
  en: " (This legal reading is not verified against primary text, so the tool takes the conservative side: review.)",
};

export interface Evaluation {
  decision: Decision;
  reasons: Reason[];
  path: StepTaken[];
}

export function evaluateFlow(flow: FlowDefinition, nodes: ReadonlyMap<string, FlowDefinition["nodes"][number]>, input: Omit<FactInput, "decisionSoFar">): Evaluation {
  let decision: Decision = "NO_LICENSE";
  let cap: Decision | undefined;
  const reasons: Reason[] = [];
  const path: StepTaken[] = [];
  let id: string | null = flow.start;
  let guard = 0;
  while (id && guard++ < 100) {
    const node = nodes.get(id);
    if (!node) throw new Error(`Flow definition refers to unknown node ${id}`);
    const fact = answerFact(node.fact, { ...input, decisionSoFar: decision });
    const branch = node.answers[fact.answer] ?? node.answers["*"];
    if (!branch) throw new Error(`Flow node ${node.id} has no branch for answer ${fact.answer}`);
    path.push({ nodeId: node.id, answer: fact.answer });
    if (branch.cap) cap = branch.cap;
    if (branch.outcome) {
      const outcome = capAt(branch.outcome, cap);
      decision = moreSevere(decision, outcome);
      const base = branch.text ?? node.question;
      const detail = fact.detail;
      const capped = outcome !== branch.outcome;
      const text: Text = {
        ja: base.ja + (detail ? `［${detail.ja}］` : "") + (capped ? "（16項(1)該当性が未確定のため要確認）" : "") + (branch.unverified ? UNVERIFIED_NOTE.ja : ""),
        en: base.en + (detail ? ` [${detail.en}]` : "") + (capped ? " (16項(1) status unsettled, so review.)" : "") + (branch.unverified ? UNVERIFIED_NOTE.en : ""),
      };
      for (const code of branch.reasons ?? []) {
        reasons.push({ code, outcome, text: REASON_TITLES[code] ? { ja: `${REASON_TITLES[code].ja}: ${text.ja}`, en: `${REASON_TITLES[code].en}: ${text.en}` } : text, citation: node.citation, nodeId: node.id });
      }
    }
    id = branch.next;
  }
  return { decision, reasons, path };
}
