/**
 * Search index over one list version, built once and reused for every query, in named stages:
 *  1. index build (index-build.ts; the indexed forms of a name in index-forms.ts, gram postings in gram-postings.ts),
 *  2. word lookups (word-lookup.ts): vocabulary words similar to each query word,
 *  3. candidate generation (candidates.ts): the few dozen names worth scoring,
 *  4. early bound (early-bound.ts): names that cannot reach the bar are not scored,
 *  5. search (this file): scoring (score-names.ts), the best name per entry, and its explanation.
 * Before the stages: normalisation and tokenisation (analyze-name.ts). A slow, simple reference scorer over every
 * list name (test/parties/oracle.test.ts) checks that the stages lose nothing the plain comparison finds.
 */
import type { AnalyzedName, NameToken } from "./analyze-name";
import { candidateNames, CANDIDATES_PER_QUERY } from "./candidates";
import { clearDigest, digestQuery, mayPass } from "./early-bound";
import { BuiltIndex, type IndexedName } from "./index-build";
import type { PartyEntry } from "./list-model";
import { scoreSides, type NameScore, type ScoringSide, type SimilarityRows } from "./score-names";
import { lookUpQuery, lookup, type WordHits } from "./word-lookup";

export { parentheticalParts, nameForms } from "./index-forms";
export type { IndexedName } from "./index-build";
export type { WordHits } from "./word-lookup";

export interface EntryHit {
  entry: PartyEntry;
  name: IndexedName;
  /** The name's score (as `result.score`). */
  score: number;
  /** The score with its explanation (aligned words, notes), worked out when first read. */
  readonly result: NameScore;
}

export class NameIndex extends BuiltIndex {
  /** Vocabulary words similar to a query word (see word-lookup.ts); the hits returned must not be changed. */
  lookup(t: NameToken): WordHits {
    return lookup(this, t);
  }

  /** Forgets remembered word lookups (for measurements that must start cold). */
  clearCaches(): void {
    this.lookupCache.clear();
  }

  /** Names worth scoring for a query, best first. */
  candidates(q: AnalyzedName, limit = CANDIDATES_PER_QUERY): number[] {
    const { hits, side } = lookUpQuery(this, q);
    return candidateNames(this, q, side.w, hits, limit);
  }

  /**
   * Whether the early bound lets indexed name `ni` through to scoring for query `q` at `minScore` (what `search`
   * asks of every candidate). For tests: a name that scores at or above `minScore` must always be let through.
   */
  boundAdmits(q: AnalyzedName, ni: number, minScore: number): boolean {
    const { hits, side } = lookUpQuery(this, q);
    const digest = digestQuery(q, hits, side, this.queryScratch);
    try {
      return mayPass(this, ni, digest, minScore);
    } finally {
      clearDigest(digest);
    }
  }

  /** Exact score of query `q` against indexed name `ni` (no candidate selection, no early exit). */
  scoreName(q: AnalyzedName, ni: number): NameScore {
    const { hits, side } = lookUpQuery(this, q);
    const sim = new TableSimilarity(hits);
    sim.vids = this.names[ni].vids;
    return scoreSides(side, this.names[ni].side, sim, false);
  }

  /**
   * Best-scoring name per entry among the candidates, highest first, explained. `entryMin` (optional) raises the bar
   * for some entries (entry number → score a name of it must reach): the screener passes the scores its earlier
   * readings of the cell already found, which a further reading must beat to change anything; names of those entries
   * that cannot reach it are not scored. Every entry returned is as without it, and so is its score.
   */
  search(q: AnalyzedName, minScore: number, entryMin?: ReadonlyMap<number, number>): EntryHit[] {
    if (!q.usable) return [];
    const { hits, side: qSide } = lookUpQuery(this, q);
    const cands = candidateNames(this, q, qSide.w, hits, CANDIDATES_PER_QUERY);
    if (cands.length === 0) return [];
    const best = new Map<number, { ni: number; score: number }>();
    const sim = new TableSimilarity(hits);
    const digest = digestQuery(q, hits, qSide, this.queryScratch);
    try {
      for (const ni of cands) {
        const nm = this.names[ni];
        let need = minScore;
        if (entryMin !== undefined) {
          const e = entryMin.get(nm.entry);
          if (e !== undefined && e > need) need = e;
        }
        if (!mayPass(this, ni, digest, need)) continue;
        sim.vids = nm.vids;
        const r = scoreSides(qSide, nm.side, sim, false, need);
        if (r.score < need) continue;
        const prev = best.get(nm.entry);
        if (!prev || r.score > prev.score || (r.score === prev.score && nm.source < this.names[prev.ni].source)) {
          best.set(nm.entry, { ni, score: r.score });
        }
      }
    } finally {
      clearDigest(digest);
    }
    // Explained only when the caller reads `result`: the screener drops many hits unread (below its band after the
    // country penalty, a better score for the entry from another reading of the cell, the wrong kind of party).
    const out: EntryHit[] = [];
    for (const { ni, score } of best.values()) {
      const nm = this.names[ni];
      out.push(new ExplainedLater(this.list.entries[nm.entry], nm, score, qSide, sim));
    }
    return out.sort((a, b) => b.score - a.score);
  }

  stats(): { entries: number; names: number; vocabulary: number } {
    return { entries: this.list.entries.length, names: this.names.length, vocabulary: this.vocab.length };
  }
}

/** A hit whose explanation is scored on first use (the same scoring, with the aligned words and notes). */
class ExplainedLater implements EntryHit {
  private explained?: NameScore;
  constructor(
    readonly entry: PartyEntry,
    readonly name: IndexedName,
    readonly score: number,
    private readonly qSide: ScoringSide,
    private readonly sim: TableSimilarity,
  ) {}
  get result(): NameScore {
    if (!this.explained) {
      this.sim.vids = this.name.vids;
      this.explained = scoreSides(this.qSide, this.name.side, this.sim, true);
    }
    return this.explained;
  }
}

/** Word similarities of a query against list names, as one row per vocabulary word, from the query's lookups. */
export class TableSimilarity implements SimilarityRows {
  vids: Int32Array = new Int32Array(0);
  private readonly rows = new Map<number, Float64Array | null>();
  constructor(private readonly hits: WordHits[]) {}
  row(j: number): Float64Array | undefined {
    const v = this.vids[j];
    if (v < 0) return undefined;
    let r = this.rows.get(v);
    if (r === undefined) {
      // built on first use: the query words' similarities to this vocabulary word
      r = null;
      for (let i = 0; i < this.hits.length; i++) {
        const h = this.hits[i];
        const k = h.vids.indexOf(v);
        if (k < 0) continue;
        r ??= new Float64Array(this.hits.length);
        r[i] = h.sims[k];
      }
      this.rows.set(v, r);
    }
    return r ?? undefined;
  }
}
