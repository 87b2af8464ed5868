/**
 * The add-in in a real browser: Debian's Chromium (playwright-core) loads the production bundle from a local
 * server; Office.js is replaced by the fake Excel host (test/e2e/host), which enforces Excel's documented
 * limits. Screenshots of the pane go to test-artifacts/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { checkData, host, runAndWait, setup as setupSheet, usePanes } from "./support/session";
import type { Box, Cell } from "./support/session";
import { DIST, ROOT } from "./support/paths";
import { BLOCK_INDEX, BLOCK_WIDTH, NOT_SCREENED_CODE } from "../../src/taskpane/outputBlock";
import { columnLetter } from "../../src/engine/headers";

const EN_HEADERS = [
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
const JA_HEADERS = [
  "注文番号",
  "品名",
  "統計品目番号",
  "該非判定",
  "仕向地",
  "荷受人",
  "最終需要者",
  "用途",
  "決済条件",
  "金額",
  "通貨",
  "納期",
];
const EXPECTED_FIELDS = [
  "order_id",
  "item_description",
  "hs_code",
  "list_control",
  "destination",
  "consignee",
  "end_user",
  "end_use",
  "payment_terms",
  "order_value",
  "currency",
  "delivery_date",
];
const DECISION_CODES = ["PROHIBITED", "LICENSE_REQUIRED", "REVIEW", "NO_LICENSE"];

/** The fictional own list used for the allow-list round trip. */
const OWN_LIST_CSV = [
  "# id: e2e-own",
  "# name: E2E watch list",
  "# version: 2026-11-01",
  "id,name,aliases,country",
  "7,Kestrel Vane Avionics Trading LLC,KVA Trading,AE",
  "",
].join("\n");
/** 1-based data row whose end user is on that list: non-controlled goods to Germany, so the match alone decides. */
const MATCH_ROW = 41;

/** 1,000 varied order rows (deterministic). */
function orders(n: number, lang: "en" | "ja" = "en"): Cell[][] {
  const dests =
    lang === "ja"
      ? ["米国", "ドイツ", "中国", "ベトナム", "北朝鮮", "イラン", "タイ", "パキスタン"]
      : ["US", "Germany", "China", "Vietnam", "North Korea", "Iran", "Thailand", "Pakistan"];
  const hs = ["8471.30", "8458.11", "0901.21", "8542.31", "9030.20", "3901.10"];
  const lc =
    lang === "ja"
      ? ["非該当", "非該当", "該当 2項", "", "非該当"]
      : ["non-controlled", "non-controlled", "controlled 2", "", "non-controlled"];
  const rows: Cell[][] = [];
  for (let i = 1; i <= n; i++) {
    rows.push([
      `PO-${String(i).padStart(5, "0")}`,
      `Item ${i % 31}`,
      hs[i % hs.length],
      lc[i % lc.length],
      dests[i % dests.length],
      `Consignee ${i % 23}`,
      i === MATCH_ROW ? "KVA Trading" : `End User ${i % 89} Co., Ltd.`,
      i % 6 === 0 ? "" : lang === "ja" ? "自動車部品の製造" : "automotive parts production",
      i % 9 === 0 ? (lang === "ja" ? "現金前払い" : "cash in advance") : "T/T 30 days",
      (i % 40) * 500_000,
      "JPY",
      i % 8 === 0 ? "TBD" : "2027-03-01",
    ]);
  }
  return rows;
}

const { open } = usePanes();

/** The data's second row selected (the tests of this file were written with that selection). */
const setup = (page: Page, rows: Cell[][], sheet = "Orders", select = { row: 2, col: 1 }) =>
  setupSheet(page, rows, sheet, select);

/** The mapping's dropdowns (opened with "change" when every required field was mapped automatically). */
async function mappedFields(page: Page): Promise<string[]> {
  if (await page.$("[data-testid=mapping-change]")) await page.click("[data-testid=mapping-change]");
  await page.waitForSelector("[data-testid=mapping-table]");
  return page.$$eval("[data-testid=mapping-table] select", (els) => els.map((e) => (e as HTMLSelectElement).value));
}

async function counts(page: Page): Promise<Record<string, number>> {
  return page.$$eval("[data-count]", (els) =>
    Object.fromEntries(
      els.map((e) => [e.getAttribute("data-count"), Number((e.textContent ?? "0").replace(/[^\d]/g, ""))]),
    ),
  );
}

