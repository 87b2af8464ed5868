/**
 * Workbooks written by ExcelJS, openpyxl and LibreOffice (headless), screened by the CLI: every part the run does not
 * rewrite is byte-identical to the input's (compressed bytes and content), every input cell keeps its value and
 * style (checked independently with openpyxl), comments keep their text and author, tables survive, and LibreOffice
 * opens the output (headless conversion to CSV) with the decision column readable.
 * Needs python3-openpyxl and libreoffice-calc-nogui (installed by .ci/run); skipped with a notice when absent
 * outside CI, a failure in CI.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { DECISIONS } from "../../src/engine";
import { SafeOutput } from "../../src/cli/safeOutput";
import { readZip, entryBytes, ZipWriter } from "../../src/cli/zipPackage";
import { cli, tempDir } from "./helpers";
import { GS_PARTS, writeGoogleSheetsLike } from "./producers/googleSheetsLike";

const PY = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const HERE = path.join(__dirname, "producers");
const hasOpenpyxl = spawnSync(PY, ["-c", "import openpyxl"]).status === 0;
const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (process.env.CI && (!hasOpenpyxl || !hasSoffice)) {
  throw new Error("CI: python3-openpyxl and libreoffice-calc-nogui must be installed (.ci/run installs them)");
}

function soffice(args: string[], cwd: string): void {
  const profile = `file://${tempDir()}`;
  const r = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args], {
    cwd,
    encoding: "utf8",
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
}

/** Parts the CLI rewrites; everything else must come out byte for byte. */
function rewritten(names: string[]): (name: string) => boolean {
  return (name) =>
    name === "[Content_Types].xml" ||
    /(^|\/)workbook\.xml$/.test(name) ||
    /(^|\/)_rels\/workbook\.xml\.rels$/.test(name) ||
    /(^|\/)styles\.xml$/.test(name) ||
    names.includes(name);
}

function checkUntouchedParts(input: string, output: string, sheetPart: string, alsoRewritten: string[] = []): number {
  const a = fs.readFileSync(input);
  const b = fs.readFileSync(output);
  const ea = readZip(a, input);
  const eb = new Map(readZip(b, output).map((e) => [e.name, e]));
  const isRewritten = rewritten([sheetPart, ...alsoRewritten]);
  let compared = 0;
  for (const e of ea) {
    const o = eb.get(e.name);
    expect([e.name, o !== undefined]).toEqual([e.name, true]);
    if (isRewritten(e.name)) continue;
    expect([e.name, Buffer.from(entryBytes(b, o!, output)).equals(Buffer.from(entryBytes(a, e, input)))]).toEqual([
      e.name,
      true,
    ]);
    const rawA = a.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    const rawB = b.subarray(o!.dataOffset, o!.dataOffset + o!.compressedSize);
    expect([e.name, rawA.equals(rawB)]).toEqual([e.name, true]);
    compared++;
  }
  return compared;
}

function compareCells(input: string, output: string): void {
  const r = spawnSync(PY, [path.join(HERE, "compare_cells.py"), input, output], { encoding: "utf8" });
  expect(r.stdout.trim()).toBe("");
  expect(r.status).toBe(0);
}

/** LibreOffice converts the output's first sheet to CSV: the decision column is there with decisions. */
function libreOfficeReads(output: string): string[][] {
  const dir = tempDir();
  soffice(["--convert-to", "csv", "--outdir", dir, output], dir);
  const csv = fs.readFileSync(path.join(dir, path.basename(output).replace(/\.xlsx$/, ".csv")), "utf8");
  return parse(csv, { relax_column_count: true }) as string[][];
}

/** Every order row has a decision; the clean first row is NO_LICENSE, the lathe for an army depot is not. */
function expectDecisions(values: string[]): void {
  for (const v of values) expect(DECISIONS).toContain(v);
  expect(values[0]).toBe("NO_LICENSE");
  expect(values[1]).not.toBe("NO_LICENSE");
}

const d = hasOpenpyxl && hasSoffice ? describe : describe.skip;
if (!hasOpenpyxl || !hasSoffice)
  console.warn("NOTICE: workbook producer tests skipped: python3-openpyxl or LibreOffice (soffice) not installed");

