/**
 * The screened worksheet as a stream of text: the part before the rows (up to `<sheetData>`), each `<row>` as
 * written in the file, and the part after the rows. Rows are cut out of the decompressed text as it arrives, so
 * memory holds a row at a time, never the sheet. Cell values are read from each row's text (shared strings, inline
 * strings, numbers, booleans, errors, dates by their number format, formulas by their cached value); any
 * namespace prefix is accepted.
 */
import type { StyleInfo } from "./xlsxPackage";

export type SheetPiece =
  | { kind: "prologue"; text: string; selfClosing: boolean }
  | { kind: "row"; text: string; r: number }
  | { kind: "between"; text: string }
  | { kind: "epilogue"; text: string };

const SHEETDATA = /<([\w.-]+:)?sheetData\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/;
const ROW_R = /\br\s*=\s*["'](\d+)["']/;

/** Cuts the sheet text into pieces (an index moves through the buffer; the buffer is compacted per chunk). */
export function* sheetPieces(chunks: Iterable<Uint8Array>): Generator<SheetPiece> {
  const decoder = new TextDecoder("utf-8");
  let buf = "";
  let pos = 0;
  let state: "before" | "rows" | "after" = "before";
  let lastRow = 0;
  let rowOpen: RegExp | undefined;
  let rowClose = "";
  let dataClose = "";
  const step = function* (final: boolean): Generator<SheetPiece> {
    for (;;) {
      if (state === "before") {
        const m = SHEETDATA.exec(buf);
        if (!m) {
          if (final) {
            yield { kind: "prologue", text: buf, selfClosing: true };
            buf = "";
          }
          return;
        }
        const prefix = m[1] ?? "";
        const end = m.index + m[0].length;
        yield { kind: "prologue", text: buf.slice(0, end), selfClosing: m[2] === "/" };
        pos = end;
        state = m[2] === "/" ? "after" : "rows";
        rowOpen = new RegExp(`<${prefix.replace(/\./g, "\\.")}row\\b(?:[^>"']|"[^"]*"|'[^']*')*?(/?)>`, "y");
        rowClose = `</${prefix}row>`;
        dataClose = `</${prefix}sheetData>`;
        continue;
      }
      if (state === "after") {
        if (final) {
          yield { kind: "epilogue", text: buf.slice(pos) };
          buf = "";
          pos = 0;
        }
        return;
      }
      const lt = buf.indexOf("<", pos);
      if (lt < 0) {
        if (final && pos < buf.length) yield { kind: "between", text: buf.slice(pos) };
        if (final) pos = buf.length;
        return;
      }
      if (lt > pos) {
        yield { kind: "between", text: buf.slice(pos, lt) };
        pos = lt;
      }
      if (buf.startsWith(dataClose, pos)) {
        state = "after";
        continue;
      }
      if (buf.startsWith("<!--", pos)) {
        const e = buf.indexOf("-->", pos);
        if (e < 0) return;
        yield { kind: "between", text: buf.slice(pos, e + 3) };
        pos = e + 3;
        continue;
      }
      rowOpen!.lastIndex = pos;
      const open = rowOpen!.exec(buf);
      if (!open) {
        if (buf.indexOf(">", pos) < 0 && !final) return; // tag not complete yet
        // Something unexpected inside sheetData: pass it through untouched up to the next tag.
        const next = buf.indexOf("<", pos + 1);
        if (next < 0) {
          if (!final) return;
          yield { kind: "between", text: buf.slice(pos) };
          pos = buf.length;
          return;
        }
        yield { kind: "between", text: buf.slice(pos, next) };
        pos = next;
        continue;
      }
      let end: number;
      if (open[1] === "/") end = pos + open[0].length;
      else {
        const c = buf.indexOf(rowClose, pos + open[0].length);
        if (c < 0) return;
        end = c + rowClose.length;
      }
      const rm = ROW_R.exec(open[0]);
      const r = rm ? Number(rm[1]) : lastRow + 1;
      lastRow = r;
      yield { kind: "row", text: buf.slice(pos, end), r };
      pos = end;
    }
  };
  for (const chunk of chunks) {
    if (state !== "before") {
      buf = buf.slice(pos);
      pos = 0;
    }
    buf += decoder.decode(chunk, { stream: true });
    yield* step(false);
  }
  if (state !== "before") {
    buf = buf.slice(pos);
    pos = 0;
  }
  buf += decoder.decode();
  yield* step(true);
}

const CELL = /<([\w.-]+:)?c\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const V = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const F = /<(?:[\w.-]+:)?f[\s>/]/;
const F_TEXT = /<(?:[\w.-]+:)?f(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?f>/;
const T = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>|<(?:[\w.-]+:)?t\s*\/>/g;
const RPH = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("_x") < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
      if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[e] ?? "";
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) out[m[1]] = decodeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** Column index (0-based) of a cell reference such as "AB12". */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Highest column (0-based) of any cell in the row (a styled empty cell counts), -1 for none. */
export function lastColumnOf(rowText: string): number {
  let last = -1;
  let col = -1;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(rowText); m; m = CELL.exec(rowText)) {
    const r = /\br\s*=\s*["']([A-Z]+)\d*["']/.exec(m[2]);
    col = r ? columnOf(r[1]) : col + 1;
    if (col > last) last = col;
  }
  return last;
}

export interface CellContext {
  shared: readonly string[];
  styles: StyleInfo;
  date1904: boolean;
  /** Formula cells (addresses) and those without a cached value. */
  formulaCells: string[];
  formulaNoCache: string[];
  formulaCount: { all: number; noCache: number };
}

const MAX_LISTED = 10;

function serialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((days - 25569) * 86400000));
}

