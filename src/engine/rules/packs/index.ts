/**
 * The rule packs the engine holds, and the choice of one by date: `--as-of DATE`, else the row's shipment date
 * (delivery_date / 出荷日), else today. A date no pack covers has no rules: the row is a REVIEW that says so.
 */
import type { RulePack } from "./types";
import { JP_2025_10_09 } from "./jp20251009";
import { JP_BEFORE_2025_10_09 } from "./jpBefore20251009";

export type { RulePack, PackReference } from "./types";
export { JP_2025_10_09, JP_BEFORE_2025_10_09 };

/** Newest first. */
export const RULE_PACKS: readonly RulePack[] = Object.freeze([JP_2025_10_09, JP_BEFORE_2025_10_09]);
export const CURRENT_PACK = JP_2025_10_09;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (d: string) => ISO.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));

/** The pack in force on an ISO date (undefined when none covers it). */
export function packFor(date: string): RulePack | undefined {
  return RULE_PACKS.find((p) => p.validFrom <= date && (!p.validTo || date < p.validTo));
}

export function packById(id: string): RulePack | undefined {
  return RULE_PACKS.find((p) => p.id === id);
}

/** The flow nodes of the pack a result names (the current pack's for results without one). */
export function nodesOfPack(id: string | undefined) {
  return (id ? packById(id) : undefined)?.nodes ?? CURRENT_PACK.nodes;
}

/** The pack a result names (the current pack for results without one, or naming a pack no longer held). */
export function packOf(id: string | undefined): RulePack {
  return (id ? packById(id) : undefined) ?? CURRENT_PACK;
}
