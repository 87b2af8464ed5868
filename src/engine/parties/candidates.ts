/**
 * Candidate generation (stage 3 of the name index): the names worth scoring for a query, best first — names
 * holding a distinctive word the query matched well (or generic-only names whose generic words it matched), names
 * whose whole-name trigrams or phonetic skeleton the query shares (words written together or apart, katakana),
 * ranked by the rarity weight of the words they share, and cut to the leaders.
 */
import type { AnalyzedName } from "./analyze-name";
import { GramLists, contains, push, trigrams } from "./gram-postings";
import type { BuiltIndex } from "./index-build";
import { DISTINCTIVE_MIN_SIMILARITY } from "./score-names";
import { joinedSkeleton, skeletonOf } from "./token-similarity";
import type { WordHits } from "./word-lookup";

/** How many best-placed names a query scores fully. */
export const CANDIDATES_PER_QUERY = 25;
/** …and only those within this share of the best-placed name's word weight. */
export const CANDIDATE_SHARE = 0.3;

export function joinedIndex(ix: BuiltIndex): GramLists {
  if (!ix.joinedGrams) {
    const m = new Map<string, number[]>();
    ix.names.forEach((nm, ni) => {
      const j = nm.analyzed.joined;
      if (j.length >= 4) for (const g of new Set(trigrams(j))) push(m, g, ni);
    });
    ix.joinedGrams = new GramLists(m);
  }
  return ix.joinedGrams;
}

export function joinedSkeletonIndex(ix: BuiltIndex): GramLists {
  if (!ix.joinedSkeletonGrams) {
    const m = new Map<string, number[]>();
    ix.names.forEach((nm, ni) => {
      if (nm.analyzed.core.some((t) => t.script === "kana")) return;
      const latin = nm.analyzed.core.filter((t) => t.script === "latin");
      const grams = new Set<string>();
      for (const sk of [joinedSkeleton(latin), joinedSkeleton(latin, true)])
        if (sk.length >= 3) for (const g of trigrams(sk)) grams.add(g);
      for (const g of grams) push(m, g, ni);
    });
    ix.joinedSkeletonGrams = new GramLists(m);
  }
  return ix.joinedSkeletonGrams;
}

export function addJoined(
  ix: BuiltIndex,
  text: string,
  idx: GramLists,
  total: number,
  touched: number[],
  share: number,
): void {
  const acc = ix.acc;
  const counts = ix.nameCount;
  // Per name met: the first list (in gram order) holding it, noted while counting (names are ranked by it below).
  const first = ix.nameFirst;
  // Lists of the distinct trigrams of `^text$` looked up, in gram order; very common grams say little and are
  // left out (the share is taken over the grams that were looked up). Every list holds ascending name numbers
  // without repeats.
  const lists: number[][] = [];
  const nGrams = idx.distinctLists(text, Math.max(200, ix.names.length * 0.1), lists);
  const usable = lists.length;
  if (usable < 2) return;
  // A name counts when it is in at least `need` lists, so it is in one of the usable − need + 1 shortest:
  // names are collected from those only, and then looked up in the longer lists.
  const need = Math.ceil(usable * share);
  const bySize = sizeOrder(lists);
  const nShort = usable - need + 1;
  const seenList = ix.seenNames;
  seenList.length = 0;
  for (let r = 0; r < nShort; r++) {
    const g = bySize[r];
    const p = lists[g];
    for (let k = 0; k < p.length; k++) {
      const ni = p[k];
      if (counts[ni] === 0) {
        seenList.push(ni);
        first[ni] = g;
      } else if (g < first[ni]) first[ni] = g;
      counts[ni]++;
    }
  }
  const seen = seenList.items;
  let nSeen = seenList.length;
  for (let r = nShort; r < usable; r++) {
    // Names that cannot reach `need` even if in every list left are dropped before the next list is read.
    const left = usable - r;
    let kept = 0;
    for (let k = 0; k < nSeen; k++) {
      const ni = seen[k];
      if (counts[ni] + left >= need) seen[kept++] = ni;
      else counts[ni] = 0;
    }
    nSeen = kept;
    if (kept === 0) break;
    const g = bySize[r];
    const p = lists[g];
    if (nSeen * 12 < p.length) {
      for (let k = 0; k < nSeen; k++) {
        const ni = seen[k];
        if (contains(p, ni)) {
          counts[ni]++;
          if (g < first[ni]) first[ni] = g;
        }
      }
    } else {
      for (let k = 0; k < p.length; k++) {
        const ni = p[k];
        if (counts[ni] > 0) {
          counts[ni]++;
          if (g < first[ni]) first[ni] = g;
        }
      }
    }
  }
  const passing: number[] = [];
  for (let k = 0; k < nSeen; k++) {
    const ni = seen[k];
    if (counts[ni] >= need) passing.push(ni);
    else counts[ni] = 0;
  }
  if (passing.length === 0) return;
  // In the order a scan of the lists in gram order first meets them (ties in the ranking keep that order).
  passing.sort((a, b) => first[a] - first[b] || a - b);
  for (const ni of passing) {
    const c = counts[ni];
    counts[ni] = 0;
    if (!ix.distinct[ni]) {
      ix.distinct[ni] = 1;
      touched.push(ni);
    }
    acc[ni] += (total * c) / nGrams;
  }
}

