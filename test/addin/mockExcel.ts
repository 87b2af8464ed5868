/* eslint-disable @typescript-eslint/no-this-alias -- the mock's nested plain objects call back into the workbook that made them */
/**
 * A small Excel workbook for unit tests of src/taskpane/excel.ts, built from office-addin-mock's
 * OfficeMockObject (so properties read before `load` + `sync` come back as the mock's "not loaded" marker).
 *
 * The workbook keeps cell values in a sparse model. Every Range the code asks for is a fresh mock seeded
 * from the model; at `context.sync()` the mock looks at what the code assigned to those ranges since the
 * previous sync (values, fills, fonts, widths, conditional formats, clears) and applies it to the model,
 * recording one event per operation with the number of the sync that carried it.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter } from "../../src/engine/headers";

export type Cell = string | number | boolean;

export interface MockEvent {
  sync: number;
  kind: "values" | "format" | "conditionalFormat" | "clear" | "select" | "setting" | "addSheet";
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** JSON bytes of the values written (for "values"). */
  bytes?: number;
  detail?: string;
}

interface SheetModel {
  name: string;
  cells: Map<string, Cell>;
  /** Sorted occupied columns per row / rows per column; rebuilt after the cells change. */
  index?: { byRow: Map<number, number[]>; byCol: Map<number, number[]> };
  merged: Array<{ row: number; col: number; rows: number; cols: number }>;
  hiddenRows: Set<number>;
  tables: Array<{ name: string; row: number; col: number; rows: number; cols: number; showTotals: boolean }>;
  /** Worksheet protection: writes fail with AccessDenied. */
  protected?: boolean;
}

const NOT_LOADED = "Error, property was not loaded";

function key(r: number, c: number): string {
  return `${r},${c}`;
}

function lowerBound(sorted: number[], value: number): number {
  let a = 0,
    b = sorted.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (sorted[m] < value) a = m + 1;
    else b = m;
  }
  return a;
}

const colLetter = columnLetter;

function address(sheet: string, r: number, c: number, rows: number, cols: number): string {
  const tl = `${colLetter(c)}${r + 1}`;
  const br = `${colLetter(c + cols - 1)}${r + rows}`;
  return `${sheet}!${rows === 1 && cols === 1 ? tl : `${tl}:${br}`}`;
}

/**
 * `isNullObject` as a plain field: Office.js sets it when the object is synced (after loading anything
 * on it), which office-addin-mock does not model.
 */
function plainIsNull<T extends OfficeMockObject>(o: T, value: boolean): T {
  (o as unknown as { isNullObject: boolean }).isNullObject = value;
  return o;
}

type EventHandler = (e: { address: string; source: string; type: string }) => unknown;

export class MockWorkbook {
  /** Event handlers the code registered, per sheet and kind (added and removed at sync, like Excel). */
  readonly handlers = new Map<string, Set<EventHandler>>();

  addHandler(sheet: string, kind: "changed" | "sorted", h: EventHandler): { remove(): void; context: unknown } {
    const k = `${sheet}|${kind}`;
    this.pending.push(() => {
      if (!this.handlers.has(k)) this.handlers.set(k, new Set());
      this.handlers.get(k)!.add(h);
    });
    return {
      context: this.context(),
      remove: () => {
        // Removal is applied at once here (the context it belongs to is synced by the caller).
        this.handlers.get(k)?.delete(h);
      },
    };
  }

  handlerCount(sheet = this.activeSheet): number {
    return (this.handlers.get(`${sheet}|changed`)?.size ?? 0) + (this.handlers.get(`${sheet}|sorted`)?.size ?? 0);
  }

  /** Fires the sheet's handlers as Excel does after a change (asynchronously). */
  fire(sheet: string, kind: "changed" | "sorted", address: string): void {
    for (const h of [...(this.handlers.get(`${sheet}|${kind}`) ?? [])])
      setTimeout(() => void h({ address, source: "Local", type: kind }), 0);
  }

