/**
 * Unit tests of the Excel I/O module (src/taskpane/excel.ts) against an office-addin-mock workbook:
 * where values land, how writes are chunked, formatting after values, refusals, cancel and failure.
 * The screening itself is a stand-in here (the engine has its own tests); what is checked is the I/O.
 */
// office-addin-mock imports office-addin-manifest only for its host names; its main module pulls in
// ES-module-only packages that jest (CommonJS) cannot load.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "Excel",
    Word: "Word",
    Outlook: "Outlook",
    PowerPoint: "PowerPoint",
    OneNote: "OneNote",
    Project: "Project",
  },
}));

import { MockWorkbook } from "./mockExcel";
import type { Cell } from "./mockExcel";
import {
  detectData,
  refreshStale,
  refreshStaleElsewhere,
  rescreenRows,
  runScreening,
  SheetProblem,
} from "../../src/taskpane/excel";
import { parseKey } from "../../src/taskpane/rowKey";
import type { DataRegion, RunOptions } from "../../src/taskpane/excel";
import { BLOCK_INDEX, BLOCK_WIDTH, blockHeaders, NOT_SCREENED_CODE } from "../../src/taskpane/outputBlock";
import { LOG_SHEET_NAME } from "../../src/taskpane/auditLog";
import { mapHeaders } from "../../src/engine/headers";
import type { AuditEntry, RunStatus } from "../../src/taskpane/auditLog";

const HEADERS = ["Order No", "Item", "HS code", "List control", "Destination", "End user", "End use"];

function orderRows(n: number, first = 1): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const id = first + i;
    rows.push([
      `PO-${id}`,
      `Item ${id}`,
      "8471.30",
      "non-controlled",
      id % 7 === 0 ? "KP" : "US",
      `Customer ${id}`,
      "office use",
    ]);
  }
  return rows;
}

/** A stand-in screening: decision from the destination column, with the input's order id echoed back. */
function fakeBlock(rows: unknown[][], reasonsLength = 20): unknown[][] {
  return rows.map((r) => {
    const out: unknown[] = new Array(BLOCK_WIDTH).fill("");
    const bad = r[4] === "KP";
    out[BLOCK_INDEX.decision] = bad ? "Prohibited" : "No licence required";
    out[BLOCK_INDEX.code] = bad ? "PROHIBITED" : "NO_LICENSE";
    out[BLOCK_INDEX.reasons] = `${String(r[0])} ` + "x".repeat(reasonsLength);
    out[BLOCK_INDEX.screened_at] = "2026-11-25T10:00:00Z";
    return out;
  });
}

function options(region: DataRegion, extra: Partial<RunOptions> = {}): RunOptions {
  const mapping = mapHeaders(region.headers);
  return {
    region,
    columns: mapping.columns,
    lang: "en",
    processBlock: async (rows) => fakeBlock(rows),
    isCancelled: () => false,
    audit: (status: RunStatus, rowsScreened: number, message?: string): AuditEntry => ({
      time: "2026-11-25T10:00:00Z",
      kind: "run",
      sheet: region.sheet,
      range: region.address,
      engineVersion: "test",
      rulesVersion: "test",
      lists: {},
      rowsScreened,
      rowsTotal: region.rowCount,
      counts: {},
      status,
      detail: "",
      message,
    }),
    ...extra,
  };
}

function snapshotOutside(wb: MockWorkbook, sheet: string, blockCol: number): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const [k, v] of wb.sheet(sheet).cells) {
    const c = Number(k.split(",")[1]);
    if (c < blockCol || c >= blockCol + BLOCK_WIDTH) out.set(k, v);
  }
  return out;
}

jest.setTimeout(60_000);

let wb: MockWorkbook;
beforeEach(() => {
  wb = new MockWorkbook("Orders");
  (globalThis as { Excel?: unknown }).Excel = wb.excel();
});

