/** The cell values of one sheet as the CLI hands them to header mapping and the engine. */
import type { Text } from "../engine/types";

export interface SheetGrid {
  /** Sheet (or file) name, for messages. */
  name: string;
  /** Cell values; rows[i] is sheet row i + 1, cells[j] is column j + 1. Empty rows are []. */
  rows: unknown[][];
  /** Notes about how values were read (encoding, formulas …). */
  notes: Text[];
}

/** True when the cell is empty or whitespace only. */
export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** True when every cell of the row is empty or whitespace. */
export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return !row || row.every(isBlankCell);
}
