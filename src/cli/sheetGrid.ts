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

/** True when every cell of the row is empty or whitespace. */
export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  return row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
}
