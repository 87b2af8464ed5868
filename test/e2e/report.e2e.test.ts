/**
 * The CLI's --report page in Debian's Chromium, as a broker opens it from disk: nothing is requested (every
 * request is recorded), the charts are drawn, decision badges carry the presentation model's fills, the
 * attention table is there; screenshots in Japanese and English go to test-artifacts/report-*.png.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";
import { execFileSync, spawnSync } from "child_process";
import { COLOUR_FILL, DECISION_COLOUR } from "../../src/engine/present/colours";
import { ARTIFACTS, CHROMIUM, ROOT } from "./support/paths";

const hexToRgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe("--report page in Chromium", () => {
  let browser: Browser;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "anpo-report-e2e-"));

  beforeAll(async () => {
    // The bundled CLI, as a user runs it.
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs"), "--if-stale"]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu"],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ["ja", "en"] as const) {
    it(`${lang}: loads nothing, draws the charts and the attention rows`, async () => {
      const file = path.join(dir, `report-${lang}.html`);
      const run = spawnSync(
        process.execPath,
        [
          path.join(ROOT, "dist", "cli", "anpo-screen.js"),
          ...["--list", path.join(ROOT, "examples", "demo-list.csv"), "--out", `o-${lang}.csv`],
          ...["--report", file, "--lang", lang],
        ],
        { cwd: dir, encoding: "utf8" },
      );
      expect(run.status).toBe(0);
      const page = await browser.newPage({
        viewport: { width: 1100, height: 1200 },
        locale: lang === "ja" ? "ja-JP" : "en-US",
      });
      const requests: string[] = [];
      page.on("request", (r) => {
        if (r.url() !== `file://${file}`) requests.push(r.url());
      });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(`file://${file}`);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      // Three charts, each drawn with a size.
      const charts = await page.$$eval("svg.chart", (svgs) => svgs.map((s) => s.getBoundingClientRect().height));
      expect(charts).toHaveLength(3);
      for (const h of charts) expect(h).toBeGreaterThan(50);
      // The first badge of each decision in the table has the model's fill.
      const badges = await page.$$eval("td .badge", (bs) =>
        bs.map((b) => ({ text: b.textContent, bg: getComputedStyle(b).backgroundColor })),
      );
      expect(badges.length).toBeGreaterThan(10);
      const prohibited = lang === "ja" ? "輸出禁止" : "Prohibited";
      expect(badges.find((b) => b.text === prohibited)?.bg).toBe(hexToRgb(COLOUR_FILL[DECISION_COLOUR.PROHIBITED]));
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `report-${lang}.png`), fullPage: false });
      await page.locator("table").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `report-${lang}-rows.png`) });
      await page.close();
    });
  }
});
