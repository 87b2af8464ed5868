/**
 * The shared runtime's handle on the engine worker: one worker for the task pane and the custom functions
 * (`sharedEngine()`), started on the first request, never at start-up. Promises per request, progress
 * callbacks, cancel. The lists and allow-list are handed over with `setConfig` and sent to the worker just
 * before the next request, so that setting them costs nothing until the engine is needed.
 */
import type { PartyList } from "../engine/parties/list-model";
import type { CanonicalField, Lang, ScreenResult, Text, Versions } from "../engine/types";
import type { BlockResult } from "../taskpane/screenRows";
import type { WhatIfChange, WhatIfResult } from "../engine/whatif/whatIf";
import type { PackComparisonView } from "../engine/rules/comparePacks";
import type { FunctionAnswer, FunctionJob, WorkerRequest, WorkerResponse } from "./workerProtocol";

/** Raised when a block was cancelled. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

/** What the client needs of a Worker (a test or a benchmark can run the engine service in-process instead). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The worker of the production build: worker.js, its own webpack entry, served beside taskpane.html. */
function startWorker(): WorkerLike {
  return new Worker(new URL("worker.js", document.baseURI).href, { name: "anpo-engine" }) as unknown as WorkerLike;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?(done: number): void;
}

export interface EngineConfig {
  lists: PartyList[];
  allowListJson: string | null;
  /** Why the workbook's allow-list could not be read, or undefined. */
  allowListProblem?: Text;
  today?: string;
}

/** The engine's answer to a configuration: versions in force, and why the allow-list is not (or undefined). */
export interface Configured {
  versions: Versions;
  allowListProblem?: Text;
}