/** Indexes of the lists, shortest first (equal lengths in list order). */
function sizeOrder(lists: number[][]): number[] {
  const order: number[] = [];
  for (let i = 0; i < lists.length; i++) {
    // insertion: a few dozen lists at most
    const len = lists[i].length;
    let at = i;
    while (at > 0 && lists[order[at - 1]].length > len) {
      order[at] = order[at - 1];
      at--;
    }
    order[at] = i;
  }
  return order;
}

/** Names worth scoring for a query, best first, given the query words' vocabulary hits. */
export function candidateNames(
  ix: BuiltIndex,
  q: AnalyzedName,
  qw: ArrayLike<number>,
  hits: WordHits[],
  limit: number,
): number[] {
  const acc = ix.acc;
  const distinct = ix.distinct;
  const touched: number[] = [];
  const core = q.core;
  let total = 0;
  for (let i = 0; i < core.length; i++) if (!core[i].stop && core[i].script !== "digit") total += qw[i];
  // What each matched vocabulary word is worth to a name that contains it.
  const worth = ix.worthBuf;
  const worthSet: number[] = [];
  for (const h of hits) {
    for (let k = 0; k < h.vids.length; k++) {
      const vid = h.vids[k];
      const w = ix.vocabW[vid] * h.sims[k];
      if (worth[vid] === 0) worthSet.push(vid);
      if (w > worth[vid]) worth[vid] = w;
    }
  }
  // A name with a distinctive word can pass REVIEW only if one of its distinctive words was matched (see the
  // generic-words cap in score-names.ts), and a name of generic words only needs its generic words matched.
  // So candidates come from distinctive words matched well, and from generic words into generic-only names.
  for (const h of hits) {
    for (let k = 0; k < h.vids.length; k++) {
      const vid = h.vids[k];
      const s = h.sims[k];
      if (!ix.vocabGeneric[vid] && s < DISTINCTIVE_MIN_SIMILARITY) continue;
      for (let p = ix.candStart[vid], end = ix.candStart[vid + 1]; p < end; p++) {
        const ni = ix.candFlat[p];
        if (!distinct[ni]) {
          distinct[ni] = 1;
          touched.push(ni);
        }
      }
    }
  }
  let best = 0;
  for (const ni of touched) {
    acc[ni] += worthOf(ix, ni, worth);
    if (acc[ni] > best) best = acc[ni];
  }
  // Words written together / apart: look at whole-name trigrams when a word found nothing it could be matched
  // with (nothing at all, or, for a distinctive word, nothing at the distinctive bar: Kimchaek finds only "chaek")
  // and the word lookup explains little of the query.
  let unfound = false;
  for (let i = 0; i < core.length; i++) {
    const t = core[i];
    if ((t.script !== "latin" && t.script !== "kana") || t.stop) continue;
    const sims = hits[i].sims;
    let top = 0;
    for (let k = 0; k < sims.length; k++) if (sims[k] > top) top = sims[k];
    if (sims.length === 0) unfound = true;
    else if (!t.generic && top < DISTINCTIVE_MIN_SIMILARITY) {
      // only when a word it found is part of it (written together: kimchaek holds chaek)
      const vids = hits[i].vids;
      for (let k = 0; k < vids.length && !unfound; k++) {
        const v = ix.vocabTokens[vids[k]].key;
        if (v.length >= 3 && t.key.includes(v)) unfound = true;
      }
    }
  }
  const before = touched.length;
  if (unfound && best < 0.5 * total && q.joined.length >= 6) {
    addJoined(ix, q.joined, joinedIndex(ix), total, touched, 0.5);
  }
  // Katakana renderings: whole-name phonetic skeletons.
  let kana = false;
  for (const t of core) if (t.script === "kana") kana = true;
  if (kana) {
    const sk = skeletonOf(q.joined, true);
    if (sk.length >= 4) addJoined(ix, sk, joinedSkeletonIndex(ix), total, touched, 0.5);
  }
  for (let k = before; k < touched.length; k++) acc[touched[k]] += worthOf(ix, touched[k], worth);
  // Names far behind the best-placed one cannot win: score the leaders only. Only the names within the share
  // of the best are sorted (the sort is stable, so the order is that of sorting every touched name).
  let top = 0;
  for (const ni of touched) if (acc[ni] > top) top = acc[ni];
  // The best `limit` of them, highest first, equal ones in the order touched (as a stable sort would give):
  // each is inserted after those it does not beat.
  const out: number[] = [];
  limit = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : CANDIDATES_PER_QUERY;
  for (const ni of touched) {
    const a = acc[ni];
    if (a < CANDIDATE_SHARE * top || limit === 0) continue;
    if (out.length === limit && a <= acc[out[limit - 1]]) continue;
    let at = out.length < limit ? out.length : limit - 1;
    while (at > 0 && acc[out[at - 1]] < a) {
      if (at < limit) out[at] = out[at - 1];
      at--;
    }
    out[at] = ni;
  }
  for (const ni of touched) {
    acc[ni] = 0;
    distinct[ni] = 0;
  }
  for (const vid of worthSet) worth[vid] = 0;
  return out;
}

export function worthOf(ix: BuiltIndex, ni: number, worth: Float64Array): number {
  const flat = ix.vidFlat;
  let w = 0;
  for (let k = ix.vidStart[ni], end = ix.vidStart[ni + 1]; k < end; k++) {
    const v = flat[k];
    if (v >= 0) w += worth[v];
  }
  return w;
}
