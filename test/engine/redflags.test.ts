/**
 * Red flags: the detectors the issue asks for (RF01, RF04, RF05, RF07, RF08, RF09, RF10) each raise their flag with
 * evidence drawn from the row, stay quiet on ordinary data, and the checklist columns rf01…rf19 add "answered" flags.
 * The clean baseline row raises none, so each test changes only the fields its flag reads.
 */
import type { OrderRow, RedFlagHit, ScreenResult } from "../../src/engine";
import { allRf, cleanRow, expectWellFormed, flagCodes, run, step } from "./helpers";

function flag(r: ScreenResult, code: string): RedFlagHit | undefined {
  return r.redFlags.find((f) => f.code === code);
}

function detected(over: OrderRow, code: string, options: { highValueJpy?: number } = {}): RedFlagHit {
  const r = run(cleanRow(over), undefined, options);
  expectWellFormed(r);
  const f = flag(r, code);
  expect(f).toBeDefined();
  expect(f!.source).toBe("detected");
  expect(r.reasons.map((x) => x.code)).toContain("RED_FLAGS");
  return f!;
}

function notDetected(over: OrderRow, code: string, options: { highValueJpy?: number } = {}): void {
  expect(flagCodes(run(cleanRow(over), undefined, options))).not.toContain(code);
}

describe("the clean baseline row", () => {
  it("raises no red flag at all", () => {
    expect(flagCodes(run(cleanRow()))).toEqual([]);
  });
});

describe("RF01 end use not given or vague", () => {
  it("blank end use", () => {
    const f = detected({ end_use: "" }, "RF01");
    expect(f.evidence.en).toMatch(/end use is blank/i);
    expect(f.evidence.ja).toContain("最終用途");
  });
  it.each(["N/A", "TBD", "trading", "Stock", "在庫", "未定", "不明", "転売"])(
    "placeholder or generic end use %p",
    (endUse) => {
      const f = detected({ end_use: endUse }, "RF01");
      expect(f.evidence.ja).toContain(endUse);
      expect(f.evidence.en).toContain(endUse);
    },
  );
  it("blank end user with a concrete end use", () => {
    const f = detected({ end_user: "" }, "RF01");
    expect(f.evidence.en).toMatch(/end user is blank/i);
  });
  it.each(["Milling aluminium housings for car audio", "自社工場での自転車部品の旋削加工"])(
    "concrete end use %p is not flagged",
    (endUse) => {
      notDetected({ end_use: endUse }, "RF01");
    },
  );
});

describe("RF04 little or no business background", () => {
  it("customer since less than a year before the screening date (2026-11-01)", () => {
    const f = detected({ customer_since: "2026-03-10" }, "RF04");
    expect(f.evidence.en).toContain("2026-03-10");
    expect(f.evidence.ja).toContain("2026-03-10");
  });
  it("customer since given in Japanese date form", () => {
    detected({ customer_since: "2026年5月1日" }, "RF04");
  });
  it("customer since given as a Date cell", () => {
    detected({ customer_since: new Date(Date.UTC(2026, 6, 1)) }, "RF04");
  });
  it.each(["new customer", "初回", "新規", "first order"])("marked as a new customer: %p", (v) => {
    const f = detected({ customer_since: v }, "RF04");
    expect(f.evidence.ja).toContain(v);
  });
  it.each(["2015-04-01", "2025-10-31"])("customer since %p (a year or more) is not flagged", (d) => {
    notDetected({ customer_since: d }, "RF04");
  });
});

describe("RF05 cash or advance payment on a high-value order", () => {
  it("cash in advance on ¥15,000,000", () => {
    const f = detected({ payment_terms: "Cash in advance", order_value: 15_000_000, currency: "JPY" }, "RF05");
    expect(f.evidence.en).toContain("15,000,000");
    expect(f.evidence.en).toContain("Cash in advance");
    expect(f.evidence.ja).toContain("Cash in advance");
  });
  it("前払い on 1,200万円 (Japanese amount)", () => {
    detected({ payment_terms: "前払い", order_value: "1,200万", currency: "JPY" }, "RF05");
  });
  it("T/T in advance on USD 100,000 (≈ ¥15m)", () => {
    detected({ payment_terms: "T/T in advance", order_value: 100_000, currency: "USD" }, "RF05");
  });
  it("cash on a small order is not flagged", () => {
    notDetected({ payment_terms: "cash", order_value: 300_000, currency: "JPY" }, "RF05");
  });
  it("letter of credit on a large order is not flagged", () => {
    notDetected({ payment_terms: "L/C 90 days", order_value: 90_000_000, currency: "JPY" }, "RF05");
  });
  it("the threshold comes from the options", () => {
    notDetected({ payment_terms: "prepayment", order_value: 2_000_000 }, "RF05");
    detected({ payment_terms: "prepayment", order_value: 2_000_000 }, "RF05", { highValueJpy: 1_000_000 });
  });
});

describe("RF07 routine services declined", () => {
  it.each(["yes", "はい", "Y", true])("service_declined %p", (v) => {
    const f = detected({ service_declined: v }, "RF07");
    expect(f.evidence.en).toMatch(/declined/i);
  });
  it.each(["no", "いいえ", "", false])("service_declined %p is not flagged", (v) => {
    notDetected({ service_declined: v }, "RF07");
  });
});

