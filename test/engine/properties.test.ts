/**
 * Property tests (fast-check) over arbitrary order rows: whatever a sheet holds — any string, unicode, emoji,
 * control characters, numbers (NaN, ±Infinity), booleans, Dates (also invalid ones), null, Excel error values,
 * cell objects, empty rows, 10,000-character cells — the engine returns a well-formed result, and the legal
 * invariants of the rules hold. Rows mix arbitrary cells with meaningful values per field so that the deep
 * branches of the flow are reached as well.
 */
import fc from "fast-check";
import {
  CANONICAL_FIELDS,
  createContext,
  screen,
  screenBatch,
  type CanonicalField,
  type OrderRow,
  type ScreenResult,
} from "../../src/engine";
import { FLOW } from "../../src/engine/rules/flow";
import { FakePartyScreener, SEVERITY, TODAY, allMg, cleanRow, codes, problems } from "./helpers";

const NUM_RUNS = 300;
const ctx = createContext({ options: { today: TODAY } });
const sev = (r: ScreenResult) => SEVERITY[r.decision];

// ---- cell values --------------------------------------------------------------------------------------------
const EXCEL_ERRORS = [
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#n/a",
  " #N/A ",
];
const controlChar = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));

const longCell = fc
  .string({ minLength: 1, maxLength: 12, unit: "grapheme" })
  .map((s) => s.repeat(Math.ceil(10_000 / s.length)).slice(0, 10_000));

const cellObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.string().map((s) => ({ text: s, hyperlink: "https://example.invalid" })),
  fc.string().map((s) => ({ formula: "A1", result: s })),
  fc.constantFrom<unknown>(
    {},
    [],
    { richText: [{ text: "Army" }] },
    { error: "#N/A" },
    { formula: "A1" },
    { result: null },
    { result: { result: "KP" } },
    Object.create(null),
  ),
  // two columns of one field that disagree (engine/headers.ts orderRowBuilderFor)
  fc
    .tuple(
      fc.constantFrom<unknown>("VN", "Somalia", "yes", "none", 8458.11),
      fc.constantFrom<unknown>("US", "no", "CW", ""),
    )
    .map(([a, b]) => ({ conflicting: [a, b] })),
);

const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: controlChar }),
  fc.constantFrom("🚀", "👨‍👩‍👧‍👦", "🇯🇵🇰🇵", "😀 Army 😀", "\u202eRTL override", "\ufeffBOM", "a\u0301", "ｶﾀｶﾅ", "\u3000"),
  fc.constantFrom(...EXCEL_ERRORS),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
  longCell,
  cellObject,
);