/** The values of one row, by column (what Excel shows, without formatting; zero-padded codes with their zeros). */
export function rowValues(rowText: string, r: number, ctx: CellContext): unknown[] {
  const cells: unknown[] = [];
  let col = -1;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(rowText); m; m = CELL.exec(rowText)) {
    const a = attrsOf(m[2]);
    col = a.r ? columnOf(a.r) : col + 1;
    const inner = m[3] ?? "";
    const t = a.t ?? "n";
    const s = a.s === undefined ? 0 : Number(a.s);
    let value: unknown = null;
    const hasFormula = inner !== "" && F.test(inner);
    const v = inner ? V.exec(inner) : null;
    let uncached = false;
    if (hasFormula) {
      ctx.formulaCount.all++;
      const addr = a.r ?? `${col}:${r}`;
      if (ctx.formulaCells.length < MAX_LISTED) ctx.formulaCells.push(addr);
      // No cached result: no <v>, or an empty <v></v> on a cell that is not a string (as openpyxl and many
      // generators write formulas). Excel writes an empty text result as t="str" with <v></v>.
      uncached = t !== "inlineStr" && (!v || (v[1] === "" && t !== "str"));
      if (uncached) {
        ctx.formulaCount.noCache++;
        if (ctx.formulaNoCache.length < MAX_LISTED) ctx.formulaNoCache.push(addr);
      }
    }
    if (uncached) {
      // Unreadable, never blank: the engine reads a formula cell without a result as unreadable (REVIEW).
      value = { formula: decodeXml(F_TEXT.exec(inner)?.[1] ?? "") };
    } else if (t === "inlineStr") {
      const body = inner.replace(RPH, "");
      let text = "";
      T.lastIndex = 0;
      for (let x = T.exec(body); x; x = T.exec(body)) text += decodeXml(x[1] ?? "");
      value = text;
    } else if (v) {
      const raw = v[1];
      if (t === "s") value = ctx.shared[Number(raw)] ?? "";
      else if (t === "str") value = decodeXml(raw);
      else if (t === "b") value = raw.trim() === "1" || raw.trim() === "true";
      else if (t === "e") value = decodeXml(raw);
      else if (t === "d") {
        const d = new Date(decodeXml(raw));
        value = Number.isNaN(d.getTime()) ? decodeXml(raw) : d;
      } else {
        const n = Number(raw);
        if (!Number.isFinite(n)) value = decodeXml(raw);
        else if (ctx.styles.isDate[s]) value = serialToDate(n, ctx.date1904);
        else value = zeroPadded(n, ctx.styles.formatCode[s]);
      }
    }
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }
  return cells;
}

/** Codes kept as numbers with a zero-only format ("000000", "0000.00") show their zeros in Excel: screen that text. */
function zeroPadded(v: number, code: string | undefined): unknown {
  const m = code ? /^(0+)(?:\.(0+))?$/.exec(code) : null;
  if (m && v >= 0) {
    const [int, frac] = v.toFixed(m[2]?.length ?? 0).split(".");
    return frac === undefined ? int.padStart(m[1].length, "0") : `${int.padStart(m[1].length, "0")}.${frac}`;
  }
  return v;
}

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`,
    );
}

/** A row's text with cells added before its end (the spans hint, which would be wrong now, is dropped). */
export function appendCells(rowText: string, cellsXml: string): string {
  const open = /^<([\w.-]+:)?row\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/.exec(rowText);
  if (!open) return rowText;
  const prefix = open[1] ?? "";
  const attrs = open[2].replace(/\s+spans\s*=\s*("[^"]*"|'[^']*')/, "");
  const head = `<${prefix}row${attrs}>`;
  if (open[3] === "/") return `${head}${cellsXml}</${prefix}row>`;
  const close = `</${prefix}row>`;
  const body = rowText.slice(open[0].length, rowText.length - close.length);
  return `${head}${body}${cellsXml}${close}`;
}