describe("finding the data", () => {
  test("the region around the selection, header row found below a title, block placed right of the data", async () => {
    wb.put([["Order list, November"]], 0, 1);
    wb.put([HEADERS, ...orderRows(30)], 2, 1);
    wb.selection = { row: 5, col: 3 };
    const { region, notes } = await detectData();
    expect(region).toMatchObject({
      sheet: "Orders",
      headerRow: 2,
      firstRow: 3,
      rowCount: 30,
      firstCol: 1,
      colCount: 7,
      blockCol: 8,
      hasBlock: false,
    });
    expect(region.headers).toEqual(HEADERS);
    expect(notes).toEqual([]);
  });

  test("falls back to the used range when the selection is off the data; skipped title lines are reported", async () => {
    wb.put([["Order list, November"], [""], HEADERS, ...orderRows(5)], 0, 0);
    wb.selection = { row: 40, col: 20 };
    const { region, notes } = await detectData();
    expect(region.headerRow).toBe(2);
    expect(region.rowCount).toBe(5);
    expect(notes.map((n) => n.en).join(" ")).toMatch(/header row is row 3/);
  });

  test("a Japanese header row is found and mapped", async () => {
    wb.put([["注文番号", "品名", "統計品目番号", "該非判定", "仕向地", "最終需要者", "用途"], ...orderRows(3)]);
    const { region } = await detectData();
    const m = mapHeaders(region.headers);
    expect(m.missingRequired).toEqual([]);
    expect(m.byField).toMatchObject({ hs_code: 2, list_control: 3, destination: 4, end_user: 5 });
  });

  test("an Excel table is used as the data when the selection is inside it; its totals row is left out", async () => {
    wb.put([HEADERS, ...orderRows(10), ["Total", "", "", "", "", "", ""]], 4, 2);
    wb.sheet().tables.push({ name: "Orders2026", row: 4, col: 2, rows: 12, cols: 7, showTotals: true });
    wb.selection = { row: 6, col: 3 };
    const { region, notes } = await detectData();
    expect(region).toMatchObject({ tableName: "Orders2026", headerRow: 4, rowCount: 10, firstCol: 2, blockCol: 9 });
    expect(notes.map((n) => n.en).join(" ")).toMatch(/totals row/);
  });

  test.each([
    ["empty sheet", () => undefined, "EMPTY_SHEET"],
    [
      "no header row",
      () =>
        wb.put([
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ]),
      "NO_HEADER",
    ],
    ["header without data rows", () => wb.put([HEADERS]), "NO_DATA_ROWS"],
  ])("%s is refused with a clear message", async (_name, setup, code) => {
    setup();
    const error = await detectData().catch((e) => e);
    expect(error).toBeInstanceOf(SheetProblem);
    expect(error.code).toBe(code);
    expect(error.text.ja.length).toBeGreaterThan(5);
    expect(error.text.en.length).toBeGreaterThan(5);
  });

  test("merged cells are refused, naming them", async () => {
    wb.put([HEADERS, ...orderRows(10)]);
    wb.sheet().merged.push({ row: 4, col: 1, rows: 2, cols: 1 });
    const error = await detectData().catch((e) => e);
    expect(error.code).toBe("MERGED_CELLS");
    expect(error.address).toBe("Orders!B5:B6");
    expect(error.text.en).toContain("Orders!B5:B6");
  });

  test("foreign content where the block would go is refused, naming the cell; nothing is written", async () => {
    wb.put([HEADERS, ...orderRows(10)]);
    wb.put([["my note"]], 6, 7 + 3); // column K, row 7: inside the block's columns, not adjacent to the data
    const before = new Map(wb.sheet().cells);
    const error = await detectData().catch((e) => e);
    expect(error.code).toBe("FOREIGN_CONTENT");
    expect(error.address).toBe("Orders!K7");
    expect(wb.sheet().cells).toEqual(before);
    expect(wb.eventsOf("values")).toHaveLength(0);
  });

  test("a foreign header adjacent to the data is data (part of the region), not a block problem", async () => {
    wb.put([[...HEADERS, "Remarks"], ...orderRows(3).map((r) => [...r, "ok"])]);
    const { region } = await detectData();
    expect(region.colCount).toBe(8);
    expect(region.blockCol).toBe(8);
  });

  test("no room to the right of very wide data is refused", async () => {
    const start = 16_384 - 10;
    wb.put([HEADERS, ...orderRows(2)], 0, start);
    wb.selection = { row: 1, col: start };
    const error = await detectData().catch((e) => e);
    expect(error.code).toBe("NO_ROOM");
  });

  test("hidden (filtered) rows are screened too, and the user is told", async () => {
    wb.put([HEADERS, ...orderRows(10)]);
    wb.sheet().hiddenRows.add(3);
    const { notes } = await detectData();
    expect(notes.map((n) => n.en).join(" ")).toMatch(/hidden/);
  });
});