describe("auto-mapping", () => {
  test("an English sheet is mapped from its headers (English pane)", async () => {
    const pane = await open("en-US");
    await setup(pane.page, [EN_HEADERS, ...orders(20)]);
    await checkData(pane.page);
    expect(await mappedFields(pane.page)).toEqual(EXPECTED_FIELDS);
    expect(await pane.page.textContent("[data-testid=data-facts]")).toContain("Orders!A1:L21");
    await pane.shot("01-en-mapping");
  });

  test("a Japanese sheet is mapped from its headers (Japanese pane, all labels in Japanese)", async () => {
    const pane = await open("ja-JP");
    await setup(pane.page, [JA_HEADERS, ...orders(20, "ja")]);
    await checkData(pane.page);
    expect(await mappedFields(pane.page)).toEqual(EXPECTED_FIELDS);
    const text = (await pane.page.textContent("body")) ?? "";
    expect(text).toContain("データを確認");
    expect(text).toContain("列の対応付け");
    expect(text).not.toMatch(/Check data|Map the columns/);
    await pane.shot("02-ja-mapping");
    // Run and review in Japanese: labels in the sheet and in the pane.
    expect(await runAndWait(pane.page)).toBe("completed");
    const header = await host<Cell[][]>(pane.page, "values", "Orders", {
      row: 0,
      col: JA_HEADERS.length,
      rows: 1,
      cols: 3,
    });
    expect(header[0]).toEqual(["ANPO 判定", "ANPO コード", "ANPO 理由"]);
    expect(await pane.page.textContent("[data-testid=results]")).toContain("確認が必要な行");
    await pane.shot("02b-ja-results");
    await pane.page.locator("[data-testid=attention-list] button").nth(3).click();
    await pane.page.waitForSelector("[data-testid=reasons] li");
    const detail = (await pane.page.textContent("[data-testid=row-detail]")) ?? "";
    expect(detail).toContain("判定の経路");
    expect(detail).toContain("理由と根拠");
    expect(detail).not.toMatch(/Decision path|Reasons and legal basis/);
    await pane.shot("02c-ja-detail");
  });
});

describe("a full run on 1,000 rows", () => {
  test("output block, counts, results list and detail view; nothing outside the block changes", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    const rows = [EN_HEADERS, ...orders(1000)];
    await setup(page, rows);
    await host(page, "putFormula", "Orders", 5, 9, "=2*1000000", 2_000_000);
    await host(page, "put", "Orders", [["#N/A"]], 7, 2);
    await host(page, "put", "Orders", [["note far away"]], 1500, 3);
    const block: Box = { row: 0, col: EN_HEADERS.length, rows: 1001, cols: BLOCK_WIDTH };
    const before = await host<string>(page, "snapshot", "Orders", [block]);
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    await pane.shot("03-en-results");

    // Byte-for-byte: every cell (value and formula) outside the block is as before.
    expect(await host<string>(page, "snapshot", "Orders", [block])).toBe(before);
    // The block: our header, and a decision for every row.
    const out = await host<Cell[][]>(page, "values", "Orders", block);
    expect(out[0][0]).toBe("ANPO Decision");
    expect(out[0][BLOCK_INDEX.rf01]).toBe("ANPO RF01");
    const codes = out.slice(1).map((r) => r[BLOCK_INDEX.code]);
    expect(codes.every((c) => DECISION_CODES.includes(String(c)))).toBe(true);
    // North Korea rows (every 8th, i % 8 === 4) are prohibited; the error cell's row still got a result.
    expect(out[4][BLOCK_INDEX.code]).toBe("PROHIBITED");
    expect(out[7][BLOCK_INDEX.code]).not.toBe("");
    // Counts in the pane agree with the sheet.
    const c = await counts(page);
    for (const d of DECISION_CODES) expect(c[d]).toBe(codes.filter((x) => x === d).length);
    // Every sync stayed under Excel's 5 MB limit; the log sheet got the audit row.
    const syncs = await host<Array<{ requestBytes: number; responseBytes: number; ok: boolean }>>(page, "syncs");
    expect(syncs.every((s) => s.ok && s.requestBytes < 5_000_000 && s.responseBytes < 5_000_000)).toBe(true);
    const log = await host<Cell[][]>(page, "values", "ANPO Log", { row: 0, col: 0, rows: 2, cols: 17 });
    expect(log[0][14]).toBe("Mapping / detail");
    expect(log[1][7]).toBe(1000);
    expect(String(log[1][14])).toContain("destination=E (Destination)");
    // Conditional formats on the decision column, after the values.
    const cfs = await host<Array<{ formula: string; box: Box }>>(page, "conditionalFormats", "Orders");
    expect(cfs.length).toBe(6); // four decisions, "not screened" and "stale"
    expect(cfs[0].box).toEqual({ row: 1, col: 12, rows: 1000, cols: 1 });

    // Results list → detail: the row is selected in the sheet and explained.
    const first = page.locator("[data-testid=attention-list] button").first();
    const rowNo = Number(await first.getAttribute("data-row"));
    await first.click();
    await page.waitForSelector("[data-testid=reasons] li");
    // the whole row is selected: its order data (A–L) and its output block
    const lastCol = columnLetter(EN_HEADERS.length + BLOCK_WIDTH - 1);
    expect((await host<string[]>(page, "selections")).pop()).toBe(`Orders!A${rowNo}:${lastCol}${rowNo}`);
    const onPath = await page.$$eval("[data-testid=flow-diagram] [data-on-path=yes]", (els) => els.length);
    expect(onPath).toBeGreaterThan(1);
    expect(await page.textContent("[data-testid=reasons]")).toMatch(/Art\.|Order|law|METI/);
    await pane.shot("04-en-detail");
    expect(pane.pageErrors).toEqual([]);
  });
});

