/**
 * `npm run bench`: every benchmark of the project, printed as a report. Benchmarks that need ../shared files
 * say so when the folder is absent. Figures are measurements, not pass/fail tests.
 *
 * The engine is measured twice: from a bundled build (the form it ships in: the add-in's Web Worker and
 * custom-functions bundles are bundled the same way) in a fresh Node process, and as loaded module-by-module by
 * tsx (how `npm run screen` runs it), whose cross-module calls cost more.
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import { buildSync } from "esbuild";
import { runEngineBench } from "./engine";

const ROOT = path.resolve(__dirname, "..");

async function optional(file: string, fn: string): Promise<string> {
  const p = path.join(__dirname, file);
  if (!fs.existsSync(p)) return `(${file} not present)`;
  const mod = await import(p);
  return typeof mod[fn] === "function" ? await mod[fn]() : `(${file} has no ${fn})`;
}

function bundledEngineBench(): string {
  const outfile = path.join(ROOT, "out", "bench", "engine.js");
  buildSync({ entryPoints: [path.join(__dirname, "engine.ts")], bundle: true, platform: "node", outfile, logLevel: "warning" });
  return execFileSync(process.execPath, [outfile], { encoding: "utf8" }).trim();
}

async function main() {
  console.log(`anpo-screen benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  console.log("\n== Engine, bundled build (as shipped) ==");
  console.log(bundledEngineBench());
  console.log("\n== Engine, loaded by tsx (npm run screen) ==");
  console.log(await runEngineBench());
  console.log("\n== Party matching ==");
  console.log(await optional("parties.ts", "runPartyBench"));
  console.log("\n== Excel add-in ==");
  console.log(await optional("addin.ts", "runAddinBench"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
