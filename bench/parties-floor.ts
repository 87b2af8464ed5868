/**
 * Party matcher against an earlier version of itself, in the same run: the matcher of a git commit (the floor,
 * default `main`; `BENCH_FLOOR=<commit>`) and the working tree's are each bundled, and run alternately (floor, new,
 * floor, new …) in fresh Node processes pinned to one CPU, on the same labelled queries (the evaluation sets of
 * test/parties and the harder evaluation, written out once). Figures are names per CPU-second (best pass of each
 * process; CPU time is what a busy shared machine distorts least) and per wall-clock second, with each round's pair
 * ratio (the spread says how far the machine's load moved the figures) and the load average before and after.
 * `BENCH_ROUNDS=<n>` for more rounds (default 3).
 * `npx tsx bench/parties-floor.ts`; reads ../shared; says so when it is absent. The floor's checkout is a temporary
 * git worktree under out/bench, removed at the end.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import { build } from "esbuild";
import { importMetiEul } from "../src/engine/parties/import-meti-eul";
import { generatePositives, loadHandwrittenPositives, loadNegatives } from "../test/parties/eval/variants";
import { hardQueries } from "../test/parties/eval/hard-report";

const ROOT = path.resolve(__dirname, "..");
const SHARED = path.resolve(ROOT, "..", "shared");
const EUL = path.join(SHARED, "meti-eul", "20250929_4.xlsx");
const SDN = path.join(SHARED, "lists", "ofac-sdn-2024-05-03", "sdn.csv");
const OUT = path.join(ROOT, "out", "bench");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PASSES = 8;

/** The measuring program, for a matcher at `root` (its src/engine/parties is imported). */
function entrySource(root: string): string {
  const p = (f: string) => JSON.stringify(path.join(root, "src", "engine", "parties", f));
  return `
import * as fs from "fs";
import { importMetiEul } from ${p("import-meti-eul")};
import { importSdnCsv } from ${p("import-sdn")};
import { createPartyScreener, indexFor } from ${p("screener")};
const [eulFile, sdnFile, queryFile] = process.argv.slice(2);
const queries: Array<{ query: string; country?: string }> = JSON.parse(fs.readFileSync(queryFile, "utf8"));
const eul = importMetiEul(new Uint8Array(fs.readFileSync(eulFile)), { fileName: "20250929_4.xlsx" });
const sdn = importSdnCsv(fs.readFileSync(sdnFile, "utf8"), { fileName: "ofac-sdn-2024-05-03/sdn.csv" });
const out: Record<string, { cpu: number; wall: number; found: number }> = {};
for (const [name, lists] of [["eul", [eul]], ["eul+sdn", [eul, sdn]]] as const) {
  const s = createPartyScreener([...lists]);
  for (const q of queries.slice(0, 200)) s.screenParty(q.query, q.country, "end_user"); // warm-up
  let cpu = Infinity;
  let wall = Infinity;
  let found = 0;
  for (let t = 0; t < ${PASSES}; t++) {
    for (const l of lists) indexFor(l).clearCaches();
    s.clearCache();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    found = 0;
    for (const q of queries) found += s.screenParty(q.query, q.country, "end_user").length;
    const w = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
    wall = Math.min(wall, w);
  }
  out[name] = { cpu, wall, found };
}
console.log(JSON.stringify(out));
`;
}

async function bundle(root: string, tag: string): Promise<string> {
  const src = path.join(OUT, `floor-entry-${tag}.ts`);
  fs.writeFileSync(src, entrySource(root));
  const outfile = path.join(OUT, `floor-${tag}.js`);
  await build({ entryPoints: [src], bundle: true, platform: "node", outfile, logLevel: "warning" });
  return outfile;
}

function run(file: string, queryFile: string): Record<string, { cpu: number; wall: number; found: number }> {
  const pinned = process.platform === "linux" && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  const args = [file, EUL, SDN, queryFile];
  const out = pinned
    ? execFileSync("taskset", ["-c", "0", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
    : execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").pop()!);
}

export async function runFloorBench(): Promise<string> {
  if (!fs.existsSync(EUL) || !fs.existsSync(SDN)) return `skipped: ${EUL} or ${SDN} not found`;
  fs.mkdirSync(OUT, { recursive: true });
  const floorRef = process.env.BENCH_FLOOR ?? "main";
  const commit = execFileSync("git", ["rev-parse", "--short", floorRef], { cwd: ROOT, encoding: "utf8" }).trim();
  const tree = path.join(OUT, `floor-tree-${commit}`);
  if (!fs.existsSync(tree))
    execFileSync("git", ["worktree", "add", "--detach", tree, commit], { cwd: ROOT, stdio: "ignore" });
  try {
    // the same queries for both: the evaluation sets of the working tree
    const eul = importMetiEul(new Uint8Array(fs.readFileSync(EUL)), { fileName: "20250929_4.xlsx" });
    const hard = hardQueries(eul);
    const queries = [
      ...generatePositives(eul),
      ...loadHandwrittenPositives(),
      ...loadNegatives(),
      ...hard.positives,
      ...hard.negatives,
    ].map((q) => ({ query: q.query, country: q.country }));
    const queryFile = path.join(OUT, "floor-queries.json");
    fs.writeFileSync(queryFile, JSON.stringify(queries));
    const floorJs = await bundle(tree, `old-${commit}`);
    const newJs = await bundle(ROOT, "new");
    const best: Record<string, Record<string, { cpu: number; wall: number }>> = { floor: {}, new: {} };
    /** Per round and list: floor CPU / new CPU (each process's best pass), the ratio of that round's pair. */
    const pairs: Record<string, number[]> = {};
    const load0 = os.loadavg()[0];
    for (let r = 0; r < ROUNDS; r++) {
      const round: Record<string, Record<string, number>> = { floor: {}, new: {} };
      for (const [who, file] of [
        ["floor", floorJs],
        ["new", newJs],
      ] as const) {
        const res = run(file, queryFile);
        for (const [k, v] of Object.entries(res)) {
          round[who][k] = v.cpu;
          const b = best[who][k];
          if (!b || v.cpu < b.cpu) best[who][k] = { cpu: v.cpu, wall: Math.min(v.wall, b?.wall ?? Infinity) };
          else b.wall = Math.min(b.wall, v.wall);
        }
      }
      for (const k of Object.keys(round.new)) (pairs[k] ??= []).push(round.floor[k] / round.new[k]);
    }
    const load1 = os.loadavg()[0];
    const rate = (s: number) => Math.round(queries.length / s).toLocaleString("en-US");
    const lines = [
      `${queries.length} labelled queries (evaluation + harder evaluation); floor = ${floorRef} (${commit}); ${ROUNDS} rounds alternating, best of ${PASSES} passes each; names per CPU-second (per wall-clock second); load average ${load0.toFixed(1)} → ${load1.toFixed(1)}`,
    ];
    for (const k of ["eul", "eul+sdn"]) {
      const f = best.floor[k];
      const n = best.new[k];
      lines.push(
        `  ${k === "eul" ? "End User List      " : "End User List + SDN"}  floor ${rate(f.cpu)} (${rate(f.wall)})  new ${rate(n.cpu)} (${rate(n.wall)})  new/floor ×${(f.cpu / n.cpu).toFixed(2)}; per round ${pairs[k].map((x) => `×${x.toFixed(2)}`).join(" ")}`,
      );
    }
    return lines.join("\n");
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", tree], { cwd: ROOT, stdio: "ignore" });
  }
}

if (require.main === module) {
  runFloorBench().then(
    (r) => console.log(r),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
