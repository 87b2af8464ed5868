/**
 * Turns a party name (from an order sheet or a list) into comparable tokens:
 *  1. NFKC (full-width letters, half-width kana, ㈱ → (株)), control characters and emoji removed, case folded;
 *  2. long-vowel marks and the many hyphen/dash characters unified (a dash after kana is a long-vowel mark);
 *  3. apostrophes and full stops deleted inside words (U.S.A. → usa, Qa'ida → qaida), other punctuation splits;
 *  4. tokens split where the script changes; Latin, Cyrillic, Greek, Arabic, Hangul … get an ASCII key
 *     (any-ascii), kana a Hepburn key with long vowels collapsed, Han stays native, folded to simplified forms
 *     and cut around known generic words and legal forms; digits are kept as their own tokens;
 *  5. legal forms (Co., Ltd., 株式会社, 有限公司, ООО, JSC, GmbH …) are tagged and kept apart as a weak feature.
 * A name whose remaining core is empty, one character, only digits or only a legal form is marked unusable:
 * it is never matched, and the notes say why.
 */
import anyAscii from "any-ascii";
import { distance } from "fastest-levenshtein";
import type { Text } from "../types";
import { foldHan } from "./han-fold";
import { kanaKey, looseKey, phoneticSkeleton, toKatakana } from "./kana-key";
import {
  GENERIC_HAN,
  GENERIC_KANA,
  GENERIC_LATIN,
  HAN_LEGAL_FORMS,
  KANA_LEGAL_FORMS,
  LATIN_LEGAL_FORMS,
  STOP_WORDS,
  SYNONYMS,
  type LegalForm,
} from "./name-tables";

export type TokenScript = "latin" | "digit" | "han" | "kana";

export interface NameToken {
  /** Surface form after normalisation (lower case). */
  text: string;
  /** Comparison key: ASCII for alphabetic scripts, romaji for kana, folded Han, digits without leading zeros. */
  key: string;
  /** ASCII spelling before synonyms were applied (systems → system, tech → technology), when it differs. */
  surface?: string;
  /**
   * Phonetic skeletons (kana-key.ts): given for Latin words joined from several (built word by word); otherwise
   * remembered on first comparison of kana with Latin (a kana word keeps its own in `skeleton`).
   */
  skeleton?: string;
  skeletonR?: string;
  /** Key with romanisation variants folded (see token-similarity.ts `looseKey`), when it differs from `key`. */
  loose?: string;
  script: TokenScript;
  /** Script the token was written in when it was transliterated (cyrillic, arabic, greek, hangul, other). */
  origin?: string;
  /** Legal-form family when the token is (part of) a legal form. */
  legal?: string;
  generic?: boolean;
  stop?: boolean;
}

/**
 * Every token is made here with all fields present in one order, so that the scoring loops see one object
 * shape (V8 keeps such property reads fast).
 */
export function makeToken(text: string, key: string, script: TokenScript, legal?: string): NameToken {
  return {
    text,
    key,
    script,
    surface: undefined,
    skeleton: undefined,
    skeletonR: undefined,
    loose: undefined,
    origin: undefined,
    legal,
    generic: false,
    stop: false,
  };
}

/** A copy of a token (same shape): the index copies its vocabulary's tokens together, so that they lie close in memory. */
export function copyToken(t: NameToken): NameToken {
  const c = makeToken(t.text, t.key, t.script, t.legal);
  c.surface = t.surface;
  c.skeleton = t.skeleton;
  c.skeletonR = t.skeletonR;
  c.loose = t.loose;
  c.origin = t.origin;
  c.generic = t.generic;
  c.stop = t.stop;
  return c;
}

export interface AnalyzedName {
  raw: string;
  tokens: NameToken[];
  /** Tokens without legal forms. */
  core: NameToken[];
  legalFamilies: string[];
  /** Display form: core tokens, legal forms in brackets (computed when first read). */
  readonly normalized: string;
  /** Core keys of letters joined without spaces (for names written with or without word breaks). */
  joined: string;
  /** Whether the name can be matched at all. */
  usable: boolean;
  notes: Text[];
}

/** Longest input considered; longer cells are cut (a company name is never this long). */
export const MAX_NAME_CHARS = 300;

