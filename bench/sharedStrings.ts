/**
 * Memory and CPU of reading a workbook's shared strings: the streaming reader (readSharedStrings, one string item
 * held as a tree at a time) against parsing the whole part into one tree, as whole processes (run each mode in its
 * own process and read its peak resident memory, e.g. with /usr/bin/time -v). The file is any .xlsx; without one, a
 * package holding only a shared-strings part of ROWS distinct order numbers (default 1,048,575, Excel's sheet less
 * its header) is written to the temporary folder first.
 *
 * Usage: npx tsx bench/sharedStrings.ts tree|stream [FILE.xlsx] [ROWS]
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { kids, readSharedStrings, readWorkbook, textOf, XlsxPackage } from "../src/cli/xlsxPackage";
import { readZip, ZipWriter } from "../src/cli/zipPackage";
import { SafeOutput } from "../src/cli/safeOutput";

function synthetic(rows: number): string {
  const file = path.join(os.tmpdir(), `anpo-sst-${rows}.xlsx`);
  if (fs.existsSync(file)) return file;
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${rows}" uniqueCount="${rows}">`;
  for (let i = 0; i < rows; i++) xml += `<si><t>X-${i}</t></si>`;
  xml += "</sst>";
  const out = new SafeOutput(file);
  const zip = new ZipWriter(out);
  const s = zip.stream("xl/sharedStrings.xml");
  s.write(Buffer.from(xml));
  s.end();
  zip.finish();
  out.commit();
  return file;
}

const [mode, fileArg, rowsArg] = process.argv.slice(2);
const file = fileArg && fileArg.endsWith(".xlsx") ? fileArg : synthetic(Number(rowsArg ?? fileArg ?? 1_048_575));
const buf = fs.readFileSync(file);
const pkg = new XlsxPackage(buf, readZip(buf, file), file);
let part = "xl/sharedStrings.xml";
try {
  part = readWorkbook(pkg).sharedStringsPart ?? part;
} catch {
  // the synthetic package has no workbook part
}
const t0 = process.cpuUsage();
const strings = mode === "tree" ? kids(pkg.xml(part)!, "si").map(textOf) : readSharedStrings(pkg, part);
const cpu = process.cpuUsage(t0);
console.log(
  `${mode}: ${strings.length.toLocaleString("en-US")} strings in ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU; peak RSS: see the process's accounting`,
);