  /** A person typing values into cells: the cells change and onChanged fires. */
  userEdit(rows: Cell[][], row: number, col: number, sheetName = this.activeSheet): void {
    this.put(rows, row, col, sheetName);
    const a = address(sheetName, row, col, rows.length, Math.max(...rows.map((r) => r.length)));
    this.fire(sheetName, "changed", a.slice(a.indexOf("!") + 1));
  }

  /** A person sorting rows [row, row + rows) of columns [col, col + cols) by one column (onRowSorted fires). */
  userSort(
    row: number,
    col: number,
    rows: number,
    cols: number,
    byCol: number,
    descending = false,
    sheetName = this.activeSheet,
  ): void {
    const vals = this.values(sheetName, row, col, rows, cols);
    const k = byCol - col;
    const order = vals
      .map((_, i) => i)
      .sort((a, b) => {
        const x = String(vals[a][k]);
        const y = String(vals[b][k]);
        return (x < y ? -1 : x > y ? 1 : a - b) * (descending ? -1 : 1);
      });
    this.put(
      order.map((i) => vals[i]),
      row,
      col,
      sheetName,
    );
    const a = address(sheetName, row, col, rows, cols);
    this.fire(sheetName, "sorted", a.slice(a.indexOf("!") + 1));
  }

  readonly sheets = new Map<string, SheetModel>();
  readonly settings = new Map<string, string>();
  readonly events: MockEvent[] = [];
  syncCount = 0;
  activeSheet: string;
  selection = { row: 0, col: 0 };
  /** Called with the JSON bytes of each sync's writes; throw to simulate a refused batch. */
  onSync?: (bytes: number, syncNo: number) => void;
  private pending: Array<() => void> = [];
  private created: OfficeMockObject[] = [];

  constructor(sheetName = "Orders") {
    this.activeSheet = sheetName;
    this.addSheetModel(sheetName);
  }

  addSheetModel(name: string): SheetModel {
    const s: SheetModel = { name, cells: new Map(), merged: [], hiddenRows: new Set(), tables: [] };
    this.sheets.set(name, s);
    return s;
  }