describe("lists and the allow-list round trip", () => {
  test("import an own list, see the match, record Not this party, the row is screened again", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    await setup(page, [EN_HEADERS, ...orders(100)]);
    // Import through the file picker.
    await page.click("[data-testid=tab-lists]");
    await page.setInputFiles("[data-testid=list-file]", {
      name: "e2e-own.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(OWN_LIST_CSV),
    });
    await page.waitForSelector("[data-list=e2e-own]");
    await page.waitForSelector("[data-testid=list-status]");
    expect(await page.textContent("[data-list=e2e-own]")).toContain("2026-11-01");
    await pane.shot("05-lists");
    await page.click("[data-testid=tab-screen]");
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    const blockCol = EN_HEADERS.length;
    const partyCell = () =>
      host<Cell[][]>(page, "values", "Orders", { row: MATCH_ROW, col: blockCol + BLOCK_INDEX.party, rows: 1, cols: 1 });
    expect(String((await partyCell())[0][0])).toContain("Kestrel Vane Avionics Trading LLC");
    const codeCell = async () =>
      (
        await host<Cell[][]>(page, "values", "Orders", {
          row: MATCH_ROW,
          col: blockCol + BLOCK_INDEX.code,
          rows: 1,
          cols: 1,
        })
      )[0][0];
    expect(await codeCell()).toBe("REVIEW");

    // The list is virtualised and sorted by severity: find the row by its order number.
    await page.fill("[data-testid=attention-search] input, input[data-testid=attention-search]", `PO-000${MATCH_ROW}`);
    await page.click(`[data-testid=attention-list] button[data-row="${MATCH_ROW + 1}"]`);
    await page.waitForSelector("[data-match='e2e-own#7']");
    expect(await page.textContent("[data-match='e2e-own#7']")).toMatch(/KVA Trading.*Score: \d\.\d\d/);
    await page.click("[data-match='e2e-own#7'] [data-testid=not-this-party]");
    await page.fill("[data-testid=reviewer] input, input[data-testid=reviewer]", "Sato");
    await page.fill(
      "textarea[data-testid=reason], [data-testid=reason] textarea",
      "Different company: registered in Osaka, founded 1962 (file 2026-114)",
    );
    await pane.shot("06-not-this-party");
    await page.click("[data-testid=save-allow]");
    await page.waitForSelector("text=Recorded in the allow-list");
    await page.waitForSelector("[data-testid=not-this-party-dialog]", { state: "detached" });
    expect(await page.textContent("[data-match='e2e-own#7']")).toContain("Allow-listed: Sato");
    // The match no longer decides: the row is screened again and its block rewritten.
    expect(await codeCell()).toBe("NO_LICENSE");
    await pane.shot("07-after-allow-list");

    // Kept in the workbook, logged, and the row's block rewritten.
    const settings = await host<Record<string, string>>(page, "settings");
    const allow = JSON.parse(settings["anpo.allowList"]);
    expect(JSON.stringify(allow)).toContain("e2e-own#7");
    expect(JSON.stringify(allow)).toContain("Sato");
    expect(String((await partyCell())[0][0])).toContain("allow-listed (Sato");
    const log = await host<Cell[][]>(page, "values", "ANPO Log", { row: 0, col: 0, rows: 4, cols: 17 });
    expect(log.some((r) => r[1] === "allow-list entry" && String(r[14]).includes("e2e-own#7"))).toBe(true);

    // A new pane on the same workbook (fresh session) still applies it.
    await page.click("text=Back to the list");
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    expect(String((await partyCell())[0][0])).toContain("allow-listed (Sato");
  });

  test("the official METI End User List file is imported in the browser", async () => {
    const file = path.resolve(ROOT, "..", "shared", "meti-eul", "20250929_4.xlsx");
    if (!fs.existsSync(file)) {
      if (process.env.ANPO_REQUIRE_SHARED === "1") throw new Error(`missing ${file}`);
      console.warn(`SKIPPED: ${file} not found`);
      return;
    }
    const pane = await open("ja-JP");
    const { page } = pane;
    await page.click("[data-testid=tab-lists]");
    await page.setInputFiles("[data-testid=list-file]", file);
    await page.waitForSelector("[data-list=meti-eul]", { timeout: 60_000 });
    await page.waitForSelector("[data-testid=list-status]");
    const row = (await page.textContent("[data-list=meti-eul]")) ?? "";
    expect(row).toContain("公式");
    expect(row).toContain("2025-09-29");
    expect(row).toMatch(/8\d\d/);
    await pane.shot("08-ja-lists-meti");
    // A bad file leaves it in force.
    await page.setInputFiles("[data-testid=list-file]", {
      name: "broken.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("PK\u0003\u0004 not really a workbook"),
    });
    await page.waitForSelector("[data-testid=list-status]");
    expect(await page.textContent("[data-testid=list-status]")).toContain("以前のリストはそのまま");
    expect(await page.$("[data-list=meti-eul]")).not.toBeNull();
  });

  test("the demo list is clearly labelled and the pane warns when it is in use", async () => {
    if (!fs.existsSync(path.join(DIST, "demo-list.csv"))) {
      console.warn("SKIPPED: examples/demo-list.csv not present in this build");
      return;
    }
    const pane = await open("en-US");
    const { page } = pane;
    await page.click("[data-testid=tab-lists]");
    await page.click("[data-testid=load-demo]");
    await page.waitForSelector("[data-kind=demo]");
    expect(await page.textContent("[data-kind=demo]")).toMatch(/DEMO \(fictional\)/);
    await pane.shot("09-demo-list");
    await page.click("[data-testid=tab-screen]");
    await setup(page, [EN_HEADERS, ...orders(5)]);
    await checkData(page);
    expect(await page.textContent("[data-testid=demo-in-use]")).toContain("DEMO list");
  });
});

