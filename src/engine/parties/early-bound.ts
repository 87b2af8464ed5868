/**
 * Early bound (stage 4 of the name index): before a candidate is scored in full, an upper bound on its score
 * (from the query words' best similarities and the joins that could still cover words) turns away names that
 * cannot reach the bar. It must never turn away a name that would score at or above it (early-bound.test.ts).
 */
import type { AnalyzedName, NameToken } from "./analyze-name";
import type { IdList } from "./gram-postings";
import {
  F_CODE,
  F_FLAGS,
  F_KEYCODE,
  F_KEYLEN,
  F_LEN,
  F_MAXRUN,
  F_SKLEN,
  F_SKRLEN,
  TOK_JOINABLE,
  TOK_KANA,
  TOK_LETTER,
  TOK_LONG,
  TOK_STOP,
  TOK_STRIDE,
  keyCode,
  startCode,
  type BuiltIndex,
} from "./index-build";
import { STOP_WORDS } from "./name-tables";
import { JOIN_MIN_SIMILARITY, LIST_EXTRA_COST, QUERY_EXTRA_COST, type ScoringSide } from "./score-names";
import { kanaLatinMayReach, skeletonOf } from "./token-similarity";
import type { WordHits } from "./word-lookup";

/** A query word that could spell a run of list words written apart (see `joinCandidates` in score-names.ts). */
interface QuerySingle {
  bit: number;
  /** Code of the first two letters of its key. */
  keyCode: number;
  /** Longest run (letters, as joined) it may be compared with. */
  maxRun: number;
  kana: boolean;
  /** Length of its key and (katakana) of its skeleton. */
  keyLen: number;
  skLen: number;
}

/** A run of two to four joinable query words, as `joinCandidates` would join them to compare with one list word. */
interface QueryRun {
  /** Code of the first word's first two letters as written. */
  code: number;
  /** Length of the joined run. */
  len: number;
  /** First word in katakana (waives the same-start condition). */
  startKana: boolean;
  /** Some word in katakana: the run is compared as katakana, and `skLen` is the length of its skeleton. */
  anyKana: boolean;
  skLen: number;
}

/** A query word that pays the query-extra cost when nothing in a name can partner it (letters, not a stop word). */
interface QueryWord {
  /** Its index among the core words, and its bit. */
  i: number;
  bit: number;
  joinable: boolean;
  single?: QuerySingle;
  /** Runs of query words that include this word. */
  runs: QueryRun[];
}

/** What the early bound needs of a query's words, whatever the list (worked out once per analysed name). */
interface QueryShape {
  singles: QuerySingle[];
  /** Every run of query words (two to four, from every start). */
  runs: QueryRun[];
  /** Empty when the query has more than 31 core words (no query-side term then). */
  words: QueryWord[];
}

/** What the early bound needs to know about a query on one list. */
export interface QueryDigest {
  /**
   * Per vocabulary word (index-owned scratch, cleared after the query): best similarity of any query word, and the
   * query words (bit i for core word i) similar to it, at all and strongly (≥ 0.9).
   */
  vocabMax: Float64Array;
  vocabMask: Int32Array;
  vocabStrong: Int32Array;
  /** Vocabulary words set in the scratch arrays. */
  set: IdList;
  shape: QueryShape;
  /** The query words' weights on this list (normal, plain). */
  w: ArrayLike<number>;
  wPlain: ArrayLike<number>;
}

const joinableToken = (t: NameToken) => t.script === "latin" || t.script === "kana";

export function digestQuery(
  q: AnalyzedName,
  hits: WordHits[],
  side: ScoringSide,
  scratch: { max: Float64Array; mask: Int32Array; strong: Int32Array; set: IdList },
): QueryDigest {
  const bits = q.core.length <= 31;
  const { max: vocabMax, mask: vocabMask, strong: vocabStrong } = scratch;
  const set = scratch.set;
  set.length = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const bit = bits ? 1 << i : 0;
    for (let k = 0; k < h.vids.length; k++) {
      const vid = h.vids[k];
      const sim = h.sims[k];
      if (vocabMax[vid] === 0 && vocabMask[vid] === 0) set.push(vid);
      if (sim > vocabMax[vid]) vocabMax[vid] = sim;
      vocabMask[vid] |= bit;
      if (sim >= 0.9) vocabStrong[vid] |= bit;
    }
  }
  return { vocabMax, vocabMask, vocabStrong, set, shape: shapeOf(q), w: side.w, wPlain: side.wPlain };
}

// The shape of the last query (a screener searches every list with the same analysed name in turn). Kept in a
// plain variable, not a WeakMap: the young-generation collector keeps weak-map keys alive, which would promote
// every analysed name.
let lastShaped: AnalyzedName | undefined;
let lastShape: QueryShape | undefined;

function shapeOf(q: AnalyzedName): QueryShape {
  if (q !== lastShaped || !lastShape) {
    lastShape = queryShape(q);
    lastShaped = q;
  }
  return lastShape;
}

