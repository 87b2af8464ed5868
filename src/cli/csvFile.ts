/**
 * CSV input and output. Input: any of UTF-8 (BOM or not), UTF-16, Shift_JIS/CP932, EUC-JP; comma, tab or
 * semicolon separated. Output: the input records with their values unchanged (re-quoted only where CSV
 * needs it, see csvRecord), padded to one width, followed by the output columns; UTF-8 with BOM so Excel shows Japanese
 * correctly; the input's line ending is kept.
 */
import { parse } from "csv-parse/sync";
import { columnLetter } from "../engine/headers";
import { decodeText, Decoded } from "./decode";
import { looksLikeFormula } from "./csvSafety";
import { InputError, msg } from "./messages";
import type { SheetGrid } from "./sheetGrid";

export interface CsvInput {
  kind: "csv";
  grid: SheetGrid;
  /** The records as read (strings), same indexes as grid.rows. */
  records: string[][];
  decoded: Decoded;
  delimiter: string;
  eol: "\r\n" | "\n";
  /** Addresses (A1 style) of input values a spreadsheet could run as formulas. */
  formulaLike: string[];
}

/** Picks the separator that occurs most in the first non-empty line (outside quotes). */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  let best = ",";
  let bestCount = 0;
  for (const d of [",", "\t", ";"]) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export function parseCsvBytes(bytes: Uint8Array, file: string): CsvInput {
  const decoded = decodeText(bytes);
  const text = decoded.text;
  if (text.trim() === "") throw new InputError(msg.emptyFile(file));
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: false,
    }) as string[][];
  } catch (e) {
    throw new InputError(msg.badCsv(file, e instanceof Error ? e.message : String(e)));
  }
  const formulaLike: string[] = [];
  records.forEach((rec, r) =>
    rec.forEach((v, c) => {
      if (looksLikeFormula(v)) formulaLike.push(`${columnLetter(c)}${r + 1}`);
    }),
  );
  const notes = [];
  if (decoded.encoding !== "utf-8" && decoded.encoding !== "utf-8-bom") notes.push(msg.encodingUsed(decoded.label));
  if (decoded.invalid > 0) {
    notes.push({
      ja: `文字コード ${decoded.label} として読めないバイトが ${decoded.invalid} か所あり、「\uFFFD」に置き換わっています。`,
      en: `${decoded.invalid} byte sequence(s) are not valid ${decoded.label} and were replaced by "\uFFFD".`,
    });
  }
  return {
    kind: "csv",
    grid: { name: file, rows: records, notes },
    records,
    decoded,
    delimiter,
    eol: text.includes("\r\n") ? "\r\n" : "\n",
    formulaLike,
  };
}

/**
 * One CSV record (RFC 4180): a field is quoted when it holds the separator, a quote, CR or LF, or starts or ends
 * with a space; quotes inside are doubled. Written here rather than with csv-stringify, which took several seconds
 * on 100,000-row files for the same result.
 */
export function csvRecord(cells: readonly string[], delimiter: string): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (i > 0) line += delimiter;
    const quote =
      v.includes(delimiter) || /["\r\n]/.test(v) || (v.length > 0 && (v[0] === " " || v[v.length - 1] === " "));
    line += quote ? `"${v.replace(/"/g, '""')}"` : v;
  }
  return line;
}
