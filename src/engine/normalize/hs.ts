/**
 * HS / Japanese statistical code normalisation and classification into 16項(1) / 16項(2) / outside 16項.
 * The scope table is reference data (reference/data/hs-scope.json); what the nomenclature looks like (split headings,
 * the last heading of chapters 01–09, chapters that do not exist) is reference/data/hs-structure.json.
 *
 * Spreadsheets mangle codes stored as numbers: 0101.21 arrives as 10121 or 101.21 (leading zero lost), 9030.20 as
 * 9030.2 (trailing zero lost), big numbers as 8.4601E+08 (digits lost). A shortened code is read only where one
 * reading is possible; where the readings differ in their 16項(1) status the class is S1_AMBIGUOUS (the flow caps the
 * conventional-weapons outcomes at review), and exponent forms, non-finite numbers and unreadable chapters are INVALID.
 */
import scope from "../reference/data/hs-scope.json";
import structure from "../reference/data/hs-structure.json";
import type { Text } from "../types";
import { cellText, isExcelError } from "./text";

export type ItemClass =
  | "S1" // 16項(1) specified item
  | "S1_CONDITIONAL" // 8807: only parts of UAVs/spacecraft are 16項(1); the code alone cannot tell
  | "S1_AMBIGUOUS" // the code as given (4 digits, or a shortened code) cannot settle the 16項(1) status
  | "S2" // 16項(2)
  | "OUT" // outside 16項
  | "INVALID"; // missing or malformed code

export interface HsClassification {
  digits: string;
  itemClass: ItemClass;
  /** The 16項(1) entry matched, if any. */
  specified?: (typeof scope.specified_16_1)[number];
  chapter?: number;
  /** How a shortened or mangled value was read, or why it could not be read (ja/en); absent when read as written. */
  note?: Text;
}

const t = (ja: string, en: string): Text => ({ ja, en });

/** Lengths a code can have: heading, subheading, tariff line, Japanese statistical code, with NACCS digit. */
const CODE_LENGTHS = new Set([4, 6, 8, 9, 10]);
const MISSING_CHAPTERS = new Set(structure.missing_chapters);
const LAST_HEADING = structure.last_heading_01_09 as Record<string, number>;
const SPLIT = structure.split_headings as Record<string, string[]>;

function chapterExists(digits: string): boolean {
  const ch = Number(digits.slice(0, 2));
  return ch >= 1 && ch <= 97 && !MISSING_CHAPTERS.has(ch);
}

/** A code starting with 0 is plausible only where its chapter (01–09) has such a heading. */
function leadingZeroPlausible(digits: string): boolean {
  if (!chapterExists(digits)) return false;
  const last = LAST_HEADING[digits.slice(0, 2)];
  if (last === undefined) return false;
  if (digits.length < 4) return true;
  const h = Number(digits.slice(2, 4));
  return h >= 1 && h <= last;
}

/** A candidate reading of the cell. A shadow reading is the heading the digits would name as written (odd length). */
interface Reading {
  digits: string;
  /** The digits a spreadsheet left (before any zero was restored), for the 5-digit group check. */
  given?: string;
  shadow?: boolean;
}

type Parsed = { readings: Reading[]; how?: "leading" | "trailing" } | { invalid: Text };

const EXPONENT = /^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i;

/** Strips dots, spaces and hyphens; returns the digits, or "" when the cell is not a plausible code. */
export function normalizeHs(value: unknown): string {
  const p = parse(unwrap(value));
  return "readings" in p && p.readings[0] && !p.readings[0].shadow ? p.readings[0].digits : "";
}

function unwrap(value: unknown): unknown {
  if (value && typeof value === "object" && !(value instanceof Date)) {
    if ("result" in value) return unwrap((value as { result: unknown }).result);
    if ("text" in value) return (value as { text: unknown }).text;
  }
  return value;
}

function parse(value: unknown): Parsed {
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      return { invalid: t("HSコードが数値として無限大・非数です", "the HS code is not a finite number") };
    if (value <= 0) return { invalid: t("HSコードが0以下の数値です", "the HS code is a number of zero or less") };
    let s = String(value);
    if (/e/i.test(s)) return { invalid: exponentNote(s) };
    if (Number.isInteger(value)) return integerReadings(s);
    let [int, frac] = s.split(".");
    // Floating-point noise from a formula (9030.200000000001): six decimals are more than any code has.
    if (frac.length > 6) {
      s = value.toFixed(6).replace(/0+$/, "");
      [int, frac] = s.split(".");
      if (!frac) return integerReadings(int);
    }
    return decimalReadings(int, frac);
  }
  // A label written before the code ("HS 8459.21", "HSコード: 845921", "統計品目番号 8459.21-000") is not part of it.
  const text = cellText(value).replace(
    /^(?:hs\s*(?:code|コード|no\.?)?|h\.s\.|統計品目番号|品目番号|税番|tariff\s*(?:code|no\.?))\s*[:：#]?\s*(?=\d)/iu,
    "",
  );
  if (!text) return { invalid: t("HSコードが空欄です", "the HS code is blank") };
  const compact = text.replace(/\s+/g, "");
  if (EXPONENT.test(compact)) return { invalid: exponentNote(compact) };
  if (/^\d{1,3}(?:,\d{3})+$/.test(compact)) return integerReadings(compact.replace(/,/g, ""));
  const dec = /^(\d+)\.(\d+)$/.exec(compact);
  if (dec) return decimalReadings(dec[1], dec[2]);
  const digits = text.replace(/[\s.\-－‐・_/]/g, "");
  if (!/^\d+$/.test(digits))
    return { invalid: t(`HSコード「${text}」は数字ではありません`, `"${text}" is not a code`) };
  return integerReadings(digits);
}

