/**
 * The task pane's handle on the engine worker: promises per request, progress callbacks, cancel.
 */
import type { PartyList } from "../engine/parties/list-model";
import type { CanonicalField, Lang, ScreenResult, Versions } from "../engine/types";
import type { BlockResult } from "./screenRows";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";
import type { WhatIfChange, WhatIfResult } from "../engine/whatif/whatIf";
import type { PackComparisonView } from "../engine/rules/comparePacks";

/** Raised when a block was cancelled. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?(done: number): void;
}

export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private current: number | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // worker.js is its own webpack entry, served beside taskpane.html.
    const w = new Worker(new URL("worker.js", document.baseURI).href, { name: "anpo-engine" });
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
        p.resolve(msg.versions);
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

  private request<T>(build: (id: number) => WorkerRequest, onProgress?: (done: number) => void): Promise<T> {
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      worker.postMessage(build(id));
    });
  }

  configure(lists: PartyList[], allowListJson: string | null): Promise<Versions> {
    return this.request<Versions>((id) => ({ type: "configure", id, lists, allowListJson }));
  }

  async screenBlock(
    rows: unknown[][],
    firstRow: number,
    columns: Array<CanonicalField | null>,
    lang: Lang,
    screenedAt: string,
    onProgress?: (done: number) => void,
  ): Promise<BlockResult> {
    const id = this.nextId;
    this.current = id;
    try {
      return await this.request<BlockResult>(
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

  /** Asks the worker to stop the block in progress (it stops between slices of 250 rows). */
  cancel(): void {
    if (this.current !== null && this.worker)
      this.worker.postMessage({ type: "cancel", target: this.current } satisfies WorkerRequest);
  }
}
