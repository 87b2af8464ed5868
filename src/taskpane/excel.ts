/**
 * The only module that calls Excel. It finds the order data on the active sheet, reads it in blocks,
 * writes the add-in's output block beside it, formats it, appends the audit row and keeps the add-in's
 * state (column mapping, allow-list, block extent) in the workbook's settings.
 *
 * Rules it keeps (Excel's documented limits and Microsoft's guidance for large ranges):
 *  - properties are loaded before they are read; each `context.sync` carries one batch;
 *  - reads are blocks of up to 20,000 rows, under 4 MB and 4 million cells; writes are chunks under 4 MB
 *    (Excel on the web refuses 5 MB); a refused batch is retried in halves;
 *  - values first, formatting after, in the last batch;
 *  - it writes only inside its own block (headers starting "ANPO ") and the "ANPO Log" sheet, and refuses
 *    to write over anything else; a cancelled or failed run leaves every row either screened by this run or
 *    visibly marked "not screened", never a stale result from an earlier run.
 */
/// <reference types="office-js" />
import { findHeaderRow, headerText } from "../engine/headers";
import type { CanonicalField, Lang, Text } from "../engine/types";
import { auditRow, LOG_SHEET_NAME, LOG_WIDTH, logHeaders } from "./auditLog";
import type { AuditEntry, RunStatus } from "./auditLog";
import {
  BLOCK_COLUMNS,
  BLOCK_INDEX,
  BLOCK_WIDTH,
  blockHeaders,
  DECISION_FILLS,
  findOwnBlockStart,
  isOwnHeader,
  NOT_SCREENED_CODE,
  NOT_SCREENED_LABEL,
  ownColumnIndex,
  STALE_CODE,
  STALE_LABEL,
} from "./outputBlock";
import { decisionLabel } from "../engine/present";
import type { Decision } from "../engine/types";
import {
  classifyBlockRow,
  inputFingerprint,
  isBlankInput,
  makeKey,
  NO_INPUT,
  orderIdOf,
  parseKey,
  withKey,
} from "./rowKey";
import { ChangeLog, watchSheet } from "./runWatch";
import type { Box as WatchBox, SheetChange, Watch } from "./runWatch";
import {
  isPayloadLimitError,
  jsonBytes,
  MAX_BLOCK_ROWS,
  PAYLOAD_BUDGET_BYTES,
  rowsPerReadBlock,
  splitRowsByBytes,
} from "./payload";
import { a1, columnLetter } from "./sheetAddress";
import { rowAsText, rowsAsText } from "./textCells";

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** First guess of the output size of a row (JSON bytes), refined after each block. */
const INITIAL_WRITE_BYTES_PER_ROW = 700;
/** Rows looked at when searching for the header row (title lines above it are common). */
const HEADER_SEARCH_ROWS = 20;
/** Merged areas listed in a message. */
const MAX_LISTED = 5;

const SETTING_MAPPING = "anpo.mapping";
const SETTING_ALLOW_LIST = "anpo.allowList";
const SETTING_BLOCKS = "anpo.blocks";

export type ProblemCode =
  | "EMPTY_SHEET"
  | "NO_DATA_ROWS"
  | "NO_HEADER"
  | "MERGED_CELLS"
  | "FOREIGN_CONTENT"
  | "NO_ROOM"
  | "DATA_CHANGED"
  | "ROWS_CHANGED"
  | "SHEET_PROTECTED"
  | "EXCEL_ERROR"
  | "PROCESSING_ERROR";

/** A reason the add-in will not read or write a sheet, with the place it concerns. */
export class SheetProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly text: Text,
    readonly address?: string,
  ) {
    super(text.en);
    this.name = "SheetProblem";
  }
}

/** The order data found on a sheet and where the output block goes. All indexes 0-based, absolute. */
export interface DataRegion {
  sheet: string;
  tableName: string | null;
  headerRow: number;
  firstRow: number;
  /** Data rows below the header. */
  rowCount: number;
  firstCol: number;
  /** Order-data columns (our block and anything right of it excluded). */
  colCount: number;
  headers: string[];
  /** First column of the output block. */
  blockCol: number;
  /** True when an earlier block of ours is there (it will be replaced). */
  hasBlock: boolean;
  /**
   * True when that block has the key column (rows bound to their orders, cells checkable); false for a block
   * written before keys existed (its cells under our headers are taken as ours, as that version did).
   */
  keyed?: boolean;
  /** The data's address, for messages and the audit row. */
  address: string;
  /** Mean JSON bytes of one data row (all data columns) in the first rows, for sizing reads. */
  sampleRowBytes: number;
}

export interface DetectedData {
  region: DataRegion;
  /** Things the user should know (hidden rows, skipped title lines, columns right of the block …). */
  notes: Text[];
  /** Header → field chosen by the user on an earlier run of this sheet ("" = deliberately unmapped). */
  savedMapping: Record<string, CanonicalField | ""> | null;
}

/** Accumulated statistics of the Excel traffic of one run (for the progress line and the benchmark). */
export interface SyncStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  retries: number;
}

export interface RunOptions {
  region: DataRegion;
  /** Field per data column (index relative to region.firstCol); null = not screened. */
  columns: ReadonlyArray<CanonicalField | null>;
  lang: Lang;
  /**
   * Screens one block of rows (each row holds the data columns; unread columns are undefined) and returns
   * the output-block rows, one per input row, BLOCK_WIDTH wide; or null when the user cancelled.
   */
  processBlock(rows: unknown[][], firstRow: number): Promise<unknown[][] | null>;
  onProgress?(rowsDone: number, rowsTotal: number): void;
  isCancelled(): boolean;
  /** Builds the audit row once the outcome is known. */
  audit(status: RunStatus, rowsScreened: number, message?: string): AuditEntry;
}

