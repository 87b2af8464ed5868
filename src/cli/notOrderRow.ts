/**
 * Rows below the header that are not orders and get no decision: a repeated header row (a second block of the
 * same list, whose 「インフォーム」 would otherwise read as an inform received) and a totals, count or footnote line
 * (合計 / 計 / 件数 / Total / ※…) that names no item, no party and no destination. Anything else is screened: when
 * unsure, a row is an order. The run names the rows passed over in a note.
 */
import type { HeaderMapping } from "../engine/headers";
import type { CanonicalField } from "../engine/types";
import { cellToText } from "./cellText";

export type NotOrder = "header" | "total";

const norm = (v: unknown) => cellToText(v).normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** Fields that make a row an order when any of them has a value. */
const ORDER_FIELDS: readonly CanonicalField[] = [
  "item_description",
  "hs_code",
  "list_control",
  "destination",
  "consignee",
  "consignee_country",
  "end_user",
  "end_user_country",
  "buyer",
  "delivery_address",
];

const TOTAL_WORD = /^(?:総?合計|総計|小計|計|総?件数|total|sub-?total|grand total|sum|count)(?:$|[\s:：(（]|\d|件)/;
const NUMBER = /^[-+]?[\d,.]+$/;
const FOOTNOTE = /^[※＊*]|^注[:：]|^note[:：]/;

/** Why a row below the header is not an order, or undefined when it is (or may be) one. */
export function notOrderRow(cells: unknown[], headerCells: unknown[], mapping: HeaderMapping): NotOrder | undefined {
  const columns = Object.values(mapping.byField) as number[];
  const filled = columns.filter((c) => norm(cells[c]) !== "");
  if (filled.length >= 2 && filled.every((c) => norm(cells[c]) === norm(headerCells[c]))) return "header";
  const by = mapping.byField;
  // A bare number in a name column (a count line's 「件数 | 14」) names nothing; an HS code or classification does.
  const names = (f: CanonicalField, v: string) =>
    v !== "" && (f === "hs_code" || f === "list_control" || !NUMBER.test(v));
  if (ORDER_FIELDS.some((f) => by[f] !== undefined && names(f, norm(cells[by[f]!])))) return undefined;
  if (filled.some((c) => TOTAL_WORD.test(norm(cells[c])) || FOOTNOTE.test(norm(cells[c])))) return "total";
  return undefined;
}