describe("no End User List loaded", () => {
  /** A clean row to Vietnam, one to the USA (Group A), a listed research centre to India, goods outside 16項. */
  const rows = (lang: "en" | "ja"): Cell[][] => [
    lang === "ja" ? JA_HEADERS : EN_HEADERS,
    [
      "NL-1",
      "CNC lathe",
      "8458.11",
      "non-controlled",
      "Vietnam",
      "Saigon Parts",
      "Saigon Parts",
      "bicycle hubs",
      "L/C",
      1_000_000,
      "JPY",
      "2027-03-01",
    ],
    [
      "NL-2",
      "CNC lathe",
      "8458.11",
      "non-controlled",
      "USA",
      "Ohio Tools",
      "Ohio Tools",
      "car parts",
      "L/C",
      1_000_000,
      "JPY",
      "2027-03-01",
    ],
    [
      "NL-3",
      "Pump",
      "8413.70",
      "non-controlled",
      "India",
      "Bhabha Atomic Research Centre",
      "Bhabha Atomic Research Centre",
      "cooling water",
      "L/C",
      1_000_000,
      "JPY",
      "2027-03-01",
    ],
    [
      "NL-4",
      "Milk powder",
      "0402.10",
      "non-controlled",
      "Vietnam",
      "Saigon Foods",
      "Saigon Foods",
      "retail",
      "L/C",
      1_000_000,
      "JPY",
      "2027-03-01",
    ],
  ];

  test.each(["en-US", "ja-JP"] as const)(
    "%s: the pane warns before screening; rows outside Group A are REVIEW with the reason, counted after the run",
    async (locale) => {
      const lang = locale === "ja-JP" ? "ja" : "en";
      const pane = await open(locale);
      const { page } = pane;
      await setup(page, rows(lang));
      await checkData(page);
      const warning = (await page.textContent("[data-testid=no-end-user-list]")) ?? "";
      expect(warning).toContain(
        lang === "ja" ? "外国ユーザーリストが読み込まれていません" : "End User List is not loaded",
      );
      await pane.shot(`14-${lang}-no-eul-before`);
      expect(await runAndWait(page)).toBe("completed");
      const out = await host<Cell[][]>(page, "values", "Orders", {
        row: 1,
        col: EN_HEADERS.length,
        rows: 4,
        cols: BLOCK_WIDTH,
      });
      expect(out.map((r) => r[BLOCK_INDEX.code])).toEqual(["REVIEW", "NO_LICENSE", "REVIEW", "NO_LICENSE"]);
      const title = lang === "ja" ? "外国ユーザーリスト未照合" : "End User List not checked";
      expect(out.map((r) => String(r[BLOCK_INDEX.reasons]).includes(title))).toEqual([true, false, true, false]);
      const summary = (await page.textContent("[data-testid=end-user-list-rows]")) ?? "";
      expect(summary).toContain(
        lang === "ja" ? "2 行は外国ユーザーリストを照合していない" : "2 row(s) could not be cleared",
      );
      await pane.shot(`14b-${lang}-no-eul-results`);
      await page.locator("[data-testid=attention-list] button").first().click();
      await page.waitForSelector("[data-testid=reasons] li");
      expect(await page.textContent("[data-testid=reasons]")).toContain(title);
      await pane.shot(`14c-${lang}-no-eul-detail`);
      expect(pane.pageErrors).toEqual([]);
    },
  );
});