export interface RunReport {
  status: RunStatus;
  rowsScreened: number;
  stats: SyncStats;
  error?: SheetProblem;
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

function problemFromError(error: unknown, during: "detect" | "run" = "run"): SheetProblem {
  if (error instanceof SheetProblem) return error;
  const e = error as { code?: unknown; message?: unknown; name?: unknown } | null;
  const message = typeof e?.message === "string" ? e.message : String(error);
  // Office.js errors are OfficeExtension.Error with a string code; anything else came from our side.
  if (
    typeof e?.code === "string" &&
    (e?.name === "RichApi.Error" || e?.name === "OfficeExtension.Error" || /^[A-Z][A-Za-z]+$/.test(e.code))
  ) {
    return new SheetProblem("EXCEL_ERROR", {
      ja: `Excel がエラーを返しました（${e.code}: ${message}）。書き込み済みでない行は「未審査」と表示されます。`,
      en: `Excel returned an error (${e.code}: ${message}). Rows not written are marked "not screened".`,
    });
  }
  if (during === "detect") {
    return new SheetProblem("PROCESSING_ERROR", {
      ja: `シートを読み取れませんでした（${message}）。シートは変更していません。`,
      en: `Could not read the sheet (${message}). Nothing was changed.`,
    });
  }
  return new SheetProblem("PROCESSING_ERROR", {
    ja: `審査中にエラーが起きました（${message}）。書き込み済みでない行は「未審査」と表示されます。`,
    en: `Screening failed (${message}). Rows not written are marked "not screened".`,
  });
}

function trackedSync(
  context: Excel.RequestContext,
  stats: SyncStats,
  requestBytes: number,
  responseBytes = 0,
): Promise<void> {
  stats.syncs++;
  stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
  stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
  return context.sync();
}

function newStats(): SyncStats {
  return { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, retries: 0 };
}

/** Contiguous column spans (relative indexes) to read for the mapped columns; small gaps are read through. */
export function readSpans(
  columns: ReadonlyArray<CanonicalField | null>,
  maxGap = 2,
): Array<{ start: number; count: number }> {
  const spans: Array<{ start: number; count: number }> = [];
  for (let i = 0; i < columns.length; i++) {
    if (!columns[i]) continue;
    const last = spans[spans.length - 1];
    if (last && i - (last.start + last.count) <= maxGap) last.count = i - last.start + 1;
    else spans.push({ start: i, count: 1 });
  }
  return spans;
}

function text(value: unknown): string {
  return headerText(value).trim();
}

function parseJson<T>(value: unknown): T | null {
  if (typeof value !== "string" || !value) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Finding the data

/** Finds the order data on the active sheet. Throws SheetProblem with a clear message when it cannot. */
export async function detectData(): Promise<DetectedData> {
  try {
    return await Excel.run(async (context) => detectIn(context, newStats()));
  } catch (error) {
    throw problemFromError(error, "detect");
  }
}

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Work a caller adds to the detection's last batch (knowing where the data is, before it is confirmed). */
type DetectHook = (ws: Excel.Worksheet, region: DataRegion) => void;

/**
 * Another sheet than the active one, and the cell that stands in for the selection there (the last data
 * column of the first data row of the block recorded in the workbook's settings).
 */
interface DetectTarget {
  sheet: string;
  row: number;
  col: number;
}

async function detectIn(
  context: Excel.RequestContext,
  stats: SyncStats,
  hook?: DetectHook,
  target?: DetectTarget,
): Promise<DetectedData> {
  const ws = target
    ? context.workbook.worksheets.getItem(target.sheet)
    : context.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  const selection = target ? ws.getRangeByIndexes(target.row, target.col, 1, 1) : context.workbook.getSelectedRange();
  selection.load("rowIndex,columnIndex");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const tables = ws.tables;
  tables.load("items/name,items/showTotals");
  const selRegion = selection.getSurroundingRegion();
  selRegion.load("rowIndex,columnIndex,rowCount,columnCount");
  await trackedSync(context, stats, 0);

  const sheet = ws.name;
  if (used.isNullObject) {
    throw new SheetProblem(
      "EMPTY_SHEET",
      {
        ja: `シート「${sheet}」は空です。注文データのあるシートを開いてください。`,
        en: `Sheet "${sheet}" is empty. Open the sheet that holds the order rows.`,
      },
      a1(sheet, 0, 0),
    );
  }

  // Where the data is: the table holding the selection (or the only table), else the region around the
  // selection, else the region around the first used cell, else the whole used range.
  let box: Box | null = null;
  let tableName: string | null = null;
  let totalsRow = false;
  const notes: Text[] = [];
  if (tables.items.length > 0) {
    const ranges = tables.items.map((t) => {
      const r = t.getRange();
      r.load("rowIndex,columnIndex,rowCount,columnCount");
      return r;
    });
    await trackedSync(context, stats, 0);
    const sr = selection.rowIndex;
    const sc = selection.columnIndex;
    let pick = ranges.findIndex(
      (r) =>
        sr >= r.rowIndex && sr < r.rowIndex + r.rowCount && sc >= r.columnIndex && sc < r.columnIndex + r.columnCount,
    );
    if (pick < 0 && ranges.length === 1) pick = 0;
    if (pick >= 0) {
      const r = ranges[pick];
      box = { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
      tableName = tables.items[pick].name;
      totalsRow = tables.items[pick].showTotals;
    }
  }
  if (!box && selRegion.rowCount >= 2) {
    box = {
      row: selRegion.rowIndex,
      col: selRegion.columnIndex,
      rows: selRegion.rowCount,
      cols: selRegion.columnCount,
    };
  }
  if (!box) {
    const first = ws.getRangeByIndexes(used.rowIndex, used.columnIndex, 1, 1).getSurroundingRegion();
    first.load("rowIndex,columnIndex,rowCount,columnCount");
    await trackedSync(context, stats, 0);
    box =
      first.rowCount >= 2
        ? { row: first.rowIndex, col: first.columnIndex, rows: first.rowCount, cols: first.columnCount }
        : { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  }

  // The header row among the first rows of that region.
  const top = ws.getRangeByIndexes(box.row, box.col, Math.min(HEADER_SEARCH_ROWS, box.rows), box.cols);
  top.load("values");
  await trackedSync(context, stats, 0, jsonBytes(box.cols * Math.min(HEADER_SEARCH_ROWS, box.rows)) * 8);
  const topValues = top.values as unknown[][];
  const guess = findHeaderRow(topValues, HEADER_SEARCH_ROWS);
  if (!guess) {
    throw new SheetProblem(
      "NO_HEADER",
      {
        ja: `${a1(sheet, box.row, box.col, Math.min(HEADER_SEARCH_ROWS, box.rows), box.cols)} の先頭の行に、列の見出し（例: 仕向地、HSコード、該非判定、最終需要者）が見つかりません。データの上に見出し行を入れてください。`,
        en: `No header row found in the first rows of ${a1(sheet, box.row, box.col, Math.min(HEADER_SEARCH_ROWS, box.rows), box.cols)}. Add a row of column names above the data (for example Destination, HS code, List control, End user).`,
      },
      a1(sheet, box.row, box.col, 1, box.cols),
    );
  }
  if (guess.index > 0) {
    notes.push({
      ja: `見出し行は ${guess.index + box.row + 1} 行目です。その上の ${guess.index} 行は見出し・データとして扱いません。`,
      en: `The header row is row ${guess.index + box.row + 1}; the ${guess.index} row(s) above it are not treated as data.`,
    });
  }
  const headerRow = box.row + guess.index;
  const headerValues = topValues[guess.index];
  const firstRow = headerRow + 1;
  const lastRow = box.row + box.rows - 1 - (totalsRow ? 1 : 0);
  const rowCount = lastRow - firstRow + 1;

  // Our own block inside the region (adjacent to the data, so the region reaches into it).
  const own = findOwnBlockStart(headerValues);
  const colCount = own >= 0 ? own : box.cols;
  if (colCount === 0) {
    throw new SheetProblem(
      "NO_HEADER",
      {
        ja: "このシートには審査結果の列しかありません。注文データの列が見つかりません。",
        en: "This sheet holds only screening-result columns; no order-data columns were found.",
      },
      a1(sheet, headerRow, box.col, 1, box.cols),
    );
  }
  if (rowCount <= 0) {
    throw new SheetProblem(
      "NO_DATA_ROWS",
      {
        ja: `見出し行（${headerRow + 1} 行目）の下にデータ行がありません。`,
        en: `There are no data rows below the header row (row ${headerRow + 1}).`,
      },
      a1(sheet, headerRow, box.col, 1, box.cols),
    );
  }
  const blockCol = box.col + colCount;
  if (blockCol + BLOCK_WIDTH > MAX_COLUMNS) {
    throw new SheetProblem(
      "NO_ROOM",
      {
        ja: `データの右側（列 ${columnLetter(blockCol)} 以降）に結果を書く ${BLOCK_WIDTH} 列の余地がありません（Excel の列は ${columnLetter(MAX_COLUMNS - 1)} まで）。列を減らすか、データを左に寄せてください。`,
        en: `There is no room for the ${BLOCK_WIDTH} result columns to the right of the data (from column ${columnLetter(blockCol)}; Excel ends at column ${columnLetter(MAX_COLUMNS - 1)}). Remove columns or move the data left.`,
      },
      a1(sheet, headerRow, blockCol, 1, Math.max(1, MAX_COLUMNS - blockCol)),
    );
  }
  const headers = headerValues.slice(0, colCount).map(text);
  const region: DataRegion = {
    sheet,
    tableName,
    headerRow,
    firstRow,
    rowCount,
    firstCol: box.col,
    colCount,
    headers,
    blockCol,
    hasBlock: false,
    address: a1(sheet, headerRow, box.col, rowCount + 1, colCount),
    sampleRowBytes: sampleBytes(topValues.slice(guess.index + 1), colCount),
  };

  // Checks on the cells we would read and write.
  const blockHeader = ws.getRangeByIndexes(headerRow, blockCol, 1, BLOCK_WIDTH);
  blockHeader.load("values");
  const blockColumnsUsed = BLOCK_COLUMNS.map((_, k) => {
    const r = ws.getRangeByIndexes(firstRow, blockCol + k, rowCount, 1).getUsedRangeOrNullObject(true);
    r.load("address");
    return r;
  });
  const whole = ws.getRangeByIndexes(headerRow, box.col, rowCount + 1, colCount + BLOCK_WIDTH);
  const merged = whole.getMergedAreasOrNullObject();
  merged.load("address,areaCount");
  const dataRange = ws.getRangeByIndexes(firstRow, box.col, rowCount, colCount);
  dataRange.load("rowHidden");
  const settings = context.workbook.settings;
  const savedMapping = settings.getItemOrNullObject(SETTING_MAPPING);
  savedMapping.load("value");
  const protection = ws.protection;
  protection.load("protected");
  hook?.(ws, region);
  await trackedSync(context, stats, 0);

  if (protection.protected) {
    throw new SheetProblem(
      "SHEET_PROTECTED",
      {
        ja: `シート「${sheet}」は保護されています。結果を書き込めないため審査しません。［校閲］→［シート保護の解除］で保護を解除してから、もう一度［データを確認］してください。`,
        en: `Sheet "${sheet}" is protected, so no results can be written; nothing was screened. Unprotect it (Review → Unprotect Sheet), then press Check data again.`,
      },
      a1(sheet, headerRow, blockCol, 1, BLOCK_WIDTH),
    );
  }

  if (!merged.isNullObject) {
    const areas = String(merged.address).split(",");
    const listed = areas.slice(0, MAX_LISTED).join(", ") + (areas.length > MAX_LISTED ? " …" : "");
    throw new SheetProblem(
      "MERGED_CELLS",
      {
        ja: `データ範囲に結合セルがあります（${listed}）。結合を解除してから審査してください（結合セルでは行と結果が対応しません）。`,
        en: `The data range contains merged cells (${listed}). Unmerge them before screening: merged cells break the row-to-result match.`,
      },
      areas[0],
    );
  }

  const blockHeaderValues = (blockHeader.values as unknown[][])[0];
  const foreign: string[] = [];
  BLOCK_COLUMNS.forEach((_, k) => {
    const h = blockHeaderValues[k];
    if (isOwnHeader(h)) return; // content under our header is ours
    if (text(h) !== "") foreign.push(a1(sheet, headerRow, blockCol + k));
    else if (!blockColumnsUsed[k].isNullObject) foreign.push(blockColumnsUsed[k].address);
  });
  if (foreign.length > 0) {
    const listed = foreign.slice(0, MAX_LISTED).join(", ") + (foreign.length > MAX_LISTED ? " …" : "");
    throw new SheetProblem(
      "FOREIGN_CONTENT",
      {
        ja: `結果を書く列 ${columnLetter(blockCol)}〜${columnLetter(blockCol + BLOCK_WIDTH - 1)} に、このアドインが書いたものではない内容があります（${listed}）。上書きしないため審査を中止しました。その列を空けるか、内容を別の場所へ移してください。`,
        en: `The result columns ${columnLetter(blockCol)}–${columnLetter(blockCol + BLOCK_WIDTH - 1)} hold content this add-in did not write (${listed}). Nothing was overwritten. Clear those columns or move their content elsewhere.`,
      },
      foreign[0],
    );
  }
  region.hasBlock = blockHeaderValues.some(isOwnHeader);
  region.keyed = ownColumnIndex(blockHeaderValues[BLOCK_INDEX.input_key]) === BLOCK_INDEX.input_key;

  if (dataRange.rowHidden !== false) {
    notes.push({
      ja: "非表示またはフィルターで隠れた行があります。隠れた行も含めてすべての行を審査し、結果を書き込みます。",
      en: "Some rows are hidden or filtered out. Every row, hidden ones included, is screened and gets a result.",
    });
  }
  if (own >= 0 && own + BLOCK_WIDTH < box.cols) {
    notes.push({
      ja: `審査結果の列より右の列（${columnLetter(blockCol + BLOCK_WIDTH)} 以降）は審査に使いません。`,
      en: `Columns right of the result columns (from ${columnLetter(blockCol + BLOCK_WIDTH)}) are not screened.`,
    });
  }
  if (tableName && totalsRow) {
    notes.push({
      ja: `テーブル「${tableName}」の集計行は審査しません。`,
      en: `The totals row of table "${tableName}" is not screened.`,
    });
  }

  const mappings = parseJson<Record<string, Record<string, CanonicalField | "">>>(
    savedMapping.isNullObject ? null : savedMapping.value,
  );
  return { region, notes, savedMapping: mappings?.[sheet] ?? null };
}

/** Mean JSON bytes of a data row among the sample rows read with the header (for sizing the first block). */
function sampleBytes(rows: unknown[][], colCount: number): number {
  const sample = rows
    .filter((r) => r.some((v) => v !== "" && v !== null && v !== undefined))
    .map((r) => r.slice(0, colCount));
  return sample.length === 0 ? 8 * colCount : Math.ceil(jsonBytes(sample) / sample.length);
}

/** Same data as detected before, or a DATA_CHANGED problem (the user edited the sheet in between). */
function sameShape(a: DataRegion, b: DataRegion): boolean {
  return (
    a.sheet === b.sheet &&
    a.headerRow === b.headerRow &&
    a.firstCol === b.firstCol &&
    a.colCount === b.colCount &&
    a.blockCol === b.blockCol &&
    a.headers.join("\u0000") === b.headers.join("\u0000")
  );
}

// ---------------------------------------------------------------------------------------------------------
// The run: read blocks, screen them, write the output block

interface BlockExtent {
  headerRow: number;
  blockCol: number;
  lastRow: number;
  /** Rows carry keys (written by a version that binds results to their orders). */
  keyed?: boolean;
}

/** Stops a run: the rows being screened changed, or block cells not yet written were edited. */
class RunStopped extends Error {
  constructor(readonly problem: SheetProblem) {
    super(problem.text.en);
  }
}

const MAX_LISTED_CELLS = 8;

function listed(cells: string[]): string {
  return cells.slice(0, MAX_LISTED_CELLS).join(", ") + (cells.length > MAX_LISTED_CELLS ? ` … (${cells.length})` : "");
}

function foreignProblem(region: DataRegion, cells: string[], during: "before" | "run"): SheetProblem {
  const where = `${columnLetter(region.blockCol)}〜${columnLetter(region.blockCol + BLOCK_WIDTH - 1)}`;
  return new SheetProblem(
    "FOREIGN_CONTENT",
    during === "before"
      ? {
          ja: `結果の列 ${where} に、このアドインが書いたものではない内容があります（${listed(cells)}）。上書きも消去もしないため審査を中止しました。その内容を別の場所へ移すか消してから、もう一度審査してください。`,
          en: `The result columns ${where.replace("〜", "–")} hold content this add-in did not write (${listed(cells)}). Nothing was overwritten or cleared. Move or delete that content, then screen again.`,
        }
      : {
          ja: `審査中に、まだ結果を書いていない結果の列のセルが編集されました（${listed(cells)}）。そのセルを上書きしないため審査を中止しました。`,
          en: `Cells of the result columns not yet written were edited during the run (${listed(cells)}). The run stopped so as not to overwrite them.`,
        },
    cells[0],
  );
}

function rowsChangedProblem(where: string[]): SheetProblem {
  return new SheetProblem(
    "ROWS_CHANGED",
    {
      ja: `審査中に、審査している行のデータが変更されました（${listed(where)}）。行と結果の対応が崩れるため審査を中止しました。変更された行には結果を書き込んでいません。これまでに書いた結果のうち入力が変わった行は「入力が変更されました」と表示します。編集や並べ替えが終わってから、もう一度審査してください。`,
      en: `The rows being screened changed during the run (${listed(where)}). The run stopped so that no result lands beside another order; nothing was written to the rows that changed. Results already written whose inputs changed are marked "Inputs changed since screening". Screen again once the edit or sort is finished.`,
    },
    where[0],
  );
}

/** Sheet rows (0-based) among `rows` whose mapped inputs differ from `fresh`. */
function changedRows(
  before: unknown[][],
  fresh: unknown[][],
  columns: ReadonlyArray<CanonicalField | null>,
  start: number,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < before.length; i++)
    if (inputFingerprint(before[i], columns) !== inputFingerprint(fresh[i], columns)) out.push(start + i);
  return out;
}

/**
 * Reads the block's cells of rows [from, from + count) in pieces that stay under Excel's response limit
 * (halved when Excel still refuses one), calling `visit` for each row.
 */
async function readBlockArea(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  region: DataRegion,
  from: number,
  count: number,
  stats: SyncStats,
  visit: (row: number, cells: unknown[]) => void,
): Promise<void> {
  const end = from + count;
  let row = from;
  let piece = 2_000;
  while (row < end) {
    const n = Math.min(piece, end - row);
    const r = ws.getRangeByIndexes(row, region.blockCol, n, BLOCK_WIDTH);
    r.load("values");
    try {
      await trackedSync(context, stats, 0, n * BLOCK_WIDTH * 16);
    } catch (error) {
      if (!isPayloadLimitError(error) || n === 1) throw error;
      stats.retries++;
      piece = Math.max(1, Math.floor(n / 2));
      continue;
    }
    const values = r.values as unknown[][];
    for (let i = 0; i < values.length; i++) visit(row + i, values[i]);
    const perRow = jsonBytes(values) / Math.max(1, n);
    row += n;
    piece = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(3_500_000 / Math.max(1, perRow))));
  }
}

/**
 * Which rows of the block area hold only what the add-in wrote. `legacy` blocks (written before keys) are
 * taken as ours, as that version did; keyed rows must carry a key whose fingerprint matches their cells.
 */
async function checkBlockArea(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  region: DataRegion,
  from: number,
  count: number,
  stats: SyncStats,
  legacy: boolean,
): Promise<{ foreignCells: string[]; foreignRows: Set<number> }> {
  const foreignCells: string[] = [];
  const foreignRows = new Set<number>();
  if (count <= 0) return { foreignCells, foreignRows };
  // Only the rows that hold anything are read.
  const used = ws.getRangeByIndexes(from, region.blockCol, count, BLOCK_WIDTH).getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await trackedSync(context, stats, 0);
  if (used.isNullObject) return { foreignCells, foreignRows };
  await readBlockArea(context, ws, region, used.rowIndex, used.rowCount, stats, (row, cells) => {
    if (legacy) return;
    const state = classifyBlockRow(cells);
    if (state.kind !== "foreign") return;
    foreignRows.add(row);
    for (const j of state.columns) foreignCells.push(a1(region.sheet, row, region.blockCol + j));
  });
  return { foreignCells, foreignRows };
}

/** Consecutive runs of rows in [from, to] not in `skip`. */
function runsOutside(from: number, to: number, skip: Set<number>): Array<{ start: number; count: number }> {
  const runs: Array<{ start: number; count: number }> = [];
  let start = -1;
  for (let r = from; r <= to + 1; r++) {
    const ok = r <= to && !skip.has(r);
    if (ok && start < 0) start = r;
    if (!ok && start >= 0) {
      runs.push({ start, count: r - start });
      start = -1;
    }
  }
  return runs;
}

/** The "not screened" mark of a row a stopped run did not reach, with its key (no input: no result). */
function notScreenedRow(lang: Lang): unknown[] {
  const cells: unknown[] = new Array(BLOCK_WIDTH).fill("");
  cells[BLOCK_INDEX.decision] = NOT_SCREENED_LABEL[lang];
  cells[BLOCK_INDEX.code] = NOT_SCREENED_CODE;
  cells[BLOCK_INDEX.input_key] = makeKey("", NO_INPUT, cells);
  return cells;
}

/**
 * Screens every row of the region and writes the output block. Checks the sheet again first (it may have
 * changed since detection), then every cell of the area it will write or clear, including rows an earlier,
 * longer block covered: anything the add-in did not write stops the run before a cell is touched. Before
 * each block is written its rows are read again and compared with the rows that were screened; the sheet's
 * change and sort events are watched for the whole run. Any change to the rows being screened stops the run
 * with nothing written to those rows. Never throws: problems come back in the report, and the sheet is left
 * consistent: every row holds either this run's result (with its key), or, after a cancel or stop part-way,
 * the mark "not screened", or a result of an earlier run whose key still matches its order (a result whose
 * order changed is marked stale); when the run stops before writing anything, the earlier block stays.
 */
export async function runScreening(options: RunOptions): Promise<RunReport> {
  const stats = newStats();
  const progress = { rowsScreened: 0, wrote: false };
  let region = options.region;
  let watch: Watch | null = null;
  try {
    return await Excel.run(async (context) => {
      // The sheet is checked again (it may have changed since "Check data"); the settings, the log sheet
      // and the first block of rows are read in the same batch as that check.
      const columns = options.columns.slice(0, options.region.colCount);
      const spans = readSpans(columns);
      const cellsPerRow = Math.max(
        1,
        spans.reduce((n, sp) => n + sp.count, 0),
      );
      let state: () => StoredState = () => ({ mappings: {}, extents: {} });
      let log: LogLookup | null = null;
      let pendingRead: PendingRead | null = null;
      let writeBytesPerRow = INITIAL_WRITE_BYTES_PER_ROW;
      const blockRowsFor = (readBytesPerRow: number) =>
        Math.max(
          1,
          Math.min(rowsPerReadBlock(readBytesPerRow, cellsPerRow), Math.floor(PAYLOAD_BUDGET_BYTES / writeBytesPerRow)),
        );
      const detected = await detectIn(context, stats, (ws, fresh) => {
        state = loadState(context);
        log = lookUpLog(context);
        // Changes from here on are seen by the watcher (registered with this batch).
        watch = watchSheet(ws);
        if (sameShape(fresh, options.region) && fresh.rowCount > 0) {
          const perRow = (fresh.sampleRowBytes * cellsPerRow) / Math.max(1, fresh.colCount);
          pendingRead = queueRead(ws, fresh, spans, fresh.firstRow, Math.min(fresh.rowCount, blockRowsFor(perRow)));
        }
      });
      if (!sameShape(detected.region, options.region)) {
        throw new SheetProblem(
          "DATA_CHANGED",
          {
            ja: "前回の確認のあとでシートの見出しや範囲が変わりました。もう一度［データを確認］してください。",
            en: "The sheet's headers or data range changed since it was checked. Press Check data again.",
          },
          detected.region.address,
        );
      }
      // The number of rows may have changed; the fresh count is the one written.
      region = detected.region;
      const ws = context.workbook.worksheets.getItem(region.sheet);
      const total = region.rowCount;
      const last = region.firstRow + total - 1;
      options.onProgress?.(0, total);
      const stored = state();
      const logLookup = log as unknown as LogLookup;
      queueLogRows(logLookup, stats);
      const previous = stored.extents[region.sheet];
      const samePlace = !!previous && previous.blockCol === region.blockCol && previous.headerRow === region.headerRow;
      const areaLast = samePlace ? Math.max(last, previous.lastRow) : last;
      const legacy = region.hasBlock && !region.keyed;
      const changes = (watch as Watch | null)?.log ?? new ChangeLog();

      // Every cell of the area this run writes or clears, before anything is written: rows an earlier,
      // longer block covered too. Merged cells there are refused like merged cells in the data.
      if (areaLast > last) {
        const tail = ws.getRangeByIndexes(last + 1, region.blockCol, areaLast - last, BLOCK_WIDTH);
        const merged = tail.getMergedAreasOrNullObject();
        merged.load("address");
        await trackedSync(context, stats, 0);
        if (!merged.isNullObject) {
          throw new SheetProblem(
            "MERGED_CELLS",
            {
              ja: `前回の結果の範囲に結合セルがあります（${merged.address}）。結合を解除してから審査してください。`,
              en: `The area of the earlier results contains merged cells (${merged.address}). Unmerge them before screening.`,
            },
            String(merged.address).split(",")[0],
          );
        }
      }
      if (region.hasBlock || areaLast > last) {
        const area = await checkBlockArea(
          context,
          ws,
          region,
          region.firstRow,
          areaLast - region.firstRow + 1,
          stats,
          legacy,
        );
        if (area.foreignCells.length > 0) throw foreignProblem(region, area.foreignCells, "before");
      }

      const dataArea: WatchBox = {
        row: region.headerRow,
        col: region.firstCol,
        rows: areaLast - region.headerRow + 1,
        cols: region.colCount,
      };
      /** The first change to the order rows (data columns) or to block cells this run has not written yet. */
      const stopIfChanged = (nextUnwritten: number) => {
        const data = changes.firstTouching(dataArea);
        if (data) throw new RunStopped(rowsChangedProblem([changeAddress(region, data)]));
        const block = changes.firstTouching({
          row: nextUnwritten,
          col: region.blockCol,
          rows: Math.max(1, areaLast - nextUnwritten + 1),
          cols: BLOCK_WIDTH,
        });
        if (block) throw new RunStopped(foreignProblem(region, [changeAddress(region, block)], "run"));
      };

      while (pendingRead) {
        const read: PendingRead = pendingRead;
        const rows = read.result();
        const start = read.start;
        const next = start + rows.length;
        const readBytesPerRow = jsonBytes(rows) / Math.max(1, rows.length);
        pendingRead = null;

        let out = options.isCancelled() ? null : await options.processBlock(rows, start);
        if (!out || options.isCancelled()) {
          return await finishIncomplete(context, ws, region, options, stats, stored, logLookup, progress, "cancelled");
        }
        if (out.length !== rows.length) throw new Error(`processBlock returned ${out.length} rows for ${rows.length}`);

        // The rows must still hold the orders they were read with: read them again, and look at what the
        // watcher saw, before anything of this block is written.
        const again = queueRead(ws, region, spans, start, rows.length);
        await trackedSync(context, stats, 0, again.estimate);
        const moved = changedRows(rows, again.result(), columns, start);
        if (moved.length > 0)
          throw new RunStopped(
            rowsChangedProblem(moved.map((r) => a1(region.sheet, r, region.firstCol, 1, region.colCount))),
          );
        stopIfChanged(start);

        // Each row carries the key of the order it was computed from; text stays text.
        out = rowsAsText(out.map((cells, i) => withKey(cells, rows[i], columns)));
        // Blocks are sized so that a block's output fits one request: learn the output size as we go.
        writeBytesPerRow = Math.max(64, (jsonBytes(out) / Math.max(1, out.length)) * 1.02);

        // Write this block; the read of the next block rides in the same batch as the first write.
        const chunks = splitRowsByBytes(out, PAYLOAD_BUDGET_BYTES);
        for (let c = 0; c < chunks.length; c++) {
          const chunk = chunks[c];
          const row = start + chunk.start;
          const readNext = c === 0 && next <= last;
          const nextRows = Math.min(blockRowsFor(readBytesPerRow), last - next + 1);
          context.workbook.application.suspendApiCalculationUntilNextSync();
          if (!progress.wrote)
            ws.getRangeByIndexes(region.headerRow, region.blockCol, 1, BLOCK_WIDTH).values = [
              blockHeaders(options.lang),
            ];
          ws.getRangeByIndexes(row, region.blockCol, chunk.rows.length, BLOCK_WIDTH).values = chunk.rows as never;
          if (readNext) pendingRead = queueRead(ws, region, spans, next, nextRows);
          try {
            await trackedSync(
              context,
              stats,
              chunk.bytes,
              readNext && pendingRead ? (pendingRead as PendingRead).estimate : 0,
            );
          } catch (error) {
            if (!isPayloadLimitError(error)) throw error;
            // Excel refused the batch as too large: write it again in halves, then read a smaller block.
            stats.retries++;
            pendingRead = null;
            progress.wrote = progress.wrote || (await headerWritten(context, ws, region));
            if (!progress.wrote) {
              ws.getRangeByIndexes(region.headerRow, region.blockCol, 1, BLOCK_WIDTH).values = [
                blockHeaders(options.lang),
              ];
              await trackedSync(context, stats, 2048);
            }
            await writeInHalves(context, ws, region, row, chunk.rows as unknown[][], stats);
            if (readNext) {
              pendingRead = queueRead(ws, region, spans, next, Math.max(1, Math.floor(nextRows / 2)));
              await trackedSync(context, stats, 0, (pendingRead as PendingRead).estimate);
            }
          }
          progress.wrote = true;
          progress.rowsScreened = row + chunk.rows.length - region.firstRow;
          options.onProgress?.(progress.rowsScreened, total);
        }
      }
      stopIfChanged(last + 1);

      // Formatting after values; then the audit row and settings; all in the last batch.
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      formatBlock(ws, region);
      if (areaLast > last) {
        // Rows an earlier, longer block covered: checked before the run; cleared only where still ours.
        const tail = await checkBlockArea(context, ws, region, last + 1, areaLast - last, stats, legacy);
        for (const r of runsOutside(last + 1, areaLast, tail.foreignRows))
          ws.getRangeByIndexes(r.start, region.blockCol, r.count, BLOCK_WIDTH).clear("All");
      }
      const entry = options.audit("completed", progress.rowsScreened);
      await appendAudit(context, logLookup, entry, options.lang, stats);
      saveState(context, stored, region, options.columns, {
        headerRow: region.headerRow,
        blockCol: region.blockCol,
        lastRow: last,
        keyed: true,
      });
      context.workbook.application.calculate("Recalculate");
      (watch as Watch | null)?.remove();
      watch = null;
      await trackedSync(context, stats, jsonBytes(auditRow(entry, options.lang)) + 4096);
      return { status: "completed" as RunStatus, rowsScreened: progress.rowsScreened, stats };
    });
  } catch (error) {
    const stopped = error instanceof RunStopped ? error.problem : null;
    const problem = stopped ?? problemFromError(error);
    if (stopped || problem.code === "EXCEL_ERROR" || problem.code === "PROCESSING_ERROR") {
      // The run stopped part-way: in a fresh context, mark the rows it did not finish (only where the cells
      // are still ours), and mark stale the results it wrote whose orders have changed since.
      try {
        await Excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(region.sheet);
          const state = loadState(context);
          const log = lookUpLog(context);
          await trackedSync(context, stats, 0);
          queueLogRows(log, stats);
          const rowsChanged = stopped?.code === "ROWS_CHANGED";
          if (rowsChanged && progress.rowsScreened > 0) {
            // Results this run wrote whose orders have moved or changed since.
            await markStaleIn(context, ws, region, options.columns.slice(0, region.colCount), options.lang, stats, {
              from: region.firstRow,
              count: progress.rowsScreened,
            });
          }
          await finishIncomplete(
            context,
            ws,
            region,
            options,
            stats,
            state(),
            log,
            progress,
            "failed",
            problem.text.en,
            rowsChanged,
          );
        });
      } catch {
        // Excel is not answering at all; the report tells the user, and the log could not be written.
      }
    }
    return { status: "failed", rowsScreened: progress.rowsScreened, stats, error: problem };
  } finally {
    // The run ended before it removed its handlers (an error, a stop): remove them in their own context.
    if (watch) await (watch as Watch).removeAndSync().catch(() => undefined);
  }
}

