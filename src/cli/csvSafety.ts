/**
 * CSV formula injection: a spreadsheet opening a CSV runs a cell that starts with = + - @ (or tab / CR) as a
 * formula. Values the CLI writes itself are prefixed with an apostrophe; input values are only reported
 * (or escaped with --escape-input) so that the input columns are written back unchanged by default.
 */

const TRIGGER = /^[=+\-@\t\r]/;
/** Plain numbers such as -5, +81, -1,200.50 are data, not formulas. */
const PLAIN_NUMBER = /^[+-]?(\d[\d,]*)(\.\d+)?([eE][+-]?\d+)?$/;

/** True when a spreadsheet could treat the text as a formula (plain signed numbers excluded). */
export function looksLikeFormula(value: string): boolean {
  return TRIGGER.test(value) && !PLAIN_NUMBER.test(value);
}

/** Prefixes an apostrophe when the value starts with a formula trigger character. */
export function escapeFormula(value: string): string {
  return TRIGGER.test(value) ? `'${value}` : value;
}
