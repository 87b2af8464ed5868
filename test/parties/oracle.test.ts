/**
 * The index against the reference scorer (issue 10, point 6). The reference (oracle/reference-scorer.ts) compares a
 * query with every name of a list, every word pair by token similarity; the index is its fast path. On labelled
 * queries, each in every reading the screener searches, the index's `search` must return the entries the reference
 * scores at or above the REVIEW bar, at the same score. What it does not is sorted into the documented exclusions
 * below and counted; the early bound may never be the cause.
 *  - End User List: ≥ 500 labelled queries of the evaluations (generated variants, hand-written renderings,
 *    negatives, the harder evaluation's cells), the reference comparing every word pair.
 *  - SDN (18,000 entries): variants generated from the SDN list itself (the same generator) and a share of the
 *    labelled queries.
 * The reference skips what prefilter.ts proves cannot count; the test checks that the prefilter changes nothing on
 * every 4th End User List reading and every 40th SDN reading (the reference without it takes about 7 ms a reading
 * on the End User List, about 40–300 ms on SDN).
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
import type { PartyList } from "../../src/engine/parties/list-model";
import { scriptReadings } from "../../src/engine/parties/script-readings";
import { indexFor } from "../../src/engine/parties/screener";
import { EUL_FILE, SDN_FILE, loadEul, loadSdn } from "./fixtures";
import { hardQueries } from "./eval/hard-report";
import { generatePositives, loadHandwrittenPositives, loadNegatives } from "./eval/variants";
import { referenceList, referenceSearch, type ReferenceList } from "./oracle/reference-scorer";

/** The screener searches a little below the REVIEW bar (screener.ts). */
const BAR = 0.699;
/** Every n-th labelled query (the reference is slow: it scores every list name). */
const EVERY = 3;
/** …of them against the SDN list. */
const EVERY_SDN = 16;
/** Entries of the SDN list the generator makes variants of (two each). */
const SDN_SAMPLE = 120;
/** Readings also searched by the reference without the prefilter (it must change nothing): every n-th. */
const UNFILTERED_EVERY = 4;
const UNFILTERED_EVERY_SDN = 40;
/** Least share of reference hits the index returns at the same score, and most exclusions of each kind. */
const AGREEMENT_FLOOR = 0.95;
// End User List, 18 of 584 (3.1 %): 6 wrong matches left to the reference (Mangyong / Kangbong, Kangsong ×4, Karimi /
// Kharrazi, Ickala / Kala); 3 generic words misspelt whose entry is still returned, at a lower score (Inddustries,
// Indusstries, Manufacturing / Manufacture); 9 real misses: Imco / IAMCO, Концерн ВКО Алмаз-Антей, the Persian
// reading Kalai Alakatarik ×3 (Kalaye Electric), Siad ×3 (Sayyad Shirazi), Seungli / Sungri (Revised Romanisation)
const MOST_WORD_LOOKUP = 0.035;
const MOST_CANDIDATE = 0.03;
// SDN, measured 2026-12-01 before merging main: 310 of 348 (89.1 %), word lookup 28, candidate generation 10; after
// it (more labelled queries): 374 of 424 (88.2 %), word lookup 33 (7.8 %), candidate generation 17 (4.0 %).
// Word lookup: 21 are coincidences between short or person names that the reference pairs and the index does not
// (Nada / NADRA, Raka / LA RANA, Akhk / AK SYSTEMS, Kim Kyong Hyok / RIM Yong Hyok, Marun / KAROUN, Shammout Issam /
// SHAM AL-ISLAM, Dandong Hongxiang / DANDONG ZHONGSHENG); 7 are the listed party: Abu Yasser / ABU YASIR and
// AL-JAZIRI, Abou Yasser (an exact word stops the wide search: oracle-classes.test.ts), Malak Ashatar / MALEK ASHTAR
// (Persian vowels), two katakana renderings of long names (AL-MAURITANI, LOGISTIQUE ECONOMIQUE ETRANGERE), and two
// still returned at a lower score (Holdinngs, a misspelt generic word; Sanat Taban / SANA'AT TABAAN).
// Candidate generation: one-word person names left behind the 25 best-placed (ABDULLAH, ABDELLAH … for "al abd
// illah", AHMAD … for "ahmad"), joins (Rakwon / RAK WON 2, Tide Water / TIDEWATER: real; Cambridge / CALM BRIDGE,
// Chongsong / CHONG BONG: coincidences) and one katakana name.
const SDN_AGREEMENT_FLOOR = 0.87;
const SDN_MOST_WORD_LOOKUP = 0.1;
const SDN_MOST_CANDIDATE = 0.05;

/** The analysed readings the screener searches for one cell (as written, cell readings, script readings). */
function readings(raw: string): AnalyzedName[] {
  const out = [analyzeName(raw)];
  const cell = readCell(raw);
  for (const r of cell.readings) out.push(analyzeName(r.text));
  for (const text of [raw, ...cell.readings.slice(0, 1).map((r) => r.text)])
    for (const r of scriptReadings(text)) out.push(analyzeName(r.text));
  return out.filter((a) => a.usable);
}

