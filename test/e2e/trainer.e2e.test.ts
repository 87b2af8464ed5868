/**
 * The row detail's trainer tools in a 350 px pane, in Japanese and English: what-if (change one fact, the decision,
 * reasons and path change, the sheet stays as it is, reset returns) and the comparison with the rules before
 * 2025-10-09 (each pack's path drawn from its own flow), and the path picture of a row whose shipment date chose the
 * earlier rules. Screenshots go to test-artifacts/trainer-*.png.
 */
import { serveStatic } from "./support/server";
import type { StaticServer } from "./support/server";
import { openPane } from "./support/pane";
import type { Pane } from "./support/pane";
import * as path from "path";
import { ARTIFACTS, DIST } from "./support/paths";

const HEADERS = {
  en: [
    "Order No",
    "Item",
    "HS code",
    "List control",
    "Destination",
    "Consignee",
    "End user",
    "End use",
    "METI inform",
    "Shipment date",
  ],
  ja: [
    "注文番号",
    "品名",
    "統計品目番号",
    "該非判定",
    "仕向地",
    "荷受人",
    "最終需要者",
    "用途",
    "インフォーム",
    "出荷日",
  ],
};
const ROWS = {
  en: [
    [
      "PO-1",
      "Oscilloscope",
      "9030.20",
      "non-controlled",
      "Germany",
      "Rheinfeld GmbH",
      "Rheinfeld GmbH",
      "calibration",
      "CW",
      "2027-01-15",
    ],
    [
      "PO-2",
      "CNC lathe",
      "8458.11",
      "non-controlled",
      "Vietnam",
      "Saigon Parts",
      "Saigon Parts",
      "bicycle hubs",
      "",
      "",
    ],
    // Shipped before 2025-10-09 to a military-sounding end user: REVIEW under those rules (WMD 別表第六号), nothing now.
    [
      "PO-3",
      "Polyethylene pellets",
      "3901.10",
      "non-controlled",
      "Vietnam",
      "Saigon Parts",
      "Ministry of National Defence",
      "film",
      "",
      "2025-09-01",
    ],
  ],
  ja: [
    [
      "PO-1",
      "オシロスコープ",
      "9030.20",
      "非該当",
      "ドイツ",
      "Rheinfeld GmbH",
      "Rheinfeld GmbH",
      "校正",
      "CW",
      "2027-01-15",
    ],
    ["PO-2", "NC旋盤", "8458.11", "非該当", "ベトナム", "Saigon Parts", "Saigon Parts", "自転車部品", "", "2027-01-15"],
    [
      "PO-3",
      "ポリエチレン",
      "3901.10",
      "非該当",
      "ベトナム",
      "Saigon Parts",
      "Ministry of National Defence",
      "フィルム",
      "",
      "2025-09-01",
    ],
  ],
};

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
    expect(p.pageErrors).toEqual([]);
    await p.close();
  }
});

