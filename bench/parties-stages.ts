/**
 * What each stage of the party matcher costs (issue 10, point 7), measured stage by stage in one process on the
 * labelled queries of the evaluations (as bench/parties-floor.ts uses): index build per list, then per pass over
 * the queries — analysing the cell as written, reading the cell (cell-parts.ts: address, unit, contact parts set
 * aside) and its script readings with their analysis, word lookups (cold), candidate generation, the early bound,
 * scoring of the names it lets through, the searches of the further readings, and explaining the hits. CPU time,
 * best of several passes (the shared machine slows single passes); the stages are timed apart, so their sum is a
 * little above a screener's pass (no loop overhead shared).
 * Run bundled by `npm run bench` (bench/bundle.ts), or `npx tsx bench/parties-stages.ts`; reads ../shared.
 */
import * as fs from "fs";
import * as path from "path";
import { analyzeName, type AnalyzedName } from "../src/engine/parties/analyze-name";
import { candidateNames, CANDIDATES_PER_QUERY } from "../src/engine/parties/candidates";
import { readCell } from "../src/engine/parties/cell-parts";
import { clearDigest, digestQuery, mayPass } from "../src/engine/parties/early-bound";
import { importMetiEul } from "../src/engine/parties/import-meti-eul";
import { importSdnCsv } from "../src/engine/parties/import-sdn";
import type { PartyList } from "../src/engine/parties/list-model";
import { TableSimilarity, type NameIndex } from "../src/engine/parties/name-index";
import { scoreSides } from "../src/engine/parties/score-names";
import { createPartyScreener, indexFor } from "../src/engine/parties/screener";
import { scriptReadings } from "../src/engine/parties/script-readings";
import { lookUpQuery } from "../src/engine/parties/word-lookup";
import { generatePositives, loadHandwrittenPositives, loadNegatives } from "../test/parties/eval/variants";
import { hardQueries } from "../test/parties/eval/hard-report";

const SHARED = path.resolve(__dirname, "..", "..", "shared");
const EUL = path.join(SHARED, "meti-eul", "20250929_4.xlsx");
const SDN = path.join(SHARED, "lists", "ofac-sdn-2024-05-03", "sdn.csv");
const PASSES = Number(process.env.BENCH_PASSES ?? 8);
const FLOOR = 0.699;

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** The cell's further readings, as the screener makes them (screener.ts). */
function furtherReadings(raw: string): AnalyzedName[] {
  const cell = readCell(raw);
  const out: AnalyzedName[] = [];
  for (const r of cell.readings) {
    const a = analyzeName(r.text);
    if (a.usable) out.push(a);
  }
  for (const text of [raw, ...cell.readings.slice(0, 1).map((r) => r.text)]) {
    for (const r of scriptReadings(text)) {
      const a = analyzeName(r.text);
      if (a.usable) out.push(a);
    }
  }
  return out;
}

