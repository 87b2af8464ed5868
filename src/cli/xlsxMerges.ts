/**
 * Merged ranges of the screened sheet and where the output block may start. A user's merged cell right of the
 * table (a note merged over P4:T4, with only P4 written, as openpyxl and others write it) hides every cell it
 * covers: the output block starts right of every used cell and of every merged range that reaches the header
 * row or a row below it, so no result sits under a merge. Excel's grid ends at column XFD (16,384).
 */
import type { OpenedWorkbook } from "./xlsxPatch";

/** Excel's last column, XFD, as a count. */
export const MAX_COLUMNS = 16384;

export interface MergedRange {
  /** 0-based columns. */
  c1: number;
  c2: number;
  /** 1-based rows. */
  r1: number;
  r2: number;
}

const letters = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The `<mergeCell ref="A1:B2"/>` ranges in a piece of sheet XML (any namespace prefix). */
export function mergedRanges(xml: string): MergedRange[] {
  const out: MergedRange[] = [];
  const re = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?["']/gi;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [c1, c2] = [letters(m[1].toUpperCase()), letters((m[3] ?? m[1]).toUpperCase())];
    const [r1, r2] = [Number(m[2]), Number(m[4] ?? m[2])];
    out.push({ c1: Math.min(c1, c2), c2: Math.max(c1, c2), r1: Math.min(r1, r2), r2: Math.max(r1, r2) });
  }
  return out;
}

/** The first output column (0-based): right of every used cell and every merge reaching `headerRow` or below. */
export function outputColumnFrom(wb: Pick<OpenedWorkbook, "lastColumn" | "merges">, headerRow: number): number {
  let last = wb.lastColumn;
  for (const m of wb.merges) if (m.r2 >= headerRow && m.c2 > last) last = m.c2;
  return last + 1;
}