function exponentNote(s: string): Text {
  return t(
    `HSコード「${s}」は指数表記で、表計算ソフトが桁を失っています。セルの書式を文字列にしてコードを入れ直してください`,
    `HS code "${s}" is in exponent form: the spreadsheet lost digits. Format the cell as text and enter the code again`,
  );
}

/** A run of digits (a number cell, or text without separators). */
function integerReadings(d: string): Parsed {
  const readings: Reading[] = [];
  const asIs = CODE_LENGTHS.has(d.length) && chapterExists(d);
  if (asIs) readings.push({ digits: d });
  const alt = "0" + d;
  // A ten-digit reading (nine digits plus the NACCS digit) is not offered: order sheets carry the nine-digit code.
  const altOk = d[0] !== "0" && alt.length < 10 && CODE_LENGTHS.has(alt.length) && leadingZeroPlausible(alt);
  if (altOk) {
    readings.push({ digits: alt });
    // Odd length as written: the heading it would name still counts when the readings are compared.
    if (!asIs && d.length >= 4 && chapterExists(d)) readings.push({ digits: d.slice(0, 4), shadow: true });
  }
  if (!readings.length && CODE_LENGTHS.has(d.length))
    return {
      invalid: t(
        `HSコード「${d}」の類（上2桁 ${d.slice(0, 2)}）は存在しません`,
        `HS code "${d}": chapter ${d.slice(0, 2)} does not exist`,
      ),
    };
  if (!readings.length)
    return {
      invalid: t(
        `HSコード「${d}」は${d.length}桁で、どの桁数のコードとしても読めません`,
        `HS code "${d}" has ${d.length} digits and reads as no code`,
      ),
    };
  return { readings, how: altOk && !asIs ? "leading" : undefined };
}

/** A code written as a decimal number (8456.1, 101.21, 84.6): the dot fixes where the heading ends. */
function decimalReadings(int: string, frac: string): Parsed {
  let how: "leading" | "trailing" | undefined;
  if (int.length % 2 === 1) {
    int = "0" + int; // 101.21 was 0101.21
    if (!leadingZeroPlausible(int))
      return {
        invalid: t(
          `HSコード「${int.slice(1)}.${frac}」は類（上2桁）を読めません`,
          `HS code "${int.slice(1)}.${frac}": the chapter cannot be read`,
        ),
      };
    how = "leading";
  }
  if (![2, 4, 6].includes(int.length) || !chapterExists(int))
    return {
      invalid: t(
        `HSコード「${int}.${frac}」は類（上2桁）を読めません`,
        `HS code "${int}.${frac}": the chapter cannot be read`,
      ),
    };
  const widths = int.length === 6 ? [3, 4] : int.length === 4 ? [2, 4, 5, 6] : [2, 4];
  const width = widths.find((w) => w >= frac.length);
  if (width === undefined)
    return {
      invalid: t(`HSコード「${int}.${frac}」は桁が多すぎます`, `HS code "${int}.${frac}" has too many digits`),
    };
  const given = int + frac;
  const digits = int + frac.padEnd(width, "0");
  if (digits.length > given.length) how ??= "trailing";
  return { readings: [{ digits, given }], how };
}

const cache = new Map<string, HsClassification>();

/** Classifies an HS cell. Results are cached by input and shared: do not mutate them. */
export function classifyHs(value: unknown): HsClassification {
  const v = unwrap(value);
  const key = typeof v === "number" ? `n${v}` : `s${isExcelError(v) ? "" : cellText(v)}`;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size > 20000) cache.clear();
    hit = Object.freeze(classifyParsed(parse(v), v));
    cache.set(key, hit);
  }
  return hit;
}

const S1_LIKE = new Set<ItemClass>(["S1", "S1_CONDITIONAL", "S1_AMBIGUOUS"]);

function shown(v: unknown): string {
  return typeof v === "number" ? String(v) : cellText(v);
}