  sheet(name = this.activeSheet): SheetModel {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Puts a 2-D block of values at (row, col) of a sheet. */
  put(rows: Cell[][], row = 0, col = 0, sheetName = this.activeSheet): void {
    const s = this.sheet(sheetName);
    s.index = undefined;
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === "" || v === null || v === undefined) s.cells.delete(key(row + i, col + j));
        else s.cells.set(key(row + i, col + j), v);
      }),
    );
  }

  /** Cells written with Excel's text prefix (a leading apostrophe), by sheet and "row,col". */
  readonly textPrefixed = new Set<string>();

  /**
   * Values written by the add-in, as Excel takes them: a leading apostrophe is the text prefix (not part of
   * the value); text starting with = + - @ that is not a plain number would become a formula, recorded as
   * such in `formulas` (the mock does not calculate; the cell shows #NAME?).
   */
  enter(rows: Cell[][], row: number, col: number, sheetName: string): void {
    const out = rows.map((r, i) =>
      r.map((v, j) => {
        const k = `${sheetName}!${key(row + i, col + j)}`;
        this.textPrefixed.delete(k);
        this.formulas.delete(k);
        if (typeof v === "string" && v.startsWith("'")) {
          this.textPrefixed.add(k);
          return v.slice(1);
        }
        if (typeof v === "string" && /^[=+\-@]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v)) {
          this.formulas.set(k, v);
          return "#NAME?";
        }
        return v;
      }),
    );
    this.put(out, row, col, sheetName);
  }

  /** Formula text of cells the add-in wrote as formulas (which it must never do), by sheet and "row,col". */
  readonly formulas = new Map<string, string>();

  get(row: number, col: number, sheetName = this.activeSheet): Cell | "" {
    return this.sheet(sheetName).cells.get(key(row, col)) ?? "";
  }

  values(sheetName: string, r: number, c: number, rows: number, cols: number): Cell[][] {
    const out: Cell[][] = [];
    const cells = this.sheet(sheetName).cells;
    for (let i = 0; i < rows; i++) {
      const row: Cell[] = new Array(cols);
      for (let j = 0; j < cols; j++) row[j] = cells.get(key(r + i, c + j)) ?? "";
      out.push(row);
    }
    return out;
  }

  private index(sheetName: string): { byRow: Map<number, number[]>; byCol: Map<number, number[]> } {
    const s = this.sheet(sheetName);
    if (s.index) return s.index;
    const byRow = new Map<number, number[]>();
    const byCol = new Map<number, number[]>();
    for (const k of s.cells.keys()) {
      const comma = k.indexOf(",");
      const rr = Number(k.slice(0, comma));
      const cc = Number(k.slice(comma + 1));
      (byRow.get(rr) ?? byRow.set(rr, []).get(rr)!).push(cc);
      (byCol.get(cc) ?? byCol.set(cc, []).get(cc)!).push(rr);
    }
    for (const a of byRow.values()) a.sort((x, y) => x - y);
    for (const a of byCol.values()) a.sort((x, y) => x - y);
    s.index = { byRow, byCol };
    return s.index;
  }

  /** Bounding box of non-empty cells of a sheet inside a rectangle, or null. */
  usedBox(
    sheetName: string,
    r: number,
    c: number,
    rows: number,
    cols: number,
  ): { row: number; col: number; rows: number; cols: number } | null {
    const { byCol } = this.index(sheetName);
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [cc, list] of byCol) {
      if (cc < c || cc >= c + cols) continue;
      const a = lowerBound(list, r);
      if (a >= list.length || list[a] >= r + rows) continue;
      const b = lowerBound(list, r + rows) - 1;
      r0 = Math.min(r0, list[a]);
      r1 = Math.max(r1, list[b]);
      c0 = Math.min(c0, cc);
      c1 = Math.max(c1, cc);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Excel's current region: grows from a cell while the border (diagonals included) touches content. */
  region(sheetName: string, r: number, c: number): { row: number; col: number; rows: number; cols: number } {
    const { byRow, byCol } = this.index(sheetName);
    const anyIn = (sorted: number[] | undefined, lo: number, hi: number) => {
      if (!sorted) return false;
      const a = lowerBound(sorted, lo);
      return a < sorted.length && sorted[a] <= hi;
    };
    let top = r,
      left = c,
      bottom = r,
      right = c;
    let grown = true;
    while (grown) {
      grown = false;
      while (top > 0 && anyIn(byRow.get(top - 1), left - 1, right + 1)) {
        top--;
        grown = true;
      }
      while (anyIn(byRow.get(bottom + 1), left - 1, right + 1)) {
        bottom++;
        grown = true;
      }
      while (left > 0 && anyIn(byCol.get(left - 1), top - 1, bottom + 1)) {
        left--;
        grown = true;
      }
      while (anyIn(byCol.get(right + 1), top - 1, bottom + 1)) {
        right++;
        grown = true;
      }
    }
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** The global `Excel` object for excel.ts. */
  excel(): unknown {
    return {
      // Excel.run(fn), or Excel.run(existingContext, fn) as used to remove event handlers later.
      run: async <T>(a: unknown, b?: (context: unknown) => Promise<T>) =>
        typeof a === "function" ? (a as (context: unknown) => Promise<T>)(this.context()) : b!(a),
    };
  }

  private track<T extends OfficeMockObject>(o: T): T {
    this.created.push(o);
    return o;
  }

  private nullObject(): OfficeMockObject {
    return this.track(
      plainIsNull(
        new OfficeMockObject({
          address: "",
          areaCount: 0,
          rowIndex: 0,
          rowCount: 0,
          columnIndex: 0,
          columnCount: 0,
          name: "",
          value: "",
        }),
        true,
      ),
    );
  }

  context(): OfficeMockObject {
    const wb = this;
    const ctx = new OfficeMockObject({
      workbook: {
        worksheets: {
          getActiveWorksheet: () => wb.worksheet(wb.activeSheet),
          getItem: (name: string) => wb.worksheet(name),
          getItemOrNullObject: (name: string) => (wb.sheets.has(name) ? wb.worksheet(name) : wb.nullObject()),
          add: (name: string) => {
            wb.pending.push(() => {
              wb.addSheetModel(name);
              wb.events.push({ sync: wb.syncCount, kind: "addSheet", sheet: name, row: 0, col: 0, rows: 0, cols: 0 });
            });
            // Writes to the new sheet apply after it exists (same batch, later in order).
            return wb.worksheet(name);
          },
        },
        getSelectedRange: () => wb.range(wb.activeSheet, wb.selection.row, wb.selection.col, 1, 1),
        settings: {
          getItemOrNullObject: (k: string) =>
            wb.settings.has(k)
              ? wb.track(plainIsNull(new OfficeMockObject({ key: k, value: wb.settings.get(k)! }), false))
              : wb.nullObject(),
          add: (k: string, v: string) => {
            wb.pending.push(() => {
              wb.settings.set(k, v);
              wb.events.push({
                sync: wb.syncCount,
                kind: "setting",
                sheet: "",
                row: 0,
                col: 0,
                rows: 0,
                cols: 0,
                detail: k,
              });
            });
          },
        },
        application: {
          suspendApiCalculationUntilNextSync: () => undefined,
          suspendScreenUpdatingUntilNextSync: () => undefined,
          calculate: () => undefined,
        },
      },
    });
    ctx.sync = async () => wb.sync();
    return ctx;
  }

  worksheet(name: string): OfficeMockObject {
    const wb = this;
    const s = this.sheets.get(name);
    const tables = (s?.tables ?? []).map(
      (t) =>
        new OfficeMockObject({
          name: t.name,
          showTotals: t.showTotals,
          getRange: () => wb.range(name, t.row, t.col, t.rows, t.cols),
        }),
    );
    const ws = plainIsNull(
      new OfficeMockObject({
        name,
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => wb.range(name, r, c, rows, cols),
        getUsedRangeOrNullObject: () => {
          const box = wb.sheets.has(name) ? wb.usedBox(name, 0, 0, 1_048_576, 16_384) : null;
          return box ? wb.range(name, box.row, box.col, box.rows, box.cols) : wb.nullObject();
        },
        activate: () => undefined,
        onChanged: { add: (h: EventHandler) => wb.addHandler(name, "changed", h) },
        onRowSorted: { add: (h: EventHandler) => wb.addHandler(name, "sorted", h) },
      }),
      false,
    );
    // Protection as a plain loadable object (read at sync time, like Excel).
    (ws as unknown as { protection: unknown }).protection = {
      protected: false,
      load(this: { protected: boolean }) {
        wb.pending.push(() => {
          this.protected = wb.sheets.get(name)?.protected === true;
        });
      },
    };
    // office-addin-mock has no collections: `tables.load("items/name,…")` is forwarded to each item.
    (ws as unknown as { tables: unknown }).tables = {
      items: tables,
      load: (props: string) => {
        const names = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        for (const t of tables) t.load(names);
        tables.forEach((t) => this.track(t));
      },
    };
    return this.track(ws);
  }

  range(sheet: string, r: number, c: number, rows: number, cols: number): OfficeMockObject {
    const wb = this;
    const exists = this.sheets.has(sheet);
    // Values are read from the model when `load("values")` is called (seeding every range up front is slow).
    const seedValues: Cell[][] = [];
    const model = exists ? this.sheet(sheet) : null;
    let hidden: boolean | null = false;
    if (model) {
      let n = 0;
      for (const h of model.hiddenRows) if (h >= r && h < r + rows) n++;
      hidden = n === 0 ? false : n === rows ? true : null;
    }
    const cfAdds: string[] = [];
    const range = plainIsNull(
      new OfficeMockObject({
        address: address(sheet, r, c, rows, cols),
        rowIndex: r,
        columnIndex: c,
        rowCount: rows,
        columnCount: cols,
        values: seedValues,
        rowHidden: false,
        format: {
          columnWidth: 0,
          wrapText: false,
          verticalAlignment: "",
          horizontalAlignment: "",
          fill: { color: "" },
          font: { bold: false },
        },
        conditionalFormats: {
          clearAll: () => {
            cfAdds.push("clearAll");
          },
          add: (type: string) => {
            cfAdds.push(type);
            return new OfficeMockObject({ custom: { rule: { formula: "" }, format: { fill: { color: "" } } } });
          },
        },
        getSurroundingRegion: () => {
          const box = wb.region(sheet, r, c);
          return wb.range(sheet, box.row, box.col, box.rows, box.cols);
        },
        getUsedRangeOrNullObject: () => {
          const box = wb.usedBox(sheet, r, c, rows, cols);
          return box ? wb.range(sheet, box.row, box.col, box.rows, box.cols) : wb.nullObject();
        },
        getMergedAreasOrNullObject: () => {
          const hits = (model?.merged ?? []).filter(
            (m) => m.row < r + rows && m.row + m.rows > r && m.col < c + cols && m.col + m.cols > c,
          );
          if (hits.length === 0) return wb.nullObject();
          return wb.track(
            plainIsNull(
              new OfficeMockObject({
                areaCount: hits.length,
                address: hits.map((m) => address(sheet, m.row, m.col, m.rows, m.cols)).join(","),
              }),
              false,
            ),
          );
        },
        clear: (applyTo: string) => {
          wb.pending.push(() => {
            wb.sheet(sheet).index = undefined;
            for (let i = 0; i < rows; i++)
              for (let j = 0; j < cols; j++) wb.sheet(sheet).cells.delete(key(r + i, c + j));
            wb.events.push({ sync: wb.syncCount, kind: "clear", sheet, row: r, col: c, rows, cols, detail: applyTo });
          });
        },
        select: () => {
          wb.pending.push(() =>
            wb.events.push({ sync: wb.syncCount, kind: "select", sheet, row: r, col: c, rows, cols }),
          );
        },
      }),
      false,
    );
    const mockLoad = OfficeMockObject.prototype.load;
    (range as unknown as { load(p: unknown): unknown }).load = function (this: OfficeMockObject, props: unknown) {
      const list =
        typeof props === "string" ? props.split(",").map((x) => x.trim()) : Array.isArray(props) ? props : [];
      if (exists && list.includes("values")) {
        (this as unknown as { setValue(n: string, v: unknown): void }).setValue(
          "values",
          wb.values(sheet, r, c, rows, cols),
        );
        initial.values = (this as unknown as { values: unknown }).values;
      }
      return mockLoad.call(this, props as string);
    };
    // boolean, or null when mixed (null is not expressible in the seed; setValue keeps the load semantics)
    (range as unknown as { setValue(name: string, value: unknown): void }).setValue("rowHidden", hidden);
    // What the code assigns is compared with these at sync time.
    const initial = { values: (range as unknown as { values: unknown }).values };
    this.track(range);
    this.writers.push({ range, sheet, r, c, rows, cols, initial, cfAdds });
    return range;
  }

  private writers: Array<{
    range: OfficeMockObject;
    sheet: string;
    r: number;
    c: number;
    rows: number;
    cols: number;
    initial: { values: unknown };
    cfAdds: string[];
  }> = [];

  /** Applies the batch: writes, formats, clears, settings, in the order they were queued; then loads. */
  async sync(): Promise<void> {
    this.syncCount++;
    const syncNo = this.syncCount;
    let bytes = 0;
    const ops: Array<() => void> = [];
    // A batch is gone after its sync, whether Excel accepted it or not.
    const writers = this.writers;
    const created = this.created;
    const pending = this.pending;
    this.writers = [];
    this.created = [];
    this.pending = [];
    for (const w of writers) {
      const rr = w.range as unknown as {
        values: unknown;
        format: {
          columnWidth: unknown;
          wrapText: unknown;
          horizontalAlignment: unknown;
          verticalAlignment: unknown;
          fill: { color: unknown };
          font: { bold: unknown };
        };
      };
      if (rr.values !== w.initial.values && Array.isArray(rr.values)) {
        const vals = rr.values as Cell[][];
        if (vals.length !== w.rows || vals.some((row) => row.length !== w.cols)) {
          throw new Error(
            `values of ${w.rows}x${w.cols} range ${address(w.sheet, w.r, w.c, w.rows, w.cols)} set to ${vals.length}x${vals[0]?.length}`,
          );
        }
        const b = Buffer.byteLength(JSON.stringify(vals));
        bytes += b;
        if (this.sheets.get(w.sheet)?.protected)
          throw Object.assign(new Error("The cell or chart that you are trying to change is protected."), {
            code: "AccessDenied",
            name: "RichApi.Error",
          });
        ops.push(() => {
          if (!this.sheets.has(w.sheet)) throw new Error(`no sheet ${w.sheet}`);
          this.enter(vals, w.r, w.c, w.sheet);
          // Excel fires onChanged for the add-in's own writes too.
          const a = address(w.sheet, w.r, w.c, w.rows, w.cols);
          this.fire(w.sheet, "changed", a.slice(a.indexOf("!") + 1));
          this.events.push({
            sync: syncNo,
            kind: "values",
            sheet: w.sheet,
            row: w.r,
            col: w.c,
            rows: w.rows,
            cols: w.cols,
            bytes: b,
          });
        });
      }
      const f = rr.format;
      const changed: string[] = [];
      if (typeof f.fill.color === "string" && f.fill.color && f.fill.color !== NOT_LOADED)
        changed.push(`fill=${f.fill.color}`);
      if (f.font.bold === true) changed.push("bold");
      if (typeof f.columnWidth === "number" && f.columnWidth > 0) changed.push(`width=${f.columnWidth}`);
      if (f.wrapText === true) changed.push("wrap");
      for (const a of ["horizontalAlignment", "verticalAlignment"] as const) {
        const v = f[a];
        if (typeof v === "string" && v && v !== NOT_LOADED) changed.push(`${a}=${v}`);
      }
      if (changed.length > 0) {
        ops.push(() =>
          this.events.push({
            sync: syncNo,
            kind: "format",
            sheet: w.sheet,
            row: w.r,
            col: w.c,
            rows: w.rows,
            cols: w.cols,
            detail: changed.join(" "),
          }),
        );
      }
      for (const cf of w.cfAdds) {
        ops.push(() =>
          this.events.push({
            sync: syncNo,
            kind: "conditionalFormat",
            sheet: w.sheet,
            row: w.r,
            col: w.c,
            rows: w.rows,
            cols: w.cols,
            detail: cf,
          }),
        );
      }
    }
    this.onSync?.(bytes, syncNo);
    // Sheets and settings first (a sheet added in this batch must exist before writes to it).
    for (const p of pending) p();
    for (const op of ops) op();
    for (const o of created) await o.sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Events of a kind, optionally on one sheet. */
  eventsOf(kind: MockEvent["kind"], sheet?: string): MockEvent[] {
    return this.events.filter((e) => e.kind === kind && (sheet === undefined || e.sheet === sheet));
  }
}
