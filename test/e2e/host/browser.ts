/**
 * Installs the fake Excel host in a browser page in place of Office.js: `Office`, `Excel`,
 * `CustomFunctions`, and `window.__anpoHost` through which a test sets up and inspects the workbook.
 * Bundled by the e2e set-up and served instead of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 */
import { FakeWorkbook } from "./fakeExcel";
import type { Box, CellValue } from "./fakeExcel";

interface HostConfig {
  displayLanguage?: string;
  /** Milliseconds each sync takes (to cancel mid-run). */
  syncDelayMs?: number;
}

declare global {
  interface Window {
    __anpoHostConfig?: HostConfig;
    __anpoHost: ReturnType<typeof makeHost>;
  }
}

function makeHost(config: HostConfig) {
  let wb = new FakeWorkbook("Orders");
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const excel: Record<string, unknown> = {};
  const installExcel = () => {
    const g = wb.excelGlobal();
    const run = g.run as (a: unknown, b?: (ctx: unknown) => Promise<unknown>) => Promise<unknown>;
    Object.assign(excel, g, {
      run: (fn: unknown, batch?: (ctx: unknown) => Promise<unknown>) =>
        typeof fn !== "function"
          ? run(fn, batch)
          : run(async (ctx: unknown) => {
              const c = ctx as { sync(): Promise<void> };
              const sync = c.sync.bind(c);
              c.sync = async () => {
                if (config.syncDelayMs) await new Promise((r) => setTimeout(r, config.syncDelayMs));
                return sync();
              };
              return (fn as (c: unknown) => Promise<unknown>)(c);
            }),
    });
  };
  installExcel();
  return {
    excel,
    functions,
    get workbook() {
      return wb;
    },
    reset(sheet = "Orders") {
      wb = new FakeWorkbook(sheet);
      installExcel();
    },
    setSyncDelay(ms: number) {
      config.syncDelayMs = ms;
    },
    put(sheet: string, rows: CellValue[][], row = 0, col = 0) {
      wb.put(sheet, rows, row, col);
    },
    /** Generated order rows, made in the page (no transfer of large arrays). */
    putGenerated(sheet: string, header: string[], n: number, row = 0, col = 0) {
      const s = wb.sheet(sheet) ?? wb.addSheet(sheet);
      header.forEach((h, j) => wb.setCell(s, row, col + j, h));
      const dests = ["US", "DE", "CN", "VN", "KP", "IR", "TH", "FR"];
      for (let i = 1; i <= n; i++) {
        const vals: CellValue[] = [
          `PO-${i}`,
          "8471.30",
          i % 10 === 3 ? "" : "non-controlled",
          dests[i % dests.length],
          `Customer ${i % 97} Co., Ltd.`,
        ];
        vals.forEach((v, j) => j < header.length && wb.setCell(s, row + i, col + j, v));
      }
    },
    putFormula(sheet: string, r: number, c: number, formula: string, value: CellValue) {
      wb.putFormula(sheet, r, c, formula, value);
    },
    select(sheet: string, row: number, col: number) {
      wb.activeSheet = sheet;
      wb.selection = { row, col, rows: 1, cols: 1 };
    },
    addTable(sheet: string, name: string, box: Box, showTotals = false) {
      wb.sheet(sheet)!.tables.push({ name, ...box, showTotals });
    },
    merge(sheet: string, box: Box) {
      wb.sheet(sheet)!.merged.push(box);
    },
    hideRows(sheet: string, rows: number[]) {
      rows.forEach((r) => wb.sheet(sheet)!.hiddenRows.add(r));
    },
    values(sheet: string, box: Box): CellValue[][] {
      return wb.values(wb.sheet(sheet)!, box);
    },
    /** A person typing into cells (fires onChanged). */
    userEdit(sheet: string, row: number, col: number, rows: CellValue[][]) {
      wb.userEdit(sheet, row, col, rows);
    },
    /** A person sorting rows of a box by a column (fires onRowSorted). */
    userSort(sheet: string, box: Box, byCol: number, descending = false) {
      wb.userSort(sheet, box, byCol, descending);
    },
    protect(sheet: string, on = true) {
      wb.sheet(sheet)!.protected = on;
    },
    /** Handlers the add-in has registered on a sheet (changed, sorted). */
    handlerCounts(sheet: string) {
      const h = wb.sheet(sheet)?.handlers;
      return { changed: h?.changed.size ?? 0, sorted: h?.sorted.size ?? 0 };
    },
    /** Formula text of a cell ("" when it holds a plain value). */
    formulaOf(sheet: string, row: number, col: number): string {
      return wb.formulaOf(sheet, row, col) ?? "";
    },
    snapshot(sheet: string, exclude: Box[] = []): string {
      return wb.snapshot(sheet, exclude);
    },
    sheetNames(): string[] {
      return wb.sheets.map((s) => s.name);
    },
    settings(): Record<string, string> {
      return Object.fromEntries(wb.settings);
    },
    syncs() {
      return wb.syncs;
    },
    formatOps() {
      return wb.formatOps;
    },
    selections() {
      return wb.selections;
    },
    conditionalFormats(sheet: string) {
      return wb.sheet(sheet)!.conditionalFormats;
    },
    async invoke(name: string, args: unknown[]) {
      const fn = functions.get(name);
      if (!fn) throw new Error(`custom function ${name} is not registered`);
      return fn(...args);
    },
  };
}

const config: HostConfig = window.__anpoHostConfig ?? {};
const host = makeHost(config);
window.__anpoHost = host;
// Office.js's globals, replaced (typed loosely: this is the host, not a client of the API).
const globals = window as unknown as Record<string, unknown>;
globals.Excel = host.excel;

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
globals.CustomFunctions = {
  associate(name: string, fn: (...args: unknown[]) => unknown) {
    host.functions.set(name.toUpperCase(), fn);
  },
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};

const ready = { host: "Excel", platform: "OfficeOnline" };
globals.Office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: config.displayLanguage ?? "en-US",
    requirements: {
      isSetSupported: (name: string, version?: string) => name === "ExcelApi" && Number(version ?? "1.1") <= 1.17,
    },
  },
  onReady(cb?: (info: typeof ready) => void) {
    return new Promise((resolve) => {
      setTimeout(() => {
        cb?.(ready);
        resolve(ready);
      }, 0);
    });
  },
};