const DASHES = /[\u002d\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d\u30fc\uff70\u2500\u2501\u301c\uff5e~]/g;
const KANA_CHAR = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const APOSTROPHES = /['’‘`´ʼʻ′]/g;
// An alternation of single code points (not one class) so that joiners and variation selectors are matched alone.
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u200d|\ufe0e|\ufe0f|\u20e3/gu;
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;

type CharClass = "alpha" | "digit" | "han" | "kana" | "mark" | "sep";

function charClass(ch: string): CharClass {
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return "alpha";
    if (c >= 0x30 && c <= 0x39) return "digit";
    return "sep";
  }
  if (/\p{Script=Han}/u.test(ch)) return "han";
  if (KANA_CHAR.test(ch) || ch === "ー") return "kana";
  if (/\p{Nd}/u.test(ch)) return "digit";
  if (/\p{L}/u.test(ch)) return "alpha";
  if (/\p{M}/u.test(ch)) return "mark";
  return "sep";
}

function scriptOf(text: string): string | undefined {
  if (/^[\x00-\x7f]*$/.test(text)) return undefined;
  if (/\p{Script=Cyrillic}/u.test(text)) return "cyrillic";
  if (/\p{Script=Arabic}/u.test(text)) return "arabic";
  if (/\p{Script=Greek}/u.test(text)) return "greek";
  if (/\p{Script=Hangul}/u.test(text)) return "hangul";
  if (/[^\p{Script=Latin}\p{M}]/u.test(text)) return "other";
  return undefined;
}

interface HanWord {
  chars: string[];
  legal?: string;
  generic?: boolean;
}
let hanDict: Map<string, HanWord[]> | undefined;

