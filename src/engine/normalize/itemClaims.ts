/**
 * A classification written in the item description or remarks ("Five-axis machining centre (該当品 2項(12))",
 * "export-controlled item", "ECCN 2B001") — read only to catch a contradiction with the list-control column: a
 * sheet that says 非該当 while the item text says 該当 is an input conflict (REVIEW), never cleared on either.
 */

/** 該当品 / 該当貨物, or 該当 with an item number (2項, 2の項), not preceded by 非 or 未 and not 該当なし. */
const JA =
  /(?<![非未])該当(?:品|貨物)(?!なし|無し|ではない|でない|せず)|(?<![非未])該当\s*[（(:：]?\s*\d{1,2}\s*の?項/u;
/** English statements that the item is listed; not "non-controlled", "not controlled", "uncontrolled". */
const EN =
  /(?<!\bnon[- ]?|\bnot |\bun)\b(?:list[- ]controlled|export[- ]controlled|controlled item|controlled goods|dual[- ]use item listed)\b|\beccn\s*[0-9][a-e][0-9]{3}\b|\bwassenaar\s+(?:category|cat\.?)\s*[0-9]/iu;

/** The words of the text that claim the item is list-controlled, or undefined. */
export function controlledClaim(text: string): string | undefined {
  if (!text) return undefined;
  const m = JA.exec(text) ?? EN.exec(text);
  return m ? m[0] : undefined;
}
