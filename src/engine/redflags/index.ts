/** Collects red flags from the detectors (data) and from the checklist answers rf01…rf19. */
import type { RedFlagCode, RedFlagHit } from "../types";
import type { NormalizedRow } from "../normalize/row";
import { DETECTORS, type DetectorOptions } from "./detectors";
import flags from "../reference/data/red-flags.json";

export type RedFlagState = "any" | "allClear" | "incomplete";

export interface RedFlagSummary {
  hits: RedFlagHit[];
  /** any = at least one flag raised; allClear = all 19 answered no and none detected; incomplete otherwise. */
  state: RedFlagState;
}

export function collectRedFlags(row: NormalizedRow, opts: DetectorOptions): RedFlagSummary {
  const byCode = new Map<RedFlagCode, RedFlagHit>();
  for (const d of DETECTORS) {
    let evidence = null;
    try {
      evidence = d.detect(row, opts);
    } catch {
      evidence = null; // a detector must never break screening; the checklist still applies
    }
    if (evidence) byCode.set(d.code, { code: d.code, source: "detected", evidence });
  }
  row.checklist.forEach((answer, i) => {
    const code = flags.flags[i].code as RedFlagCode;
    if (answer === "yes" && !byCode.has(code)) {
      byCode.set(code, { code, source: "answered", evidence: { ja: `チェックリストで「はい」と回答: ${flags.flags[i].ja}`, en: `Checklist answered yes: ${flags.flags[i].en}` } });
    }
  });
  const hits = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  const allNo = row.checklist.every((a) => a === "no");
  return { hits, state: hits.length ? "any" : allNo ? "allClear" : "incomplete" };
}

export const RED_FLAG_DEFINITIONS = flags.flags;