/** Generic words and legal forms in folded form, by first character, longest first. */
function hanDictionary(): Map<string, HanWord[]> {
  if (!hanDict) {
    const words = new Map<string, { legal?: string; generic?: boolean }>();
    for (const w of GENERIC_HAN) words.set(foldHan(w), { generic: true });
    for (const [w, fam] of HAN_LEGAL_FORMS) words.set(foldHan(w), { legal: fam });
    const byFirst = new Map<string, HanWord[]>();
    for (const [w, info] of words) {
      const chars = [...w];
      const list = byFirst.get(chars[0]) ?? [];
      list.push({ chars, ...info });
      byFirst.set(chars[0], list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.chars.length - a.chars.length);
    hanDict = byFirst;
  }
  return hanDict;
}

/** Cuts a folded Han run around dictionary words (longest match first). */
function segmentHan(folded: string, surface: string): NameToken[] {
  const dict = hanDictionary();
  const chars = [...folded];
  const surf = [...surface];
  const out: NameToken[] = [];
  let pendingStart = -1;
  const flush = (end: number) => {
    if (pendingStart >= 0) {
      out.push(makeToken(surf.slice(pendingStart, end).join(""), chars.slice(pendingStart, end).join(""), "han"));
      pendingStart = -1;
    }
  };
  let i = 0;
  while (i < chars.length) {
    let hit: HanWord | undefined;
    for (const w of dict.get(chars[i]) ?? []) {
      if (i + w.chars.length > chars.length) continue;
      let same = true;
      for (let k = 1; k < w.chars.length; k++) if (chars[i + k] !== w.chars[k]) same = false;
      // A lone 株 or 社 is a legal form only as a whole token, e.g. (株) or the 社 after a katakana name.
      if (same && w.chars.length === 1 && (w.chars[0] === "株" || w.chars[0] === "社") && chars.length > 1)
        same = false;
      if (same) {
        hit = w;
        break;
      }
    }
    if (hit) {
      flush(i);
      const n = hit.chars.length;
      const t = makeToken(surf.slice(i, i + n).join(""), chars.slice(i, i + n).join(""), "han");
      if (hit.legal) t.legal = hit.legal;
      if (hit.generic) t.generic = true;
      out.push(t);
      i += n;
    } else {
      if (pendingStart < 0) pendingStart = i;
      i++;
    }
  }
  flush(chars.length);
  return out;
}

let genericSkeletons: Set<string> | undefined;
/**
 * A kana word that sounds like a generic Latin word not in the katakana table (e.g. a rarer spelling of
 * テクノロジー). Only long skeletons count: short ones (クムガン, カスプロ) collide with names.
 */
function isGenericKana(key: string): boolean {
  if (!genericSkeletons) {
    genericSkeletons = new Set<string>();
    for (const g of GENERIC_LATIN) if (g.length >= 6) genericSkeletons.add(phoneticSkeleton(g, false));
  }
  const sk = phoneticSkeleton(key, true);
  return sk.length >= 5 && genericSkeletons.has(sk);
}

function kanaTokens(surface: string): NameToken[] {
  let s = toKatakana(surface);
  const out: NameToken[] = [];
  const tail: NameToken[] = [];
  let changed = true;
  while (changed && s.length > 0) {
    changed = false;
    for (const [form, fam] of KANA_LEGAL_FORMS) {
      if (s.startsWith(form)) {
        out.push(makeToken(form, kanaKey(form), "kana", fam));
        s = s.slice(form.length);
        changed = true;
      } else if (s.endsWith(form)) {
        tail.unshift(makeToken(form, kanaKey(form), "kana", fam));
        s = s.slice(0, s.length - form.length);
        changed = true;
      }
    }
  }
  // Cut the run around generic loanwords (サクラテクノロジー → サクラ + テクノロジー).
  for (const part of segmentKana(s)) {
    const key = kanaKey(part);
    if (key === "") continue;
    const t = makeToken(part, key, "kana");
    if (GENERIC_KANA_SET.has(part) || isGenericKana(key)) t.generic = true;
    out.push(t);
  }
  return [...out, ...tail];
}

const GENERIC_KANA_SET = new Set(GENERIC_KANA);
/** Generic loanwords of four kana or more by first character, longest first. */
const GENERIC_KANA_BY_FIRST = new Map<string, string[]>();
for (const w of [...GENERIC_KANA_SET].sort((a, b) => b.length - a.length)) {
  if (w.length < 4) continue;
  const list = GENERIC_KANA_BY_FIRST.get(w[0]);
  if (list) list.push(w);
  else GENERIC_KANA_BY_FIRST.set(w[0], [w]);
}

/** Splits a katakana run at generic loanwords (longest first); other stretches stay whole. */
function segmentKana(s: string): string[] {
  if (s.length < 4) return [s];
  const out: string[] = [];
  let pending = "";
  let i = 0;
  while (i < s.length) {
    let hit = "";
    // only loanwords of four kana or more are cut out (テック in ロステック or ベンテック is part of the name)
    for (const w of GENERIC_KANA_BY_FIRST.get(s[i]) ?? []) {
      if (s.startsWith(w, i)) {
        hit = w;
        break;
      }
    }
    if (hit && (pending.length === 0 || pending.length >= 2)) {
      if (pending) out.push(pending);
      out.push(hit);
      pending = "";
      i += hit.length;
    } else {
      pending += s[i];
      i++;
    }
  }
  if (pending) {
    // a single kana left over joins the word before it
    if (pending.length === 1 && out.length > 0) out[out.length - 1] += pending;
    else out.push(pending);
  }
  return out;
}

const SYNONYM_MAP = new Map(Object.entries(SYNONYMS));

function latinToken(text: string): NameToken[] {
  const origin = scriptOf(text);
  const ascii = (
    origin ? anyAscii(text) : /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFD").replace(/\p{M}/gu, "")
  ).toLowerCase();
  const parts = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  const out: NameToken[] = [];
  for (const p of parts) {
    // Short codes stay whole (3M, K6, T3); otherwise letters and digits apart: cetc54 → cetc 54, 10th → 10 th.
    const pieces = p.length <= 3 && /[a-z]/.test(p) && /[0-9]/.test(p) ? [p] : (p.match(/[a-z]+|[0-9]+/g) ?? []);
    for (const piece of pieces) {
      if (/^[0-9]+$/.test(piece)) {
        out.push(makeToken(piece, piece.replace(/^0+(?=\d)/, ""), "digit"));
        continue;
      }
      const syn = SYNONYM_MAP.get(piece) ?? piece;
      const ks = syn.includes(" ") ? syn.split(" ") : [syn];
      for (const k of ks) {
        const t = makeToken(origin ? text : k, k, "latin");
        if (ks.length === 1 && k !== piece) t.surface = piece;
        const lk = looseKey(k);
        if (lk !== k) t.loose = lk;
        if (origin) t.origin = origin;
        out.push(t);
      }
    }
  }
  return out;
}

/** Splits normalised text into raw tokens by script. */
function tokenize(text: string): NameToken[] {
  const out: NameToken[] = [];
  let buf = "";
  let cls: CharClass | undefined;
  const flush = () => {
    if (buf === "") return;
    if (cls === "han") out.push(...segmentHan(foldHan(buf), buf));
    else if (cls === "kana") out.push(...kanaTokens(buf));
    else if (cls === "digit") {
      const d = anyAscii(buf).replace(/[^0-9]/g, "");
      if (d) out.push(makeToken(d, d.replace(/^0+(?=\d)/, ""), "digit"));
    } else out.push(...latinToken(buf));
    buf = "";
    cls = undefined;
  };
  for (const ch of text) {
    let c = charClass(ch);
    if (c === "mark") {
      if (cls !== undefined) buf += ch;
      continue;
    }
    if (c === "sep") {
      flush();
      continue;
    }
    // ー belongs to kana; after anything else it is a dash (a separator).
    if (ch === "ー" && cls !== "kana") {
      flush();
      continue;
    }
    // Letters and ASCII digits run together here (cetc54, 10th, 3m); latinToken decides how to split them.
    if (c === "digit" && cls === "alpha" && ch >= "0" && ch <= "9") c = "alpha";
    if (c === "alpha" && cls === "digit" && /^[0-9]+$/.test(buf)) cls = "alpha";
    if (cls !== undefined && c !== cls) flush();
    cls = c;
    buf += ch;
  }
  flush();
  return out;
}

function dropOrdinals(tokens: NameToken[]): NameToken[] {
  const out: NameToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    if (prev && prev.script === "digit" && t.script === "latin" && /^(st|nd|rd|th)$/.test(t.key)) continue;
    out.push(t);
  }
  return out;
}

