/**
 * The pane as Japanese trade staff use it, in a narrow (350 px) and a wider (500 px) pane, in Japanese and
 * English: the one-line mapping summary, focus on the result summary after a run, every row needing
 * attention (virtualised, most severe first, filter and search), the row detail with the decision path in
 * full, and an axe-core scan of each view. Screenshots go to test-artifacts/present-*.png.
 */
import { axeScan } from "./support/axe";
import { usePanes } from "./support/session";

type Cell = string | number;
const HEADERS: Record<"en" | "ja", string[]> = {
  en: [
    "Order No",
    "Item",
    "HS code",
    "List control",
    "Destination",
    "Consignee",
    "End user",
    "End use",
    "Payment terms",
  ],
  ja: ["注文番号", "品名", "統計品目番号", "該非判定", "仕向地", "荷受人", "最終需要者", "用途", "決済条件"],
};

/** 600 orders; the only North Korea order is near the end, so sheet order would bury it. */
function orders(lang: "en" | "ja", n = 600): Cell[][] {
  const dests =
    lang === "ja" ? ["米国", "ドイツ", "中国", "ベトナム", "タイ"] : ["US", "Germany", "China", "Vietnam", "Thailand"];
  const lc =
    lang === "ja"
      ? ["非該当", "非該当", "", "該当 2項(12)"]
      : ["non-controlled", "non-controlled", "", "controlled 2(12)"];
  const rows: Cell[][] = [];
  for (let i = 1; i <= n; i++)
    rows.push([
      `PO-${String(i).padStart(4, "0")}`,
      `Item ${i % 17}`,
      ["8471.30", "8458.11", "9030.20"][i % 3],
      lc[i % lc.length],
      i === n - 3 ? (lang === "ja" ? "北朝鮮" : "North Korea") : dests[i % dests.length],
      `Consignee ${i % 13}`,
      `End User ${i % 41} Co., Ltd.`,
      i % 5 === 0 ? "" : lang === "ja" ? "自動車部品の製造" : "automotive parts production",
      i % 7 === 0 ? (lang === "ja" ? "現金前払い" : "cash in advance") : "T/T 30 days",
    ]);
  return rows;
}

const panes = usePanes();

describe.each([
  ["ja", 350],
  ["en", 350],
  ["ja", 500],
  ["en", 500],
] as const)("the pane in %s at %i px", (lang, width) => {
  test("summary, focus after the run, attention list, detail, axe", async () => {
    const pane = await panes.open(lang === "ja" ? "ja-JP" : "en-US", width);
    const { page } = pane;
    const tag = `present-${lang}-${width}`;
    await page.evaluate(
      ({ rows }) => {
        const h = window.__anpoHost;
        h.reset("Orders");
        h.put("Orders", rows);
        h.select("Orders", 1, 0);
      },
      { rows: [HEADERS[lang], ...orders(lang)] },
    );
    // Landmarks and headings.
    expect(await page.$$eval("main", (m) => m.length)).toBe(1);
    expect(await page.$$eval("h1", (h) => h.length)).toBe(1);
    expect(await axeScan(page, `${tag} start`)).toEqual([]);

    await page.click("[data-testid=check-data]");
    // Every required field mapped: one line with "change", and the Screen button a few Tab presses away.
    await page.waitForSelector("[data-testid=mapping-summary]");
    expect(await page.$("[data-testid=mapping-table]")).toBeNull();
    const summary = (await page.textContent("[data-testid=mapping-summary]")) ?? "";
    expect(summary).toContain(lang === "ja" ? "仕向地 → E" : "Destination → E");
    expect(summary).not.toMatch(/hs_code|list_control|end_user/);
    await pane.shot(`${tag}-1-mapped`);
    expect(await axeScan(page, `${tag} mapped`)).toEqual([]);

    await page.click("[data-testid=run]");
    await page.waitForSelector("[data-testid=results][data-status=completed]", { timeout: 120_000 });
    // Focus and scroll moved to the result summary.
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "results-summary");
    // …and it is in view (scrolled to the top of the pane when the page is taller than the window).
    const box = await page.$eval("[data-testid=results-summary]", (e) => {
      const r = e.getBoundingClientRect();
      return {
        top: r.top,
        bottom: r.bottom,
        height: window.innerHeight,
        scrollable: document.documentElement.scrollHeight > window.innerHeight,
      };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    await pane.shot(`${tag}-2-results`);

    // Every row needing attention, most severe first: the North Korea order (PO-0597, sheet row 598) heads the list.
    const total = Number(
      ((await page.textContent("[data-testid=attention-count]")) ?? "")
        .match(/[\d,]+/g)!
        .pop()!
        .replace(/,/g, ""),
    );
    expect(total).toBeGreaterThan(100);
    const first = page.locator("[data-testid=attention-list] button").first();
    expect(await first.getAttribute("data-decision")).toBe("PROHIBITED");
    expect(await first.getAttribute("data-row")).toBe("598");
    // Virtualised: far fewer buttons in the page than rows in the list.
    expect(await page.locator("[data-testid=attention-list] button").count()).toBeLessThan(60);
    // Filter by decision, then search by order number.
    await page.selectOption("[data-testid=attention-filter]", "REVIEW");
    const decisions = await page.$$eval("[data-testid=attention-list] button", (b) =>
      b.map((x) => x.getAttribute("data-decision")),
    );
    expect(new Set(decisions)).toEqual(new Set(["REVIEW"]));
    await page.selectOption("[data-testid=attention-filter]", "");
    await page.fill("input[data-testid=attention-search], [data-testid=attention-search] input", "PO-0597");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=attention-list] button").length === 1);
    expect(await axeScan(page, `${tag} results`)).toEqual([]);

    // Selecting a row selects it in the sheet and shows its detail, heading focused.
    await page.click("[data-testid=attention-list] button");
    await page.waitForSelector("[data-testid=reasons] li");
    expect((await page.evaluate(() => window.__anpoHost.selections())).pop()).toMatch(/^Orders!A598:/);
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "detail-heading");
    const detail = (await page.textContent("[data-testid=row-detail]")) ?? "";
    expect(detail).toContain(lang === "ja" ? "輸出禁止" : "Prohibited");
    await pane.shot(`${tag}-3-detail`);
    expect(await axeScan(page, `${tag} detail`)).toEqual([]);
    // The whole flow picture: untaken steps shown too.
    await page.click("[data-testid=flow-show-all]");
    await page.locator("[data-testid=flow-diagram]").scrollIntoViewIfNeeded();
    await pane.shot(`${tag}-4-flow-all`);
  });
});
