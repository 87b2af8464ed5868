/**
 * The decision path of one result as numbered steps (question → answer → outcome), drawn from the flow definition.
 * Used by the CLI's --explain, by training material and by anyone who wants the path in words.
 */
import type { Lang, ScreenResult } from "../types";
import { FLOW_NODES } from "./flow";
import { answerLabel } from "../i18n/answers";
import { decisionLabel } from "../present";

export interface TraceStep {
  nodeId: string;
  question: string;
  answer: string;
  outcome?: string;
  citation: string;
}

export function traceSteps(result: ScreenResult, lang: Lang): TraceStep[] {
  return result.path.map((step) => {
    const node = FLOW_NODES.get(step.nodeId);
    if (!node) return { nodeId: step.nodeId, question: step.nodeId, answer: step.answer, citation: "" };
    const branch = node.answers[step.answer] ?? node.answers["*"];
    return {
      nodeId: node.id,
      question: node.question[lang],
      answer: answerLabel(step.answer, lang),
      outcome: branch?.outcome ? decisionLabel(branch.outcome, lang) : undefined,
      citation: node.citation[lang],
    };
  });
}

export function traceText(result: ScreenResult, lang: Lang): string {
  const lines = traceSteps(result, lang).map((s, i) => `${String(i + 1).padStart(2)}. ${s.question}\n    → ${s.answer}${s.outcome ? `  ⇒ ${s.outcome}` : ""}   [${s.citation}]`);
  lines.push(lang === "ja" ? `判定: ${decisionLabel(result.decision, lang)}` : `Decision: ${decisionLabel(result.decision, lang)}`);
  return lines.join("\n");
}
