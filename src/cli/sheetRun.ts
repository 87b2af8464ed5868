/**
 * The streaming core of a run, the same for CSV and workbooks: rows come in one by one; the header row is found in
 * the first 20; order rows are screened in batches (worker threads or this thread) and every row — title rows,
 * header, blank rows and orders — is handed to the output in input order with its result. What the summary needs
 * is tallied on the way (counts, a bounded list of the rows needing attention), so memory does not grow with the
 * number of rows.
 */
import { DECISIONS } from "../engine";
import { findHeaderRow, type HeaderMapping } from "../engine/headers";
import type { Decision, OrderRow, Versions } from "../engine/types";
import { cellToText } from "./cellText";
import { InputError, msg } from "./messages";
import type { RowScreened } from "./rowResult";
import { BATCH_ROWS, OrderedScreener, type ScreenerSetup } from "./screenPool";
import { notOrderRow, type NotOrder } from "./notOrderRow";
import { isBlankCell } from "./sheetGrid";
import { orderRowBuilder } from "./screenSheet";

export interface RowOutcome {
  /** Index of the row in the sheet (0-based; sheet row = index + 1). */
  index: number;
  orderId: string;
  decision: Decision;
  columns: RowScreened["columns"];
  result?: RowScreened["result"];
  engineError?: string;
  /** The order row as screened (kept for --explain's rows only). */
  row?: OrderRow;
}

/** Rows needing attention kept for the summary, per decision (the counts are always complete). */
export const ATTENTION_KEPT = 2000;
const FAILED_KEPT = 100;

export interface ScreenedSheet {
  /** Order rows screened. */
  total: number;
  counts: Record<Decision, number>;
  blankRows: number;
  versions: Versions;
  /**
   * Rows needing attention (the presentation model's needsAttention: not NO_LICENSE, or a red flag, a live match or
   * a note about the input), most severe first, then in sheet order; at most ATTENTION_KEPT per decision.
   */
  attention: RowOutcome[];
  /** Rows needing attention, all of them (also beyond the ones kept). */
  attentionTotal: number;
  /** Rows whose engine call failed (row numbers, the first FAILED_KEPT) and how many. */
  failedRows: number[];
  failedCount: number;
  /** Rows whose order id is the one asked for with --explain. */
  explained: RowOutcome[];
  /** Order id, decision and match ids of every row, only when --previous asks for them. */
  current?: Array<{ order_id: string; decision: string; party_match_id: string }>;
  /** Rows per destination value (as written) and decision; rows per red-flag code. */
  byDestination: Map<string, Record<Decision, number>>;
  byRedFlag: Map<string, number>;
  /** Rows per rule pack they were decided under (shipment dates or --as-of may choose an earlier one). */
  byPack: Map<string, number>;
  /** Rows with END_USER_LIST_NOT_CHECKED (the End User List was not loaded), and those held back by it alone. */
  endUserListNotChecked?: { all: number; only: number };
}

const zeroCounts = () => Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
const DESTINATIONS_KEPT = 500;

export class Tally {
  readonly sheet: ScreenedSheet;
  private readonly kept: Record<Decision, RowOutcome[]> = {
    PROHIBITED: [],
    LICENSE_REQUIRED: [],
    REVIEW: [],
    NO_LICENSE: [],
  };
  private readonly explainKey?: string;
  private readonly orderRow?: (cells: readonly unknown[]) => OrderRow;

  constructor(
    versions: Versions,
    private readonly orderIdColumn: number | undefined,
    private readonly destinationColumn: number | undefined,
    opts: { explain?: string; keepCurrent: boolean; orderRow?: (cells: readonly unknown[]) => OrderRow },
  ) {
    this.orderRow = opts.orderRow;
    this.sheet = {
      total: 0,
      counts: zeroCounts(),
      blankRows: 0,
      versions,
      attention: [],
      attentionTotal: 0,
      failedRows: [],
      failedCount: 0,
      explained: [],
      current: opts.keepCurrent ? [] : undefined,
      byDestination: new Map(),
      byRedFlag: new Map(),
      byPack: new Map(),
      endUserListNotChecked: { all: 0, only: 0 },
    };
    if (opts.explain !== undefined) this.explainKey = orderKey(opts.explain);
  }

