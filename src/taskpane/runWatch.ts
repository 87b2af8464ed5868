/**
 * What changed on the sheet while a run (or the pane) was watching it: Excel's worksheet events
 * (`onChanged`, `onRowSorted`) report the address of each change; this module turns those addresses into
 * boxes and answers "did anything touch the order rows being screened, or block cells not yet written?".
 * Pure, except `watchSheet`, which registers the handlers through the caller's request context.
 */
/// <reference types="office-js" />
import { excelRun } from "../addin/excelHost";

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** 0-based column index of "A", "Z", "AA" … */
function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/**
 * Boxes of an A1 address as events give it ("B5", "B5:G9", "A:A", "3:4", several joined by commas, with or
 * without the sheet name). Null when it cannot be read (the caller then treats the change as touching all).
 */
export function parseAddress(address: string): Box[] | null {
  const boxes: Box[] = [];
  for (const raw of address.split(",")) {
    const part = raw.includes("!") ? raw.slice(raw.lastIndexOf("!") + 1) : raw;
    const p = part.replace(/\$/g, "").trim();
    if (!p) continue;
    const [a, b = a] = p.split(":");
    const ma = /^([A-Za-z]*)(\d*)$/.exec(a);
    const mb = /^([A-Za-z]*)(\d*)$/.exec(b);
    if (!ma || !mb || (!ma[1] && !ma[2]) || (!mb[1] && !mb[2])) return null;
    const c0 = ma[1] ? colIndex(ma[1]) : 0;
    const c1 = mb[1] ? colIndex(mb[1]) : MAX_COLS - 1;
    const r0 = ma[2] ? Number(ma[2]) - 1 : 0;
    const r1 = mb[2] ? Number(mb[2]) - 1 : MAX_ROWS - 1;
    boxes.push({
      row: Math.min(r0, r1),
      col: Math.min(c0, c1),
      rows: Math.abs(r1 - r0) + 1,
      cols: Math.abs(c1 - c0) + 1,
    });
  }
  return boxes;
}

export function intersects(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export interface SheetChange {
  /** Unreadable addresses are recorded as null (treated as touching everything). */
  boxes: Box[] | null;
  address: string;
  kind: "changed" | "sorted";
}

/** Changes recorded by the watcher, in arrival order. */
export class ChangeLog {
  readonly changes: SheetChange[] = [];
  record(address: string, kind: SheetChange["kind"]): void {
    this.changes.push({ boxes: parseAddress(address), address, kind });
  }
  /** The first change that touches `area`, or null. */
  firstTouching(area: Box): SheetChange | null {
    for (const c of this.changes) if (!c.boxes || c.boxes.some((b) => intersects(b, area))) return c;
    return null;
  }
}

export interface Watch {
  log: ChangeLog;
  /** Removes the handlers (queued on the same context; the caller syncs). */
  remove(): void;
  /** Removes the handlers in the context they were added with (after that context's run ended). */
  removeAndSync(): Promise<void>;
}

/**
 * Registers change and sort handlers on the worksheet through `context` (the caller syncs). Hosts without
 * the sort event (before ExcelApi 1.10) rely on the change event and on the re-read before each write.
 */
export function watchSheet(ws: Excel.Worksheet, log = new ChangeLog()): Watch {
  const results: OfficeExtension.EventHandlerResult<unknown>[] = [];
  results.push(
    ws.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
      log.record(e.address, "changed");
    }) as OfficeExtension.EventHandlerResult<unknown>,
  );
  const sorted = (ws as { onRowSorted?: OfficeExtension.EventHandlers<Excel.WorksheetRowSortedEventArgs> }).onRowSorted;
  if (sorted) {
    results.push(
      sorted.add(async (e: Excel.WorksheetRowSortedEventArgs) => {
        log.record(e.address, "sorted");
      }) as OfficeExtension.EventHandlerResult<unknown>,
    );
  }
  return {
    log,
    remove: () => {
      for (const r of results) r.remove();
    },
    removeAndSync: async () => {
      if (results.length === 0) return;
      // Every handler of one watch was added through the same context.
      await excelRun(results[0].context as Excel.RequestContext, async (context) => {
        for (const r of results) r.remove();
        await context.sync();
      });
    },
  };
}
