/**
 * Similarity of two name tokens, 0–1, by edit distance on their keys (fastest-levenshtein):
 * digits only equal digits; keys of three characters or fewer only match exactly; four- and five-character
 * keys allow one edit; Han compares character by character; kana meets Latin on a phonetic skeleton
 * (capped at 0.95 because a transliteration is never certain). Below 0.6 a pair counts as unrelated.
 */
import { distance } from "fastest-levenshtein";
import type { NameToken } from "./analyze-name";
import { looseKey, phoneticSkeleton } from "./kana-key";

export const MIN_TOKEN_SIMILARITY = 0.6;
/** Ceiling for kana ↔ Latin comparisons. */
export const TRANSLITERATION_CEILING = 0.95;
/**
 * Similarity given to equal three-consonant skeletons (before the ceiling). A three- or two-consonant agreement
 * (キーエンス / CNIIEISU, ニデック / NDCO, シャープ / SAPA) is a coincidence as often as not: it supports a match but
 * never makes one on its own (a single katakana word matched on sound alone is held below REVIEW in score-names.ts; issue 10, point 5).
 */
export const SHORT_SKELETON_SIMILARITY = 0.84;
/** …when the first sounds differ too (キーエンス / CNIIEISU): support only. */
export const WEAK_SHORT_SKELETON_SIMILARITY = 0.72;
/** …and to equal two-consonant skeletons with the same first letter. */
export const TWO_CONSONANT_SIMILARITY = 0.7;

const skeletonCaches = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
/** Phonetic skeleton of a key (kana-key.ts), remembered. */
export function skeletonOf(key: string, fromKana: boolean, keepCodaR = false): string {
  const cache = skeletonCaches[fromKana ? 0 : keepCodaR ? 2 : 1];
  let s = cache.get(key);
  if (s === undefined) {
    s = phoneticSkeleton(key, fromKana, keepCodaR);
    if (cache.size > 100_000) cache.clear();
    cache.set(key, s);
  }
  return s;
}

/** Whether b is a with one pair of adjacent letters swapped (a typing slip that counts as one edit). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function strictSimilarity(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const la = a.length;
  const lb = b.length;
  const max = la > lb ? la : lb;
  if (max <= 3) {
    // three letters: one substituted letter (UWC / UEC) is a weak match; anything else none
    if (la !== 3 || lb !== 3) return 0;
    let d = 0;
    for (let i = 0; i < 3; i++) if (a[i] !== b[i]) d++;
    return d === 1 ? MIN_TOKEN_SIMILARITY : 0;
  }
  const diff = la > lb ? la - lb : lb - la;
  if (max <= 5 && diff > 1) return 0;
  if (diff / max > 1 - MIN_TOKEN_SIMILARITY) return 0;
  const d = isTransposition(a, b) ? 1 : distance(a, b);
  if (max <= 5 && d > 1) return 0;
  const s = 1 - d / max;
  return s >= MIN_TOKEN_SIMILARITY ? s : 0;
}

/** Weight of a match found only after folding transliteration variants. */
export const LOOSE_FACTOR = 0.97;

/**
 * Edit similarity of two Latin/romaji keys with the short-key rules; transliteration variants count a little less.
 * `looseA`/`looseB` are the folded keys when already known (tokens carry them); otherwise they are computed.
 */
export function keySimilarity(a: string, b: string, looseA?: string, looseB?: string): number {
  const s = strictSimilarity(a, b);
  if (s === 1) return 1;
  const la = looseA ?? looseKey(a);
  const lb = looseB ?? looseKey(b);
  if (la === a && lb === b) return s;
  return Math.max(s, LOOSE_FACTOR * strictSimilarity(la, lb));
}

function hanSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ca = [...a];
  const cb = [...b];
  const max = Math.max(ca.length, cb.length);
  if (max <= 2) return 0;
  // Map code points to single UTF-16 units so the distance counts characters, not surrogate halves.
  const map = new Map<string, string>();
  const enc = (cs: string[]) =>
    cs
      .map((c) => {
        let u = map.get(c);
        if (!u) {
          u = String.fromCharCode(0xe000 + map.size);
          map.set(c, u);
        }
        return u;
      })
      .join("");
  const s = 1 - distance(enc(ca), enc(cb)) / max;
  return s >= MIN_TOKEN_SIMILARITY ? s : 0;
}

/** Skeleton of Latin words written apart, built word by word (no sound rules across word boundaries). */
export function joinedSkeleton(tokens: NameToken[], keepCodaR = false): string {
  let out = "";
  for (const t of tokens) {
    rememberSkeletons(t);
    out += (keepCodaR && t.script !== "kana" ? t.skeletonR : t.skeleton) ?? "";
  }
  return out;
}

/** Kana (romaji key) against a Latin key, on the skeleton that reads its coda r silent (English) or sounded. */
export function kanaLatinSimilarity(
  kanaKey: string,
  latinKey: string,
  latinSkeleton?: string,
  latinSkeletonR?: string,
  kanaSkeleton?: string,
): number {
  // the direct comparison and the kana skeleton are the same for both readings: computed once
  const direct = strictSimilarity(kanaKey, latinKey);
  const sk = kanaSkeleton ?? skeletonOf(kanaKey, true);
  const sl = latinSkeleton ?? skeletonOf(latinKey, false);
  const slR = latinSkeletonR ?? skeletonOf(latinKey, false, true);
  const via = kanaLatinOnSkeleton(kanaKey, latinKey, sk, sl);
  return Math.max(
    direct,
    TRANSLITERATION_CEILING * (slR === sl ? via : Math.max(via, kanaLatinOnSkeleton(kanaKey, latinKey, sk, slR))),
  );
}

