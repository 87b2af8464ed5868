/** Order rows from sheet rows: the mapped columns only. Screening itself runs in sheetRun.ts / rowResult.ts. */
import { orderRowBuilder as engineOrderRowBuilder, type HeaderMapping } from "../engine/headers";
import type { OrderRow } from "../engine/types";

/** The order row of a grid row, using the mapped columns only. */
export function toOrderRow(cells: readonly unknown[], mapping: HeaderMapping): OrderRow {
  return orderRowBuilder(mapping)(cells);
}

/**
 * A function building order rows for one mapping (engine/headers.ts): the field list is worked out once per sheet;
 * duplicate columns of one field that disagree become a conflict the engine reports (INPUT_CONFLICT).
 */
export const orderRowBuilder = engineOrderRowBuilder;
