/**
 * Which sheet is screened when the user names none (src/cli/sheetChoice.ts): order workbooks often open with a
 * cover or notes sheet. The first visible sheet with a header row is screened and a note names the sheets passed
 * over; a hidden order sheet is not picked; a workbook with no header row anywhere stops with the sheet names.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { OUTPUT_COLUMNS } from "../../src/engine";
import { CLEAN_ROW, MIN_HEADER, cli, tempDir } from "./helpers";

async function book(
  file: string,
  sheets: Array<{ name: string; rows: unknown[][]; state?: "visible" | "hidden" }>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? "visible" });
    s.rows.forEach((r, i) => (ws.getRow(i + 1).values = r as ExcelJS.CellValue[]));
  }
  await wb.xlsx.writeFile(file);
}

const cover = { name: "表紙", rows: [["2026年11月 受注一覧"], ["作成: 営業部 輸出課"]] };
const orders = (name: string) => ({ name, rows: [[], ["受注一覧（11月分）"], MIN_HEADER, CLEAN_ROW("S-1")] });

async function decisionOf(file: string, sheet: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb
    .getWorksheet(sheet)!
    .getRow(4)
    .getCell(MIN_HEADER.length + 1 + OUTPUT_COLUMNS.indexOf("decision")).value;
}

describe("choosing the sheet to screen", () => {
  const dir = tempDir();

  it("passes over a cover sheet without a header row and says so, in ja and en", async () => {
    const input = path.join(dir, "cover.xlsx");
    await book(input, [cover, orders("受注明細")]);
    const out = path.join(dir, "cover-out.xlsx");
    const r = await cli([input, "--out", out, "--lang", "ja"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[シート: 受注明細]");
    expect(r.stdout).toContain("シート「受注明細」を判定しました（「表紙」には見出し行がありません）");
    expect(await decisionOf(out, "受注明細")).toBe("NO_LICENSE");
    const cov = new ExcelJS.Workbook();
    await cov.xlsx.readFile(out);
    expect(cov.getWorksheet("表紙")!.getRow(1).cellCount).toBe(1);
    const en = await cli([input, "--out", path.join(dir, "cover-en.xlsx"), "--lang", "en"], { cwd: dir });
    expect(en.stdout).toContain('Screened sheet "受注明細" ("表紙" has no header row)');
    expect(en.stdout).not.toContain("判定しました");
  });

  it("keeps the first sheet when it has a header row, with no note", async () => {
    const input = path.join(dir, "two.xlsx");
    await book(input, [orders("A"), orders("B")]);
    const out = path.join(dir, "two-out.xlsx");
    const r = await cli([input, "--out", out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[Sheet: A]");
    expect(r.stdout).not.toContain("Screened sheet");
    expect(await decisionOf(out, "A")).toBe("NO_LICENSE");
    expect(await decisionOf(out, "B")).toBeNull();
    expect(r.stdout).toContain('Only sheet "A" was screened; "B" also has a header row and was not screened.');
  });

  it("prefers an order sheet to an earlier sheet named as an example (記入例, Sample) and says so", async () => {
    const input = path.join(dir, "example.xlsx");
    await book(input, [orders("記入例"), orders("Sample"), orders("受注")]);
    const out = path.join(dir, "example-out.xlsx");
    const r = await cli([input, "--out", out, "--lang", "ja"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[シート: 受注]");
    expect(r.stdout).toContain("「記入例」「Sample」は名前から記入例・見本のシートとみなし、判定していません");
    expect(await decisionOf(out, "受注")).toBe("NO_LICENSE");
    expect(await decisionOf(out, "記入例")).toBeNull();
    // Only example sheets: the first is screened, with a note that it is named as one.
    const only = path.join(dir, "only-example.xlsx");
    await book(only, [cover, orders("見本")]);
    const o = await cli([only, "--out", path.join(dir, "only-out.xlsx")], { cwd: dir });
    expect(o.code).toBe(0);
    expect(o.stdout).toContain('The screened sheet "見本" is named as an example or template.');
  });

  it("does not pick a hidden sheet", async () => {
    const input = path.join(dir, "hidden.xlsx");
    await book(input, [cover, { ...orders("隠し"), state: "hidden" }, { name: "メモ", rows: [["備考"]] }]);
    const r = await cli([input, "--out", path.join(dir, "hidden-out.xlsx")], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("No sheet has a header row");
    expect(r.stderr).toContain('Sheets: "表紙", "メモ". Name the order sheet with --sheet.');
    const named = await cli([input, "--sheet", "隠し", "--out", path.join(dir, "hidden-named.xlsx")], { cwd: dir });
    expect(named.code).toBe(0);
  });
});

describe("a run without METI's End User List", () => {
  it("says in the notes, in the run's language, that no party was checked against it", async () => {
    const dir = tempDir();
    const input = path.join(dir, "orders.xlsx");
    await book(input, [orders("受注")]);
    const en = await cli([input, "--out", path.join(dir, "en.xlsx"), "--lang", "en"], { cwd: dir });
    expect(en.stdout).toContain("METI's End User List was not loaded");
    const ja = await cli([input, "--out", path.join(dir, "ja.xlsx"), "--lang", "ja"], { cwd: dir });
    expect(ja.stdout).toContain("外国ユーザーリストを読み込んでいない");
    expect(ja.stdout).not.toContain("End User List was not loaded");
  });
});
