/**
 * Text the add-in writes stays text. Excel reads a value written through `range.values` that starts with
 * = + - @ as a formula (a list or party name such as "=HYPERLINK(…)" would run), and tab or CR at the start
 * are the other triggers spreadsheet tools act on. Such strings get a leading apostrophe, Excel's text
 * prefix (it is not part of the cell's value and is not shown), as the CLI does for its own cells.
 *
 * Text Excel would turn into something else is prefixed too: a number, a date or time ("2026-11-25 14:03",
 * the screened-at cell), a percentage, TRUE/FALSE, an error name, or text starting with an apostrophe. The add-in reads its block back to check
 * that every cell is still the one it wrote, so what it writes must read back as exactly the same text. Pure.
 */

const TRIGGER = /^[=+\-@\t\r]/;
/** Starts like a number, date, time, currency amount or error value, or is a boolean. */
const CONVERTIBLE = /^(?:[\s\d.,(#$¥€£%']|(?:true|false)$)/i;

/** True when Excel (or a tool reading the sheet later) could take the text for a formula. */
export function looksLikeFormula(value: unknown): boolean {
  return typeof value === "string" && TRIGGER.test(value);
}

/** True when the text needs Excel's text prefix to stay exactly this text. */
export function needsTextPrefix(value: unknown): boolean {
  return typeof value === "string" && (TRIGGER.test(value) || CONVERTIBLE.test(value));
}

/** The value to write so that the cell holds `value` as text. Numbers and booleans are left alone. */
export function asText(value: unknown): unknown {
  return needsTextPrefix(value) ? `'${value as string}` : value;
}

/** A row of cells to write, every risky string prefixed (a new array; the input is not changed). */
export function rowAsText(row: readonly unknown[]): unknown[] {
  let out: unknown[] | null = null;
  for (let j = 0; j < row.length; j++) {
    if (needsTextPrefix(row[j])) {
      out ??= [...row];
      out[j] = asText(row[j]);
    }
  }
  return out ?? (row as unknown[]);
}

/** Rows of cells to write, every risky string prefixed. */
export function rowsAsText(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map(rowAsText);
}
