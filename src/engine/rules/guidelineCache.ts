/**
 * The guideline items a result shows (result.guideline), computed once per distinct combination of the inputs
 * assessClearly reads: a sheet repeats a few combinations on thousands of rows. Only the items shown are cached —
 * the decision's own facts call the guideline check themselves, uncached, so a stale entry could never change a
 * decision. The key is every input the check reads; test/engine/guideline-cache.test.ts compares cached and uncached
 * items on generated rows and on the law evaluation's rows, so an input added to the check without a key fails CI.
 */
import type { GuidelineItemState, PartyMatch } from "../types";
import type { NormalizedRow } from "../normalize/row";
import type { RedFlagSummary } from "../redflags";
import { assessClearly } from "./clearly";
import { destinationGroup } from "./groups";

const cache = new Map<string, readonly GuidelineItemState[]>();
const LIMIT = 20_000;
const hitIds = new WeakMap<object, number>();
let nextHitId = 0;
let enabled = true;

/** Turns the cache off or on (tests compare the two). */
export function setGuidelineCache(on: boolean): void {
  enabled = on;
  cache.clear();
}

/**
 * The key: every input the items depend on — prong, a listed end user, destination group, HS class, weapons use and
 * activity, detected red flags (by the identity of each shared, frozen hit), the mgNN answers.
 */
export function guidelineKey(
  row: NormalizedRow,
  matches: readonly PartyMatch[],
  flags: RedFlagSummary,
  prong: "WMD" | "CW",
): string {
  let listed = 0;
  for (const m of matches)
    if (m.isEndUserList && !m.suppressed && m.band === "HIT" && m.role === "end_user") {
      listed = 1;
      break;
    }
  let detected = "";
  for (const h of flags.hits) {
    if (h.source !== "detected") continue;
    let id = hitIds.get(h);
    if (id === undefined) hitIds.set(h, (id = nextHitId++));
    detected += `${id},`;
  }
  return [
    prong,
    listed,
    destinationGroup(row),
    row.hs.itemClass,
    row.knownUse,
    row.activity,
    detected,
    row.guideline.join(","),
  ].join("|");
}

/** result.guideline for one row: shared between rows with the same inputs, frozen (do not mutate). */
export function guidelineItems(
  row: NormalizedRow,
  matches: PartyMatch[],
  flags: RedFlagSummary,
  prong: "WMD" | "CW",
): GuidelineItemState[] {
  if (!enabled) return assessClearly(row, matches, flags, prong).items;
  const key = guidelineKey(row, matches, flags, prong);
  let items = cache.get(key);
  if (!items) {
    if (cache.size >= LIMIT) cache.clear();
    const fresh = assessClearly(row, matches, flags, prong).items;
    for (const item of fresh) Object.freeze(item);
    cache.set(key, (items = Object.freeze(fresh)));
  }
  return items as GuidelineItemState[];
}
