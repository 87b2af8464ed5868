/**
 * What every browser test file of the pane needs: the local server for dist/ (started and stopped around the
 * file), panes opened on it (each checked afterwards for requests that left the server and for errors thrown in
 * the page, then closed), and the
 * calls into the fake Excel host and the pane that the tests repeat.
 */
import type { Page } from "playwright-core";
import { serveStatic } from "./server";
import type { StaticServer } from "./server";
import { openPane } from "./pane";
import type { Pane } from "./pane";
import { DIST } from "./paths";

export type Cell = string | number | boolean;

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Registers the file's beforeAll/afterAll/afterEach hooks and returns `open`: a pane in the given display
 * language (and width), closed after the test once it is checked that it made no request off the local server.
 */
export function usePanes(): {
  open(displayLanguage?: string, width?: number): Promise<Pane>;
  server(): StaticServer;
} {
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
  return {
    open: async (displayLanguage = "en-US", width?: number) => {
      const p = await openPane(server.url, { displayLanguage, width });
      panes.push(p);
      return p;
    },
    server: () => server,
  };
}

/** Calls a function of the fake host (window.__anpoHost) in the page. */
export const host = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(
    ({ fn, args }) => (window.__anpoHost as unknown as Record<string, (...a: unknown[]) => unknown>)[fn](...args),
    { fn, args },
  ) as Promise<T>;

/** A fresh workbook with one sheet holding `rows` from A1, and a cell selected (0-based). */
export async function setup(page: Page, rows: Cell[][], sheet = "Orders", select = { row: 1, col: 1 }): Promise<void> {
  await page.evaluate(
    ({ rows, sheet, select }) => {
      const h = window.__anpoHost;
      h.reset(sheet);
      h.put(sheet, rows);
      h.select(sheet, select.row, select.col);
    },
    { rows, sheet, select },
  );
}

/** One cell's value (0-based). */
export async function cell(page: Page, row: number, col: number, sheet = "Orders"): Promise<Cell> {
  return (await host<Cell[][]>(page, "values", sheet, { row, col, rows: 1, cols: 1 }))[0][0];
}

/** Presses Check data and waits for the mapping (table or one-line summary) or the problem message. */
export async function checkData(page: Page): Promise<void> {
  await page.click("[data-testid=check-data]");
  await page.waitForSelector("[data-testid=mapping-table], [data-testid=mapping-summary], [data-testid=problem]");
}

/** Presses Screen and waits for the result summary; returns the run's status (completed, failed …). */
export async function runAndWait(page: Page, timeout = 240_000): Promise<string> {
  await page.click("[data-testid=run]");
  await page.waitForSelector("[data-testid=results]", { timeout });
  return (await page.getAttribute("[data-testid=results]", "data-status")) ?? "";
}

/** Imports a CSV list through the Lists tab and waits for its status line. */
export async function importList(page: Page, fileName: string, csv: string): Promise<void> {
  await page.click("[data-testid=tab-lists]");
  await page.setInputFiles("[data-testid=list-file]", {
    name: fileName,
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.waitForSelector("[data-testid=list-status]");
}
