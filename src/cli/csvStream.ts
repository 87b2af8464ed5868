/**
 * CSV input as a stream: memory does not depend on the number of rows.
 *
 * A first pass over the raw bytes (fast: no decoding, no strings) finds what the output needs before the first row
 * is written: whether the whole file is valid UTF-8 (else Shift_JIS/CP932 or EUC-JP, judged on the first 4 MB), the
 * widest record (all rows are padded to it so the output columns line up) and the number of records (for the
 * progress display). The second pass decodes and parses (csv-parse, streaming) and yields the records one by one.
 */
import * as fs from "fs";
import { isUtf8 } from "buffer";
import { Transform } from "stream";
import iconv from "iconv-lite";
import { parse } from "csv-parse";
import { detectDelimiter } from "./csvFile";
import { decodeText, guessUtf16WithoutBom, LABELS, type CsvEncoding } from "./decode";
import { InputError, msg } from "./messages";

export interface CsvSource {
  file: string;
  size: number;
  encoding: CsvEncoding;
  label: string;
  delimiter: string;
  eol: "\r\n" | "\n";
  /** Fields of the widest record. */
  width: number;
  /** Records in the file (as the first pass counts them; the parser is authoritative). */
  records: number;
  /**
   * True when the file's quoting and line endings are regular: quotes only open a field at its start and close it
   * before a separator or line end, and every line ending outside quotes is the same (all CRLF or all LF). Then a
   * line ending outside quotes (by quote parity) is a record boundary for csv-parse too, and the text can be cut
   * there and parsed in pieces (csvChunks.ts). Anything else is parsed as one stream.
   */
  regular: boolean;
}

/** csv-parse's options for CSV input (also used on pieces of a file, csvChunkTask.ts). */
export const CSV_PARSE_OPTIONS = {
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  bom: false,
} as const;

const CHUNK = 4 << 20;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Counts records and their widest field count, following csv-parse's rules (a quote opens a quoted field only at the
 * field's start; "" inside quotes is a quote). One loop with local state: this runs over every byte of the file.
 */
class WidthScanner {
  width = 0;
  records = 0;
  /** True when the first line ending seen is CRLF (undefined until one is seen). */
  crlf: boolean | undefined;
  private fields = 1;
  private fieldStart = true;
  private inQuotes = false;
  private quoteInQuotes = false;
  private afterCr = false;
  private content = false;
  /** Irregular quoting or line endings seen (see CsvSource.regular). */
  irregular = false;
  private bareLf = false;
  private crLf = false;

  constructor(private readonly delim: number) {}

  scan(units: ArrayLike<number>, from: number, step: 1 | 2, read: (i: number) => number): void {
    const delim = this.delim;
    let { fields, fieldStart, inQuotes, quoteInQuotes, afterCr, content, width, records } = this;
    const n = units.length;
    for (let i = from; i + step - 1 < n; i += step) {
      const c = step === 1 ? units[i] : read(i);
      if (afterCr) {
        afterCr = false;
        if (this.crlf === undefined) this.crlf = c === LF;
        if (c === LF) {
          this.crLf = true;
          continue;
        }
        this.irregular = true; // a CR alone
      }
      if (inQuotes) {
        if (quoteInQuotes) {
          quoteInQuotes = false;
          if (c === QUOTE) continue; // "" inside quotes
          inQuotes = false; // the quote closed the field; c is read as outside quotes
          if (c !== delim && c !== LF && c !== CR) this.irregular = true; // text after the closing quote
        } else {
          if (c === QUOTE) quoteInQuotes = true;
          continue;
        }
      }
      if (c === delim) {
        fields++;
        fieldStart = true;
        content = true;
      } else if (c === LF || c === CR) {
        if (fields > width) width = fields;
        records++;
        fields = 1;
        fieldStart = true;
        content = false;
        if (c === CR) afterCr = true;
        else {
          this.bareLf = true;
          if (this.crlf === undefined) this.crlf = false;
        }
      } else {
        if (c === QUOTE) {
          if (fieldStart) inQuotes = true;
          else this.irregular = true; // a quote inside an unquoted field
        }
        fieldStart = false;
        content = true;
      }
    }
    Object.assign(this, { fields, fieldStart, inQuotes, quoteInQuotes, afterCr, content, width, records });
  }

  end(): void {
    if ((this.inQuotes && !this.quoteInQuotes) || this.afterCr || (this.bareLf && this.crLf)) this.irregular = true;
    if (this.content || this.inQuotes) {
      if (this.fields > this.width) this.width = this.fields;
      this.records++;
    }
  }
}

/** Bytes at the end of the chunk that may start a UTF-8 sequence continued in the next chunk. */
function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const x = b[b.length - k];
    if ((x & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (x >= 0xc0) {
      const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : 2;
      return need > k ? k : 0;
    }
    return 0;
  }
  return 0;
}