  add(index: number, cells: readonly unknown[], r: RowScreened): void {
    const orderId = this.orderIdColumn === undefined ? "" : cellToText(cells[this.orderIdColumn]);
    const dest = this.destinationColumn === undefined ? "" : cellToText(cells[this.destinationColumn]);
    this.addOutcome(index, orderId, dest, r, cells);
  }

  /**
   * One screened row, given its order id and destination as text. `r.columns` may be left out (piece-wise CSV
   * screening, csvChunks.ts) when the row cannot be listed: not needing attention, or its decision's list full
   * (`fullDecisions`); `redFlags` is then the red_flags cell.
   */
  addOutcome(index: number, orderId: string, dest: string, r: TallyRow, cells?: readonly unknown[]): void {
    const s = this.sheet;
    s.total++;
    s.counts[r.decision]++;
    if (r.pack) s.byPack.set(r.pack, (s.byPack.get(r.pack) ?? 0) + 1);
    if (r.endUserList && s.endUserListNotChecked) {
      s.endUserListNotChecked.all++;
      if (r.endUserList === "only") s.endUserListNotChecked.only++;
    }
    if (r.error !== undefined) {
      s.failedCount++;
      if (s.failedRows.length < FAILED_KEPT) s.failedRows.push(index + 1);
    }
    const outcome = (): RowOutcome => {
      if (!r.columns) throw new Error(`row ${index + 1}: output cells missing for the summary`);
      return { index, orderId, decision: r.decision, columns: r.columns, result: r.result, engineError: r.error };
    };
    if (r.attention) {
      s.attentionTotal++;
      if (this.kept[r.decision].length < ATTENTION_KEPT)
        this.kept[r.decision].push({ ...outcome(), result: undefined });
    }
    if (this.explainKey !== undefined && orderKey(orderId) === this.explainKey) {
      s.explained.push({ ...outcome(), row: cells ? this.orderRow?.(cells) : undefined });
    }
    if (s.current) {
      const c = outcome().columns;
      s.current.push({ order_id: orderId, decision: c.decision, party_match_id: c.party_match_id });
    }
    let perDest = s.byDestination.get(dest);
    if (!perDest && s.byDestination.size < DESTINATIONS_KEPT) s.byDestination.set(dest, (perDest = zeroCounts()));
    if (perDest) perDest[r.decision]++;
    const redFlags = r.columns ? r.columns.red_flags : r.redFlags;
    if (redFlags) {
      for (const code of redFlags.split(/[;,]\s*/)) {
        const c = code.trim();
        if (c) s.byRedFlag.set(c, (s.byRedFlag.get(c) ?? 0) + 1);
      }
    }
  }

  /** Decisions whose list of rows needing attention is full (later rows of them are counted, not listed). */
  fullDecisions(): Decision[] {
    return DECISIONS.filter((d) => this.kept[d].length >= ATTENTION_KEPT);
  }

  blank(): void {
    this.sheet.blankRows++;
  }

  finish(): ScreenedSheet {
    this.sheet.attention = DECISIONS.flatMap((d) => this.kept[d]);
    return this.sheet;
  }
}

/** Order ids compared for --explain: trimmed, NFKC, case-insensitive. */
export function orderKey(s: string): string {
  return s.normalize("NFKC").trim().toLowerCase();
}

/** What the tally needs of a screened row (RowScreened, or its compact form from a worker). */
export interface TallyRow {
  decision: Decision;
  attention: boolean;
  columns?: RowScreened["columns"];
  /** The red_flags cell, when `columns` is left out. */
  redFlags?: string;
  /** The row rests on an End User List that was not loaded (RowScreened.endUserList). */
  endUserList?: RowScreened["endUserList"];
  result?: RowScreened["result"];
  error?: string;
  pack?: string;
}

export type RowKind = "above" | "header" | "blank" | "order";

/** Where the rows go, in input order. */
export interface RowSink {
  row(index: number, cells: unknown[], kind: RowKind, result: RowScreened | undefined): void;
}

export interface HeaderFound {
  headerIndex: number;
  mapping: HeaderMapping;
  headerCells: unknown[];
}

