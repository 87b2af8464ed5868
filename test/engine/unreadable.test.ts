/**
 * Issue 9 point 2: unreadable is not blank. Every decision-relevant field is read as a value, a blank or unreadable;
 * unreadable (an Excel error, a value outside the field's vocabulary, an unparsable number or date, two columns that
 * disagree) gives at least REVIEW with a reason naming the field. Property tests (fast-check):
 *  (a) replacing any decision-relevant field of any row with an unreadable value never yields NO_LICENSE;
 *  (b) monotonicity: adding a red flag answered yes, an inform, a weapons use or activity, a list match, or a stricter
 *      country never makes the decision less severe.
 */
import fc from "fast-check";
import {
  createContext,
  screen,
  type CanonicalField,
  type OrderRow,
  type PartyMatch,
  type PartyRole,
  type PartyScreener,
  type ScreenResult,
} from "../../src/engine";
import { DECISION_FIELDS } from "../../src/engine/normalize/row";
import { orderRowBuilderFor, mapHeaders, orderRowBuilder } from "../../src/engine/headers";
import { FakePartyScreener, SEVERITY, TODAY, cleanRow, codes, run } from "./helpers";
import { EUL_NO_MATCH } from "../helpers/endUserList";

/** Run counts, reported in the test names (and in the closing note). */
const RUNS_UNREADABLE = 2000;
const RUNS_MONOTONE = 600;
const RUNS_AMOUNT_HS = 1000;

const sev = (r: ScreenResult) => SEVERITY[r.decision];
// The End User List counts as consulted (a fixture that lists nobody): these tests are about unreadable input.
const ctx = createContext({ parties: EUL_NO_MATCH, options: { today: TODAY } });

// ---- rows --------------------------------------------------------------------------------------------------------
const BASES: OrderRow[] = [
  cleanRow(), // 16項(1) lathe to Vietnam: NO_LICENSE
  cleanRow({ hs_code: "3901.10", end_use: "Film extrusion for food packaging" }), // 16項(2) to a general country
  cleanRow({ destination: "US", consignee_country: "US", end_user_country: "US" }), // Group A
  cleanRow({ hs_code: "0402.10", item_description: "Milk powder" }), // outside 16項
  cleanRow({ hs_code: "8542.90", destination: "Thailand", consignee_country: "TH", end_user_country: "TH" }),
  cleanRow({ hs_code: "3901.10", destination: "Somalia", consignee_country: "SO", end_user_country: "SO" }),
  cleanRow({ end_user_weapons_activity: "CW", clearly_not_for_weapons: "yes" }),
];
/** Readable alternatives that keep a row plausible, so base rows vary beyond the seven above. */
const READABLE: Partial<Record<CanonicalField, unknown[]>> = {
  hs_code: ["8458.11", "3901.10", "0402.10", "8542.31", 8458.11, "9030.20"],
  destination: ["Vietnam", "US", "Thailand", "Somalia", "ドイツ", "Malaysia"],
  end_user_weapons_activity: ["none", "", "unknown"],
  known_weapons_use: ["none", ""],
  meti_inform: ["none", "", "なし"],
  payment_terms: ["L/C at sight", "T/T 30 days", "cash in advance"],
  order_value: [8_000_000, "1,200万", 500_000],
  customer_since: ["2015-04-01", "2026-09-01", "2019"],
  delivery_date: ["2026-12-15", "15 Dec 2026", "2026/12"],
  clearly_not_for_weapons: ["", "yes", "no"],
};
const baseRow: fc.Arbitrary<OrderRow> = fc
  .tuple(
    fc.constantFrom(...BASES),
    fc.uniqueArray(fc.constantFrom(...(Object.keys(READABLE) as CanonicalField[])), { maxLength: 3 }),
  )
  .chain(([base, fields]) =>
    fc
      .tuple(...fields.map((f) => fc.constantFrom(...READABLE[f]!)))
      .map((vals) => ({ ...base, ...Object.fromEntries(fields.map((f, i) => [f, vals[i]])) }) as OrderRow),
  );

