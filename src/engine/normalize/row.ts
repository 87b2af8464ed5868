/**
 * Normalises one order row into typed facts the flow and the red-flag detectors use.
 * Never throws: unusable values become "unknown"/"invalid" plus a note in both languages.
 */
import type { OrderRow, Text } from "../types";
import { cellText, isExcelError } from "./text";
import { resolveCountry, resolveCountryList, type CountryResolution } from "./country";
import { classifyHs, type HsClassification } from "./hs";
import {
  parseListControl,
  parseTransactionType,
  parseWeapons,
  parseYesNo,
  parseDate,
  parseAmount,
  type ListControl,
  type WeaponsKnown,
  type YesNo,
} from "./values";

export interface NormalizedRow {
  orderId: string;
  item: string;
  hs: HsClassification;
  listControl: ListControl;
  listControlItem?: string;
  destination: CountryResolution;
  consignee: string;
  consigneeCountry: CountryResolution;
  endUser: string;
  endUserCountry: CountryResolution;
  buyer: string;
  endUse: string;
  technology: boolean;
  transactionTypeInvalid: boolean;
  knownUse: WeaponsKnown;
  activity: WeaponsKnown;
  inform: WeaponsKnown;
  clearlyNotForWeapons: boolean;
  paymentTerms: string;
  orderValue?: number;
  currency: string;
  transit: CountryResolution[];
  /** Whether the sheet has the delivery columns at all (a missing column is not a vague delivery). */
  hasDeliveryDate: boolean;
  hasDeliveryAddress: boolean;
  deliveryDateRaw: string;
  deliveryDate?: string;
  deliveryAddress: string;
  customerSinceRaw: string;
  customerSince?: string;
  serviceDeclined: YesNo;
  /** Checklist answers RF01…RF19 (index 0 = RF01). */
  checklist: YesNo[];
  notes: Text[];
}

const note = (ja: string, en: string): Text => ({ ja, en });

/** The checklist of a row with no answers at all: shared, frozen. */
const NO_ANSWERS = Object.freeze(new Array<YesNo>(19).fill("blank")) as YesNo[];

const RF_KEYS = Array.from({ length: 19 }, (_, i) => `rf${String(i + 1).padStart(2, "0")}` as keyof OrderRow);

export function normalizeRow(row: OrderRow): NormalizedRow {
  const r = (row ?? {}) as OrderRow;
  const notes: Text[] = [];
  for (const key in r) {
    const v = r[key as keyof OrderRow];
    if (isExcelError(v))
      notes.push(
        note(
          `${key} のセルがExcelエラー（${String(v).trim()}）です。空欄ではなく不明として扱います`,
          `${key} holds an Excel error (${String(v).trim()}); treated as unknown, not as blank`,
        ),
      );
  }
  const lc = parseListControl(r.list_control);
  const tx = parseTransactionType(r.transaction_type);
  if (tx === "invalid")
    notes.push(
      note(
        `取引種別「${cellText(r.transaction_type)}」は不明な値です（貨物として扱い、要確認）`,
        `Transaction type "${cellText(r.transaction_type)}" not recognised (treated as goods; review)`,
      ),
    );
  const knownUse = parseWeapons(r.known_weapons_use, false);
  const activity = parseWeapons(r.end_user_weapons_activity, true);
  const inform = parseWeapons(r.meti_inform, false);
  for (const [field, v, label] of [
    ["known_weapons_use", knownUse, "兵器用途の認識"],
    ["end_user_weapons_activity", activity, "需要者の兵器関連活動"],
    ["meti_inform", inform, "インフォーム"],
  ] as const) {
    if (v === "invalid")
      notes.push(
        note(
          `${label}（${field}）の値「${cellText(r[field])}」を解釈できません（不明として要確認）`,
          `${field} value "${cellText(r[field])}" not understood (treated as unknown; review)`,
        ),
      );
  }
  const clearly = parseYesNo(r.clearly_not_for_weapons);
  if (clearly === "invalid")
    notes.push(
      note(
        `「明らか」判定欄の値「${cellText(r.clearly_not_for_weapons)}」を解釈できません`,
        `clearly_not_for_weapons value "${cellText(r.clearly_not_for_weapons)}" not understood`,
      ),
    );
  let checklist: YesNo[] = NO_ANSWERS;
  let answered = false;
  for (let i = 0; i < 19 && !answered; i++)
    answered = r[RF_KEYS[i]] !== undefined && r[RF_KEYS[i]] !== null && r[RF_KEYS[i]] !== "";
  if (answered) checklist = [];
  for (let i = 0; i < 19 && answered; i++) {
    const key = RF_KEYS[i];
    const v = parseYesNo(r[key]);
    if (v === "invalid")
      notes.push(
        note(
          `${key.toUpperCase()} の回答「${cellText(r[key])}」を解釈できません（未回答として扱います）`,
          `${key.toUpperCase()} answer "${cellText(r[key])}" not understood (treated as unanswered)`,
        ),
      );
    checklist.push(v);
  }
  const deliveryDateRaw = cellText(r.delivery_date);
  const customerSinceRaw = cellText(r.customer_since);
  const orderValue = parseAmount(r.order_value);
  if (cellText(r.order_value) && orderValue === undefined)
    notes.push(
      note(
        `金額「${cellText(r.order_value)}」を数値として読めません`,
        `Order value "${cellText(r.order_value)}" is not a number`,
      ),
    );
  return {
    orderId: cellText(r.order_id),
    item: cellText(r.item_description),
    hs: classifyHs(r.hs_code),
    listControl: lc.value,
    listControlItem: lc.item,
    destination: resolveCountry(r.destination),
    consignee: cellText(r.consignee),
    consigneeCountry: resolveCountry(r.consignee_country),
    endUser: cellText(r.end_user),
    endUserCountry: resolveCountry(r.end_user_country),
    buyer: cellText(r.buyer),
    endUse: cellText(r.end_use),
    technology: tx === "technology",
    transactionTypeInvalid: tx === "invalid",
    knownUse,
    activity,
    inform,
    clearlyNotForWeapons: clearly === "yes",
    paymentTerms: cellText(r.payment_terms),
    orderValue,
    currency: cellText(r.currency),
    transit: resolveCountryList(r.transit_countries),
    hasDeliveryDate: r.delivery_date !== undefined,
    hasDeliveryAddress: r.delivery_address !== undefined,
    deliveryDateRaw,
    deliveryDate: parseDate(r.delivery_date),
    deliveryAddress: cellText(r.delivery_address),
    customerSinceRaw,
    customerSince: parseDate(r.customer_since),
    serviceDeclined: parseYesNo(r.service_declined),
    checklist,
    notes,
  };
}
