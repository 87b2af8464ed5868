/**
 * Finding a vocabulary word in a text (already NFKC-normalised by cellText). Latin-, Greek- and Cyrillic-script words
 * match whole words (Unicode letters and digits count as word characters; a trailing * matches a word stem, e.g.
 * "военн*"); other scripts (CJK, kana, Hangul, Thai, Arabic, Persian …) match inside the text. Each vocabulary
 * compiles once into a single regular expression. findWord, findExact and findNear remember their result per
 * distinct text and vocabulary (util/textMemo.ts; a vocabulary is a module constant, as the compiled expressions
 * already assume).
 */
import { keyedTextMemo } from "../util/textMemo";
const compiled = new Map<readonly string[], RegExp>();
const compiledExact = new Map<readonly string[], RegExp>();
const compiledGlobal = new Map<readonly string[], RegExp>();

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Scripts written with spaces between words: matched on word boundaries. */
const WORDED = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{P}\p{S}\p{M}\s]+$/u;

function pattern(w: string): string {
  return w.endsWith("*") ? `${escape(w.slice(0, -1))}[\\p{L}\\p{M}]*` : escape(w);
}

function build(words: readonly string[], flags: string): RegExp {
  const uniq = [...new Set(words.map((w) => (flags.includes("i") ? normalizeForMatch(w) : w)))].sort(
    (a, b) => b.length - a.length,
  );
  const worded = uniq.filter((w) => WORDED.test(w)).map(pattern);
  const other = uniq.filter((w) => !WORDED.test(w)).map(pattern);
  const parts: string[] = [];
  if (worded.length) parts.push(`(?:^|[^\\p{L}\\p{N}\\p{M}])(${worded.join("|")})(?=$|[^\\p{L}\\p{N}\\p{M}])`);
  if (other.length) parts.push(`(${other.join("|")})`);
  return new RegExp(parts.join("|") || "(?!)", flags);
}

/** Lower case, typographic apostrophes and runs of spaces made plain. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ");
}

const wordMemo = keyedTextMemo<readonly string[], string | undefined>();
const exactMemo = keyedTextMemo<readonly string[], string | undefined>();
const nearMemo = keyedTextMemo<readonly NearRule[], string | undefined>();

/** The first vocabulary word found in the text (case-insensitive), or undefined. Remembered per distinct text. */
export function findWord(text: string, words: readonly string[]): string | undefined {
  if (!text) return undefined;
  return wordMemo(words).get(text, (t) => findWordUncached(t, words));
}

function findWordUncached(text: string, words: readonly string[]): string | undefined {
  let re = compiled.get(words);
  if (!re) compiled.set(words, (re = build(words, "u")));
  const m = re.exec(normalizeForMatch(text));
  if (!m) return undefined;
  return m[1] ?? m[2];
}

/** The first word found with its case as written (abbreviations such as PLA, MoD), or undefined. */
export function findExact(text: string, words: readonly string[]): string | undefined {
  if (!text) return undefined;
  return exactMemo(words).get(text, (t) => findExactUncached(t, words));
}

function findExactUncached(text: string, words: readonly string[]): string | undefined {
  let re = compiledExact.get(words);
  if (!re) compiledExact.set(words, (re = build(words, "u")));
  const m = re.exec(text.replace(/\s+/g, " "));
  if (!m) return undefined;
  return m[1] ?? m[2];
}

/** The text with every occurrence of the words (case-insensitive, whole words as above) replaced by " | ". */
export function removeWords(text: string, words: readonly string[]): string {
  if (!text) return text;
  let re = compiledGlobal.get(words);
  if (!re) compiledGlobal.set(words, (re = build(words, "gu")));
  const lower = normalizeForMatch(text);
  const spaced = text.replace(/\s+/g, " ");
  // Cut the same spans out of the text as written (normalisation keeps lengths, apart from the collapsed spaces).
  let out = "";
  let last = 0;
  for (const m of lower.matchAll(re)) {
    const word = m[1] ?? m[2];
    const start = (m.index ?? 0) + m[0].indexOf(word);
    out += spaced.slice(last, start) + " | ";
    last = start + word.length;
  }
  return out + spaced.slice(last);
}

const sets = new Map<readonly string[], Set<string>>();

/** True when the whole text (trimmed, lower case, without a final full stop) is one of the words. */
export function isOneOf(text: string, words: readonly string[]): boolean {
  let set = sets.get(words);
  if (!set) sets.set(words, (set = new Set(words.map((w) => normalizeForMatch(w).trim()))));
  return set.has(
    normalizeForMatch(text)
      .trim()
      .replace(/[.。!！]$/, ""),
  );
}

/** Letters, marks and digits: the characters a word is made of. */
const WORD_CHARS = "[\\p{L}\\p{N}\\p{M}]";

/**
 * Two vocabularies near each other: a word or phrase of `first`, then at most `within` other words, then one of
 * `then` ("various industrial purposes": various … purposes). With `eitherOrder` the other order counts too
 * ("end users not yet known" and "unknown end user"). Worded scripts only (Latin, Greek, Cyrillic).
 */