/** A change's address for a message, with the sheet's name. */
function changeAddress(region: DataRegion, change: SheetChange): string {
  return change.address.includes("!") ? change.address : `${region.sheet}!${change.address}`;
}

/** Whether our header row is in place (after a refused batch, to know whether anything was written). */
async function headerWritten(context: Excel.RequestContext, ws: Excel.Worksheet, region: DataRegion): Promise<boolean> {
  const r = ws.getRangeByIndexes(region.headerRow, region.blockCol, 1, BLOCK_WIDTH);
  r.load("values");
  await context.sync();
  return (r.values as unknown[][])[0].some(isOwnHeader);
}

interface PendingRead {
  start: number;
  count: number;
  estimate: number;
  result(): unknown[][];
}

/** Queues the read of `count` data rows from `start` (only the mapped column spans). */
function queueRead(
  ws: Excel.Worksheet,
  region: DataRegion,
  spans: Array<{ start: number; count: number }>,
  start: number,
  count: number,
): PendingRead {
  const ranges = spans.map((s) => {
    const r = ws.getRangeByIndexes(start, region.firstCol + s.start, count, s.count);
    r.load("values");
    return r;
  });
  return {
    start,
    count,
    estimate: count * spans.reduce((n, s) => n + s.count, 0) * 16,
    result() {
      const rows: unknown[][] = [];
      for (let i = 0; i < count; i++) rows.push(new Array(region.colCount));
      spans.forEach((s, k) => {
        const values = ranges[k].values as unknown[][];
        for (let i = 0; i < count; i++) {
          const src = values[i];
          const dst = rows[i];
          for (let j = 0; j < s.count; j++) dst[s.start + j] = src[j];
        }
      });
      return rows;
    },
  };
}

