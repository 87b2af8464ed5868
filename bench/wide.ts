/**
 * A wide order sheet (issue 13: "3,000 columns check and screen in ≤ 3 s"): 3,000 columns (the 25 order
 * columns of bench/addin.ts spread among 2,975 others, every cell filled) × 1,000 rows, on the fake Excel
 * host in Node. Measured: Check data (detection, header mapping) and a full run (reads, engine, writes,
 * formats, log), as the pane does them. Floor, in the same run on the same sheet: the least any
 * implementation must do — read the header row and the mapped cells, screen those rows with the engine,
 * write the block — with no checks. Excel's own time is not included (the fake host is in-process).
 */
import { FakeWorkbook } from "../test/e2e/host/fakeExcel";
import { mapHeaders } from "../src/engine/headers";
import { createContext } from "../src/engine/screen";
import { newBlockResult, screenSlice } from "../src/taskpane/screenRows";
import { BLOCK_WIDTH } from "../src/taskpane/outputBlock";
import { paneRun } from "./paneRun";

const COLUMNS = 3_000;
const ROWS = 1_000;
const ORDER_HEADERS = [
  "Order No",
  "Item",
  "HS code",
  "List control",
  "Destination",
  "Consignee",
  "End user",
  "End use",
  "Payment terms",
  "Order value",
  "Currency",
  "Delivery date",
];
const DESTS = ["US", "Germany", "China", "Vietnam", "North Korea", "Thailand"];

/** Column index of each order header: spread every 250 columns across the sheet. */
const PLACE = ORDER_HEADERS.map((_, k) => k * 250 + 3);

function sheet(): FakeWorkbook {
  const wb = new FakeWorkbook("Orders");
  const s = wb.sheet("Orders")!;
  for (let c = 0; c < COLUMNS; c++) wb.setCell(s, 0, c, `Note ${c + 1}`);
  PLACE.forEach((c, k) => wb.setCell(s, 0, c, ORDER_HEADERS[k]));
  for (let r = 1; r <= ROWS; r++) {
    for (let c = 0; c < COLUMNS; c++) wb.setCell(s, r, c, `v${r}-${c}`);
    const vals = [
      `PO-${r}`,
      `Item ${r % 31}`,
      ["8471.30", "8458.11", "0901.21"][r % 3],
      r % 4 === 0 ? "" : "non-controlled",
      DESTS[r % DESTS.length],
      `Consignee ${r % 23}`,
      `End User ${r % 89} Co., Ltd.`,
      r % 6 === 0 ? "" : "automotive parts production",
      "T/T 30 days",
      (r % 40) * 500_000,
      "JPY",
      "2027-03-01",
    ];
    PLACE.forEach((c, k) => wb.setCell(s, r, c, vals[k]));
  }
  wb.selection = { row: 1, col: 0, rows: 1, cols: 1 };
  return wb;
}

async function measured(): Promise<{ checkMs: number; runMs: number; status: string; syncs: number }> {
  const wb = sheet();
  (globalThis as { Excel?: unknown }).Excel = wb.excelGlobal();
  const r = await paneRun("en");
  return { checkMs: r.checkMs, runMs: r.runMs, status: r.status, syncs: wb.syncs.length };
}

/** Read the header row and the mapped cells, screen, write the block: no detection, no checks. */
async function floor(): Promise<number> {
  const wb = sheet();
  const excel = wb.excelGlobal() as { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> };
  const t0 = performance.now();
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Orders");
    const header = ws.getRangeByIndexes(0, 0, 1, COLUMNS);
    header.load("values");
    await context.sync();
    const columns = mapHeaders((header.values as unknown[][])[0].map(String)).columns;
    const cols = PLACE.map((c) => {
      const r = ws.getRangeByIndexes(1, c, ROWS, 1);
      r.load("values");
      return r;
    });
    await context.sync();
    const rows: unknown[][] = Array.from({ length: ROWS }, () => new Array(COLUMNS).fill(""));
    cols.forEach((r, k) => (r.values as unknown[][]).forEach((v, i) => (rows[i][PLACE[k]] = v[0])));
    const acc = newBlockResult();
    const ctx = createContext({ options: { today: "2026-11-25" } });
    screenSlice(rows, 0, ROWS, 1, columns, ctx, "en", "2026-11-25 10:00", acc);
    ws.getRangeByIndexes(1, COLUMNS, ROWS, BLOCK_WIDTH).values = acc.out as never;
    await context.sync();
  });
  return performance.now() - t0;
}

export async function runWideBench(): Promise<string> {
  // Floor and measurement alternate (twice each) so that a loaded machine weighs on both alike; best of each.
  const f: number[] = [];
  const m: Array<Awaited<ReturnType<typeof measured>>> = [];
  for (let i = 0; i < 2; i++) {
    f.push(await floor());
    m.push(await measured());
  }
  const best = m.reduce((a, b) => (a.checkMs + a.runMs <= b.checkMs + b.runMs ? a : b));
  const total = best.checkMs + best.runMs;
  const fl = Math.min(...f);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `sheet                     ${COLUMNS.toLocaleString()} columns × ${ROWS.toLocaleString()} rows, every cell filled; 12 order columns among them`,
    `Check data                ${s(best.checkMs)} (detection + header mapping)`,
    `screen (whole run)        ${s(best.runMs)}, status ${best.status}, ${best.syncs} syncs in all`,
    `check + screen            ${s(total)} (target ≤ 3 s; ${total <= 3000 ? "met" : "NOT met"} on this machine, Node, fake host)`,
    `floor (same run)          ${s(fl)}: read header + mapped cells, engine, write block, no checks`,
    `ratio to floor            ${(total / fl).toFixed(2)}×`,
  ].join("\n");
}

if (require.main === module) {
  runWideBench().then(
    (t) => console.log(t),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
