/** Turning arbitrary cell values into clean strings. */

/** Excel error values as they arrive from a sheet or a CSV export. */
const EXCEL_ERRORS = new Set([
  "#N/A",
  "#NAME?",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#CONNECT!",
  "#BUSY!",
]);

export function isExcelError(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const c = value.charCodeAt(0);
  if (c !== 35 /* # */ && c !== 32 && c !== 9) return false; // fast path: no error text starts otherwise
  const s = value.trim();
  return s.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(s.toUpperCase());
}

/**
 * The Excel error text a cell holds, or undefined. Recognises error strings ("#N/A", " #n/a ") and the cell
 * objects spreadsheet readers produce for them ({ error: "#N/A" }, { formula, result: { error } }).
 */
export function excelErrorOf(value: unknown): string | undefined {
  if (typeof value === "string") return isExcelError(value) ? value.trim().toUpperCase() : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  const o = value as { error?: unknown; result?: unknown };
  if (typeof o.error === "string") return o.error.trim().toUpperCase() || "#ERROR";
  if (o.error !== undefined && o.error !== null) return "#ERROR";
  if ("result" in o && o.result !== value) return excelErrorOf(o.result);
  return undefined;
}

/** Printable ASCII needs neither control-character stripping nor NFKC. */
function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Any cell value to a trimmed NFKC string; null/undefined/errors/objects without text → "". Control characters dropped. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s: string;
  if (typeof value === "string") {
    if (value.length === 0) return "";
    s = value;
  } else if (typeof value === "number") s = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "boolean") s = value ? "TRUE" : "FALSE";
  else if (value instanceof Date) s = Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  else if (
    typeof value === "object" &&
    value !== null &&
    "text" in value &&
    typeof (value as { text: unknown }).text === "string"
  )
    s = (value as { text: string }).text;
  else if (typeof value === "object" && value !== null && "result" in value)
    return cellText((value as { result: unknown }).result);
  else s = "";
  if (isExcelError(s)) return "";
  if (plainAscii(s)) return s.trim();
  // Non-ASCII cells (Japanese names, full-width codes) repeat down a sheet; NFKC is costly, so remember results.
  const cached = nonAsciiCache.get(s);
  if (cached !== undefined) return cached;
  const out = cleanNonAscii(s);
  if (nonAsciiCache.size > 20000) nonAsciiCache.clear();
  if (s.length < 200) nonAsciiCache.set(s, out);
  return out;
}

const nonAsciiCache = new Map<string, string>();

function cleanNonAscii(s: string): string {
  // Strip C0/C1 control characters except whitespace, then normalise width and compatibility forms.
  s = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "");
  return s.normalize("NFKC").trim();
}

/** Lower-case key for vocabulary comparisons: NFKC, lower case, collapsed spaces. */
export function textKey(value: unknown): string {
  const s = cellText(value).toLowerCase();
  return /\s\s|[\t\n\r\u3000]/.test(s) ? s.replace(/\s+/g, " ") : s;
}