export interface ScreenRowsOptions {
  setup: ScreenerSetup;
  versions: Versions;
  explain?: string;
  keepCurrent: boolean;
  /** Called once the header row is known, before any row is handed out; returns the sink. */
  start: (header: HeaderFound) => RowSink | Promise<RowSink>;
  /** Called after each delivered batch with the rows read so far. */
  progress?: (rowsRead: number) => void;
}

interface BatchEntry {
  index: number;
  cells: unknown[];
  /** Position in the batch's orders, or -1 for a blank row. */
  slot: number;
}

/** The header row among the first 20 rows; an InputError when there is none or required columns are missing. */
export function detectHeader(head: unknown[][]): HeaderFound {
  const guess = findHeaderRow(head);
  if (!guess) throw new InputError(msg.noHeader());
  if (!guess.mapping.ok) {
    throw new InputError(
      msg.missingRequired(),
      guess.mapping.messages.filter((m) => m.en.startsWith("Required column")),
    );
  }
  return { headerIndex: guess.index, mapping: guess.mapping, headerCells: head[guess.index] };
}

export function newTally(
  header: HeaderFound,
  opts: Pick<ScreenRowsOptions, "versions" | "explain" | "keepCurrent">,
): Tally {
  return new Tally(opts.versions, header.mapping.byField.order_id, header.mapping.byField.destination, {
    explain: opts.explain,
    keepCurrent: opts.keepCurrent,
    orderRow: orderRowBuilder(header.mapping),
  });
}

/** Runs the rows through header detection, screening and the sink. */
export async function screenRows(
  rows: AsyncIterable<unknown[]>,
  opts: ScreenRowsOptions,
): Promise<HeaderFound & { screened: ScreenedSheet; threads: number; notOrders: Array<[number, NotOrder]> }> {
  const iterator = rows[Symbol.asyncIterator]();
  const head: unknown[][] = [];
  let ended = false;
  while (head.length < 20) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  const header = detectHeader(head);
  const guess = { mapping: header.mapping };
  const tally = newTally(header, opts);
  const sink = await opts.start(header);
  /** Rows below the header that are not orders (sheet row number, why): notOrderRow.ts. */
  const notOrders: Array<[number, NotOrder]> = [];
  let delivered = 0;
  const screener = new OrderedScreener<BatchEntry[]>(opts.setup, (results, entries) => {
    for (const e of entries) {
      if (e.slot < 0) {
        sink.row(e.index, e.cells, "blank", undefined);
        continue;
      }
      const r = results[e.slot];
      tally.add(e.index, e.cells, r);
      sink.row(e.index, e.cells, "order", r);
    }
    delivered += entries.length;
    opts.progress?.(header.headerIndex + 1 + delivered);
  });
  try {
    const mappedColumns = Object.values(guess.mapping.byField) as number[];
    const build = orderRowBuilder(guess.mapping);
    let entries: BatchEntry[] = [];
    let orders: OrderRow[] = [];
    const take = async (index: number, cells: unknown[]) => {
      if (index < header.headerIndex) return sink.row(index, cells, "above", undefined);
      if (index === header.headerIndex) return sink.row(index, cells, "header", undefined);
      if (mappedColumns.every((c) => isBlankCell(cells[c]))) {
        tally.blank();
        entries.push({ index, cells, slot: -1 });
      } else if (notOrderRow(cells, header.headerCells, guess.mapping)) {
        notOrders.push([index + 1, notOrderRow(cells, header.headerCells, guess.mapping)!]);
        entries.push({ index, cells, slot: -1 });
      } else {
        entries.push({ index, cells, slot: orders.length });
        orders.push(build(cells));
      }
      if (orders.length >= BATCH_ROWS || entries.length >= BATCH_ROWS * 4) {
        const [o, e] = [orders, entries];
        orders = [];
        entries = [];
        await screener.submit(o, e);
      }
    };
    let index = 0;
    for (const cells of head) await take(index++, cells);
    if (!ended) {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        await take(index++, next.value);
      }
    }
    if (entries.length > 0) await screener.submit(orders, entries);
    const threads = screener.threads;
    await screener.finish();
    return { ...header, screened: tally.finish(), threads, notOrders };
  } catch (e) {
    await screener.close();
    await iterator.return?.();
    throw e;
  }
}
