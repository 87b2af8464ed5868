/**
 * Worker thread (piscina) of the CLI: screens batches of order rows with the engine and the party screener. Each worker
 * loads the party lists once (the same files the main thread checked) and keeps the context for the whole run.
 */
import { createContext, type EngineContext } from "../engine";
import type { Lang, OrderRow } from "../engine/types";
import { loadPartyScreener, type LoadPartyScreenerOptions } from "./lists";
import { screenOrders, type RowScreened } from "./rowResult";
import { screenCsvChunk, type CsvChunkResult, type CsvChunkTask } from "./csvChunkTask";

/** What a worker needs to build (once) the context of a run. */
export interface WorkerContextSpec {
  lists: LoadPartyScreenerOptions | null;
  today: string;
  /** --as-of: the date that chooses the rule pack. */
  asOf?: string;
}

export interface ScreenTask extends WorkerContextSpec {
  lang: Lang;
  keepResults: boolean;
  orders: OrderRow[];
}

let cached: { key: string; ctx: Promise<EngineContext> } | undefined;

async function contextFor(task: WorkerContextSpec): Promise<EngineContext> {
  const key = JSON.stringify([task.lists, task.today, task.asOf]);
  if (!cached || cached.key !== key) {
    const ctx = (async () => {
      const parties = task.lists ? (await loadPartyScreener(task.lists)).screener : undefined;
      return createContext({ parties, options: { today: task.today }, asOf: task.asOf });
    })();
    cached = { key, ctx };
  }
  return cached.ctx;
}

export type CsvChunkWorkerTask = CsvChunkTask & WorkerContextSpec;

export default async function screenTask(task: ScreenTask): Promise<RowScreened[]>;
export default async function screenTask(task: CsvChunkWorkerTask): Promise<CsvChunkResult>;
export default async function screenTask(
  task: ScreenTask | CsvChunkWorkerTask,
): Promise<RowScreened[] | CsvChunkResult> {
  if ("kind" in task) return screenCsvChunk(task, await contextFor(task));
  return screenOrders(task.orders, await contextFor(task), task.lang, task.keepResults);
}