d("workbooks from other producers", () => {
  jest.setTimeout(400_000);

  it("openpyxl (comments, table, validation, conditional format, chart, defined name)", async () => {
    const dir = tempDir();
    const input = path.join(dir, "op.xlsx");
    const r = spawnSync(PY, [path.join(HERE, "make_openpyxl.py"), input], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const run = await cli(["op.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const output = path.join(dir, "op.screened.xlsx");
    expect(checkUntouchedParts(input, output, "xl/worksheets/sheet1.xml")).toBeGreaterThanOrEqual(6);
    compareCells(input, output);
    const rows = libreOfficeReads(output);
    const col = rows[0].indexOf("decision");
    expect(col).toBe(10);
    expectDecisions(rows.slice(1, 4).map((row) => row[col]));
  });

  it("LibreOffice (the openpyxl workbook saved again by LibreOffice Calc, table included)", async () => {
    const dir = tempDir();
    const src = path.join(dir, "src");
    fs.mkdirSync(src);
    spawnSync(PY, [path.join(HERE, "make_openpyxl.py"), path.join(src, "lo.xlsx")]);
    soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dir, path.join(src, "lo.xlsx")], dir);
    const input = path.join(dir, "lo.xlsx");
    const app = new ExcelJS.Workbook();
    await app.xlsx.readFile(input); // really a LibreOffice file:
    const props = readZip(fs.readFileSync(input), input).find((e) => e.name === "docProps/app.xml")!;
    expect(Buffer.from(entryBytes(fs.readFileSync(input), props, input)).toString()).toMatch(/LibreOffice/);
    const run = await cli(["lo.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const output = path.join(dir, "lo.screened.xlsx");
    expect(checkUntouchedParts(input, output, "xl/worksheets/sheet1.xml")).toBeGreaterThanOrEqual(4);
    compareCells(input, output);
    const rows = libreOfficeReads(output);
    const col = rows[0].indexOf("decision");
    expectDecisions(rows.slice(1, 4).map((row) => row[col]));
  });

  it("Google Sheets–like layout (absolute targets, other part names, no docProps, ids not rIdN)", async () => {
    const dir = tempDir();
    const input = path.join(dir, "gs.xlsx");
    writeGoogleSheetsLike(input, [
      ["注文番号", "品名", "HSコード", "該非判定", "仕向地", "最終需要者", "用途", "納期", "取引開始"],
      ["GS-1", "ボールバルブ", "8481.80", "非該当", "米国", "Example Valve Works", "配管", "2027-01-31", "2010-01-01"],
      ["GS-2", "旋盤", "845891000", "非該当", "中国", "Coastal Army Depot", "加工", "2027-01-31", "2026-10-01"],
    ]);
    const run = await cli(["gs.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("受注一覧");
    const output = path.join(dir, "gs.screened.xlsx");
    // Shared strings, theme, the second sheet and the root relationships come out byte for byte.
    expect(checkUntouchedParts(input, output, GS_PARTS.sheet, [GS_PARTS.styles])).toBe(4);
    compareCells(input, output);
    const rows = libreOfficeReads(output);
    const col = rows[0].indexOf("decision");
    expect(col).toBe(9);
    expectDecisions(rows.slice(1, 3).map((row) => row[col]));
  });

  it("ExcelJS (a note, data validation, a formula); .xlsm keeps vbaProject.bin", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("受注");
    ws.addRow(["注文番号", "品名", "HSコード", "該非判定", "仕向地", "最終需要者", "用途", "納期", "取引開始"]);
    ws.addRow([
      "EJ-1",
      "ボールバルブ",
      "8481.80",
      "非該当",
      "米国",
      "Example Valve Works",
      "配管",
      "2027-01-31",
      "2010-01-01",
    ]);
    ws.addRow([
      "EJ-2",
      "旋盤",
      "845891000",
      "非該当",
      "中国",
      "Coastal Army Depot",
      "加工",
      "2027-01-31",
      "2026-10-01",
    ]);
    ws.getCell("A2").note = { texts: [{ text: "確認済み" }], margins: { insetmode: "auto" } } as ExcelJS.Comment;
    ws.getCell("D2").dataValidation = { type: "list", allowBlank: true, formulae: ['"該当,非該当"'] };
    ws.getCell("B3").font = { bold: true, color: { argb: "FFFF0000" } };
    ws.getCell("J2").value = { formula: "1+1", result: 2 };
    await wb.xlsx.writeFile(path.join(dir, "ej.xlsx"));
    const run = await cli(["ej.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const input = path.join(dir, "ej.xlsx");
    const output = path.join(dir, "ej.screened.xlsx");
    expect(checkUntouchedParts(input, output, "xl/worksheets/sheet1.xml")).toBeGreaterThanOrEqual(3);
    compareCells(input, output);
    const rows = libreOfficeReads(output);
    const col = rows[0].indexOf("decision");
    expect(col).toBe(10);
    expectDecisions(rows.slice(1, 3).map((row) => row[col]));

    // .xlsm: the same package with a macro part; vbaProject.bin comes out byte for byte.
    const xlsm = path.join(dir, "ej.xlsm");
    const bytes = fs.readFileSync(input);
    const safe = new SafeOutput(xlsm);
    const zip = new ZipWriter(safe);
    for (const e of readZip(bytes, input)) zip.copy(bytes, e);
    const macro = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    zip.add("xl/vbaProject.bin", macro);
    zip.finish();
    safe.commit();
    const m = await cli(["ej.xlsm", "--threads", "0"], { cwd: dir });
    expect(m.code).toBe(0);
    const outM = path.join(dir, "ej.screened.xlsm");
    const buf = fs.readFileSync(outM);
    const vba = readZip(buf, outM).find((e) => e.name === "xl/vbaProject.bin")!;
    expect(Buffer.from(entryBytes(buf, vba, outM)).equals(macro)).toBe(true);
  });
});
