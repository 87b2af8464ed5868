/**
 * The decision path of one result as numbered steps (question → answer → outcome), drawn from the flow definition.
 * Used by the CLI's --explain, by training material and by anyone who wants the path in words.
 */
import type { Lang, ScreenResult } from "../types";
import { nodesOfPack } from "./packs";
import { answerLabel } from "../i18n/answers";
import { decisionLabel } from "../present";

const INFORMATIONAL = new Set<string>(["ARMS_EMBARGO_DEST", "SPECIFIED_ITEM_16_1", "HS_AMBIGUOUS"]);

export interface TraceStep {
  nodeId: string;
  question: string;
  answer: string;
  outcome?: string;
  citation: string;
}

export function traceSteps(result: ScreenResult, lang: Lang): TraceStep[] {
  const nodes = nodesOfPack(result.pack);
  return result.path.map((step) => {
    const node = nodes.get(step.nodeId);
    if (!node) return { nodeId: step.nodeId, question: step.nodeId, answer: step.answer, citation: "" };
    const branch = node.answers[step.answer] ?? node.answers["*"];
    // Scope facts (embargo destination, specified item) carry reasons but decide nothing by themselves.
    const informational = branch?.outcome === "NO_LICENSE" && (branch.reasons ?? []).every((r) => INFORMATIONAL.has(r));
    return {
      nodeId: node.id,
      question: node.question[lang],
      answer: answerLabel(step.answer, lang),
      outcome: branch?.outcome && !informational ? decisionLabel(branch.outcome, lang) : undefined,
      citation: node.citation[lang],
    };
  });
}

export function traceText(result: ScreenResult, lang: Lang): string {
  const lines = traceSteps(result, lang).map(
    (s, i) =>
      `${String(i + 1).padStart(2)}. ${s.question}\n    → ${s.answer}${s.outcome ? `  ⇒ ${s.outcome}` : ""}   [${s.citation}]`,
  );
  lines.push(
    lang === "ja"
      ? `判定: ${decisionLabel(result.decision, lang)}`
      : `Decision: ${decisionLabel(result.decision, lang)}`,
  );
  return lines.join("\n");
}
