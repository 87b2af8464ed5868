/**
 * HS / Japanese statistical code normalisation and classification into 16項(1) / 16項(2) / outside 16項.
 * The scope table is reference data (reference/data/hs-scope.json).
 */
import scope from "../reference/data/hs-scope.json";
import { cellText } from "./text";

export type ItemClass =
  | "S1" // 16項(1) specified item
  | "S1_CONDITIONAL" // 8807: only parts of UAVs/spacecraft are 16項(1); the code alone cannot tell
  | "S1_AMBIGUOUS" // only 4 digits given for a heading where only some subheadings are 16項(1)
  | "S2" // 16項(2)
  | "OUT" // outside 16項
  | "INVALID"; // missing or malformed code

export interface HsClassification {
  digits: string;
  itemClass: ItemClass;
  /** The 16項(1) entry matched, if any. */
  specified?: (typeof scope.specified_16_1)[number];
  chapter?: number;
}

/** Strips dots, spaces and hyphens; returns the digits, or "" when the cell is not a plausible code. */
export function normalizeHs(value: unknown): string {
  // A number cell loses trailing zeros: 9030.20 arrives as 9030.2 and 84.60 as 84.6. Pad the decimal part back to
  // the HS pairs (2 digits after a chapter or heading, 3 after a six-digit subheading: Japan's statistical code).
  if (typeof value === "number" && Number.isFinite(value) && value > 0 && !Number.isInteger(value)) {
    const [int, frac = ""] = String(value).split(".");
    const width = int.length === 6 ? 3 : 2;
    if ((int.length === 2 || int.length === 4 || int.length === 6) && frac.length <= width)
      return int + frac.padEnd(width, "0");
  }
  const text = cellText(value).replace(/[\s.\-－‐・_/]/g, "");
  if (!/^\d+$/.test(text)) return "";
  return text;
}

const cache = new Map<string, HsClassification>();

/** Classifies an HS cell. Results are cached by code and shared: do not mutate them. */
export function classifyHs(value: unknown): HsClassification {
  const digits = normalizeHs(value);
  let hit = cache.get(digits);
  if (!hit) {
    if (cache.size > 20000) cache.clear();
    hit = Object.freeze(classifyDigits(digits));
    cache.set(digits, hit);
  }
  return hit;
}

function classifyDigits(digits: string): HsClassification {
  if (digits.length < 4 || digits.length > 10) return { digits, itemClass: "INVALID" };
  const chapter = Number(digits.slice(0, 2));
  if (chapter < 1 || chapter > 97) return { digits, itemClass: "INVALID" };
  for (const entry of scope.specified_16_1) {
    if (!digits.startsWith(entry.prefix)) continue;
    const excluded = (entry as { exclude?: string[] }).exclude?.some((x) => digits.startsWith(x));
    if (excluded) break;
    const conditional = (entry as { conditional?: boolean }).conditional;
    return { digits, itemClass: conditional ? "S1_CONDITIONAL" : "S1", specified: entry, chapter };
  }
  if (digits.length === 4 && scope.ambiguous_at_4_digits.includes(digits)) {
    return { digits, itemClass: "S1_AMBIGUOUS", chapter };
  }
  if (scope.chapters_16_2.includes(chapter)) return { digits, itemClass: "S2", chapter };
  return { digits, itemClass: "OUT", chapter };
}
