/**
 * Currencies as order sheets write them (code, symbol, local form) and an indicative yen value for the high-value
 * test of red flag 5 (reference/data/currencies.json). A currency the table does not know is never taken as yen.
 */
import data from "../reference/data/currencies.json";
import { cellText } from "./text";

const FORMS = new Map<string, string>();
for (const [code, c] of Object.entries(data.currencies)) for (const f of c.forms) FORMS.set(f.toLowerCase(), code);
const RATES = Object.fromEntries(Object.entries(data.currencies).map(([k, v]) => [k, v.jpy])) as Record<string, number>;

export const CURRENCY_RATES_AS_OF = data.as_of;

/** ISO 4217 code of a currency cell ("US$", "人民币", "₩", "円" …); "" for a blank cell; undefined when unknown. */
export function currencyCode(value: unknown): string | undefined {
  const s = cellText(value).toLowerCase().replace(/\s+/g, " ").trim();
  if (!s) return "";
  const direct = FORMS.get(s) ?? FORMS.get(s.replace(/[.]$/, ""));
  if (direct) return direct;
  const upper = s.toUpperCase();
  return /^[A-Z]{3}$/.test(upper) && RATES[upper] !== undefined ? upper : undefined;
}

export interface YenValue {
  /** Indicative yen value; undefined when the currency is unknown (never compared as yen). */
  jpy?: number;
  /** The ISO code read ("JPY" for a blank currency cell: the documented default). */
  code?: string;
}

/** The amount in yen at the table's indicative rate. A blank currency is yen; an unknown one gives no value. */
export function toYen(amount: number, currency: unknown): YenValue {
  const code = currencyCode(currency);
  if (code === undefined) return {};
  const c = code || "JPY";
  return { jpy: amount * RATES[c], code: c };
}

/**
 * The currency written inside an amount cell ("$250,000", "RMB 2,000,000", "250,000 US$", "3000000 ドル"): what is
 * left once the number and its multiplier are taken out. "" when the cell holds a bare number. The mark is returned
 * as written, so a mark the table does not know stays unknown (never yen).
 */
export function currencyMarkInAmount(value: unknown): string {
  if (typeof value === "number") return "";
  return cellText(value)
    .replace(/[+-]?\d[\d.,\s\u00a0']*(?:e[+-]?\d+)?(?:k|mn|mm|m|bn|b|千|百万|万|億)?(?![a-z])/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}
