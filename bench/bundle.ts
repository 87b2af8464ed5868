/**
 * Builds a benchmark into one bundled file, the form the engine ships in (the add-in's Web Worker and
 * custom-functions bundles are bundled the same way), and runs it in a fresh Node process, pinned to one CPU
 * with `taskset` where it exists (so the garbage collector's helper threads share that core too).
 * Each source file keeps its own `__dirname` inside the bundle, so files that find their data next to
 * themselves (the labelled evaluation set, ../shared) still find it.
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import { build, type Plugin } from "esbuild";

const ROOT = path.resolve(__dirname, "..");

const ownDirname: Plugin = {
  name: "own-dirname",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = fs.readFileSync(args.path, "utf8");
      if (!/\b__dirname\b/.test(text)) return undefined;
      return { contents: text.replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path))), loader: "ts" };
    });
  },
};

function hasTaskset(): boolean {
  if (process.platform !== "linux") return false;
  return spawnSync("taskset", ["-c", "0", "true"]).status === 0;
}

/** Bundles `bench/<name>.ts` (which prints its report when run as the main module) and runs it; returns its report. */
export async function runBundled(name: string): Promise<string> {
  const outfile = path.join(ROOT, "out", "bench", `${name}.js`);
  await build({
    entryPoints: [path.join(__dirname, `${name}.ts`)],
    bundle: true,
    platform: "node",
    outfile,
    logLevel: "warning",
    plugins: [ownDirname],
  });
  const pinned = hasTaskset();
  const [cmd, args] = pinned ? ["taskset", ["-c", "0", process.execPath, outfile]] : [process.execPath, [outfile]];
  const out = execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }).trim();
  return `${pinned ? "(bundled build, pinned to one CPU with taskset)" : "(bundled build; taskset not available, not pinned)"}\n${out}`;
}
