/**
 * The engine's public face. Pure TypeScript: runs in Node (CLI), the task pane, a Web Worker and
 * the custom-functions runtime.
 */
export * from "./types";
export { createContext, screen, screenBatch, unscreenableResult } from "./screen";
export type { EngineContext } from "./screen";
export { toOutputColumns, OUTPUT_COLUMNS, decisionLabel } from "./present";
export type { OutputColumns } from "./present";
export { ENGINE_VERSION, RULES_VERSION } from "./version";
export { FLOW, FLOW_NODES } from "./rules/flow";
export {
  RULE_PACKS,
  CURRENT_PACK,
  JP_2025_10_09,
  JP_BEFORE_2025_10_09,
  packFor,
  packById,
  isIsoDate,
} from "./rules/packs";
export type { RulePack } from "./rules/packs";
export { FACT_ANSWERS } from "./rules/answers";
export { comparePacks } from "./rules/comparePacks";
export type { PackComparison } from "./rules/comparePacks";
export type { FlowDefinition, FlowNode, Branch, FactKey } from "./rules/flowTypes";
export { traceSteps, traceText } from "./rules/trace";
export type { TraceStep } from "./rules/trace";
export { flowToMermaid } from "./rules/mermaid";
export { answerLabel, ANSWER_LABELS } from "./i18n/answers";
export { REASON_TITLES } from "./i18n/reasons";
export { DECISION_LABELS } from "./i18n/decisions";
export { RED_FLAG_DEFINITIONS } from "./redflags";
export { explanationText } from "./present";
