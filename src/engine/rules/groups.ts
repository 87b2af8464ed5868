/** Destination group and 16項(1) certainty of a normalised row: look-ups shared by the fact functions. */
import type { NormalizedRow } from "../normalize/row";
import groups from "../reference/data/country-groups.json";

const G = groups.groups;
const GROUP_A = new Set(G.GROUP_A.members);
const EMBARGO = new Set(G.UN_ARMS_EMBARGO.members);

/**
 * Group of the destination. For a non-Group-A destination the strictest of destination, consignee country and
 * end-user country counts: goods consigned to, or used in, an embargo country are treated as going there
 * (brief §9.3 and guideline ⑲'s non-resident clause; an inference, so it only ever makes a row stricter).
 */
export function destinationGroup(row: NormalizedRow): "A" | "EMBARGO" | "GENERAL" | "UNKNOWN" {
  const d = row.destination.iso2;
  if (!d) return "UNKNOWN";
  if (GROUP_A.has(d)) return "A";
  const c = row.consigneeCountry.iso2,
    e = row.endUserCountry.iso2;
  if (EMBARGO.has(d) || (c && EMBARGO.has(c)) || (e && EMBARGO.has(e))) return "EMBARGO";
  return "GENERAL";
}

/** 16項(1) status cannot be settled from the HS code (4-digit heading, 8807 parts, invalid code). */
export const uncertainClass = (row: NormalizedRow) =>
  row.hs.itemClass === "S1_AMBIGUOUS" || row.hs.itemClass === "S1_CONDITIONAL" || row.hs.itemClass === "INVALID";