function classifyParsed(p: Parsed, raw: unknown): HsClassification {
  if ("invalid" in p) return { digits: "", itemClass: "INVALID", note: shown(raw) ? p.invalid : undefined };
  const input = shown(raw);
  const real = p.readings.filter((r) => !r.shadow);
  if (!real.length) return { digits: "", itemClass: "INVALID" };
  const classes = p.readings.map((r) => classifyReading(r));
  const first = classes[0];
  if (classes.every((c) => c.itemClass === first.itemClass)) {
    if (real.length > 1)
      return {
        ...first,
        note: t(
          `HS「${input}」は ${real.map((r) => r.digits).join(" / ")} のいずれとも読めますが、どちらでも16項の区分は同じです`,
          `HS "${input}" reads as ${real.map((r) => r.digits).join(" / ")}; the 16項 class is the same either way`,
        ),
      };
    if (!p.how) return first;
    const note =
      p.how === "leading"
        ? t(
            `HS「${input}」は数値セルで先頭の0が落ちたものとして ${first.digits} と読みました`,
            `HS "${input}" read as ${first.digits}: a number cell dropped the leading zero`,
          )
        : t(
            `HS「${input}」は数値セルで末尾の0が落ちたものとして ${first.digits} と読みました`,
            `HS "${input}" read as ${first.digits}: a number cell dropped the trailing zero`,
          );
    return { ...first, note: first.note ?? note };
  }
  // The readings disagree: never pick the milder one.
  const s1 = classes.some((c) => S1_LIKE.has(c.itemClass));
  const itemClass: ItemClass = s1 ? "S1_AMBIGUOUS" : classes.some((c) => c.itemClass === "S2") ? "S2" : first.itemClass;
  const list = (open: string, close: string) =>
    p.readings.map((r) => (r.shadow ? `${input}${open}${r.digits}…${close}` : r.digits)).join(" / ");
  const specified = classes.find((c) => c.specified)?.specified;
  return {
    digits: real[0].digits,
    itemClass,
    specified: itemClass === "S1_AMBIGUOUS" ? undefined : specified,
    chapter: first.chapter,
    note: t(
      `HS「${input}」は表計算ソフトで桁が落ちた可能性があり、${list("（", "）")} のいずれとも読めます。読み方により16項の区分が変わるため、正しいコード（統計品目番号9桁）を文字列で入力してください`,
      `HS "${input}" may have lost digits in a spreadsheet and reads as ${list(" (", ")")}; the 16項 class depends on which. Enter the full code (nine-digit statistical code) as text`,
    ),
  };
}

/** A reading whose sixth digit was restored as a zero names a five-digit group; a mixed group leaves 16項(1) open. */
function classifyReading(r: Reading): HsClassification {
  const base = classifyDigits(r.digits);
  const g = r.given;
  if (!g || g.length !== 5 || r.digits.length <= 5) return base;
  const split = SPLIT[g.slice(0, 4)];
  if (!split || split.includes(r.digits.slice(0, 6))) return base;
  const members = split.filter((s) => s.startsWith(g));
  if (!members.length) return base;
  const classes = members.map((m) => classifyDigits(m));
  if (classes.every((c) => c.itemClass === classes[0].itemClass)) return { ...classes[0], digits: r.digits };
  const s1 = members.filter((_, i) => S1_LIKE.has(classes[i].itemClass));
  const last = members[members.length - 1];
  const range = `${members[0].slice(0, 4)}.${members[0].slice(4)}〜${last.slice(0, 4)}.${last.slice(4)}`;
  return {
    digits: r.digits,
    itemClass: "S1_AMBIGUOUS",
    chapter: base.chapter,
    note: t(
      `HS「${g.slice(0, 4)}.${g.slice(4)}」は ${range} のいずれかで、16項(1)に当たる号（${s1.join(", ")}）と当たらない号が混在します。6桁以上のコードを確認してください`,
      `HS "${g.slice(0, 4)}.${g.slice(4)}" is one of ${range.replace("〜", "–")}; some are 16項(1) (${s1.join(", ")}) and some are not. Check the full six-digit code`,
    ),
  };
}

function classifyDigits(digits: string): HsClassification {
  if (digits.length < 4 || digits.length > 10) return { digits, itemClass: "INVALID" };
  if (!chapterExists(digits)) return { digits, itemClass: "INVALID" };
  const chapter = Number(digits.slice(0, 2));
  for (const entry of scope.specified_16_1) {
    if (!digits.startsWith(entry.prefix)) continue;
    const excluded = (entry as { exclude?: string[] }).exclude?.some((x) => digits.startsWith(x));
    if (excluded) break;
    const conditional = (entry as { conditional?: boolean }).conditional;
    return { digits, itemClass: conditional ? "S1_CONDITIONAL" : "S1", specified: entry, chapter };
  }
  if (digits.length === 4 && scope.ambiguous_at_4_digits.includes(digits)) {
    return { digits, itemClass: "S1_AMBIGUOUS", chapter };
  }
  if (scope.chapters_16_2.includes(chapter)) return { digits, itemClass: "S2", chapter };
  return { digits, itemClass: "OUT", chapter };
}
