/**
 * `npm run bench`: every benchmark of the project, printed as a report. Benchmarks that need ../shared files
 * say so when the folder is absent. Figures are measurements, not pass/fail tests.
 */
import * as fs from "fs";
import * as path from "path";
import { runEngineBench } from "./engine";

async function optional(file: string, fn: string): Promise<string> {
  const p = path.join(__dirname, file);
  if (!fs.existsSync(p)) return `(${file} not present)`;
  const mod = await import(p);
  return typeof mod[fn] === "function" ? await mod[fn]() : `(${file} has no ${fn})`;
}

async function main() {
  console.log(`anpo-screen benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  console.log("\n== Engine ==");
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
