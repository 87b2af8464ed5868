/**
 * One piece of a CSV file screened in a worker thread: the piece (whole records of a regular file, cut by
 * csvChunks.ts) is parsed (csvRegular.ts: the records csv-parse gives, checked by a property test), each record is built into an order row, screened
 * (rowResult.ts) and formatted into its output line (csvOutput.ts's CsvLines). What goes back to the main thread
 * is compact: the output lines as one string, the few fields the summary tallies per order row as one JSON string,
 * and the output cells only of rows the summary may still list. The main thread then neither parses nor formats,
 * and no per-row object crosses between threads.
 */
import { notOrderRow, type NotOrder } from "./notOrderRow";
import { DECISIONS, type EngineContext } from "../engine";
import { orderRowBuilder, type HeaderMapping } from "../engine/headers";
import type { Decision, Lang, OrderRow } from "../engine/types";
import { cellToText } from "./cellText";
import { CsvLines, type CsvLineCounts } from "./csvOutput";
import { parseRegularCsv } from "./csvRegular";
import { screenOrders, type RowScreened } from "./rowResult";
import { isBlankCell } from "./sheetGrid";

export interface CsvChunkTask {
  kind: "csv-chunk";
  /** Whole records of the file (a line ending outside quotes ends the piece, except at the end of the file). */
  text: string;
  /** Row index (0-based) of the piece's first record. */
  firstIndex: number;
  mapping: HeaderMapping;
  /** The header row's cells: a row repeating them is a header, not an order (notOrderRow.ts). */
  headerCells: unknown[];
  delimiter: string;
  eol: string;
  width: number;
  headerWidth: number;
  escapeInput: boolean;
  lang: Lang;
  /** Decisions whose rows the summary lists no more (its list is full): their output cells need not come back. */
  full: Decision[];
}

/** Fields per order row in CsvChunkResult.info. */
export const INFO_FIELDS = 9;

export interface CsvChunkResult extends CsvLineCounts {
  /** Rows that are not orders (sheet row number, why), as screenRows notes them. */
  notOrders: Array<[number, NotOrder]>;
  /** The output lines of every record of the piece, in order. */
  text: string;
  records: number;
  blanks: number;
  /**
   * JSON array, INFO_FIELDS per order row in order: record offset in the piece, decision index (DECISIONS),
   * attention (0/1), rule pack ("" for none), engine error (null for none), order id text, destination text and the
   * red_flags output cell.
   */
  info: string;
  /** Output cells of order rows (by position among the piece's order rows) the summary may still list. */
  kept: Array<[number, RowScreened["columns"]]>;
  /** csv-parse's message when the piece could not be parsed (nothing else is then set). */
  parseError?: string;
}

/** Parses, screens and formats one piece. `ctx` is the worker's context for the run. */
export function screenCsvChunk(task: CsvChunkTask, ctx: EngineContext): CsvChunkResult {
  let records: string[][];
  try {
    // Fresh strings, not slices of the piece: V8 runs the engine's large regular expressions far slower on sliced
    // strings of a long text (the start-up of a small file doubled); a JSON round trip copies them flat.
    records = JSON.parse(JSON.stringify(parseRegularCsv(task.text, task.delimiter))) as string[][];
  } catch (e) {
    const parseError = e instanceof Error ? e.message : String(e);
    return {
      text: "",
      records: 0,
      notOrders: [],
      blanks: 0,
      info: "[]",
      kept: [],
      formulaLike: 0,
      formulaLikeAt: [],
      ragged: 0,
      wider: 0,
      parseError,
    };
  }
  const mapping = task.mapping;
  const mapped = Object.values(mapping.byField) as number[];
  const build = orderRowBuilder(mapping);
  const orders: OrderRow[] = [];
  const slots: number[] = [];
  const notOrders: Array<[number, NotOrder]> = [];
  for (let k = 0; k < records.length; k++) {
    const cells = records[k];
    let blank = true;
    for (let m = 0; m < mapped.length; m++) {
      if (!isBlankCell(cells[mapped[m]])) {
        blank = false;
        break;
      }
    }
    const not = blank ? undefined : notOrderRow(cells, task.headerCells, mapping);
    if (not) notOrders.push([task.firstIndex + k + 1, not]);
    slots.push(blank ? -1 : not ? -2 : orders.length);
    if (!blank && !not) orders.push(build(cells));
  }
  const results = screenOrders(orders, ctx, task.lang, false);
  const lines = new CsvLines(task.width, task.delimiter, task.eol, task.escapeInput);
  lines.headerWidth = task.headerWidth;
  const orderCol = mapping.byField.order_id;
  const destCol = mapping.byField.destination;
  const full = new Set(task.full);
  const info: Array<string | number | null> = [];
  const kept: Array<[number, RowScreened["columns"]]> = [];
  let text = "";
  let blanks = 0;
  for (let k = 0; k < records.length; k++) {
    const cells = records[k];
    const slot = slots[k];
    const index = task.firstIndex + k;
    if (slot < 0) {
      if (slot === -1) blanks++;
      text += lines.line(index, cells, "blank", undefined);
      continue;
    }
    const r = results[slot];
    text += lines.line(index, cells, "order", r);
    info.push(
      k,
      DECISIONS.indexOf(r.decision),
      r.attention ? 1 : 0,
      r.pack ?? "",
      r.error ?? null,
      orderCol === undefined ? "" : cellToText(cells[orderCol]),
      destCol === undefined ? "" : cellToText(cells[destCol]),
      r.columns.red_flags,
      r.endUserList ?? "",
    );
    if (r.attention && !full.has(r.decision)) kept.push([slot, r.columns]);
  }
  return {
    text,
    notOrders,
    records: records.length,
    blanks,
    info: JSON.stringify(info),
    kept,
    formulaLike: lines.formulaLike,
    formulaLikeAt: lines.formulaLikeAt,
    ragged: lines.ragged,
    wider: lines.wider,
  };
}