describe("writing the output block", () => {
  test("values land in the block beside each row, headers in the user's language; no other cell changes", async () => {
    wb.put([HEADERS, ...orderRows(50)]);
    const { region } = await detectData();
    const before = snapshotOutside(wb, "Orders", region.blockCol);
    const report = await runScreening(options(region, { lang: "ja" }));
    expect(report.status).toBe("completed");
    expect(report.rowsScreened).toBe(50);
    expect(wb.values("Orders", 0, region.blockCol, 1, BLOCK_WIDTH)[0]).toEqual(blockHeaders("ja"));
    for (let i = 1; i <= 50; i++) {
      expect(wb.get(i, region.blockCol + BLOCK_INDEX.reasons)).toBe(`PO-${i} ` + "x".repeat(20));
      expect(wb.get(i, region.blockCol + BLOCK_INDEX.code)).toBe(i % 7 === 0 ? "PROHIBITED" : "NO_LICENSE");
    }
    expect(wb.get(51, region.blockCol)).toBe("");
    expect(snapshotOutside(wb, "Orders", region.blockCol)).toEqual(before);
  });

  test("large output is written in chunks under the 5 MB request limit, every row exactly once", async () => {
    const n = 12_000;
    wb.put([HEADERS, ...orderRows(n)]);
    const { region } = await detectData();
    const perSync: number[] = [];
    wb.onSync = (bytes) => perSync.push(bytes);
    const report = await runScreening(options(region, { processBlock: async (rows) => fakeBlock(rows, 900) }));
    expect(report.status).toBe("completed");
    // ~1 KB per row: 12 MB in all, so several write batches, each under the budget.
    expect(Math.max(...perSync)).toBeLessThan(5_000_000);
    const writes = wb.eventsOf("values", "Orders").filter((e) => e.col === region.blockCol && e.row >= region.firstRow);
    expect(new Set(writes.map((w) => w.sync)).size).toBeGreaterThanOrEqual(3);
    const covered = new Array(n).fill(0);
    for (const w of writes) for (let i = 0; i < w.rows; i++) covered[w.row - region.firstRow + i]++;
    expect(covered.every((c) => c === 1)).toBe(true);
    for (const i of [1, 4_999, 5_000, 9_001, n])
      expect(String(wb.get(i, region.blockCol + BLOCK_INDEX.reasons))).toMatch(new RegExp(`^PO-${i} `));
  });

  test("reads are blocks of at most 20,000 rows and the next read rides with the previous write", async () => {
    const n = 45_000;
    wb.put([HEADERS, ...orderRows(n)]);
    const { region } = await detectData();
    const firstRows: number[] = [];
    const report = await runScreening(
      options(region, {
        processBlock: async (rows, first) => {
          firstRows.push(first);
          expect(rows.length).toBeLessThanOrEqual(20_000);
          return fakeBlock(rows, 10);
        },
      }),
    );
    expect(report.status).toBe("completed");
    expect(firstRows[0]).toBe(1);
    // Small first block to measure row size, then big blocks.
    expect(firstRows.length).toBeLessThanOrEqual(1 + Math.ceil(n / 5_000));
    // Syncs: detection (3) + first read (1) + one per block + last batch; not one per chunk of 1,000 rows.
    // Each block is read again before it is written (the rows must still hold the same orders).
    expect(report.stats.syncs).toBeLessThanOrEqual(3 + 1 + 2 * firstRows.length + 2);
  });

  test("formatting comes after all values, in the last batch; decision colours by conditional format", async () => {
    wb.put([HEADERS, ...orderRows(300)]);
    const { region } = await detectData();
    await runScreening(options(region));
    const valueSyncs = wb.eventsOf("values", "Orders").map((e) => e.sync);
    const formatSyncs = [...wb.eventsOf("format", "Orders"), ...wb.eventsOf("conditionalFormat", "Orders")].map(
      (e) => e.sync,
    );
    expect(formatSyncs.length).toBeGreaterThan(0);
    expect(Math.min(...formatSyncs)).toBeGreaterThan(Math.max(...valueSyncs));
    const cfs = wb.eventsOf("conditionalFormat", "Orders");
    // One per decision, one for "not screened" and one (grey) for stale results.
    expect(cfs.map((c) => c.detail)).toEqual(["clearAll", "Custom", "Custom", "Custom", "Custom", "Custom", "Custom"]);
    // Only the used rows of the decision column carry them.
    for (const cf of cfs) expect(cf).toMatchObject({ row: 1, rows: 300, col: region.blockCol, cols: 1 });
  });

  test("a re-run replaces only its own block; the data and other cells are untouched", async () => {
    wb.put([HEADERS, ...orderRows(40)]);
    wb.put([["unrelated"]], 60, 2);
    const first = await detectData();
    await runScreening(options(first.region));
    const again = await detectData();
    expect(again.region).toMatchObject({ blockCol: first.region.blockCol, colCount: 7, hasBlock: true });
    const before = snapshotOutside(wb, "Orders", again.region.blockCol);
    const report = await runScreening(
      options(again.region, {
        lang: "ja",
        processBlock: async (rows) =>
          fakeBlock(rows).map((r) => {
            r[BLOCK_INDEX.reasons] = "second run";
            return r;
          }),
      }),
    );
    expect(report.status).toBe("completed");
    expect(snapshotOutside(wb, "Orders", again.region.blockCol)).toEqual(before);
    expect(wb.get(17, again.region.blockCol + BLOCK_INDEX.reasons)).toBe("second run");
    expect(wb.get(0, again.region.blockCol)).toBe(blockHeaders("ja")[0]);
  });

  test("a re-run after rows were deleted clears the old block rows below the data", async () => {
    wb.put([HEADERS, ...orderRows(20)]);
    const first = await detectData();
    await runScreening(options(first.region));
    // The user deletes the last five order rows (data cells only; our block there is stale).
    for (let r = 16; r <= 20; r++) for (let c = 0; c < 7; c++) wb.put([[""]], r, c);
    const again = await detectData();
    // The region still reaches those rows through our old block: they are blank data rows now.
    await runScreening(
      options(again.region, {
        processBlock: async (rows) =>
          rows.map((r) =>
            r.every((v) => v === "" || v === undefined) ? new Array(BLOCK_WIDTH).fill("") : fakeBlock([r])[0],
          ),
      }),
    );
    for (let r = 16; r <= 20; r++) expect(wb.get(r, first.region.blockCol + BLOCK_INDEX.code)).toBe("");
    expect(wb.get(15, first.region.blockCol + BLOCK_INDEX.code)).not.toBe("");
  });

  test("the audit row goes to the log sheet (created with a header the first time); the mapping is remembered", async () => {
    wb.put([HEADERS, ...orderRows(5)]);
    const { region } = await detectData();
    await runScreening(options(region));
    await runScreening(options(region));
    expect(wb.sheets.has(LOG_SHEET_NAME)).toBe(true);
    expect(wb.get(0, 0, LOG_SHEET_NAME)).toBe("Time");
    expect(wb.get(1, 7, LOG_SHEET_NAME)).toBe(5);
    expect(wb.get(2, 7, LOG_SHEET_NAME)).toBe(5);
    expect(wb.get(3, 0, LOG_SHEET_NAME)).toBe("");
    const saved = JSON.parse(wb.settings.get("anpo.mapping")!);
    expect(saved.Orders).toMatchObject({ "HS code": "hs_code", Destination: "destination", "Order No": "order_id" });
    const again = await detectData();
    expect(again.savedMapping).toMatchObject({ "End user": "end_user" });
  });

  test("the sheet changed since detection: refused, nothing written", async () => {
    wb.put([HEADERS, ...orderRows(5)]);
    const { region } = await detectData();
    wb.put([["Destination country"]], 0, 4);
    const report = await runScreening(options(region));
    expect(report.status).toBe("failed");
    expect(report.error?.code).toBe("DATA_CHANGED");
    expect(wb.eventsOf("values")).toHaveLength(0);
  });
});

