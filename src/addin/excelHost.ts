/**
 * The one module that calls `Excel.run`: the task pane's Excel I/O (src/taskpane/excel.ts, runWatch.ts) and
 * the custom functions' read of the workbook's allow-list send their batches through `excelRun`. Everything
 * else about Excel (what is read and written, in which batches) stays with the callers.
 */
/// <reference types="office-js" />
import type { Text } from "../engine/types";

/** `Excel.run(batch)`, or `Excel.run(context, batch)` to continue in the context of an earlier run. */
export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
export function excelRun<T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T>;
export function excelRun<T>(
  a: Excel.RequestContext | ((context: Excel.RequestContext) => Promise<T>),
  b?: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return typeof a === "function" ? Excel.run(a) : Excel.run(a, b!);
}

/** The workbook setting that holds the allow-list ("not this party" entries). */
export const SETTING_ALLOW_LIST = "anpo.allowList";

export type AllowListRead = { ok: true; json: string | null } | { ok: false; problem: Text };

/** How long to wait for the workbook's settings before saying that the allow-list could not be read. */
let allowListWaitMs = 15_000;

/** Test hook: how long the allow-list read may take. */
export function setAllowListWait(ms: number): void {
  allowListWaitMs = ms;
}

function unreadable(why: string): AllowListRead {
  return {
    ok: false,
    problem: {
      ja: `ブックの許可リストを読めませんでした（${why}）。許可リストで除外した照合も一致として表示しています`,
      en: `the workbook's allow-list could not be read (${why}); matches you allow-listed are shown as matches`,
    },
  };
}

/**
 * The allow-list kept in the workbook's settings (read-only access, allowed from a custom function too).
 * Never silently empty: a read that fails or does not answer in time comes back as a problem to show.
 */
export async function readAllowList(): Promise<AllowListRead> {
  if (typeof Excel === "undefined") return { ok: true, json: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      excelRun(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(SETTING_ALLOW_LIST);
        item.load("value");
        await context.sync();
        return {
          ok: true,
          json: item.isNullObject || typeof item.value !== "string" ? null : item.value,
        } as AllowListRead;
      }),
      new Promise<AllowListRead>((resolve) => {
        timer = setTimeout(
          () => resolve(unreadable(`no answer from Excel in ${Math.round(allowListWaitMs / 1000)} s`)),
          allowListWaitMs,
        );
      }),
    ]);
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