function labelledQueries(eul: PartyList): string[] {
  const hard = hardQueries(eul);
  return [
    ...generatePositives(eul),
    ...loadHandwrittenPositives(),
    ...loadNegatives(),
    ...hard.positives,
    ...hard.negatives,
  ].map((q) => q.query);
}

interface OracleRun {
  queries: number;
  searched: number;
  hits: number;
  agreed: number;
  /** Readings whose reference result with the prefilter differed from the one without (must be none). */
  prefilterDiffers: string[];
  out: Record<"wordLookup" | "candidate" | "bound", string[]>;
}

function runOracle(list: PartyList, ref: ReferenceList, queries: string[], checkEvery: number): OracleRun {
  const idx = indexFor(list);
  const run: OracleRun = {
    queries: queries.length,
    searched: 0,
    hits: 0,
    agreed: 0,
    prefilterDiffers: [],
    out: { wordLookup: [], candidate: [], bound: [] },
  };
  const same = (a: Map<number, { score: number }>, b: Map<number, { score: number }>) =>
    a.size === b.size && [...a].every(([k, v]) => b.get(k)?.score === v.score);
  for (const raw of queries) {
    for (const q of readings(raw)) {
      const ref0 = referenceSearch(ref, q, BAR, true);
      if (run.searched % checkEvery === 0 && !same(ref0, referenceSearch(ref, q, BAR, false)))
        run.prefilterDiffers.push(q.normalized);
      run.searched++;
      if (ref0.size === 0) continue;
      const got = new Map(idx.search(q, BAR).map((h) => [list.entries.indexOf(h.entry), h.score]));
      for (const [entry, r] of ref0) {
        run.hits++;
        const s = got.get(entry);
        if (s !== undefined && Math.abs(s - r.score) < 1e-9) {
          run.agreed++;
          continue;
        }
        const ni = idx.names.findIndex((n) => n.entry === entry && n.text === r.text);
        const own = idx.scoreName(q, ni).score;
        const line = `${q.normalized} → ${r.text}: reference ${r.score.toFixed(3)}, index ${own.toFixed(3)}`;
        if (own < r.score - 1e-9) run.out.wordLookup.push(line);
        else if (idx.candidates(q).includes(ni) && !idx.boundAdmits(q, ni, BAR)) run.out.bound.push(line);
        else run.out.candidate.push(line);
      }
    }
  }
  return run;
}

function report(label: string, all: number, r: OracleRun): void {
  console.log(
    [
      `oracle (${label}): ${r.queries} of ${all} queries, ${r.searched} readings, ${r.hits} reference hits ≥ ${BAR}; ` +
        `${r.agreed} returned at the same score (${((100 * r.agreed) / r.hits).toFixed(1)} %); exclusions: word lookup ` +
        `${r.out.wordLookup.length}, candidate generation ${r.out.candidate.length}; early bound ${r.out.bound.length}`,
      ...Object.entries(r.out).flatMap(([k, l]) => l.map((x) => `  [${k}] ${x}`)),
    ].join("\n"),
  );
}

describeWithShared(EUL_FILE, "the index finds what the reference scorer finds (End User List)", () => {
  test("≥ 500 labelled queries: the reference's hits ≥ the bar are returned at the same score, or a counted exclusion", () => {
    const eul = loadEul();
    const all = labelledQueries(eul);
    const queries = all.filter((_, i) => i % EVERY === 0);
    expect(queries.length).toBeGreaterThanOrEqual(500);
    const r = runOracle(eul, referenceList(indexFor(eul), eul), queries, UNFILTERED_EVERY);
    report("End User List", all.length, r);
    expect(r.prefilterDiffers).toEqual([]);
    expect(r.hits).toBeGreaterThanOrEqual(500);
    expect(r.out.bound).toEqual([]);
    expect(r.agreed / r.hits).toBeGreaterThanOrEqual(AGREEMENT_FLOOR);
    expect(r.out.wordLookup.length / r.hits).toBeLessThanOrEqual(MOST_WORD_LOOKUP);
    expect(r.out.candidate.length / r.hits).toBeLessThanOrEqual(MOST_CANDIDATE);
  });
});

describeWithShared(SDN_FILE, "the index finds what the reference scorer finds (SDN)", () => {
  test("variants of SDN names and labelled queries: the reference's hits ≥ the bar are returned, or a counted exclusion", () => {
    const eul = loadEul();
    const sdn = loadSdn();
    const labelled = labelledQueries(eul).filter((_, i) => i % EVERY_SDN === 0);
    const generated = generatePositives(sdn, 20250929, SDN_SAMPLE).map((q) => q.query);
    const queries = [...generated, ...labelled];
    const r = runOracle(sdn, referenceList(indexFor(sdn), sdn), queries, UNFILTERED_EVERY_SDN);
    report("SDN", generated.length + labelled.length, r);
    expect(r.prefilterDiffers).toEqual([]);
    expect(r.hits).toBeGreaterThanOrEqual(250);
    expect(r.out.bound).toEqual([]);
    expect(r.agreed / r.hits).toBeGreaterThanOrEqual(SDN_AGREEMENT_FLOOR);
    expect(r.out.wordLookup.length / r.hits).toBeLessThanOrEqual(SDN_MOST_WORD_LOOKUP);
    expect(r.out.candidate.length / r.hits).toBeLessThanOrEqual(SDN_MOST_CANDIDATE);
  });
});
