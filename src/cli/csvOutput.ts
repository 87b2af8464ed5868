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

export class CsvWriter implements RowSink {
  /** Input values a spreadsheet could run as formulas: how many, and the first addresses. */
  formulaLike = 0;
  readonly formulaLikeAt: string[] = [];
  /** Records below the header whose length differs from the header's. */
  ragged = 0;
  /** Records wider than the first pass counted (the output columns move right on those rows). */
  wider = 0;
  private headerWidth = 0;
  private readonly blankOut: string[];
  private pending = "";

  constructor(
    private readonly out: SafeOutput,
    private readonly src: CsvSource,
    private readonly escapeInput: boolean,
  ) {
    this.blankOut = OUTPUT_HEADER.map(() => "");
    out.write(new Uint8Array([0xef, 0xbb, 0xbf]));
  }

  row(index: number, cells: unknown[], kind: RowKind, result: RowScreened | undefined): void {
    const rec = cells as string[];
    for (let c = 0; c < rec.length; c++) {
      if (looksLikeFormula(rec[c])) {
        this.formulaLike++;
        if (this.formulaLikeAt.length < 5) this.formulaLikeAt.push(`${columnLetter(c)}${index + 1}`);
      }
    }
    if (kind === "header") this.headerWidth = rec.length;
    else if (kind !== "above" && rec.length !== this.headerWidth && !(rec.length === 1 && rec[0] === "")) this.ragged++;
    if (rec.length > this.src.width) this.wider++;
    const line = this.escapeInput ? rec.map((v) => (looksLikeFormula(v) ? escapeFormula(v) : v)) : rec.slice();
    while (line.length < this.src.width) line.push("");
    let extra: readonly string[];
    if (kind === "header") extra = OUTPUT_HEADER;
    else if (result) extra = OUTPUT_HEADER.map((c) => escapeFormula(result.columns[c as keyof RowScreened["columns"]]));
    else extra = this.blankOut;
    for (const v of extra) line.push(v);
    this.pending += csvRecord(line, this.src.delimiter) + this.src.eol;
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
    const notes: Text[] = [];
    if (this.ragged > 0) notes.push(msg.raggedRows(this.ragged));
    if (this.formulaLike > 0) {
      notes.push(msg.csvFormulaLike(this.formulaLike, this.formulaLikeAt));
      if (escaped) notes.push(msg.csvFormulaEscaped(this.formulaLike));
    }
    if (this.wider > 0) notes.push(msg.csvWiderRows(this.wider));
    return notes;
  }
}
