/**
 * Opens the task pane (dist/taskpane.html from the local server) in Debian's Chromium with the fake Excel
 * host served in place of Office.js. Every request that is not to the local server is blocked and recorded:
 * the add-in must make none (order data is confidential).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium } from "playwright-core";
import type { BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, CHROMIUM, HOST_BUNDLE } from "./paths";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface Pane {
  context: BrowserContext;
  page: Page;
  /** Requests that left the local server (must stay empty). */
  external: string[];
  /** Errors printed in the page console or thrown in it. */
  pageErrors: string[];
  close(): Promise<void>;
  shot(name: string): Promise<string>;
}

export async function openPane(
  serverUrl: string,
  options: { displayLanguage?: string; width?: number } = {},
): Promise<Pane> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "anpo-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: options.width ?? 380, height: 900 },
    locale: options.displayLanguage ?? "en-US",
  });
  const external: string[] = [];
  const pageErrors: string[] = [];
  const hostScript = fs.readFileSync(HOST_BUNDLE, "utf8");
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(serverUrl)) return route.continue();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: hostScript });
    if (url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    external.push(url);
    return route.abort();
  });
  await context.addInitScript((lang: string) => {
    (window as unknown as { __anpoHostConfig: unknown }).__anpoHostConfig = { displayLanguage: lang };
  }, options.displayLanguage ?? "en-US");
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  await page.goto(serverUrl + "taskpane.html");
  await page.waitForSelector("[data-testid=check-data]");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    page,
    external,
    pageErrors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
    shot: async (name: string) => {
      const file = path.join(ARTIFACTS, `${name}.png`);
      // Fluent's buttons fade between states (about 100 ms): let a state change settle before the picture.
      await page.waitForTimeout(300);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}
