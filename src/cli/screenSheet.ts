/** Order rows from sheet rows: the mapped columns only. Screening itself runs in sheetRun.ts / rowResult.ts. */
import type { HeaderMapping } from "../engine/headers";
import type { CanonicalField, OrderRow } from "../engine/types";

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