async function writeInHalves(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  region: DataRegion,
  row: number,
  rows: unknown[][],
  stats: SyncStats,
): Promise<void> {
  if (rows.length === 0) return;
  context.workbook.application.suspendApiCalculationUntilNextSync();
  ws.getRangeByIndexes(row, region.blockCol, rows.length, BLOCK_WIDTH).values = rows as never;
  try {
    await trackedSync(context, stats, jsonBytes(rows));
  } catch (error) {
    if (!isPayloadLimitError(error) || rows.length === 1) throw error;
    stats.retries++;
    const half = Math.ceil(rows.length / 2);
    await writeInHalves(context, ws, region, row, rows.slice(0, half), stats);
    await writeInHalves(context, ws, region, row + half, rows.slice(half), stats);
  }
}

interface LogLookup {
  sheet: Excel.Worksheet;
  used: Excel.Range | null;
  /** stats.syncs when `used` was queued; its properties are readable once a later sync has run. */
  queuedAt: number;
}

/** Queues the lookup of the log sheet (no chained calls on a possibly-null object). */
function lookUpLog(context: Excel.RequestContext): LogLookup {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET_NAME);
  sheet.load("name");
  return { sheet, used: null, queuedAt: -1 };
}

/** After the lookup's batch: queues the load of the log sheet's used rows, if it exists. */
function queueLogRows(log: LogLookup, stats: SyncStats): void {
  if (log.sheet.isNullObject || log.used) return;
  log.used = log.sheet.getUsedRangeOrNullObject(true);
  log.used.load("rowIndex,rowCount");
  log.queuedAt = stats.syncs;
}

