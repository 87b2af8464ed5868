/**
 * The engine's Web Worker, one per shared runtime (the task pane and the custom functions send it their
 * work through engineClient.ts). Started on first use. The work itself is engineService.ts.
 */
/// <reference lib="webworker" />
import { createEngineService } from "./engineService";
import type { WorkerRequest } from "./workerProtocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createEngineService((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<WorkerRequest>) => void handle(event.data);
