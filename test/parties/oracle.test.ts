/**
 * The index against the reference scorer (issue 10, point 6). The reference (oracle/reference-scorer.ts) compares a
 * query with every name of the End User List, every word pair by token similarity; the index is its fast path.
 * On ≥ 500 labelled queries of the evaluations (generated variants, hand-written renderings, negatives, the harder
 * evaluation's cells), each in every reading the screener searches, the index's `search` must return the entries
 * the reference scores at or above the REVIEW bar, at the same score. What it does not is sorted into the documented
 * exclusions below and counted; the early bound may never be the cause.
 *
 * Exclusions (measured, printed, held to ceilings so that they cannot grow unnoticed):
 *  - word lookup: the index compares a query word only with the list words its gram postings find (similar
 *    spelling, at most 15 per word, not a generic word misspelt); the reference compares every word, and finds
 *    pairs only a folded reading makes similar (bahashati / beheshti, laboraories / laboratories at the spelling);
 *    the index then scores the name lower. For a word the list has exactly, only near spellings a letter longer,
 *    shorter or of the same length are looked for (Pyongjin / Yongjin; not Mangyong / Kangbong).
 *  - candidate generation: the index scores the name at the bar but did not make it a candidate (it shares no
 *    distinctive word matched at ≥ 0.7 with the query, only a join or generic words; or it fell behind the 25
 *    best-placed names).
 */
import { describeWithShared } from "../helpers/shared";
import { analyzeName, type AnalyzedName } from "../../src/engine/parties/analyze-name";
import { readCell } from "../../src/engine/parties/cell-parts";
import { scriptReadings } from "../../src/engine/parties/script-readings";
import { indexFor } from "../../src/engine/parties/screener";
import { EUL_FILE, loadEul } from "./fixtures";
import { hardQueries } from "./eval/hard-report";
import { generatePositives, loadHandwrittenPositives, loadNegatives } from "./eval/variants";
import { referenceNames, referenceSearch } from "./oracle/reference-scorer";

/** The screener searches a little below the REVIEW bar (screener.ts). */
const BAR = 0.699;
/** Every n-th labelled query (the reference is slow: it scores every list name). */
const EVERY = 3;
/** Least share of reference hits the index returns at the same score, and most exclusions of each kind. */
const AGREEMENT_FLOOR = 0.95;
// 18 of 583 (3.1 %) when set: near spellings of a word the list has exactly are looked for a letter longer or
// shorter only (for speed), so Mangyong / Kangbong, Karimi / Kharrazi are left to the reference
const MOST_WORD_LOOKUP = 0.035;
const MOST_CANDIDATE = 0.03;

/** The analysed readings the screener searches for one cell (as written, cell readings, script readings). */
function readings(raw: string): AnalyzedName[] {
  const out = [analyzeName(raw)];
  const cell = readCell(raw);
  for (const r of cell.readings) out.push(analyzeName(r.text));
  for (const text of [raw, ...cell.readings.slice(0, 1).map((r) => r.text)])
    for (const r of scriptReadings(text)) out.push(analyzeName(r.text));
  return out.filter((a) => a.usable);
}

describeWithShared(EUL_FILE, "the index finds what the reference scorer finds", () => {
  test("≥ 500 labelled queries: the reference's hits ≥ the bar are returned at the same score, or a counted exclusion", () => {
    const eul = loadEul();
    const idx = indexFor(eul);
    const names = referenceNames(eul);
    const hard = hardQueries(eul);
    const all = [
      ...generatePositives(eul),
      ...loadHandwrittenPositives(),
      ...loadNegatives(),
      ...hard.positives,
      ...hard.negatives,
    ].map((q) => q.query);
    const queries = all.filter((_, i) => i % EVERY === 0);
    expect(queries.length).toBeGreaterThanOrEqual(500);
    let searched = 0;
    let hits = 0;
    let agreed = 0;
    const out: Record<"wordLookup" | "candidate" | "bound", string[]> = { wordLookup: [], candidate: [], bound: [] };
    for (const raw of queries) {
      for (const q of readings(raw)) {
        searched++;
        const ref = referenceSearch(idx, names, q, BAR);
        if (ref.size === 0) continue;
        const got = new Map(idx.search(q, BAR).map((h) => [eul.entries.indexOf(h.entry), h.result.score]));
        for (const [entry, r] of ref) {
          hits++;
          const s = got.get(entry);
          if (s !== undefined && Math.abs(s - r.score) < 1e-9) {
            agreed++;
            continue;
          }
          const ni = idx.names.findIndex((n) => n.entry === entry && n.text === r.text);
          const own = idx.scoreName(q, ni).score;
          const line = `${q.normalized} → ${r.text}: reference ${r.score.toFixed(3)}, index ${own.toFixed(3)}`;
          if (own < r.score - 1e-9) out.wordLookup.push(line);
          else if (idx.candidates(q).includes(ni) && !idx.boundAdmits(q, ni, BAR)) out.bound.push(line);
          else out.candidate.push(line);
        }
      }
    }
    console.log(
      [
        `oracle: ${queries.length} of ${all.length} labelled queries, ${searched} readings, ${hits} reference hits ≥ ${BAR}; ` +
          `${agreed} returned at the same score (${((100 * agreed) / hits).toFixed(1)} %); exclusions: word lookup ` +
          `${out.wordLookup.length}, candidate generation ${out.candidate.length}; early bound ${out.bound.length}`,
        ...Object.entries(out).flatMap(([k, l]) => l.map((x) => `  [${k}] ${x}`)),
      ].join("\n"),
    );
    expect(hits).toBeGreaterThanOrEqual(500);
    expect(out.bound).toEqual([]);
    expect(agreed / hits).toBeGreaterThanOrEqual(AGREEMENT_FLOOR);
    expect(out.wordLookup.length / hits).toBeLessThanOrEqual(MOST_WORD_LOOKUP);
    expect(out.candidate.length / hits).toBeLessThanOrEqual(MOST_CANDIDATE);
  });
});
