/** For pipelines: --fail-on (exit 3 at or above a decision) and --format jsonl (every field of the Result). */
import * as fs from "fs";
import * as path from "path";
import { CLEAN_ROW, EXAMPLE_CSV, MIN_HEADER, cli, csvText, tempDir } from "./helpers";

describe("--fail-on", () => {
  it("exits 3 when a row is at or above the level, 0 when none is, and still writes the output", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "o.csv"), csvText([MIN_HEADER, CLEAN_ROW("A1"), CLEAN_ROW("A2", "North Korea")]));
    const hit = await cli(["o.csv", "--fail-on", "PROHIBITED"], { cwd: dir });
    expect(hit.code).toBe(3);
    expect(hit.stderr).toContain("--fail-on PROHIBITED: 1 row(s) at or above PROHIBITED (exit code 3).");
    expect(fs.existsSync(path.join(dir, "o.screened.csv"))).toBe(true);
    fs.writeFileSync(path.join(dir, "c.csv"), csvText([MIN_HEADER, CLEAN_ROW("A1")]));
    const clean = await cli(["c.csv", "--fail-on", "review"], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe("");
  });

  it("refuses an unknown level with exit 2", async () => {
    const r = await cli(["--fail-on", "NO_LICENSE"], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--fail-on must be REVIEW, LICENSE_REQUIRED or PROHIBITED");
  });
});

describe("--format jsonl", () => {
  it("writes one line per screened row with the row number, order id, columns and the whole Result", async () => {
    const dir = tempDir();
    const r = await cli(["--format", "jsonl", "--out", path.join(dir, "x.jsonl")], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = fs.readFileSync(path.join(dir, "x.jsonl"), "utf8").trim().split("\n");
    const input = fs.readFileSync(EXAMPLE_CSV, "utf8").trim().split(/\r?\n/);
    expect(lines).toHaveLength(input.length - 1);
    const first = JSON.parse(lines[0]);
    expect(first.row).toBe(2);
    expect(first.order_id).toBe("EX-001");
    expect(Object.keys(first.result).sort()).toEqual(
      ["decision", "notes", "pack", "partyMatches", "path", "reasons", "redFlags", "versions"].sort(),
    );
    expect(first.columns.decision).toBe(first.result.decision);
    expect(lines.map((l) => JSON.parse(l).row)).toEqual(lines.map((_, i) => i + 2));
  });

  it("defaults to <input>.screened.jsonl and refuses an --out with another type", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "o.csv"), csvText([MIN_HEADER, CLEAN_ROW("A1")]));
    expect((await cli(["o.csv", "--format", "jsonl"], { cwd: dir })).code).toBe(0);
    expect(fs.existsSync(path.join(dir, "o.screened.jsonl"))).toBe(true);
    expect((await cli(["o.csv", "--format", "jsonl", "--out", "x.csv"], { cwd: dir })).code).toBe(2);
  });
});
