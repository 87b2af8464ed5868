/**
 * Party-matching benchmark: names screened per second against METI's End User List and against the End User
 * List plus OFAC's SDN list, beside a brute-force baseline (fastest-levenshtein against every list name and
 * alias) on the same queries in the same process, with the recall and false positives of both.
 * Queries: the labelled evaluation set of test/parties (generated variants of the real list, hand-written
 * renderings and negatives). Reads ../shared; says so when it is absent. `npx tsx bench/parties.ts`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { distance } from "fastest-levenshtein";
import { importMetiEul } from "../src/engine/parties/import-meti-eul";
import { importSdnCsv } from "../src/engine/parties/import-sdn";
import type { PartyList } from "../src/engine/parties/list-model";
import { createPartyScreener, indexFor } from "../src/engine/parties/screener";
import { evaluate } from "../test/parties/eval/evaluate";
import {
  generatePositives,
  loadHandwrittenPositives,
  loadNegatives,
  rng,
  type LabelledQuery,
} from "../test/parties/eval/variants";

const SHARED = path.resolve(__dirname, "..", "..", "shared");
const EUL = path.join(SHARED, "meti-eul", "20250929_4.xlsx");
const SDN = path.join(SHARED, "lists", "ofac-sdn-2024-05-03", "sdn.csv");
const TRIALS = 20;
const BRUTE_TRIALS = 2;
const BRUTE_SAMPLE = 400;

/** The baseline's normalisation: what a simple tool does (NFKC, lower case, punctuation to spaces). */
function plain(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface BruteName {
  listId: string;
  entryId: string;
  text: string;
}

function bruteNames(lists: PartyList[]): BruteName[] {
  const out: BruteName[] = [];
  for (const l of lists)
    for (const e of l.entries)
      for (const n of [e.name, ...e.aliases]) out.push({ listId: l.id, entryId: e.id, text: plain(n) });
  return out;
}

/** Brute force: edit-distance similarity of the whole name against every list name; match at ≥ 0.70. */
function bruteScreen(names: BruteName[], query: string): Set<string> {
  const q = plain(query);
  const hits = new Set<string>();
  if (q.length === 0) return hits;
  for (const n of names) {
    const max = Math.max(q.length, n.text.length);
    if (1 - distance(q, n.text) / max >= 0.7) hits.add(`${n.listId}#${n.entryId}`);
  }
  return hits;
}

/** Brute force over the queries: best of BRUTE_TRIALS passes (as the matcher's figure is a best of passes too). */
function bruteEval(
  names: BruteName[],
  qs: LabelledQuery[],
): { seconds: number; recall: number; fp: number; positives: number; negatives: number } {
  let best: ReturnType<typeof brutePass> | undefined;
  for (let t = 0; t < BRUTE_TRIALS; t++) {
    const r = brutePass(names, qs);
    if (!best || r.seconds < best.seconds) best = r;
  }
  return best!;
}

function brutePass(
  names: BruteName[],
  qs: LabelledQuery[],
): { seconds: number; recall: number; fp: number; positives: number; negatives: number } {
  let found = 0;
  let fp = 0;
  let positives = 0;
  let negatives = 0;
  const t0 = performance.now();
  for (const q of qs) {
    const hits = bruteScreen(names, q.query);
    if (q.expected) {
      positives++;
      if (hits.has(q.expected)) found++;
    } else {
      negatives++;
      if (hits.size > 0) fp++;
    }
  }
  return {
    seconds: (performance.now() - t0) / 1000,
    recall: positives ? found / positives : 1,
    fp,
    positives,
    negatives,
  };
}

/**
 * Seconds for one pass over the queries: best of several passes, each with cold caches (the screener's
 * remembered results and the indexes' word lookups; repeated words within a pass still help, as in a real file). Wall time, and the process's CPU time (which includes
 * the garbage collector's helper threads), so that a busy machine shows as such.
 */
function measure(lists: PartyList[], qs: LabelledQuery[]): { wall: number; cpu: number; median: number } {
  const s = createPartyScreener(lists);
  for (const q of generatePositives(lists[0], 7, 100)) s.screenParty(q.query, q.country, "end_user"); // warm-up on other queries
  let cpu = Infinity;
  const walls: number[] = [];
  for (let t = 0; t < TRIALS; t++) {
    for (const l of lists) indexFor(l).clearCaches();
    s.clearCache();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const q of qs) s.screenParty(q.query, q.country, "end_user");
    walls.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
  }
  walls.sort((a, b) => a - b);
  return { wall: walls[0], cpu, median: walls[walls.length >> 1] };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en-US")}/s`;

export async function runPartyBench(): Promise<string> {
  if (!fs.existsSync(EUL) || !fs.existsSync(SDN))
    return `skipped: ${EUL} or ${SDN} not found (the shared folder is needed for this benchmark)`;
  const lines: string[] = [];
  let t0 = performance.now();
  const eul = importMetiEul(new Uint8Array(fs.readFileSync(EUL)), { fileName: path.basename(EUL) });
  const tEulImport = performance.now() - t0;
  t0 = performance.now();
  const sdn = importSdnCsv(fs.readFileSync(SDN, "utf8"), { fileName: "ofac-sdn-2024-05-03/sdn.csv" });
  const tSdnImport = performance.now() - t0;
  t0 = performance.now();
  const ie = indexFor(eul);
  const tEulIndex = performance.now() - t0;
  t0 = performance.now();
  const is = indexFor(sdn);
  const tSdnIndex = performance.now() - t0;
  const listNames = (l: PartyList) => l.entries.reduce((n, e) => n + 1 + e.aliases.length, 0);
  lines.push(
    `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, node ${process.version}; one thread; load average ${os.loadavg()[0].toFixed(1)}`,
  );
  lines.push(
    `End User List ${eul.version}: ${eul.entries.length} entries, ${listNames(eul).toLocaleString("en-US")} names with aliases (${ie.stats().names.toLocaleString("en-US")} indexed forms); import ${tEulImport.toFixed(0)} ms, index ${tEulIndex.toFixed(0)} ms`,
  );
  lines.push(
    `OFAC SDN ${sdn.version}: ${sdn.entries.length.toLocaleString("en-US")} entries, ${listNames(sdn).toLocaleString("en-US")} names with aliases (${is.stats().names.toLocaleString("en-US")} indexed forms); import ${tSdnImport.toFixed(0)} ms, index ${tSdnIndex.toFixed(0)} ms`,
  );

  const queries = [...generatePositives(eul), ...loadHandwrittenPositives(), ...loadNegatives()];
  const latin = queries.filter((q) => /^[\x20-\x7e]*$/.test(q.query));
  lines.push(
    `queries: ${queries.length} labelled names (${queries.filter((q) => q.expected).length} with an expected End User List entry, ${queries.filter((q) => !q.expected).length} negatives; ${latin.length} in plain ASCII)`,
  );

  const combos: Array<[string, PartyList[]]> = [
    ["End User List", [eul]],
    ["End User List + SDN", [eul, sdn]],
  ];
  lines.push("");
  lines.push(
    `matcher (index; best of ${TRIALS} passes, each with cold caches; names/s by wall clock, per CPU-second in brackets, and the median pass):`,
  );
  for (const [name, lists] of combos) {
    const m = measure(lists, queries);
    const ml = measure(lists, latin);
    const r = evaluate(createPartyScreener(lists), queries);
    lines.push(
      `  ${name.padEnd(20)} all ${rate(queries.length, m.wall)} (${rate(queries.length, m.cpu)}; median ${rate(queries.length, m.median)}), ASCII names ${rate(latin.length, ml.wall)} (${rate(latin.length, ml.cpu)}); recall ${pct(r.recall)}, false positives ${r.falsePositives}/${r.negatives} (${pct(r.fpRate)})`,
    );
  }
  lines.push("");
  lines.push(
    `brute force (NFKC + lower case, fastest-levenshtein similarity ≥ 0.70 against every name and alias; best of ${BRUTE_TRIALS} passes) vs matcher, same ${BRUTE_SAMPLE} queries (seeded sample):`,
  );
  const r = rng(4242);
  const sample = [...queries]
    .map((q) => ({ q, k: r() }))
    .sort((a, b) => a.k - b.k)
    .slice(0, BRUTE_SAMPLE)
    .map((x) => x.q);
  for (const [name, lists] of combos) {
    const names = bruteNames(lists);
    const b = bruteEval(names, sample);
    const m = measure(lists, sample);
    const e = evaluate(createPartyScreener(lists), sample);
    lines.push(
      `  ${name.padEnd(20)} × ${names.length.toLocaleString("en-US")} names: brute force ${rate(sample.length, b.seconds)}, recall ${pct(b.recall)}, false positives ${b.fp}/${b.negatives}; matcher ${rate(sample.length, m.wall)}, recall ${pct(e.recall)}, false positives ${e.falsePositives}/${e.negatives}; ×${(b.seconds / m.wall).toFixed(0)} faster`,
    );
  }
  lines.push(
    `load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} (figures from a busy machine are low)`,
  );
  return lines.join("\n");
}

if (require.main === module) {
  runPartyBench().then(
    (r) => console.log(r),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
