/**
 * Excel add-in benchmarks (measurements, not pass/fail):
 *  1. Excel traffic of a run over 100,000 rows × 25 columns against the fake Excel host (the same host the
 *     e2e suite uses, which refuses batches over 5 MB): syncs, syncs per 5,000 rows, bytes per sync.
 *     Targets: ≤ 1 sync per 5,000 rows; every sync under 5 MB.
 *  2. Custom-function cost per call in a recalculation burst of 10,000 cells (SCREEN, PARTY), through the
 *     engine client and worker service the add-in uses (the service run in-process: Node has no Web Worker).
 *  2b. A 3,000-column sheet: Check data + a full run, against a floor measured in the same run (bench/wide.ts).
 *  3. The task pane's start-up JavaScript (the scripts taskpane.html loads), gzipped, from a production build
 *     read back from disk; every other chunk and the worker listed. Target ≤ 200 KB.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { FakeWorkbook } from "../test/e2e/host/fakeExcel";
import { paneRun } from "./paneRun";
import { BLOCK_WIDTH } from "../src/taskpane/outputBlock";
import { useTestEngine } from "../test/helpers/inProcessEngine";
import { runWideBench } from "./wide";
import { party, screenOrder } from "../src/functions/functions";
import type { PartyList } from "../src/engine/parties/list-model";

const ROOT = path.resolve(__dirname, "..");
const SHARED = path.resolve(ROOT, "..", "shared");

const HEADERS_25 = [
  "Order No",
  "Item",
  "HS code",
  "List control",
  "Destination",
  "Consignee",
  "Consignee country",
  "End user",
  "End user country",
  "Buyer",
  "End use",
  "Transaction type",
  "Known weapons use",
  "End user weapons activity",
  "METI inform",
  "Clearly not for weapons",
  "Payment terms",
  "Order value",
  "Currency",
  "Transit countries",
  "Delivery date",
  "Delivery address",
  "Customer since",
  "Service declined",
  "RF02",
];

const DESTS = [
  "CN",
  "中国",
  "Vietnam",
  "US",
  "ドイツ",
  "Somalia",
  "IND",
  "タイ",
  "RU",
  "Pakistan",
  "Türkiye",
  "KR",
  "Brazil",
];
const HS = ["8458.11", "845710", "8542.31", "8542.90", "3901.10", "0901.21", "8807.30", "9030.20", "847150", "9014"];
const LC = ["非該当", "non-controlled", "", "該当 2項", "未判定"];

function row(i: number): Array<string | number> {
  return [
    `B-${i}`,
    `Item ${i % 97} precision component`,
    HS[i % HS.length],
    LC[i % LC.length],
    DESTS[i % DESTS.length],
    i % 11 === 0 ? "Global Freight Logistics" : `Consignee ${i % 53} Trading Co., Ltd.`,
    DESTS[(i * 7) % DESTS.length],
    i % 17 === 0 ? "Ministry of Defence Procurement" : `End User ${i % 211} Co., Ltd.`,
    DESTS[(i * 3) % DESTS.length],
    `Buyer ${i % 37}`,
    i % 5 === 0 ? "" : "production of automotive parts",
    "goods",
    i % 101 === 0 ? "WMD" : "",
    i % 13 === 0 ? "CW" : "",
    "no",
    "",
    i % 4 === 0 ? "cash in advance" : "T/T 30 days",
    (i % 40) * 1_000_000,
    i % 3 === 0 ? "USD" : "JPY",
    i % 9 === 0 ? "AE, KG" : "",
    i % 8 === 0 ? "TBD" : "2027-03-01",
    i % 10 === 0 ? "" : "1-2-3 Industrial Park, Hanoi",
    i % 6 === 0 ? "2026-10-01" : "2012-04-01",
    "",
    i % 4 === 0 ? "no" : "",
  ];
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n: number) => `${(n / 1_000_000).toFixed(2)} MB`;

export async function excelTraffic(n = 100_000): Promise<string> {
  const wb = new FakeWorkbook("Orders");
  const s = wb.sheet("Orders")!;
  HEADERS_25.forEach((h, j) => wb.setCell(s, 0, j, h));
  for (let i = 1; i <= n; i++) row(i).forEach((v, j) => v !== "" && wb.setCell(s, i, j, v));
  (globalThis as { Excel?: unknown }).Excel = wb.excelGlobal();

  let detectSyncs = 0;
  const report = await paneRun("ja", () => (detectSyncs = wb.syncs.length));
  const totalMs = report.checkMs + report.runMs;
  const engineMs = report.engineMs;
  const runSyncs = wb.syncs.slice(detectSyncs);
  const req = runSyncs.map((x) => x.requestBytes);
  const res = runSyncs.map((x) => x.responseBytes);
  const all = wb.syncs;
  const over = all.filter((x) => !x.ok || x.requestBytes >= 5_000_000 || x.responseBytes >= 5_000_000).length;
  const perBlock = runSyncs.filter((x) => x.requestBytes > 100_000 || x.responseBytes > 100_000);
  return [
    `rows × columns            ${n.toLocaleString()} × ${HEADERS_25.length} (output block ${BLOCK_WIDTH} columns, Japanese text)`,
    `status                    ${report.status}, ${report.rowsScreened.toLocaleString()} rows written, ${report.retries} retries`,
    `syncs                     ${all.length} in all = ${detectSyncs} for "Check data" + ${runSyncs.length} for the run (its own re-check included)`,
    `syncs per 5,000 rows      ${((runSyncs.length / n) * 5000).toFixed(2)} (run only; target ≤ 1)`,
    `request bytes per sync    max ${mb(Math.max(...req))}, mean of data batches ${mb(perBlock.reduce((a, x) => a + x.requestBytes, 0) / Math.max(1, perBlock.length))}`,
    `response bytes per sync   max ${mb(Math.max(...res))}, mean of data batches ${mb(perBlock.reduce((a, x) => a + x.responseBytes, 0) / Math.max(1, perBlock.length))}`,
    `largest read              ${Math.max(...all.map((x) => x.cellsRead)).toLocaleString()} cells (limit 5,000,000)`,
    `syncs at/over 5 MB        ${over} (target 0)`,
    `time                      ${(totalMs / 1000).toFixed(1)} s in all, of which engine ${(engineMs / 1000).toFixed(1)} s (Node, fake host; Excel's own time not included)`,
  ].join("\n");
}

function loadEul(): PartyList | null {
  const file = path.join(SHARED, "meti-eul", "20250929_4.xlsx");
  if (!fs.existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module loaded lazily at run time
  const { importMetiEul } = require("../src/engine/parties/import-meti-eul");
  return importMetiEul(fs.readFileSync(file), { fileName: "20250929_4.xlsx" });
}

async function customFunctions(n = 10_000): Promise<string> {
  const eul = loadEul();
  useTestEngine(eul ? [eul] : [], null);
  const lines: string[] = [
    eul
      ? `lists                     METI End User List (${eul.entries.length} entries, ${eul.version})`
      : "lists                     none (../shared/meti-eul not found; PARTY answers 'No list loaded')",
  ];
  const time = async (label: string, calls: () => Array<Promise<unknown>>) => {
    const t0 = process.hrtime.bigint();
    await Promise.all(calls());
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    lines.push(
      `${label.padEnd(26)}${((ms * 1000) / n).toFixed(1)} µs per call, ${ms.toFixed(0)} ms per burst of ${n.toLocaleString()}`,
    );
  };
  const screenBurst = () =>
    Array.from({ length: n }, (_, i) =>
      screenOrder(
        [[DESTS[i % DESTS.length]]],
        [[HS[i % HS.length]]],
        `End User ${i} Co., Ltd.`,
        "production",
        `Consignee ${i % 53}`,
        "",
        "",
        "non-controlled",
      ),
    );
  await time("SCREEN, distinct rows", screenBurst);
  await time("SCREEN, same rows again", screenBurst);
  useTestEngine(eul ? [eul] : [], null);
  await time("PARTY, distinct names", () =>
    Array.from({ length: n }, (_, i) => party(`Trading Company Number ${i} Limited`, "CN")),
  );
  lines.push(
    "batching                  one engine pass per burst (calls are queued and processed together; see test/addin/functions.test.ts)",
  );
  return lines.join("\n");
}

export async function bundleSize(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "anpo-bench-dist-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module loaded lazily at run time
  const webpack = require("webpack");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module loaded lazily at run time
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "production" });
  config.output.path = out;
  config.devtool = false;
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) =>
      err
        ? reject(err)
        : stats.hasErrors()
          ? reject(new Error(stats.toString({ all: false, errors: true })))
          : resolve(),
    ),
  );
  const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(out, f)), { level: 9 }).length;
  const size = (f: string) => fs.statSync(path.join(out, f)).size;
  const initialGz = initial.reduce((a, f) => a + gz(f), 0);
  const lazy = fs.readdirSync(out).filter((f) => f.endsWith(".js") && !initial.includes(f));
  const lines = [
    `initial task pane JS      ${initial.join(" + ")}: ${kb(initial.reduce((a, f) => a + size(f), 0))} minified, ${kb(initialGz)} gzipped (target ≤ 200 KB)`,
    ...lazy.map(
      (f) =>
        `  loaded later            ${f}: ${kb(size(f))} minified, ${kb(gz(f))} gzipped${f === "worker.js" ? " (engine Web Worker of the pane and the functions, started on first use)" : " (on demand)"}`,
    ),
  ];
  fs.rmSync(out, { recursive: true, force: true });
  return lines.join("\n");
}

export async function runAddinBench(): Promise<string> {
  const parts: string[] = [];
  parts.push("-- Excel traffic (fake host enforcing Excel's limits) --");
  parts.push(await excelTraffic());
  parts.push("-- Wide sheet (3,000 columns): check and screen, against a floor in the same run --");
  parts.push(await runWideBench());
  parts.push("-- Custom functions --");
  parts.push(await customFunctions());
  parts.push("-- Task pane bundle --");
  parts.push(await bundleSize());
  return parts.join("\n");
}

if (require.main === module) {
  runAddinBench().then(
    (text) => console.log(text),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