describe.each(["ja", "en"] as const)("trainer tools in %s at 350 px", (lang) => {
  test("what-if changes the decision without writing to the sheet; the packs are compared side by side", async () => {
    const pane = await openPane(server.url, { displayLanguage: lang === "ja" ? "ja-JP" : "en-US", width: 350 });
    panes.push(pane);
    const { page } = pane;
    const tag = `trainer-${lang}-350`;
    await page.evaluate(
      ({ rows }) => {
        const h = window.__anpoHost;
        h.reset("Orders");
        h.put("Orders", rows);
        h.select("Orders", 1, 0);
      },
      { rows: [HEADERS[lang], ...ROWS[lang]] },
    );
    await page.click("[data-testid=check-data]");
    await page.waitForSelector("[data-testid=mapping-summary]");
    await page.click("[data-testid=run]");
    await page.waitForSelector("[data-testid=results][data-status=completed]", { timeout: 120_000 });
    // The inform row for Germany: a licence today (Group A inform, 2025-10-09).
    await page.click("[data-testid=attention-list] button[data-row='2']");
    await page.waitForSelector("[data-testid=trainer-tools]");
    const sheetBefore = await page.evaluate(() => window.__anpoHost.snapshot("Orders"));

    // What-if: no inform → no licence; the path parts at the Group A inform node.
    await page.selectOption("[data-testid=what-if-field]", "meti_inform");
    await page.fill("input[data-testid=what-if-value], [data-testid=what-if-value] input", "none");
    await page.click("[data-testid=what-if-apply]");
    await page.waitForSelector("[data-testid=what-if-result]");
    const badges = await page.$$eval("[data-testid=what-if-result] > p [data-decision]", (b) =>
      b.map((x) => x.getAttribute("data-decision")),
    );
    expect(badges).toEqual(["LICENSE_REQUIRED", "NO_LICENSE"]);
    expect(await page.textContent("[data-testid=what-if-fork]")).toContain(lang === "ja" ? "インフォーム" : "Informed");
    expect(await page.evaluate(() => window.__anpoHost.snapshot("Orders"))).toBe(sheetBefore);
    await pane.shot(`${tag}-1-what-if-page`);
    await page.locator("[data-testid=what-if]").screenshot({ path: path.join(ARTIFACTS, `${tag}-1-what-if.png`) });
    // The path after the change, highlighted, behind a disclosure.
    await page.click("[data-testid=what-if-show-path]");
    expect(await page.locator("[data-testid=what-if] [data-testid=flow-diagram]").count()).toBe(1);
    await page.click("[data-testid=what-if-reset]");
    await page.waitForSelector("[data-testid=what-if-result]", { state: "detached" });

    // Before and after 2025-10-09: licence now, review before (there was no Group A inform).
    await page.click("[data-testid=pack-compare]");
    await page.waitForSelector("[data-testid=pack-result]");
    expect(await page.getAttribute("[data-testid=pack-result]", "data-differs")).toBe("true");
    const sides = await page.$$eval("[data-testid=pack-result] [data-pack]", (els) =>
      els.map((e) => [e.getAttribute("data-pack"), e.querySelector("[data-decision]")?.getAttribute("data-decision")]),
    );
    expect(sides).toEqual([
      ["jp-catch-all@2025-10-09", "LICENSE_REQUIRED"],
      ["jp-catch-all@2023-07-21", "REVIEW"],
    ]);
    expect(await page.textContent("[data-testid=pack-parts]")).toContain(lang === "ja" ? "インフォーム" : "Informed");
    await pane.shot(`${tag}-2-packs-page`);
    await page
      .locator("[data-testid=pack-comparison]")
      .screenshot({ path: path.join(ARTIFACTS, `${tag}-2-packs.png`) });
    // Each pack's path, drawn from that pack's flow: the Group A inform node of each.
    await page.click("[data-testid=pack-show-paths]");
    const drawn = await page.$$eval("[data-testid=pack-path]", (els) =>
      els.map((e) => [
        e.getAttribute("data-pack"),
        e.querySelector("[data-testid=flow-diagram]")?.getAttribute("data-pack"),
        e.querySelector("[data-node=A_INFORM]")?.getAttribute("data-on-path"),
      ]),
    );
    expect(drawn).toEqual([
      ["jp-catch-all@2025-10-09", "jp-catch-all@2025-10-09", "yes"],
      ["jp-catch-all@2023-07-21", "jp-catch-all@2023-07-21", "yes"],
    ]);
    await page
      .locator("[data-testid=pack-comparison]")
      .screenshot({ path: path.join(ARTIFACTS, `${tag}-2-packs-paths.png`) });

    // A row shipped before 2025-10-09: the detail's path picture is that pack's flow (MILITARY asked; no CW_USER,
    // which began on 2025-10-09, even among the steps not asked).
    await page.click("[data-testid=detail-back]");
    await page.click("[data-testid=attention-list] button[data-row='4']");
    await page.waitForSelector("[data-testid=row-detail] [data-testid=flow-diagram]");
    const picture = page.locator("[data-testid=row-detail] > section [data-testid=flow-diagram]").last();
    expect(await picture.getAttribute("data-pack")).toBe("jp-catch-all@2023-07-21");
    expect(await picture.locator("[data-node=MILITARY]").getAttribute("data-on-path")).toBe("yes");
    await picture.locator("[data-testid=flow-show-all]").click();
    expect(await picture.locator("[data-node=CW_USER]").count()).toBe(0);
    expect(await picture.locator("[data-node=CW_OUT_OF_SCOPE_CLEARLY_17]").count()).toBe(1);
    expect(await picture.locator("[data-testid=flow-pack]").textContent()).toContain("jp-catch-all@2023-07-21");
    await picture.locator("[data-testid=flow-show-all]").click();
    await pane.shot(`${tag}-3-earlier-pack-page`);
    await picture.screenshot({ path: path.join(ARTIFACTS, `${tag}-3-earlier-pack-path.png`) });
  });
});