function queryShape(q: AnalyzedName): QueryShape {
  const core = q.core;
  const bits = core.length <= 31;
  const singles: QuerySingle[] = [];
  const singleOf: Array<QuerySingle | undefined> = [];
  core.forEach((t, i) => {
    if (t.stop || !joinableToken(t) || t.key.length < 4) return;
    const skLen = t.script === "kana" ? skeletonOf(t.key, true).length : 0;
    if (t.script === "kana" && skLen < 5) return;
    const single: QuerySingle = {
      bit: bits ? 1 << i : 0,
      keyCode: keyCode(t),
      maxRun: t.key.length * 1.6 + 2,
      kana: t.script === "kana",
      keyLen: t.key.length,
      skLen,
    };
    singles.push(single);
    singleOf[i] = single;
  });
  // Every run from every start, with the index of its first and last word.
  const runs: QueryRun[] = [];
  const runStart: number[] = [];
  const runEnd: number[] = [];
  for (let i0 = 0; i0 + 1 < core.length; i0++) {
    if (!joinableToken(core[i0])) continue;
    let key = core[i0].surface ?? core[i0].key;
    let anyKana = core[i0].script === "kana";
    for (let j = i0 + 1; j < core.length && j - i0 < 4 && joinableToken(core[j]); j++) {
      key += core[j].surface ?? core[j].key;
      anyKana ||= core[j].script === "kana";
      runs.push({
        code: startCode(core[i0]),
        len: key.length,
        startKana: core[i0].script === "kana",
        anyKana,
        skLen: anyKana ? skeletonOf(key, true).length : 0,
      });
      runStart.push(i0);
      runEnd.push(j);
    }
  }
  const words: QueryWord[] = [];
  if (bits) {
    core.forEach((t, i) => {
      if (t.stop || t.script === "digit") return;
      // A word whose key is a stop word (katakana ト "to", デ "de", ノ "no" …; Latin ones are stop words
      // themselves) pairs in full with a list stop word of that key, which the vocabulary does not hold: it may
      // always have a partner.
      if (STOP_WORDS.has(t.key)) return;
      const joinable = joinableToken(t);
      const through: QueryRun[] = [];
      if (joinable) for (let n = 0; n < runs.length; n++) if (runStart[n] <= i && i <= runEnd[n]) through.push(runs[n]);
      words.push({ i, bit: 1 << i, joinable, single: singleOf[i], runs: through });
    });
  }
  return { singles, runs, words };
}

/**
 * False when the name cannot reach `minScore` whatever the alignment. This is the upper bound of score-names.ts,
 * score ≤ U / (c·L + (1−c)·U + e·X), taken for this name:
 *  - U counts each list word at its best similarity to any query word, and in full where a join (see
 *    `joinCandidates` there) could still cover it: a run of joinable list words through it starting like a query
 *    word that has no strong partner in this name and is long enough to spell the run, or, for a list word of four
 *    letters or more, a run of query words starting like it and short enough to be read as it;
 *  - X is the weight of the query words that can have no partner here at all: no similar word in the name and no
 *    such join; each costs e (the query-extra cost).
 * Katakana on either side waives the same-start condition of a join, as the join itself does.
 */
export function mayPass(ix: BuiltIndex, ni: number, q: QueryDigest, minScore: number): boolean {
  const from = ix.vidStart[ni];
  const to = ix.vidStart[ni + 1];
  const plain = ix.namePlain[ni] === 1;
  const fw = plain ? 1 : 0;
  const c = plain ? 1 : LIST_EXTRA_COST;
  const tok = ix.tok;
  const tokW = ix.tokW;
  const vids = ix.vidFlat;
  // Query words with some partner / a strong partner (≥ 0.9, which rules out their joins) in this name.
  const best = ix.bestSim;
  let mask = 0;
  let strong = 0;
  for (let k = from; k < to; k++) {
    const vid = vids[k];
    if (vid >= 0) {
      mask |= q.vocabMask[vid];
      strong |= q.vocabStrong[vid];
      best[k - from] = q.vocabMax[vid];
    } else best[k - from] = 0;
  }
  let u = 0;
  let l = 0;
  for (let k = from; k < to; k++) {
    const f = tok[k * TOK_STRIDE + F_FLAGS];
    const w = tokW[2 * k + fw];
    if (f & TOK_LETTER) l += w;
    let s: number;
    if (f & TOK_STOP) s = 1;
    else {
      s = best[k - from];
      if (s < 1 && f & TOK_JOINABLE && (listRunJoinable(ix, from, to, k, q, strong) || queryRunJoinable(ix, k, q)))
        s = 1;
    }
    u += w * s;
  }
  const base = c * l + (1 - c) * u;
  if (base > 0 && u / base < minScore) return false;
  // Query words without a partner: first the most they can cost (no join covers any of them); only when that
  // would turn the name away are joins looked for, and only until the cost left cannot change the answer.
  const e = plain ? 1 : QUERY_EXTRA_COST;
  let most = 0;
  const qw = plain ? q.wPlain : q.w;
  for (const word of q.shape.words) if (!(mask & word.bit)) most += qw[word.i];
  if (most === 0 || base + e * most <= 0 || u / (base + e * most) >= minScore) return true;
  let x = 0;
  for (const word of q.shape.words) {
    if (mask & word.bit) continue;
    const w = qw[word.i];
    if (word.joinable && mayCoverQueryWord(ix, from, to, word, strong)) continue;
    x += w;
    const den = base + e * x;
    if (den > 0 && u / den < minScore) return false;
  }
  const den = base + e * x;
  return den <= 0 || u / den >= minScore;
}

