/**
 * A fake Excel workbook host: the subset of the Excel JavaScript API that the add-in uses, with Excel's
 * documented behaviour enforced so that the add-in cannot rely on anything real Excel would refuse:
 *
 *  - proxy objects: properties are readable only after `load` and a `sync` (else PropertyNotLoaded);
 *    operations are queued and run at `context.sync()` in order;
 *  - a request or a response over 5,000,000 bytes is refused (RequestPayloadSizeLimitExceeded /
 *    ResponsePayloadSizeLimitExceeded) and nothing of that batch is applied;
 *  - a read of more than 5,000,000 cells is refused;
 *  - `values` written must match the range's shape; methods on a null object fail; the grid ends at
 *    1,048,576 rows and 16,384 columns.
 *
 * Pure TypeScript without DOM or Node APIs: the e2e page installs it as `Excel`/`Office`, and the add-in
 * benchmark drives it in Node. Cells are stored column by column (sparse arrays), so a sheet with
 * a million rows stays small.
 */
import { columnLetter } from "../../../src/engine/headers";

export type CellValue = string | number | boolean;

export const PAYLOAD_LIMIT = 5_000_000;
export const READ_CELL_LIMIT = 5_000_000;
export const GRID_ROWS = 1_048_576;
export const GRID_COLS = 16_384;

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface TableModel extends Box {
  name: string;
  showTotals: boolean;
}

export interface FormatOp {
  sheet: string;
  box: Box;
  what: string;
  sync: number;
}

export interface SheetModel {
  name: string;
  /** column index → values by row (holes = empty cells). */
  cols: Map<number, CellValue[]>;
  /** Formula text of cells that have one, by "row,col" (values hold the last calculated result). */
  formulas: Map<string, string>;
  merged: Box[];
  hiddenRows: Set<number>;
  tables: TableModel[];
  conditionalFormats: Array<{ box: Box; type: string; formula: string; fill: string }>;
  /** Worksheet protection on: writes through the API fail with AccessDenied. */
  protected?: boolean;
  /** Event handlers the add-in registered (onChanged, onRowSorted). */
  handlers?: { changed: Set<SheetEventHandler>; sorted: Set<SheetEventHandler> };
}

export type SheetEventHandler = (args: {
  address: string;
  source: "Local" | "Remote";
  type: string;
  worksheetId: string;
  changeType?: string;
}) => unknown;

/** What a load contributes to the response, and how its values become readable. */
export interface Settled {
  bytes: number;
  commit(): void;
}

export interface SyncRecord {
  n: number;
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
  ok: boolean;
  error?: string;
}

export class ExcelApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const a1col = columnLetter;

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function address(sheet: string, b: Box): string {
  const tl = `${a1col(b.col)}${b.row + 1}`;
  const br = `${a1col(b.col + b.cols - 1)}${b.row + b.rows}`;
  return `${quote(sheet)}!${b.rows === 1 && b.cols === 1 ? tl : `${tl}:${br}`}`;
}

/** UTF-8 size as the wire would carry it, measured independently of the add-in's own estimate (src/taskpane/payload.ts). */
const encoder = new TextEncoder();
function utf8Bytes(s: string): number {
  return encoder.encode(s).length;
}

function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? "");
}

