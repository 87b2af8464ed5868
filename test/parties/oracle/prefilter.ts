/**
 * A cheap test, never stricter than the scoring, that lets the reference scorer (reference-scorer.ts) skip what
 * cannot count: word pairs whose token similarity must be 0, and list names that can get no aligned pair at all.
 * It reads nothing of the index (no gram postings, no candidate cut, no bound): only lengths and the characters
 * of the strings `tokenSimilarity` compares. oracle.test.ts checks on every End User List reading and on a sample
 * of SDN readings that the reference with this filter returns exactly what it returns without it.
 *
 * Why a pair it turns away has similarity 0 (token-similarity.ts):
 *  - every comparison of two strings there (`strictSimilarity`, the Han comparison, the skeleton route of katakana
 *    against Latin) gives 0 unless the strings are equal or their edit distance d is at most 40 % of the longer
 *    (similarity 1 − d / max ≥ 0.6; the skeleton route needs 0.8; three letters need one edit, four or five one);
 *  - d is at least the difference of the lengths, and at least the number of characters of one string that the
 *    other lacks (each must be deleted or replaced, one edit each); characters are hashed into 32 bits, which can
 *    only make that count smaller;
 *  - same script: the key, the folded key (`loose`), the spelling before synonyms (`surface`) and its folded key
 *    are compared; katakana against Latin: the keys, and the katakana skeleton with both Latin skeleton readings;
 *    digits only equal digits; Han only Han.
 * Why a name it turns away scores below any bar: the score is the weighted share of aligned pairs (score-names.ts);
 * with no pair the share is 0. A pair is a word pair of similarity > 0, a stop word of the list with a query word
 * of the same key, or a join (see mayJoinRun).
 */
import type { NameToken } from "../../../src/engine/parties/analyze-name";
import { looseKey } from "../../../src/engine/parties/kana-key";
import { rememberSkeletons } from "../../../src/engine/parties/token-similarity";

/** A string's length (in code points) and the set of its characters, hashed into 32 bits. */
interface Shape {
  len: number;
  set: number;
}

function shape(s: string): Shape {
  let set = 0;
  let len = 0;
  for (const ch of s) {
    set |= 1 << (ch.codePointAt(0)! & 31);
    len++;
  }
  return { len, set };
}

