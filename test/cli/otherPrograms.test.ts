/**
 * Issue 11 — workbooks as other programs and clerks write them (an independent tester's classes), written with
 * openpyxl at test time (producers/make_other_programs.py) and screened by the CLI; the output is read back with
 * openpyxl, which is how a user's other tools would see it. Needs python3-openpyxl: skipped with a notice when
 * absent outside CI, a failure in CI.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cli, tempDir } from "./helpers";

const PY = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const MAKE = path.join(__dirname, "producers", "make_other_programs.py");
const hasOpenpyxl = spawnSync(PY, ["-c", "import openpyxl"]).status === 0;
if (process.env.CI && !hasOpenpyxl) throw new Error("CI: python3-openpyxl must be installed (.ci/run installs it)");
const d = hasOpenpyxl ? describe : describe.skip;
if (!hasOpenpyxl) console.warn("NOTICE: issue-11 workbook tests skipped: python3-openpyxl not installed");

function make(kind: string): { dir: string; input: string; output: string } {
  const dir = tempDir();
  const input = path.join(dir, `${kind}.xlsx`);
  const r = spawnSync(PY, [MAKE, kind, input], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return { dir, input, output: path.join(dir, `${kind}.screened.xlsx`) };
}

/** openpyxl's view of the output: per sheet, the merged ranges and the cells as [ref, value, isMerged]. */
function readBack(file: string): {
  sheets: string[];
  merged: Record<string, string[]>;
  cells: Record<string, Record<string, string>>;
} {
  const script = `
import json, sys, openpyxl
from openpyxl.cell.cell import MergedCell
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "merged": {}, "cells": {}}
for ws in wb.worksheets:
    out["merged"][ws.title] = [str(m) for m in ws.merged_cells.ranges]
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c, MergedCell) or c.value is None: continue
            cells[c.coordinate] = str(c.value)
    out["cells"][ws.title] = cells
print(json.dumps(out, ensure_ascii=False))
`;
  const r = spawnSync(PY, ["-c", script, file], { encoding: "utf8" });
  expect(r.stderr.replace(/.*UserWarning.*\n.*warn\(.*\n?/g, "")).toBe("");
  return JSON.parse(r.stdout);
}

d("issue 11: workbooks from other programs", () => {
  jest.setTimeout(120_000);

  it("C1: a user's merged note right of the table (only its first cell written) keeps the results out from under it", async () => {
    const { dir, output } = make("merge_right");
    const run = await cli(["merge_right.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("column U");
    const wb = readBack(output);
    expect(wb.merged["受注"]).toEqual(["P4:T4"]);
    const cells = wb.cells["受注"];
    expect(cells.P4).toBe("要確認：顧客へ電話済み");
    expect(cells.U1).toBe("decision");
    // Every order row (2..6) has its decision, row 4 included, and nothing was written in Q..T.
    for (const r of [2, 3, 4, 5, 6])
      expect(cells[`U${r}`]).toMatch(/^(PROHIBITED|LICENSE_REQUIRED|REVIEW|NO_LICENSE)$/);
    expect(Object.keys(cells).filter((k) => /^[Q-T]\d+$/.test(k))).toEqual([]);
  });

  it("C2: no room before column XFD: refused with a message in both languages, exit 2, nothing written", async () => {
    const { dir, output } = make("note_xfa");
    const run = await cli(["note_xfa.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("XFD");
    expect(run.stderr).toContain("Nothing was written");
    expect(run.stderr).toContain("何も書き出していません");
    expect(fs.existsSync(output)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(["note_xfa.xlsx"]);
    // jsonl has no columns to fit and still works.
    const jsonl = await cli(["note_xfa.xlsx", "--format", "jsonl", "--threads", "0"], { cwd: dir });
    expect(jsonl.code).toBe(0);
  });

  it("C8: a package without a styles part gets xl/styles.xml, which openpyxl opens", async () => {
    const { dir, output } = make("no_styles");
    const run = await cli(["no_styles.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.code).toBe(0);
    const wb = readBack(output);
    expect(wb.cells["受注"].J1).toBe("decision");
    const list = spawnSync(
      PY,
      ["-c", "import sys,zipfile;print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", output],
      {
        encoding: "utf8",
      },
    ).stdout;
    expect(list.split("\n")).toContain("xl/styles.xml");
    expect(list).not.toContain("anpo-styles");
  });

  it("C5: a repeated header row, a totals row, a count line and a footnote get no decision; an order without an id does", async () => {
    const { dir, output } = make("repeat_header");
    const run = await cli(["repeat_header.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.code).toBe(0);
    const cells = readBack(output).cells["受注"];
    // Rows: 1 header, 2-6 orders, 7 合計, 8 blank, 9 repeated header, 10-12 orders, 13 件数, 14 ※, 15 an order without an id.
    const decided = Object.keys(cells)
      .filter((k) => /^J\d+$/.test(k))
      .map((k) => Number(k.slice(1)))
      .sort((a, b) => a - b);
    expect(decided).toEqual([1, 2, 3, 4, 5, 6, 10, 11, 12, 15]);
    expect(cells.J1).toBe("decision");
    expect(run.stdout).toContain("repeating the header's names (row 9)");
    expect(run.stdout).toContain("(row 7, 13, 14) were read as totals or footnotes");
    // The same rows in the JSON lines output.
    const jl = await cli(["repeat_header.xlsx", "--format", "jsonl", "--threads", "0"], { cwd: dir });
    expect(jl.code).toBe(0);
    const lines = fs
      .readFileSync(path.join(dir, "repeat_header.screened.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).row as number);
    expect(lines).toEqual([2, 3, 4, 5, 6, 10, 11, 12, 15]);
  });

  it("C4b: a 記入例 sheet with the same headers before the order sheet is passed over, and the note says so", async () => {
    const { dir, output } = make("example_sheet");
    const run = await cli(["example_sheet.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("[Sheet: 受注]");
    expect(run.stdout).toContain('"記入例" is named as an example or template sheet and was not screened');
    const wb = readBack(output);
    expect(wb.cells["受注"].J1).toBe("decision");
    for (const r of [2, 3, 4, 5, 6]) expect(wb.cells["受注"][`J${r}`]).toBeDefined();
    expect(Object.keys(wb.cells["記入例"]).filter((k) => k.startsWith("J"))).toEqual([]);
    const named = await cli(["example_sheet.xlsx", "--sheet", "記入例", "--out", "ex.xlsx", "--threads", "0"], {
      cwd: dir,
    });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain("[Sheet: 記入例]");
  });

  it("C9: an explanation quoting a 32,767-character party cell is cut at Excel's cell limit with a visible marker", async () => {
    const { dir, output } = make("long_party");
    const run = await cli(["long_party.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.code).toBe(0);
    const cells = readBack(output).cells["受注"];
    expect(cells.F3.length).toBe(32767);
    const lengths = Object.values(cells).map((v) => v.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(32767);
    const explanation = cells[`${String.fromCharCode(74 + 3)}3`]; // decision J, explanation M
    expect(explanation.length).toBe(32767);
    expect(explanation).toMatch(
      /…\n\(cut at Excel's cell limit of 32,767 characters; the full result is in --format jsonl\)$/,
    );
    expect(cells.M2.length).toBeLessThan(2000); // an ordinary row is not touched
  });
});