describe("cancel and re-run", () => {
  test("cancel mid-run: screened rows keep results, the rest are marked, nothing else changes", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    const header = ["Order No", "HS code", "List control", "Destination", "End user"];
    await page.evaluate((header) => {
      const h = window.__anpoHost;
      h.reset("Orders");
      h.putGenerated("Orders", header, 60_000);
      h.select("Orders", 1, 0);
    }, header);
    const block: Box = { row: 0, col: 5, rows: 60_001, cols: BLOCK_WIDTH };
    const before = await host<string>(page, "snapshot", "Orders", [block]);
    await checkData(page);
    await host(page, "setSyncDelay", 400);
    await page.click("[data-testid=run]");
    // Cancel once the first block is in the sheet (before that, a cancel leaves the sheet untouched).
    await page.waitForFunction(
      (col) => window.__anpoHost.values("Orders", { row: 1, col, rows: 1, cols: 1 })[0][0] !== "",
      5 + BLOCK_INDEX.code,
      { timeout: 120_000 },
    );
    await pane.shot("10-running");
    await page.click("[data-testid=cancel]", { timeout: 120_000 });
    await page.waitForSelector("[data-testid=results][data-status=cancelled]", { timeout: 120_000 });
    await pane.shot("11-cancelled");
    await host(page, "setSyncDelay", 0);
    expect(await host<string>(page, "snapshot", "Orders", [block])).toBe(before);
    const codes = (
      await host<Cell[][]>(page, "values", "Orders", { row: 1, col: 5 + BLOCK_INDEX.code, rows: 60_000, cols: 1 })
    ).map((r) => r[0]);
    const firstNot = codes.indexOf(NOT_SCREENED_CODE);
    expect(firstNot).toBeGreaterThan(0);
    expect(codes.slice(0, firstNot).every((c) => DECISION_CODES.includes(String(c)))).toBe(true);
    expect(codes.slice(firstNot).every((c) => c === NOT_SCREENED_CODE)).toBe(true);
  });

  test("a re-run replaces only its block (and follows an edited cell); other cells are untouched", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    await setup(page, [EN_HEADERS, ...orders(300)]);
    await host(page, "put", "Orders", [["keep me"]], 320, 0);
    await checkData(page);
    expect(await runAndWait(page)).toBe("completed");
    const block: Box = { row: 0, col: EN_HEADERS.length, rows: 301, cols: BLOCK_WIDTH };
    // The user edits one order: destination of row 11 becomes North Korea.
    await host(page, "put", "Orders", [["North Korea"]], 11, 4);
    const before = await host<string>(page, "snapshot", "Orders", [block]);
    const firstBlock = await host<Cell[][]>(page, "values", "Orders", block);
    await checkData(page);
    expect(await page.textContent("[data-testid=data-facts]")).toContain("replaces the earlier results");
    expect(await runAndWait(page)).toBe("completed");
    expect(await host<string>(page, "snapshot", "Orders", [block])).toBe(before);
    const second = await host<Cell[][]>(page, "values", "Orders", block);
    expect(second[11][BLOCK_INDEX.code]).toBe("PROHIBITED");
    expect(firstBlock[11][BLOCK_INDEX.code]).not.toBe("PROHIBITED");
    expect(second[12]).toEqual(firstBlock[12]);
    // Still one block, in the same place.
    expect(
      await host<Cell[][]>(page, "values", "Orders", {
        row: 0,
        col: EN_HEADERS.length + BLOCK_WIDTH,
        rows: 1,
        cols: 1,
      }),
    ).toEqual([[""]]);
  });
});