// ---- meaningful values per field, so that arbitrary rows also reach every part of the flow ----------------------
const COUNTRIES = [
  "VN",
  "Somalia",
  "ソマリア",
  "US",
  "ドイツ",
  "China",
  "RU",
  "IRN",
  "ベラルーシ",
  "Atlantis",
  "",
  "UAE",
  "Sudan",
  "Hong Kong",
  "KP",
  "北朝鮮",
];
const POOL: Partial<Record<CanonicalField, unknown[]>> = {
  hs_code: [
    "8458.11",
    "845811000",
    8458.11,
    "3901.10",
    "0402.10",
    "8542.90",
    "8542.31",
    "8807.30",
    "9030",
    "9030.20",
    "",
    "abc",
  ],
  list_control: ["該当", "非該当", "未判定", "", "controlled", "non-controlled", "該当（2項(1)）"],
  destination: COUNTRIES,
  consignee_country: COUNTRIES,
  end_user_country: COUNTRIES,
  consignee: ["Saigon Precision Parts", "Global Freight Logistics", "Ministry of Defence", "Listed Entity Ltd", ""],
  end_user: [
    "Saigon Precision Parts",
    "Army Engineering Depot",
    "国防部第三研究所",
    "Philippine National Police",
    "Speedy Cargo FZE",
    "Listed Entity Ltd",
    "Possible Entity Ltd",
    "",
  ],
  buyer: ["Deny Corp", "Ordinary Buyer KK", ""],
  end_use: ["Turning bicycle hubs", "N/A", "在庫", ""],
  transaction_type: ["goods", "technology", "技術提供", "", "service"],
  known_weapons_use: ["none", "WMD", "CW", "", "maybe"],
  end_user_weapons_activity: ["none", "WMD", "CW", "unknown", "不明", ""],
  meti_inform: ["none", "WMD", "CW", "", "pending"],
  clearly_not_for_weapons: ["yes", "no", "", "済"],
  payment_terms: ["cash in advance", "L/C at sight", "", "T/T from a third party in Dubai"],
  order_value: [15_000_000, "1,200万", 1000, ""],
  currency: ["JPY", "USD", "", "XYZ"],
  transit_countries: ["UAE, Kazakhstan", "Singapore", "", "Narnia"],
  delivery_date: ["2026-12-15", "TBD", "", 46371],
  delivery_address: ["12 Nguyen Van Linh, HCMC", "P.O. Box 1, Dubai", ""],
  customer_since: ["2015-01-01", "new", "2026-09-01", ""],
  service_declined: ["yes", "no", ""],
  remarks: ["", "", "Deliver to gate 3", "for missile guidance units", "軍事用途には使用しない"],
};
for (let i = 1; i <= 19; i++) POOL[`rf${String(i).padStart(2, "0")}` as CanonicalField] = ["yes", "no", "no", "no", ""];
for (let i = 1; i <= 20; i++)
  POOL[`mg${String(i).padStart(2, "0")}` as CanonicalField] = ["yes", "yes", "no", "", "n/a"];

const fieldValue = (f: CanonicalField): fc.Arbitrary<unknown> =>
  POOL[f]
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...POOL[f]!) }, { weight: 1, arbitrary: anyCell })
    : anyCell;

type Row = Record<string, unknown>;
const recordOf = (gen: (f: CanonicalField) => fc.Arbitrary<unknown>) =>
  fc.record(
    Object.fromEntries(CANONICAL_FIELDS.map((f) => [f, gen(f)])) as Record<CanonicalField, fc.Arbitrary<unknown>>,
    { requiredKeys: [] },
  ) as fc.Arbitrary<Row>;

/** Rows of meaningful values mixed with junk. */
const mixedRow = recordOf(fieldValue);
/** Rows of junk only, rows with foreign keys, and empty rows. */
const junkRow: fc.Arbitrary<Row> = fc.oneof(
  recordOf(() => anyCell),
  fc.dictionary(fc.string(), anyCell) as fc.Arbitrary<Row>,
  fc.constant({}),
);
/**
 * Rows close to real orders: one of a few clean base rows (see helpers.cleanRow) with up to four fields replaced by
 * pool values or junk. Without these, almost every generated row would already be REVIEW or worse, and the
 * monotonicity properties would rarely see a NO_LICENSE row to make worse.
 */
