/**
 * CSV screened in pieces: the main thread only reads and decodes the file, cuts the text into pieces of whole
 * records and writes what comes back; parsing, screening and formatting the output lines happen in the worker
 * threads (csvChunkTask.ts), or in this thread when there are none. Results are written strictly in input order,
 * and at most a few pieces per thread are in flight, so memory stays independent of the number of rows.
 *
 * Used only for files whose first pass found regular quoting and line endings (CsvSource.regular) in UTF-8: there
 * a line ending outside quotes — found by quote parity — is a record boundary for csv-parse as well, so parsing the
 * pieces gives the records of parsing the whole stream. Each piece's record count is checked against the worker's
 * parse; any other file is parsed as one stream (csvStream.ts) as before.
 */
import * as fs from "fs";
import iconv from "iconv-lite";
import { parse } from "csv-parse/sync";
import { DECISIONS } from "../engine";
import type { Decision } from "../engine/types";
import { INFO_FIELDS, screenCsvChunk, type CsvChunkResult } from "./csvChunkTask";
import type { CsvWriter } from "./csvOutput";
import { CSV_PARSE_OPTIONS, type CsvSource } from "./csvStream";
import { InputError, msg } from "./messages";
import type { RowScreened } from "./rowResult";
import { createPool } from "./screenPool";
import type { CsvChunkWorkerTask } from "./screenWorker";
import type { NotOrder } from "./notOrderRow";
import { detectHeader, newTally, type HeaderFound, type ScreenRowsOptions, type ScreenedSheet } from "./sheetRun";

/** Characters of text per piece (about 800 rows of the bench's file). */
export const PIECE_CHARS = 256 * 1024;
const READ_BYTES = 1 << 20;

/** Whether a CSV input can be screened in pieces (see the file comment). */
export function piecewise(src: CsvSource): boolean {
  return src.regular && (src.encoding === "utf-8" || src.encoding === "utf-8-bom");
}

/** The decoded text of a CSV file, handed out in pieces of whole records. */
export class CsvPieces {
  /** Characters that could not be decoded (U+FFFD), as the streaming reader counts them. */
  invalid = 0;
  private buf = "";
  private eof = false;
  private readonly fd: number;
  private readonly bytes = Buffer.allocUnsafe(READ_BYTES);
  private readonly decoder: ReturnType<typeof iconv.getDecoder>;

  constructor(src: CsvSource) {
    this.fd = fs.openSync(src.file, "r");
    this.decoder = iconv.getDecoder(src.encoding === "utf-8-bom" ? "utf-8" : src.encoding, { stripBOM: true });
  }

  close(): void {
    if (this.eof) return;
    this.eof = true;
    fs.closeSync(this.fd);
  }

  private fill(): boolean {
    if (this.eof) return false;
    const n = fs.readSync(this.fd, this.bytes, 0, READ_BYTES, null);
    let s: string;
    if (n > 0) s = this.decoder.write(this.bytes.subarray(0, n));
    else {
      s = this.decoder.end() ?? "";
      this.close();
    }
    for (let i = s.indexOf("\uFFFD"); i >= 0; i = s.indexOf("\uFFFD", i + 1)) this.invalid++;
    this.buf += s;
    return true;
  }

  /**
   * Finds the end of a piece: after the `maxRecords`-th record, or after the first record that ends at or beyond
   * `minChars`, whichever comes first; at the end of the file, the rest. Returns the cut and the records before it,
   * or undefined when nothing is left.
   */
  private find(minChars: number, maxRecords: number): { cut: number; records: number } | undefined {
    for (;;) {
      const buf = this.buf;
      let p = 0;
      let odd = false;
      let records = 0;
      let quote = buf.indexOf('"');
      for (;;) {
        const nl = buf.indexOf("\n", p);
        if (nl < 0) break;
        while (quote >= 0 && quote < nl) {
          odd = !odd;
          quote = buf.indexOf('"', quote + 1);
        }
        p = nl + 1;
        if (odd) continue; // inside a quoted field
        records++;
        if (records >= maxRecords || p >= minChars) return { cut: p, records };
      }
      if (!this.fill()) {
        if (buf.length === 0) return undefined;
        return { cut: buf.length, records: records + (p < buf.length ? 1 : 0) };
      }
    }
  }

  /** The text of the next records (without taking them). */
  peek(maxRecords: number): { text: string; records: number } | undefined {
    const f = this.find(Infinity, maxRecords);
    return f && { text: this.buf.slice(0, f.cut), records: f.records };
  }

  /** Takes the next piece of whole records. */
  next(minChars: number, maxRecords = Infinity): { text: string; records: number } | undefined {
    const f = this.find(minChars, maxRecords);
    if (!f) return undefined;
    const text = this.buf.slice(0, f.cut);
    this.buf = this.buf.slice(f.cut);
    return { text, records: f.records };
  }
}

interface Flight {
  promise: Promise<CsvChunkResult>;
  firstIndex: number;
  records: number;
}

