/**
 * Cells that hold a word INSTEAD of a value (reference/data/cell-value-words.json): a word for "unknown", a word for
 * "none", a ditto mark, formula text. Such a cell is never read as a value: a party written as 不明 is not a party
 * name that matched nothing, a ditto mark is not a clean name, "=VLOOKUP(…)" is not the looked-up value.
 */
import words from "../reference/data/cell-value-words.json";
import { cellText } from "./text";
import type { Text } from "../types";

/** Key for whole-cell look-ups: NFKC (cellText), lower case, no spaces, no bracketed remark, no trailing full stop. */
export function wordKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[（(【[［][^）)】\]］]*[）)】\]］]/g, "")
    .replace(/[\s_]+/g, "")
    .replace(/[。.!！]+$/, "");
}

/** The key of a cell; a cell of punctuation only ("...", "?") is its own key. */
const keyOf = (raw: string) => wordKey(raw) || raw.toLowerCase().replace(/\s+/g, "");
const keySet = (xs: readonly string[]) => new Set(xs.map((w) => keyOf(cellText(w))).filter(Boolean));
const flat = (o: Record<string, string[]>) => Object.values(o).flat();

const UNKNOWN = keySet(flat(words.party_unknown.whole_cell));
const NONE = keySet(flat(words.party_none.whole_cell));
const DITTO = keySet(words.ditto.whole_cell);
/** Ditto marks as characters (after NFKC: ″ becomes ′′): a cell made only of them is a ditto mark. */
const DITTO_CHARS = new Set([...words.ditto.mark_characters.join("")].flatMap((c) => [...cellText(c)]));
/** Trailing full stops are part of some marks ("do.", "id."): looked up with and without them. */
const dittoKey = (raw: string) => [wordKey(raw), raw.toLowerCase().replace(/\s+/g, "")];

/** Longest whole-cell word of any of these lists (cells longer than this are never one of them). */
const MAX_WORD = Math.max(
  ...[...flat(words.party_unknown.whole_cell), ...flat(words.party_none.whole_cell), ...words.ditto.whole_cell].map(
    (w) => w.length,
  ),
);

/** Formula text in a cell (a CSV export of formulas, text pasted from the formula bar): =VLOOKUP(…), =A1, =Sheet!B2. */
const FORMULA_TEXT =
  /^=\s*(?:[A-Za-z_][\w.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+\b|'[^']+'!|[^\s!=()"]+!\$?[A-Za-z]{1,3}\$?\d+)/u;

export type CellWord = "unknown" | "none" | "ditto" | "formula";

const wordCache = new Map<string, CellWord | undefined>();

/** What a short cell says instead of a value, or undefined when it holds a value (or is blank). */
export function cellWord(value: unknown): CellWord | undefined {
  if (typeof value !== "string") return undefined;
  const raw = cellText(value);
  if (!raw) return undefined;
  if (raw.charCodeAt(0) === 61 /* = */ && FORMULA_TEXT.test(raw)) return "formula";
  if (raw.length > MAX_WORD + 12) return undefined;
  if (wordCache.has(raw)) return wordCache.get(raw);
  if (wordCache.size > 20000) wordCache.clear();
  const word = shortCellWord(raw);
  wordCache.set(raw, word);
  return word;
}

function shortCellWord(raw: string): CellWord | undefined {
  if (isDitto(raw)) return "ditto";
  const k = keyOf(raw);
  if (!k) return undefined;
  if (UNKNOWN.has(k)) return "unknown";
  if (NONE.has(k)) return "none";
  return undefined;
}

/** A ditto mark or "same as above" wording as the whole cell ("〃", "〃〃", "同上", "do.", "same as above"). */
export function isDitto(raw: string): boolean {
  if (!raw) return false;
  let onlyMarks = true;
  for (const ch of raw) if (!DITTO_CHARS.has(ch) && !/\s/.test(ch)) onlyMarks = false;
  if (onlyMarks) return true;
  return dittoKey(raw).some((k) => DITTO.has(k));
}

const t = (ja: string, en: string): Text => ({ ja, en });

/** The explanation for a cell word in a field (`label`: the field's name in both languages). */
export function cellWordWhy(word: CellWord, label: Text): Text {
  switch (word) {
    case "formula":
      return t(
        `${label.ja}のセルが値ではなく数式の文字列です。数式の結果（値）を貼り付けてから再判定してください`,
        `the ${label.en} cell holds formula text, not its value; paste the formula's result as a value and screen again`,
      );
    case "ditto":
      return t(
        `${label.ja}が「同上」などの繰り返し記号です。この行だけでは何を指すか分からないため、値を省略せずに記入してください`,
        `the ${label.en} is a ditto mark ("same as above"); a row is screened on its own, so write the value out in full`,
      );
    case "unknown":
      return t(
        `${label.ja}が「不明・未定」と記入されています。名称ではないため、リスト照合も需要者の確認もできません。${label.ja}を確認して正式名称を記入してください`,
        `the ${label.en} is written as unknown / to be decided; that is not a name, so neither the lists nor the end-user requirement can be checked. Find out the ${label.en} and write its full name`,
      );
    case "none":
      return t(`${label.ja}は「なし」と記入されています`, `the ${label.en} is written as none`);
  }
}
