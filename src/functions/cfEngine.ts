/**
 * The engine as the custom functions reach it: the shared runtime's one engine worker (the same client and
 * worker as the task pane's, src/addin/engineClient.ts), so the engine, its lists and the worker are loaded
 * once and the functions never run the engine on the runtime's main thread. When the pane has not handed
 * the worker its lists yet, the lists kept on this computer and the workbook's allow-list are read here.
 * When the allow-list cannot be read, every answer it could have changed says so (in the worker), and the
 * read is tried again on a burst 20 s later; it is never dropped silently.
 */
import type { Lang } from "../engine/types";
import { sharedEngine } from "../addin/engineClient";
import { readAllowList, setAllowListWait } from "../addin/excelHost";
import { loadLists } from "../addin/listStore";
import type { FunctionAnswer, FunctionJob } from "../addin/workerProtocol";

export type Job = FunctionJob;
export { readAllowList, setAllowListWait };
export type { AllowListRead } from "../addin/excelHost";

/** A failed allow-list read is tried again on the first burst after this many ms. */
const RETRY_MS = 20_000;
let retryAt: number | undefined;
let configuring: Promise<void> | null = null;

/** Reads the stored lists and the allow-list and hands them to the shared engine. */
async function configureFromWorkbook(): Promise<void> {
  const [stored, allow] = await Promise.all([loadLists(), readAllowList()]);
  sharedEngine().setConfig({
    lists: stored.map((s) => s.list),
    allowListJson: allow.ok ? allow.json : null,
    allowListProblem: allow.ok ? undefined : allow.problem,
  });
  retryAt = allow.ok ? undefined : Date.now() + RETRY_MS;
}

/** The shared engine with a configuration (the pane's, or one read here). */
async function ready(): Promise<void> {
  const engine = sharedEngine();
  const due = retryAt !== undefined && Date.now() >= retryAt;
  if (engine.hasConfig && !due) return;
  if (!configuring) {
    configuring = configureFromWorkbook().finally(() => {
      configuring = null;
    });
  }
  await configuring;
}

/** Forget the configuration read here (the pane changed the lists or the allow-list and hands over its own). */
export function invalidate(): void {
  retryAt = undefined;
}

/** Test hook: a failed allow-list read is due to be tried again now. */
export function retryAllowListNow(): void {
  if (retryAt !== undefined) retryAt = 0;
}

/** One engine pass (in the worker) over every call of a recalculation burst; an Error for a failed call. */
export async function processJobs(jobs: Job[], lang: Lang): Promise<Array<unknown | Error>> {
  await ready();
  const answers: FunctionAnswer[] = await sharedEngine().functions(jobs, lang);
  return answers.map((a) => (a !== null && typeof a === "object" && !Array.isArray(a) ? new Error(a.error) : a));
}
