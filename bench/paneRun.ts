/**
 * A screening run as the task pane does it, on the fake Excel host already installed as `globalThis.Excel`:
 * Check data (detection and header mapping), then the run (its own re-check, the engine over every block,
 * the writes), with the engine's share of the time measured apart. Used by the add-in benchmarks.
 */
import { detectData, runScreening } from "../src/taskpane/excel";
import { mapHeaders } from "../src/engine/headers";
import { createContext } from "../src/engine/screen";
import { newBlockResult, screenSlice } from "../src/taskpane/screenRows";
import type { Lang } from "../src/engine/types";

export interface PaneRun {
  status: string;
  rowsScreened: number;
  retries: number;
  /** Check data, the run, and the engine within the run (ms). */
  checkMs: number;
  runMs: number;
  engineMs: number;
}

/** `afterCheck` is called between Check data and the run (e.g. to count the syncs of each). */
export async function paneRun(lang: Lang, afterCheck: () => void = () => {}): Promise<PaneRun> {
  const t0 = performance.now();
  const { region } = await detectData();
  const columns = mapHeaders(region.headers).columns;
  const checkMs = performance.now() - t0;
  afterCheck();
  const ctx = createContext({ options: { today: "2026-11-25" } });
  let engineMs = 0;
  const t1 = performance.now();
  const report = await runScreening({
    region,
    columns,
    lang,
    isCancelled: () => false,
    processBlock: async (rows, first) => {
      const e0 = performance.now();
      const acc = newBlockResult();
      screenSlice(rows, 0, rows.length, first, columns, ctx, lang, "2026-11-25 10:00", acc);
      engineMs += performance.now() - e0;
      return acc.out;
    },
    audit: (status, rowsScreened) => ({
      time: "2026-11-25T10:00:00Z",
      kind: "run",
      sheet: region.sheet,
      range: region.address,
      engineVersion: "bench",
      rulesVersion: "bench",
      lists: {},
      rowsScreened,
      rowsTotal: region.rowCount,
      counts: {},
      status,
      detail: "",
    }),
  });
  return {
    status: report.status,
    rowsScreened: report.rowsScreened,
    retries: report.stats.retries,
    checkMs,
    runMs: performance.now() - t1,
    engineMs,
  };
}
