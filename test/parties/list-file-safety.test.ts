/**
 * A list file is untrusted input. SheetJS up to 0.19.2 (the abandoned `xlsx` 0.18.5 on npm) let a cell comment whose
 * `ref` is `__proto__` write into Object.prototype (CVE-2023-30533). The importer's reader must not.
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";
import { importMetiEul } from "../../src/engine/parties/import-meti-eul";

/** A small workbook with one commented cell, the comment then re-pointed at `ref`. */
async function workbookWithCommentRef(ref: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("End User List");
  ws.addRow(["No.", "国名", "企業名・組織名", "別名", "懸念区分"]);
  ws.addRow([1, "Iran", "Example Trading Co.", "", "核"]);
  ws.getCell("C2").note = "crafted";
  const zipped = new Uint8Array(await wb.xlsx.writeBuffer());
  const parts = unzipSync(zipped);
  const name = Object.keys(parts).find((p) => /^xl\/comments\d*\.xml$/.test(p));
  if (!name) throw new Error("ExcelJS wrote no comments part");
  const xml = strFromU8(parts[name]);
  const crafted = xml.replace(/ref="C2"/, `ref="${ref}"`);
  if (crafted === xml) throw new Error("comment ref not found in " + name);
  parts[name] = strToU8(crafted);
  return zipSync(parts);
}

function prototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

describe("list files cannot pollute Object.prototype", () => {
  const before = prototypeSnapshot();
  afterEach(() => {
    // Clean up whatever a vulnerable reader would have left, so one failure does not cascade.
    for (const k of Object.getOwnPropertyNames(Object.prototype)) {
      if (!before.includes(k)) delete (Object.prototype as Record<string, unknown>)[k];
    }
  });

  test.each(["__proto__", "constructor", "prototype"])("a comment with ref=%s", async (ref) => {
    const bytes = await workbookWithCommentRef(ref);
    try {
      importMetiEul(bytes, { version: "test" });
    } catch {
      // Refusing the file is fine (it is not the METI layout); polluting the prototype is not.
    }
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).c).toBeUndefined();
  });
});
