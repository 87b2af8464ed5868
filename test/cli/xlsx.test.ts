/**
 * CLI end-to-end on real .xlsx workbooks written with ExcelJS: the output is the same workbook with every
 * original cell (value and style) untouched, output columns appended after the last used column, decision
 * cells coloured and a summary sheet added.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { DECISIONS, OUTPUT_COLUMNS } from "../../src/engine";
import { DECISION_COLOURS } from "../../src/cli/xlsxPatch";
import { MIN_HEADER, cli, tempDir } from "./helpers";

const HEADER = [...MIN_HEADER, "consignee", "end_user_country"];
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Builds the test workbook: a title row, a styled header, varied cell types, a second sheet. */
async function writeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("受注一覧");
  ws.getCell("A1").value = "受注一覧（2026年11月）";
  ws.getCell("A1").font = { bold: true, size: 16, color: { argb: "FF1F4E79" } };
  ws.mergeCells("A1:D1");
  const header = ws.getRow(2);
  HEADER.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    c.border = { bottom: { style: "thin" } };
  });
  const data: unknown[][] = [
    // plain, Group A
    [
      "X-1",
      "Ball valves",
      "8481.80",
      "non-controlled",
      "US",
      "Valle Works",
      "Brewery piping",
      new Date(Date.UTC(2027, 0, 31)),
      new Date(Date.UTC(2010, 0, 1)),
      "Valle Works",
      "US",
    ],
    // destination from a formula with a cached result (KP) → PROHIBITED
    [
      "X-2",
      "Bicycle parts",
      "8714.91",
      "non-controlled",
      { formula: '"K"&"P"', result: "KP" },
      "Taedong Works",
      "Bicycles",
      "2027-01-31",
      "2010-01-01",
      "",
      "",
    ],
    // destination formula without cached result → unreadable (never blank)
    [
      "X-3",
      "Pumps",
      "8413.70",
      "non-controlled",
      { formula: "Z99" },
      "Pump Co",
      "Water supply",
      "2027-01-31",
      "2010-01-01",
      "",
      "",
    ],
    // HS code kept as a number with a zero-padded format: 090210 (green tea, chapter 09) is outside 16項
    ["X-4", "Green tea", 90210, "non-controlled", "China", "Tea House", "Retail", "2027-01-31", "2010-01-01", "", ""],
    // Excel error value in the HS cell
    [
      "X-5",
      "Flaw detector",
      { error: "#N/A" },
      "non-controlled",
      "SG",
      "Merlion Inspection",
      "Weld inspection",
      "2027-01-31",
      "2010-01-01",
      "",
      "",
    ],
    // rich text end user naming a military body, hyperlink item; 9-digit statistical code as a number
    [
      "X-6",
      { text: "Lathe", hyperlink: "https://example.invalid/lathe" },
      845891000,
      "non-controlled",
      "Viet Nam",
      { richText: [{ text: "Coastal " }, { font: { bold: true }, text: "Army" }, { text: " Depot" }] },
      "Shaft turning",
      "2027-01-31",
      "2010-01-01",
      "",
      "",
    ],
    // HS code as a number 901.21 shown as 0901.21 by its format "0000.00" (roasted coffee, chapter 09)
    [
      "X-8",
      "Roasted coffee",
      901.21,
      "non-controlled",
      "Viet Nam",
      "Mekong Cafe",
      "Retail",
      "2027-01-31",
      "2010-01-01",
      "",
      "",
    ],
    // list-controlled
    [
      "X-7",
      "Carbon fibre",
      "6815.10",
      "controlled 1項",
      "DE",
      "Faser GmbH",
      "Bicycle frames",
      "2027-01-31",
      "2010-01-01",
      "",
      "",
    ],
  ];
  data.forEach((values, k) => {
    const row = ws.getRow(3 + k);
    values.forEach((v, i) => (row.getCell(i + 1).value = v as ExcelJS.CellValue));
  });
  ws.getCell("C6").numFmt = "000000";
  ws.getCell("C9").numFmt = "0000.00";
  ws.getCell("A3").font = { italic: true, color: { argb: "FFFF0000" } };
  ws.getCell("B3").alignment = { wrapText: true };
  ws.getCell("H3").numFmt = "yyyy-mm-dd";
  ws.getColumn(2).width = 33;
  // a styled but empty cell to the right of the data: the output must start after it
  ws.getCell("N4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B0F0" } };
  // below blank rows: a totals line in the order-number column (not an order: no item, party or destination) and a remark
  // in an unmapped column only (not an order)
  ws.getCell("A20").value = "合計 7 件";
  ws.getCell("L21").value = "備考: 出荷前に再確認";
  const other = wb.addWorksheet("Other");
  other.addRow(HEADER);
  other.addRow(["O-1", "Valves", "8481.80", "non-controlled", "KP", "X", "Y", "2027-01-31", "2010-01-01"]);
  await wb.xlsx.writeFile(file);
}

