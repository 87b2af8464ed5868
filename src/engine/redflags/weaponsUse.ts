/**
 * A weapons use written in an order's free text (end use, item description, remarks): words of weapons of mass
 * destruction and their delivery (WMD) or of conventional weapons and military use (CW), in the languages of
 * reference/data/weapons-use-vocabulary.json plus the military-body words of military-vocabulary.json. False friends
 * (spray gun, explosive atmosphere, turret lathe, navy blue …) are cut out first; a word preceded or followed by a
 * negation ("not for military use", 「軍事用途ではない」, 非军事) is a statement that the goods will not serve
 * weapons and does not count. A mention is an indication to follow up, never knowledge: the flow makes it REVIEW.
 */
import vocab from "../reference/data/weapons-use-vocabulary.json";
import { MILITARY_WORDS, MILITARY_WORDS_EXACT, NOT_MILITARY_WORDS } from "../reference/vocabulary";
import {
  alternation,
  boundedAlternation,
  findAllWords,
  findWord,
  foldLatin,
  normalizeForMatch,
  removeWords,
  type WordAt,
} from "./match";

export type WeaponsUseKind = "WMD" | "CW";

export interface WeaponsUseHit {
  kind: WeaponsUseKind;
  /** The word as found (lower case, diacritics folded), e.g. "missile", "軍用". */
  term: string;
}

const flat = (groups: Record<string, string[]>) => Object.values(groups).flat();
/** Folded as the text is: without diacritics, hyphens as spaces, lower case (a trailing * kept). */
const fold = (words: readonly string[]) => [...new Set(words.map((w) => foldLatin(w).toLowerCase()))];

const WMD = fold(flat(vocab.wmd));
const CW = fold([...flat(vocab.cw), ...MILITARY_WORDS]);
const ANY = [...WMD, ...CW];
const FALSE_FRIENDS = fold([...vocab.false_friends, ...NOT_MILITARY_WORDS]);

const WORDED = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\s'-]+$/u;
const before = fold(vocab.negations.before);
/**
 * A worded negation right before the term: a phrase ("not for", "will not be used for") with at most three words
 * between ("not for any military"), or a single word ("no", "non", "without") with none ("No 3 missile plant" is not
 * a negation).
 */
const worded = before.filter((w) => WORDED.test(w));
const NEGATION_BEFORE_WORDED = new RegExp(
  `(?:^|[^\\p{L}\\p{N}\\p{M}])(?:(?:${alternation(worded.filter((w) => w.includes(" ")))})(?:[\\s,/]+[\\p{L}\\p{N}\\p{M}]+){0,3}|${alternation(worded.filter((w) => !w.includes(" ")))})[\\s,/]*$`,
  "u",
);
/** A negation of another script right before the term, at most four characters between (不用于军事, 非軍事). */
const NEGATION_BEFORE_OTHER = new RegExp(
  `(?:${alternation(before.filter((w) => !WORDED.test(w)))})[^\\s。、，,.;；:：!?！？]{0,4}$`,
  "u",
);
/** A negation after the term within the same clause, at most eight characters between (「軍事用途には使用しない」). */
const NEGATION_AFTER = new RegExp(
  `^[^。．.;；!?！？\\n]{0,8}?(?:${alternation(fold(vocab.negations.after).map((w) => w.trimStart()))})`,
  "u",
);
/** "military use: none", "weapons - no" */
const NEGATION_AFTER_COLON = /^\s*[:：=-]\s*(?:none|no|nil|n\/a|なし|無し|無|否|无|없음)\b/u;

function negated(lower: string, at: WordAt): boolean {
  const head = lower.slice(Math.max(0, at.start - 48), at.start);
  if (NEGATION_BEFORE_WORDED.test(head) || NEGATION_BEFORE_OTHER.test(head)) return true;
  const tail = lower.slice(at.end, at.end + 24);
  return NEGATION_AFTER.test(tail) || NEGATION_AFTER_COLON.test(tail);
}

function firstAffirmed(lower: string, words: readonly string[]): string | undefined {
  for (const at of findAllWords(lower, words)) if (!negated(lower, at)) return at.word;
  return undefined;
}

const rp = vocab.range_payload;
const VEHICLES = fold(rp.vehicles);
const IN_CLAUSE = `(?:(?![。．;；!?！？\\n]|\\.(?:\\s|$)).){0,${rp.gap}}?`;
const NUM = "(\\d{1,3}(?:[,.\\s]\\d{3})+|\\d+(?:[.,]\\d+)?)";
const KM =
  "(km|kms|kilomet(?:er|re)s?|キロメートル|キロ(?!グラム)|公里|千米|킬로미터|км|километр\\p{L}*|کیلومتر|كم|كيلومتر|miles?|mi)";
