#!/usr/bin/env node
/**
 * Bundles the CLI with esbuild into dist/cli/: anpo-screen.js (the command, `bin` of package.json) and
 * screenWorker.js (the worker threads). A run then starts plain Node on one file instead of compiling TypeScript
 * module by module. `--if-stale` rebuilds only when a source file is newer than the bundle (what `npm run screen` does).
 */
import { build } from "esbuild";
import process from "process";
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist", "cli");
const outputs = [path.join(OUT, "anpo-screen.js"), path.join(OUT, "screenWorker.js")];

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function stale() {
  if (!outputs.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const sources = Math.max(
    newest(path.join(ROOT, "src")),
    fs.statSync(path.join(ROOT, "package-lock.json")).mtimeMs,
    fs.statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
  return sources > built;
}

if (!process.argv.includes("--if-stale") || stale()) {
  await build({
    entryPoints: {
      "anpo-screen": path.join(ROOT, "src/cli/main.ts"),
      screenWorker: path.join(ROOT, "src/cli/screenWorker.ts"),
    },
    outdir: OUT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // piscina starts its own worker script from its package folder.
    external: ["piscina"],
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "warning",
    legalComments: "none",
  });
  fs.chmodSync(outputs[0], 0o755);
}
