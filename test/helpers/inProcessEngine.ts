/**
 * The engine worker's service run in the test's (or benchmark's) own thread, behind the same client the
 * add-in uses: messages are structured-cloned and delivered asynchronously, as a Worker delivers them. Node
 * has no Web Worker of the browser kind; this exercises the worker's code (engineService.ts) and the client.
 */
import { EngineClient, useSharedEngine } from "../../src/addin/engineClient";
import type { WorkerLike } from "../../src/addin/engineClient";
import { createEngineService } from "../../src/addin/engineService";
import type { AllowListRead } from "../../src/addin/excelHost";
import type { WorkerRequest, WorkerResponse } from "../../src/addin/workerProtocol";
import type { PartyList } from "../../src/engine/parties/list-model";

/** Every message the client sent to the (in-process) worker, for tests that look at the traffic. */
export const sent: WorkerRequest[] = [];

export function inProcessWorker(): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: (message: WorkerRequest) => {
      sent.push(message);
      const copy = structuredClone(message);
      setTimeout(() => void handle(copy), 0);
    },
  };
  const handle = createEngineService((response: WorkerResponse) => {
    const copy = structuredClone(response);
    setTimeout(() => w.onmessage?.({ data: copy } as MessageEvent<WorkerResponse>), 0);
  });
  return w;
}

/** A fresh shared engine (as the runtime has one) configured with these lists and this allow-list read. */
export function useTestEngine(lists: PartyList[], allow: AllowListRead | string | null = null): EngineClient {
  const read: AllowListRead = allow !== null && typeof allow === "object" ? allow : { ok: true, json: allow };
  const client = new EngineClient(inProcessWorker);
  client.setConfig({
    lists,
    allowListJson: read.ok ? read.json : null,
    allowListProblem: read.ok ? undefined : read.problem,
  });
  useSharedEngine(client);
  return client;
}