const BASES: Row[] = [
  cleanRow(),
  cleanRow({ end_user_weapons_activity: "CW" }),
  cleanRow({
    hs_code: "3901.10",
    destination: "Somalia",
    consignee_country: "SO",
    end_user_country: "SO",
    end_user_weapons_activity: "CW",
  }),
  cleanRow({ destination: "US", consignee_country: "US", end_user_country: "US" }),
  cleanRow({ hs_code: "8542.90", destination: "Thailand", consignee_country: "TH", end_user_country: "TH" }),
  // rows on which the 明らかガイドライン is in play, with every item answered yes (issue 9)
  cleanRow({ end_user_weapons_activity: "CW", ...allMg("yes") }),
  cleanRow({
    hs_code: "3901.10",
    destination: "Thailand",
    consignee_country: "TH",
    end_user_country: "TH",
    end_user_weapons_activity: "WMD",
    ...allMg("yes"),
  }),
  cleanRow({ end_user: "Listed NonCW Ltd", ...allMg("yes") }),
  cleanRow({
    hs_code: "3901.10",
    destination: "Somalia",
    consignee_country: "SO",
    end_user_country: "SO",
    end_user: "Listed NonCW Ltd",
    ...allMg("yes"),
  }),
  cleanRow({ end_user: "Listed NonCW Ltd", transit_countries: "UAE" }),
  cleanRow({ hs_code: "3901.10", end_user_weapons_activity: "CW", ...allMg("yes") }),
  cleanRow({
    destination: "US",
    consignee_country: "US",
    end_user_country: "US",
    end_user_weapons_activity: "CW",
    ...allMg("yes"),
  }),
  cleanRow({ end_user: "Listed NonCW Ltd", clearly_not_for_weapons: "yes" }),
  cleanRow({
    hs_code: "9030",
    destination: "Somalia",
    consignee_country: "SO",
    end_user_country: "SO",
    end_user: "Listed NonCW Ltd",
  }),
  cleanRow({
    hs_code: "3901.10",
    destination: "Thailand",
    consignee_country: "TH",
    end_user_country: "TH",
    end_user_weapons_activity: "WMD",
    clearly_not_for_weapons: "yes",
  }),
  // ⑰ロ: a CW-coded listed end user with 16項(1) goods or possibly so, on a general and on a Group A destination
  ...["8458.11", "9030", "8807.30", "abc"].flatMap((hs) => [
    cleanRow({ hs_code: hs, end_user: "Listed Entity Ltd", clearly_not_for_weapons: "yes" }),
    cleanRow({
      hs_code: hs,
      destination: "US",
      consignee_country: "US",
      end_user_country: "US",
      end_user: "Listed Entity Ltd",
      end_user_weapons_activity: "WMD",
      clearly_not_for_weapons: "yes",
    }),
  ]),
  cleanRow({ end_user: "Listed Entity Ltd", clearly_not_for_weapons: "yes", ...allMg("yes") }),
  cleanRow({
    destination: "US",
    consignee_country: "US",
    end_user_country: "US",
    end_user: "Listed Entity Ltd",
    end_user_weapons_activity: "WMD",
    clearly_not_for_weapons: "yes",
    ...allMg("yes"),
  }),
  cleanRow({
    destination: "US",
    consignee_country: "US",
    end_user_country: "US",
    end_user_weapons_activity: "WMD",
    transit_countries: "UAE",
  }),
  cleanRow({
    hs_code: "3901.10",
    destination: "Thailand",
    consignee_country: "TH",
    end_user_country: "TH",
    end_user_weapons_activity: "WMD",
    transit_countries: "UAE",
  }),
  cleanRow({ hs_code: "3901.10", end_user_weapons_activity: "CW", transit_countries: "UAE" }),
  cleanRow({ hs_code: "3901.10", end_user_weapons_activity: "CW", clearly_not_for_weapons: "yes" }),
  cleanRow({ end_user_weapons_activity: "CW", clearly_not_for_weapons: "yes" }),
  cleanRow({
    hs_code: "9030",
    destination: "Somalia",
    consignee_country: "SO",
    end_user_country: "SO",
    end_user_weapons_activity: "CW",
  }),
];
const nearCleanRow: fc.Arbitrary<Row> = fc
  .tuple(fc.constantFrom(...BASES), fc.uniqueArray(fc.constantFrom(...CANONICAL_FIELDS), { maxLength: 4 }))
  .chain(([base, fields]) =>
    fc
      .tuple(...fields.map((f) => fieldValue(f)))
      .map((vals) => ({ ...base, ...Object.fromEntries(fields.map((f, i) => [f, vals[i]])) })),
  );
const realisticRow = fc.oneof(nearCleanRow, mixedRow);
const anyRow = fc.oneof(
  { weight: 3, arbitrary: nearCleanRow },
  { weight: 1, arbitrary: mixedRow },
  { weight: 1, arbitrary: junkRow },
);

