/** Moved to src/addin/engineClient.ts (one engine worker for the pane and the custom functions); kept for imports. */
export { Cancelled, EngineClient, sharedEngine } from "../addin/engineClient";