/**
 * After a cancel or a failure. When this run wrote part of the block, the rows it did not reach are marked
 * "not screened" (so no earlier result is left beside a row this run did not reach) wherever their cells are
 * still the add-in's; when it wrote nothing, the earlier block stays as it was. When the run stopped because
 * the rows changed (`stale`), nothing is written to the rows not reached: results there whose order changed
 * are marked stale instead, the others still belong to their orders. Either way the log records it.
 */
async function finishIncomplete(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  region: DataRegion,
  options: RunOptions,
  stats: SyncStats,
  stored: StoredState,
  log: LogLookup,
  progress: { rowsScreened: number; wrote: boolean },
  status: RunStatus,
  message?: string,
  stale = false,
): Promise<RunReport> {
  const last = region.firstRow + region.rowCount - 1;
  const fromRow = region.firstRow + progress.rowsScreened;
  const remaining = last - fromRow + 1;
  const legacy = region.hasBlock && !region.keyed;
  if (stale && !legacy) {
    if (remaining > 0)
      await markStaleIn(context, ws, region, options.columns.slice(0, region.colCount), options.lang, stats, {
        from: fromRow,
        count: remaining,
      });
  } else if (progress.wrote && remaining > 0) {
    const area = await checkBlockArea(context, ws, region, fromRow, remaining, stats, legacy);
    const mark = rowAsText(notScreenedRow(options.lang));
    for (const run of runsOutside(fromRow, last, area.foreignRows)) {
      const marks: unknown[][] = new Array(run.count).fill(mark);
      for (const chunk of splitRowsByBytes(marks, PAYLOAD_BUDGET_BYTES)) {
        ws.getRangeByIndexes(run.start + chunk.start, region.blockCol, chunk.rows.length, BLOCK_WIDTH).values =
          chunk.rows as never;
        await trackedSync(context, stats, chunk.bytes);
      }
    }
  }
  if (progress.wrote) {
    formatBlock(ws, region);
    saveState(context, stored, region, options.columns, {
      headerRow: region.headerRow,
      blockCol: region.blockCol,
      lastRow: last,
      keyed: true,
    });
  }
  const entry = options.audit(status, progress.rowsScreened, message);
  await appendAudit(context, log, entry, options.lang, stats);
  await trackedSync(context, stats, jsonBytes(auditRow(entry, options.lang)) + 4096);
  return { status, rowsScreened: progress.rowsScreened, stats };
}

