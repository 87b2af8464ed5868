/**
 * Turning custom-function arguments into order rows. Pure.
 *   SCREEN(row, headers, [result])   the main form: a row range and its header row, mapped as the pane maps
 *   SCREEN(destination, hsCode, endUser, [endUse], [consignee], [knownUse], [endUserActivity], [listControl],
 *          [inform], [result])       the argument form, for single cells
 *   SCREENROW(row, headers): the header row maps the row's cells to fields as the task pane would.
 * `result` chooses what SCREEN returns: the decision's label in the user's language (default) or its fixed code.
 */
import { mapHeaders, orderRowBuilder } from "../engine/headers";
import type { CanonicalField, OrderRow, Text } from "../engine/types";
import { FN_MESSAGES, fill } from "./messages";

/** Excel passes an omitted optional argument as null or undefined; an empty cell as "" (or 0 for some hosts). */
function arg(v: unknown): unknown {
  return v === undefined || v === null ? undefined : v;
}

export interface ScreenArgs {
  destination: unknown;
  hsCode: unknown;
  endUser: unknown;
  endUse?: unknown;
  consignee?: unknown;
  knownUse?: unknown;
  endUserActivity?: unknown;
  listControl?: unknown;
  inform?: unknown;
}

export function rowFromArgs(a: ScreenArgs): OrderRow {
  const row: OrderRow = {
    destination: arg(a.destination),
    hs_code: arg(a.hsCode),
    end_user: arg(a.endUser),
  };
  const optional: Array<[CanonicalField, unknown]> = [
    ["end_use", a.endUse],
    ["consignee", a.consignee],
    ["known_weapons_use", a.knownUse],
    ["end_user_weapons_activity", a.endUserActivity],
    ["list_control", a.listControl],
    ["meti_inform", a.inform],
  ];
  for (const [f, v] of optional) if (arg(v) !== undefined) row[f] = v;
  return row;
}

/** True when none of the three required arguments holds anything. */
export function isEmptyCall(a: ScreenArgs): boolean {
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
  return blank(a.destination) && blank(a.hsCode) && blank(a.endUser);
}

/** Order rows from a range of rows and its header row (one row of header names, same width). */
export function rowsFromRange(
  rows: unknown[][],
  headers: unknown[][],
): { rows: OrderRow[]; missing: CanonicalField[]; problem?: Text } {
  const header = headers[0] ?? [];
  if (headers.length !== 1) return { rows: [], missing: [], problem: FN_MESSAGES.headersOneRow };
  const width = rows[0]?.length ?? 0;
  if (header.length !== width) {
    const vars = { h: header.length, r: width };
    const m = FN_MESSAGES.widthDiffers;
    return { rows: [], missing: [], problem: { ja: fill(m.ja, vars), en: fill(m.en, vars) } };
  }
  const mapping = mapHeaders(header);
  if (mapping.columns.every((f) => f === null)) return { rows: [], missing: [], problem: FN_MESSAGES.noField };
  const build = orderRowBuilder(mapping);
  const out = rows.map((r) => build(r));
  return { rows: out, missing: mapping.missingRequired };
}

/** What SCREEN returns: the decision's label in the user's language, or its fixed code (PROHIBITED …). */
export type ResultKind = "label" | "code";

/** The optional last argument of SCREEN; undefined when it is not understood. */
export function resultKind(v: unknown): ResultKind | undefined {
  if (v === undefined || v === null || v === "") return "label";
  if (typeof v !== "string") return undefined;
  const s = v.normalize("NFKC").trim().toLowerCase();
  if (["label", "ラベル", "表示名", "名前"].includes(s)) return "label";
  if (["code", "コード", "判定コード"].includes(s)) return "code";
  return undefined;
}

export function badResultKind(v: unknown): Text {
  const m = FN_MESSAGES.badResult;
  return { ja: fill(m.ja, { v: String(v) }), en: fill(m.en, { v: String(v) }) };
}

/** A 1×1 range's value (Excel passes a single value to a range parameter as [[value]]). */
function single(v: unknown): unknown {
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
}

/**
 * Which form SCREEN was called in. The row form's header argument is a row of two or more cells, or a cell
 * naming a known field; the argument form's second argument is an HS code.
 */
export function isRowForm(first: unknown, second: unknown): boolean {
  if (!Array.isArray(second) || !Array.isArray(second[0])) return false;
  const cells = second.flat();
  if (cells.length >= 2) return true;
  return Array.isArray(first) && mapHeaders(cells).columns.some((f) => f !== null);
}

/** The argument form's values from SCREEN's arguments (ranges of one cell read as their value). */
export function argsFromCall(values: unknown[]): ScreenArgs {
  const [destination, hsCode, endUser, endUse, consignee, knownUse, endUserActivity, listControl, inform] =
    values.map(single);
  return { destination, hsCode, endUser, endUse, consignee, knownUse, endUserActivity, listControl, inform };
}