function intersects(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

// -----------------------------------------------------------------------------------------------------
// The workbook state

export class FakeWorkbook {
  readonly sheets: SheetModel[] = [];
  readonly settings = new Map<string, string>();
  readonly syncs: SyncRecord[] = [];
  readonly formatOps: FormatOp[] = [];
  activeSheet: string;
  selection: Box = { row: 0, col: 0, rows: 1, cols: 1 };
  selections: string[] = [];
  /** Undo log of the batch being run (for refused batches). */
  private journal: Array<() => void> | null = null;

  constructor(firstSheet = "Sheet1") {
    this.addSheet(firstSheet);
    this.activeSheet = firstSheet;
  }

  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new ExcelApiError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const s: SheetModel = {
      name,
      cols: new Map(),
      formulas: new Map(),
      merged: [],
      hiddenRows: new Set(),
      tables: [],
      conditionalFormats: [],
    };
    this.sheets.push(s);
    this.journal?.push(() => this.sheets.splice(this.sheets.indexOf(s), 1));
    return s;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Test set-up: puts rows of values (strings starting "=" are stored as formulas with value `formulaValue`). */
  put(sheetName: string, rows: ReadonlyArray<ReadonlyArray<CellValue | null | undefined>>, row = 0, col = 0): void {
    const s = this.sheet(sheetName) ?? this.addSheet(sheetName);
    rows.forEach((r, i) =>
      r.forEach((v, j) => this.setCell(s, row + i, col + j, v === null || v === undefined ? "" : v)),
    );
  }

  getCell(s: SheetModel, r: number, c: number): CellValue | "" {
    const col = s.cols.get(c);
    const v = col ? col[r] : undefined;
    return v === undefined ? "" : v;
  }

  setCell(s: SheetModel, r: number, c: number, v: CellValue): void {
    let col = s.cols.get(c);
    const old = col ? col[r] : undefined;
    const fkey = `${r},${c}`;
    const oldFormula = s.formulas.get(fkey);
    if (this.journal) {
      this.journal.push(() => {
        const cc = s.cols.get(c) ?? (s.cols.set(c, []), s.cols.get(c)!);
        if (old === undefined) delete cc[r];
        else cc[r] = old;
        if (oldFormula === undefined) s.formulas.delete(fkey);
        else s.formulas.set(fkey, oldFormula);
      });
    }
    if (oldFormula !== undefined) s.formulas.delete(fkey);
    if (v === "") {
      if (col && col[r] !== undefined) delete col[r];
      return;
    }
    if (!col) {
      col = [];
      s.cols.set(c, col);
    }
    col[r] = v;
  }

  /**
   * A value written through `range.values`, read as Excel reads typed input: a leading apostrophe is the text
   * prefix (kept out of the value); text starting with = + - @ (other than a plain number) becomes a formula,
   * whose value this host shows as #NAME? (it does not calculate).
   */
  enterValue(s: SheetModel, r: number, c: number, v: CellValue): void {
    if (typeof v === "string" && v.startsWith("'")) {
      this.setCell(s, r, c, v.slice(1));
      return;
    }
    if (typeof v === "string" && /^[=+\-@]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v)) {
      this.setCell(s, r, c, "#NAME?");
      const fkey = `${r},${c}`;
      const before = s.formulas.get(fkey);
      this.journal?.push(() => (before === undefined ? s.formulas.delete(fkey) : s.formulas.set(fkey, before)));
      s.formulas.set(fkey, v.startsWith("=") ? v : `=${v}`);
      return;
    }
    this.setCell(s, r, c, v);
  }

  /** Formula text of a cell, or undefined. */
  formulaOf(sheetName: string, r: number, c: number): string | undefined {
    return this.sheet(sheetName)?.formulas.get(`${r},${c}`);
  }

  /** A formula cell with its last calculated value (the host does not calculate). */
  putFormula(sheetName: string, r: number, c: number, formula: string, value: CellValue): void {
    const s = this.sheet(sheetName)!;
    this.setCell(s, r, c, value);
    s.formulas.set(`${r},${c}`, formula);
  }

  values(s: SheetModel, b: Box): CellValue[][] {
    const out: CellValue[][] = new Array(b.rows);
    const cols: Array<CellValue[] | undefined> = [];
    for (let j = 0; j < b.cols; j++) cols.push(s.cols.get(b.col + j));
    for (let i = 0; i < b.rows; i++) {
      const row: CellValue[] = new Array(b.cols);
      for (let j = 0; j < b.cols; j++) {
        const v = cols[j]?.[b.row + i];
        row[j] = v === undefined ? "" : v;
      }
      out[i] = row;
    }
    return out;
  }

  /** Bounding box of non-empty cells inside `b`, or null. */
  usedBox(s: SheetModel, b: Box): Box | null {
    let r0 = Infinity,
      r1 = -1,
      c0 = Infinity,
      c1 = -1;
    for (const [c, col] of s.cols) {
      if (c < b.col || c >= b.col + b.cols) continue;
      let first = -1,
        last = -1;
      const end = Math.min(col.length, b.row + b.rows);
      if (col.length - b.row < 5_000 || b.rows < 5_000) {
        for (let r = b.row; r < end; r++)
          if (col[r] !== undefined) {
            if (first < 0) first = r;
            last = r;
          }
      } else {
        // forEach skips holes: fast on sparse columns.
        col.forEach((_v, r) => {
          if (r >= b.row && r < end) {
            if (first < 0) first = r;
            last = r;
          }
        });
      }
      if (first < 0) continue;
      r0 = Math.min(r0, first);
      r1 = Math.max(r1, last);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Excel's current region around a cell (bounded by empty rows and columns, diagonals included). */
  region(s: SheetModel, r: number, c: number): Box {
    const rowHas = (rr: number, lo: number, hi: number) => {
      if (rr < 0 || rr >= GRID_ROWS) return false;
      for (let cc = Math.max(0, lo); cc <= Math.min(GRID_COLS - 1, hi); cc++)
        if (s.cols.get(cc)?.[rr] !== undefined) return true;
      return false;
    };
    const colHas = (cc: number, lo: number, hi: number) => {
      if (cc < 0 || cc >= GRID_COLS) return false;
      const col = s.cols.get(cc);
      if (!col) return false;
      for (let rr = Math.max(0, lo); rr <= Math.min(col.length - 1, hi); rr++) if (col[rr] !== undefined) return true;
      return false;
    };
    let top = r,
      bottom = r,
      left = c,
      right = c;
    let grown = true;
    while (grown) {
      grown = false;
      while (rowHas(top - 1, left - 1, right + 1)) {
        top--;
        grown = true;
      }
      while (rowHas(bottom + 1, left - 1, right + 1)) {
        bottom++;
        grown = true;
      }
      while (colHas(left - 1, top - 1, bottom + 1)) {
        left--;
        grown = true;
      }
      while (colHas(right + 1, top - 1, bottom + 1)) {
        right++;
        grown = true;
      }
    }
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Every cell (value and formula) of a sheet outside the given boxes, for before/after comparisons. */
  snapshot(sheetName: string, exclude: Box[] = []): string {
    const s = this.sheet(sheetName);
    if (!s) return "";
    const out: string[] = [];
    const colsSorted = [...s.cols.keys()].sort((a, b) => a - b);
    for (const c of colsSorted) {
      s.cols.get(c)!.forEach((v, r) => {
        if (exclude.some((b) => r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols)) return;
        out.push(
          `${r},${c}=${typeof v}:${String(v)}${s.formulas.has(`${r},${c}`) ? `|${s.formulas.get(`${r},${c}`)}` : ""}`,
        );
      });
    }
    return out.join("\n");
  }

  // ---------------------------------------------------------------------------------------------------
  // Batches

  /** Runs one batch; refused (and undone) when a payload or cell limit is exceeded. */
  runBatch(ops: Array<() => void>, requestBytes: number, settle: Array<() => Settled>): void {
    const n = this.syncs.length + 1;
    const rec: SyncRecord = { n, requestBytes, responseBytes: 0, cellsRead: 0, ok: true };
    this.syncs.push(rec);
    if (requestBytes > PAYLOAD_LIMIT) {
      rec.ok = false;
      rec.error = "RequestPayloadSizeLimitExceeded";
      throw new ExcelApiError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
      );
    }
    this.journal = [];
    try {
      for (const op of ops) op();
      let response = 0;
      const commits: Array<() => void> = [];
      for (const s of settle) {
        const r = s();
        response += r.bytes;
        commits.push(r.commit);
      }
      rec.responseBytes = response;
      rec.cellsRead = this.readCells;
      if (this.readCells > READ_CELL_LIMIT) {
        rec.ok = false;
        rec.error = "CellCountLimitExceeded";
        this.undo();
        throw new ExcelApiError(
          "CellCountLimitExceeded",
          `The batch reads ${this.readCells} cells; Excel reads at most ${READ_CELL_LIMIT}.`,
        );
      }
      if (response > PAYLOAD_LIMIT) {
        rec.ok = false;
        rec.error = "ResponsePayloadSizeLimitExceeded";
        this.undo();
        throw new ExcelApiError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${response} bytes) has exceeded the limit.`,
        );
      }
      // Loaded values become readable only when the batch succeeded.
      for (const c of commits) c();
      this.flushEvents();
    } catch (e) {
      rec.ok = false;
      rec.error = rec.error ?? (e as Error).message;
      throw e;
    } finally {
      this.journal = null;
      this.readCells = 0;
      this.pendingEvents = [];
    }
  }

  /** Change events of the batch being run (delivered only if it succeeds). */
  private pendingEvents: Array<{ sheet: SheetModel; box: Box; kind: "changed" | "sorted" }> = [];

  /** Notes a change for the sheet's handlers: delivered after the batch (API writes) or at once (user edits). */
  noteChange(sheet: SheetModel, box: Box, kind: "changed" | "sorted" = "changed", now = false): void {
    if (!sheet.handlers) return;
    if (now) this.deliver(sheet, box, kind);
    else this.pendingEvents.push({ sheet, box, kind });
  }

  private flushEvents(): void {
    for (const e of this.pendingEvents) this.deliver(e.sheet, e.box, e.kind);
    this.pendingEvents = [];
  }

  private deliver(sheet: SheetModel, box: Box, kind: "changed" | "sorted"): void {
    const handlers = kind === "changed" ? sheet.handlers?.changed : sheet.handlers?.sorted;
    if (!handlers || handlers.size === 0) return;
    const a = address(sheet.name, box);
    const args = {
      address: a.slice(a.indexOf("!") + 1),
      source: "Local" as const,
      type: kind === "changed" ? "WorksheetChanged" : "WorksheetRowSorted",
      worksheetId: sheet.name,
      changeType: kind === "changed" ? "RangeEdited" : undefined,
    };
    // Excel delivers events asynchronously, after the change.
    for (const h of [...handlers]) setTimeout(() => void h(args), 0);
  }

  /** A person typing into cells (not through the API): the values change and onChanged fires. */
  userEdit(sheetName: string, row: number, col: number, rows: ReadonlyArray<ReadonlyArray<CellValue>>): void {
    const s = this.sheet(sheetName)!;
    rows.forEach((r, i) => r.forEach((v, j) => this.setCell(s, row + i, col + j, v)));
    this.noteChange(s, { row, col, rows: rows.length, cols: Math.max(...rows.map((r) => r.length)) }, "changed", true);
  }

  /**
   * A person sorting the rows of `box` by one of its columns (Data → Sort on a table or a selection): whole
   * rows of the box move, cells outside it stay. onRowSorted fires with the rows that moved.
   */
  userSort(sheetName: string, box: Box, byCol: number, descending = false): void {
    const s = this.sheet(sheetName)!;
    const rows = this.values(s, box);
    const formulas = rows.map((_, i) => rows[i].map((__, j) => s.formulas.get(`${box.row + i},${box.col + j}`)));
    const order = rows.map((_, i) => i);
    const k = byCol - box.col;
    order.sort((a, b) => {
      const x = String(rows[a][k]);
      const y = String(rows[b][k]);
      return (x < y ? -1 : x > y ? 1 : a - b) * (descending ? -1 : 1);
    });
    order.forEach((from, i) =>
      rows[from].forEach((v, j) => {
        this.setCell(s, box.row + i, box.col + j, v);
        const f = formulas[from][j];
        if (f !== undefined) s.formulas.set(`${box.row + i},${box.col + j}`, f);
      }),
    );
    this.noteChange(s, box, "sorted", true);
  }

  /** Cells read by loads in the current batch. */
  readCells = 0;

  private undo(): void {
    const j = this.journal ?? [];
    for (let i = j.length - 1; i >= 0; i--) j[i]();
    this.journal = [];
  }

  recordFormat(sheet: string, box: Box, what: string): void {
    const op: FormatOp = { sheet, box, what, sync: this.syncs.length + 1 };
    this.formatOps.push(op);
    this.journal?.push(() => {
      const i = this.formatOps.indexOf(op);
      if (i >= 0) this.formatOps.splice(i, 1);
    });
  }

  setSetting(key: string, value: string): void {
    const old = this.settings.get(key);
    this.journal?.push(() => (old === undefined ? this.settings.delete(key) : this.settings.set(key, old)));
    this.settings.set(key, value);
  }

  /** The proxy API for one `Excel.run`. */
  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** `Excel` global: run() plus the enums the add-in may read. */
  excelGlobal(): Record<string, unknown> {
    return {
      // Excel.run(batch), or Excel.run(context, batch) with a context from an earlier run (event handlers).
      run: async <T>(
        a: FakeRequestContext | ((ctx: FakeRequestContext) => Promise<T>),
        b?: (ctx: FakeRequestContext) => Promise<T>,
      ): Promise<T> => (typeof a === "function" ? a(this.context()) : b!(a)),
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
      ConditionalFormatType: { custom: "Custom" },
      CalculationType: { recalculate: "Recalculate", full: "Full" },
      HorizontalAlignment: { center: "Center" },
      VerticalAlignment: { top: "Top" },
    };
  }
}

// -----------------------------------------------------------------------------------------------------
// Proxies

type Resolver<T> = () => T | null;

class ClientObject<T> {
  /** Values of loaded properties, readable after the batch that loaded them. */
  protected readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly ctx: FakeRequestContext,
    protected readonly resolveTarget: Resolver<T>,
    private readonly typeName: string,
  ) {}

  /** The real object at execution time; operations on a null object fail like Excel's. */
  protected target(): T {
    const t = this.resolveTarget();
    if (t === null) throw new ExcelApiError("InvalidObjectPath", `The ${this.typeName} does not exist (null object).`);
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject", this.typeName);
    return this.nullState;
  }

  /** Queues a load; `read(prop)` computes each property from the target at execution time. */
  protected queueLoad(props: string[], read: (t: T, prop: string) => { value: unknown; cells?: number }): void {
    const pending = new Map<string, unknown>();
    let isNull = false;
    this.ctx.queue(
      () => {
        const t = this.resolveTarget();
        if (t === null) {
          isNull = true;
          return;
        }
        for (const p of props) {
          const r = read(t, p);
          if (r.cells) this.ctx.model.readCells += r.cells;
          pending.set(p, r.value);
        }
      },
      0,
      () => ({
        bytes: isNull ? 8 : jsonBytes(Object.fromEntries(pending)),
        commit: () => {
          this.nullState = isNull;
          for (const [k, v] of pending) this.loadedValues.set(k, v);
        },
      }),
    );
  }

  protected loaded(prop: string): unknown {
    if (!this.loadedValues.has(prop)) throw notLoaded(prop, this.typeName);
    return this.loadedValues.get(prop);
  }

  protected splitProps(arg: string | string[] | undefined, all: string[]): string[] {
    if (arg === undefined) return all;
    const list = Array.isArray(arg) ? arg : arg.split(",");
    return list.map((p) => p.trim()).filter(Boolean);
  }
}

function notLoaded(prop: string, type: string): ExcelApiError {
  return new ExcelApiError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function refuseIfProtected(s: SheetModel): void {
  if (s.protected)
    throw new ExcelApiError(
      "AccessDenied",
      "The cell or chart that you are trying to change is protected and therefore read-only.",
    );
}

interface RangeTarget {
  sheet: SheetModel;
  box: Box;
}

export class FakeRequestContext {
  private ops: Array<() => void> = [];
  private settles: Array<() => Settled> = [];
  private requestBytes = 0;
  /** The workbook state (the host's side). */
  readonly model: FakeWorkbook;
  /** `context.workbook` as the add-in sees it. */
  readonly workbook: FakeWorkbookProxy;

  constructor(wb: FakeWorkbook) {
    this.model = wb;
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Adds an operation to the batch: `bytes` it adds to the request, `settle` runs after success. */
  queue(op: () => void, bytes = 64, settle?: () => Settled): void {
    this.ops.push(op);
    this.requestBytes += bytes;
    if (settle) this.settles.push(settle);
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    const settles = this.settles;
    const bytes = this.requestBytes + 200;
    this.ops = [];
    this.settles = [];
    this.requestBytes = 0;
    await Promise.resolve();
    this.model.runBatch(ops, bytes, settles);
  }
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettings;
  readonly application: FakeApplication;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettings(ctx);
    this.application = new FakeApplication(ctx);
  }
  getSelectedRange(): FakeRange {
    const wb = this.ctx.model;
    return new FakeRange(this.ctx, () => ({ sheet: wb.sheet(wb.activeSheet)!, box: { ...wb.selection } }));
  }
}

export class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.queue(() => undefined, 32);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.queue(() => undefined, 32);
  }
  calculate(type: string): void {
    this.ctx.queue(() => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(type))
        throw new ExcelApiError("InvalidArgument", `calculate(${type})`);
    }, 32);
  }
}

export class FakeSettings {
  constructor(private readonly ctx: FakeRequestContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    const wb = this.ctx.model;
    return new FakeSetting(this.ctx, () => (wb.settings.has(key) ? { key, value: wb.settings.get(key)! } : null));
  }
  add(key: string, value: unknown): void {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    this.ctx.queue(() => this.ctx.model.setSetting(key, text), jsonBytes(text) + 64);
  }
}

export class FakeSetting extends ClientObject<{ key: string; value: string }> {
  constructor(ctx: FakeRequestContext, r: Resolver<{ key: string; value: string }>) {
    super(ctx, r, "Setting");
  }
  load(props?: string | string[]): this {
    this.queueLoad(this.splitProps(props, ["key", "value"]), (t, p) => ({ value: p === "key" ? t.key : t.value }));
    return this;
  }
  get value(): string {
    return this.loaded("value") as string;
  }
  get key(): string {
    return this.loaded("key") as string;
  }
}

export class FakeWorksheetCollection {
  constructor(private readonly ctx: FakeRequestContext) {}
  getActiveWorksheet(): FakeWorksheet {
    const wb = this.ctx.model;
    return new FakeWorksheet(this.ctx, () => wb.sheet(wb.activeSheet) ?? null);
  }
  getItem(name: string): FakeWorksheet {
    const wb = this.ctx.model;
    return new FakeWorksheet(this.ctx, () => {
      const s = wb.sheet(name);
      if (!s) throw new ExcelApiError("ItemNotFound", `The requested sheet ${name} doesn't exist.`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const wb = this.ctx.model;
    return new FakeWorksheet(this.ctx, () => wb.sheet(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    const wb = this.ctx.model;
    this.ctx.queue(() => {
      wb.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => wb.sheet(name) ?? null);
  }
}

export class FakeWorksheet extends ClientObject<SheetModel> {
  constructor(ctx: FakeRequestContext, r: Resolver<SheetModel>) {
    super(ctx, r, "Worksheet");
  }
  load(props?: string | string[]): this {
    this.queueLoad(this.splitProps(props, ["name"]), (t, p) => {
      if (p !== "name") throw new ExcelApiError("InvalidArgument", `Worksheet has no property ${p} in this host`);
      return { value: t.name };
    });
    return this;
  }
  get name(): string {
    return this.loaded("name") as string;
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, () => this.target());
  }
  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.ctx, () => this.target());
  }
  get onChanged(): FakeEventSource {
    return new FakeEventSource(this.ctx, () => this.target(), "changed");
  }
  get onRowSorted(): FakeEventSource {
    return new FakeEventSource(this.ctx, () => this.target(), "sorted");
  }
  activate(): void {
    this.ctx.queue(() => {
      this.ctx.model.activeSheet = this.target().name;
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.target();
      if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > GRID_ROWS || col + cols > GRID_COLS) {
        throw new ExcelApiError(
          "InvalidArgument",
          `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols}) is outside the grid.`,
        );
      }
      return { sheet: s, box: { row, col, rows, cols } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.ctx, () => {
      const s = this.target();
      const b = this.ctx.model.usedBox(s, { row: 0, col: 0, rows: GRID_ROWS, cols: GRID_COLS });
      return b ? { sheet: s, box: b } : null;
    });
  }
}

export class FakeWorksheetProtection extends ClientObject<SheetModel> {
  constructor(ctx: FakeRequestContext, r: Resolver<SheetModel>) {
    super(ctx, r, "WorksheetProtection");
  }
  load(props?: string | string[]): this {
    this.queueLoad(this.splitProps(props, ["protected"]), (t, p) => {
      if (p !== "protected") throw new ExcelApiError("InvalidArgument", `WorksheetProtection has no property ${p}`);
      return { value: t.protected === true };
    });
    return this;
  }
  get protected(): boolean {
    return this.loaded("protected") as boolean;
  }
}

/** `worksheet.onChanged` / `onRowSorted`: `add` registers at the next sync; `remove` at the one after it. */
export class FakeEventSource {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => SheetModel,
    private readonly kind: "changed" | "sorted",
  ) {}
  add(handler: SheetEventHandler): { remove(): void; context: FakeRequestContext } {
    const ctx = this.ctx;
    let target: SheetModel | null = null;
    ctx.queue(() => {
      target = this.sheet();
      target.handlers ??= { changed: new Set(), sorted: new Set() };
      (this.kind === "changed" ? target.handlers.changed : target.handlers.sorted).add(handler);
    });
    return {
      context: ctx,
      remove: () =>
        ctx.queue(() => {
          const h = target?.handlers;
          if (h) (this.kind === "changed" ? h.changed : h.sorted).delete(handler);
        }),
    };
  }
}

export class FakeTableCollection {
  private itemsValue: FakeTable[] | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {}
  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "items/name").split(",")).map((p) =>
      p.trim().replace(/^items\//, ""),
    );
    let found: TableModel[] = [];
    this.ctx.queue(
      () => {
        found = [...this.sheet().tables];
      },
      64,
      () => ({
        bytes: jsonBytes(found.map((t) => ({ name: t.name, showTotals: t.showTotals }))),
        commit: () => {
          this.itemsValue = found.map((t) => {
            const proxy = new FakeTable(this.ctx, () => this.sheet().tables.find((x) => x.name === t.name) ?? null, t);
            proxy.markLoaded(names);
            return proxy;
          });
        },
      }),
    );
    return this;
  }
  get items(): FakeTable[] {
    if (!this.itemsValue) throw notLoaded("items", "TableCollection");
    return this.itemsValue;
  }
}

export class FakeTable extends ClientObject<TableModel> {
  constructor(
    ctx: FakeRequestContext,
    r: Resolver<TableModel>,
    private readonly snapshot: TableModel,
  ) {
    super(ctx, r, "Table");
  }
  markLoaded(props: string[]): void {
    for (const p of props) {
      if (p === "name") this.loadedValues.set("name", this.snapshot.name);
      if (p === "showTotals") this.loadedValues.set("showTotals", this.snapshot.showTotals);
    }
  }
  get name(): string {
    return this.loaded("name") as string;
  }
  get showTotals(): boolean {
    return this.loaded("showTotals") as boolean;
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      const s = this.ctx.model.sheets.find((x) => x.tables.includes(t))!;
      return { sheet: s, box: { row: t.row, col: t.col, rows: t.rows, cols: t.cols } };
    });
  }
}

