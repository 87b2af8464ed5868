/**
 * Sizing of Excel requests: Excel on the web rejects a request or response over 5 MB, and any read of more
 * than 5 million cells. These helpers keep every batch under a budget below those limits. Pure.
 */

/** Excel's documented limits. */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5_000_000;
export const EXCEL_READ_CELL_LIMIT = 5_000_000;

/**
 * What we allow ourselves per sync: 10% below the limit, for the request envelope. Sizes are exact JSON
 * byte counts of the values, and a refused batch is retried in halves.
 */
export const PAYLOAD_BUDGET_BYTES = 4_500_000;
export const READ_CELL_BUDGET = 4_000_000;

/** Rows per read block: Microsoft's guidance for large ranges is 5,000–20,000 rows. */
export const MAX_BLOCK_ROWS = 20_000;
export const PREFERRED_BLOCK_ROWS = 10_000;

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes a value occupies in a JSON request/response body. */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value);
  return s === undefined ? 0 : utf8Length(s);
}

/**
 * Splits rows into consecutive chunks whose JSON size stays within `budget`. A single row larger than the
 * budget becomes its own chunk (the caller reports it if Excel then refuses it).
 */
export function splitRowsByBytes<T>(
  rows: readonly T[],
  budget = PAYLOAD_BUDGET_BYTES,
): Array<{ start: number; rows: T[]; bytes: number }> {
  const chunks: Array<{ start: number; rows: T[]; bytes: number }> = [];
  let start = 0;
  let bytes = 2;
  let current: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    const b = jsonBytes(rows[i]) + 1;
    if (current.length > 0 && bytes + b > budget) {
      chunks.push({ start, rows: current, bytes });
      start = i;
      current = [];
      bytes = 2;
    }
    current.push(rows[i]);
    bytes += b;
  }
  if (current.length > 0) chunks.push({ start, rows: current, bytes });
  return chunks;
}

/**
 * Rows per read block for a given estimated size of one row (bytes) and number of cells read per row.
 * Aims at PREFERRED_BLOCK_ROWS, never more than MAX_BLOCK_ROWS, never over the byte or cell budget.
 * `safety` inflates the estimate because a sample of the first rows can understate later ones.
 */
export function rowsPerReadBlock(bytesPerRow: number, cellsPerRow: number, safety = 1.5): number {
  const perRow = Math.max(1, bytesPerRow * safety);
  const byBytes = Math.floor(PAYLOAD_BUDGET_BYTES / perRow);
  const byCells = Math.floor(READ_CELL_BUDGET / Math.max(1, cellsPerRow));
  return Math.max(1, Math.min(MAX_BLOCK_ROWS, byBytes, byCells));
}

/** True for Excel's "payload too large" errors, after which the same work is retried in smaller pieces. */
export function isPayloadLimitError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : "";
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded|ExcessiveCells|CellCountLimit/i.test(
    code + " " + message,
  );
}
