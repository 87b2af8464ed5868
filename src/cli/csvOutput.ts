/**
 * CSV output, row by row: the input record with its values unchanged (re-quoted only where CSV needs it), padded
 * to the widest record so that the output columns line up, then the output columns. UTF-8 with BOM (Excel shows
 * Japanese correctly), the input's separator and line ending. Our own output cells are escaped against formula
 * injection; input cells only with --escape-input.
 */
import { columnLetter } from "../engine/headers";
import type { Text } from "../engine/types";
import { csvRecord } from "./csvFile";
import { escapeFormula, looksLikeFormula } from "./csvSafety";
import type { CsvSource } from "./csvStream";
import { msg } from "./messages";
import { OUTPUT_HEADER, type RowScreened } from "./rowResult";
import type { SafeOutput } from "./safeOutput";
import type { RowKind, RowSink } from "./sheetRun";

/**
 * The output lines of input records, with the counts the notes need. Used by CsvWriter in the main thread and by
 * the worker threads on their pieces of the file (csvChunkTask.ts), so both write the same bytes.
 */
export class CsvLines {
  /** Input values a spreadsheet could run as formulas: how many, and the first addresses. */
  formulaLike = 0;
  readonly formulaLikeAt: string[] = [];
  /** Records below the header whose length differs from the header's. */
  ragged = 0;
  /** Records wider than the first pass counted (the output columns move right on those rows). */
  wider = 0;
  headerWidth = 0;
  private readonly blankOut: string[];

  constructor(
    private readonly width: number,
    private readonly delimiter: string,
    private readonly eol: string,
    private readonly escapeInput: boolean,
  ) {
    this.blankOut = OUTPUT_HEADER.map(() => "");
  }

  line(index: number, rec: string[], kind: RowKind, result: Pick<RowScreened, "columns"> | undefined): string {
    for (let c = 0; c < rec.length; c++) {
      if (looksLikeFormula(rec[c])) {
        this.formulaLike++;
        if (this.formulaLikeAt.length < 5) this.formulaLikeAt.push(`${columnLetter(c)}${index + 1}`);
      }
    }
    if (kind === "header") this.headerWidth = rec.length;
    else if (kind !== "above" && rec.length !== this.headerWidth && !(rec.length === 1 && rec[0] === "")) this.ragged++;
    if (rec.length > this.width) this.wider++;
    const line = this.escapeInput ? rec.map((v) => (looksLikeFormula(v) ? escapeFormula(v) : v)) : rec.slice();
    while (line.length < this.width) line.push("");
    let extra: readonly string[];
    if (kind === "header") extra = OUTPUT_HEADER;
    else if (result) extra = OUTPUT_HEADER.map((c) => escapeFormula(result.columns[c as keyof RowScreened["columns"]]));
    else extra = this.blankOut;
    for (const v of extra) line.push(v);
    return csvRecord(line, this.delimiter) + this.eol;
  }
}

/** The counts of a piece of lines written elsewhere (a worker), merged into the writer's. */
export interface CsvLineCounts {
  formulaLike: number;
  formulaLikeAt: string[];
  ragged: number;
  wider: number;
}

export class CsvWriter implements RowSink {
  private readonly lines: CsvLines;
  private pending = "";

  constructor(
    private readonly out: SafeOutput,
    src: CsvSource,
    escapeInput: boolean,
  ) {
    this.lines = new CsvLines(src.width, src.delimiter, src.eol, escapeInput);
    out.write(new Uint8Array([0xef, 0xbb, 0xbf]));
  }

  /** Fields of the header record (0 before the header is written). */
  get headerWidth(): number {
    return this.lines.headerWidth;
  }

  row(index: number, cells: unknown[], kind: RowKind, result: RowScreened | undefined): void {
    this.append(this.lines.line(index, cells as string[], kind, result));
  }

  /** Output lines formatted elsewhere (a worker's piece of the file), with their counts. */
  appendLines(text: string, counts: CsvLineCounts): void {
    const l = this.lines;
    l.formulaLike += counts.formulaLike;
    for (const a of counts.formulaLikeAt) if (l.formulaLikeAt.length < 5) l.formulaLikeAt.push(a);
    l.ragged += counts.ragged;
    l.wider += counts.wider;
    this.append(text);
  }

  private append(text: string): void {
    this.pending += text;
    if (this.pending.length > 1 << 16) {
      this.out.write(this.pending);
      this.pending = "";
    }
  }

  /** Writes what is buffered; call before commit. */
  flush(): void {
    if (this.pending) this.out.write(this.pending);
    this.pending = "";
  }

  notes(escaped: boolean): Text[] {
    const l = this.lines;
    const notes: Text[] = [];
    if (l.ragged > 0) notes.push(msg.raggedRows(l.ragged));
    if (l.formulaLike > 0) {
      notes.push(msg.csvFormulaLike(l.formulaLike, l.formulaLikeAt));
      if (escaped) notes.push(msg.csvFormulaEscaped(l.formulaLike));
    }
    if (l.wider > 0) notes.push(msg.csvWiderRows(l.wider));
    return notes;
  }
}