export class EngineClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private current: number | null = null;
  private unsent: EngineConfig | null = null;
  private lastConfigured: Promise<Configured> | null = null;
  /** Called with every configuration the worker has taken (the pane shows a damaged allow-list from it). */
  onConfigured: ((c: Configured) => void) | null = null;
  /** Workers started so far (1 in a healthy session; a crashed worker is replaced on the next request). */
  started = 0;

  constructor(private readonly spawn: () => WorkerLike = startWorker) {}

  private ensure(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.spawn();
    this.started++;
    w.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
    w.onerror = (e) => {
      const error = new Error(`engine worker failed: ${e.message || "unknown error"}`);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }

  private receive(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    switch (msg.type) {
      case "progress":
        p.onProgress?.(msg.done);
        return;
      case "configured":
        this.pending.delete(msg.id);
        p.resolve({ versions: msg.versions, allowListProblem: msg.allowListProblem } satisfies Configured);
        this.onConfigured?.({ versions: msg.versions, allowListProblem: msg.allowListProblem });
        return;
      case "block":
        this.pending.delete(msg.id);
        p.resolve(msg.result);
        return;
      case "detail":
        this.pending.delete(msg.id);
        p.resolve({ result: msg.result, cells: msg.cells });
        return;
      case "whatIf":
      case "packs":
        this.pending.delete(msg.id);
        p.resolve(msg.result);
        return;
      case "allowed":
        this.pending.delete(msg.id);
        p.resolve(msg.allowListJson);
        return;
      case "answers":
        this.pending.delete(msg.id);
        p.resolve(msg.answers);
        return;
      case "cancelled":
        this.pending.delete(msg.id);
        p.reject(new Cancelled());
        return;
      case "error":
        this.pending.delete(msg.id);
        p.reject(new Error(msg.message));
        return;
    }
  }

  private send<T>(build: (id: number) => WorkerRequest, onProgress?: (done: number) => void): Promise<T> {
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      worker.postMessage(build(id));
    });
  }

  /** Sends a configuration handed over with setConfig and not yet sent (messages reach the worker in order). */
  private flush(): void {
    const c = this.unsent;
    if (!c) return;
    this.unsent = null;
    this.lastConfigured = this.send<Configured>((id) => ({ type: "configure", id, ...c }));
    // A failed configuration is reported to whoever awaits it; the next request goes on with the old one.
    this.lastConfigured.catch(() => undefined);
  }

  private request<T>(build: (id: number) => WorkerRequest, onProgress?: (done: number) => void): Promise<T> {
    this.flush();
    return this.send(build, onProgress);
  }

  /** Hands over the lists and allow-list; they reach the worker with the next request (none is started now). */
  setConfig(config: EngineConfig): void {
    this.unsent = config;
    this.lastConfigured = null;
  }

  /** True once a configuration was handed over (sent or not). */
  get hasConfig(): boolean {
    return this.unsent !== null || this.lastConfigured !== null;
  }

  /** The engine's answer to the configuration in force (sends it first if it was not sent yet). */
  configured(): Promise<Configured> {
    this.flush();
    return this.lastConfigured ?? Promise.reject(new Error("the engine has no configuration yet"));
  }

  /** Configures and waits for the worker's answer (the versions in force). */
  async configure(lists: PartyList[], allowListJson: string | null): Promise<Versions> {
    this.setConfig({ lists, allowListJson });
    return (await this.configured()).versions;
  }

  async screenBlock(
    rows: unknown[][],
    firstRow: number,
    columns: Array<CanonicalField | null>,
    lang: Lang,
    screenedAt: string,
    onProgress?: (done: number) => void,
  ): Promise<BlockResult> {
    this.flush();
    const id = this.nextId;
    this.current = id;
    try {
      return await this.send<BlockResult>(
        (rid) => ({ type: "screen", id: rid, rows, firstRow, columns, lang, screenedAt }),
        onProgress,
      );
    } finally {
      if (this.current === id) this.current = null;
    }
  }

  /** Screens one row again (for the detail view, and after an allow-list change). */
  detail(
    raw: unknown[],
    columns: Array<CanonicalField | null>,
    lang: Lang,
    screenedAt: string,
  ): Promise<{ result: ScreenResult; cells: unknown[] }> {
    return this.request((id) => ({ type: "detail", id, raw, columns, lang, screenedAt }));
  }

  /** The row screened again with changed facts (the detail view's what-if); nothing is written. */
  whatIf(raw: unknown[], columns: Array<CanonicalField | null>, changes: WhatIfChange[]): Promise<WhatIfResult> {
    return this.request((id) => ({ type: "whatIf", id, raw, columns, changes }));
  }

  /** The row under today's rule pack and the one before 2025-10-09. */
  comparePacks(raw: unknown[], columns: Array<CanonicalField | null>): Promise<PackComparisonView> {
    return this.request((id) => ({ type: "packs", id, raw, columns }));
  }

  /** Records "not this party" and returns the allow-list JSON to store in the workbook. */
  allow(entry: {
    partyName: string;
    matchId: string;
    reviewer: string;
    date: string;
    reason: string;
  }): Promise<string> {
    return this.request<string>((id) => ({ type: "allow", id, ...entry }));
  }

  /** Every call of one recalculation burst of the custom functions, answered by the worker in one pass. */
  functions(jobs: FunctionJob[], lang: Lang): Promise<FunctionAnswer[]> {
    return this.request<FunctionAnswer[]>((id) => ({ type: "functions", id, jobs, lang }));
  }

  /** Asks the worker to stop the block in progress (it stops between slices of 250 rows). */
  cancel(): void {
    if (this.current !== null && this.worker)
      this.worker.postMessage({ type: "cancel", target: this.current } satisfies WorkerRequest);
  }
}

let shared: EngineClient | null = null;

/** The one engine client of the shared runtime (task pane and custom functions alike). */
export function sharedEngine(): EngineClient {
  if (!shared) shared = new EngineClient();
  return shared;
}

/** Test and benchmark hook: use this client (e.g. one running the engine service in-process). */
export function useSharedEngine(client: EngineClient): void {
  shared = client;
}