/** Party screener for the arbitrary rows: one End User List HIT, one possible match, one deny-list hit. */
const parties = new FakePartyScreener([
  { name: "Listed Entity Ltd", band: "HIT", cw: true, wmd: ["M"] },
  { name: "Listed NonCW Ltd", band: "HIT", cw: false, wmd: ["N"] },
  { name: "Possible Entity Ltd", band: "REVIEW" },
  { name: "Deny Corp", band: "HIT", listId: "own-deny", isEndUserList: false },
]);
const ctxParties = createContext({ parties, options: { today: TODAY } });

// ---- oracles ----------------------------------------------------------------------------------------------------
/** True when a value could be read as North Korea by any reasonable resolver (used to keep junk away from KP). */
function kpLike(v: unknown, depth = 0): boolean {
  if (depth > 4 || v === null || v === undefined) return false;
  if (typeof v === "string") {
    const letters = v
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}]/gu, "");
    return /kp|prk|korea|朝鮮|dprk/.test(letters);
  }
  if (typeof v === "object") return Object.values(v as object).some((x) => kpLike(x, depth + 1));
  return false;
}
const KP_FORMS = ["KP", "PRK", "North Korea", "北朝鮮", "ＫＰ", "DPRK", "朝鮮民主主義人民共和国"];
const NON_KP_COUNTRIES = [
  "VN",
  "Somalia",
  "US",
  "ドイツ",
  "China",
  "RU",
  "IRN",
  "Atlantis",
  "",
  "UAE",
  "韓国",
  "South Korea",
  "KR",
];
const GROUP_A_FORMS = ["US", "USA", "ドイツ", "英国", "韓国", "France", "ＡＵ", "CAN"];
const NON_A_FORMS = [
  "VN",
  "Somalia",
  "ソマリア",
  "China",
  "Thailand",
  "RU",
  "IRN",
  "ベラルーシ",
  "UAE",
  "Atlantis",
  "",
  "Sudan",
  "KP",
];
const IN_SCOPE_HS = [
  "8458.11",
  "845811000",
  8458.11,
  "3901.10",
  "8542.90",
  "8542.31",
  "8807.30",
  "9030",
  "9030.20",
  "",
  "abc",
  "7326.90",
  "9503.00",
];
const OUT_OF_SCOPE_HS = ["0402.10", "4407.11", "9403.60", "6109.10", "0101", "2403.11", "9701.10"];

/** A country cell labelled with whether it is North Korea. */
const countryCell: fc.Arbitrary<[unknown, boolean]> = fc.oneof(
  fc.constantFrom(...KP_FORMS).map((v) => [v, true] as [unknown, boolean]),
  fc.constantFrom(...NON_KP_COUNTRIES).map((v) => [v, false] as [unknown, boolean]),
  anyCell.filter((v) => !kpLike(v)).map((v) => [v, false] as [unknown, boolean]),
);

function check(r: ScreenResult, lists: Record<string, string> = {}): void {
  const p = problems(r, lists);
  if (p.length) throw new Error(p.join("; "));
}

describe("the generators", () => {
  it("reach all four decisions and every answer of every flow node (so the properties below are not vacuous)", () => {
    const decisions = new Set<string>();
    const seen = new Set<string>();
    // Some rows with no list loaded, and some with only the demo list, so that every branch of the End User List
    // node (checked, not checked, the demo list standing in) is reached too.
    const demo = createContext({
      parties: new FakePartyScreener([], { demo: "2025-10-01" }),
      options: { today: TODAY },
    });
    const contexts = [ctxParties, ctx, ctxParties, demo];
    let i = 0;
    for (const row of fc.sample(anyRow, { numRuns: 6000, seed: 20261101 })) {
      const r = screen(row as OrderRow, contexts[i++ % contexts.length]);
      decisions.add(r.decision);
      for (const st of r.path) seen.add(`${st.nodeId}:${st.answer}`);
    }
    expect([...decisions].sort()).toEqual(["LICENSE_REQUIRED", "NO_LICENSE", "PROHIBITED", "REVIEW"]);
    const missing = FLOW.nodes.flatMap((n) =>
      Object.keys(n.answers)
        .filter((a) => a !== "*" && !seen.has(`${n.id}:${a}`))
        .map((a) => `${n.id}:${a}`),
    );
    expect(missing).toEqual([]);
  });
});

