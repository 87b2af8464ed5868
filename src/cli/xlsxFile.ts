/**
 * .xlsx input and output through ExcelJS. The output is the same workbook: original cells, formulas and
 * formatting are left as they are; the output columns are appended to the right of the last used column
 * of the screened sheet, decision cells are coloured, and a summary sheet is added (xlsxSummary.ts).
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../engine/headers";
import type { Decision } from "../engine/types";
import { InputError, msg } from "./messages";
import type { SheetGrid } from "./sheetGrid";

export interface XlsxInput {
  kind: "xlsx";
  grid: SheetGrid;
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
  /** Addresses of formula cells (their cached results were screened). */
  formulaCells: string[];
  /** Formula cells without a cached result (screened as blank). */
  formulaNoCache: string[];
  /** Last used column (1-based) of the sheet before anything was added. */
  lastColumn: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}

export async function readXlsx(bytes: Uint8Array, file: string, sheetName?: string): Promise<XlsxInput> {
  if (!isZip(bytes)) {
    const why = startsWith(bytes, CFB_MAGIC)
      ? "encrypted workbook or old .xls format / 暗号化されたブックか旧形式 .xls"
      : "not a zip package / zip 形式ではありません";
    throw new InputError(msg.unreadableXlsx(file, why));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(msg.unreadableXlsx(file, e instanceof Error ? e.message : String(e)));
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new InputError(msg.noSheets(file));
  let worksheet: ExcelJS.Worksheet | undefined;
  if (sheetName !== undefined) {
    worksheet =
      sheets.find((s) => s.name === sheetName) ??
      sheets.find(
        (s) => s.name.trim().normalize("NFKC").toLowerCase() === sheetName.trim().normalize("NFKC").toLowerCase(),
      );
    if (!worksheet)
      throw new InputError(
        msg.noSheet(
          sheetName,
          sheets.map((s) => s.name),
        ),
      );
  } else {
    worksheet = sheets.find((s) => s.state === undefined || s.state === "visible") ?? sheets[0];
  }

  const rows: unknown[][] = [];
  const formulaCells: string[] = [];
  const formulaNoCache: string[] = [];
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = readCell(cell, formulaCells, formulaNoCache);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
    width = Math.max(width, cells.length);
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  if (rows.length === 0) throw new InputError(msg.sheetEmpty(worksheet.name));

  const notes = [];
  if (formulaCells.length > 0) notes.push(msg.formulaCells(formulaCells.length, formulaCells.slice(0, 5)));
  if (formulaNoCache.length > 0) notes.push(msg.formulaNoCache(formulaNoCache.length, formulaNoCache.slice(0, 10)));
  return {
    kind: "xlsx",
    grid: { name: worksheet.name, rows, notes },
    workbook,
    worksheet,
    formulaCells,
    formulaNoCache,
    lastColumn: Math.max(worksheet.columnCount, width),
  };
}

/** A cell's value as the engine should see it (what Excel displays, without formatting). */
function readCell(cell: ExcelJS.Cell, formulaCells: string[], formulaNoCache: string[]): unknown {
  const v = cell.value as unknown;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) {
      formulaCells.push(cell.address);
      if (o.result === undefined || o.result === null) {
        formulaNoCache.push(cell.address);
        return null;
      }
      return plainValue(o.result, cell.numFmt);
    }
  }
  return plainValue(v, cell.numFmt);
}

function plainValue(v: unknown, numFmt: string | undefined): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") {
    // Codes kept as numbers with a zero-only format ("000000", "0000.00") show leading and trailing zeros in
    // Excel: 90210 → "090210", 8481.8 → "8481.80". Screen the text Excel shows.
    const m = numFmt ? /^(0+)(?:\.(0+))?$/.exec(numFmt) : null;
    if (m && Number.isFinite(v) && v >= 0) {
      const [int, frac] = v.toFixed(m[2]?.length ?? 0).split(".");
      return frac === undefined ? int.padStart(m[1].length, "0") : `${int.padStart(m[1].length, "0")}.${frac}`;
    }
    return v;
  }
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText))
    return o.richText.map((r: { text?: unknown }) => (typeof r.text === "string" ? r.text : "")).join("");
  if ("error" in o) return String(o.error);
  if ("hyperlink" in o || "text" in o) return plainValue(o.text, undefined);
  return null;
}

export type OutputCell = string | number | null | undefined;

export interface XlsxOutputPlan {
  headerIndex: number;
  outputHeader: readonly string[];
  /** Output values per grid row index. */
  outputs: Map<number, ReadonlyArray<OutputCell>>;
  /** Decision per grid row index, for the cell colour. */
  decisions: Map<number, Decision>;
  /** Index of the decision column within outputHeader. */
  decisionColumn: number;
  /** Index of a numeric score column within outputHeader (number format 0.00), or -1. */
  scoreColumn: number;
}

/** Fill and font colours of decision cells (ARGB), close to Excel's Bad / Neutral / Good cell styles. */
export const DECISION_COLOURS: Record<Decision, { fill: string; font: string; bold: boolean }> = {
  PROHIBITED: { fill: "FFC00000", font: "FFFFFFFF", bold: true },
  LICENSE_REQUIRED: { fill: "FFFFC7CE", font: "FF9C0006", bold: true },
  REVIEW: { fill: "FFFFEB9C", font: "FF9C5700", bold: false },
  NO_LICENSE: { fill: "FFC6EFCE", font: "FF006100", bold: false },
};

const HEADER_FILL = "FFD9E1F2";
const WIDTHS: Record<string, number> = {
  explanation: 80,
  reasons: 36,
  decision_label: 16,
  decision: 18,
  red_flags: 16,
  party_match_name: 30,
};

/** First output column (1-based). */
export function outputStartColumn(input: XlsxInput): number {
  return input.lastColumn + 1;
}

/** Writes the output columns into the screened sheet; touches no existing cell. */
export function writeOutputColumns(input: XlsxInput, plan: XlsxOutputPlan): void {
  const ws = input.worksheet;
  const start = outputStartColumn(input);
  const header = ws.getRow(plan.headerIndex + 1);
  plan.outputHeader.forEach((name, k) => {
    const cell = header.getCell(start + k);
    cell.value = name;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    const column = ws.getColumn(start + k);
    if (!column.width) column.width = WIDTHS[name] ?? 14;
  });
  for (const [index, values] of plan.outputs) {
    const row = ws.getRow(index + 1);
    values.forEach((value, k) => {
      const cell = row.getCell(start + k);
      cell.value = value === undefined || value === "" ? null : value;
      if (k === plan.scoreColumn && typeof value === "number") cell.numFmt = "0.00";
    });
    const decision = plan.decisions.get(index);
    if (decision) {
      const c = DECISION_COLOURS[decision];
      const cell = row.getCell(start + plan.decisionColumn);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.fill } };
      cell.font = { color: { argb: c.font }, bold: c.bold };
    }
  }
}

/** Address range of the output block, e.g. "AR1:AY40", for messages. */
export function outputRange(input: XlsxInput, headerIndex: number, columns: number, lastRowIndex: number): string {
  const start = outputStartColumn(input);
  return `${columnLetter(start - 1)}${headerIndex + 1}:${columnLetter(start + columns - 2)}${lastRowIndex + 1}`;
}

export async function renderXlsx(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
