/**
 * The reference scorer (issue 10, point 6): a slow, plain comparison of one analysed query with every name and
 * alias of every entry of a list, in every indexed form, each pair of words compared by `tokenSimilarity` (no word
 * lookups, no gram postings, no candidate cut, no early bound). It shares with the index only what defines a
 * score — the analysis of a name, the scoring core and the list's rarity weights — so that the index's stages
 * (word lookups, candidate generation, early bound) are checked against what they are meant to be a fast path of.
 *
 * On the SDN list (18,000 entries, 19,000 distinct words) comparing every query word with every list word is too slow
 * for the test suite: `prefilter: true` skips the pairs and names that prefilter.ts shows cannot count (lengths
 * and characters only, nothing of the index); the test checks that this changes no result.
 */
import { analyzeName, type AnalyzedName, type NameToken } from "../../../src/engine/parties/analyze-name";
import { nameForms } from "../../../src/engine/parties/index-forms";
import type { PartyList } from "../../../src/engine/parties/list-model";
import type { NameIndex } from "../../../src/engine/parties/name-index";
import { scoreSides, type ScoringSide } from "../../../src/engine/parties/score-names";
import { tokenSimilarity } from "../../../src/engine/parties/token-similarity";
import { mayAlign, mayPair, wordShape, type WordShape } from "./prefilter";

export interface ReferenceName {
  entry: number;
  text: string;
  analyzed: AnalyzedName;
}

/** Every name of a list, analysed, with its scoring side on the list and its words as numbers of distinct words. */
export interface ReferenceList {
  idx: NameIndex;
  names: ReferenceName[];
  sides: ScoringSide[];
  /** Per name, per core word: the number of the distinct word (same script, key, surface and folded key). */
  words: Int32Array[];
  distinct: NameToken[];
  shapes: WordShape[];
  /** Per name, the shapes of its core words (prefilter.ts). */
  nameShapes: WordShape[][];
  /** For the prefilter: names by distinct word, by the first two letters of a Latin word (spelt, and key of a long
   * one), and the names with a katakana word (a join with katakana waives the same start). */
  namesOf: number[][];
  byHead: Map<string, number[]>;
  byLongHead: Map<string, number[]>;
  kanaNames: number[];
}

function sideOf(idx: NameIndex, a: AnalyzedName): ScoringSide {
  return {
    tokens: a.core,
    w: a.core.map((t) => idx.weight(t, false)),
    wPlain: a.core.map((t) => idx.weight(t, true)),
    legalFamilies: a.legalFamilies,
    holdSoundOnly: idx.holdSoundOnly,
  };
}

/** Every name and alias of every entry, in every indexed form, analysed (once per list). */
export function referenceNames(list: PartyList): ReferenceName[] {
  const out: ReferenceName[] = [];
  list.entries.forEach((e, entry) => {
    for (const full of [e.name, ...e.aliases])
      for (const text of nameForms(full)) {
        const analyzed = analyzeName(text);
        if (analyzed.usable) out.push({ entry, text, analyzed });
      }
  });
  return out;
}

export function referenceList(idx: NameIndex, list: PartyList): ReferenceList {
  const names = referenceNames(list);
  const byKey = new Map<string, number>();
  const distinct: NameToken[] = [];
  const words = names.map((n) =>
    Int32Array.from(n.analyzed.core, (t) => {
      const k = `${t.script}\u0000${t.key}\u0000${t.surface ?? ""}\u0000${t.loose ?? ""}`;
      let id = byKey.get(k);
      if (id === undefined) {
        byKey.set(k, (id = distinct.length));
        distinct.push(t);
      }
      return id;
    }),
  );
  const shapes = distinct.map(wordShape);
  const namesOf = distinct.map((): number[] => []);
  const byHead = new Map<string, number[]>();
  const byLongHead = new Map<string, number[]>();
  const kanaNames: number[] = [];
  const add = (m: Map<string, number[]>, k: string, n: number) => {
    const l = m.get(k) ?? [];
    if (l[l.length - 1] !== n) l.push(n);
    m.set(k, l);
  };
  words.forEach((w, n) => {
    let kana = false;
    for (const k of w) {
      const l = namesOf[k];
      if (l[l.length - 1] !== n) l.push(n);
      const sh = shapes[k];
      if (sh.script === "kana") kana = true;
      if (sh.joinable) add(byHead, sh.head, n);
      if (sh.long) add(byLongHead, sh.key.slice(0, 2), n);
    }
    if (kana) kanaNames.push(n);
  });
  return {
    namesOf,
    byHead,
    byLongHead,
    kanaNames,
    idx,
    names,
    sides: names.map((n) => sideOf(idx, n.analyzed)),
    words,
    distinct,
    shapes,
    nameShapes: words.map((w) => Array.from(w, (k) => shapes[k])),
  };
}