function readChunks(file: string, each: (chunk: Buffer) => void): void {
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (n <= 0) break;
      each(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** First pass: encoding, separator, line ending, widest record, record count. */
export function openCsv(file: string, size: number): CsvSource {
  const fd = fs.openSync(file, "r");
  const head = Buffer.allocUnsafe(Math.min(size, CHUNK));
  let headLen = 0;
  try {
    headLen = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const headBytes = head.subarray(0, headLen);

  let encoding: CsvEncoding | "utf-8?";
  let skip = 0;
  if (headBytes[0] === 0xef && headBytes[1] === 0xbb && headBytes[2] === 0xbf) [encoding, skip] = ["utf-8-bom", 3];
  else if (headBytes[0] === 0xff && headBytes[1] === 0xfe) [encoding, skip] = ["utf-16le", 2];
  else if (headBytes[0] === 0xfe && headBytes[1] === 0xff) [encoding, skip] = ["utf-16be", 2];
  else encoding = guessUtf16WithoutBom(headBytes) ?? "utf-8?";

  // The separator from the first line of the decoded head (the head may end inside a character: harmless here).
  const headText =
    encoding === "utf-8?"
      ? decodeText(headBytes).text
      : iconv.decode(headBytes.subarray(skip), encoding === "utf-8-bom" ? "utf-8" : encoding);
  if (headText.trim() === "" && size <= headLen) throw new InputError(msg.emptyFile(file));
  const delimiter = detectDelimiter(headText);
  const scanner = new WidthScanner(delimiter.charCodeAt(0));

  let utf8 = encoding === "utf-8?";
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0;
  let odd = -1;
  const utf16 = encoding === "utf-16le" || encoding === "utf-16be";
  const le = encoding === "utf-16le";
  readChunks(file, (chunk) => {
    const start = offset < skip ? skip - offset : 0;
    offset += chunk.length;
    if (utf8) {
      const joined = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const tail = incompleteTail(joined);
      if (!isUtf8(joined.subarray(0, joined.length - tail))) utf8 = false;
      carry = Buffer.from(joined.subarray(joined.length - tail));
    }
    if (!utf16) scanner.scan(chunk, start, 1, () => 0);
    else {
      // UTF-16: code units from byte pairs; a pair split between chunks is joined first.
      let bytes: Buffer = chunk.subarray(start);
      if (odd >= 0) bytes = Buffer.concat([Buffer.from([odd]), bytes]);
      odd = bytes.length % 2 === 1 ? bytes[bytes.length - 1] : -1;
      scanner.scan(bytes, 0, 2, le ? (i) => bytes[i] | (bytes[i + 1] << 8) : (i) => (bytes[i] << 8) | bytes[i + 1]);
    }
  });
  scanner.end();
  if (utf8 && carry.length > 0) utf8 = false; // ends inside a character

  let chosen: CsvEncoding;
  if (encoding !== "utf-8?") chosen = encoding;
  else if (utf8) chosen = "utf-8";
  else chosen = decodeText(headBytes.subarray(0, headLen)).encoding === "euc-jp" ? "euc-jp" : "cp932";
  return {
    file,
    size,
    encoding: chosen,
    label: LABELS[chosen],
    delimiter,
    eol: (scanner.crlf ?? headText.includes("\r\n")) ? "\r\n" : "\n",
    width: scanner.width,
    records: scanner.records,
    regular: !scanner.irregular,
  };
}

/** Decodes the byte stream, counting characters that could not be decoded (U+FFFD). */
class Decode extends Transform {
  invalid = 0;
  private readonly decoder: ReturnType<typeof iconv.getDecoder>;
  constructor(encoding: CsvEncoding) {
    super({ readableObjectMode: false, decodeStrings: true });
    this.decoder = iconv.getDecoder(encoding === "utf-8-bom" ? "utf-8" : encoding, { stripBOM: true });
  }
  private count(s: string): string {
    for (let i = s.indexOf("\uFFFD"); i >= 0; i = s.indexOf("\uFFFD", i + 1)) this.invalid++;
    return s;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, data?: string) => void): void {
    const s = this.count(this.decoder.write(chunk));
    done(null, s === "" ? undefined : s);
  }
  override _flush(done: (e?: Error | null, data?: string) => void): void {
    const s = this.count(this.decoder.end() ?? "");
    done(null, s === "" ? undefined : s);
  }
}

export interface CsvReading {
  records: AsyncIterable<string[]>;
  /** Undecodable byte sequences seen so far (final once records is exhausted). */
  invalid: () => number;
}

/** Second pass: the records, one by one. */
export function readCsvRecords(src: CsvSource): CsvReading {
  const decode = new Decode(src.encoding);
  const parser = parse({ ...CSV_PARSE_OPTIONS, delimiter: src.delimiter });
  const input = fs.createReadStream(src.file, { highWaterMark: 1 << 20 });
  input.on("error", (e) => parser.destroy(e));
  decode.on("error", (e) => parser.destroy(e));
  input.pipe(decode).pipe(parser);
  async function* records(): AsyncGenerator<string[]> {
    try {
      for await (const rec of parser) yield rec as string[];
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(msg.badCsv(src.file, e instanceof Error ? e.message : String(e)));
    } finally {
      input.destroy();
    }
  }
  return { records: records(), invalid: () => decode.invalid };
}
