/**
 * Word lookups (stage 2 of the name index): the vocabulary words similar to one query word, found through the
 * gram postings of the index build and verified by token similarity, remembered per word with the word's weights.
 */
import type { AnalyzedName, NameToken } from "./analyze-name";
import { LOOKUP_CACHE_LIMIT, type BuiltIndex } from "./index-build";
import type { IdList } from "./gram-postings";
import { bigramsOf } from "./gram-postings";
import type { ScoringSide } from "./score-names";
import { sameSkeletonSimilarity, skeletonOf, tokenSimilarity } from "./token-similarity";

/** Vocabulary words similar to one query word: parallel arrays of vocabulary ids and similarities. */
export interface WordHits {
  vids: number[];
  sims: number[];
}

export const NO_HITS: WordHits = { vids: [], sims: [] };

/** A remembered word lookup, with the word's weights on the list (normal, and without the generic discount). */
export interface WordEntry {
  hits: WordHits;
  w: number;
  wPlain: number;
}

/** At most this many similar-looking vocabulary words are verified per query word. */
export const VERIFY_PER_WORD = 15;

/**
 * Vocabulary words similar to a query word, as vocabulary id → similarity. Results are remembered per word
 * (bulk files repeat the same words); the hits returned must not be changed.
 */
export function lookup(ix: BuiltIndex, t: NameToken): WordHits {
  return wordEntry(ix, t).hits;
}

/** A word's lookup and its weights on this list, remembered together (both depend on key, script and flags only). */
export function wordEntry(ix: BuiltIndex, t: NameToken): WordEntry {
  // Words are told apart by key, then by script and flags (a small number); the surface form only matters
  // when it differs, which the key then already implies for a given script.
  const slot =
    (t.script === "latin" ? 0 : t.script === "kana" ? 4 : t.script === "han" ? 8 : 12) +
    (t.generic ? 1 : 0) +
    (t.stop ? 2 : 0);
  let bySlot = ix.lookupCache.get(t.key);
  let e = bySlot?.[slot];
  if (!e) {
    e = { hits: lookupUncached(ix, t), w: ix.weight(t, false), wPlain: ix.weight(t, true) };
    if (!bySlot) {
      if (ix.lookupCache.size >= LOOKUP_CACHE_LIMIT) ix.lookupCache.clear();
      ix.lookupCache.set(t.key, (bySlot = []));
    }
    bySlot[slot] = e;
  }
  return e;
}

/** The query's word lookups and its scoring side on this list. */
export function lookUpQuery(ix: BuiltIndex, q: AnalyzedName): { hits: WordHits[]; side: ScoringSide } {
  const core = q.core;
  const n = core.length;
  const hits = new Array<WordHits>(n);
  const w = new Array<number>(n);
  const wPlain = new Array<number>(n);
  for (let j = 0; j < n; j++) {
    const e = wordEntry(ix, core[j]);
    hits[j] = e.hits;
    w[j] = e.w;
    wPlain[j] = e.wPlain;
  }
  return { hits, side: { tokens: core, w, wPlain, legalFamilies: q.legalFamilies } };
}

export function lookupUncached(ix: BuiltIndex, t: NameToken): WordHits {
  if (t.stop) return NO_HITS;
  if (t.script === "digit") {
    const vid = ix.vocabByKey.digit.get(t.key);
    return vid !== undefined ? { vids: [vid], sims: [1] } : NO_HITS;
  }
  // Vocabulary words compared, in the order first met (each once), with their similarity.
  const vids: number[] = [];
  const sims: number[] = [];
  const seen = ix.vocabSeen;
  const add = (vid: number, known?: number) => {
    if (seen[vid]) return;
    seen[vid] = 1;
    vids.push(vid);
    sims.push(known ?? tokenSimilarity(t, ix.vocabTokens[vid]));
  };
  try {
    collectSimilar(ix, t, add);
  } finally {
    for (const vid of vids) seen[vid] = 0;
  }
  return nonZero(vids, sims);
}

