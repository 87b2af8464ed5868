/** Normalisation of the enumerated and typed input fields (yes/no, list control, weapons facts, dates, money). */
import { cellText, isExcelError, textKey } from "./text";

export type YesNo = "yes" | "no" | "blank" | "invalid";

const YES = new Set(["yes", "y", "true", "1", "はい", "有", "あり", "有り", "○", "〇", "◯", "✓", "✔", "該当", "要"]);
const NO = new Set(["no", "n", "false", "0", "いいえ", "無", "なし", "無し", "×", "-", "非該当", "否", "不要"]);

export function parseYesNo(value: unknown): YesNo {
  if (value === undefined || value === null || value === "") return "blank";
  const k = textKey(value);
  if (!k) return "blank";
  if (YES.has(k)) return "yes";
  if (NO.has(k)) return "no";
  return "invalid";
}

export type ListControl = "controlled" | "non-controlled" | "unknown";

export interface ListControlValue {
  value: ListControl;
  item?: string;
  raw: string;
}

const listControlCache = new Map<string, ListControlValue>();

/** 該非判定: controlled/該当 (optionally with 項番), non-controlled/非該当; blank, 未判定 or anything else = unknown. */
export function parseListControl(value: unknown): ListControlValue {
  const raw = cellText(value);
  let hit = listControlCache.get(raw);
  if (!hit) {
    if (listControlCache.size > 5000) listControlCache.clear();
    listControlCache.set(raw, (hit = Object.freeze(parseListControlText(raw))));
  }
  return hit;
}

/** True when every opening bracket in the text has its closing one. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if ("(（[［".includes(ch)) depth++;
    else if (")）]］".includes(ch) && --depth < 0) return false;
  }
  return depth === 0;
}

function parseListControlText(raw: string): ListControlValue {
  const k = raw.toLowerCase().replace(/\s+/g, " ");
  if (!k) return { value: "unknown", raw };
  // US classifications (EAR99, NLR) say nothing about Japan's 該非判定 → unknown.
  if (/^(non[- ]?controlled|not controlled|非該当|該当なし|該当せず|該当しない|対象外|リスト規制非該当)/.test(k))
    return { value: "non-controlled", raw };
  const m = /^(controlled|リスト規制該当|該当|listed)\s*[:：]?\s*(.*)$/.exec(k);
  let item: string | undefined;
  if (m) {
    // "該当（2項(12)）" → 2項(12); the item's own brackets stay ("該当 2項(12)" → 2項(12)).
    const inner = m[2].trim();
    const wrapped = /^[(（[［]\s*(.*?)\s*[)）\]］]$/.exec(inner);
    const unwrapped = wrapped && balanced(wrapped[1]) ? wrapped[1] : inner;
    item = unwrapped.trim() || undefined;
  } else if (/^\d+(の\d+)?\s*項/.test(k))
    item = raw; // a bare 項番 such as "2項" or "3の2項(1)"
  else return { value: "unknown", raw };
  // 16項 is the catch-all itself, not list control (別表第一 1–15項).
  if (item && /^16\s*項/.test(item)) return { value: "non-controlled", raw };
  if (item) {
    const n = /^(\d+)/.exec(item);
    if (n && (Number(n[1]) < 1 || Number(n[1]) > 15)) return { value: "unknown", raw };
  }
  return { value: "controlled", item, raw };
}

export type WeaponsKnown = "none" | "WMD" | "CW" | "unknown" | "invalid";

/** `none`, `WMD`, `CW` (and for end-user activity `unknown`). Blank means nothing is known = none. */
export function parseWeapons(value: unknown, allowUnknown: boolean): WeaponsKnown {
  if (isExcelError(value)) return "invalid";
  const k = textKey(value).replace(/[\s_-]/g, "");
  if (!k || k === "none" || k === "no" || k === "なし" || k === "無" || k === "該当なし") return "none";
  if (k === "wmd" || k === "大量破壊兵器" || k === "核兵器等") return "WMD";
  if (k === "cw" || k === "通常兵器" || k === "conventional" || k === "conventionalweapons") return "CW";
  if (allowUnknown && (k === "unknown" || k === "不明" || k === "未確認" || k === "?")) return "unknown";
  return "invalid";
}

export function parseTransactionType(value: unknown): "goods" | "technology" | "invalid" {
  if (isExcelError(value)) return "invalid";
  const k = textKey(value);
  if (!k || k === "goods" || k === "貨物" || k === "物品") return "goods";
  if (
    k === "technology" ||
    k === "tech" ||
    k === "技術" ||
    k === "技術提供" ||
    k === "software" ||
    k === "ソフトウェア"
  )
    return "technology";
  return "invalid";
}

/** Parses a date cell: Date, Excel serial number, yyyy-mm-dd, yyyy/mm/dd, yyyy年m月d日. Returns ISO yyyy-mm-dd or undefined. */
const dateCache = new Map<string, string | undefined>();

export function parseDate(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") {
    if (dateCache.has(value)) return dateCache.get(value);
    if (dateCache.size > 20000) dateCache.clear();
    const parsed = parseDateUncached(value);
    dateCache.set(value, parsed);
    return parsed;
  }
  return parseDateUncached(value);
}

function parseDateUncached(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === "number" && Number.isFinite(value) && value > 20000 && value < 80000) {
    // Excel serial date (1900 system): day 25569 is 1970-01-01.
    const ms = Math.round((value - 25569) * 86400000);
    return new Date(ms).toISOString().slice(0, 10);
  }
  const s = cellText(value);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(s);
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Parses an amount such as 12,000,000 / ¥12,000,000 / 1.2e6 / 1200万; undefined when not a number. */
export function parseAmount(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  let s = cellText(value).replace(/[,\s¥$€£円]|JPY|USD|EUR/gi, "");
  let factor = 1;
  if (s.endsWith("億")) {
    factor = 1e8;
    s = s.slice(0, -1);
  } else if (s.endsWith("万")) {
    factor = 1e4;
    s = s.slice(0, -1);
  }
  if (!/^[+]?\d+(\.\d+)?(e[+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s) * factor;
  return Number.isFinite(n) ? n : undefined;
}

/** Rough conversion to JPY for the high-value test; unknown currencies are treated as JPY (noted by the caller). */
const JPY_PER_UNIT: Record<string, number> = {
  JPY: 1,
  USD: 150,
  EUR: 160,
  GBP: 190,
  CNY: 21,
  HKD: 19,
  KRW: 0.11,
  TWD: 4.7,
  SGD: 110,
  THB: 4.2,
  AUD: 100,
  CHF: 170,
  RUB: 1.6,
};

export function toJpy(amount: number, currency: unknown): { jpy: number; known: boolean } {
  const c = cellText(currency).toUpperCase().replace("円", "JPY").replace("¥", "JPY");
  if (!c) return { jpy: amount, known: true };
  const rate = JPY_PER_UNIT[c];
  return rate === undefined ? { jpy: amount, known: false } : { jpy: amount * rate, known: true };
}