/** Legal forms by their first key, longest first. */
const LEGAL_BY_FIRST = new Map<string, LegalForm[]>();
for (const f of [...LATIN_LEGAL_FORMS].sort((a, b) => b.keys.length - a.keys.length)) {
  const list = LEGAL_BY_FIRST.get(f.keys[0]);
  if (list) list.push(f);
  else LEGAL_BY_FIRST.set(f.keys[0], [f]);
}

/** A legal-form word written with one slip (Stok, Compnay, Limitd …) still counts, for words of four letters or more. */
function legalWordMatches(key: string, form: string, multiWord: boolean): boolean {
  if (key === form) return true;
  const min = multiWord ? 4 : 6;
  if (form.length < min || key.length < min - 1 || Math.abs(key.length - form.length) > 1) return false;
  if (key.length === form.length) {
    let i = 0;
    while (i < key.length && key[i] === form[i]) i++;
    if (
      i + 1 < key.length &&
      key[i] === form[i + 1] &&
      key[i + 1] === form[i] &&
      key.slice(i + 2) === form.slice(i + 2)
    )
      return true;
  }
  return distance(key, form) <= 1;
}

/** Forms a slip may hide, by the first letter of their first word (slips rarely hit the first letter). */
const LEGAL_FUZZY_BY_LETTER = new Map<string, LegalForm[]>();
for (const f of LATIN_LEGAL_FORMS) {
  if (f.edgeOnly || !f.keys.some((k) => k.length >= 6 || (f.keys.length > 1 && k.length >= 4))) continue;
  const list = LEGAL_FUZZY_BY_LETTER.get(f.keys[0][0]);
  if (list) list.push(f);
  else LEGAL_FUZZY_BY_LETTER.set(f.keys[0][0], [f]);
}

function legalMatchAt(tokens: NameToken[], i: number, f: LegalForm, fuzzy: boolean): boolean {
  const keys = f.keys;
  if (i + keys.length > tokens.length) return false;
  for (let j = 0; j < keys.length; j++) {
    const t = tokens[i + j];
    if (t.script !== "latin" || t.legal) return false;
    if (fuzzy ? !legalWordMatches(t.key, keys[j], keys.length > 1) : t.key !== keys[j]) return false;
  }
  return true;
}

function legalExactAt(tokens: NameToken[], i: number, f: LegalForm): boolean {
  return legalMatchAt(tokens, i, f, false);
}

function isLegalEdge(tokens: NameToken[], i: number): boolean {
  return i < 0 || i >= tokens.length || tokens[i].script !== "latin" || tokens[i].legal !== undefined;
}

function coreLeftOutside(tokens: NameToken[], from: number, to: number): boolean {
  for (let k = 0; k < tokens.length; k++)
    if ((k < from || k >= to) && !tokens[k].legal && tokens[k].script !== "digit") return true;
  return false;
}