/** A row whose result no longer belongs to the order beside it, or that has no result yet. */
export interface StaleRow {
  /** 0-based sheet row. */
  row: number;
  /** The order id in the row now (where mapped). */
  orderId: string;
  /** The order id the result was computed for (from the key), "" when unknown. */
  keyOrderId: string;
  /** Decision (label, in the pane's language) of the result before it was marked stale; "" without a result. */
  was: string;
  kind: "changed" | "unscreened";
}

/**
 * Reads the mapped inputs and the block cells of rows [from, from + count) in pieces under Excel's limits
 * (halved when Excel still refuses one) and calls `visit` for each row.
 */
async function scanRows(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  region: DataRegion,
  spans: Array<{ start: number; count: number }>,
  from: number,
  count: number,
  stats: SyncStats,
  visit: (row: number, input: unknown[], cells: unknown[]) => void,
): Promise<void> {
  const end = from + count;
  let row = from;
  let piece = 2_000;
  while (row < end) {
    const n = Math.min(piece, end - row);
    const input = queueRead(ws, region, spans, row, n);
    const block = ws.getRangeByIndexes(row, region.blockCol, n, BLOCK_WIDTH);
    block.load("values");
    try {
      await trackedSync(context, stats, 0, input.estimate + n * BLOCK_WIDTH * 16);
    } catch (error) {
      if (!isPayloadLimitError(error) || n === 1) throw error;
      stats.retries++;
      piece = Math.max(1, Math.floor(n / 2));
      continue;
    }
    const inputs = input.result();
    const cells = block.values as unknown[][];
    for (let i = 0; i < n; i++) visit(row + i, inputs[i], cells[i]);
    const perRow = (jsonBytes(cells) + jsonBytes(inputs)) / Math.max(1, n);
    row += n;
    piece = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(3_500_000 / Math.max(1, perRow))));
  }
}

/** The cells of a result marked stale: decision says so (with the earlier decision), code STALE, new key. */
function staleCells(cells: readonly unknown[], lang: Lang): unknown[] {
  const out = [...cells];
  const code = String(cells[BLOCK_INDEX.code] ?? "");
  const was = /^(PROHIBITED|LICENSE_REQUIRED|REVIEW|NO_LICENSE)$/.test(code)
    ? decisionLabel(code as Decision, lang)
    : String(cells[BLOCK_INDEX.decision] ?? "");
  out[BLOCK_INDEX.decision] = `${STALE_LABEL[lang]}${lang === "ja" ? `（前回: ${was}）` : ` (was: ${was})`}`;
  out[BLOCK_INDEX.code] = STALE_CODE;
  const key = parseKey(cells[BLOCK_INDEX.input_key]);
  out[BLOCK_INDEX.input_key] = makeKey(key?.orderId ?? "", key?.input ?? NO_INPUT, out);
  return out;
}

/**
 * Finds the rows of [range.from, range.from + range.count) whose result was computed from other inputs than
 * the row holds now (edited, sorted, inserted, deleted) and, with `mark`, writes the stale state over them
 * (decision cell: "inputs changed since screening (was: …)", code STALE, greyed by the decision colours).
 * Rows whose block cells are not all the add-in's are left alone. Also lists rows with order data and no
 * result (inserted rows). Blocks written before keys existed cannot be checked and give no rows.
 */
async function markStaleIn(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  region: DataRegion,
  columns: ReadonlyArray<CanonicalField | null>,
  lang: Lang,
  stats: SyncStats,
  range: { from: number; count: number },
  mark = true,
): Promise<StaleRow[]> {
  const spans = readSpans(columns);
  const found: StaleRow[] = [];
  const writes: Array<{ row: number; cells: unknown[] }> = [];
  await scanRows(context, ws, region, spans, range.from, range.count, stats, (row, input, cells) => {
    const state = classifyBlockRow(cells);
    const blank = isBlankInput(input, columns);
    const orderId = orderIdOf(input, columns);
    if (state.kind === "empty") {
      if (!blank) found.push({ row, orderId, keyOrderId: "", was: "", kind: "unscreened" });
      return;
    }
    if (state.kind !== "ours" || state.key.input === NO_INPUT) return;
    const code = String(cells[BLOCK_INDEX.code] ?? "");
    if (code === STALE_CODE) {
      const m = /[（(](?:前回|was): (.*)[）)]$/.exec(String(cells[BLOCK_INDEX.decision] ?? ""));
      found.push({ row, orderId, keyOrderId: state.key.orderId, was: m ? m[1] : "", kind: "changed" });
      return;
    }
    if (inputFingerprint(input, columns) === state.key.input) return;
    const was = /^(PROHIBITED|LICENSE_REQUIRED|REVIEW|NO_LICENSE)$/.test(code)
      ? decisionLabel(code as Decision, lang)
      : code;
    found.push({ row, orderId, keyOrderId: state.key.orderId, was, kind: "changed" });
    writes.push({ row, cells: staleCells(cells, lang) });
  });
  if (mark && writes.length > 0) {
    // Decision and code cells, and the key: consecutive rows in one range each.
    let i = 0;
    while (i < writes.length) {
      let j = i + 1;
      while (j < writes.length && writes[j].row === writes[j - 1].row + 1 && j - i < 5_000) j++;
      const run = writes.slice(i, j);
      ws.getRangeByIndexes(run[0].row, region.blockCol, run.length, 2).values = run.map((w) =>
        rowAsText([w.cells[BLOCK_INDEX.decision], w.cells[BLOCK_INDEX.code]]),
      ) as never;
      ws.getRangeByIndexes(run[0].row, region.blockCol + BLOCK_INDEX.input_key, run.length, 1).values = run.map((w) =>
        rowAsText([w.cells[BLOCK_INDEX.input_key]]),
      ) as never;
      i = j;
    }
    formatBlock(ws, region);
    await trackedSync(context, stats, jsonBytes(writes.map((w) => w.cells.slice(0, 2))) + 4096);
  }
  return found;
}

