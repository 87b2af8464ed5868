/**
 * Results that stay with their orders and no user cell ever touched (issue 12), in Chromium with the fake
 * Excel host: text stays text, lists stay in force when storage fails, and (further down) sort during a run,
 * edits after a run, a note below the table and the refusals. Screenshots go to test-artifacts/.
 */
import type { Page } from "playwright-core";
import { cell, checkData, host, importList, runAndWait, setup, usePanes } from "./support/session";
import type { Cell } from "./support/session";
import { BLOCK_INDEX } from "../../src/taskpane/outputBlock";
import { parseKey } from "../../src/taskpane/rowKey";

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

const { open } = usePanes();

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

/** Rows whose decision is a result but whose key names another order than the row holds (must be none). */
async function misplaced(page: Page, n: number): Promise<string[]> {
  const ids = await host<Cell[][]>(page, "values", "Orders", { row: 1, col: 0, rows: n, cols: 1 });
  const codes = await host<Cell[][]>(page, "values", "Orders", {
    row: 1,
    col: BLOCK_COL + BLOCK_INDEX.code,
    rows: n,
    cols: 1,
  });
  const keys = await host<Cell[][]>(page, "values", "Orders", {
    row: 1,
    col: BLOCK_COL + BLOCK_INDEX.input_key,
    rows: n,
    cols: 1,
  });
  const wrong: string[] = [];
  for (let i = 0; i < n; i++) {
    if (!/^(PROHIBITED|LICENSE_REQUIRED|REVIEW|NO_LICENSE)$/.test(String(codes[i][0]))) continue;
    const key = parseKey(keys[i][0]);
    if (!key || key.orderId !== String(ids[i][0])) wrong.push(`row ${i + 2}: ${ids[i][0]} has ${keys[i][0]}`);
  }
  return wrong;
}

describe("results stay with their orders", () => {
  test("sorting the order rows during a run stops it with a clear message; no result lands beside another order", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    const n = 30_000;
    await setup(page, [HEADERS, ...orders(n)]);
    await checkData(page);
    await host(page, "setSyncDelay", 150);
    await page.click("[data-testid=run]");
    // Once the first block is screened, the user sorts the orders (a table sort: data columns only).
    await page.waitForFunction(
      () => /Screening [1-9][\d,]* \//.test(document.querySelector("[data-testid=progress]")?.textContent ?? ""),
      undefined,
      { timeout: 120_000 },
    );
    await host(page, "userSort", "Orders", { row: 1, col: 0, rows: n, cols: HEADERS.length }, 0, true);
    await page.waitForSelector("[data-testid=results]", { timeout: 180_000 });
    await host(page, "setSyncDelay", 0);
    expect(await page.getAttribute("[data-testid=results]", "data-status")).toBe("failed");
    const text = (await page.textContent("[data-testid=results]")) ?? "";
    expect(text).toMatch(/The rows being screened changed during the run/);
    expect(text).toMatch(/nothing was written to the rows that changed/);
    expect(await page.isVisible("[data-testid=counts-withheld]")).toBe(true);
    expect(await misplaced(page, n)).toEqual([]);
    // The handlers the run registered are gone; the pane's own watcher stays (one per event).
    expect((await host<{ changed: number }>(page, "handlerCounts", "Orders")).changed).toBeLessThanOrEqual(1);
    await pane.shot("b02-sorted-during-run");
  });

  test("an edit after the run: the row is marked stale in the sheet and listed; re-screening fixes it", async () => {
    const pane = await open("ja-JP");
    const { page } = pane;
    await setup(page, [HEADERS, ...orders(40)]);
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    expect(await page.isVisible("[data-testid=stale]")).toBe(false);
    // Row 6 (PO-0005): the destination is changed to North Korea after screening.
    await host(page, "userEdit", "Orders", 5, 4, [["North Korea"]]);
    await page.waitForSelector("[data-testid=stale]");
    expect(await page.textContent("[data-testid=stale]")).toContain("入力が変更されました");
    expect(await page.textContent("[data-stale-row='6']")).toContain("PO-0005");
    expect(await page.$$("[data-stale-row]")).toHaveLength(1);
    expect(await cell(page, 5, BLOCK_COL + BLOCK_INDEX.code)).toBe("STALE");
    expect(String(await cell(page, 5, BLOCK_COL + BLOCK_INDEX.decision))).toBe(
      "入力が変更されました（前回: 申請不要）",
    );
    const grey = await host<Array<{ formula: string; fill: string }>>(page, "conditionalFormats", "Orders");
    expect(grey.some((cf) => cf.formula.includes('"STALE"') && cf.fill === "#BFBFBF")).toBe(true);
    await pane.shot("b03-stale-after-edit");

    // A sort of the order rows after the run: every moved row is stale.
    await host(page, "userSort", "Orders", { row: 1, col: 0, rows: 40, cols: HEADERS.length }, 0, true);
    await page.waitForFunction(
      () => Number(document.querySelector("[data-testid=stale]")?.getAttribute("data-count") ?? 0) > 30,
    );
    expect(await misplaced(page, 40)).toEqual([]);
    await pane.shot("b04-stale-after-sort");

    await page.click("[data-testid=rescreen-stale]");
    await page.waitForSelector("[data-testid=stale]", { state: "detached", timeout: 60_000 });
    expect(await misplaced(page, 40)).toEqual([]);
    const row6 = String(await cell(page, 5, 0));
    const key = parseKey(await cell(page, 5, BLOCK_COL + BLOCK_INDEX.input_key));
    expect(key?.orderId).toBe(row6);
    // PO-0005, now to North Korea, is prohibited after re-screening, wherever the sort put it.
    const ids = await host<Cell[][]>(page, "values", "Orders", { row: 1, col: 0, rows: 40, cols: 1 });
    const at = ids.findIndex((r) => r[0] === "PO-0005") + 1;
    expect(await cell(page, at, BLOCK_COL + BLOCK_INDEX.code)).toBe("PROHIBITED");
  });
});

