/**
 * Results that stay with their orders and no user cell ever touched (issue 12), in Chromium with the fake
 * Excel host: text stays text, lists stay in force when storage fails, and (further down) sort during a run,
 * edits after a run, a note below the table and the refusals. Screenshots go to test-artifacts/.
 */
import type { Page } from "playwright-core";
import { serveStatic } from "./support/server";
import type { StaticServer } from "./support/server";
import { openPane } from "./support/pane";
import type { Pane } from "./support/pane";
import { DIST } from "./support/paths";
import { BLOCK_INDEX } from "../../src/taskpane/outputBlock";

type Cell = string | number | boolean;

const HEADERS = ["Order No", "Item", "HS code", "List control", "Destination", "End user", "End use"];
const BLOCK_COL = HEADERS.length;

/** Deterministic orders; every 7th goes to North Korea (PROHIBITED), row 3 names a party on the test list. */
function orders(n: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 1; i <= n; i++) {
    rows.push([
      `PO-${String(i).padStart(4, "0")}`,
      `Item ${i}`,
      "8471.30",
      "non-controlled",
      i % 7 === 0 ? "North Korea" : "Germany",
      i === 3 ? "KVA Trading" : `Customer ${i} GmbH`,
      "office use",
    ]);
  }
  return rows;
}

let server: StaticServer;
const panes: Pane[] = [];

beforeAll(async () => {
  server = await serveStatic(DIST);
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  for (const p of panes.splice(0)) {
    expect(p.external).toEqual([]);
    await p.close();
  }
});

async function open(displayLanguage = "en-US"): Promise<Pane> {
  const p = await openPane(server.url, { displayLanguage });
  panes.push(p);
  return p;
}

const host = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(
    ({ fn, args }) => (window.__anpoHost as unknown as Record<string, (...a: unknown[]) => unknown>)[fn](...args),
    { fn, args },
  ) as Promise<T>;

async function setup(page: Page, rows: Cell[][], sheet = "Orders"): Promise<void> {
  await page.evaluate(
    ({ rows, sheet }) => {
      const h = window.__anpoHost;
      h.reset(sheet);
      h.put(sheet, rows);
      h.select(sheet, 1, 1);
    },
    { rows, sheet },
  );
}

async function cell(page: Page, row: number, col: number, sheet = "Orders"): Promise<Cell> {
  return (await host<Cell[][]>(page, "values", sheet, { row, col, rows: 1, cols: 1 }))[0][0];
}

async function checkData(page: Page): Promise<void> {
  await page.click("[data-testid=check-data]");
  await page.waitForSelector("[data-testid=mapping-table], [data-testid=mapping-summary], [data-testid=problem]");
}

async function runAndWait(page: Page): Promise<string> {
  await page.click("[data-testid=run]");
  await page.waitForSelector("[data-testid=results]", { timeout: 120_000 });
  return (await page.getAttribute("[data-testid=results]", "data-status")) ?? "";
}

async function importList(page: Page, fileName: string, csv: string): Promise<void> {
  await page.click("[data-testid=tab-lists]");
  await page.setInputFiles("[data-testid=list-file]", {
    name: fileName,
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.waitForSelector("[data-testid=list-status]");
}

function listCsv(id: string, name: string): string {
  return [
    `# id: ${id}`,
    `# name: ${name}`,
    "# version: 2026-11-01",
    "id,name,aliases,country",
    "7,Kestrel Vane Avionics Trading LLC,KVA Trading,AE",
    "",
  ].join("\n");
}

describe("text stays text", () => {
  test("a list whose name starts with = is written as text, never as a formula", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    await setup(page, [HEADERS, ...orders(10)]);
    const evilName = '=HYPERLINK("http://example.invalid/","Watch list")';
    await importList(page, "evil.csv", listCsv("evil", evilName));
    await page.waitForSelector("[data-list=evil]");
    await page.click("[data-testid=tab-screen]");
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    const party = String(await cell(page, 3, BLOCK_COL + BLOCK_INDEX.party));
    expect(party.startsWith(evilName)).toBe(true);
    expect(await host<string>(page, "formulaOf", "Orders", 3, BLOCK_COL + BLOCK_INDEX.party)).toBe("");
    // No cell the add-in wrote holds a formula.
    const snapshot = await host<string>(page, "snapshot", "Orders");
    expect(snapshot).not.toMatch(/\|=/);
    expect(await page.textContent("[data-testid=lists-in-force]")).toContain(evilName);
  });
});

describe("lists stay in force", () => {
  test("a failing IndexedDB write keeps the lists loaded, warns, and the run names the lists in force", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    await setup(page, [HEADERS, ...orders(10)]);
    await importList(page, "first.csv", listCsv("first", "First list"));
    await page.waitForSelector("[data-list=first]");
    // From now on every IndexedDB write fails as a full disk makes it fail.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await importList(page, "second.csv", listCsv("second", "Second list"));
    await page.waitForSelector("[data-list=second]");
    expect(await page.isVisible("[data-list=first]")).toBe(true);
    await page.click("[data-testid=tab-screen]");
    await checkData(page);
    const warning = (await page.textContent("[data-testid=lists-not-stored]")) ?? "";
    expect(warning).toMatch(/QuotaExceededError/);
    expect(warning).toMatch(/will not survive/);
    expect(await runAndWait(page)).toBe("completed");
    const inForce = (await page.textContent("[data-testid=lists-in-force]")) ?? "";
    expect(inForce).toContain("First list (2026-11-01)");
    expect(inForce).toContain("Second list (2026-11-01)");
    // Both lists were used: the party on them is matched.
    expect(String(await cell(page, 3, BLOCK_COL + BLOCK_INDEX.party))).toMatch(/First list|Second list/);
    await pane.shot("b01-lists-not-stored");
  });
});