describe("bad input gets a clear message and no partial garbage", () => {
  async function problemFor(page: Page, prepare: () => Promise<void>): Promise<string> {
    await prepare();
    await checkData(page);
    const el = await page.$("[data-testid=problem]");
    return el ? ((await el.textContent()) ?? "") : "";
  }

  test("empty sheet, no header row, merged cells, foreign content under our headers, no room, very wide rows", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    expect(await problemFor(page, async () => setup(page, []))).toMatch(/is empty/);
    expect(
      await problemFor(page, async () =>
        setup(page, [
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ),
    ).toMatch(/No header row/);
    expect(
      await problemFor(page, async () => {
        await setup(page, [EN_HEADERS, ...orders(10)]);
        await host(page, "merge", "Orders", { row: 3, col: 4, rows: 2, cols: 1 });
      }),
    ).toMatch(/merged cells \(Orders!E4:E5\)/);
    expect(
      await problemFor(page, async () => {
        await setup(page, [EN_HEADERS, ...orders(10)]);
        await host(page, "put", "Orders", [["someone's memo"]], 5, EN_HEADERS.length + 3);
      }),
    ).toMatch(/did not write \(Orders!P6\)/);
    await pane.shot("12-foreign-content");
    const before = await host<string>(page, "snapshot", "Orders", []);
    expect(await page.$("[data-testid=run]")).toBeNull();
    expect(await host<string>(page, "snapshot", "Orders", [])).toBe(before);
    expect(
      await problemFor(page, async () => {
        await page.evaluate(
          (rows) => {
            const h = window.__anpoHost;
            h.reset("Orders");
            h.put("Orders", rows, 0, 16_372);
            h.select("Orders", 1, 16_373);
          },
          [EN_HEADERS, ...orders(3)],
        );
      }),
    ).toMatch(/no room/);
  });

  test("wide rows (3,000 columns): only mapped columns are read; hidden rows and formulas are fine", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    await page.evaluate(
      ({ header, rows }) => {
        const h = window.__anpoHost;
        h.reset("Orders");
        const filler = Array.from({ length: 3000 - header.length }, (_, i) => `Extra ${i + 1}`);
        h.put("Orders", [[...header, ...filler]]);
        rows.forEach((r, i) => h.put("Orders", [[...r, ...filler.map((_, j) => `x${j}`)]], i + 1, 0));
        h.hideRows("Orders", [3, 4]);
        h.putFormula("Orders", 2, 9, "=1+1", 2);
        h.select("Orders", 1, 0);
      },
      { header: EN_HEADERS, rows: orders(50) },
    );
    await checkData(page);
    expect(await page.textContent("[data-testid=data-facts]")).toMatch(/hidden/);
    const before = await host<string>(page, "snapshot", "Orders", [{ row: 0, col: 3000, rows: 51, cols: BLOCK_WIDTH }]);
    expect(await runAndWait(page)).toBe("completed");
    expect(await host<string>(page, "snapshot", "Orders", [{ row: 0, col: 3000, rows: 51, cols: BLOCK_WIDTH }])).toBe(
      before,
    );
    const syncs = await host<Array<{ cellsRead: number }>>(page, "syncs");
    // 50 rows × 3,000 columns would be 150,000 cells; only the 12 mapped columns are read per block.
    expect(Math.max(...syncs.map((s) => s.cellsRead))).toBeLessThan(3000 * 21);
  });

  test("1,048,576 rows (a full sheet): found, warned about, cancellable, left consistent", async () => {
    const pane = await open("en-US");
    const { page } = pane;
    await page.evaluate(() => {
      const h = window.__anpoHost;
      h.reset("Orders");
      h.putGenerated("Orders", ["Order No", "HS code", "List control", "Destination", "End user"], 1_048_575);
      h.select("Orders", 5, 0);
    });
    await checkData(page);
    expect(await page.textContent("[data-testid=data-facts]")).toContain("1,048,575 rows");
    expect(await page.textContent("body")).toContain("large sheet");
    await page.click("[data-testid=run]");
    // Cancel once the first block has been written to the sheet.
    await page.waitForFunction(
      (col) => window.__anpoHost.values("Orders", { row: 1, col, rows: 1, cols: 1 })[0][0] !== "",
      5 + BLOCK_INDEX.code,
      { timeout: 120_000 },
    );
    await page.click("[data-testid=cancel]", { timeout: 120_000 });
    await page.waitForSelector("[data-testid=results][data-status=cancelled]", { timeout: 240_000 });
    await pane.shot("13-full-sheet-cancelled");
    const last = await host<Cell[][]>(page, "values", "Orders", { row: 1_048_575, col: 5, rows: 1, cols: 2 });
    expect(last[0][1]).toBe(NOT_SCREENED_CODE);
    const syncs = await host<Array<{ requestBytes: number; responseBytes: number; ok: boolean }>>(page, "syncs");
    expect(syncs.filter((s) => s.ok).every((s) => s.requestBytes < 5_000_000 && s.responseBytes < 5_000_000)).toBe(
      true,
    );
  });
});

