/**
 * `--format jsonl`: one JSON object per screened row, one line each, in input order: the sheet row number, the
 * order id, the output columns as written to CSV/xlsx, and every field of the engine's Result (decision, reasons,
 * red flags, party matches, the path through the flow, notes, versions). UTF-8 without BOM, LF line ends.
 */
import type { RowScreened } from "./rowResult";
import type { SafeOutput } from "./safeOutput";
import type { RowKind, RowSink } from "./sheetRun";
import { cellToText } from "./cellText";

export class JsonlWriter implements RowSink {
  private pending = "";

  constructor(
    private readonly out: SafeOutput,
    private readonly orderIdColumn: number | undefined,
    private readonly onRow?: () => void,
  ) {}

  row(index: number, cells: unknown[], kind: RowKind, result: RowScreened | undefined): void {
    this.onRow?.();
    if (kind !== "order" || !result) return;
    const line = {
      row: index + 1,
      order_id: this.orderIdColumn === undefined ? "" : cellToText(cells[this.orderIdColumn]),
      columns: result.columns,
      ...(result.error !== undefined ? { engine_error: result.error } : {}),
      result: result.result,
    };
    this.pending += JSON.stringify(line) + "\n";
    if (this.pending.length > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.pending) this.out.write(this.pending);
    this.pending = "";
  }
}
