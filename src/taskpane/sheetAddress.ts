/** A1 addresses for messages and for Excel calls. Pure. */
import { columnLetter } from "../engine/headers";

export { columnLetter };

/** Sheet name as it must appear in an address: quoted when it holds anything but letters, digits, _ and .. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 address of a rectangle given 0-based row/column indexes, e.g. Orders!C2:F10 (or C2 for one cell). */
export function a1(sheet: string | null, row: number, col: number, rows = 1, cols = 1): string {
  const tl = `${columnLetter(col)}${row + 1}`;
  const br = `${columnLetter(col + cols - 1)}${row + rows}`;
  const ref = rows === 1 && cols === 1 ? tl : `${tl}:${br}`;
  return sheet === null ? ref : `${quoteSheet(sheet)}!${ref}`;
}

/** 0-based column index of column letters (A → 0, AA → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "Sheet1!B3:D9", "'My sheet'!B3", "B3:D9" into 0-based indexes. */
export function parseA1(address: string): {
  sheet: string | null;
  row: number;
  col: number;
  rows: number;
  cols: number;
} {
  let sheet: string | null = null;
  let ref = address;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const [a, b] = ref.replace(/\$/g, "").split(":");
  const p = (s: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`Not an A1 cell reference: ${s}`);
    return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  };
  const tl = p(a);
  const br = b ? p(b) : tl;
  return { sheet, row: tl.row, col: tl.col, rows: br.row - tl.row + 1, cols: br.col - tl.col + 1 };
}