export interface StaleReport {
  region: DataRegion;
  columns: Array<CanonicalField | null>;
  /** Every stale row (and row without a result) found in the rows scanned, in sheet order. */
  rows: StaleRow[];
  /** The rows looked at ([from, from + count) each); the whole data when no ranges were asked for. */
  scanned: Array<{ from: number; count: number }>;
  /** Block written before keys existed: its rows cannot be checked. */
  legacy: boolean;
}

/**
 * Looks at the active sheet's block (or, with `target`, the block recorded for another sheet), if it has one: rows whose result no longer matches their order are
 * marked stale in the block and listed, with rows that have order data but no result. Uses `columns` or the
 * mapping saved with the sheet. With `ranges` (rows a change event named) only those rows are looked at.
 * Null when the sheet has no block of ours (or cannot be read as order data).
 */
export async function refreshStale(
  lang: Lang,
  columns?: ReadonlyArray<CanonicalField | null>,
  ranges?: Array<{ from: number; count: number }>,
  target?: DetectTarget,
): Promise<StaleReport | null> {
  return Excel.run(async (context) => {
    const stats = newStats();
    let detected: DetectedData;
    try {
      detected = await detectIn(context, stats, undefined, target);
    } catch {
      return null;
    }
    const region = detected.region;
    if (!region.hasBlock) return null;
    const cols =
      columns && columns.length >= region.colCount
        ? columns.slice(0, region.colCount)
        : region.headers.map((h) => {
            const f = detected.savedMapping?.[h];
            return f ? f : null;
          });
    if (!cols.some(Boolean)) return null;
    const whole = { from: region.firstRow, count: region.rowCount };
    if (!region.keyed) return { region, columns: [...cols], rows: [], scanned: [whole], legacy: true };
    const last = region.firstRow + region.rowCount - 1;
    // The rows asked for, inside the data, overlapping ranges joined (each row is looked at once).
    const clipped = (ranges ?? [whole])
      .map((r) => {
        const from = Math.max(region.firstRow, r.from);
        return { from, count: Math.min(last, r.from + r.count - 1) - from + 1 };
      })
      .filter((r) => r.count > 0)
      .sort((a, b) => a.from - b.from);
    const scanned: Array<{ from: number; count: number }> = [];
    for (const r of clipped) {
      const prev = scanned[scanned.length - 1];
      if (prev && r.from <= prev.from + prev.count) {
        prev.count = Math.max(prev.count, r.from + r.count - prev.from);
      } else scanned.push({ ...r });
    }
    const ws = context.workbook.worksheets.getItem(region.sheet);
    const rows: StaleRow[] = [];
    for (const r of scanned) rows.push(...(await markStaleIn(context, ws, region, cols, lang, stats, r)));
    return { region, columns: [...cols], rows, scanned, legacy: false };
  });
}

/**
 * The blocks on the other sheets: every sheet with a block recorded in the workbook's settings
 * (`anpo.blocks`, written by every run) other than the active one is looked at as the active sheet is, by
 * its saved mapping; stale rows there are marked in its block and reported. Sheets that were renamed or
 * deleted since, or that can no longer be read as order data, give no report. Sheets in sheet-name order.
 */
export async function refreshStaleElsewhere(lang: Lang): Promise<StaleReport[]> {
  const targets = await Excel.run(async (context) => {
    const state = loadState(context);
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    const activeName = active.name.toLowerCase();
    return Object.entries(state().extents)
      .filter(([sheet, e]) => sheet.toLowerCase() !== activeName && e && Number.isInteger(e.headerRow))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([sheet, e]): DetectTarget => ({ sheet, row: e.headerRow + 1, col: Math.max(0, e.blockCol - 1) }));
  });
  const reports: StaleReport[] = [];
  for (const target of targets) {
    const r = await refreshStale(lang, undefined, undefined, target).catch(() => null);
    if (r && r.region.sheet.toLowerCase() === target.sheet.toLowerCase() && (r.rows.length > 0 || r.legacy))
      reports.push(r);
  }
  return reports;
}

/** Watches the active sheet for changes (the pane re-checks stale rows); returns a function that stops it. */
export async function watchActiveSheet(onChange: (change: SheetChange) => void): Promise<() => Promise<void>> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const log = new ChangeLog();
    const push = log.record.bind(log);
    log.record = (address, kind) => {
      push(address, kind);
      onChange(log.changes[log.changes.length - 1]);
    };
    const w = watchSheet(ws, log);
    await context.sync();
    return async () => {
      await w.removeAndSync();
    };
  });
}

/**
 * Screens only the given rows again (the stale ones and those without a result) and writes their block rows,
 * each checked first like a run's: the block cells must be the add-in's, and the inputs must not change
 * between reading and writing. Rows are taken in consecutive runs.
 */
export async function rescreenRows(
  region: DataRegion,
  columns: ReadonlyArray<CanonicalField | null>,
  rowsToScreen: number[],
  processBlock: RunOptions["processBlock"],
): Promise<{ written: number; skipped: string[] }> {
  return Excel.run(async (context) => {
    const stats = newStats();
    const cols = columns.slice(0, region.colCount);
    const spans = readSpans(cols);
    const ws = context.workbook.worksheets.getItem(region.sheet);
    // ws.protection is a proxy whose `protected` is loaded on the next line (the rule cannot see that).
    // eslint-disable-next-line office-addins/load-object-before-read
    const protection = ws.protection;
    protection.load("protected");
    await trackedSync(context, stats, 0);
    if (protection.protected) {
      throw new SheetProblem(
        "SHEET_PROTECTED",
        {
          ja: `シート「${region.sheet}」は保護されています。保護を解除してから再審査してください。`,
          en: `Sheet "${region.sheet}" is protected. Unprotect it, then re-screen.`,
        },
        a1(region.sheet, region.headerRow, region.blockCol, 1, BLOCK_WIDTH),
      );
    }
    const sorted = [...new Set(rowsToScreen)].sort((a, b) => a - b);
    const skipped: string[] = [];
    let written = 0;
    let i = 0;
    while (i < sorted.length) {
      let j = i + 1;
      while (j < sorted.length && sorted[j] === sorted[j - 1] + 1 && j - i < 2_000) j++;
      const start = sorted[i];
      const n = j - i;
      i = j;
      const inputs: unknown[][] = [];
      const blocks: unknown[][] = [];
      await scanRows(context, ws, region, spans, start, n, stats, (_row, input, cells) => {
        inputs.push(input);
        blocks.push(cells);
      });
      const out = await processBlock(inputs, start);
      if (!out) break;
      const again = queueRead(ws, region, spans, start, n);
      await trackedSync(context, stats, 0, again.estimate);
      const moved = new Set(changedRows(inputs, again.result(), cols, start));
      for (let k = 0; k < n; k++) {
        const row = start + k;
        if (moved.has(row)) {
          skipped.push(a1(region.sheet, row, region.firstCol, 1, region.colCount));
          continue;
        }
        if (classifyBlockRow(blocks[k]).kind === "foreign") {
          skipped.push(a1(region.sheet, row, region.blockCol, 1, BLOCK_WIDTH));
          continue;
        }
        ws.getRangeByIndexes(row, region.blockCol, 1, BLOCK_WIDTH).values = [
          rowAsText(withKey(out[k], inputs[k], cols)),
        ] as never;
        written++;
      }
      await trackedSync(context, stats, jsonBytes(out));
    }
    formatBlock(ws, region);
    await trackedSync(context, stats, 4096);
    return { written, skipped };
  });
}