describe("cancel and failure leave the sheet consistent", () => {
  test("cancel part-way: written rows keep this run's result, the rest are marked not screened", async () => {
    const n = 30_000;
    wb.put([HEADERS, ...orderRows(n)]);
    const { region } = await detectData();
    let calls = 0;
    const report = await runScreening(
      options(region, { processBlock: async (rows) => (++calls === 3 ? null : fakeBlock(rows, 10)) }),
    );
    expect(report.status).toBe("cancelled");
    expect(report.rowsScreened).toBeGreaterThan(0);
    expect(report.rowsScreened).toBeLessThan(n);
    const codeCol = region.blockCol + BLOCK_INDEX.code;
    expect(wb.get(report.rowsScreened, codeCol)).toMatch(/NO_LICENSE|PROHIBITED/);
    expect(wb.get(report.rowsScreened + 1, codeCol)).toBe(NOT_SCREENED_CODE);
    expect(wb.get(n, codeCol)).toBe(NOT_SCREENED_CODE);
    expect(wb.get(n, region.blockCol + BLOCK_INDEX.reasons)).toBe("");
    expect(wb.get(0, 13, LOG_SHEET_NAME)).toBe("Status");
    expect(String(wb.get(1, 13, LOG_SHEET_NAME))).toMatch(/cancelled/);
  });

  test("cancel before anything is written leaves an earlier block exactly as it was", async () => {
    wb.put([HEADERS, ...orderRows(10)]);
    const first = await detectData();
    await runScreening(options(first.region));
    const before = new Map(wb.sheet().cells);
    const again = await detectData();
    const report = await runScreening(options(again.region, { processBlock: async () => null }));
    expect(report.status).toBe("cancelled");
    expect(wb.sheet().cells).toEqual(before);
  });

  test("Excel failing mid-run: rows after the last confirmed write are marked not screened", async () => {
    const n = 30_000;
    wb.put([HEADERS, ...orderRows(n)]);
    const { region } = await detectData();
    let failAt = -1;
    let writes = 0;
    wb.onSync = (bytes, syncNo) => {
      if (bytes > 0 && ++writes === 3) failAt = syncNo;
      if (syncNo === failAt)
        throw Object.assign(new Error("The operation failed"), { code: "GeneralException", name: "RichApi.Error" });
    };
    const report = await runScreening(options(region, { processBlock: async (rows) => fakeBlock(rows, 10) }));
    expect(report.status).toBe("failed");
    expect(report.error?.code).toBe("EXCEL_ERROR");
    const codeCol = region.blockCol + BLOCK_INDEX.code;
    expect(wb.get(report.rowsScreened, codeCol)).toMatch(/NO_LICENSE|PROHIBITED/);
    expect(wb.get(report.rowsScreened + 1, codeCol)).toBe(NOT_SCREENED_CODE);
    expect(wb.get(n, codeCol)).toBe(NOT_SCREENED_CODE);
  });

  test("a batch Excel refuses as too large is retried in halves; every row still arrives", async () => {
    const n = 4_000;
    wb.put([HEADERS, ...orderRows(n)]);
    const { region } = await detectData();
    wb.onSync = (bytes) => {
      if (bytes > 1_000_000)
        throw Object.assign(new Error("Payload too large"), {
          code: "RequestPayloadSizeLimitExceeded",
          name: "RichApi.Error",
        });
    };
    const report = await runScreening(options(region, { processBlock: async (rows) => fakeBlock(rows, 900) }));
    expect(report.error?.text.en).toBeUndefined();
    expect(report.status).toBe("completed");
    expect(report.stats.retries).toBeGreaterThan(0);
    for (const i of [1, 1_500, n])
      expect(String(wb.get(i, region.blockCol + BLOCK_INDEX.reasons))).toMatch(new RegExp(`^PO-${i} `));
  });
});

