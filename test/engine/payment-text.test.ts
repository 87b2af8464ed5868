/**
 * Unusual payment arrangements written in the payment terms or remarks (redflags/paymentText.ts, flow node
 * PAYMENT_TEXT): a third party or third country paying, an exchange house, crypto-assets, several payers → REVIEW;
 * a contract condition forbidding them, or text that is not about paying, is not an arrangement.
 */
import { unusualPaymentIn } from "../../src/engine/redflags/paymentText";
import { FakePartyScreener, cleanRow, codes, run, step } from "./helpers";

describe("unusual payment written in the order", () => {
  it.each([
    ["T/T from a third party in Dubai (not the buyer)", "terms"],
    ["Payment by a third-party company in Hong Kong", "terms"],
    ["第三者（香港の別会社）から送金", "terms"],
    ["由第三方公司付款", "terms"],
    ["제3자 송금", "terms"],
    ["оплата третьей стороной", "terms"],
    ["Zahlung durch einen Dritten", "terms"],
    ["USDT", "terms"],
    ["暗号資産で支払い", "terms"],
    ["Invoice No. 5 will be paid by a third party", "remarks"],
    ["代金は別会社から送金される", "remarks"],
  ] as const)("%s (%s)", (text, where) => {
    expect(unusualPaymentIn(text, where)).toBeDefined();
  });

  it.each([
    ["No third-party payments accepted", "terms"],
    ["第三者からの支払いは不可", "terms"],
    ["L/C at sight", "terms"],
    ["T/T 30 days after B/L", "terms"],
    ["The goods must not be resold to a third country", "remarks"],
    ["resale to a third country needs our consent", "remarks"],
  ] as const)("%s (%s) is not an unusual payment", (text, where) => {
    expect(unusualPaymentIn(text, where)).toBeUndefined();
  });

  it("makes a clean row REVIEW with the reason and what to do, in both packs", () => {
    for (const date of ["2026-12-15", "2025-09-01"]) {
      const r = run(
        cleanRow({ payment_terms: "T/T from a third party in Dubai (not the buyer)", delivery_date: date }),
        new FakePartyScreener([]),
      );
      expect(r.decision).toBe("REVIEW");
      expect(codes(r)).toContain("UNUSUAL_PAYMENT");
      expect(step(r, "PAYMENT_TEXT")).toBe("yes");
    }
    const clean = run(cleanRow(), new FakePartyScreener([]));
    expect(step(clean, "PAYMENT_TEXT")).toBe("no");
  });
});
