/**
 * CLI benchmarks (part of `npm run bench`): the bundled CLI against a floor measured in the same run — a bare
 * streaming read + write of the same file (bench/cliFloor.ts) — as whole processes, floor and CLI in turn
 * (A B A B …) so that a drifting machine affects both; medians and the ratio pair by pair are printed, with the
 * peak resident memory of each process (worker threads included). Figures are measurements, not pass/fail.
 *
 * A second CSV measure, labelled as such, uses a broker-like file (bench/brokerOrders.ts) whose cells repeat far less
 * than the bundled example's 46 rows repeated. CPU time (all threads) is printed beside the wall-clock ratio.
 *
 * Sizes: a quick run by default (20,000-row CSV, 5,000-row xlsx, no full-size sheet) so that CI and a shared
 * machine are not held up; ANPO_BENCH_FULL=1 runs the issue's sizes (1,000,000-row CSV, 100,000-row xlsx and a
 * 1,048,576-row sheet). ANPO_BENCH_CSV_ROWS, ANPO_BENCH_XLSX_ROWS, ANPO_BENCH_PAIRS (3) and ANPO_BENCH_MAX_SHEET
 * (0/1) override single figures. The End User List is used when ../shared has it. Generated files go to a folder
 * under the system's temporary folder (ANPO_BENCH_DIR to choose another) and are deleted at the end.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import { build } from "esbuild";
import ExcelJS from "exceljs";
import { BROKER_CUSTOMERS, BROKER_ITEMS, writeBrokerCsv } from "./brokerOrders";

const ROOT = path.resolve(__dirname, "..");
const WORK = process.env.ANPO_BENCH_DIR ?? path.join(os.tmpdir(), `anpo-bench-cli-${process.pid}`);
const FULL = process.env.ANPO_BENCH_FULL === "1";
const CLI = path.join(ROOT, "dist", "cli", "anpo-screen.js");
const FLOOR = path.join(WORK, "cliFloor.js");
const PEAK = path.join(__dirname, "peak-rss.cjs");
const EUL = path.resolve(ROOT, "..", "shared", "meti-eul", "20250929_4.xlsx");

const num = (n: number) => n.toLocaleString("en-US");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Measured {
  wall: number;
  /** CPU time of the whole process (all threads), seconds. */
  cpu: number;
  peakMb: number;
  status: number | null;
}

function measure(args: string[]): Measured {
  const rssFile = path.join(WORK, `rss-${process.pid}.txt`);
  fs.rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", PEAK, ...args], {
    cwd: WORK,
    env: { ...process.env, ANPO_PEAK_RSS_FILE: rssFile, LANG: "en_US.UTF-8" },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) process.stderr.write(r.stderr);
  const [peakKb, cpuMs] = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, "utf8").split(" ").map(Number) : [NaN, NaN];
  return { wall, cpu: cpuMs / 1000, peakMb: peakKb / 1024, status: r.status };
}

function pairs(label: string, floor: string[], cli: string[], n: number, target: string): string {
  const f: Measured[] = [];
  const c: Measured[] = [];
  for (let i = 0; i < n; i++) {
    f.push(measure(floor));
    c.push(measure(cli));
  }
  const ratios = c.map((x, i) => x.wall / f[i].wall);
  const cpuRatios = c.map((x, i) => x.cpu / f[i].cpu);
  const bad = c.filter((x) => x.status !== 0).length;
  return [
    `${label}: ${n} pair(s), floor and CLI in turn`,
    `  floor wall median ${median(f.map((x) => x.wall)).toFixed(2)} s (min ${Math.min(...f.map((x) => x.wall)).toFixed(2)}), peak ${median(f.map((x) => x.peakMb)).toFixed(0)} MB`,
    `  CLI   wall median ${median(c.map((x) => x.wall)).toFixed(2)} s (min ${Math.min(...c.map((x) => x.wall)).toFixed(2)}), peak max ${Math.max(...c.map((x) => x.peakMb)).toFixed(0)} MB${bad ? `, ${bad} run(s) FAILED` : ""}`,
    `  ratio CLI/floor per pair: ${ratios.map((r) => r.toFixed(2)).join(", ")} — median ${median(ratios).toFixed(2)} (${target})`,
    `  CPU (all threads) median: floor ${median(f.map((x) => x.cpu)).toFixed(2)} s, CLI ${median(c.map((x) => x.cpu)).toFixed(2)} s — ratio ${median(cpuRatios).toFixed(2)} (${os.loadavg()[0].toFixed(1)} load average at the end)`,
  ].join("\n");
}