// ---- properties ----------------------------------------------------------------------------------------------------
describe("robustness over arbitrary rows", () => {
  it("never throws and always returns a well-formed result (decision, versions, flow path, reasons with ja/en + citation)", () => {
    fc.assert(
      fc.property(anyRow, (row) => {
        check(screen(row as OrderRow, ctx));
        check(screen(row as OrderRow, ctxParties), { "meti-eul": "2025-09-29" });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("is deterministic, and screenBatch equals screening row by row", () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 8 }), (rows) => {
        const one = rows.map((r) => screen(r as OrderRow, ctxParties));
        const batch = screenBatch(rows as OrderRow[], ctxParties);
        expect(JSON.stringify(batch)).toBe(JSON.stringify(one));
      }),
      { numRuns: 100 },
    );
  });

  it("a row's result does not depend on the rows screened before it (the engine caches HS, country and date look-ups)", () => {
    fc.assert(
      fc.property(
        fc.array(anyRow, { minLength: 1, maxLength: 8 }).chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(
              rows.map((_, i) => i),
              { minLength: rows.length },
            ),
          ),
        ),
        ([rows, order]) => {
          const inOrder = screenBatch(rows as OrderRow[], ctxParties).map((r) => JSON.stringify(r));
          const shuffled = screenBatch(order.map((i) => rows[i]) as OrderRow[], ctxParties).map((r) =>
            JSON.stringify(r),
          );
          order.forEach((rowIndex, k) => expect(shuffled[k]).toBe(inOrder[rowIndex]));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("does not modify the row it is given", () => {
    fc.assert(
      fc.property(mixedRow, (row) => {
        const before = fc.stringify(row);
        screen(row as OrderRow, ctxParties);
        expect(fc.stringify(row)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it("a row of 10,000-character cells in every field gets a result", () => {
    fc.assert(
      fc.property(longCell, (s) => {
        const row = Object.fromEntries(CANONICAL_FIELDS.map((f) => [f, s]));
        check(screen(row as OrderRow, ctxParties), { "meti-eul": "2025-09-29" });
      }),
      { numRuns: 20 },
    );
  });
});

describe("legal invariants", () => {
  it("PROHIBITED if and only if North Korea is the destination or a party country (輸出令2条1項1号の2)", () => {
    fc.assert(
      fc.property(realisticRow, countryCell, countryCell, countryCell, (row, [dest, dKp], [cons, cKp], [eu, eKp]) => {
        const r = screen(
          { ...row, destination: dest, consignee_country: cons, end_user_country: eu } as OrderRow,
          ctxParties,
        );
        expect(r.decision === "PROHIBITED").toBe(dKp || cKp || eKp);
        if (r.decision === "PROHIBITED") expect(codes(r)).toContain("KP_TOTAL_BAN");
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("with no End User List loaded (no list, or an SDN / own list only), a row whose path asks the end-user prong is never NO_LICENSE, and carries END_USER_LIST_NOT_CHECKED; with the list the reason never appears", () => {
    const ownOnly = createContext({
      parties: new FakePartyScreener([], { "ofac-sdn": "2026-01-01", own: "1" }),
      options: { today: TODAY },
    });
    let asked = 0;
    fc.assert(
      fc.property(anyRow, (row) => {
        for (const c of [ctx, ownOnly]) {
          const r = screen(row as OrderRow, c);
          const askedHere = r.path.some((s) => s.nodeId === "WMD_USER");
          expect(askedHere).toBe(r.path.some((s) => s.nodeId === "EUL_CHECKED"));
          if (!askedHere) continue;
          asked++;
          expect(r.decision).not.toBe("NO_LICENSE");
          expect(codes(r)).toContain("END_USER_LIST_NOT_CHECKED");
        }
        expect(codes(screen(row as OrderRow, ctxParties))).not.toContain("END_USER_LIST_NOT_CHECKED");
      }),
      { numRuns: NUM_RUNS },
    );
    expect(asked).toBeGreaterThan(NUM_RUNS / 4);
  });

  it("a list-controlled item is never NO_LICENSE (LICENSE_REQUIRED, or PROHIBITED for North Korea)", () => {
    fc.assert(
      fc.property(
        realisticRow,
        fc.constantFrom("該当", "controlled", "Controlled", "該当（3項(1)）", "リスト規制該当", "２項"),
        (row, lc) => {
          const r = screen({ ...row, list_control: lc } as OrderRow, ctxParties);
          expect(["LICENSE_REQUIRED", "PROHIBITED"]).toContain(r.decision);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("known WMD use on a non-Group-A row within 16項 scope → LICENSE_REQUIRED or PROHIBITED (4条1項3号イ/4号イ, no 明らか exception)", () => {
    fc.assert(
      fc.property(realisticRow, fc.constantFrom(...NON_A_FORMS), fc.constantFrom(...IN_SCOPE_HS), (row, dest, hs) => {
        const r = screen({ ...row, destination: dest, hs_code: hs, known_weapons_use: "WMD" } as OrderRow, ctxParties);
        expect(["LICENSE_REQUIRED", "PROHIBITED"]).toContain(r.decision);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("documented WMD end-user activity with 明らか not established on a non-Group-A in-scope row is never NO_LICENSE; judged not clear (clearly=no) → LICENSE_REQUIRED or PROHIBITED", () => {
    fc.assert(
      fc.property(
        realisticRow,
        fc.constantFrom(...NON_A_FORMS),
        fc.constantFrom(...IN_SCOPE_HS),
        fc.constantFrom("", "no", null),
        (row, dest, hs, clearly) => {
          const r = screen(
            {
              ...row,
              destination: dest,
              hs_code: hs,
              end_user_weapons_activity: "WMD",
              clearly_not_for_weapons: clearly,
              mg01: "", // the guideline check is not complete
            } as OrderRow,
            ctxParties,
          );
          if (clearly === "no") expect(["LICENSE_REQUIRED", "PROHIBITED"]).toContain(r.decision);
          else expect(r.decision).not.toBe("NO_LICENSE");
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("a METI inform on any in-scope row, Group A included → LICENSE_REQUIRED or PROHIBITED (4条1項ロ・ニ, 4条2項3号)", () => {
    fc.assert(
      fc.property(
        realisticRow,
        fc.constantFrom(...NON_A_FORMS, ...GROUP_A_FORMS),
        fc.constantFrom(...IN_SCOPE_HS),
        fc.constantFrom("WMD", "CW", "通常兵器", "大量破壊兵器"),
        (row, dest, hs, inform) => {
          const r = screen({ ...row, destination: dest, hs_code: hs, meti_inform: inform } as OrderRow, ctxParties);
          expect(["LICENSE_REQUIRED", "PROHIBITED"]).toContain(r.decision);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("Group A without inform and without list control is never LICENSE_REQUIRED (no objective requirement, 4条2項)", () => {
    fc.assert(
      fc.property(
        realisticRow,
        fc.constantFrom(...GROUP_A_FORMS),
        fc.constantFrom("非該当", "", "未判定"),
        fc.constantFrom("none", "", null),
        (row, dest, lc, inform) => {
          const r = screen(
            { ...row, destination: dest, list_control: lc, meti_inform: inform } as OrderRow,
            ctxParties,
          );
          expect(r.decision).not.toBe("LICENSE_REQUIRED");
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("an out-of-scope HS chapter that is not list-controlled is never LICENSE_REQUIRED (16項 excludes food, wood …)", () => {
    fc.assert(
      fc.property(
        realisticRow,
        fc.constantFrom(...OUT_OF_SCOPE_HS),
        fc.constantFrom("非該当", "", "未判定"),
        (row, hs, lc) => {
          const r = screen({ ...row, hs_code: hs, list_control: lc } as OrderRow, ctxParties);
          expect(r.decision).not.toBe("LICENSE_REQUIRED");
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("monotonicity", () => {
  const rfKey = fc.integer({ min: 1, max: 19 }).map((i) => `rf${String(i).padStart(2, "0")}`);

  it("answering one more red flag 'yes' never makes the decision less severe", () => {
    fc.assert(
      fc.property(anyRow, rfKey, (row, key) => {
        const before = screen(row as OrderRow, ctxParties);
        const after = screen({ ...row, [key]: "yes" } as OrderRow, ctxParties);
        expect(sev(after)).toBeGreaterThanOrEqual(sev(before));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("a documented 明らか judgement never makes the decision more severe (the exception only lifts the user prongs)", () => {
    fc.assert(
      fc.property(anyRow, (row) => {
        const without = screen({ ...row, clearly_not_for_weapons: "" } as OrderRow, ctxParties);
        const withIt = screen({ ...row, clearly_not_for_weapons: "yes" } as OrderRow, ctxParties);
        expect(sev(withIt)).toBeLessThanOrEqual(sev(without));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("an explicit 'unknown' end-user activity is never less severe than a blank one", () => {
    fc.assert(
      fc.property(anyRow, (row) => {
        const blank = screen({ ...row, end_user_weapons_activity: "" } as OrderRow, ctxParties);
        const unknown = screen({ ...row, end_user_weapons_activity: "unknown" } as OrderRow, ctxParties);
        expect(sev(unknown)).toBeGreaterThanOrEqual(sev(blank));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("known CW use is never less severe than no known use (CW 用途要件 has no exception)", () => {
    fc.assert(
      fc.property(anyRow, (row) => {
        const none = screen({ ...row, known_weapons_use: "none" } as OrderRow, ctxParties);
        const cw = screen({ ...row, known_weapons_use: "CW" } as OrderRow, ctxParties);
        expect(sev(cw)).toBeGreaterThanOrEqual(sev(none));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("marking a row as a technology transfer never makes it less severe", () => {
    fc.assert(
      fc.property(anyRow, (row) => {
        const goods = screen({ ...row, transaction_type: "goods" } as OrderRow, ctxParties);
        const tech = screen({ ...row, transaction_type: "technology" } as OrderRow, ctxParties);
        expect(sev(tech)).toBeGreaterThanOrEqual(sev(goods));
        expect(tech.decision === "PROHIBITED" || codes(tech).includes("TECH_TRANSFER")).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("how a value is written does not change the result", () => {
  const essence = (r: ScreenResult) => ({
    decision: r.decision,
    reasons: codes(r),
    path: r.path,
    flags: r.redFlags.map((f) => f.code),
  });
  const toFullWidth = (s: string) =>
    s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
  const poolRow = recordOf((f) => (POOL[f] ? fc.constantFrom(...POOL[f]!) : fc.constant("")));

  it("full-width letters and digits (as typed with a Japanese IME) give the same decision, reasons, path and flags", () => {
    fc.assert(
      fc.property(poolRow, (row) => {
        const wide = Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? toFullWidth(v) : v]),
        );
        expect(essence(screen(wide as OrderRow, ctxParties))).toEqual(essence(screen(row as OrderRow, ctxParties)));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("invisible control characters pasted into cells give the same decision, reasons, path and flags", () => {
    const strayChars = fc.array(fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f"), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(poolRow, strayChars, fc.nat(), (row, junk, pos) => {
        const dirty = Object.fromEntries(
          Object.entries(row).map(([k, v]) => {
            if (typeof v !== "string") return [k, v];
            const at = v.length ? pos % (v.length + 1) : 0;
            return [k, v.slice(0, at) + junk.join("") + v.slice(at)];
          }),
        );
        expect(essence(screen(dirty as OrderRow, ctxParties))).toEqual(essence(screen(row as OrderRow, ctxParties)));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
