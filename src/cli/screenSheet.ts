/**
 * Screens the data rows of a sheet with the real engine: every non-blank row below the header gets a
 * result and its output columns. Rows whose mapped columns are all blank are not orders and are counted, not screened; anything else
 * (a totals line in the order-number column included) is screened, so nothing that might be an order is skipped.
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
import type { HeaderMapping } from "../engine/headers";
import type { CanonicalField, Decision, Lang, OrderRow, ScreenResult, Versions } from "../engine/types";
import { cellToText } from "./cellText";
import { msg } from "./messages";
import { isBlankCell } from "./sheetGrid";

export interface RowOutcome {
  /** Index of the row in the grid (0-based; sheet row = index + 1). */
  index: number;
  orderId: string;
  result: ScreenResult;
  columns: OutputColumns;
  /** Set when the engine failed on this row; the row is then REVIEW. */
  engineError?: string;
}

export interface ScreenedSheet {
  outcomes: RowOutcome[];
  counts: Record<Decision, number>;
  blankRows: number;
  versions: Versions;
}

/** The order row of a grid row, using the mapped columns only. */
export function toOrderRow(cells: readonly unknown[], mapping: HeaderMapping): OrderRow {
  return orderRowBuilder(mapping)(cells);
}

/** A function building order rows for one mapping (the field list is worked out once per sheet). */
export function orderRowBuilder(mapping: HeaderMapping): (cells: readonly unknown[]) => OrderRow {
  const fields = Object.entries(mapping.byField) as Array<[CanonicalField, number]>;
  return (cells) => {
    const row: OrderRow = {};
    for (let k = 0; k < fields.length; k++) {
      const v = cells[fields[k][1]];
      row[fields[k][0]] = v === undefined ? null : v;
    }
    return row;
  };
}

function failedResult(error: unknown, versions: Versions): ScreenResult {
  const why = error instanceof Error ? error.message : String(error);
  return unscreenableResult(msg.engineFailedExplanation(why), versions);
}

export function screenSheet(
  rows: readonly (readonly unknown[])[],
  headerIndex: number,
  mapping: HeaderMapping,
  ctx: EngineContext,
  lang: Lang,
): ScreenedSheet {
  const indexes: number[] = [];
  const orders: OrderRow[] = [];
  let blankRows = 0;
  const mappedColumns = Object.values(mapping.byField) as number[];
  const build = orderRowBuilder(mapping);
  for (let i = headerIndex + 1; i < rows.length; i++) {
    // A row whose screened columns are all empty is not an order (blank line, or a remark in an unmapped column).
    const cells = rows[i];
    if (mappedColumns.every((c) => isBlankCell(cells[c]))) {
      blankRows++;
      continue;
    }
    indexes.push(i);
    orders.push(build(cells));
  }

  const fallbackVersions: Versions = { engine: ENGINE_VERSION, rules: RULES_VERSION, lists: {} };
  let results: Array<ScreenResult | undefined>;
  const errors = new Map<number, string>();
  try {
    results = screenBatch(orders, ctx);
  } catch {
    // The engine promises not to throw; if it does anyway, screen row by row so every row still gets a result.
    results = orders.map((o, k) => {
      try {
        return screen(o, ctx);
      } catch (e) {
        errors.set(k, e instanceof Error ? e.message : String(e));
        return failedResult(e, fallbackVersions);
      }
    });
  }

  const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  const outcomes: RowOutcome[] = indexes.map((index, k) => {
    let result = results[k];
    if (!result || !DECISIONS.includes(result.decision)) {
      errors.set(k, "no result");
      result = failedResult(new Error("no result"), fallbackVersions);
    }
    let columns: OutputColumns;
    try {
      columns = toOutputColumns(result, lang);
    } catch (e) {
      errors.set(k, e instanceof Error ? e.message : String(e));
      columns = Object.fromEntries(OUTPUT_COLUMNS.map((c) => [c, ""])) as OutputColumns;
      columns.decision = result.decision;
      columns.decision_label = decisionLabel(result.decision, lang);
      columns.explanation = msg.engineFailedExplanation(errors.get(k) ?? "")[lang];
    }
    counts[result.decision]++;
    const orderIdIndex = mapping.byField.order_id;
    return {
      index,
      orderId: orderIdIndex === undefined ? "" : cellToText(rows[index][orderIdIndex]),
      result,
      columns,
      engineError: errors.get(k),
    };
  });
  const versions = outcomes.find((o) => !o.engineError)?.result.versions ?? fallbackVersions;
  return { outcomes, counts, blankRows, versions };
}
