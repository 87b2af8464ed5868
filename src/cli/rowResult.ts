/**
 * Screening a batch of order rows and turning each Result into the CLI's output cells. `resultColumns` is the one
 * place where a Result becomes output columns (CSV cells, workbook cells, the report's attention rows); swap it to
 * change how results are presented. Used in the main thread and in the worker threads alike.
 */
import {
  DECISIONS,
  ENGINE_VERSION,
  OUTPUT_COLUMNS,
  RULES_VERSION,
  decisionLabel,
  screen,
  screenBatch,
  toOutputColumns,
  unscreenableResult,
} from "../engine";
import type { EngineContext, OutputColumns } from "../engine";
import { endUserListNotChecked, needsAttention } from "../engine/present";
import type { Decision, Lang, OrderRow, ScreenResult, Versions } from "../engine/types";
import { msg } from "./messages";

/** Header names of the output columns, in order. */
export const OUTPUT_HEADER: readonly string[] = OUTPUT_COLUMNS;

/** The output cells of one result, in OUTPUT_HEADER order. */
export function resultColumns(result: ScreenResult, lang: Lang): OutputColumns {
  return toOutputColumns(result, lang);
}

/** What one screened row hands back to the main thread. */
export interface RowScreened {
  decision: Decision;
  columns: OutputColumns;
  /** Whether a person must look at the row (the presentation model's needsAttention). */
  attention: boolean;
  /** The whole Result, when the run needs it (JSON lines, --explain, party-match ids for --previous). */
  result?: ScreenResult;
  /** Set when the engine failed on this row; the row is then REVIEW. */
  error?: string;
  /** The rule pack the row was decided under (ScreenResult.pack; absent when no pack applied). */
  pack?: string;
  /** The End User List was not consulted: the only thing holding the row back, or one of several (present model). */
  endUserList?: "only" | "also";
}

const fallbackVersions = (): Versions => ({ engine: ENGINE_VERSION, rules: RULES_VERSION, lists: {} });

function failed(error: unknown): ScreenResult {
  const why = error instanceof Error ? error.message : String(error);
  return unscreenableResult(msg.engineFailedExplanation(why), fallbackVersions());
}

/**
 * Screens the orders; every order gets a result. The engine does not throw; if it ever does, the batch is screened row
 * by row and a failing row becomes REVIEW with an "internal error" explanation.
 */
export function screenOrders(
  orders: readonly OrderRow[],
  ctx: EngineContext,
  lang: Lang,
  keepResults: boolean,
): RowScreened[] {
  let results: ScreenResult[];
  const errors = new Map<number, string>();
  try {
    results = screenBatch(orders, ctx);
  } catch {
    results = orders.map((o, k) => {
      try {
        return screen(o, ctx);
      } catch (e) {
        errors.set(k, e instanceof Error ? e.message : String(e));
        return failed(e);
      }
    });
  }
  return orders.map((_, k) => {
    let result = results[k];
    if (!result || !DECISIONS.includes(result.decision)) {
      errors.set(k, "no result");
      result = failed(new Error("no result"));
    }
    let columns: OutputColumns;
    try {
      columns = resultColumns(result, lang);
    } catch (e) {
      errors.set(k, e instanceof Error ? e.message : String(e));
      columns = Object.fromEntries(OUTPUT_COLUMNS.map((c) => [c, ""])) as OutputColumns;
      columns.decision = result.decision;
      columns.decision_label = decisionLabel(result.decision, lang);
      columns.explanation = msg.engineFailedExplanation(errors.get(k) ?? "")[lang];
    }
    const out: RowScreened = { decision: result.decision, columns, attention: needsAttention(result) };
    if (keepResults) out.result = result;
    if (result.pack) out.pack = result.pack;
    const eul = endUserListNotChecked(result);
    if (eul) out.endUserList = eul;
    const error = errors.get(k);
    if (error !== undefined) out.error = error;
    return out;
  });
}
