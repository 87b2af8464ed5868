/**
 * The zip container of a workbook, read and written so that parts the run does not change are copied byte for byte:
 * their local header and compressed data go to the output unchanged (never decompressed and compressed again), only
 * their offsets in the central directory change. Changed and new parts are compressed with fflate (deflate; the
 * screened sheet as a stream). CRCs come from Node's zlib.crc32.
 *
 * ZIP64 input (written by some streaming writers even for small files) is read: the ZIP64 end of directory and the
 * ZIP64 extra fields of the entries. Such an entry is copied with its compressed data unchanged under a plain local
 * header (the output is a plain zip). Limits: encrypted entries are refused with a message; an output above 4 GB or
 * with more than 65,534 parts is refused too (no ZIP64 writing).
 */
import * as zlib from "zlib";
import { Deflate, Inflate, inflateSync } from "fflate";
import { InputError, msg } from "./messages";
import type { SafeOutput } from "./safeOutput";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Offset of the compressed data (after the local header). */
  dataOffset: number;
  /** Bytes of the local record: header, data and data descriptor, as in the file. */
  localLength: number;
  /** The central directory record as read (fields after the offset are kept when re-written). */
  central: Buffer;
  /** Sizes or offset in ZIP64 fields: copied under a new plain local header. */
  zip64: boolean;
  /** The name as stored (bytes). */
  rawName: Buffer;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const MAX32 = 0xffffffff;

/** A 64-bit little-endian field as a number (sizes of a package held in memory are far below 2^53). */
function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

/** The ZIP64 extended information (extra field 0x0001) of an entry, if any. */
function zip64Extra(buf: Buffer, from: number, length: number): { at: number; length: number } | undefined {
  for (let q = from; q + 4 <= from + length;) {
    const id = buf.readUInt16LE(q);
    const len = buf.readUInt16LE(q + 2);
    if (id === 0x0001) return { at: q + 4, length: len };
    q += 4 + len;
  }
  return undefined;
}

function bad(file: string, why: string): InputError {
  return new InputError(msg.unreadableXlsx(file, why));
}

/** The entries of a zip package held in memory. */
export function readZip(buf: Buffer, file: string): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw bad(file, "no zip directory (the file is cut off?) / zip の目録がありません（途中で切れている？）");
  let count = buf.readUInt16LE(eocd + 10);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && buf.readUInt32LE(locator) === EOCD64_LOCATOR) {
    const at = u64(buf, locator + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64)
      throw bad(file, "damaged ZIP64 directory / ZIP64 の目録が壊れています");
    count = u64(buf, at + 32);
    cdOffset = u64(buf, at + 48);
  } else if (count === 0xffff || cdOffset === MAX32) {
    throw bad(file, "damaged ZIP64 directory / ZIP64 の目録が壊れています");
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN)
      throw bad(file, "damaged zip directory / zip の目録が壊れています");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const rawName = Buffer.from(buf.subarray(p + 46, p + 46 + nameLen));
    const name = rawName.toString(flags & 0x800 ? "utf8" : "latin1");
    let zip64 = false;
    if (size === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
      // The real values are in the ZIP64 extra field, in this order, for the fields that are 0xFFFFFFFF.
      const x = zip64Extra(buf, p + 46 + nameLen, extraLen);
      if (!x) throw bad(file, "damaged ZIP64 entry / ZIP64 の項目が壊れています");
      let q = x.at;
      const next = () => {
        if (q + 8 > x.at + x.length) throw bad(file, "damaged ZIP64 entry / ZIP64 の項目が壊れています");
        const v = u64(buf, q);
        q += 8;
        return v;
      };
      if (size === MAX32) size = next();
      if (compressedSize === MAX32) compressedSize = next();
      if (localOffset === MAX32) localOffset = next();
      zip64 = true;
    }
    if (flags & 1) throw bad(file, "encrypted workbook / 暗号化されたブック");
    const end = p + 46 + nameLen + extraLen + commentLen;
    const central = Buffer.from(buf.subarray(p, end));
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOC)
      throw bad(file, "damaged zip entry / zip の項目が壊れています");
    const localNameLen = buf.readUInt16LE(localOffset + 26);
    const localExtraLen = buf.readUInt16LE(localOffset + 28);
    const dataOffset = localOffset + 30 + localNameLen + localExtraLen;
    if (zip64Extra(buf, localOffset + 30 + localNameLen, localExtraLen)) zip64 = true;
    let localLength = dataOffset + compressedSize - localOffset;
    if (flags & 8) {
      // Data descriptor after the data: with or without its signature; sizes of 8 bytes in a ZIP64 entry.
      const d = dataOffset + compressedSize;
      const signed = d + 4 <= buf.length && buf.readUInt32LE(d) === 0x08074b50;
      localLength += (signed ? 4 : 0) + 4 + (zip64 ? 16 : 8);
    }
    if (localOffset + localLength > buf.length) throw bad(file, "cut-off zip entry / zip の項目が途中で切れています");
    entries.push({
      name,
      method,
      flags,
      crc,
      compressedSize,
      size,
      localOffset,
      dataOffset,
      localLength,
      central,
      zip64,
      rawName,
    });
    p = end;
  }
  return entries;
}

/** The uncompressed bytes of one entry. */
export function entryBytes(buf: Buffer, e: ZipEntry, file: string): Uint8Array {
  const data = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8) throw bad(file, `compression method ${e.method} / 未対応の圧縮方式 ${e.method}`);
  return inflateSync(data, { out: new Uint8Array(e.size) });
}

