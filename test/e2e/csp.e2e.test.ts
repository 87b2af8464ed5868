/**
 * The pane's Content-Security-Policy against the real Office.js (issue 13, point 8): the files of the
 * `@microsoft/office-js` package are served in place of Microsoft's CDN (same URLs, so the policy applies to them
 * as in Excel), and the pane is opened outside a host and with the host information Office passes to an add-in
 * (`_host_Info`, for Excel on Windows and Excel on the web). Every policy violation (securitypolicyviolation
 * events and the console's CSP messages) and every request is recorded; no request leaves this machine.
 * What Office.js does next inside a real host (messages to Excel) cannot be reproduced here.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium } from "playwright-core";
import { serveStatic } from "./support/server";
import type { StaticServer } from "./support/server";
import { CHROMIUM, DIST, ROOT } from "./support/paths";

const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

interface Visit {
  rendered: boolean;
  /** Directive and blocked URL of every violation event. */
  violations: string[];
  /** Console messages about the Content-Security-Policy. */
  cspConsole: string[];
  /** Every URL requested, the local server's as LOCAL/…. */
  requests: string[];
  /** CDN files the package does not have (answered 404). */
  missing: string[];
  /** Requests to anywhere else (blocked; must be none). */
  external: string[];
  pageErrors: string[];
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(DIST);
});
afterAll(async () => {
  await server.close();
});

async function visit(query: string): Promise<Visit> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "anpo-csp-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    viewport: { width: 350, height: 800 },
  });
  const v: Visit = {
    rendered: false,
    violations: [],
    cspConsole: [],
    requests: [],
    missing: [],
    external: [],
    pageErrors: [],
  };
  try {
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      v.requests.push(url.startsWith(server.url) ? `LOCAL/${url.slice(server.url.length)}` : url);
      if (url.startsWith(server.url) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      if (url.startsWith(CDN)) {
        const rel = path.normalize(decodeURIComponent(new URL(url).pathname.slice("/lib/1/hosted/".length)));
        const file = path.join(OFFICE_JS_DIST, rel);
        if (file.startsWith(OFFICE_JS_DIST) && fs.existsSync(file) && fs.statSync(file).isFile())
          return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
        v.missing.push(url);
        return route.fulfill({ status: 404, body: "" });
      }
      v.external.push(url);
      return route.abort();
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) v.cspConsole.push(m.text());
    });
    page.on("pageerror", (e) => v.pageErrors.push(String(e)));
    const loaded = Date.now();
    await page.goto(server.url + "taskpane.html" + query);
    // Office.js settles (loads its host scripts, tries its handshake) within a few seconds outside a host.
    v.rendered = await page
      .waitForSelector("[data-testid=check-data]", { timeout: 8_000 })
      .then(() => true)
      .catch(() => false);
    // Office.js's telemetry starts 3 s after load (o15apptofilemappingtable.js, ULSEndpointProxy): wait past it.
    await page.waitForTimeout(Math.max(1_000, 5_000 - (Date.now() - loaded)));
    v.violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return v;
}

const cdnFiles = (v: Visit) => v.requests.filter((r) => r.startsWith(CDN)).map((r) => r.slice(CDN.length));

test("the @microsoft/office-js package is installed (its files stand in for the CDN)", () => {
  expect(fs.existsSync(path.join(OFFICE_JS_DIST, "office.js"))).toBe(true);
});

test("outside a host: the pane starts; the one violation is Office.js framing its telemetry page", async () => {
  const v = await visit("");
  console.log(`CSP outside a host: ${JSON.stringify({ ...v, pageErrors: v.pageErrors.length })}`);
  expect(v.rendered).toBe(true);
  expect(cdnFiles(v)).toEqual(["office.js", "o15apptofilemappingtable.js"]);
  expect(v.missing).toEqual([]);
  expect(v.external).toEqual([]);
  // Outside Office, Office.js frames Microsoft's telemetry page; frame-src 'none' refuses it, on purpose
  // (docs/excel-addin.md, "Content-Security-Policy"). Nothing else is refused.
  expect(v.violations).toEqual(["frame-src https://telemetryservice.firstpartyapps.oaspapps.com"]);
  expect(v.cspConsole).toHaveLength(1);
  expect(v.cspConsole[0]).toMatch(/telemetryservice\.firstpartyapps\.oaspapps\.com.*frame-src 'none'/);
});

test.each([
  [
    "Excel on Windows",
    "Excel$Win32$16.01$ja-JP$$$$0",
    ["office.js", "excel-win32-16.01.js", "ja-jp/office_strings.js"],
  ],
  ["Excel on the web", "Excel$Web$16.01$ja-JP$$$$0", ["office.js", "excel-web-16.00.js", "ja-jp/office_strings.js"]],
])(
  "with the host information of %s: its host scripts load under the policy with no violation",
  async (_, info, files) => {
    const v = await visit(`?_host_Info=${encodeURIComponent(info)}`);
    console.log(`CSP ${info}: ${JSON.stringify(v)}`);
    expect(cdnFiles(v)).toEqual(files);
    expect(v.missing).toEqual([]);
    expect(v.external).toEqual([]);
    expect(v.violations).toEqual([]);
    expect(v.cspConsole).toEqual([]);
    // Without Excel to answer, Office.js never reports ready, so the pane does not render: expected here.
    expect(v.rendered).toBe(false);
  },
);