// ---- unreadable values per field -----------------------------------------------------------------------------------
const EXCEL_ERRORS = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  " #n/a ",
];
const anyUnreadable: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...EXCEL_ERRORS),
  fc.constantFrom(...EXCEL_ERRORS).map((e) => ({ error: e })),
  fc.constantFrom(...EXCEL_ERRORS).map((e) => ({ formula: "VLOOKUP(A2,List!A:B,2,FALSE)", result: { error: e } })),
);
const ENUM_GARBAGE = ["maybe", "perhaps", "??!", "to be confirmed by sales", "xyz", "yes?no", "42abc"];
/** Values that cannot be read for a field beyond Excel errors (a free-text field has none: any text is readable). */
const FIELD_GARBAGE: Partial<Record<CanonicalField, unknown[]>> = {
  hs_code: [
    "abc",
    "1.2E+9",
    "00",
    "9999999999999",
    "--",
    "HS",
    "77.01",
    "0000.00",
    "99.99.99",
    "1e5",
    "84581",
    "8458.11 lathe",
  ],
  list_control: ENUM_GARBAGE,
  destination: ["Atlantis", "Xq#1", "Country 7"],
  consignee_country: ["Atlantis", "Xq#1"],
  end_user_country: ["Atlantis", "Narnia"],
  transaction_type: ENUM_GARBAGE,
  known_weapons_use: [...ENUM_GARBAGE, "none, WMD"],
  end_user_weapons_activity: [...ENUM_GARBAGE, "なし・CW"],
  meti_inform: [...ENUM_GARBAGE, "pending"],
  clearly_not_for_weapons: ENUM_GARBAGE,
  service_declined: ENUM_GARBAGE,
  order_value: ["twelve million", "12..3", "approx. a lot"],
  customer_since: ["2015-13-45", "03/04/2015", "31/31/2015"],
  delivery_date: ["2026-02-30", "04/05/2026"],
  transit_countries: ["Narnia", "UAE, Atlantis"],
};
for (const f of DECISION_FIELDS) if (/^(rf|mg)\d\d$/.test(f)) FIELD_GARBAGE[f as CanonicalField] = ENUM_GARBAGE;

const conflicting = (f: CanonicalField, base: OrderRow): fc.Arbitrary<unknown> => {
  const own = base[f];
  const others: unknown[] = ["Vietnam", "yes", "no", "CW", "WMD", "3901.10", "A Co", 12_000_000, "2026-01-01"];
  return fc
    .constantFrom(...others.filter((o) => String(o) !== String(own ?? "")))
    .map((o) => ({ conflicting: [own === undefined || own === null || own === "" ? "x" : own, o] }));
};

const FIELDS = [...DECISION_FIELDS] as CanonicalField[];

const unreadableCase = baseRow.chain((base) =>
  fc
    .constantFrom(...FIELDS)
    .chain((field) =>
      fc
        .oneof(
          anyUnreadable,
          conflicting(field, base),
          ...(FIELD_GARBAGE[field] ? [fc.constantFrom(...FIELD_GARBAGE[field]!)] : []),
        )
        .map((value) => ({ base, field, value })),
    ),
);

