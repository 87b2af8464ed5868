/**
 * axe-core run in a pane's page, with the Fluent UI false positives checked by hand excused. Used by the browser
 * tests that scan each view of the pane.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "./paths";

const AXE = fs.readFileSync(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/**
 * Fluent UI false positives, each checked by hand (docs/excel-addin.md, "Accessibility"). A rule listed here is
 * still printed in the log, and excused only for elements matching `html`.
 * - aria-hidden-focus on Tabster's focus guards (`<i tabindex="0" aria-hidden="true" data-tabster-dummy>`): Fluent's
 *   focus manager puts them at the edges of the tab list and the pane; focusing one moves focus on at once, so no
 *   user ever lands on a hidden element.
 */
const KNOWN_FALSE_POSITIVES: Array<{ id: string; html: RegExp }> = [
  { id: "aria-hidden-focus", html: /^<i [^>]*data-tabster-dummy=""[^>]*><\/i>$/ },
];

/** axe-core run in the page (evaluated through the DevTools protocol, so the page's CSP does not apply). */
export async function axeScan(page: Page, label: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  })) as AxeViolation[];
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const left = serious
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !KNOWN_FALSE_POSITIVES.some((k) => k.id === v.id && k.html.test(n.html))),
    }))
    .filter((v) => v.nodes.length > 0);
  if (violations.length > 0)
    console.warn(`axe ${label}: ${violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(", ")}`);
  return left.map((v) => ({ ...v, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
}
