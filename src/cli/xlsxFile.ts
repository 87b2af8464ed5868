/**
 * .xlsx input and output through ExcelJS. The output is the same workbook: original cells, formulas and
 * formatting are left as they are; the output columns are appended to the right of the last used column
 * of the screened sheet, decision cells are coloured, and a summary sheet is added (xlsxSummary.ts).
 */
import ExcelJS from "exceljs";
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

export { DECISION_COLOURS } from "./xlsxPatch";