describe("RF08 vague delivery date or out-of-the-way delivery", () => {
  it("blank delivery date", () => {
    const f = detected({ delivery_date: "" }, "RF08");
    expect(f.evidence.en).toMatch(/delivery date blank/i);
  });
  it.each(["TBD", "ASAP", "未定", "随時", "later"])("vague delivery date %p", (d) => {
    const f = detected({ delivery_date: d }, "RF08");
    expect(f.evidence.ja).toContain(d);
  });
  it.each(["P.O. Box 4412, Dubai", "Plot S1, Jebel Ali Free Zone", "上海外高桥保税区 5号仓"])(
    "delivery address %p (P.O. box / free zone)",
    (addr) => {
      detected({ delivery_address: addr }, "RF08");
    },
  );
  it.each(["2026-12-15", "2026/12/15", "2026年12月15日", 46371])("firm delivery date %p is not flagged", (d) => {
    notDetected({ delivery_date: d }, "RF08");
  });
});

describe("RF09 freight forwarder named as the final destination", () => {
  it.each(["Global Freight Forwarding LLC", "Speedy Logistics FZE", "東方物流有限公司", "深圳国际货代有限公司"])(
    "end user %p",
    (name) => {
      const f = detected({ end_user: name }, "RF09");
      expect(f.evidence.en).toContain(name);
    },
  );
  it("forwarder consignee and no end user", () => {
    const f = detected({ consignee: "Harbour Cargo Services", end_user: "" }, "RF09");
    expect(f.evidence.en).toContain("Harbour Cargo Services");
  });
  it("a manufacturer end user is not flagged", () => {
    notDetected({ end_user: "Hanoi Bearing Manufacturing JSC" }, "RF09");
  });
});

describe("RF10 abnormal route", () => {
  it("transit through diversion hubs (UAE, Kazakhstan) to Vietnam", () => {
    const f = detected({ transit_countries: "UAE, Kazakhstan" }, "RF10");
    expect(f.evidence.en).toContain("United Arab Emirates");
    expect(f.evidence.en).toContain("Kazakhstan");
  });
  it("transit list in Japanese with 、 and arrows", () => {
    detected({ transit_countries: "シンガポール→香港" }, "RF10");
  });
  it("transit that is not a country", () => {
    const f = detected({ transit_countries: "Narnia" }, "RF10");
    expect(f.evidence.en).toContain("Narnia");
  });
  it("direct shipment or transit via Singapore is not flagged", () => {
    notDetected({ transit_countries: "" }, "RF10");
    notDetected({ transit_countries: "Singapore" }, "RF10");
  });
  it("the destination itself in the transit list is not a hub transit", () => {
    notDetected(
      { destination: "China", consignee_country: "CN", end_user_country: "CN", transit_countries: "China" },
      "RF10",
    );
  });
});

describe("checklist answers rf01…rf19", () => {
  it.each(Array.from({ length: 19 }, (_, i) => `rf${String(i + 1).padStart(2, "0")}`))(
    "%s answered yes → that flag, source 'answered'",
    (key) => {
      const r = run(cleanRow({ [key]: "yes" } as OrderRow));
      const code = key.toUpperCase();
      expect(flagCodes(r)).toEqual([code]);
      const f = flag(r, code)!;
      expect(f.source).toBe("answered");
      expect(f.evidence.ja).toContain("はい");
      expect(f.evidence.en).toMatch(/answered yes/i);
    },
  );

  it.each(["はい", "有", "○", "TRUE", "y"])("answer %p counts as yes", (v) => {
    expect(flagCodes(run(cleanRow({ rf06: v })))).toEqual(["RF06"]);
  });

  it("a flag both detected and answered yes is listed once, as detected", () => {
    const r = run(cleanRow({ end_use: "", rf01: "yes" }));
    expect(r.redFlags.filter((f) => f.code === "RF01")).toEqual([expect.objectContaining({ source: "detected" })]);
  });

  it("flags are listed in code order with no duplicates", () => {
    const r = run(cleanRow({ rf15: "yes", rf02: "yes", end_use: "", delivery_date: "TBD" }));
    expect(flagCodes(r)).toEqual(["RF01", "RF02", "RF08", "RF15"]);
  });

  it("an answer that is not understood is an unreadable input naming the field, and the checklist is incomplete (not 'all no')", () => {
    const r = run(cleanRow({ end_user_weapons_activity: "CW", rf07: "maybe" }));
    expect(flagCodes(r)).toEqual([]);
    const unreadable = r.reasons.filter((x) => x.code === "INPUT_UNREADABLE");
    expect(unreadable.map((x) => x.text.en).join(" ")).toContain('rf07 "maybe"');
    expect(step(r, "CW_USER_CLEARLY")).toBe("incomplete");
    expect(r.decision).toBe("REVIEW");
  });

  it("a detected flag overrides an explicit 'no' answer (issue: all 19 no AND none detected)", () => {
    const r = run(cleanRow({ ...allRf("no"), end_user_weapons_activity: "CW", delivery_date: "TBD" }));
    expect(flagCodes(r)).toEqual(["RF08"]);
    expect(r.decision).toBe("LICENSE_REQUIRED");
  });
});
