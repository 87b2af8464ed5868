/**
 * The real command as a user runs it: the bundled CLI (dist/cli/anpo-screen.js, built with esbuild as `npm run screen`
 * does), its exit codes, where the output goes, worker threads giving the same output as the main thread, and a file
 * above the 125,000 rows that used to overflow the stack.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { CLEAN_ROW, MIN_HEADER, REPO, csvText, readOutputCsv, tempDir } from "./helpers";

const BUNDLE = path.join(REPO, "dist", "cli", "anpo-screen.js");

beforeAll(() => {
  execFileSync(process.execPath, [path.join(REPO, "scripts", "build-cli.mjs"), "--if-stale"], { stdio: "inherit" });
}, 120_000);

function runMain(args: string[], cwd: string, lang: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BUNDLE, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: lang, LC_ALL: "", LC_MESSAGES: "", ...env },
    timeout: 240_000,
  });
}

describe("the screen command as a process", () => {
  it("package.json runs the bundle: `npm run screen` and the bin entry", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8"));
    expect(pkg.bin["anpo-screen"]).toBe("dist/cli/anpo-screen.js");
    expect(pkg.scripts.screen).toContain("node dist/cli/anpo-screen.js");
    expect(fs.readFileSync(BUNDLE, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });

  it("screens the bundled example with no arguments: exit 0, Japanese summary under a ja locale, output in ./out", () => {
    const dir = tempDir();
    const r = runMain([], dir, "ja_JP.UTF-8");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("確認が必要な行");
    expect(fs.existsSync(path.join(dir, "out", "orders-example.screened.csv"))).toBe(true);
  });

  it("exits 2 with a message on stderr for a missing input", () => {
    const dir = tempDir();
    const r = runMain(["missing.xlsx"], dir, "en_US.UTF-8");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("File not found");
    expect(r.stdout).toBe("");
  });

  it("worker threads write the same file as the main thread, rows in input order, with a party list", () => {
    const dir = tempDir();
    const example = fs.readFileSync(path.join(REPO, "examples", "orders-example.csv"), "utf8").split(/\r?\n/);
    const body = example.slice(1).filter(Boolean);
    const lines = [example[0]];
    for (let i = 0; i < 6000; i++) lines.push(i % 97 === 0 ? "" : body[i % body.length]);
    fs.writeFileSync(path.join(dir, "orders.csv"), lines.join("\n") + "\n");
    const list = path.join(REPO, "examples", "demo-list.csv");
    const a = runMain(["orders.csv", "--threads", "0", "--out", "a.csv", "--list", list], dir, "en_US.UTF-8");
    const b = runMain(["orders.csv", "--threads", "2", "--out", "b.csv", "--list", list], dir, "en_US.UTF-8");
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "b.csv")).equals(fs.readFileSync(path.join(dir, "a.csv")))).toBe(true);
    const out = readOutputCsv(path.join(dir, "b.csv"));
    expect(out.length).toBe(lines.length);
    const decision = out[0].indexOf("decision");
    const matches = out.filter((r) => r[out[0].indexOf("party_match_id")]);
    expect(matches.length).toBeGreaterThan(0);
    expect(out.slice(1).filter((r) => r[decision]).length).toBe(lines.length - 1 - Math.ceil(6000 / 97));
  });

  it("worker threads screening CSV pieces write the same file and summary as one stream parsed in the main thread", () => {
    const dir = tempDir();
    const example = fs.readFileSync(path.join(REPO, "examples", "orders-example.csv"), "utf8").split(/\r?\n/);
    const body = example.slice(1).filter(Boolean);
    const lines = ["Orders (title row)", example[0]];
    for (let i = 0; i < 4000; i++) {
      let l = body[i % body.length].replace(/^[^,]*/, `P-${i}`);
      if (i % 7 === 0) l = l.replace(",L/C at sight,", ',"L/C at sight\r\nsecond line, with ""quotes""",');
      lines.push(i % 89 === 0 ? "" : l);
    }
    fs.writeFileSync(path.join(dir, "orders.csv"), "\uFEFF" + lines.join("\r\n") + "\r\n");
    const list = ["--list", path.join(REPO, "examples", "demo-list.csv")];
    const a = runMain(["orders.csv", "--threads", "2", "--out", "a.csv", ...list], dir, "en_US.UTF-8", {
      ANPO_CSV_PIECES: "0",
    });
    const b = runMain(["orders.csv", "--threads", "2", "--out", "b.csv", ...list], dir, "en_US.UTF-8", {
      ANPO_CSV_PIECE_CHARS: "20000",
    });
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(b.stdout.replace("b.csv", "a.csv")).toBe(a.stdout);
    expect(fs.readFileSync(path.join(dir, "b.csv")).equals(fs.readFileSync(path.join(dir, "a.csv")))).toBe(true);
    expect(readOutputCsv(path.join(dir, "b.csv")).length).toBe(lines.length);
  });

  it("screens 130,000 rows (above the old stack overflow at about 125,000): every row has a result", () => {
    const dir = tempDir();
    const rows = [MIN_HEADER];
    for (let i = 0; i < 130_000; i++) rows.push(CLEAN_ROW(`ORD-${i}`, i % 2 ? "US" : "China"));
    fs.writeFileSync(path.join(dir, "big.csv"), csvText(rows));
    const r = runMain(["big.csv", "--quiet"], dir, "en_US.UTF-8");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Total\s+130000/);
    const out = readOutputCsv(path.join(dir, "big.screened.csv"));
    expect(out.length).toBe(130_001);
    const decision = out[0].indexOf("decision");
    expect(out.slice(1).every((r, i) => r[0] === `ORD-${i}` && r[decision] !== "")).toBe(true);
  });
});
