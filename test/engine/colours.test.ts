/** The presentation palette: every decision fill carries the ink colour at WCAG AA contrast (≥ 4.5:1). */
import { COLOUR_FILL, COLOUR_INK, DECISION_COLOUR } from "../../src/engine/present";
import { DECISIONS } from "../../src/engine/types";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test("each decision has its own colour token; every fill has ≥ 4.5:1 contrast with the ink", () => {
  expect(new Set(DECISIONS.map((d) => DECISION_COLOUR[d])).size).toBe(4);
  for (const [token, fill] of Object.entries(COLOUR_FILL))
    expect({ token, ok: contrast(fill, COLOUR_INK) >= 4.5 }).toEqual({ token, ok: true });
  // The check itself: black on white is 21:1, mid-grey on white fails.
  expect(contrast("#000000", "#FFFFFF")).toBeCloseTo(21, 0);
  expect(contrast("#999999", "#FFFFFF")).toBeLessThan(4.5);
});