function example(): { header: string[]; rows: string[][] } {
  const lines = fs
    .readFileSync(path.join(ROOT, "examples", "orders-example.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  const split = (l: string) => l.split(","); // the example has no quoted commas in these columns
  return { header: split(lines[0]), rows: lines.slice(1).map(split) };
}

function writeCsv(file: string, rows: number): void {
  if (fs.existsSync(file)) return;
  const ex = fs
    .readFileSync(path.join(ROOT, "examples", "orders-example.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, ex[0] + "\n");
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const line = ex[1 + (i % (ex.length - 1))];
    chunk += line.replace(/^[^,]*/, `B-${i}`) + "\n";
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = "";
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}

async function writeXlsx(file: string, rows: number): Promise<void> {
  if (fs.existsSync(file)) return;
  const { header, rows: body } = example();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Orders");
  ws.addRow(header).commit();
  for (let i = 0; i < rows - 1; i++) {
    const r = body[i % body.length].slice();
    r[0] = `X-${i}`;
    ws.addRow(r).commit();
  }
  ws.commit();
  await wb.commit();
}

export async function runCliBench(): Promise<string> {
  fs.mkdirSync(WORK, { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")]);
  await build({
    entryPoints: [path.join(__dirname, "cliFloor.ts")],
    bundle: true,
    platform: "node",
    outfile: FLOOR,
    logLevel: "warning",
  });
  try {
    return await runIn();
  } finally {
    if (!process.env.ANPO_BENCH_DIR) fs.rmSync(WORK, { recursive: true, force: true });
  }
}

async function runIn(): Promise<string> {
  const n = Number(process.env.ANPO_BENCH_PAIRS ?? 3);
  const csvRows = Number(process.env.ANPO_BENCH_CSV_ROWS ?? (FULL ? 1_000_000 : 20_000));
  const xlsxRows = Number(process.env.ANPO_BENCH_XLSX_ROWS ?? (FULL ? 100_000 : 5_000));
  const maxSheet = (process.env.ANPO_BENCH_MAX_SHEET ?? (FULL ? "1" : "0")) !== "0";
  const out: string[] = [
    FULL ? "Issue sizes (ANPO_BENCH_FULL=1)" : "Quick sizes (ANPO_BENCH_FULL=1 for the issue's sizes)",
  ];

  // Start-up on a small file (the bundled example): median of n runs.
  const small = Array.from({ length: n }, () => measure([CLI, "--out", path.join(WORK, "small.csv"), "--quiet"]));
  out.push(
    `Start-up, bundled example (46 rows): wall median ${median(small.map((x) => x.wall)).toFixed(2)} s, peak ${median(small.map((x) => x.peakMb)).toFixed(0)} MB (target ≤ 0.5 s)`,
  );

  const csv = path.join(WORK, `orders-${csvRows}.csv`);
  writeCsv(csv, csvRows);
  const eul = fs.existsSync(EUL) ? ["--eul", EUL] : [];
  out.push(
    pairs(
      `CSV ${num(csvRows)} rows (${(fs.statSync(csv).size / 1e6).toFixed(0)} MB)${eul.length ? " with the End User List" : " (no End User List: ../shared absent)"}`,
      [FLOOR, "csv", csv, path.join(WORK, "floor.csv")],
      [CLI, csv, "--out", path.join(WORK, "cli.csv"), "--quiet", ...eul],
      n,
      "target ≤ 1.5, peak ≤ 512 MB",
    ),
  );

  // Second measure, labelled: a file closer to a broker's (bench/brokerOrders.ts) — customers and items repeat with
  // a Zipf-like spread, amounts and dates vary, so caches keyed by a cell's text are hit far less than on the example
  // repeated. The figure above stays the issue's measure.
  const broker = path.join(WORK, `broker-${csvRows}.csv`);
  writeBrokerCsv(broker, csvRows, ROOT);
  out.push(
    pairs(
      `CSV ${num(csvRows)} rows, broker-like file (${BROKER_CUSTOMERS} customers, ${BROKER_ITEMS} items; ${(fs.statSync(broker).size / 1e6).toFixed(0)} MB)${eul.length ? " with the End User List" : ""} — second measure`,
      [FLOOR, "csv", broker, path.join(WORK, "floor.csv")],
      [CLI, broker, "--out", path.join(WORK, "cli.csv"), "--quiet", ...eul],
      n,
      "target ≤ 1.5, peak ≤ 512 MB",
    ),
  );

  const xlsx = path.join(WORK, `orders-${xlsxRows}.xlsx`);
  await writeXlsx(xlsx, xlsxRows);
  out.push(
    pairs(
      `xlsx ${num(xlsxRows)} rows (${(fs.statSync(xlsx).size / 1e6).toFixed(0)} MB)`,
      [FLOOR, "xlsx", xlsx, path.join(WORK, "floor.xlsx")],
      [CLI, xlsx, "--out", path.join(WORK, "cli.xlsx"), "--quiet"],
      n,
      "target ≤ 2, peak ≤ 1 GB",
    ),
  );

  if (maxSheet) {
    const max = path.join(WORK, "orders-1048576.xlsx");
    await writeXlsx(max, 1_048_576);
    const m = measure([CLI, max, "--out", path.join(WORK, "cli-max.xlsx"), "--quiet"]);
    out.push(
      `xlsx 1,048,576 rows (Excel's limit): ${m.status === 0 ? "completed" : `FAILED (exit ${m.status})`} in ${m.wall.toFixed(1)} s, peak ${m.peakMb.toFixed(0)} MB`,
    );
  }
  return out.join("\n");
}

if (require.main === module) runCliBench().then((s) => console.log(s));