describe("(a) an unreadable decision-relevant field never yields NO_LICENSE", () => {
  it(`${RUNS_UNREADABLE} runs: any base row, any of ${FIELDS.length} fields, any unreadable value → not NO_LICENSE`, () => {
    let cleared = 0;
    fc.assert(
      fc.property(unreadableCase, ({ base, field, value }) => {
        if (screen(base, ctx).decision === "NO_LICENSE") cleared++;
        const r = screen({ ...base, [field]: value } as OrderRow, ctx);
        expect(r.decision).not.toBe("NO_LICENSE");
      }),
      { numRuns: RUNS_UNREADABLE, seed: 20261201 },
    );
    // Not vacuous: many of the base rows are NO_LICENSE before the field is spoilt.
    expect(cleared).toBeGreaterThan(RUNS_UNREADABLE / 5);
  });

  const UNKNOWN_CURRENCY = ["XYZ", "dinar", "ペソ", "Gold", "BTC", "zloty?", "Dirhams (approx.)"];
  const CASH_TERMS = ["Cash in advance", "T/T in advance", "100% prepayment", "前払い", "款到发货", "Pago anticipado"];
  const cashCase = fc.record({
    base: baseRow,
    terms: fc.constantFrom(...CASH_TERMS),
    amount: fc.constantFrom<unknown>(8_000_000, 120_000, "250,000", 1, "3,500"),
    currency: fc.constantFrom(...UNKNOWN_CURRENCY),
    inAmount: fc.boolean(),
  });
  it(`${RUNS_AMOUNT_HS} runs: an unknown currency where the amount matters (cash or advance terms) → INPUT_UNREADABLE naming the field, never NO_LICENSE`, () => {
    fc.assert(
      fc.property(cashCase, ({ base, terms, amount, currency, inAmount }) => {
        const row = inAmount
          ? { ...base, payment_terms: terms, order_value: `${String(amount)} ${currency}`, currency: "" }
          : { ...base, payment_terms: terms, order_value: amount, currency };
        const r = screen(row as OrderRow, ctx);
        expect(r.decision).not.toBe("NO_LICENSE");
        const reason = r.reasons.find((x) => x.code === "INPUT_UNREADABLE");
        expect(reason?.text.en).toContain(inAmount ? "order_value" : `currency "${currency}"`);
        // A currency column the table does not know: says to write an ISO code. A mark inside the amount cell
        // makes the amount itself unreadable as a number (order_value named).
        if (!inAmount) expect(reason?.text.en).toMatch(/ISO code/);
      }),
      { numRuns: RUNS_AMOUNT_HS, seed: 20261202 },
    );
  });

  it("an unknown currency where the amount does not matter (L/C, open account) is not unreadable", () => {
    const r = run(cleanRow({ payment_terms: "L/C at sight", order_value: 250_000, currency: "XYZ" }));
    expect(codes(r)).not.toContain("INPUT_UNREADABLE");
    expect(r.decision).toBe("NO_LICENSE");
  });

  const NONSENSE_HS = FIELD_GARBAGE.hs_code!.filter((v) => v !== "--");
  it(`${RUNS_AMOUNT_HS} runs: an HS code that parses to nonsense → INPUT_UNREADABLE naming hs_code, never NO_LICENSE`, () => {
    fc.assert(
      fc.property(baseRow, fc.constantFrom(...NONSENSE_HS), (base, hs) => {
        const r = screen({ ...base, hs_code: hs } as OrderRow, ctx);
        expect(r.decision).not.toBe("NO_LICENSE");
        const reason = r.reasons.find((x) => x.code === "INPUT_UNREADABLE");
        expect(reason?.text.en).toContain(`hs_code "${String(hs)}"`);
        expect(reason?.text.ja).toContain(`hs_code「${String(hs)}」`);
      }),
      { numRuns: RUNS_AMOUNT_HS, seed: 20261203 },
    );
  });

  it.each(["-", "N/A", "未定", ""])("an HS placeholder %p means no code known (HS_INVALID), not unreadable", (hs) => {
    const r = run(cleanRow({ hs_code: hs }));
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("HS_INVALID");
    expect(codes(r)).not.toContain("INPUT_UNREADABLE");
  });

  it("an Excel error in each decision-relevant field of the clean row gives INPUT_UNREADABLE naming that field", () => {
    for (const field of FIELDS) {
      const r = run({ ...cleanRow(), [field]: "#N/A" } as OrderRow);
      expect(r.decision).toBe("REVIEW");
      const reason = r.reasons.find((x) => x.code === "INPUT_UNREADABLE");
      expect(reason?.text.en).toContain(`${field} "#N/A"`);
      expect(reason?.text.ja).toContain(`${field}「#N/A」`);
      // says what to do next
      expect(reason?.text.en).toMatch(/fix the formula/);
    }
  });

  it("a blank keeps its documented meaning: blank optional fields on the clean row still clear", () => {
    const r = run(cleanRow({ consignee_country: "", end_user_country: "", transit_countries: "", buyer: "" }));
    expect(r.decision).toBe("NO_LICENSE");
    expect(codes(r)).not.toContain("INPUT_UNREADABLE");
  });

  it("an Excel error in the order id is a note, not a reason", () => {
    const r = run(cleanRow({ order_id: "#REF!" }));
    expect(r.decision).toBe("NO_LICENSE");
    expect(r.notes.map((n) => n.en).join(" ")).toContain("order_id holds an Excel error");
  });

  it("an Excel error in the item description is unreadable: a weapons use may be written there", () => {
    const r = run(cleanRow({ item_description: "#N/A" }));
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("INPUT_UNREADABLE");
  });
});

describe("two columns for the same field", () => {
  const header = ["order_id", "hs_code", "list_control", "仕向地", "destination", "end_user"];
  it("disagreeing values give INPUT_CONFLICT naming both; agreeing or one blank do not", () => {
    const mapping = mapHeaders(header);
    expect(mapping.duplicates.map((d) => d.field)).toEqual(["destination"]);
    const build = orderRowBuilder(mapping);
    const row = (d1: unknown, d2: unknown) =>
      run({ ...cleanRow(), ...build(["1", "8458.11", "非該当", d1, d2, "Saigon Precision Parts Co., Ltd."]) });
    const conflict = row("Vietnam", "Somalia");
    expect(conflict.decision).toBe("REVIEW");
    const reason = conflict.reasons.find((x) => x.code === "INPUT_CONFLICT");
    expect(reason?.text.en).toContain('"Vietnam" and "Somalia"');
    expect(reason?.text.ja).toContain("「Vietnam」と「Somalia」");
    expect(row("Vietnam", "vietnam").decision).toBe("NO_LICENSE");
    expect(row("", "Vietnam").decision).toBe("NO_LICENSE");
    expect(row("Vietnam", null).decision).toBe("NO_LICENSE");
  });

  it("a user mapping that assigns one field to two columns is treated the same way (task pane)", () => {
    const build = orderRowBuilderFor(["destination", null, "destination"]);
    expect(build(["Vietnam", "x", "Somalia"]).destination).toEqual({ conflicting: ["Vietnam", "Somalia"] });
    expect(build(["Vietnam", "x", ""]).destination).toBe("Vietnam");
  });
});

