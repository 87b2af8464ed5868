/**
 * The add-in's module boundaries, read from the source: one module calls Excel.run; the custom functions
 * import nothing of the task pane and run no engine code themselves (they send their calls to the shared
 * engine worker); the pane's start-up modules do not import the engine's screening.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "..", "..", "src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join("/");
/** Value imports (not `import type`) of a file, as written. */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gm)].map(
    (m) => m[1] ?? m[2],
  );
}

test("only src/addin/excelHost.ts calls Excel.run", () => {
  const callers = files(SRC)
    .filter((f) => /\bExcel\.run\s*\(/.test(fs.readFileSync(f, "utf8")))
    .map(rel);
  expect(callers).toEqual(["addin/excelHost.ts"]);
});

test("src/functions imports nothing of src/taskpane and no screening code of the engine", () => {
  const bad: string[] = [];
  for (const f of files(path.join(SRC, "functions"))) {
    for (const imp of valueImports(f)) {
      const target = path.resolve(path.dirname(f), imp);
      const r = rel(target);
      if (r.startsWith("taskpane/") || /^engine\/(screen|present|rules|parties|redflags|normalize)/.test(r))
        bad.push(`${rel(f)} → ${imp}`);
    }
  }
  expect(bad).toEqual([]);
});

test("the engine's screening is reached from the worker only, not from the pane's or the functions' thread", () => {
  // Modules the worker uses; everything else under src/taskpane, src/functions and src/addin runs on the
  // runtime's main thread and must not import them (by value).
  const workerOnly = [
    "engine/screen",
    "taskpane/screenRows",
    "taskpane/blockRow",
    "addin/engineService",
    "addin/functionJobs",
  ];
  const workerSide = new Set([
    "addin/worker.ts",
    "addin/engineService.ts",
    "addin/functionJobs.ts",
    "taskpane/screenRows.ts",
    "taskpane/blockRow.ts",
    "taskpane/listImport.ts", // the importers: a chunk loaded when the user imports a list
  ]);
  const bad: string[] = [];
  for (const dir of ["taskpane", "functions", "addin"]) {
    for (const f of files(path.join(SRC, dir))) {
      if (workerSide.has(rel(f))) continue;
      for (const imp of valueImports(f)) {
        const r = rel(path.resolve(path.dirname(f), imp)).replace(/\.tsx?$/, "");
        if (workerOnly.includes(r)) bad.push(`${rel(f)} → ${imp}`);
      }
    }
  }
  expect(bad).toEqual([]);
});