/**
 * Best score per entry over all its names, for the entries at or above `bar` (entry number → score and name).
 * Every query word is compared with every distinct list word (with `prefilter`, every one the prefilter cannot
 * rule out), and every list name is scored (with `prefilter`, every one that may get an aligned pair).
 */
export function referenceSearch(
  ref: ReferenceList,
  q: AnalyzedName,
  bar: number,
  prefilter = false,
): Map<number, { score: number; text: string }> {
  const best = new Map<number, { score: number; text: string }>();
  if (!q.usable) return best;
  const qSide = sideOf(ref.idx, q);
  const qShapes = prefilter ? q.core.map(wordShape) : [];
  const rowOf: Array<number[] | undefined> = new Array(ref.distinct.length);
  for (let k = 0; k < ref.distinct.length; k++) {
    const t = ref.distinct[k];
    let row: number[] | undefined;
    for (let i = 0; i < q.core.length; i++) {
      if (prefilter && !mayPair(qShapes[i], ref.shapes[k])) continue;
      const s = tokenSimilarity(q.core[i], t);
      if (s > 0) (row ??= new Array<number>(q.core.length).fill(0))[i] = s;
    }
    rowOf[k] = row;
  }
  let words: Int32Array = new Int32Array(0);
  const rows = { row: (j: number) => rowOf[words[j]] };
  const score = (n: number) => {
    words = ref.words[n];
    const w = words;
    if (prefilter && !mayAlign(qShapes, ref.nameShapes[n], (j) => rowOf[w[j]] !== undefined)) return;
    const s = scoreSides(qSide, ref.sides[n], rows, false).score;
    if (s < bar) return;
    const nm = ref.names[n];
    const prev = best.get(nm.entry);
    if (!prev || s > prev.score) best.set(nm.entry, { score: s, text: nm.text });
  };
  if (!prefilter) {
    for (let n = 0; n < ref.names.length; n++) score(n);
    return best;
  }
  // Only names that may get an aligned pair (mayAlign): one of its words has a row or is a stop word of a query
  // word's key, or a join may start — a query word against a run starting with its first two letters, a long list
  // word against a run of query words starting with its first two; katakana on either side: any name.
  const names = new Set<number>();
  const addAll = (l: readonly number[] | undefined) => l?.forEach((n) => names.add(n));
  const queryKeys = new Set(q.core.filter((t) => !t.stop).map((t) => t.key));
  for (let k = 0; k < ref.distinct.length; k++)
    if (rowOf[k] || (ref.shapes[k].stop && queryKeys.has(ref.shapes[k].key))) addAll(ref.namesOf[k]);
  addAll(ref.kanaNames);
  if (qShapes.some((x) => x.script === "kana")) for (let n = 0; n < ref.names.length; n++) names.add(n);
  for (let i = 0; i < qShapes.length; i++) {
    const x = qShapes[i];
    if (x.long && !x.stop) addAll(ref.byHead.get(x.key.slice(0, 2)));
    if (x.joinable && qShapes[i + 1]?.joinable) addAll(ref.byLongHead.get(x.head));
  }
  for (const n of [...names].sort((a, b) => a - b)) score(n);
  return best;
}
