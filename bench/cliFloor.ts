/**
 * The floor the CLI is measured against: a bare streaming read and write of the same file with the CLI's own
 * readers and writers, without screening. CSV: first pass, decode + csv-parse stream, each record re-quoted and
 * written. xlsx: the package copied part by part, the sheet decompressed, cut into rows and compressed again.
 * Usage: node cliFloor.js csv|xlsx INPUT OUTPUT
 */
import * as fs from "fs";
import { csvRecord } from "../src/cli/csvFile";
import { openCsv, readCsvRecords } from "../src/cli/csvStream";
import { SafeOutput } from "../src/cli/safeOutput";
import { openWorkbook } from "../src/cli/xlsxPatch";
import { sheetPieces, rowValues } from "../src/cli/xlsxSheet";
import { ZipWriter, entryChunks } from "../src/cli/zipPackage";

async function csv(input: string, output: string) {
  const src = openCsv(input, fs.statSync(input).size);
  const out = new SafeOutput(output);
  out.write(new Uint8Array([0xef, 0xbb, 0xbf]));
  let pending = "";
  for await (const rec of readCsvRecords(src).records) {
    while (rec.length < src.width) rec.push("");
    pending += csvRecord(rec, src.delimiter) + src.eol;
    if (pending.length > 1 << 16) {
      out.write(pending);
      pending = "";
    }
  }
  out.write(pending);
  out.commit();
}

function xlsx(input: string, output: string) {
  const wb = openWorkbook(input);
  const out = new SafeOutput(output);
  const zip = new ZipWriter(out);
  const sheetEntry = wb.pkg.entry(wb.sheet.part)!;
  for (const e of wb.pkg.entries) if (e !== sheetEntry) zip.copy(wb.pkg.buf, e);
  const s = zip.stream(sheetEntry.name);
  let pending = "";
  for (const piece of sheetPieces(entryChunks(wb.pkg.buf, sheetEntry, input))) {
    if (piece.kind === "row") rowValues(piece.text, piece.r, wb.ctx);
    pending += piece.text;
    if (pending.length > 1 << 16) {
      s.write(Buffer.from(pending));
      pending = "";
    }
  }
  s.write(Buffer.from(pending));
  s.end();
  zip.finish();
  out.commit();
}

const [kind, input, output] = process.argv.slice(2);
(kind === "csv" ? csv(input, output) : Promise.resolve(xlsx(input, output))).catch((e) => {
  console.error(e);
  process.exit(1);
});
