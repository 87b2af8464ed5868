/**
 * One row of the output block from an engine result: decision label and code, reasons with citations,
 * red flags (summary and one mark per RF column), the 明らか guideline items still open, party match, time — formatted from the engine's presentation
 * model (src/engine/present), the same one the CLI, the custom functions and the detail view use.
 */
import {
  groupMatches,
  guidelineCell,
  matchGroupLine,
  matchesCell,
  presentResult,
  reasonsCell,
  redFlagsCell,
} from "../engine/present";
import type { Presentation } from "../engine/present";
import type { Lang, PartyMatch, ScreenResult } from "../engine/types";
import { BLOCK_INDEX, BLOCK_WIDTH, RF_MARK } from "./outputBlock";

/** Excel refuses longer cell texts. */
export const MAX_CELL_CHARS = 32_767;

function clip(text: string): string {
  return text.length <= MAX_CELL_CHARS ? text : text.slice(0, MAX_CELL_CHARS - 1) + "…";
}

/** Reasons that explain the decision with their citations, then notes (the presentation model's wording). */
export function reasonsText(r: ScreenResult, lang: Lang): string {
  return reasonsCell(presentResult(r, lang));
}

export function redFlagsText(r: ScreenResult, lang: Lang): string {
  return redFlagsCell(presentResult(r, lang));
}

/** One match as text: list, entry, the party that matched, the alias it matched, score and band. */
export function matchText(m: PartyMatch, lang: Lang): string {
  return matchGroupLine(groupMatches([m], lang)[0], lang);
}

export function partyText(r: ScreenResult, lang: Lang, max = 3): string {
  return matchesCell(presentResult(r, lang), lang, max);
}

/** The output-block cells for one presented result. */
export function blockRowOf(p: Presentation, lang: Lang, screenedAt: string): unknown[] {
  const out: unknown[] = new Array(BLOCK_WIDTH).fill("");
  out[BLOCK_INDEX.decision] = p.label;
  out[BLOCK_INDEX.code] = p.code;
  out[BLOCK_INDEX.reasons] = clip(reasonsCell(p));
  out[BLOCK_INDEX.red_flags] = clip(redFlagsCell(p));
  for (const f of p.redFlags) {
    const k = BLOCK_INDEX[f.code.toLowerCase()];
    if (k !== undefined) out[k] = RF_MARK;
  }
  out[BLOCK_INDEX.guideline] = clip(guidelineCell(p, lang));
  out[BLOCK_INDEX.party] = clip(matchesCell(p, lang));
  out[BLOCK_INDEX.screened_at] = screenedAt;
  return out;
}

/** The output-block cells for one result. */
export function blockRow(r: ScreenResult, lang: Lang, screenedAt: string): unknown[] {
  return blockRowOf(presentResult(r, lang), lang, screenedAt);
}

/** Cells for a row with no order data at all (left blank; any earlier result there is cleared). */
export function blankBlockRow(): unknown[] {
  return new Array(BLOCK_WIDTH).fill("");
}