/** First letter with the spellings of one sound folded (c/q/k, v/b/f, z/j). */
function firstSound(key: string): string {
  const c = key[0] ?? "";
  return c === "c" || c === "q" ? "k" : c === "v" || c === "f" ? "b" : c === "z" ? "j" : c;
}

/** Similarity of a kana word to a Latin word by their skeletons (before the ceiling). */
function kanaLatinOnSkeleton(kanaKey: string, latinKey: string, sk: string, sl: string): number {
  let viaSkeleton = 0;
  if (sk.length >= 3 && sl.length >= 3) {
    // Three consonants say less than four: equal short skeletons count for less.
    if (sk === sl)
      viaSkeleton =
        sk.length >= 4
          ? 1
          : firstSound(kanaKey) === firstSound(latinKey)
            ? SHORT_SKELETON_SIMILARITY
            : WEAK_SHORT_SKELETON_SIMILARITY;
    else if (Math.max(sk.length, sl.length) >= 5) {
      // Skeletons are dense: only long ones may differ, and by little.
      const s = 1 - distance(sk, sl) / Math.max(sk.length, sl.length);
      viaSkeleton = s >= 0.8 ? s : 0;
    }
  } else if (
    sk.length === 2 &&
    sk === sl &&
    kanaKey[0] === latinKey[0] &&
    Math.abs(kanaKey.length - latinKey.length) <= 2
  ) {
    // Two consonants (オーシャン / ocean, カラエ / Kalaye) only with the same first letter and a similar length.
    viaSkeleton = TWO_CONSONANT_SIMILARITY;
  }
  return viaSkeleton;
}

/**
 * False when `kanaLatinSimilarity` cannot reach `min` (≥ 0.8) for words of these lengths (romaji key and kana
 * skeleton; Latin key and both skeleton readings): the direct comparison needs keys within (1 − min) of the
 * longer, the skeleton route needs min / ceiling, so skeletons within (1 − min / ceiling) of the longer (equal
 * skeletons differ by nothing). Lets callers skip building joined words that could never be close enough.
 */
export function kanaLatinMayReach(
  kanaKeyLen: number,
  kanaSkLen: number,
  latinKeyLen: number,
  latinSkLen: number,
  latinSkRLen: number,
  min: number,
): boolean {
  if (min < 0.8) return true;
  const near = (a: number, b: number, share: number) => Math.abs(a - b) <= share * Math.max(a, b) + 1e-9;
  const skShare = 1 - min / TRANSLITERATION_CEILING;
  return (
    near(kanaKeyLen, latinKeyLen, 1 - min) ||
    near(kanaSkLen, latinSkLen, skShare) ||
    near(kanaSkLen, latinSkRLen, skShare)
  );
}

/**
 * Similarity of a katakana word (romaji key) to a Latin word whose skeleton (in one of its readings) equals the
 * katakana word's skeleton of four consonants or more, as `kanaLatinSimilarity` gives it, without computing it:
 * the skeleton route gives the transliteration ceiling, and the direct comparison can beat it only for equal keys
 * or keys over 20 letters (one edit in 21 letters is 0.952); those are left to the full comparison (undefined).
 */
export function sameSkeletonSimilarity(kanaKey: string, latinKey: string): number | undefined {
  if (kanaKey === latinKey) return kanaKey.length > 0 ? 1 : undefined;
  return kanaKey.length <= 20 && latinKey.length <= 20 ? TRANSLITERATION_CEILING : undefined;
}

export function tokenSimilarity(q: NameToken, c: NameToken): number {
  if (q.script === "digit" || c.script === "digit") return q.script === c.script && q.key === c.key ? 1 : 0;
  if (q.script === "han" || c.script === "han") return q.script === c.script ? hanSimilarity(q.key, c.key) : 0;
  if (q.script === c.script) {
    // tokens carry their folded key when it differs; joined words (none) are compared strictly
    const s = keySimilarity(q.key, c.key, q.loose ?? q.key, c.loose ?? c.key);
    // a slip in a word that a synonym shortens (Sysetms → systems, not system) is measured on the spelling
    if (s < 1 && (q.surface || c.surface)) return Math.max(s, keySimilarity(q.surface ?? q.key, c.surface ?? c.key));
    return s;
  }
  const kana = q.script === "kana" ? q : c;
  const latin = q.script === "kana" ? c : q;
  rememberSkeletons(kana);
  rememberSkeletons(latin);
  return kanaLatinSimilarity(kana.key, latin.key, latin.skeleton, latin.skeletonR, kana.skeleton);
}

/**
 * Keeps a word's phonetic skeletons on the token once computed (a word is compared with many others; the
 * remembered-skeleton map is large and slow to probe): a kana word its own skeleton, a Latin word both readings.
 * Words joined from several already carry theirs (built word by word).
 */
export function rememberSkeletons(t: NameToken): void {
  if (t.skeleton !== undefined) return;
  if (t.script === "kana") t.skeleton = skeletonOf(t.key, true);
  else {
    t.skeleton = skeletonOf(t.key, false);
    t.skeletonR = skeletonOf(t.key, false, true);
  }
}
