/**
 * Screening a block of sheet rows: raw cells → order rows (by the column mapping) → engine results →
 * output-block cells, counts per decision and the rows that need a person's attention. Pure; runs in the
 * Web Worker (worker.ts) and in tests.
 */
import { screen, versionsOf } from "../engine/screen";
import type { EngineContext } from "../engine/screen";
import { orderRowBuilderFor } from "../engine/headers";
import type { CanonicalField, Decision, Lang, OrderRow } from "../engine/types";
import { needsAttention, presentResult } from "../engine/present";
import type { Presentation } from "../engine/present";
import { blankBlockRow, blockRowOf } from "./blockRow";

export interface AttentionRow {
  /** 0-based sheet row. */
  row: number;
  orderId: string;
  decision: Decision;
  /** Title of the first deciding reason (short: every row needing attention is kept). */
  summary: string;
  redFlags: number;
  matches: number;
}

export interface BlockResult {
  out: unknown[][];
  counts: Record<Decision, number>;
  blank: number;
  attention: AttentionRow[];
  /** Rows the missing End User List held back (END_USER_LIST_NOT_CHECKED): all, and those held back by it alone. */
  endUserList: { all: number; only: number };
}

export function emptyCounts(): Record<Decision, number> {
  return { PROHIBITED: 0, LICENSE_REQUIRED: 0, REVIEW: 0, NO_LICENSE: 0 };
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** Order row from a sheet row, or null when every mapped cell is empty. */
export function toOrderRow(raw: readonly unknown[], columns: ReadonlyArray<CanonicalField | null>): OrderRow | null {
  let any = false;
  for (let i = 0; i < columns.length && !any; i++) if (columns[i] && !isBlank(raw[i])) any = true;
  if (!any) return null;
  // A field mapped to two columns that disagree becomes a conflict (engine/headers.ts), never a silent choice.
  let build = builders.get(columns);
  if (!build) {
    build = orderRowBuilderFor(columns);
    builders.set(columns, build);
  }
  return build(raw);
}
const builders = new WeakMap<ReadonlyArray<CanonicalField | null>, (cells: readonly unknown[]) => OrderRow>();

/** Needs a person: the presentation model's rule (anything but a clean NO_LICENSE). */
export { needsAttention };

export function attentionRow(p: Presentation, row: number, orderRow: OrderRow): AttentionRow {
  const deciding = p.reasons.find((x) => x.outcome === p.code) ?? p.reasons[0];
  const id = orderRow.order_id;
  return {
    row,
    orderId: id === undefined || id === null ? "" : String(id),
    decision: p.code,
    summary: deciding ? deciding.title : (p.notes[0] ?? ""),
    redFlags: p.redFlags.length,
    matches: p.matches.filter((g) => !g.suppressed).length,
  };
}

/**
 * Screens rows [from, to) of a block (so a caller can work in slices and stay responsive to cancel).
 * Appends to `acc`.
 */
export function screenSlice(
  raw: readonly (readonly unknown[])[],
  from: number,
  to: number,
  firstRow: number,
  columns: ReadonlyArray<CanonicalField | null>,
  ctx: EngineContext,
  lang: Lang,
  screenedAt: string,
  acc: BlockResult,
): void {
  const versions = versionsOf(ctx);
  for (let i = from; i < to; i++) {
    const orderRow = toOrderRow(raw[i], columns);
    if (!orderRow) {
      acc.out.push(blankBlockRow());
      acc.blank++;
      continue;
    }
    const p = presentResult(screen(orderRow, ctx, versions), lang);
    acc.out.push(blockRowOf(p, lang, screenedAt));
    acc.counts[p.code]++;
    if (p.needsAttention) acc.attention.push(attentionRow(p, firstRow + i, orderRow));
    if (p.endUserListNotChecked) {
      acc.endUserList.all++;
      if (p.endUserListNotChecked === "only") acc.endUserList.only++;
    }
  }
}

export function newBlockResult(): BlockResult {
  return { out: [], counts: emptyCounts(), blank: 0, attention: [], endUserList: { all: 0, only: 0 } };
}