export function runStagesBench(): string {
  if (!fs.existsSync(EUL) || !fs.existsSync(SDN)) return `skipped: ${EUL} or ${SDN} not found`;
  const eul = importMetiEul(new Uint8Array(fs.readFileSync(EUL)), { fileName: "20250929_4.xlsx" });
  const sdn = importSdnCsv(fs.readFileSync(SDN, "utf8"), { fileName: "ofac-sdn-2024-05-03/sdn.csv" });
  const hard = hardQueries(eul);
  const queries = [
    ...generatePositives(eul),
    ...loadHandwrittenPositives(),
    ...loadNegatives(),
    ...hard.positives,
    ...hard.negatives,
  ].map((q) => ({ query: q.query, country: q.country }));
  const raws = queries.map((q) => q.query);
  const build: Record<string, number> = {};
  const indexes: Array<[string, NameIndex, PartyList]> = [];
  for (const [name, list] of [
    ["End User List", eul],
    ["SDN", sdn],
  ] as const) {
    const t = cpuMs();
    const idx = indexFor(list);
    build[name] = cpuMs() - t;
    indexes.push([name, idx, list]);
  }
  const analysed = raws.map((r) => analyzeName(r)).filter((a) => a.usable);
  const further = raws.map(furtherReadings).flat();
  // lazily built parts of the index (whole-name grams) and the code itself warmed up once
  for (const [, idx] of indexes) for (const q of [...analysed, ...further]) idx.search(q, FLOOR);
  const best: Record<string, number> = {};
  const rec = (k: string, ms: number) => (best[k] = Math.min(best[k] ?? Infinity, ms));
  let scored: Record<string, number> = {};
  for (let pass = 0; pass < PASSES; pass++) {
    let t = cpuMs();
    for (const r of raws) analyzeName(r);
    rec("analyse the cell as written", cpuMs() - t);
    t = cpuMs();
    for (const r of raws) readCell(r);
    rec("read the cell (parts set aside)", cpuMs() - t);
    t = cpuMs();
    for (const r of raws) furtherReadings(r);
    rec("…with its further and script readings made and analysed", cpuMs() - t);
    scored = {};
    for (const [name, idx] of indexes) {
      idx.clearCaches();
      t = cpuMs();
      const looked = analysed.map((q) => lookUpQuery(idx, q));
      rec(`${name}: word lookups (cold)`, cpuMs() - t);
      t = cpuMs();
      const cands = analysed.map((q, i) =>
        candidateNames(idx, q, looked[i].side.w, looked[i].hits, CANDIDATES_PER_QUERY),
      );
      rec(`${name}: candidate generation`, cpuMs() - t);
      t = cpuMs();
      const admitted = analysed.map((q, i) => {
        const digest = digestQuery(q, looked[i].hits, looked[i].side, idx.queryScratch);
        const ok = cands[i].filter((ni) => mayPass(idx, ni, digest, FLOOR));
        clearDigest(digest);
        return ok;
      });
      rec(`${name}: early bound`, cpuMs() - t);
      t = cpuMs();
      let n = 0;
      for (let i = 0; i < analysed.length; i++) {
        const sim = new TableSimilarity(looked[i].hits);
        for (const ni of admitted[i]) {
          sim.vids = idx.names[ni].vids;
          scoreSides(looked[i].side, idx.names[ni].side, sim, false, FLOOR);
          n++;
        }
      }
      rec(`${name}: scoring`, cpuMs() - t);
      scored[name] = n;
      t = cpuMs();
      const hits = further.map((q) => idx.search(q, FLOOR));
      rec(`${name}: searches of the further readings`, cpuMs() - t);
      const hits0 = analysed.map((q) => idx.search(q, FLOOR));
      t = cpuMs();
      let nh = 0;
      for (const hs of [...hits0, ...hits])
        for (const h of hs) {
          void h.result;
          nh++;
        }
      rec(`${name}: explaining every hit (${nh})`, cpuMs() - t);
    }
    const sc = createPartyScreener([eul, sdn]);
    for (const [, idx] of indexes) idx.clearCaches();
    t = cpuMs();
    for (const q of queries) sc.screenParty(q.query, q.country, "end_user");
    rec("whole screener pass, End User List + SDN (cold)", cpuMs() - t);
  }
  const lines = [
    `${queries.length} labelled queries (${analysed.length} usable, ${further.length} further readings); CPU ms, best of ${PASSES} passes`,
    `  index build: ${Object.entries(build)
      .map(([k, v]) => `${k} ${Math.round(v)} ms`)
      .join(", ")}`,
    `  names scored per pass (let through by the bound): ${Object.entries(scored)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  ];
  for (const [k, v] of Object.entries(best)) lines.push(`  ${k.padEnd(52)} ${v.toFixed(1).padStart(7)} ms`);
  return lines.join("\n");
}

if (require.main === module) console.log(runStagesBench());