function bits(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** False only when the strings' edit distance must exceed 40 % of the longer (or they are both empty). */
function mayBeNear(a: Shape, b: Shape): boolean {
  const limit = 0.4 * Math.max(a.len, b.len) + 1e-9;
  return Math.abs(a.len - b.len) <= limit && bits(a.set & ~b.set) <= limit && bits(b.set & ~a.set) <= limit;
}

/** What the filter needs of one word. */
export interface WordShape {
  script: NameToken["script"];
  key: string;
  stop: boolean;
  /** Joinable (Latin or katakana) with a key of four letters or more: may be compared with a run of words. */
  long: boolean;
  joinable: boolean;
  /** The word as spelt before synonyms (surface, else key): what a join puts together. */
  spelled: string;
  head: string;
  k: Shape;
  loose: Shape;
  surface: Shape;
  looseSurface: Shape;
  /** Katakana: its skeleton; Latin: both skeleton readings. */
  sk?: Shape;
  skR?: Shape;
}

export function wordShape(t: NameToken): WordShape {
  const surface = t.surface ?? t.key;
  const joinable = t.script === "latin" || t.script === "kana";
  const s: WordShape = {
    script: t.script,
    key: t.key,
    stop: t.stop === true,
    long: joinable && t.key.length >= 4,
    joinable,
    spelled: surface,
    head: surface.slice(0, 2),
    k: shape(t.key),
    loose: shape(t.loose ?? t.key),
    surface: shape(surface),
    looseSurface: shape(looseKey(surface)),
  };
  if (joinable) {
    rememberSkeletons(t);
    s.sk = shape(t.skeleton!);
    if (t.script === "latin") s.skR = shape(t.skeletonR!);
  }
  return s;
}

/** False only when `tokenSimilarity(q, c)` is 0. */
export function mayPair(q: WordShape, c: WordShape): boolean {
  if (q.script === "digit" || c.script === "digit") return q.script === c.script && q.key === c.key;
  if (q.script === "han" || c.script === "han")
    return q.script === c.script && (q.key === c.key || mayBeNear(q.k, c.k));
  if (q.script === c.script)
    return (
      mayBeNear(q.k, c.k) ||
      mayBeNear(q.loose, c.loose) ||
      mayBeNear(q.surface, c.surface) ||
      mayBeNear(q.looseSurface, c.looseSurface)
    );
  const kana = q.script === "kana" ? q : c;
  const latin = q.script === "kana" ? c : q;
  return mayBeNear(kana.k, latin.k) || mayBeNear(kana.sk!, latin.sk!) || mayBeNear(kana.sk!, latin.skR!);
}

/** False only when the strings' edit distance must exceed `share` of the longer. */
function mayBeWithin(a: Shape, b: Shape, share: number): boolean {
  const limit = share * Math.max(a.len, b.len) + 1e-9;
  return Math.abs(a.len - b.len) <= limit && bits(a.set & ~b.set) <= limit && bits(b.set & ~a.set) <= limit;
}

/**
 * Whether `single` may be joined with a run of words of `many` (joinCandidates in score-names.ts): a Latin or
 * katakana word of four letters or more, against two to four consecutive Latin/katakana words, the run starting
 * with the word's first two letters (katakana on either side waives that) and not longer than 1.6 × the word + 2
 * (nor shorter than 0.6 × for a Latin word). A join counts at similarity 0.8 or more: between Latin words the
 * joined spelling must then be within 20 % edits of the word's key, folded key, spelling or folded spelling (the
 * folded match counts 0.97, so it needs 0.825); with katakana in the comparison any run of the right start is kept.
 */
function mayJoinRun(single: WordShape, many: WordShape[]): boolean {
  if (!single.long || many.length < 2) return false;
  const len = single.key.length;
  for (let i = 0; i + 1 < many.length; i++) {
    const m = many[i];
    if (!m.joinable) continue;
    const kanaStart = single.script === "kana" || m.script === "kana";
    if (!kanaStart && (m.head[0] !== single.key[0] || m.head[1] !== single.key[1])) continue;
    let joined = m.spelled;
    let kana = m.script === "kana";
    for (let j = i + 1; j < many.length && j - i < 4; j++) {
      if (!many[j].joinable) break;
      joined += many[j].spelled;
      kana ||= many[j].script === "kana";
      if (joined.length > len * 1.6 + 2) break;
      if (single.script === "kana" || kana) return true;
      if (joined.length < len * 0.6) continue;
      const js = shape(joined);
      if (
        mayBeWithin(single.k, js, 0.2) ||
        mayBeWithin(single.loose, js, 0.2) ||
        mayBeWithin(single.surface, js, 0.2) ||
        mayBeWithin(single.looseSurface, shape(looseKey(joined)), 0.2)
      )
        return true;
    }
  }
  return false;
}

/**
 * False only when a list name can get no aligned pair with the query: none of its words has a row (`hasRow`), none
 * of its stop words has a query word of the same key, and no join is possible either way.
 */
export function mayAlign(query: WordShape[], name: WordShape[], hasRow: (j: number) => boolean): boolean {
  for (let j = 0; j < name.length; j++) {
    if (name[j].stop) {
      for (const q of query) if (!q.stop && q.key === name[j].key) return true;
    } else if (hasRow(j)) return true;
  }
  for (const q of query) if (!q.stop && mayJoinRun(q, name)) return true;
  for (const c of name) if (!c.stop && mayJoinRun(c, query)) return true;
  return false;
}
