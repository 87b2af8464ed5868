// Custom functions (namespace ANPO in manifest.xml): =ANPO.SCREEN(...). Skeleton; the batched version follows.

/**
 * Screens one order and returns the decision.
 * @customfunction SCREEN
 * @param destination Destination country (name or ISO code).
 * @param hsCode HS code of the goods.
 * @param endUser End user name.
 * @returns Decision label.
 */
export function screenOrder(destination: string, hsCode: string, endUser: string): string {
  return [destination, hsCode, endUser].join("|");
}