export interface NearRule {
  first: readonly string[];
  then: readonly string[];
  within: number;
  eitherOrder?: boolean;
}

const compiledNear = new Map<NearRule, RegExp>();

/** The words as one regular-expression alternation, longest first (normalised for matching; a trailing * = stem). */
export function alternation(words: readonly string[]): string {
  return [...new Set(words.map((w) => normalizeForMatch(w)))]
    .sort((a, b) => b.length - a.length)
    .map(pattern)
    .join("|");
}

function nearPattern(rule: NearRule): RegExp {
  const a = alternation(rule.first);
  const b = alternation(rule.then);
  const gap = `(?:[\\s,;:/()'-]+${WORD_CHARS}+){0,${rule.within}}[\\s,;:/()'-]+`;
  const one = (x: string, y: string) =>
    `(?:^|[^\\p{L}\\p{N}\\p{M}])((?:${x})${gap}(?:${y}))(?=$|[^\\p{L}\\p{N}\\p{M}])`;
  return new RegExp(rule.eitherOrder ? `${one(a, b)}|${one(b, a)}` : one(a, b), "u");
}

/** The first span where a rule's two vocabularies stand near each other, or undefined. */
export function findNear(text: string, rules: readonly NearRule[]): string | undefined {
  if (!text) return undefined;
  return nearMemo(rules).get(text, (t) => findNearUncached(t, rules));
}

function findNearUncached(text: string, rules: readonly NearRule[]): string | undefined {
  const lower = normalizeForMatch(text);
  for (const rule of rules) {
    let re = compiledNear.get(rule);
    if (!re) compiledNear.set(rule, (re = nearPattern(rule)));
    const m = re.exec(lower);
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}

/**
 * Distinctive stems found inside a word of a worded script, as in compound names (Nordlogistik, ТрансЛогистик,
 * Seefrachtkontor): the whole word that contains the stem, unless that word begins with one of `notInside` (a
 * false friend such as Intralogistik, an equipment maker's word). Other scripts already match inside the text.
 */
export interface InsideVocabulary {
  stems: readonly string[];
  notInside: readonly string[];
}

const compiledInside = new Map<InsideVocabulary, { stems: RegExp; guard: RegExp }>();

export function findInside(text: string, vocab: InsideVocabulary): string | undefined {
  if (!text) return undefined;
  let c = compiledInside.get(vocab);
  if (!c) {
    const stems = alternation(vocab.stems.map((s) => s.replace(/\*$/, "")));
    const guard = alternation(vocab.notInside.map((s) => s.replace(/\*$/, "")));
    c = {
      stems: new RegExp(`${WORD_CHARS}*(?:${stems})${WORD_CHARS}*`, "gu"),
      guard: new RegExp(`^(?:${guard || "(?!)"})`, "u"),
    };
    compiledInside.set(vocab, c);
  }
  for (const m of normalizeForMatch(text).matchAll(c.stems)) if (!c.guard.test(m[0])) return m[0];
  return undefined;
}

/**
 * Latin letters without their diacritics (Müdafiə → Mudafie, Qorǵanys → Qorganys, Bộ Quốc phòng → Bo Quoc phong),
 * the dotless ı and the schwa ə read as i and e, and hyphens as spaces (Wazarat-e-Difa → Wazarat e Difa). Case and
 * every other script are kept (Cyrillic й stays й). For matching only: apply it to the text and the vocabulary alike.
 */
export function foldLatin(text: string): string {
  return text
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .replace(/[əǝ]/g, "e")
    .replace(/[ƏƎ]/g, "E")
    .replace(/ı/g, "i")
    .replace(/ø/g, "o")
    .replace(/Ø/g, "O")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ß/g, "ss")
    .replace(/[-‐‑–—]/g, " ");
}

/** A vocabulary word found in a text, with where it stands in `normalizeForMatch(text)` (same length as written). */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** Every vocabulary word in the text (case-insensitive, whole words as above), in order, without overlaps. */
export function findAllWords(text: string, words: readonly string[]): WordAt[] {
  if (!text) return [];
  let re = compiledGlobal.get(words);
  if (!re) compiledGlobal.set(words, (re = build(words, "gu")));
  const out: WordAt[] = [];
  for (const m of normalizeForMatch(text).matchAll(re)) {
    const word = m[1] ?? m[2];
    const start = (m.index ?? 0) + m[0].indexOf(word);
    out.push({ word, start, end: start + word.length });
  }
  return out;
}

/**
 * The words as one alternation in which words of worded scripts (Latin, Greek, Cyrillic) stand alone — no letter or
 * digit right before or after — and words of other scripts match inside the text; for patterns built around them.
 */
export function boundedAlternation(words: readonly string[]): string {
  const worded = words.filter((w) => WORDED.test(w));
  const other = words.filter((w) => !WORDED.test(w));
  const parts: string[] = [];
  if (worded.length) parts.push(`(?<!${WORD_CHARS})(?:${alternation(worded)})(?!${WORD_CHARS})`);
  if (other.length) parts.push(`(?:${alternation(other)})`);
  return parts.join("|") || "(?!)";
}
