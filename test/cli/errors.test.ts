/**
 * Unusable input and arguments: exit code 2 with a clear message in the chosen language, no output file,
 * the input never touched.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CLEAN_ROW, MIN_HEADER, cli, csvText, tempDir } from "./helpers";

function setup(name: string, content: string | Buffer): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return { dir, file };
}

/** Files in the folder besides the input: there must be no output and no temporary file. */
function others(dir: string, input: string): string[] {
  return fs.readdirSync(dir).filter((f) => f !== path.basename(input));
}

describe("exit code 2 on unusable input", () => {
  it("missing file", async () => {
    const dir = tempDir();
    const r = await cli([path.join(dir, "nope.csv")], { cwd: dir, lang: "ja_JP.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ファイルが見つかりません");
    // the chosen language first, the other one after it
    expect(r.stderr.indexOf("ファイルが見つかりません")).toBeLessThan(r.stderr.indexOf("File not found"));
    expect(r.stdout).toBe("");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("empty file and whitespace-only file", async () => {
    for (const content of ["", " \r\n\r\n  "]) {
      const { dir, file } = setup("empty.csv", content);
      const r = await cli([file], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("The file is empty");
      expect(others(dir, file)).toEqual([]);
    }
  });

  it("no header row", async () => {
    const { dir, file } = setup(
      "nohead.csv",
      csvText([
        ["A-1", "Valves", "8481.80", "US"],
        ["A-2", "Lathe", "8458.11", "CN"],
      ]),
    );
    const r = await cli([file], { cwd: dir, lang: "ja_JP.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("見出し行が見つかりません");
    expect(others(dir, file)).toEqual([]);
  });

  it("missing required columns: names each one, in English and in Japanese", async () => {
    const { dir, file } = setup(
      "partial.csv",
      csvText([
        ["order_id", "品名", "仕向地", "用途"],
        ["A-1", "Valves", "US", "Brewery"],
      ]),
    );
    const en = await cli([file], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("Required columns are missing");
    for (const f of ["(hs_code)", "(list_control)", "(end_user)"]) expect(en.stderr).toContain(f);
    expect(en.stderr).not.toContain("(destination)");
    const ja = await cli([file, "--lang", "ja"], { cwd: dir });
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain("必須の列「該非判定」（list_control）が見つかりません");
    expect(others(dir, file)).toEqual([]);
  });

  it("header but no order rows", async () => {
    const { dir, file } = setup("headonly.csv", csvText([MIN_HEADER, [""], MIN_HEADER.map(() => "")]));
    const r = await cli([file], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no rows to screen");
  });

  it("unreadable .xlsx: not a zip, a zip that is not a workbook, an old .xls", async () => {
    const garbage = setup("bad.xlsx", "this is not a workbook");
    let r = await cli([garbage.file], { cwd: garbage.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot read as an .xlsx workbook");

    // a real zip (an .xlsx with its workbook part missing would be the same): use a docx-like zip made by ExcelJS' own writer
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x");
    const zipBytes = Buffer.from(await wb.xlsx.writeBuffer());
    const truncated = setup("trunc.xlsx", zipBytes.subarray(0, Math.floor(zipBytes.length / 2)));
    r = await cli([truncated.file], { cwd: truncated.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot read as an .xlsx workbook");
    expect(others(truncated.dir, truncated.file)).toEqual([]);

    const cfb = setup("old.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    r = await cli([cfb.file], { cwd: cfb.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("encrypted workbook or old .xls format");

    const xls = setup("old.xls", "x");
    r = await cli([xls.file], { cwd: xls.dir, lang: "ja_JP.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".xlsx として保存し直してください");
  });

  it("a CSV with an unclosed quote", async () => {
    const { dir, file } = setup(
      "quote.csv",
      `${MIN_HEADER.join(",")}\nA-1,"Valves,8481.80,non-controlled,US,X,Y,2027-01-01,2010-01-01\n`,
    );
    const r = await cli([file], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot parse the CSV");
    expect(others(dir, file)).toEqual([]);
  });

  it("a workbook renamed to .csv", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x").addRow(MIN_HEADER);
    const { dir, file } = setup("renamed.csv", Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await cli([file], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("looks like an Excel workbook");
  });

  it("empty sheet and unknown --sheet name", async () => {
    const dir = tempDir();
    const file = path.join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Leer");
    wb.addWorksheet("Orders").addRows([MIN_HEADER, CLEAN_ROW("A-1")]);
    await wb.xlsx.writeFile(file);
    // Without --sheet the empty first sheet is passed over (sheetChoice.ts); named, it is refused.
    let r = await cli([file], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Screened sheet "Orders" ("Leer" has no header row)');
    r = await cli([file, "--sheet", "Leer"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Sheet "Leer" has no data');
    r = await cli([file, "--sheet", "Bestellungen"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No sheet named "Bestellungen". Sheets: Leer, Orders');
    r = await cli([file, "--sheet", "orders"], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

describe("the input is never overwritten", () => {
  it("refuses --out equal to the input, however it is spelled", async () => {
    const { dir, file } = setup("orders.csv", csvText([MIN_HEADER, CLEAN_ROW("A-1")]));
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;
    for (const out of [file, "orders.csv", "./sub/../orders.csv"]) {
      const r = await cli([file, "--out", out], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("never overwrites its input");
    }
    fs.linkSync(file, path.join(dir, "hardlink.csv"));
    const r = await cli([file, "--out", "hardlink.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(fs.readFileSync(file)).toEqual(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });

  it("refuses an output that would replace a list or previous file", async () => {
    const { dir, file } = setup("orders.csv", csvText([MIN_HEADER, CLEAN_ROW("A-1")]));
    fs.writeFileSync(path.join(dir, "prev.csv"), "x");
    const r = await cli([file, "--previous", "prev.csv", "--out", "prev.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, "prev.csv"), "utf8")).toBe("x");
  });

  it("a default output name never equals the input, and re-running replaces only the output", async () => {
    const { dir, file } = setup("orders.csv", csvText([MIN_HEADER, CLEAN_ROW("A-1")]));
    const before = fs.readFileSync(file);
    expect((await cli([file], { cwd: dir })).code).toBe(0);
    expect((await cli([file], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(file)).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(["orders.csv", "orders.screened.csv"]);
  });

  it("a failed write leaves no partial output and no temporary file", async () => {
    const { dir, file } = setup("orders.csv", csvText([MIN_HEADER, CLEAN_ROW("A-1")]));
    fs.mkdirSync(path.join(dir, "taken.csv")); // the target is a folder: the final rename fails
    const r = await cli([file, "--out", "taken.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot write the output");
    expect(fs.readdirSync(dir).sort()).toEqual(["orders.csv", "taken.csv"]);
    expect(fs.readdirSync(path.join(dir, "taken.csv"))).toEqual([]);
  });

  it("refuses an output folder that does not exist and a mismatched output type", async () => {
    const { dir, file } = setup("orders.csv", csvText([MIN_HEADER, CLEAN_ROW("A-1")]));
    let r = await cli([file, "--out", "no/such/dir/x.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The output folder does not exist");
    r = await cli([file, "--out", "x.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("must match the input type");
  });
});

describe("arguments", () => {
  it("rejects unknown options, a bad --lang and two inputs", async () => {
    const dir = tempDir();
    let r = await cli(["--frobnicate"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Invalid arguments");
    r = await cli(["--lang", "de"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--lang must be ja or en");
    r = await cli(["a.csv", "b.csv"], { cwd: dir, lang: "ja_JP.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("入力ファイルは 1 つだけ");
  });

  it("--help prints the usage in the chosen language and exits 0", async () => {
    const dir = tempDir();
    const en = await cli(["--help"], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Usage: npm run screen");
    const ja = await cli(["--help"], { cwd: dir, lang: "ja_JP.UTF-8" });
    expect(ja.stdout).toContain("使い方");
  });
});
