/**
 * Shared strings read as a stream (src/cli/xlsxPackage.ts readSharedStrings, one string item held at a time) give
 * exactly the strings of parsing the whole part into one tree: on METI's End User List workbook (1,412 items with
 * rich-text runs and phonetic readings, when ../shared has it) and on a workbook written by ExcelJS with rich text,
 * line breaks and characters that need escaping.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { kids, readSharedStrings, readWorkbook, textOf, XlsxPackage } from "../../src/cli/xlsxPackage";
import { readZip } from "../../src/cli/zipPackage";
import { describeWithShared, sharedPath } from "../helpers/shared";
import { tempDir } from "./helpers";

function both(file: string) {
  const buf = fs.readFileSync(file);
  const pkg = new XlsxPackage(buf, readZip(buf, file), file);
  const part = readWorkbook(pkg).sharedStringsPart!;
  expect(part).toBeTruthy();
  return { tree: kids(pkg.xml(part)!, "si").map(textOf), stream: readSharedStrings(pkg, part) };
}

describe("shared strings read as a stream", () => {
  it("equal the whole-tree reading on a workbook written by ExcelJS (rich text, line breaks, escaped characters)", async () => {
    const file = path.join(tempDir(), "strings.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Orders");
    ws.addRow(["order_id", "item_description", "destination"]);
    for (let i = 0; i < 3000; i++) ws.addRow([`S-${i}`, i % 3 ? `Valve <${i}> & "seal"` : "two\nlines 日本語", "US"]);
    ws.addRow([
      "R-1",
      { richText: [{ text: "Coastal " }, { font: { bold: true }, text: "Army" }, { text: " Depot" }] },
      "VN",
    ]);
    await wb.xlsx.writeFile(file);
    const { tree, stream } = both(file);
    expect(tree.length).toBeGreaterThan(3000);
    expect(stream).toEqual(tree);
    expect(stream).toContain("Coastal Army Depot");
  });

  describeWithShared(["meti-eul", "20250929_4.xlsx"], "on METI's End User List workbook", () => {
    it("equal the whole-tree reading: 1,412 items, phonetic readings left out", () => {
      const { tree, stream } = both(sharedPath("meti-eul", "20250929_4.xlsx"));
      expect(tree.length).toBe(1412);
      expect(stream).toEqual(tree);
    });
  });
});
