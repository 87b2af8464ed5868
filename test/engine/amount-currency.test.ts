/**
 * A currency written inside the amount cell, with the currency column blank, is that currency — never yen by default.
 * Found by the law evaluation: "$250,000" on advance terms was compared as ¥250,000 and the row cleared.
 */
import { currencyMarkInAmount } from "../../src/engine/normalize/money";
import { parseAmount } from "../../src/engine/normalize/values";
import { cleanRow, flagCodes, run } from "./helpers";

const LARGE_FOREIGN = [
  "$250,000",
  "US$ 250,000",
  "RMB 2,000,000",
  "2,000,000 元",
  "200万 人民币",
  "€150.000,00",
  "₩300,000,000",
  "HK$2,000,000",
  "S$200,000",
  "£100,000",
  "800,000 AED",
];

describe("currency inside the amount cell", () => {
  test.each(LARGE_FOREIGN)("%s on advance terms with a blank currency column is not cleared", (amount) => {
    const r = run(cleanRow({ payment_terms: "100% T/T in advance", order_value: amount, currency: "" }));
    expect(r.decision).not.toBe("NO_LICENSE");
  });

  test.each(["3,000,000 XYZ", "3000000 ドル", "250,000 US$"])("%s (unknown or unparsable) is never yen", (amount) => {
    const r = run(cleanRow({ payment_terms: "cash in advance", order_value: amount, currency: "" }));
    expect(r.decision).not.toBe("NO_LICENSE");
  });

  test("a bare number keeps the documented default (yen): a small advance payment stays clean", () => {
    const r = run(cleanRow({ payment_terms: "cash in advance", order_value: "250,000", currency: "" }));
    expect(flagCodes(r)).not.toContain("RF05");
  });

  test("the mark is what is left of the cell once the number is out", () => {
    expect(currencyMarkInAmount("$250,000")).toBe("$");
    expect(currencyMarkInAmount("200万 人民币")).toBe("人民币");
    expect(currencyMarkInAmount("1.2e6")).toBe("");
    expect(currencyMarkInAmount("5M")).toBe("");
    expect(currencyMarkInAmount(250000)).toBe("");
  });

  test("European grouping is read as thousands, not decimals", () => {
    expect(parseAmount("€150.000,00")).toBe(150000);
    expect(parseAmount("1.250.000")).toBe(1250000);
    expect(parseAmount("12,000,000")).toBe(12000000);
    expect(parseAmount("1.5")).toBe(1.5);
  });
});
