/**
 * ZIP64 input: a workbook whose package uses ZIP64 structures (the ZIP64 end of directory and locator, sizes and
 * offsets in ZIP64 extra fields of the local and central records — what some streaming writers produce even for
 * small files) is screened; the output is a plain zip in which every part the run does not rewrite has the same
 * compressed and uncompressed bytes as the input's, and ExcelJS reads it with the decisions in place.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { DECISIONS } from "../../src/engine";
import { entryBytes, readZip } from "../../src/cli/zipPackage";
import { cli, tempDir } from "./helpers";

const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};

/** The same package rewritten with ZIP64 records throughout (compressed data unchanged). */
function toZip64(input: Buffer): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of readZip(input, "in.xlsx")) {
    const data = input.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    const extra = Buffer.concat([Buffer.from([1, 0, 16, 0]), u64(e.size), u64(e.compressedSize)]);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(45, 4);
    h.writeUInt16LE(e.flags & ~8, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt32LE(e.crc >>> 0, 14);
    h.writeUInt32LE(0xffffffff, 18);
    h.writeUInt32LE(0xffffffff, 22);
    h.writeUInt16LE(e.rawName.length, 26);
    h.writeUInt16LE(extra.length, 28);
    const local = Buffer.concat([h, e.rawName, extra, data]);
    const cx = Buffer.concat([Buffer.from([1, 0, 24, 0]), u64(e.size), u64(e.compressedSize), u64(offset)]);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(45, 6);
    c.writeUInt16LE(e.flags & ~8, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(0xffffffff, 20);
    c.writeUInt32LE(0xffffffff, 24);
    c.writeUInt16LE(e.rawName.length, 28);
    c.writeUInt16LE(cx.length, 30);
    c.writeUInt32LE(0xffffffff, 42);
    central.push(Buffer.concat([c, e.rawName, cx]));
    parts.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(central);
  const eocd64 = Buffer.alloc(56);
  eocd64.writeUInt32LE(0x06064b50, 0);
  eocd64.writeBigUInt64LE(44n, 4);
  eocd64.writeUInt16LE(45, 12);
  eocd64.writeUInt16LE(45, 14);
  eocd64.writeBigUInt64LE(BigInt(central.length), 24);
  eocd64.writeBigUInt64LE(BigInt(central.length), 32);
  eocd64.writeBigUInt64LE(BigInt(cd.length), 40);
  eocd64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(0xffff, 8);
  eocd.writeUInt16LE(0xffff, 10);
  eocd.writeUInt32LE(0xffffffff, 12);
  eocd.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...parts, cd, eocd64, locator, eocd]);
}

describe("ZIP64 workbook input", () => {
  it("is read, screened and written as a plain zip with untouched parts' bytes unchanged", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Orders");
    ws.addRow(["Order No", "Item", "HS code", "List control", "Destination", "End user", "End use"]);
    ws.addRow(["Z-1", "Ball valve", "8481.80", "non-controlled", "US", "Example Valve Works", "piping"]);
    ws.addRow(["Z-2", "Lathe", "845891000", "non-controlled", "China", "Coastal Army Depot", "machining"]);
    wb.addWorksheet("Notes").addRow(["kept as it is"]);
    const plain = Buffer.from(await wb.xlsx.writeBuffer());
    const input = path.join(dir, "z64.xlsx");
    const zip64 = toZip64(plain);
    fs.writeFileSync(input, zip64);
    expect(readZip(zip64, input).every((e) => e.zip64)).toBe(true);

    const run = await cli(["z64.xlsx", "--threads", "0"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const output = path.join(dir, "z64.screened.xlsx");
    const out = fs.readFileSync(output);
    const outEntries = new Map(readZip(out, output).map((e) => [e.name, e]));
    expect([...outEntries.values()].some((e) => e.zip64)).toBe(false);
    let same = 0;
    for (const e of readZip(zip64, input)) {
      if (/workbook\.xml|styles\.xml|Content_Types|worksheets\/sheet1\.xml$/.test(e.name)) continue;
      const o = outEntries.get(e.name)!;
      expect([
        e.name,
        Buffer.from(entryBytes(out, o, output)).equals(Buffer.from(entryBytes(zip64, e, input))),
      ]).toEqual([e.name, true]);
      expect(
        out
          .subarray(o.dataOffset, o.dataOffset + o.compressedSize)
          .equals(zip64.subarray(e.dataOffset, e.dataOffset + e.compressedSize)),
      ).toBe(true);
      same++;
    }
    expect(same).toBeGreaterThanOrEqual(3);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    const sheet = back.getWorksheet("Orders")!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf("decision");
    expect(col).toBeGreaterThan(7);
    const decisions = [2, 3].map((r) => String(sheet.getRow(r).getCell(col).value));
    for (const d of decisions) expect(DECISIONS).toContain(d);
    expect(decisions[1]).not.toBe("NO_LICENSE");
    expect(back.getWorksheet("Notes")!.getCell("A1").value).toBe("kept as it is");
  });

  it("a damaged ZIP64 directory says so", async () => {
    const dir = tempDir();
    const bad = Buffer.alloc(22);
    bad.writeUInt32LE(0x06054b50, 0);
    bad.writeUInt16LE(0xffff, 10);
    fs.writeFileSync(
      path.join(dir, "bad.xlsx"),
      Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(40), bad]),
    );
    const r = await cli(["bad.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/damaged ZIP64 directory/);
  });
});
