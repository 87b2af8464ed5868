/** Runs a labelled query set through a party screener and counts recall and false positives. */
import type { PartyScreener } from "../../../src/engine/types";
import type { LabelledQuery } from "./variants";

export interface EvalOutcome {
  positives: number;
  found: number;
  /** Expected entry ranked first among the matches. */
  top1: number;
  recall: number;
  negatives: number;
  falsePositives: number;
  fpRate: number;
  misses: Array<LabelledQuery & { got: string[] }>;
  fps: Array<LabelledQuery & { got: string[] }>;
  byKind: Record<string, { n: number; found: number }>;
}

export function evaluate(screener: PartyScreener, queries: LabelledQuery[]): EvalOutcome {
  const out: EvalOutcome = {
    positives: 0,
    found: 0,
    top1: 0,
    recall: 0,
    negatives: 0,
    falsePositives: 0,
    fpRate: 0,
    misses: [],
    fps: [],
    byKind: {},
  };
  for (const q of queries) {
    const matches = screener.screenParty(q.query, q.country, "end_user");
    const got = matches.map((m) => `${m.id} ${m.score} ${m.matchedName}`);
    const k = (out.byKind[q.kind] ??= { n: 0, found: 0 });
    k.n++;
    if (q.expected) {
      out.positives++;
      const idx = matches.findIndex((m) => m.id === q.expected);
      if (idx >= 0) {
        out.found++;
        k.found++;
        if (idx === 0 || matches[0].score === matches[idx].score) out.top1++;
      } else out.misses.push({ ...q, got });
    } else {
      out.negatives++;
      if (matches.length > 0) out.fps.push({ ...q, got });
      else k.found++;
    }
  }
  out.falsePositives = out.fps.length;
  out.recall = out.positives ? out.found / out.positives : 1;
  out.fpRate = out.negatives ? out.falsePositives / out.negatives : 0;
  return out;
}
