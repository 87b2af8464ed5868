/** Shapes of the decision-flow definition (rules/flow.ts). */
import type { Citation, Decision, ReasonCode, Text } from "../types";
import type { AnswerOf } from "./answers";

/** Facts the flow asks about; each is answered by rules/facts.ts from the normalised row. */
export type FactKey =
  | "inputReadable"
  | "technology"
  | "northKorea"
  | "otherRegime"
  | "countryKnown"
  | "countryInText"
  | "otherListMatch"
  | "listControl"
  | "hsScope"
  | "destinationGroup"
  | "informGroupA"
  | "groupADiversion"
  | "inform"
  | "wmdUse"
  | "endUserList"
  | "wmdUser"
  | "weaponsUse"
  | "weaponsActivity"
  | "cwScope"
  | "cwUse"
  | "cwUser"
  | "cwActivity"
  | "embargoGoods"
  | "guidelineConcern"
  | "redFlagsAnswered"
  | "guidelineContradicted"
  | "eulCwCoded"
  | "guidelineOpen"
  | "clearlyDocumented"
  | "outOfScopeWeapons"
  | "militaryName"
  | "useText"
  | "paymentText"
  | "redFlags"
  | "decisionSoFar";

export interface Branch {
  /** Outcome this answer contributes (omitted = contributes nothing). */
  outcome?: Decision;
  /** Reason codes recorded with the outcome. */
  reasons?: ReasonCode[];
  /** What the answer means, shown in explanations (ja/en). */
  text?: Text;
  /** Next node; null ends the walk. */
  next: string | null;
  /** From here on, outcomes are capped at this decision (used when the law's scope itself is uncertain). */
  cap?: Decision;
  /** The legal reading behind this branch is not verified: the explanation says so. */
  unverified?: boolean;
}

export interface FlowNode {
  id: string;
  /** Short label for the flowchart box. */
  label: Text;
  /** The question asked, as a sentence. */
  question: Text;
  fact: FactKey;
  citation: Citation;
  /** Branch per answer of the fact; `*` is the fallback for any other answer. */
  answers: Record<string, Branch>;
  /** Group used to lay out the flowchart (lanes). */
  lane: "gate" | "scope" | "groupA" | "wmd" | "cw" | "flags";
}

/**
 * A flow node as a rule pack writes it: the branches are keyed by the answers its fact can give (rules/answers.ts),
 * so a branch for an answer the fact never gives — a misspelling — does not compile.
 */
export type FlowNodeOf<K extends FactKey> = Omit<FlowNode, "fact" | "answers"> & {
  fact: K;
  answers: { [A in AnswerOf<K> | "*"]?: Branch };
};
export type FlowNodeSpec = { [K in FactKey]: FlowNodeOf<K> }[FactKey];

/** The nodes of a flow, checked against their facts' answers, as the engine reads them. */
export const checkedNodes = (nodes: FlowNodeSpec[]): FlowNode[] => nodes as unknown as FlowNode[];

export interface FlowDefinition {
  id: string;
  version: string;
  asOf: string;
  start: string;
  nodes: FlowNode[];
}