describe("text stays text", () => {
  test("every written cell starting with = + - @ tab or CR gets Excel's text prefix; other cells are unchanged", async () => {
    wb.put([HEADERS, ...orderRows(6)]);
    const { region } = await detectData();
    const risky = ['=HYPERLINK("http://x","list")', "+81 3 1234", "-SUM(A1)", "@list", "\tTabbed", "\rReturn"];
    const report = await runScreening(
      options(region, {
        processBlock: async (rows) =>
          fakeBlock(rows).map((r, i) => {
            r[BLOCK_INDEX.party] = `${risky[i]} #1 Listed Party`;
            return r;
          }),
        audit: (status, rowsScreened) => ({
          time: "2026-11-25T10:00:00Z",
          kind: "run",
          sheet: region.sheet,
          range: region.address,
          engineVersion: "test",
          rulesVersion: "test",
          lists: {},
          rowsScreened,
          rowsTotal: region.rowCount,
          counts: {},
          status,
          detail: "=cmd|' /C calc'!A0",
        }),
      }),
    );
    expect(report.status).toBe("completed");
    const partyCol = region.blockCol + BLOCK_INDEX.party;
    for (let i = 0; i < risky.length; i++) {
      expect(wb.get(i + 1, partyCol)).toBe(`${risky[i]} #1 Listed Party`);
      expect(wb.textPrefixed.has(`Orders!${i + 1},${partyCol}`)).toBe(true);
    }
    // Nothing the add-in wrote became a formula.
    expect([...wb.formulas.keys()]).toEqual([]);
    // Ordinary text is written as it is (no apostrophe where none is needed).
    expect(wb.get(1, region.blockCol + BLOCK_INDEX.reasons)).toBe("PO-1 " + "x".repeat(20));
    expect(wb.textPrefixed.has(`Orders!1,${region.blockCol + BLOCK_INDEX.reasons}`)).toBe(false);
    // The log row: the detail and the "-" written when no list was loaded.
    expect(wb.get(1, 14, LOG_SHEET_NAME)).toBe("=cmd|' /C calc'!A0");
    expect(wb.textPrefixed.has(`${LOG_SHEET_NAME}!1,14`)).toBe(true);
    expect(wb.get(1, 6, LOG_SHEET_NAME)).toBe("-");
    expect(wb.get(1, 7, LOG_SHEET_NAME)).toBe(6);
  });
});

/** Order ids in the data column and in the key of each row's result (rows with a decision code only). */
function misplaced(wb: MockWorkbook, region: DataRegion, n: number): string[] {
  const wrong: string[] = [];
  for (let r = 1; r <= n; r++) {
    const code = wb.get(r, region.blockCol + BLOCK_INDEX.code);
    if (!/^(PROHIBITED|LICENSE_REQUIRED|REVIEW|NO_LICENSE)$/.test(String(code))) continue;
    const key = parseKey(wb.get(r, region.blockCol + BLOCK_INDEX.input_key));
    const reasons = String(wb.get(r, region.blockCol + BLOCK_INDEX.reasons));
    const order = String(wb.get(r, 0));
    // fakeBlock echoes the order id it screened into the reasons cell.
    if (!key || key.orderId !== order || !reasons.startsWith(`${order} `)) wrong.push(`row ${r + 1}: ${order}`);
  }
  return wrong;
}