export function flagsAt(ix: BuiltIndex, k: number): number {
  return ix.tok[k * TOK_STRIDE + F_FLAGS];
}

/**
 * Whether one query word (without a strong partner here) may spell a run of list words from i0 through at least
 * list word `through` (two to four joinable words): same start (unless katakana on either side), not longer than
 * the word may be compared with, and, for a katakana word against Latin words, of a length that could reach the
 * join bar (see kanaLatinMayReach).
 */
export function singleMaySpell(ix: BuiltIndex, t: QuerySingle, i0: number, through: number, to: number): boolean {
  const tok = ix.tok;
  const f0 = tok[i0 * TOK_STRIDE + F_FLAGS];
  if (!(f0 & TOK_JOINABLE)) return false;
  if (!(t.kana || f0 & TOK_KANA || t.keyCode === tok[i0 * TOK_STRIDE + F_CODE])) return false;
  let len = tok[i0 * TOK_STRIDE + F_LEN];
  let sk = tok[i0 * TOK_STRIDE + F_SKLEN];
  let skR = tok[i0 * TOK_STRIDE + F_SKRLEN];
  let kana = (f0 & TOK_KANA) !== 0;
  for (let j = i0 + 1; j < to && j - i0 < 4; j++) {
    const o = j * TOK_STRIDE;
    const f = tok[o + F_FLAGS];
    if (!(f & TOK_JOINABLE)) return false;
    len += tok[o + F_LEN];
    sk += tok[o + F_SKLEN];
    skR += tok[o + F_SKRLEN];
    if (f & TOK_KANA) kana = true;
    if (len > t.maxRun) return false;
    if (j < through) continue;
    if (!t.kana || kana || kanaLatinMayReach(t.keyLen, t.skLen, len, sk, skR, JOIN_MIN_SIMILARITY)) return true;
  }
  return false;
}

/** Whether list word k may lie in a run of list words that one query word (without a strong partner) spells together. */
export function listRunJoinable(
  ix: BuiltIndex,
  from: number,
  to: number,
  k: number,
  q: QueryDigest,
  strong: number,
): boolean {
  for (let i0 = k; i0 >= from && i0 > k - 4; i0--) {
    if (!(flagsAt(ix, i0) & TOK_JOINABLE)) break;
    for (const t of q.shape.singles) {
      if (strong & t.bit) continue;
      if (singleMaySpell(ix, t, i0, k, to)) return true;
    }
  }
  return false;
}

/** Whether list word k may be spelt apart by query run r (see `joinCandidates`: list word of four letters or more). */
export function runMaySpell(ix: BuiltIndex, r: QueryRun, k: number): boolean {
  const o = k * TOK_STRIDE;
  const f = ix.tok[o + F_FLAGS];
  if (!(f & TOK_JOINABLE) || !(f & TOK_LONG) || f & TOK_STOP || r.len > ix.tok[o + F_MAXRUN]) return false;
  const kana = (f & TOK_KANA) !== 0;
  if (!(kana || r.startKana || r.code === ix.tok[o + F_KEYCODE])) return false;
  // a run with katakana against a Latin word is compared as katakana: its length must be able to reach the bar
  if (r.anyKana && !kana)
    return kanaLatinMayReach(
      r.len,
      r.skLen,
      ix.tok[o + F_KEYLEN],
      ix.tok[o + F_SKLEN],
      ix.tok[o + F_SKRLEN],
      JOIN_MIN_SIMILARITY,
    );
  return true;
}

/** Whether list word k (four letters or more) may be spelt apart by a run of query words. */
export function queryRunJoinable(ix: BuiltIndex, k: number, q: QueryDigest): boolean {
  if (!(flagsAt(ix, k) & TOK_LONG)) return false;
  for (const r of q.shape.runs) if (runMaySpell(ix, r, k)) return true;
  return false;
}

/** Whether a query word without a similar word in the name may still be covered by a join. */
export function mayCoverQueryWord(ix: BuiltIndex, from: number, to: number, word: QueryWord, strong: number): boolean {
  // as one word spelling a run of list words
  if (word.single && !(strong & word.bit)) {
    for (let i0 = from; i0 < to; i0++) if (singleMaySpell(ix, word.single, i0, i0 + 1, to)) return true;
  }
  // as part of a run of query words spelling one list word
  for (const r of word.runs) for (let k = from; k < to; k++) if (runMaySpell(ix, r, k)) return true;
  return false;
}

export function clearDigest(digest: QueryDigest): void {
  for (let k = 0; k < digest.set.length; k++) {
    const vid = digest.set.items[k];
    digest.vocabMax[vid] = 0;
    digest.vocabMask[vid] = 0;
    digest.vocabStrong[vid] = 0;
  }
}
