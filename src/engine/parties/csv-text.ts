/**
 * A small RFC 4180 CSV reader for list files (pure TS, runs in the browser).
 * It reports exactly where a file is broken, which a list importer needs to reject a truncated file.
 */

export interface CsvReadResult {
  rows: string[][];
  /** Set when the text ended inside a quoted field (a typical sign of a truncated file). */
  unterminatedQuoteAtLine?: number;
}

/** Strips a UTF-8 byte-order mark and the DOS end-of-file mark (0x1A) some publishers still append. */
export function cleanCsvText(text: string): string {
  let t = text;
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  t = t.replace(/\u001a+\s*$/, "");
  return t;
}

export function readCsv(text: string): CsvReadResult {
  const t = cleanCsvText(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let quoteStartLine = 0;
  let line = 1;
  let fieldStarted = false;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = t[i];
    if (inQuotes) {
      if (c === '"') {
        if (t[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quoteStartLine = line;
    } else if (c === ",") {
      row.push(field);
      field = "";
      fieldStarted = false;
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && t[i + 1] === "\n") i++;
      line++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      fieldStarted = false;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) {
    row.push(field);
    rows.push(row);
    return { rows, unterminatedQuoteAtLine: quoteStartLine };
  }
  if (fieldStarted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}

/** Whether the text ends with a line break (files written by tools normally do; a cut file often does not). */
export function endsWithLineBreak(text: string): boolean {
  return /[\r\n]$/.test(cleanCsvText(text));
}

/** Writes one CSV field, quoting when needed. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: string[]): string {
  return values.map(csvField).join(",");
}
