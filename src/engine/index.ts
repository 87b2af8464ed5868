/**
 * The engine's public face. Pure TypeScript: runs in Node (CLI), the task pane, a Web Worker and
 * the custom-functions runtime.
 */
export * from "./types";
export { createContext, screen, screenBatch } from "./screen";
export type { EngineContext } from "./screen";
export { toOutputColumns, OUTPUT_COLUMNS, decisionLabel } from "./present";
export type { OutputColumns } from "./present";
export { ENGINE_VERSION, RULES_VERSION } from "./version";