function tagLatinLegalForms(tokens: NameToken[]): void {
  // Pass 0: legal forms with a typing slip, where they are longer than any exact form at that word
  // (limited libaility company ⊃ limited).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.script !== "latin" || t.legal || t.key.length < 3 || STOP_WORDS.has(t.key)) continue;
    const fuzzy = LEGAL_FUZZY_BY_LETTER.get(t.key[0]);
    if (!fuzzy) continue;
    let exactLen = 0;
    for (const f of LEGAL_BY_FIRST.get(t.key) ?? [])
      if (!f.edgeOnly && f.keys.length > exactLen && legalExactAt(tokens, i, f)) exactLen = f.keys.length;
    for (const f of fuzzy) {
      if (f.keys.length <= exactLen || !legalMatchAt(tokens, i, f, true) || legalExactAt(tokens, i, f)) continue;
      if (!coreLeftOutside(tokens, i, i + f.keys.length)) continue;
      for (let j = 0; j < f.keys.length; j++) tokens[i + j].legal = f.family;
      break;
    }
  }
  // Pass 1: unambiguous forms anywhere.
  for (let i = 0; i < tokens.length; i++) {
    const forms = tokens[i].script === "latin" ? LEGAL_BY_FIRST.get(tokens[i].key) : undefined;
    if (!forms) continue;
    for (const f of forms) {
      if (f.edgeOnly || !legalExactAt(tokens, i, f)) continue;
      for (let j = 0; j < f.keys.length; j++) tokens[i + j].legal = f.family;
      i += f.keys.length - 1;
      break;
    }
  }
  // Pass 2: short ambiguous forms at an edge of the Latin run (next to the start/end, a non-Latin token or another legal form).
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < tokens.length; i++) {
      const forms = tokens[i].script === "latin" && !tokens[i].legal ? LEGAL_BY_FIRST.get(tokens[i].key) : undefined;
      if (!forms) continue;
      for (const f of forms) {
        if (!f.edgeOnly || !legalExactAt(tokens, i, f)) continue;
        const end = i + f.keys.length;
        let coreLeft = 0;
        for (let k = 0; k < tokens.length; k++) if (!tokens[k].legal && (k < i || k >= end)) coreLeft++;
        if (coreLeft > 0 && (isLegalEdge(tokens, i - 1) || isLegalEdge(tokens, end))) {
          for (let j = i; j < end; j++) tokens[j].legal = f.family;
          changed = true;
          break;
        }
      }
    }
  }
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * A legal form glued to the name or to itself ("KBSMCo.,Ltd.", "Samina Co.Ltd."): set apart before full stops are
 * deleted (which would make one word of them). Only "Co" with a capital C after a letter, so that a name ending in
 * "co" written in capitals (SAMSCO., LTD) is left alone.
 */
function unglueLegalForms(s: string): string {
  if (!/co\.?,?\s?ltd/i.test(s)) return s;
  return s.replace(/(?<=[A-Za-z0-9])(?=Co\.?,?\s?(?:Ltd|LTD|Limited)\b)/g, " ").replace(/\b(co)\.(?=ltd\b)/gi, "$1 ");
}