const KG =
  "(kg|kgs|kilogram(?:me)?s?|キログラム|キロ|公斤|千克|킬로그램|кг|килограмм\\p{L}*|کیلوگرم|كغ|كجم|tonnes?|tons?|t|トン|吨|톤|т)";
const END = "(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}])";
const near = (words: readonly string[], unit: string) => {
  const w = boundedAlternation(fold(words));
  return new RegExp(`(?:${w})${IN_CLAUSE}${NUM}\\s*${unit}${END}|${NUM}\\s*${unit}${END}${IN_CLAUSE}(?:${w})`, "gu");
};
const RANGE = near(rp.range_words, KM);
const PAYLOAD = near(rp.payload_words, KG);

/** "1,500" and "1.500" (thousands) → 1500; "2,5" / "2.5" → 2.5. */
function toNumber(s: string): number {
  if (/^\d{1,3}(?:[,.\s]\d{3})+$/.test(s)) return Number(s.replace(/[,.\s]/g, ""));
  return Number(s.replace(",", "."));
}

function amount(m: RegExpMatchArray): { value: number; unit: string } {
  const value = toNumber(m[1] ?? m[3]);
  return { value, unit: (m[2] ?? m[4]).toLowerCase() };
}

/**
 * A rocket or unmanned aircraft with a stated range of 300 km or more, or a payload of 500 kg or more, in one text
 * (輸出令4条1項1号イ: such rockets and UAVs are 核兵器等, the MTCR thresholds): the words as found, or undefined.
 */
export function findDeliveryRange(lower: string): string | undefined {
  if (!findWord(lower, VEHICLES)) return undefined;
  for (const m of lower.matchAll(RANGE)) {
    const { value, unit } = amount(m);
    const km = /^mi/.test(unit) ? value * 1.609 : value;
    if (km >= rp.range_km_min) return `${m[0].trim()} (≥ ${rp.range_km_min} km)`;
  }
  for (const m of lower.matchAll(PAYLOAD)) {
    const { value, unit } = amount(m);
    const kg = /^(t|tonnes?|tons?|トン|吨|톤|т)$/.test(unit) ? value * 1000 : value;
    if (kg >= rp.payload_kg_min) return `${m[0].trim()} (≥ ${rp.payload_kg_min} kg)`;
  }
  return undefined;
}

const cache = new Map<string, readonly WeaponsUseHit[]>();
const NONE: readonly WeaponsUseHit[] = Object.freeze([]);

/** The first affirmed WMD word and the first affirmed CW word of the text (either may be missing). */
export function findWeaponsUse(text: string): readonly WeaponsUseHit[] {
  if (!text) return NONE;
  const known = cache.get(text);
  if (known) return known;
  const folded = foldLatin(text);
  // Most order text has no weapons word at all: look for one before the false friends are cut out (the costly part).
  const plain = normalizeForMatch(folded);
  // Words whose diacritics decide (hải quân navy, hải quan customs) are looked for as written.
  const asWritten = normalizeForMatch(text);
  const exact = firstAffirmed(asWritten, MILITARY_WORDS_EXACT);
  const range = /\d/.test(plain) ? findDeliveryRange(plain) : undefined;
  if (!findAllWords(plain, ANY).length) {
    const found: WeaponsUseHit[] = [];
    if (range) found.push({ kind: "WMD", term: range });
    if (exact) found.push({ kind: "CW", term: exact });
    const result = found.length ? Object.freeze(found) : NONE;
    remember(text, result);
    return result;
  }
  const lower = normalizeForMatch(removeWords(folded, FALSE_FRIENDS));
  const hits: WeaponsUseHit[] = [];
  const wmd = firstAffirmed(lower, WMD) ?? range;
  if (wmd) hits.push({ kind: "WMD", term: wmd });
  const cw = firstAffirmed(lower, CW) ?? exact;
  if (cw) hits.push({ kind: "CW", term: cw });
  const result = hits.length ? Object.freeze(hits) : NONE;
  remember(text, result);
  return result;
}

function remember(text: string, result: readonly WeaponsUseHit[]): void {
  if (cache.size > 20_000) cache.clear();
  cache.set(text, result);
}
