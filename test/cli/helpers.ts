/** Helpers for CLI tests: temporary folders, running the CLI in-process and reading outputs back. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { runCli } from "../../src/cli/run";

export const REPO = path.resolve(__dirname, "..", "..");
export const EXAMPLE_CSV = path.join(REPO, "examples", "orders-example.csv");
export const EXAMPLE_JA_CSV = path.join(REPO, "examples", "orders-example-ja.csv");

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "anpo-cli-"));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  argv: string[],
  opts: { cwd: string; lang?: string } = { cwd: os.tmpdir() },
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    cwd: opts.cwd,
    env: { LANG: opts.lang ?? "en_US.UTF-8" },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    now: () => new Date("2026-11-20T09:00:00Z"),
  });
  return { code, stdout, stderr };
}

/** Reads a CSV written by the CLI: checks and strips the UTF-8 BOM. */
export function readOutputCsv(file: string): string[][] {
  const buf = fs.readFileSync(file);
  expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(buf.subarray(3).toString("utf8"), { relax_column_count: true }) as string[][];
}

export function readInputCsv(file: string): string[][] {
  return parse(fs.readFileSync(file, "utf8"), { relax_column_count: true }) as string[][];
}

/** Records as objects keyed by the header row. */
export function records(rows: string[][], headerIndex = 0): Array<Record<string, string>> {
  const header = rows[headerIndex];
  return rows.slice(headerIndex + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

/** Minimal valid order sheet (header + rows) as CSV text. */
export function csvText(rows: string[][], eol = "\n"): string {
  return (
    rows.map((r) => r.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",")).join(eol) + eol
  );
}

export const MIN_HEADER = [
  "order_id",
  "item_description",
  "hs_code",
  "list_control",
  "destination",
  "end_user",
  "end_use",
  "delivery_date",
  "customer_since",
];
export const CLEAN_ROW = (id: string, dest = "US") => [
  id,
  "Ball valves",
  "8481.80",
  "non-controlled",
  dest,
  "Example Valve Works",
  "Brewery piping",
  "2027-01-31",
  "2010-01-01",
];