function cleanText(raw: string, notes: Text[]): string {
  let s = unglueLegalForms(raw);
  if (s.length <= MAX_NAME_CHARS && PLAIN_ASCII.test(s)) {
    // Printable ASCII: no NFKC, control, emoji or kana work needed.
    return joinSingleLetters(
      s
        .replace(/(?<=\d)\.(?=\d)/g, " ")
        .replace(/['`.]/g, "")
        .replace(/[-~]/g, " ")
        .replace(/&/g, " and ")
        .toLowerCase(),
    );
  }
  if (s.length > MAX_NAME_CHARS) {
    notes.push({
      ja: `名前が長すぎるため先頭 ${MAX_NAME_CHARS} 文字だけを照合しました (${s.length} 文字)`,
      en: `Name too long: only the first ${MAX_NAME_CHARS} of ${s.length} characters were screened`,
    });
    s = s.slice(0, MAX_NAME_CHARS);
  }
  s = s.normalize("NFKC");
  if (CONTROL.test(s)) {
    notes.push({ ja: "制御文字を取り除きました", en: "Control characters were removed" });
  }
  CONTROL.lastIndex = 0;
  s = s.replace(CONTROL, " ");
  if (EMOJI.test(s)) notes.push({ ja: "絵文字を取り除きました", en: "Emoji were removed" });
  EMOJI.lastIndex = 0;
  s = s.replace(EMOJI, " ");
  // Long-vowel marks and dashes: after kana a long-vowel mark, elsewhere a hyphen (a word break).
  s = s.replace(DASHES, (m, offset: number, all: string) => {
    const before = all[offset - 1] ?? "";
    return KANA_CHAR.test(before) || before === "ー"
      ? "ー"
      : m === "ー" && KANA_CHAR.test(all[offset + 1] ?? "")
        ? "ー"
        : " ";
  });
  s = s
    .replace(APOSTROPHES, "")
    .replace(/(?<=\d)\.(?=\d)/g, " ")
    .replace(/\./g, "")
    .replace(/&/g, " and ")
    .replace(/＆/g, " and ");
  return joinSingleLetters(s.toLowerCase());
}

/**
 * Single letters written apart are one acronym: "F S S A L" (F.S.S.A.L with the full stops printed as spaces)
 * reads as fssal, as F.S.S.A.L does once its full stops are deleted; I/E and I E both read as ie. (A full stop
 * between digits is a space: 4.27 reads as 4 27, as "4 27" with the punctuation stripped does.)
 */
function joinSingleLetters(s: string): string {
  return /[ /]/.test(s)
    ? s.replace(/(?<![\p{L}\p{N}])[a-z](?:[ /][a-z](?![\p{L}\p{N}]))+/gu, (m) => m.replace(/[ /]/g, ""))
    : s;
}

function display(t: NameToken): string {
  if (t.script === "kana" || t.origin) return `${t.text}(${t.key})`;
  return t.key;
}

/** Analyses one name (a query or a list name). Pure and deterministic. */
export function analyzeName(raw: string): AnalyzedName {
  const notes: Text[] = [];
  const text = cleanText(typeof raw === "string" ? raw : String(raw ?? ""), notes);
  const tokens = dropOrdinals(tokenize(text));
  tagLatinLegalForms(tokens);
  for (const t of tokens) {
    if (t.script !== "latin" || t.legal) continue;
    if (STOP_WORDS.has(t.key)) t.stop = true;
    else if (GENERIC_LATIN.has(t.key)) t.generic = true;
  }
  const core = tokens.filter((t) => !t.legal);
  const legalFamilies = [...new Set(tokens.filter((t) => t.legal).map((t) => t.legal as string))];
  const letters = core.filter((t) => t.script !== "digit" && !t.stop);
  const letterChars = letters.reduce((n, t) => n + [...t.key].length, 0);
  let usable = true;
  if (tokens.length === 0) {
    usable = false;
    notes.push({
      ja: "照合できる文字がありません (空の名前)",
      en: "Nothing to screen: the name is empty after normalisation",
    });
  } else if (core.length === 0) {
    usable = false;
    notes.push({
      ja: "法人格 (株式会社、Co., Ltd. など) だけの名前は照合しません",
      en: "The name is only a legal form (Co., Ltd., 株式会社 …); not screened",
    });
  } else if (letters.length === 0) {
    usable = false;
    notes.push({ ja: "数字だけの名前は照合しません", en: "The name has only digits; not screened" });
  } else if (letterChars < 2) {
    usable = false;
    notes.push({ ja: "名前が短すぎて照合できません (1 文字)", en: "The name is too short to screen (one character)" });
  }
  const scripts = new Set(
    core.map((t) => (t.script === "latin" && t.origin ? t.origin : t.script)).filter((s) => s !== "digit"),
  );
  if (scripts.size >= 3) {
    notes.push({
      ja: `複数の文字種が混在しています (${[...scripts].join(", ")})`,
      en: `Mixed scripts in one name (${[...scripts].join(", ")})`,
    });
  }
  let joined = "";
  for (const t of core) if (t.script === "latin" || t.script === "kana") joined += t.key;
  return new Analysis(raw, tokens, core, legalFamilies, joined, usable, notes);
}

/**
 * An analysed name. A class, so that every analysis has one shape (an object literal with its own getter would
 * give each its own, and every read of `core` or `joined` in the matcher would take the slow path).
 */
class Analysis implements AnalyzedName {
  private display?: string;
  constructor(
    readonly raw: string,
    readonly tokens: NameToken[],
    readonly core: NameToken[],
    readonly legalFamilies: string[],
    readonly joined: string,
    readonly usable: boolean,
    readonly notes: Text[],
  ) {}

  get normalized(): string {
    this.display ??= this.tokens.map((t) => (t.legal ? `[${display(t)}]` : display(t))).join(" ");
    return this.display;
  }
}