describe("stale results on every sheet with a block", () => {
  test("an edit on another screened sheet is found, marked and re-screened from the pane on this sheet", async () => {
    const pane = await open("ja-JP");
    const { page } = pane;
    await setup(page, [HEADERS, ...orders(12)]);
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    // A second order sheet, screened too; the pane now works on it.
    await host(page, "put", "March", [HEADERS, ...orders(6)]);
    await host(page, "select", "March", 1, 1);
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    expect(await page.isVisible("[data-testid=stale-elsewhere]")).toBe(false);
    // The first sheet is edited while the pane is on the second (the pane watches only the active sheet).
    await host(page, "userEdit", "Orders", 2, 4, [["North Korea"]]);
    await checkData(page);
    await page.waitForSelector("[data-stale-sheet=Orders]");
    expect(await page.textContent("[data-stale-sheet=Orders]")).toContain("シート「Orders」: 1 行");
    expect(await cell(page, 2, BLOCK_COL + BLOCK_INDEX.code)).toBe("STALE");
    expect(await page.isVisible("[data-testid=stale]")).toBe(false); // nothing stale on this sheet
    await pane.shot("b08-ja-stale-other-sheet");
    await page.click("[data-testid=rescreen-elsewhere]");
    await page.waitForSelector("[data-stale-sheet=Orders]", { state: "detached", timeout: 60_000 });
    expect(await page.textContent("[data-testid=rescreen-elsewhere-note]")).toContain("1 行を再審査");
    expect(await cell(page, 2, BLOCK_COL + BLOCK_INDEX.code)).toBe("PROHIBITED");
    expect(await misplaced(page, 12)).toEqual([]);
  });
});