describe("xlsx output", () => {
  let dir: string;
  let input: string;
  let output: string;
  let run: Awaited<ReturnType<typeof cli>>;
  let inBook: ExcelJS.Workbook;
  let outBook: ExcelJS.Workbook;
  let hashBefore: string;

  beforeAll(async () => {
    dir = tempDir();
    input = path.join(dir, "orders.xlsx");
    output = path.join(dir, "orders.screened.xlsx");
    await writeWorkbook(input);
    hashBefore = sha(input);
    run = await cli([input, "--lang", "ja"], { cwd: dir });
    inBook = new ExcelJS.Workbook();
    await inBook.xlsx.readFile(input);
    outBook = new ExcelJS.Workbook();
    await outBook.xlsx.readFile(output);
  });

  it("exits 0, leaves the input file byte-for-byte unchanged and no temporary file behind", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(sha(input)).toBe(hashBefore);
    expect(fs.readdirSync(dir).sort()).toEqual(["orders.screened.xlsx", "orders.xlsx"]);
  });

  it("keeps every original cell's value and style on every sheet", () => {
    for (const sheetIn of inBook.worksheets) {
      const sheetOut = outBook.getWorksheet(sheetIn.name)!;
      expect(sheetOut).toBeDefined();
      const lastCol = sheetIn.columnCount;
      sheetIn.eachRow({ includeEmpty: true }, (rowIn, r) => {
        for (let c = 1; c <= lastCol; c++) {
          const a = rowIn.getCell(c);
          const b = sheetOut.getRow(r).getCell(c);
          expect([a.address, JSON.stringify(b.value)]).toEqual([a.address, JSON.stringify(a.value)]);
          expect([a.address, JSON.stringify(b.style)]).toEqual([a.address, JSON.stringify(a.style)]);
        }
      });
      expect(sheetOut.getColumn(2).width).toBe(sheetIn.getColumn(2).width);
    }
    const ws = outBook.getWorksheet("受注一覧")!;
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("E4").formula).toBe('"K"&"P"');
    expect(ws.getCell("C6").numFmt).toBe("000000");
  });

  it("appends the output columns after the last used column (past the styled empty cell N4)", () => {
    const ws = outBook.getWorksheet("受注一覧")!;
    const start = 15; // column O
    expect(OUTPUT_COLUMNS.map((_, k) => ws.getRow(2).getCell(start + k).value)).toEqual([...OUTPUT_COLUMNS]);
    expect(ws.getRow(2).getCell(start - 1).value).toBeNull();
    expect(run.stdout).toContain("O 列から");
    // the title row, a remark-only row and the totals line (合計 in column A, nothing else) get no output
    expect(ws.getRow(1).getCell(start).value).toBeNull();
    expect(ws.getRow(21).getCell(start).value).toBeNull();
    expect(ws.getRow(20).getCell(start).value).toBeNull();
    expect(run.stdout).toContain("行 20）は合計・注記の行とみなし、判定していません");
  });

  it("screens each row from the values Excel shows", () => {
    const ws = outBook.getWorksheet("受注一覧")!;
    const col = (name: string) => 15 + OUTPUT_COLUMNS.indexOf(name as (typeof OUTPUT_COLUMNS)[number]);
    const decision = (r: number) => ws.getRow(r).getCell(col("decision")).value;
    const reasons = (r: number) => String(ws.getRow(r).getCell(col("reasons")).value ?? "");
    expect(decision(3)).toBe("NO_LICENSE"); // Group A, clean
    expect(decision(4)).toBe("PROHIBITED"); // cached formula result KP
    expect(reasons(5)).toContain("INPUT_UNREADABLE"); // uncached formula → unreadable destination, not blank
    expect(reasons(6)).toContain("NOT_CATCH_ALL_SCOPE"); // 090210 with its leading zero
    expect(reasons(7)).toContain("HS_INVALID"); // #N/A
    expect(reasons(8)).toContain("MILITARY_END_USER_SUSPECTED"); // rich text "Coastal Army Depot"
    expect(reasons(8)).toContain("SPECIFIED_ITEM_16_1"); // 845891000 = lathe
    expect(reasons(9)).toContain("NOT_CATCH_ALL_SCOPE"); // 901.21 shown as 0901.21 → coffee
    expect(decision(10)).toBe("LICENSE_REQUIRED");
    expect(ws.getRow(3).getCell(col("decision_label")).value).toBe("申請不要");
  });

  it("colours decision cells", () => {
    const ws = outBook.getWorksheet("受注一覧")!;
    const col = 15;
    for (let r = 3; r <= 10; r++) {
      const cell = ws.getRow(r).getCell(col);
      const d = cell.value as (typeof DECISIONS)[number];
      expect(DECISIONS).toContain(d);
      const fill = cell.fill as ExcelJS.FillPattern;
      expect([d, fill.fgColor?.argb]).toEqual([d, DECISION_COLOURS[d].fill]);
      expect(cell.font.color?.argb).toBe(DECISION_COLOURS[d].font);
    }
  });

  it("adds a summary sheet with counts, versions, mapping and notes", () => {
    const names = outBook.worksheets.map((w) => w.name);
    expect(names).toEqual(["受注一覧", "Other", "判定サマリー"]);
    const sum = outBook.getWorksheet("判定サマリー")!;
    const text: string[] = [];
    sum.eachRow((row) =>
      text.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (v === null || v === undefined ? "" : String(v)))
          .join("|"),
      ),
    );
    const all = text.join("\n");
    expect(all).toContain("PROHIBITED|輸出禁止|1");
    expect(all).toContain("LICENSE_REQUIRED|許可申請要|1");
    expect(all).toMatch(/合計\|\|8/);
    expect(all).toMatch(/空行（判定せず）\|\|10/);
    expect(all).toContain("jp-catch-all@");
    expect(all).toContain("C hs_code → hs_code (HSコード（統計品目番号）)");
    expect(all).toContain("数式のセルが 1 個");
    expect(all).toContain("E5");
    const colourCell = sum.getColumn(1).values.findIndex((v) => v === "PROHIBITED");
    expect((sum.getRow(colourCell).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      DECISION_COLOURS.PROHIBITED.fill,
    );
  });

  it("prints the formula notes and the summary table", () => {
    expect(run.stdout).toContain("数式のセルが 1 個あり");
    expect(run.stdout).toContain(
      "数式のセル 1 個に保存された計算結果がありません（E5）。空欄ではなく読めない値として扱い",
    );
    expect(run.stdout).toMatch(/合計\s+8/);
    expect(run.stdout).toContain("見出し行は 2 行目です");
  });

  it("screens another sheet with --sheet and leaves the first one alone", async () => {
    const out2 = path.join(dir, "other.xlsx");
    const r = await cli([input, "--sheet", "Other", "--out", out2], { cwd: dir });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out2);
    expect(
      wb
        .getWorksheet("Other")!
        .getRow(2)
        .getCell(HEADER.length + 1).value,
    ).toBe("PROHIBITED");
    expect(wb.getWorksheet("受注一覧")!.getRow(2).getCell(15).value).toBeNull();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["受注一覧", "Other", "Screening summary"]);
  });

  it("re-screening an output names the new summary sheet uniquely and appends again", async () => {
    const again = path.join(dir, "again.xlsx");
    const r = await cli([output, "--out", again, "--lang", "ja"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("すでに判定結果の列");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["受注一覧", "Other", "判定サマリー", "判定サマリー (2)"]);
    expect(
      wb
        .getWorksheet("受注一覧")!
        .getRow(2)
        .getCell(15 + OUTPUT_COLUMNS.length).value,
    ).toBe("decision");
  });
});
