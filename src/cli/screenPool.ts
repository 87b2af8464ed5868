/**
 * Screens batches of order rows, in worker threads (piscina) or in this thread, and hands the batches back in
 * the order they were submitted. The main thread reads and writes; the workers run the engine and the party
 * screener. Backpressure: `submit` waits while too many batches are in flight, so memory does not grow with
 * the number of rows.
 */
import * as fs from "fs";
import * as path from "path";
import { availableParallelism } from "os";
import { createContext, type EngineContext } from "../engine";
import type { Lang, OrderRow } from "../engine/types";
import type { LoadPartyScreenerOptions } from "./lists";
import { screenOrders, type RowScreened } from "./rowResult";
import type { ScreenTask } from "./screenWorker";

/** Old-generation heap limit of a worker thread (MB). */
export const WORKER_HEAP_MB = 192;

/** Rows per batch handed to a worker. */
export const BATCH_ROWS = 512;

export interface ScreenerSetup {
  /** 0 = screen in this thread. */
  threads: number;
  lang: Lang;
  keepResults: boolean;
  /** The list files, for the workers to load; the main thread's context is used when screening in this thread. */
  lists: LoadPartyScreenerOptions | null;
  ctx: EngineContext;
}

/** The worker script beside the bundled CLI (dist/cli/screenWorker.js); absent when running from the sources. */
export function workerFile(): string | undefined {
  const f = path.join(__dirname, "screenWorker.js");
  return fs.existsSync(f) ? f : undefined;
}

/** Threads used when --threads is not given: all processors for inputs above 1 MB, none for small ones. */
export function defaultThreads(inputBytes: number): number {
  if (!workerFile() || inputBytes < 1 << 20) return 0;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export interface WorkerPool<T, R> {
  run: (task: T) => Promise<R>;
  destroy: () => Promise<void>;
}

/** The worker threads of a run (piscina), or undefined for none (threads 0, or no worker script beside the CLI). */
export function createPool<T, R>(threads: number): WorkerPool<T, R> | undefined {
  const file = threads > 0 ? workerFile() : undefined;
  if (!file) return undefined;
  // Loaded only when threads are used: piscina stays out of the start-up of small runs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Piscina } = require("piscina") as typeof import("piscina");
  // A worker's live data is its party index and a few batches; without a limit V8 lets each worker's heap
  // grow far beyond that before collecting, and the workers' heaps add up.
  return new Piscina({
    filename: file,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
}

interface Pending {
  promise: Promise<RowScreened[]>;
  tag: unknown;
}

export class OrderedScreener<Tag> {
  private readonly queue: Pending[] = [];
  private pool: WorkerPool<ScreenTask, RowScreened[]> | undefined;
  private readonly maxInFlight: number;
  private readonly today: string;

  constructor(
    private readonly setup: ScreenerSetup,
    private readonly deliver: (rows: RowScreened[], tag: Tag) => void,
  ) {
    this.today = setup.ctx.options.today ?? new Date().toISOString().slice(0, 10);
    this.pool = createPool<ScreenTask, RowScreened[]>(setup.threads);
    this.maxInFlight = this.pool ? setup.threads * 3 : 1;
  }

  get threads(): number {
    return this.pool ? this.setup.threads : 0;
  }

  /** Queues a batch; resolves once there is room for the next one. Results arrive through `deliver`, in order. */
  async submit(orders: OrderRow[], tag: Tag): Promise<void> {
    if (!this.pool) {
      this.deliver(screenOrders(orders, this.setup.ctx, this.setup.lang, this.setup.keepResults), tag);
      return;
    }
    const task: ScreenTask = {
      lists: this.setup.lists,
      today: this.today,
      asOf: this.setup.ctx.asOf,
      lang: this.setup.lang,
      keepResults: this.setup.keepResults,
      orders,
    };
    const promise = this.pool.run(task);
    promise.catch(() => undefined); // handled in order by drainHead
    this.queue.push({ promise, tag });
    while (this.queue.length >= this.maxInFlight) await this.drainHead();
  }

  private async drainHead(): Promise<void> {
    const head = this.queue.shift()!;
    this.deliver(await head.promise, head.tag as Tag);
  }

  /** Waits for every batch and delivers the rest; closes the workers. */
  async finish(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.drainHead();
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    this.queue.length = 0;
    if (pool) await pool.destroy();
  }
}

/** The context of a run in this thread (used for small files and to check the lists before any worker starts). */
export function mainContext(init: Parameters<typeof createContext>[0]): EngineContext {
  return createContext(init);
}