const RANGE_PROPS = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "values",
  "formulas",
  "rowHidden",
];

export class FakeRange extends ClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(ctx: FakeRequestContext, r: Resolver<RangeTarget>) {
    super(ctx, r, "Range");
    this.format = new FakeRangeFormat(ctx, () => this.target());
    this.conditionalFormats = new FakeConditionalFormats(ctx, () => this.target());
  }

  load(props?: string | string[]): this {
    this.queueLoad(this.splitProps(props, RANGE_PROPS), (t, p) => {
      const b = t.box;
      switch (p) {
        case "address":
          return { value: address(t.sheet.name, b) };
        case "rowIndex":
          return { value: b.row };
        case "columnIndex":
          return { value: b.col };
        case "rowCount":
          return { value: b.rows };
        case "columnCount":
          return { value: b.cols };
        case "values":
          return { value: this.ctx.model.values(t.sheet, b), cells: b.rows * b.cols };
        case "formulas": {
          const v = this.ctx.model.values(t.sheet, b);
          for (let i = 0; i < b.rows; i++)
            for (let j = 0; j < b.cols; j++) {
              const f = t.sheet.formulas.get(`${b.row + i},${b.col + j}`);
              if (f !== undefined) v[i][j] = f;
            }
          return { value: v, cells: b.rows * b.cols };
        }
        case "rowHidden": {
          let n = 0;
          for (const h of t.sheet.hiddenRows) if (h >= b.row && h < b.row + b.rows) n++;
          return { value: n === 0 ? false : n === b.rows ? true : null };
        }
        default:
          throw new ExcelApiError("InvalidArgument", `Range has no property ${p} in this host`);
      }
    });
    return this;
  }

  get address(): string {
    return this.loaded("address") as string;
  }
  get rowIndex(): number {
    return this.loaded("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.loaded("columnIndex") as number;
  }
  get rowCount(): number {
    return this.loaded("rowCount") as number;
  }
  get columnCount(): number {
    return this.loaded("columnCount") as number;
  }
  get rowHidden(): boolean | null {
    return this.loaded("rowHidden") as boolean | null;
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas") as unknown[][];
  }
  get values(): unknown[][] {
    return this.loaded("values") as unknown[][];
  }
  set values(v: unknown[][]) {
    const copy = v.map((r) => [...r]);
    this.ctx.queue(
      () => {
        const t = this.target();
        refuseIfProtected(t.sheet);
        if (copy.length !== t.box.rows || copy.some((r) => r.length !== t.box.cols)) {
          throw new ExcelApiError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${address(t.sheet.name, t.box)}.`,
          );
        }
        for (let i = 0; i < copy.length; i++) {
          for (let j = 0; j < copy[i].length; j++) {
            const x = copy[i][j];
            if (x !== null && typeof x === "object")
              throw new ExcelApiError("InvalidArgument", "A cell value must be a string, number or boolean.");
            if (typeof x === "string" && x.length > 32_767)
              throw new ExcelApiError("InvalidArgument", "Text values are limited to 32,767 characters.");
            this.ctx.model.enterValue(
              t.sheet,
              t.box.row + i,
              t.box.col + j,
              x === null || x === undefined ? "" : (x as CellValue),
            );
          }
        }
        this.ctx.model.noteChange(t.sheet, t.box);
      },
      jsonBytes(copy) + 96,
    );
  }

  getSurroundingRegion(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, box: this.ctx.model.region(t.sheet, t.box.row, t.box.col) };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      const b = this.ctx.model.usedBox(t.sheet, t.box);
      return b ? { sheet: t.sheet, box: b } : null;
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const t = this.target();
      const hits = t.sheet.merged.filter((m) => intersects(m, t.box));
      return hits.length === 0 ? null : { sheet: t.sheet, boxes: hits };
    });
  }
  clear(applyTo?: string): void {
    const what = applyTo ?? "All";
    this.ctx.queue(() => {
      const t = this.target();
      refuseIfProtected(t.sheet);
      this.ctx.model.noteChange(t.sheet, t.box);
      if (what === "All" || what === "Contents") {
        for (const [c, col] of t.sheet.cols) {
          if (c < t.box.col || c >= t.box.col + t.box.cols) continue;
          const end = Math.min(col.length, t.box.row + t.box.rows);
          const rows: number[] = [];
          col.forEach((_, r) => {
            if (r >= t.box.row && r < end) rows.push(r);
          });
          for (const r of rows) this.ctx.model.setCell(t.sheet, r, c, "");
        }
      }
      if (what === "All" || what === "Formats") this.ctx.model.recordFormat(t.sheet.name, t.box, "clear-formats");
    });
  }
  select(): void {
    this.ctx.queue(() => {
      const t = this.target();
      this.ctx.model.activeSheet = t.sheet.name;
      this.ctx.model.selection = { ...t.box };
      this.ctx.model.selections.push(address(t.sheet.name, t.box));
    });
  }
}

export class FakeRangeAreas extends ClientObject<{ sheet: SheetModel; boxes: Box[] }> {
  constructor(ctx: FakeRequestContext, r: Resolver<{ sheet: SheetModel; boxes: Box[] }>) {
    super(ctx, r, "RangeAreas");
  }
  load(props?: string | string[]): this {
    this.queueLoad(this.splitProps(props, ["address", "areaCount"]), (t, p) => {
      if (p === "address") return { value: t.boxes.map((b) => address(t.sheet.name, b)).join(",") };
      if (p === "areaCount") return { value: t.boxes.length };
      throw new ExcelApiError("InvalidArgument", `RangeAreas has no property ${p} in this host`);
    });
    return this;
  }
  get address(): string {
    return this.loaded("address") as string;
  }
  get areaCount(): number {
    return this.loaded("areaCount") as number;
  }
}

/** Write-only formatting proxies: each assignment is recorded (the host keeps no per-cell formats). */
function formatSetter(ctx: FakeRequestContext, target: () => RangeTarget, what: string) {
  return (v: unknown) =>
    ctx.queue(() => {
      const t = target();
      ctx.model.recordFormat(t.sheet.name, t.box, `${what}=${String(v)}`);
    });
}

export class FakeRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean };
  constructor(ctx: FakeRequestContext, target: () => RangeTarget) {
    const fill = formatSetter(ctx, target, "fill.color");
    const bold = formatSetter(ctx, target, "font.bold");
    this.fill = {
      set color(v: string) {
        fill(v);
      },
      get color(): string {
        throw notLoaded("color", "RangeFill");
      },
    };
    this.font = {
      set bold(v: boolean) {
        bold(v);
      },
      get bold(): boolean {
        throw notLoaded("bold", "RangeFont");
      },
    };
    for (const p of ["columnWidth", "wrapText", "horizontalAlignment", "verticalAlignment", "rowHeight"]) {
      const set = formatSetter(ctx, target, p);
      Object.defineProperty(this, p, {
        set,
        get: () => {
          throw notLoaded(p, "RangeFormat");
        },
        enumerable: true,
      });
    }
  }
}

export class FakeConditionalFormats {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly target: () => RangeTarget,
  ) {}
  clearAll(): void {
    this.ctx.queue(() => {
      const t = this.target();
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.box, t.box));
      this.ctx.model.recordFormat(t.sheet.name, t.box, "conditionalFormats.clearAll");
    });
  }
  add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string } } } } {
    const cf = { box: { row: 0, col: 0, rows: 0, cols: 0 }, type, formula: "", fill: "" };
    const ctx = this.ctx;
    this.ctx.queue(() => {
      const t = this.target();
      if (type !== "Custom")
        throw new ExcelApiError("InvalidArgument", `conditional format type ${type} not supported by this host`);
      cf.box = { ...t.box };
      t.sheet.conditionalFormats.push(cf);
      ctx.model.recordFormat(t.sheet.name, t.box, `conditionalFormat.add(${type})`);
    });
    return {
      custom: {
        rule: {
          set formula(v: string) {
            ctx.queue(() => {
              cf.formula = v;
            });
          },
          get formula(): string {
            return cf.formula;
          },
        },
        format: {
          fill: {
            set color(v: string) {
              ctx.queue(() => {
                cf.fill = v;
              });
            },
            get color(): string {
              return cf.fill;
            },
          },
        },
      },
    };
  }
}
