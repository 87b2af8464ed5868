/**
 * Turning custom-function arguments into order rows. Pure.
 *   SCREEN(destination, hsCode, endUser, [endUse], [consignee], [knownUse], [endUserActivity], [listControl], [inform])
 *   SCREENROW(row, headers): the header row maps the row's cells to fields as the task pane would.
 */
import { mapHeaders, orderRowBuilder } from "../engine/headers";
import type { CanonicalField, OrderRow } from "../engine/types";

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
): { rows: OrderRow[]; missing: CanonicalField[]; problem?: string } {
  const header = headers[0] ?? [];
  if (headers.length !== 1) return { rows: [], missing: [], problem: "headers must be one row" };
  const width = rows[0]?.length ?? 0;
  if (header.length !== width)
    return {
      rows: [],
      missing: [],
      problem: `headers (${header.length} cells) and row (${width} cells) differ in width`,
    };
  const mapping = mapHeaders(header);
  const build = orderRowBuilder(mapping);
  const out = rows.map((r) => build(r));
  return { rows: out, missing: mapping.missingRequired };
}
