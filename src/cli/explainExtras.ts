/**
 * Additions to `--explain ID` for trainers: `--regimes` (figure 1's five regimes for the row) and
 * `--what-if FIELD=VALUE` (the row screened again with one fact changed; repeatable, applied together).
 * The engine does the work (engine/regimes, engine/whatif); this file only prints.
 */
import type { EngineContext } from "../engine";
import type { Lang, OrderRow } from "../engine/types";
import { compareRegimes, regimesText } from "../engine/regimes/compare";
import { parseWhatIf, whatIf, WhatIfError } from "../engine/whatif/whatIf";
import { whatIfText } from "../engine/whatif/whatIfText";
import { findOrder } from "./explain";
import { comparePacks } from "../engine/rules/comparePacks";
import { comparePacksText } from "../engine/rules/comparePacksText";
import type { RowOutcome } from "./sheetRun";
import { InputError } from "./messages";

export interface ExplainExtras {
  regimes: boolean;
  whatIf: string[];
  comparePacks: boolean;
}

/** Checks the --what-if specs before any screening, so a typo stops the run with exit code 2. */
export function checkWhatIf(specs: readonly string[]): void {
  for (const s of specs) {
    try {
      parseWhatIf(s);
    } catch (e) {
      if (e instanceof WhatIfError) throw new InputError(e.text);
      throw e;
    }
  }
}

export function formatExplainExtras(
  outcomes: readonly RowOutcome[],
  id: string,
  lang: Lang,
  extras: ExplainExtras,
  rowOf: (index: number) => OrderRow,
  ctx: EngineContext,
): string {
  if (!extras.regimes && extras.whatIf.length === 0 && !extras.comparePacks) return "";
  const out: string[] = [];
  for (const o of findOrder(outcomes, id)) {
    if (!o.result) continue;
    const row = rowOf(o.index);
    if (extras.whatIf.length) {
      out.push("");
      out.push(whatIfText(whatIf(row, extras.whatIf.map(parseWhatIf), ctx, o.result), lang));
    }
    if (extras.comparePacks) {
      out.push("");
      out.push(comparePacksText(comparePacks(row, ctx), lang));
    }
    if (extras.regimes) {
      out.push("");
      out.push(regimesText(compareRegimes(row), lang));
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}