describe("never touch a user's cell", () => {
  test("a note below the table, where an earlier longer block was, refuses the re-run naming the cell", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    await setup(page, [HEADERS, ...orders(20)]);
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    // The last five orders are deleted (whole rows), and a note is typed below the table.
    await page.evaluate(
      ({ width }) => {
        const h = window.__anpoHost;
        const blank = Array.from({ length: 5 }, () => new Array(width).fill(""));
        h.put("Orders", blank, 16, 0);
        h.put("Orders", [["Note: PO-0016 to PO-0020 were cancelled"]], 18, 9);
      },
      { width: HEADERS.length + 26 },
    );
    await checkData(page);
    const status = await runAndWait(page);
    expect(status).toBe("failed");
    const text = (await page.textContent("[data-testid=results]")) ?? "";
    expect(text).toContain("Orders!J19");
    expect(text).toMatch(/Nothing was overwritten or cleared/);
    expect(await cell(page, 18, 9)).toBe("Note: PO-0016 to PO-0020 were cancelled");
    await pane.shot("b05-refused-note-below-table");
  });

  test("a note typed into an output cell, and a protected sheet, are refused in Japanese naming the place", async () => {
    const pane = await open("ja-JP");
    const { page } = pane;
    await setup(page, [HEADERS, ...orders(10)]);
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    await host(page, "userEdit", "Orders", 4, BLOCK_COL + BLOCK_INDEX.reasons, [["佐藤が確認済み"]]);
    await checkData(page);
    expect(await runAndWait(page)).toBe("failed");
    const text = (await page.textContent("[data-testid=results]")) ?? "";
    expect(text).toContain("Orders!J5");
    expect(text).toMatch(/上書きも消去もしない/);
    expect(await cell(page, 4, BLOCK_COL + BLOCK_INDEX.reasons)).toBe("佐藤が確認済み");
    await pane.shot("b06-refused-note-in-output-cell");

    await host(page, "protect", "Orders", true);
    await checkData(page);
    expect(await page.textContent("[data-testid=problem]")).toMatch(/保護されています/);
    await pane.shot("b07-refused-protected-sheet");
  });
});

/**
 * The states of issue 12 as trade staff see them in a narrow (350 px) pane, in Japanese and English:
 * test-artifacts/b10-<lang>-350-*.png (looked at; see the closing note of issue 12).
 */
describe.each([
  ["ja", "ja-JP"],
  ["en", "en-US"],
])("issue 12 states at 350 px (%s)", (lang, locale) => {
  test("a list named =…, stale rows after an edit and a sort, and the refusals", async () => {
    const pane = await open(locale, 350);
    const { page } = pane;
    const shot = (name: string) => pane.shot(`b10-${lang}-350-${name}`);
    await setup(page, [HEADERS, ...orders(20)]);
    const evilName = '=HYPERLINK("http://example.invalid/","Watch list")';
    await importList(page, "evil.csv", listCsv("evil", evilName));
    await page.waitForSelector("[data-list=evil]");
    expect(await page.textContent("[data-list=evil]")).toContain(evilName);
    await shot("list-named-equals");
    await page.click("[data-testid=tab-screen]");
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    expect(await page.textContent("[data-testid=lists-in-force]")).toContain(evilName);
    expect(await host<string>(page, "formulaOf", "Orders", 3, BLOCK_COL + BLOCK_INDEX.party)).toBe("");
    await shot("run-lists-in-force");

    await host(page, "userEdit", "Orders", 5, 4, [["North Korea"]]);
    await page.waitForSelector("[data-testid=stale]");
    expect(await page.$$("[data-stale-row]")).toHaveLength(1);
    await page.locator("[data-testid=stale]").scrollIntoViewIfNeeded();
    await shot("stale-after-edit");
    await host(page, "userSort", "Orders", { row: 1, col: 0, rows: 20, cols: HEADERS.length }, 0, true);
    await page.waitForFunction(
      () => Number(document.querySelector("[data-testid=stale]")?.getAttribute("data-count") ?? 0) > 10,
    );
    await shot("stale-after-sort");
    await page.click("[data-testid=rescreen-stale]");
    await page.waitForSelector("[data-testid=stale]", { state: "detached", timeout: 60_000 });
    expect(await misplaced(page, 20)).toEqual([]);

    // A note typed into an output cell.
    await host(page, "userEdit", "Orders", 4, BLOCK_COL + BLOCK_INDEX.reasons, [
      [lang === "ja" ? "佐藤確認済み" : "OK - Sato"],
    ]);
    await checkData(page);
    expect(await runAndWait(page)).toBe("failed");
    expect(await page.textContent("[data-testid=results]")).toContain("Orders!J5");
    await shot("refused-user-cell-in-output");

    // A note below the table, where the earlier, longer block was.
    await setup(page, [HEADERS, ...orders(20)]);
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    await page.evaluate(
      ({ width }) => {
        const h = window.__anpoHost;
        h.put(
          "Orders",
          Array.from({ length: 5 }, () => new Array(width).fill("")),
          16,
          0,
        );
        h.put("Orders", [["PO-0016..20 cancelled"]], 18, 9);
      },
      { width: HEADERS.length + 26 },
    );
    await checkData(page);
    expect(await runAndWait(page)).toBe("failed");
    expect(await page.textContent("[data-testid=results]")).toContain("Orders!J19");
    await shot("refused-note-below-table");
  });
});