describe("custom functions in the shared runtime", () => {
  test("SCREEN (both forms), SCREENROW and PARTY answer a burst of calls", async () => {
    const pane = await open("ja-JP");
    const { page } = pane;
    const answers = await page.evaluate(async () => {
      const h = window.__anpoHost;
      const calls = [];
      // Excel passes single values to SCREEN's range parameters as 1×1 ranges.
      for (let i = 0; i < 300; i++)
        calls.push(
          h.invoke("SCREEN", [[[i % 2 ? "北朝鮮" : "ドイツ"]], [["0901.21"]], `Buyer ${i}`, "", "", "", "", "非該当"]),
        );
      const screen = (await Promise.all(calls)) as string[][][];
      const headers = [["仕向地", "HSコード", "該非判定", "最終需要者"]];
      const rowForm = await h.invoke("SCREEN", [[["KP", "8471.30", "non-controlled", "X"]], headers, "コード"]);
      const row = await h.invoke("SCREENROW", [
        [["KP", "8471.30", "non-controlled", "X"]],
        [["Destination", "HS code", "List control", "End user"]],
      ]);
      let error = "";
      try {
        await h.invoke("SCREEN", [[["KP", "8471.30"]], headers]);
      } catch (e) {
        error = (e as Error).message;
      }
      const partyNoList = await h.invoke("PARTY", ["Someone", "US"]);
      return { screen: screen.map((x) => x[0][0]), rowForm, row, error, partyNoList };
    });
    expect(answers.screen[1]).toBe("輸出禁止");
    expect(answers.screen[0]).toBe("申請不要");
    expect(new Set(answers.screen).size).toBe(2);
    expect(answers.rowForm).toEqual([["PROHIBITED"]]);
    expect((answers.row as string[][])[0][0]).toBe("輸出禁止");
    // Errors in the user's language.
    expect(answers.error).toMatch(/幅が違います/);
    expect(answers.partyNoList).toBe("リスト未読込");
  });
});