/** Header style, column widths, alignment and decision colours of the block (after the values). */
function formatBlock(ws: Excel.Worksheet, region: DataRegion): void {
  const header = ws.getRangeByIndexes(region.headerRow, region.blockCol, 1, BLOCK_WIDTH);
  header.format.font.bold = true;
  header.format.fill.color = "#DCE3EE";
  header.format.wrapText = true;
  header.format.verticalAlignment = "Top";
  BLOCK_COLUMNS.forEach((c, k) => {
    ws.getRangeByIndexes(region.headerRow, region.blockCol + k, 1, 1).format.columnWidth = Math.round(c.width * 6.5);
  });
  const rfFirst = BLOCK_INDEX["rf01"];
  ws.getRangeByIndexes(region.firstRow, region.blockCol + rfFirst, region.rowCount, 19).format.horizontalAlignment =
    "Center";
  // Decision cell colour follows the code cell beside it (language-independent), by conditional formats
  // over the used rows only.
  const decision = ws.getRangeByIndexes(region.firstRow, region.blockCol + BLOCK_INDEX["decision"], region.rowCount, 1);
  decision.conditionalFormats.clearAll();
  const codeRef = `$${columnLetter(region.blockCol + BLOCK_INDEX["code"])}${region.firstRow + 1}`;
  for (const [code, color] of Object.entries(DECISION_FILLS)) {
    const cf = decision.conditionalFormats.add("Custom");
    cf.custom.rule.formula = `=${codeRef}="${code}"`;
    cf.custom.format.fill.color = color;
  }
}

/** Appends the audit row to the log sheet (creating it with a header the first time). */
async function appendAudit(
  context: Excel.RequestContext,
  log: LogLookup,
  entry: AuditEntry,
  lang: Lang,
  stats: SyncStats,
): Promise<void> {
  queueLogRows(log, stats);
  if (log.used && log.queuedAt === stats.syncs) await trackedSync(context, stats, 0);
  let sheet = log.sheet;
  let row: number;
  if (log.sheet.isNullObject || !log.used || log.used.isNullObject) {
    if (log.sheet.isNullObject) sheet = context.workbook.worksheets.add(LOG_SHEET_NAME);
    const header = sheet.getRangeByIndexes(0, 0, 1, LOG_WIDTH);
    header.values = [logHeaders(lang)];
    header.format.font.bold = true;
    row = 1;
  } else {
    row = log.used.rowIndex + log.used.rowCount;
  }
  sheet.getRangeByIndexes(row, 0, 1, LOG_WIDTH).values = [rowAsText(auditRow(entry, lang))] as never;
}

interface StoredState {
  mappings: Record<string, Record<string, CanonicalField | "">>;
  extents: Record<string, BlockExtent>;
}

/** Queues the loads of the add-in's settings (read in the same batch as other work). */
function loadState(context: Excel.RequestContext): () => StoredState {
  const m = context.workbook.settings.getItemOrNullObject(SETTING_MAPPING);
  const b = context.workbook.settings.getItemOrNullObject(SETTING_BLOCKS);
  m.load("value");
  b.load("value");
  return () => ({
    mappings: parseJson<StoredState["mappings"]>(m.isNullObject ? null : m.value) ?? {},
    extents: parseJson<StoredState["extents"]>(b.isNullObject ? null : b.value) ?? {},
  });
}

/** Stores this sheet's mapping (by header text, so it survives moved columns) and block extent. */
function saveState(
  context: Excel.RequestContext,
  state: StoredState,
  region: DataRegion,
  columns: ReadonlyArray<CanonicalField | null>,
  extent: BlockExtent,
): void {
  const mapping: Record<string, CanonicalField | ""> = {};
  region.headers.forEach((h, i) => {
    if (h) mapping[h] = columns[i] ?? "";
  });
  const settings = context.workbook.settings;
  settings.add(SETTING_MAPPING, JSON.stringify({ ...state.mappings, [region.sheet]: mapping }));
  settings.add(SETTING_BLOCKS, JSON.stringify({ ...state.extents, [region.sheet]: extent }));
}

// ---------------------------------------------------------------------------------------------------------
// One row at a time (the results view)

/** Selects a data row (data and our block) in the sheet. */
export async function selectRow(region: DataRegion, row: number): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(region.sheet);
    ws.activate();
    ws.getRangeByIndexes(row, region.firstCol, 1, region.colCount + BLOCK_WIDTH).select();
    await context.sync();
  });
}

/** Reads the data cells of one row (all data columns). */
export async function readRow(region: DataRegion, row: number): Promise<unknown[]> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(region.sheet);
    const r = ws.getRangeByIndexes(row, region.firstCol, 1, region.colCount);
    r.load("values");
    await context.sync();
    return (r.values as unknown[][])[0];
  });
}

/**
 * Rewrites our block for one row (after an allow-list entry changed its result). With `input` (the row's
 * cells the result was computed from, and the mapping) the row gets its key, and the write is refused when
 * the row's inputs changed since they were read or its block cells are not the add-in's.
 */
export async function writeBlockRow(
  region: DataRegion,
  row: number,
  values: unknown[],
  input?: { raw: unknown[]; columns: ReadonlyArray<CanonicalField | null> },
): Promise<void> {
  if (values.length !== BLOCK_WIDTH) throw new Error(`block row must have ${BLOCK_WIDTH} cells`);
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(region.sheet);
    const header = ws.getRangeByIndexes(region.headerRow, region.blockCol, 1, BLOCK_WIDTH);
    header.load("values");
    const data = ws.getRangeByIndexes(row, region.firstCol, 1, region.colCount);
    data.load("values");
    const block = ws.getRangeByIndexes(row, region.blockCol, 1, BLOCK_WIDTH);
    block.load("values");
    await context.sync();
    const headers = (header.values as unknown[][])[0];
    if (!headers.some(isOwnHeader)) {
      throw new SheetProblem(
        "DATA_CHANGED",
        {
          ja: "結果の列が見つかりません。もう一度審査してください。",
          en: "The result columns are gone. Screen the sheet again.",
        },
        a1(region.sheet, region.headerRow, region.blockCol, 1, BLOCK_WIDTH),
      );
    }
    let cells = values;
    if (input) {
      const cols = input.columns.slice(0, region.colCount);
      const now = (data.values as unknown[][])[0];
      if (inputFingerprint(now, cols) !== inputFingerprint(input.raw, cols)) {
        throw rowsChangedProblem([a1(region.sheet, row, region.firstCol, 1, region.colCount)]);
      }
      const keyed = ownColumnIndex(headers[BLOCK_INDEX.input_key]) === BLOCK_INDEX.input_key;
      const state = classifyBlockRow((block.values as unknown[][])[0]);
      if (keyed && state.kind === "foreign") {
        throw foreignProblem(
          region,
          state.columns.map((j) => a1(region.sheet, row, region.blockCol + j)),
          "before",
        );
      }
      cells = withKey(values, input.raw, cols);
    }
    ws.getRangeByIndexes(row, region.blockCol, 1, BLOCK_WIDTH).values = [rowAsText(cells)] as never;
    await context.sync();
  });
}

// ---------------------------------------------------------------------------------------------------------
// Allow-list kept in the workbook

/** The allow-list stored in this workbook (the parties module's JSON), or null. */
export async function readAllowListJson(): Promise<string | null> {
  return Excel.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTING_ALLOW_LIST);
    item.load("value");
    await context.sync();
    return item.isNullObject || typeof item.value !== "string" ? null : item.value;
  });
}

/** Stores the allow-list JSON in the workbook and records the change in the log sheet. */
export async function saveAllowListJson(json: string, entry: AuditEntry, lang: Lang): Promise<void> {
  await Excel.run(async (context) => {
    const stats = newStats();
    const log = lookUpLog(context);
    await trackedSync(context, stats, 0);
    context.workbook.settings.add(SETTING_ALLOW_LIST, json);
    await appendAudit(context, log, entry, lang, stats);
    await context.sync();
  });
}