/** Calls `add` with every vocabulary word worth comparing with word `t` (not a digit, not a stop word). */
export function collectSimilar(ix: BuiltIndex, t: NameToken, add: (vid: number, known?: number) => void): void {
  if (t.script === "han") {
    const vid = ix.vocabByKey.han.get(t.key);
    if (vid !== undefined) add(vid);
    const len = [...t.key].length;
    if (vid === undefined && len >= 3)
      countGrams(ix, bigramsOf(t.key), ix.hanGrams, Math.max(1, Math.floor((len - 1) / 2)), add);
    return;
  }
  const latin = ix.vocabByKey.latin.get(t.key);
  const kana = ix.vocabByKey.kana.get(t.key);
  if (latin !== undefined) add(latin);
  if (kana !== undefined) add(kana);
  // An exact word is no reason to stop: the list may hold a near spelling of it in another entry (Pyongjin /
  // Yongjin, Taesong / Daesong), which the reference scorer compares too (issue 10, point 4).
  const known = latin !== undefined || kana !== undefined;
  if (!t.generic && t.key.length >= 5) fuzzyAlpha(ix, t.key, add, known);
  if (!known && !t.generic) {
    if (t.key.length === 4) fuzzyAlpha(ix, t.key, add);
    else if (t.key.length === 3 && t.script === "latin") {
      // three letters: words with one letter (a–z) substituted (UWC → UEC), position by position, in letter order
      for (let p = 0; p < 3; p++) {
        for (const vid of ix.threeLetterPatterns.get(t.key.slice(0, p) + "?" + t.key.slice(p + 1)) ?? []) {
          if (ix.vocab[vid].key !== t.key) add(vid);
        }
      }
    }
    if (t.surface && t.surface !== t.key) fuzzyAlpha(ix, t.surface, add);
  }
  if (t.script === "kana") {
    const sk = skeletonOf(t.key, true);
    for (const vid of ix.skeletons.get(sk) ?? [])
      add(vid, sk.length >= 4 ? sameSkeletonSimilarity(t.key, ix.vocab[vid].key) : undefined);
    if (sk.length >= 4) {
      // skeletons of about the same length sharing half their trigrams
      const touched = ix.touchedWords;
      touched.length = 0;
      ix.skeletonPostings.countKey(sk, sk.length - 1, sk.length + 1, ix.gramCount, touched);
      verifyBest(ix, touched, Math.max(1, Math.floor(sk.length / 2)), add);
    }
  }
}

/**
 * Vocabulary words sharing enough trigrams with `key`, among words of similar length only (the trigram
 * postings are kept per word length, so a lookup reads a few short lists, not every word with "ing").
 */
export function fuzzyAlpha(ix: BuiltIndex, key: string, add: (vid: number) => void, near = false): void {
  const len = key.length;
  // Similarity 0.6 allows 40 % of the longer word to differ; `near` looks only for words a letter longer or
  // shorter or of the same length sharing half the grams (near spellings of a word the list has exactly).
  const spread = near ? 1 : Math.max(1, Math.min(Math.floor(len * 0.4), 2 + Math.floor(len / 8)));
  // `^key$` has as many trigrams as the key has characters
  const min = near ? Math.max(1, Math.floor(len / 2)) : Math.max(1, Math.floor(len / 3));
  const touched = ix.touchedWords;
  touched.length = 0;
  const lo = Math.max(1, len - spread);
  const hi = len + spread;
  ix.alphaPostings.countKey(key, lo, hi, ix.gramCount, touched);
  verifyBest(ix, touched, min, add);
}

/** Verifies (by edit distance) only the words sharing the most grams: typos keep most of them. */
export function verifyBest(ix: BuiltIndex, touched: IdList, min: number, add: (vid: number) => void): void {
  const counts = ix.gramCount;
  const ids = touched.items;
  const n = touched.length;
  // The words with enough grams are moved to the front of the list (their order kept), the rest reset.
  let passing = 0;
  let most = 0;
  for (let k = 0; k < n; k++) {
    const vid = ids[k];
    const c = counts[vid];
    if (c >= min) {
      ids[passing++] = vid;
      if (c > most) most = c;
    } else counts[vid] = 0;
  }
  // The words to verify are chosen before any is verified (verifying may not disturb the counts it reads).
  const chosen = ix.chosenWords;
  chosen.length = 0;
  if (passing <= VERIFY_PER_WORD) for (let k = 0; k < passing; k++) chosen.push(ids[k]);
  else {
    // most grams first, ties in the order first touched (what a stable sort by count gives), without sorting
    let left = VERIFY_PER_WORD;
    for (let c = most; c >= min && left > 0; c--) {
      for (let k = 0; k < passing && left > 0; k++) {
        if (counts[ids[k]] === c) {
          chosen.push(ids[k]);
          left--;
        }
      }
    }
  }
  for (let k = 0; k < passing; k++) counts[ids[k]] = 0;
  for (let k = 0; k < chosen.length; k++) add(chosen.items[k]);
}

export function countGrams(
  ix: BuiltIndex,
  grams: string[],
  index: Map<string, number[]>,
  min: number,
  add: (vid: number) => void,
): void {
  const touched = ix.touchedWords;
  touched.length = 0;
  const counts = ix.gramCount;
  for (const g of grams) {
    const p = index.get(g);
    if (!p) continue;
    for (const vid of p) {
      if (counts[vid] === 0) touched.push(vid);
      counts[vid]++;
    }
  }
  verifyBest(ix, touched, min, add);
}

/** The words with a similarity above zero (in the order given), or NO_HITS. */
function nonZero(vids: number[], sims: number[]): WordHits {
  let n = 0;
  for (let k = 0; k < vids.length; k++) {
    if (sims[k] > 0) {
      vids[n] = vids[k];
      sims[n] = sims[k];
      n++;
    }
  }
  if (n === 0) return NO_HITS;
  vids.length = n;
  sims.length = n;
  return { vids, sims };
}