/** A piece's output cells kept for the summary; others have only what the tally counts. */
function deliver(
  file: string,
  r: CsvChunkResult,
  flight: Flight,
  writer: CsvWriter,
  tally: ReturnType<typeof newTally>,
  notOrders: Array<[number, NotOrder]>,
): void {
  if (r.parseError !== undefined) throw new InputError(msg.badCsv(file, r.parseError));
  if (r.records !== flight.records) {
    throw new Error(
      `CSV piece at row ${flight.firstIndex + 1}: ${r.records} records parsed, ${flight.records} expected`,
    );
  }
  writer.appendLines(r.text, r);
  for (let b = 0; b < r.blanks; b++) tally.blank();
  notOrders.push(...r.notOrders);
  const info = JSON.parse(r.info) as Array<string | number | null>;
  const kept = new Map<number, RowScreened["columns"]>(r.kept);
  for (let i = 0, slot = 0; i < info.length; i += INFO_FIELDS, slot++) {
    const pack = info[i + 3] as string;
    const error = info[i + 4] as string | null;
    tally.addOutcome(flight.firstIndex + (info[i] as number), info[i + 5] as string, info[i + 6] as string, {
      decision: DECISIONS[info[i + 1] as number] as Decision,
      attention: info[i + 2] === 1,
      pack: pack === "" ? undefined : pack,
      error: error === null ? undefined : error,
      columns: kept.get(slot),
      redFlags: info[i + 7] as string,
      endUserList: (info[i + 8] as RowScreened["endUserList"] | "") || undefined,
    });
  }
}

/** Screens a CSV file in pieces; the same outcome as screenRows over csvStream's records, with a CsvWriter sink. */
export async function screenCsvPieces(
  src: CsvSource,
  opts: Omit<ScreenRowsOptions, "start"> & {
    escapeInput: boolean;
    start: (h: HeaderFound) => CsvWriter;
    /** Characters per piece (PIECE_CHARS unless set). */
    pieceChars?: number;
  },
): Promise<
  HeaderFound & { screened: ScreenedSheet; threads: number; invalid: number; notOrders: Array<[number, NotOrder]> }
> {
  const pieces = new CsvPieces(src);
  const pool = createPool<CsvChunkWorkerTask, CsvChunkResult>(opts.setup.threads);
  const queue: Flight[] = [];
  try {
    const headText = pieces.peek(20);
    let head: string[][] = [];
    if (headText) {
      try {
        head = parse(headText.text, { ...CSV_PARSE_OPTIONS, delimiter: src.delimiter }) as string[][];
      } catch (e) {
        throw new InputError(msg.badCsv(src.file, e instanceof Error ? e.message : String(e)));
      }
    }
    const header = detectHeader(head);
    const tally = newTally(header, opts);
    const writer = opts.start(header);
    const above = pieces.next(Infinity, header.headerIndex + 1)!;
    const headRecords = parse(above.text, { ...CSV_PARSE_OPTIONS, delimiter: src.delimiter }) as string[][];
    if (headRecords.length !== header.headerIndex + 1) throw new Error("CSV head: record count differs");
    headRecords.forEach((cells, i) => writer.row(i, cells, i < header.headerIndex ? "above" : "header", undefined));
    const headerWidth = writer.headerWidth;

    const ctx = opts.setup.ctx;
    const spec = {
      lists: opts.setup.lists,
      today: ctx.options.today ?? new Date().toISOString().slice(0, 10),
      asOf: ctx.asOf,
    };
    const maxInFlight = pool ? opts.setup.threads * 3 : 1;
    const drain = async () => {
      const f = queue.shift()!;
      deliver(src.file, await f.promise, f, writer, tally, notOrders);
      opts.progress?.(f.firstIndex + f.records);
    };
    const notOrders: Array<[number, NotOrder]> = [];
    let index = header.headerIndex + 1;
    for (;;) {
      const piece = pieces.next(opts.pieceChars ?? PIECE_CHARS);
      if (!piece) break;
      const task: CsvChunkWorkerTask = {
        ...spec,
        kind: "csv-chunk",
        text: piece.text,
        firstIndex: index,
        mapping: header.mapping,
        headerCells: header.headerCells,
        delimiter: src.delimiter,
        eol: src.eol,
        width: src.width,
        headerWidth,
        escapeInput: opts.escapeInput,
        lang: opts.setup.lang,
        full: tally.fullDecisions(),
      };
      const promise = pool ? pool.run(task) : Promise.resolve().then(() => screenCsvChunk(task, ctx));
      promise.catch(() => undefined); // handled in order by drain
      queue.push({ promise, firstIndex: index, records: piece.records });
      index += piece.records;
      while (queue.length >= maxInFlight) await drain();
    }
    while (queue.length > 0) await drain();
    return {
      ...header,
      screened: tally.finish(),
      threads: pool ? opts.setup.threads : 0,
      invalid: pieces.invalid,
      notOrders,
    };
  } finally {
    pieces.close();
    queue.length = 0;
    if (pool) await pool.destroy();
  }
}