// ---- (b) monotonicity ------------------------------------------------------------------------------------------
/** A screener that finds every end user on the End User List (CW-coded), for "adding a list match". */
class EverybodyListed implements PartyScreener {
  screenParty(name: string, _country: string | undefined, role: PartyRole): PartyMatch[] {
    if (role !== "end_user") return [];
    return [
      {
        id: "meti-eul#1",
        listId: "meti-eul",
        listName: "METI End User List",
        isEndUserList: true,
        entryId: "1",
        entryName: name,
        matchedName: name,
        score: 0.99,
        band: "HIT",
        role,
        query: name,
        cw: true,
        wmd: ["M"],
      },
    ];
  }
  listVersions() {
    return { "meti-eul": "2025-09-29" };
  }
}
const noLists = createContext({ parties: new FakePartyScreener([]), options: { today: TODAY } });

const listed = createContext({ parties: new EverybodyListed(), options: { today: TODAY } });
/** Countries from least to most strict: Group A, general, UN arms embargo, North Korea. */
const LADDER = [
  ["US", "US"],
  ["Vietnam", "VN"],
  ["Somalia", "SO"],
  ["North Korea", "KP"],
] as const;
// (the base row's delivery address is in Ho Chi Minh City: a different country written in the address is a fact of
// its own, TEXT_COUNTRY, so the ladder moves the address with the destination by leaving it blank)
const at = (i: number) => ({
  destination: LADDER[i][0],
  consignee_country: LADDER[i][1],
  end_user_country: LADDER[i][1],
  delivery_address: "",
});

const rfKey = fc.integer({ min: 1, max: 19 }).map((i) => `rf${String(i).padStart(2, "0")}`);
const informForm = fc.constantFrom(
  "有",
  "あり",
  "受領",
  "yes",
  "received",
  "WMD",
  "CW",
  "大量破壊兵器",
  "通常兵器",
  "Received 2026-11-20",
  "受領 2026/11/20",
);
const weaponForm = fc.constantFrom("WMD", "CW", "yes", "大量破壊兵器", "通常兵器", "nuclear, missile");
/** Base rows for monotonicity: the readable base rows, with some guideline answers or red flags already set. */
const monoRow = fc
  .tuple(baseRow, fc.constantFrom<OrderRow>({}, { rf02: "yes" }, { end_user_weapons_activity: "CW" }))
  .map(([b, extra]) => ({ ...b, ...extra }) as OrderRow);

describe(`(b) monotonicity (${RUNS_MONOTONE} runs each)`, () => {
  it("adding a red flag answered yes never makes the decision less severe", () => {
    fc.assert(
      fc.property(monoRow, rfKey, (row, key) => {
        expect(sev(screen({ ...row, [key]: "yes" } as OrderRow, noLists))).toBeGreaterThanOrEqual(
          sev(screen(row, noLists)),
        );
      }),
      { numRuns: RUNS_MONOTONE },
    );
  });

  it("adding an inform (written any way) never makes the decision less severe", () => {
    fc.assert(
      fc.property(monoRow, informForm, (row, inform) => {
        const before = screen({ ...row, meti_inform: "none" }, noLists);
        const after = screen({ ...row, meti_inform: inform }, noLists);
        expect(sev(after)).toBeGreaterThanOrEqual(sev(before));
      }),
      { numRuns: RUNS_MONOTONE },
    );
  });

  it("adding a known weapons use or an end-user weapons activity never makes the decision less severe", () => {
    fc.assert(
      fc.property(monoRow, weaponForm, fc.boolean(), (row, kind, use) => {
        const field = use ? "known_weapons_use" : "end_user_weapons_activity";
        const before = screen({ ...row, [field]: "none" } as OrderRow, noLists);
        const after = screen({ ...row, [field]: kind } as OrderRow, noLists);
        expect(sev(after)).toBeGreaterThanOrEqual(sev(before));
      }),
      { numRuns: RUNS_MONOTONE },
    );
  });
  it("adding an End User List match for the end user never makes the decision less severe", () => {
    fc.assert(
      fc.property(monoRow, (row) => {
        expect(sev(screen(row, listed))).toBeGreaterThanOrEqual(sev(screen(row, noLists)));
      }),
      { numRuns: RUNS_MONOTONE },
    );
  });

  it("a stricter country (Group A → general → UN arms embargo → North Korea) never makes the decision less severe", () => {
    fc.assert(
      fc.property(monoRow, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 3 }), (row, from, step) => {
        const to = Math.min(3, from + step);
        const before = screen({ ...row, ...at(from) }, noLists);
        const after = screen({ ...row, ...at(to) }, noLists);
        expect(sev(after)).toBeGreaterThanOrEqual(sev(before));
      }),
      { numRuns: RUNS_MONOTONE },
    );
  });
});