/** Streams the uncompressed bytes of one entry in chunks (for the screened sheet). */
export function* entryChunks(buf: Buffer, e: ZipEntry, file: string): Generator<Uint8Array> {
  const data = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  const STEP = 1 << 20;
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += STEP) yield data.subarray(i, i + STEP);
    return;
  }
  if (e.method !== 8) throw bad(file, `compression method ${e.method} / 未対応の圧縮方式 ${e.method}`);
  const out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => out.push(chunk));
  for (let i = 0; i < data.length; i += STEP) {
    inflate.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
    while (out.length > 0) yield out.shift()!;
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  while (out.length > 0) yield out.shift()!;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface Written {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  flags: number;
  method: number;
  copied?: ZipEntry;
}

/** Writes a zip package sequentially into a SafeOutput. */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly stamp = dosTime(new Date());

  constructor(private readonly out: SafeOutput) {}

  private put(b: Uint8Array): void {
    this.out.write(b);
    this.offset += b.length;
  }

  /** Copies an entry of the input as it is (local header, compressed data, data descriptor). */
  copy(buf: Buffer, e: ZipEntry): void {
    const offset = this.offset;
    if (e.zip64) {
      // The compressed data as it is, under a plain local header with the sizes (no data descriptor, no ZIP64).
      if (e.size > MAX32 - 1 || e.compressedSize > MAX32 - 1) throw new InputError(msg.partTooLarge(e.name));
      const flags = e.flags & ~8;
      this.put(this.localHeader(e.rawName, flags, e.crc, e.compressedSize, e.size, e.method));
      this.put(buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
      this.written.push({
        name: e.rawName,
        crc: e.crc,
        compressedSize: e.compressedSize,
        size: e.size,
        offset,
        flags,
        method: e.method,
      });
      return;
    }
    this.put(buf.subarray(e.localOffset, e.localOffset + e.localLength));
    this.written.push({
      name: Buffer.from(e.name),
      crc: e.crc,
      compressedSize: e.compressedSize,
      size: e.size,
      offset,
      flags: e.flags,
      method: e.method,
      copied: e,
    });
  }

  private localHeader(name: Buffer, flags: number, crc: number, csize: number, size: number, method = 8): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(LOC, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(flags, 6);
    h.writeUInt16LE(method, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    h.writeUInt32LE(crc >>> 0, 14);
    h.writeUInt32LE(csize, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    return Buffer.concat([h, name]);
  }

  /** Adds a part given whole (deflated). */
  add(name: string, data: Uint8Array): void {
    const nameBuf = Buffer.from(name, "utf8");
    const deflated = new Uint8Array(zlib.deflateRawSync(data, { level: 6 }));
    const crc = zlib.crc32(data);
    const offset = this.offset;
    this.put(this.localHeader(nameBuf, 0x800, crc, deflated.length, data.length));
    this.put(deflated);
    this.written.push({
      name: nameBuf,
      crc,
      compressedSize: deflated.length,
      size: data.length,
      offset,
      flags: 0x800,
      method: 8,
    });
  }

  /** Starts a part written in pieces (deflated as a stream, sizes in a data descriptor). */
  stream(name: string): { write: (data: Uint8Array) => void; end: () => void } {
    const nameBuf = Buffer.from(name, "utf8");
    const offset = this.offset;
    const flags = 0x808;
    this.put(this.localHeader(nameBuf, flags, 0, 0, 0));
    let crc = 0;
    let size = 0;
    let csize = 0;
    const deflate = new Deflate({ level: 1 }, (chunk) => {
      csize += chunk.length;
      this.put(chunk);
    });
    const tooBig = () => {
      if (size > 0xfffffffe || csize > 0xfffffffe) throw new InputError(msg.partTooLarge(name));
    };
    return {
      write: (data) => {
        crc = zlib.crc32(data, crc);
        size += data.length;
        deflate.push(data);
        tooBig();
      },
      end: () => {
        deflate.push(new Uint8Array(0), true);
        tooBig();
        const d = Buffer.alloc(16);
        d.writeUInt32LE(0x08074b50, 0);
        d.writeUInt32LE(crc >>> 0, 4);
        d.writeUInt32LE(csize, 8);
        d.writeUInt32LE(size, 12);
        this.put(d);
        this.written.push({ name: nameBuf, crc, compressedSize: csize, size, offset, flags, method: 8 });
      },
    };
  }

  /** Writes the central directory. */
  finish(): void {
    const start = this.offset;
    for (const w of this.written) {
      if (w.copied) {
        const c = Buffer.from(w.copied.central);
        c.writeUInt32LE(w.offset, 42);
        this.put(c);
        continue;
      }
      const c = Buffer.alloc(46);
      c.writeUInt32LE(CEN, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(w.flags, 8);
      c.writeUInt16LE(w.method, 10);
      c.writeUInt16LE(this.stamp.time, 12);
      c.writeUInt16LE(this.stamp.date, 14);
      c.writeUInt32LE(w.crc >>> 0, 16);
      c.writeUInt32LE(w.compressedSize, 20);
      c.writeUInt32LE(w.size, 24);
      c.writeUInt16LE(w.name.length, 28);
      c.writeUInt32LE(w.offset, 42);
      this.put(Buffer.concat([c, w.name]));
    }
    if (this.written.length > 0xfffe || this.offset > 0xfffffffe) throw new InputError(msg.partTooLarge("zip"));
    const e = Buffer.alloc(22);
    e.writeUInt32LE(EOCD, 0);
    e.writeUInt16LE(this.written.length, 8);
    e.writeUInt16LE(this.written.length, 10);
    e.writeUInt32LE(this.offset - start, 12);
    e.writeUInt32LE(start, 16);
    this.put(e);
  }
}