describe("results bound to their orders", () => {
  test("every result row carries the key of its order: order id and fingerprints", async () => {
    wb.put([HEADERS, ...orderRows(20)]);
    const { region } = await detectData();
    await runScreening(options(region));
    for (const r of [1, 7, 20]) {
      const key = parseKey(wb.get(r, region.blockCol + BLOCK_INDEX.input_key));
      expect(key?.orderId).toBe(`PO-${r}`);
      expect(key?.input).toMatch(/^[0-9a-f]+$/);
    }
    expect(wb.get(0, region.blockCol + BLOCK_INDEX.input_key)).toBe("ANPO Input key");
    expect(misplaced(wb, region, 20)).toEqual([]);
    expect(JSON.parse(wb.settings.get("anpo.blocks")!).Orders).toMatchObject({ keyed: true, lastRow: 20 });
  });

  test("reversing the rows while a block is screened: the run stops, nothing is written (the issue's 14 rows)", async () => {
    wb.put([HEADERS, ...orderRows(14)]);
    const { region } = await detectData();
    const report = await runScreening(
      options(region, {
        processBlock: async (rows) => {
          wb.userSort(1, 0, 14, 7, 0, true); // the user sorts the order rows Z→A meanwhile
          return fakeBlock(rows);
        },
      }),
    );
    expect(report.status).toBe("failed");
    expect(report.error?.code).toBe("ROWS_CHANGED");
    expect(report.error?.text.en).toMatch(/nothing was written to the rows that changed/);
    expect(report.error?.text.ja).toMatch(/審査を中止しました/);
    for (let r = 0; r <= 14; r++) expect(wb.get(r, region.blockCol + BLOCK_INDEX.code)).toBe("");
    expect(wb.handlerCount()).toBe(0);
  });

  test("sorting during a run of several blocks: stops; no result beside another order; earlier results marked stale", async () => {
    const n = 30_000;
    wb.put([HEADERS, ...orderRows(n)]);
    const { region } = await detectData();
    let calls = 0;
    const report = await runScreening(
      options(region, {
        processBlock: async (rows) => {
          if (++calls === 2) wb.userSort(1, 0, n, 7, 0, true);
          return fakeBlock(rows, 10);
        },
      }),
    );
    expect(report.status).toBe("failed");
    expect(report.error?.code).toBe("ROWS_CHANGED");
    expect(report.rowsScreened).toBeGreaterThan(0);
    expect(misplaced(wb, region, n)).toEqual([]);
    // The first block was written before the sort: its results moved away from their orders and say so.
    const stale = String(wb.get(1, region.blockCol + BLOCK_INDEX.decision));
    expect(wb.get(1, region.blockCol + BLOCK_INDEX.code)).toBe("STALE");
    expect(stale).toMatch(/^Inputs changed since screening \(was: /);
    expect(wb.handlerCount()).toBe(0);
  });

  test("an edit to a row already written, seen by onChanged, stops the run; that row is marked stale", async () => {
    const n = 30_000;
    wb.put([HEADERS, ...orderRows(n)]);
    const { region } = await detectData();
    let calls = 0;
    const report = await runScreening(
      options(region, {
        processBlock: async (rows) => {
          if (++calls === 2) {
            wb.userEdit([["KP"]], 3, 4); // row 4's destination becomes North Korea
            await new Promise((r) => setTimeout(r, 5)); // the event arrives
          }
          return fakeBlock(rows, 10);
        },
      }),
    );
    expect(report.error?.code).toBe("ROWS_CHANGED");
    expect(report.error?.text.en).toContain("Orders!E4");
    expect(wb.get(3, region.blockCol + BLOCK_INDEX.code)).toBe("STALE");
    expect(wb.get(2, region.blockCol + BLOCK_INDEX.code)).toBe("NO_LICENSE");
    expect(misplaced(wb, region, n)).toEqual([]);
  });

  test("Excel's own writes (which fire onChanged too) do not stop the run", async () => {
    const n = 25_000;
    wb.put([HEADERS, ...orderRows(n)]);
    const { region } = await detectData();
    const report = await runScreening(
      options(region, {
        processBlock: async (rows) => {
          await new Promise((r) => setTimeout(r, 2)); // events of the previous write arrive meanwhile
          return fakeBlock(rows, 10);
        },
      }),
    );
    expect(report.status).toBe("completed");
    expect(misplaced(wb, region, n)).toEqual([]);
  });
});

describe("never touch a user's cell", () => {
  test("a note typed into an output cell: the re-run is refused naming the cell; nothing is written", async () => {
    wb.put([HEADERS, ...orderRows(10)]);
    const first = await detectData();
    await runScreening(options(first.region));
    wb.put([["checked by Sato 11/25"]], 5, first.region.blockCol + BLOCK_INDEX.reasons);
    const before = new Map(wb.sheet().cells);
    const again = await detectData();
    const report = await runScreening(options(again.region));
    expect(report.status).toBe("failed");
    expect(report.error?.code).toBe("FOREIGN_CONTENT");
    expect(report.error?.text.en).toContain("Orders!J6");
    expect(report.error?.text.ja).toContain("Orders!J6");
    expect(wb.sheet().cells).toEqual(before);
  });

  test("a note below the table, in the rows an earlier longer block covered, is never cleared", async () => {
    wb.put([HEADERS, ...orderRows(20)]);
    const first = await detectData();
    await runScreening(options(first.region));
    // The last five orders are deleted (whole rows: data and block move up, five rows below are empty) …
    for (let r = 16; r <= 20; r++) for (let c = 0; c < 7 + BLOCK_WIDTH; c++) wb.put([[""]], r, c);
    // … and the user types a note below the table, in a column of the block.
    wb.put([["Note: PO-16 to PO-20 cancelled"]], 18, first.region.blockCol + BLOCK_INDEX.reasons);
    const again = await detectData();
    expect(again.region.rowCount).toBe(15);
    const report = await runScreening(options(again.region));
    expect(report.error?.code).toBe("FOREIGN_CONTENT");
    expect(report.error?.text.en).toContain("Orders!J19");
    expect(wb.get(18, first.region.blockCol + BLOCK_INDEX.reasons)).toBe("Note: PO-16 to PO-20 cancelled");
  });

  test("deleting table rows leaves our old block rows below the table: they are ours, so they are cleared", async () => {
    wb.put([HEADERS, ...orderRows(20)]);
    wb.sheet().tables.push({ name: "T1", row: 0, col: 0, rows: 21, cols: 7, showTotals: false });
    const first = await detectData();
    await runScreening(options(first.region));
    // Deleting the table's last five rows shifts only the table's cells; the block beside it stays.
    for (let r = 16; r <= 20; r++) for (let c = 0; c < 7; c++) wb.put([[""]], r, c);
    wb.sheet().tables[0].rows = 16;
    const again = await detectData();
    expect(again.region.rowCount).toBe(15);
    const report = await runScreening(options(again.region));
    expect(report.status).toBe("completed");
    for (let r = 16; r <= 20; r++) expect(wb.get(r, first.region.blockCol + BLOCK_INDEX.code)).toBe("");
    expect(wb.get(15, first.region.blockCol + BLOCK_INDEX.code)).toBe("NO_LICENSE");
  });

  test("a protected sheet is refused before anything is read or written", async () => {
    wb.put([HEADERS, ...orderRows(5)]);
    wb.sheet().protected = true;
    const error = await detectData().catch((e) => e);
    expect(error.code).toBe("SHEET_PROTECTED");
    expect(error.text.ja).toMatch(/保護されています/);
    expect(error.text.en).toMatch(/protected/);
    expect(wb.eventsOf("values")).toHaveLength(0);
  });

  test("merged cells in the rows an earlier, longer block covered are refused", async () => {
    wb.put([HEADERS, ...orderRows(20)]);
    const first = await detectData();
    await runScreening(options(first.region));
    for (let r = 16; r <= 20; r++) for (let c = 0; c < 7 + BLOCK_WIDTH; c++) wb.put([[""]], r, c);
    wb.sheet().merged.push({ row: 18, col: first.region.blockCol + 2, rows: 2, cols: 1 });
    const again = await detectData();
    const report = await runScreening(options(again.region));
    expect(report.error?.code).toBe("MERGED_CELLS");
    expect(report.error?.text.en).toContain("Orders!J19:J20");
  });

  test("a filtered table: hidden rows are screened and keyed like the others", async () => {
    wb.put([HEADERS, ...orderRows(10)]);
    wb.sheet().tables.push({ name: "T1", row: 0, col: 0, rows: 11, cols: 7, showTotals: false });
    wb.sheet().hiddenRows.add(4);
    wb.sheet().hiddenRows.add(5);
    const { region, notes } = await detectData();
    expect(notes.map((x) => x.en).join(" ")).toMatch(/hidden/);
    await runScreening(options(region));
    expect(parseKey(wb.get(4, region.blockCol + BLOCK_INDEX.input_key))?.orderId).toBe("PO-4");
    expect(misplaced(wb, region, 10)).toEqual([]);
  });

  test("a block written before keys existed is replaced (its cells taken as ours) and gets keys", async () => {
    wb.put([HEADERS, ...orderRows(5)]);
    const legacyHeaders = blockHeaders("en").slice(0, BLOCK_WIDTH - 1);
    wb.put([legacyHeaders, ...orderRows(5).map(() => ["No licence", "NO_LICENSE", "old"])], 0, 7);
    const { region } = await detectData();
    expect(region).toMatchObject({ hasBlock: true, keyed: false });
    const report = await runScreening(options(region));
    expect(report.status).toBe("completed");
    expect(parseKey(wb.get(3, 7 + BLOCK_INDEX.input_key))?.orderId).toBe("PO-3");
  });
});

describe("stale results are shown as stale", () => {
  test("an edit and a sort after the run: rows marked stale (greyed code STALE), listed; re-screening fixes them", async () => {
    wb.put([HEADERS, ...orderRows(12)]);
    const { region } = await detectData();
    await runScreening(options(region));
    expect((await refreshStale("en"))?.rows).toEqual([]);
    wb.put([["KP"]], 2, 4); // row 3: PO-2 now goes to North Korea
    const report = await refreshStale("ja");
    expect(report?.rows).toHaveLength(1);
    expect(report?.rows[0]).toMatchObject({ row: 2, orderId: "PO-2", was: "申請不要", kind: "changed" });
    expect(wb.get(2, region.blockCol + BLOCK_INDEX.decision)).toBe("入力が変更されました（前回: 申請不要）");
    expect(wb.get(2, region.blockCol + BLOCK_INDEX.code)).toBe("STALE");
    // The decision colours include the grey of stale rows.
    expect(wb.eventsOf("conditionalFormat", "Orders").length).toBeGreaterThan(6);
    // Still stale on the next look, even if the edit is undone (the result was overwritten by the mark).
    expect((await refreshStale("en"))?.rows).toHaveLength(1);
    // A look at the changed rows only (as after a change event) finds the same.
    // Overlapping ranges (several events for one row) look at the row once.
    const ranged = await refreshStale("en", undefined, [
      { from: 2, count: 1 },
      { from: 2, count: 1 },
      { from: 1, count: 2 },
    ]);
    expect(ranged?.rows.map((r) => r.row)).toEqual([2]);

    wb.userSort(1, 0, 12, 7, 0, true);
    const sorted = await refreshStale("en");
    expect(sorted!.rows.length).toBeGreaterThan(8);
    expect(misplaced(wb, region, 12)).toEqual([]);

    const again = await rescreenRows(
      sorted!.region,
      sorted!.columns,
      sorted!.rows.map((r) => r.row),
      async (rows) => fakeBlock(rows),
    );
    expect(again.skipped).toEqual([]);
    expect(again.written).toBe(sorted!.rows.length);
    expect((await refreshStale("en"))?.rows).toEqual([]);
    expect(misplaced(wb, region, 12)).toEqual([]);
  });

  test("every sheet with a recorded block is looked at, not only the active one", async () => {
    // Two order sheets, each screened; then the user works on the second while the first is edited (a macro,
    // a colleague, a paste) and the pane opens on the second.
    wb.put([HEADERS, ...orderRows(8)]);
    const first = (await detectData()).region;
    await runScreening(options(first));
    wb.addSheetModel("March");
    wb.activeSheet = "March";
    wb.put([["Orders for March"], [], HEADERS, ...orderRows(5, 100)], 0, 2, "March");
    wb.selection = { row: 4, col: 3 };
    const second = (await detectData()).region;
    expect(second.sheet).toBe("March");
    await runScreening(options(second));
    expect(await refreshStaleElsewhere("en")).toEqual([]);

    wb.put([["KP"]], 3, 4, "Orders"); // Orders row 4: PO-3 now goes to North Korea
    wb.put([["KP"]], 4, 6, "March"); // and a row of the active sheet
    const elsewhere = await refreshStaleElsewhere("en");
    expect(elsewhere.map((r) => r.region.sheet)).toEqual(["Orders"]);
    expect(elsewhere[0].rows).toEqual([expect.objectContaining({ row: 3, orderId: "PO-3", kind: "changed" })]);
    expect(wb.get(3, first.blockCol + BLOCK_INDEX.code, "Orders")).toBe("STALE");
    // The active sheet is the active-sheet look's business (and is found there).
    expect((await refreshStale("en"))?.rows.map((r) => r.row)).toEqual([4]);
    // Re-screening the other sheet's rows writes there, and only there.
    const again = await rescreenRows(
      elsewhere[0].region,
      elsewhere[0].columns,
      elsewhere[0].rows.map((r) => r.row),
      async (rows) => fakeBlock(rows),
    );
    expect(again).toEqual({ written: 1, skipped: [] });
    expect(wb.get(3, first.blockCol + BLOCK_INDEX.code, "Orders")).toBe("PROHIBITED");
    expect(await refreshStaleElsewhere("en")).toEqual([]);
    // A recorded sheet that was deleted (or renamed) since gives no report and no error.
    wb.sheets.delete("Orders");
    expect(await refreshStaleElsewhere("en")).toEqual([]);
  });

  test("an inserted order row without a result is listed as not screened", async () => {
    wb.put([HEADERS, ...orderRows(6)]);
    const { region } = await detectData();
    await runScreening(options(region));
    wb.put([["PO-99", "Item", "8471.30", "non-controlled", "US", "New Co", "office use"]], 7, 0);
    const report = await refreshStale("en");
    expect(report?.rows).toEqual([expect.objectContaining({ row: 7, orderId: "PO-99", kind: "unscreened" })]);
    expect(wb.get(7, region.blockCol)).toBe("");
  });
});
