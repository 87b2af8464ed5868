/**
 * The inputs the training-row search may try: a base row that raises nothing, and for each canonical field a few
 * alternative cell values. These are values, not rows: which combinations reach which branch is found by screening
 * them through the flow (findRows.ts), so a change to the flow changes the workbook.
 *
 * HS codes are drawn from the reference data (one code per 16項 class), countries by group from country-groups.json,
 * list names from the bundled fictional demo list (examples/demo-list.csv).
 */
import type { CanonicalField, OrderRow } from "../engine/types";
import { CANONICAL_FIELDS } from "../engine/types";
import hsScope from "../engine/reference/data/hs-scope.json";

/** A row that, by the rules, raises nothing: a non-controlled lathe to Vietnam for a named, long-standing customer. */
export const BASE_ROW = Object.freeze({
  order_id: "",
  item_description: "CNC lathe",
  hs_code: "8458.11",
  list_control: "非該当",
  destination: "Vietnam",
  consignee: "Saigon Precision Parts Co., Ltd.",
  consignee_country: "VN",
  end_user: "Saigon Precision Parts Co., Ltd.",
  end_user_country: "VN",
  buyer: "Saigon Precision Parts Co., Ltd.",
  end_use: "Turning bicycle hub shells in the customer's own factory",
  transaction_type: "goods",
  known_weapons_use: "none",
  end_user_weapons_activity: "none",
  meti_inform: "none",
  clearly_not_for_weapons: "",
  payment_terms: "L/C at sight",
  order_value: "8000000",
  currency: "JPY",
  transit_countries: "",
  delivery_date: "2027-12-15",
  delivery_address: "12 Nguyen Van Linh, District 7, Ho Chi Minh City",
  customer_since: "2015-04-01",
  service_declined: "no",
  ...(Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`rf${String(i + 1).padStart(2, "0")}`, "no"])) as Record<
    `rf${"0" | "1"}${number}`,
    string
  >),
}) as Readonly<Record<CanonicalField, string>>;

const firstOf = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.find(f);

/** One HS code per class the classifier can give, taken from the reference data. */
function hsAlternatives(): string[] {
  const s1 = hsScope.specified_16_1 as Array<{ prefix: string; conditional?: boolean }>;
  const conditional = firstOf(s1, (e) => !!e.conditional)?.prefix;
  const ambiguous = hsScope.ambiguous_at_4_digits[0];
  const s2Chapter = hsScope.chapters_16_2.find((c) => !s1.some((e) => e.prefix.startsWith(String(c).padStart(2, "0"))));
  const outChapter = Array.from({ length: 97 }, (_, i) => i + 1).find((c) => !hsScope.chapters_16_2.includes(c));
  const out: string[] = [];
  if (s2Chapter !== undefined) out.push(`${String(s2Chapter).padStart(2, "0")}01.00`);
  if (outChapter !== undefined) out.push(`${String(outChapter).padStart(2, "0")}01.00`);
  if (ambiguous) out.push(ambiguous);
  if (conditional) out.push(conditional);
  out.push("12"); // too short to be an HS code
  return out;
}

/** The first demo-list name (a party that matches the bundled fictional list). */
export const DEMO_PARTY = "Qorvanth Precision Dynamics Co. Ltd.";

/**
 * Inputs that are not one canonical cell: a second column for the destination (a header that also means
 * "destination", so a sheet with both columns gives the engine two values for one field), and the 明らか guideline
 * answered as a whole (mg01–mg20 all set to one value).
 */
export const SECOND_DESTINATION = "destination country";
export const ALL_GUIDELINE = "mg01-mg20";
export type SearchField = CanonicalField | typeof SECOND_DESTINATION | typeof ALL_GUIDELINE;
export const GUIDELINE_FIELDS = CANONICAL_FIELDS.filter((f) => /^mg\d\d$/.test(f));

export const ALTERNATIVES: ReadonlyArray<readonly [SearchField, readonly string[]]> = [
  ["transaction_type", ["technology", "barter?"]],
  ["destination", ["North Korea", "Russia", "Somalia", "United States", "Atlantis", ""]],
  [SECOND_DESTINATION, ["Thailand"]],
  ["consignee_country", ["US", "SO", "Atlantis"]],
  ["end_user_country", ["US", "SO", "CN", "Atlantis"]],
  ["end_use", ["", "Machining missile airframe parts"]],
  ["consignee", [DEMO_PARTY, "Global Freight Forwarding LLC"]],
  ["end_user", [DEMO_PARTY, "Ministry of National Defence", "Bộ Công an", "Global Freight Forwarding LLC", ""]],
  ["list_control", ["該当", "未確認"]],
  ["hs_code", hsAlternatives()],
  ["meti_inform", ["WMD", "CW", "maybe?"]],
  ["known_weapons_use", ["WMD", "CW", "maybe?"]],
  ["end_user_weapons_activity", ["WMD", "CW", "unknown", "maybe?"]],
  ["clearly_not_for_weapons", ["yes"]],
  [ALL_GUIDELINE, ["yes"]],
  ["mg01", ["no"]],
  ["payment_terms", ["cash in advance", "T/T from a third party in Dubai"]],
  ["order_value", ["50000000"]],
  ["transit_countries", ["AE"]],
  ["delivery_date", ["TBD"]],
  ["delivery_address", ["1200 Industrial Parkway, Dayton, OH 45402"]],
  ["remarks", ["Buyer will ship the goods on to a customer in Iran"]],
  ["customer_since", ["new customer"]],
  ["service_declined", ["yes"]],
  [
    "remarks",
    ["ship in unmarked boxes", "the final destination must not be disclosed", "spare parts 50x the installed base"],
  ],
  ...Array.from(
    { length: 19 },
    (_, i) => [`rf${String(i + 1).padStart(2, "0")}` as CanonicalField, ["yes", ""]] as const,
  ),
];

/**
 * The base row with changes. A second destination value that differs from the first reaches the engine as two
 * columns for one field do (`{ conflicting: [...] }`, as engine/headers.ts builds it); mg01-mg20 sets every item.
 */
export function baseRow(over: Partial<Record<SearchField, string>> = {}): OrderRow {
  const { [SECOND_DESTINATION]: second, [ALL_GUIDELINE]: all, ...cells } = over;
  const row: OrderRow = { ...BASE_ROW };
  if (all !== undefined) for (const f of GUIDELINE_FIELDS) row[f] = all;
  Object.assign(row, cells);
  const first = String(row.destination ?? "");
  if (second && second !== first) row.destination = first ? { conflicting: [first, second] } : second;
  return row;
}

/** The cells of a searched row as a sheet holds them: the canonical columns, then the second destination column. */
export function sheetCells(row: OrderRow): Record<CanonicalField | typeof SECOND_DESTINATION, string> {
  const out = {} as Record<CanonicalField | typeof SECOND_DESTINATION, string>;
  for (const f of CANONICAL_FIELDS) {
    const v = row[f];
    const c =
      v && typeof v === "object" && "conflicting" in v ? (v as { conflicting: unknown[] }).conflicting : undefined;
    out[f] = String((c ? c[0] : v) ?? "");
    if (f === "destination") out[SECOND_DESTINATION] = c ? String(c[1] ?? "") : "";
  }
  return out;
}
