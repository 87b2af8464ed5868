/** Collects red flags from the detectors (data) and from the checklist answers rf01…rf19. */
import type { RedFlagCode, RedFlagHit } from "../types";
import type { NormalizedRow } from "../normalize/row";
import { DETECTORS, type DetectorOptions } from "./detectors";
import flags from "../reference/data/red-flags.json";
import { ArrayInterner, emptyArray } from "../util/intern";

/** Checklist hits carry only the flag's own text, so they are built once and shared. */
const ANSWERED: readonly RedFlagHit[] = flags.flags.map((f) =>
  Object.freeze({
    code: f.code as RedFlagCode,
    source: "answered" as const,
    evidence: { ja: `チェックリストで「はい」と回答: ${f.ja}`, en: `Checklist answered yes: ${f.en}` },
  }),
);
const NONE = emptyArray<RedFlagHit>();

/** Detected hits with the same evidence recur down a sheet: keep one frozen copy of each, and of each list of hits. */
const hitCache = new Map<string, RedFlagHit>();
function sharedHit(code: RedFlagCode, evidence: RedFlagHit["evidence"]): RedFlagHit {
  const key = code + evidence.en;
  let hit = hitCache.get(key);
  if (!hit) {
    if (hitCache.size > 50_000) hitCache.clear();
    hitCache.set(key, (hit = Object.freeze({ code, source: "detected" as const, evidence: Object.freeze(evidence) })));
  }
  return hit;
}
const hitLists = new ArrayInterner<RedFlagHit>();

export type RedFlagState = "any" | "allClear" | "incomplete";

export interface RedFlagSummary {
  hits: RedFlagHit[];
  /** any = at least one flag raised; allClear = all 19 answered no and none detected; incomplete otherwise. */
  state: RedFlagState;
}

export function collectRedFlags(row: NormalizedRow, opts: DetectorOptions): RedFlagSummary {
  // Index 0..18 = RF01..RF19; detected evidence wins over a checklist answer for the same flag.
  let slots: Array<RedFlagHit | undefined> | undefined;
  for (const d of DETECTORS) {
    let evidence = null;
    try {
      evidence = d.detect(row, opts);
    } catch {
      evidence = null; // a detector must never break screening; the checklist still applies
    }
    if (evidence) (slots ??= new Array(19))[d.index] = sharedHit(d.code, evidence);
  }
  let allNo = true;
  for (let i = 0; i < 19; i++) {
    const answer = row.checklist[i];
    if (answer !== "no") allNo = false;
    if (answer === "yes" && !slots?.[i]) (slots ??= new Array(19))[i] = ANSWERED[i];
  }
  const hits = slots ? hitLists.intern(slots.filter(Boolean) as RedFlagHit[]) : NONE;
  return { hits, state: hits.length ? "any" : allNo ? "allClear" : "incomplete" };
}

export const RED_FLAG_DEFINITIONS = flags.flags;
