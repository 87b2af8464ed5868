/**
 * The CLI's output columns, formatted from the presentation model (machine codes, ';'-joined). `guideline` holds
 * the state of each 明らか guideline item (mg01:satisfied;mg02:contradicted;…) and is blank where the result carries
 * no guideline (the sheet has no mgNN column and no user prong's 明らか test was in play).
 */
import type { Lang, ScreenResult } from "../types";
import { presentResult } from "./model";
import { explanationCell, fitCell, guidelineCodes } from "./cells";

export const OUTPUT_COLUMNS = [
  "decision",
  "decision_label",
  "reasons",
  "explanation",
  "red_flags",
  "party_match_id",
  "party_match_name",
  "party_match_score",
  "guideline",
] as const;

export type OutputColumns = Record<(typeof OUTPUT_COLUMNS)[number], string>;

export function explanationText(r: ScreenResult, lang: Lang): string {
  return fitCell(explanationCell(presentResult(r, lang)), lang);
}

export function toOutputColumns(r: ScreenResult, lang: Lang): OutputColumns {
  const p = presentResult(r, lang);
  const live = p.matches.filter((g) => !g.suppressed);
  return {
    decision: p.code,
    decision_label: p.label,
    reasons: [...new Set(r.reasons.map((x) => x.code))].join(";"),
    explanation: fitCell(explanationCell(p), lang),
    red_flags: p.redFlags.map((f) => f.code).join(";"),
    party_match_id: live.map((g) => g.id).join(";"),
    party_match_name: live
      .map((g) => `${g.roles[0].matchedName} [${[...new Set(g.roles.map((x) => x.role))].join(",")}]`)
      .join(";"),
    party_match_score: live.map((g) => g.bestScore.toFixed(2)).join(";"),
    // The 明らか checklist as the engine read it, where the sheet has mgNN columns or a user prong was in play.
    guideline: guidelineCodes(p),
  };
}
