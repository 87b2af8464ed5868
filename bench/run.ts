/**
 * `npm run bench`: every benchmark of the project, printed as a report. Benchmarks that need ../shared files
 * say so when the folder is absent. Figures are measurements, not pass/fail tests.
 *
 * The engine and the party matcher are measured from a bundled build (the form they ship in: the add-in's Web
 * Worker and custom-functions bundles are bundled the same way) in a fresh Node process pinned to one CPU. The
 * engine is measured a second time as loaded module by module by tsx (how `npm run screen` runs it), whose
 * cross-module calls cost more.
 */
import * as fs from "fs";
import * as path from "path";
import { runBundled } from "./bundle";
import { runEngineBench } from "./engine";
import { runCliBench } from "./cli";
import { runFloorBench } from "./parties-floor";

async function optional(file: string, fn: string): Promise<string> {
  const p = path.join(__dirname, file);
  if (!fs.existsSync(p)) return `(${file} not present)`;
  const mod = await import(p);
  return typeof mod[fn] === "function" ? await mod[fn]() : `(${file} has no ${fn})`;
}

async function main() {
  console.log(`anpo-screen benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  console.log("\n== Engine, bundled build (as shipped) ==");
  console.log(await runBundled("engine"));
  console.log("\n== Engine, loaded by tsx (npm run screen) ==");
  console.log(await runEngineBench());
  console.log("\n== Party matching, bundled build ==");
  console.log(await runBundled("parties"));
  console.log("\n== Party matching, what each stage costs (bundled) ==");
  console.log(await runBundled("parties-stages"));
  console.log("\n== Party matching against the matcher of main (BENCH_FLOOR=<commit> for another), same run ==");
  console.log(await runFloorBench());
  console.log("\n== Bulk CLI (bundled; against a bare streaming read + write of the same file) ==");
  console.log(await runCliBench());
  console.log("\n== Excel add-in ==");
  console.log(await optional("addin.ts", "runAddinBench"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
