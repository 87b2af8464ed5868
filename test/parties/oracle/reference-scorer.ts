/**
 * The reference scorer (issue 10, point 6): a slow, plain comparison of one analysed query with every name and
 * alias of every entry of a list, in every indexed form, each pair of words compared by `tokenSimilarity` (no word
 * lookups, no gram postings, no candidate cut, no early bound). It shares with the index only what defines a
 * score — the analysis of a name, the scoring core and the list's rarity weights — so that the index's stages
 * (word lookups, candidate generation, early bound) are checked against what they are meant to be a fast path of.
 */
import { analyzeName, type AnalyzedName } from "../../../src/engine/parties/analyze-name";
import { nameForms } from "../../../src/engine/parties/index-forms";
import type { PartyList } from "../../../src/engine/parties/list-model";
import type { NameIndex } from "../../../src/engine/parties/name-index";
import { scoreSides, type ScoringSide } from "../../../src/engine/parties/score-names";
import { tokenSimilarity } from "../../../src/engine/parties/token-similarity";

export interface ReferenceName {
  entry: number;
  text: string;
  analyzed: AnalyzedName;
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

/** Best score per entry over all its names, for the entries at or above `bar` (entry number → score and name). */
export function referenceSearch(
  idx: NameIndex,
  names: ReferenceName[],
  q: AnalyzedName,
  bar: number,
): Map<number, { score: number; text: string }> {
  const best = new Map<number, { score: number; text: string }>();
  if (!q.usable) return best;
  const qSide = sideOf(idx, q);
  // every query word against every list word (remembered per list word within this query only: same result)
  const memo = new Map<string, number[]>();
  for (const n of names) {
    const c = n.analyzed.core;
    const rows = {
      row: (j: number) => {
        const t = c[j];
        const k = `${t.script}\u0000${t.key}\u0000${t.surface ?? ""}\u0000${t.loose ?? ""}`;
        let r = memo.get(k);
        if (!r) memo.set(k, (r = q.core.map((x) => tokenSimilarity(x, t))));
        return r.some((x) => x > 0) ? r : undefined;
      },
    };
    const s = scoreSides(qSide, sideOf(idx, n.analyzed), rows, false).score;
    if (s < bar) continue;
    const prev = best.get(n.entry);
    if (!prev || s > prev.score) best.set(n.entry, { score: s, text: n.text });
  }
  return best;
}
