/**
 * The cache of the guideline items a result shows (rules/guidelineCache.ts) must give exactly what assessClearly
 * gives for every row, whatever rows came before: an input of the check missing from the key would show one row's
 * items on another. Checked on generated rows (cache kept across all of them) and on the law evaluation's rows
 * (whole results, cache on against cache off; with the End User List when ../shared has it).
 */
import fc from "fast-check";
import { createContext, screen, type OrderRow } from "../../src/engine";
import { normalizeRow } from "../../src/engine/normalize/row";
import { collectRedFlags } from "../../src/engine/redflags";
import { assessClearly } from "../../src/engine/rules/clearly";
import { guidelineItems, setGuidelineCache } from "../../src/engine/rules/guidelineCache";
import type { PartyMatch, PartyRole } from "../../src/engine/types";
import { buildEulRows, evalContext, loadWrittenSet, toOrderRow } from "../../bench/law-eval/evaluate";
import { FakePartyScreener, TODAY, cleanRow } from "./helpers";
import { describeWithShared } from "../helpers/shared";

const parties = new FakePartyScreener([
  { name: "Listed Entity Ltd", band: "HIT", cw: true, wmd: ["nuclear"] },
  { name: "Listed Plain Co", band: "HIT" },
  { name: "Possible Entity Ltd", band: "REVIEW" },
  { name: "Allowed Entity Ltd", band: "HIT", suppressed: { reviewer: "T", date: "2026-01-01", reason: "x" } },
]);
const opts = { highValueJpy: 10_000_000, today: TODAY };

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
/** A few whole answer sets (rows must repeat combinations, or the cache is never hit and the test proves nothing). */
const answers = (prefix: "mg" | "rf", n: number, fill: (i: number) => string | undefined) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`${prefix}${String(i + 1).padStart(2, "0")}`, fill(i)]).filter(
      ([, v]) => v !== undefined,
    ),
  );
const MG = [
  {},
  answers("mg", 20, () => "yes"),
  answers("mg", 20, (i) => (i === 4 ? "no" : "yes")),
  answers("mg", 20, (i) => (i < 10 ? "yes" : "")),
  answers("mg", 20, (i) => (i === 1 ? "maybe" : i === 15 ? "n/a" : "yes")),
];
const RF = [{}, answers("rf", 19, () => "no"), answers("rf", 19, (i) => (i === 2 ? "yes" : "no"))];
/** Values per field; rows vary every input of the guideline check: countries, HS class, parties, weapons facts. */
const POOL: Record<string, unknown[]> = {
  hs_code: ["8458.11", "3901.10", "8542.31", "8807.30", "9030", "abc", ""],
  destination: ["VN", "Somalia", "US", "China", "Sudan", "Atlantis", ""],
  consignee_country: ["VN", "SO", "US", "", "KP"],
  end_user_country: ["VN", "SO", "US", "", "IR"],
  end_user: ["Listed Entity Ltd", "Listed Plain Co", "Possible Entity Ltd", "Allowed Entity Ltd", "Saigon Parts", ""],
  consignee: ["Listed Entity Ltd", "Global Freight Logistics", "Saigon Parts", ""],
  known_weapons_use: ["none", "WMD", "CW", "", "maybe"],
  end_user_weapons_activity: ["none", "WMD", "CW", "unknown", ""],
  clearly_not_for_weapons: ["yes", "no", "", "済"],
  end_use: ["Turning bicycle hubs", "general purpose", ""],
  payment_terms: ["cash in advance", "L/C at sight"],
  order_value: [15_000_000, 1000],
  customer_since: ["2015-01-01", "new", ""],
  delivery_address: ["12 Nguyen Van Linh, HCMC", "P.O. Box 1, Dubai", ""],
  transit_countries: ["", "UAE", "Narnia"],
  mg: MG,
  rf: RF,
};
type Spec = Record<string, unknown>;
const spec: fc.Arbitrary<Spec> = fc.record(Object.fromEntries(Object.entries(POOL).map(([k, vs]) => [k, pick(...vs)])));
const orderOf = ({ mg, rf, ...r }: Spec): OrderRow =>
  cleanRow({ ...r, ...(mg as object), ...(rf as object) } as OrderRow);

function matchesOf(order: OrderRow): PartyMatch[] {
  const n = normalizeRow(order);
  const out: PartyMatch[] = [];
  for (const [name, role] of [
    [n.endUser, "end_user"],
    [n.consignee, "consignee"],
    [n.buyer, "buyer"],
  ] as Array<[string, PartyRole]>)
    if (name) out.push(...parties.screenParty(name, n.destination.iso2, role));
  return out;
}

describe("guideline items cache", () => {
  afterAll(() => setGuidelineCache(true));

  it("gives assessClearly's items for every generated row and each of its one-field neighbours, the cache kept across rows", () => {
    setGuidelineCache(true);
    let compared = 0;
    const check = (order: OrderRow) => {
      const n = normalizeRow(order);
      const m = matchesOf(order);
      const f = collectRedFlags(n, opts);
      for (const prong of ["CW", "WMD"] as const) {
        expect(guidelineItems(n, m, f, prong)).toEqual(assessClearly(n, m, f, prong).items);
        compared++;
      }
    };
    fc.assert(
      fc.property(spec, (s) => {
        check(orderOf(s));
        // Rows that differ in one field only are the ones a key missing that field would confuse.
        for (const [field, values] of Object.entries(POOL))
          for (const v of values) if (v !== s[field]) check(orderOf({ ...s, [field]: v }));
      }),
      { numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(5_000);
  });

  it("leaves every result of the law evaluation's written rows unchanged", () => {
    const ctx = createContext({ options: { today: TODAY } });
    const rows = loadWrittenSet().map(toOrderRow);
    setGuidelineCache(false);
    const off = rows.map((r) => screen(r, ctx));
    setGuidelineCache(true);
    const on = rows.map((r) => screen(r, ctx));
    expect(on.filter((r) => r.guideline).length).toBeGreaterThan(100);
    expect(on).toEqual(off);
  });

  describeWithShared(["meti-eul", "20250929_4.xlsx"], "with the End User List", () => {
    it("leaves every result unchanged, written rows and End User List rows", async () => {
      const ctx = await evalContext(true);
      const rows = [...loadWrittenSet(), ...buildEulRows()].map(toOrderRow);
      setGuidelineCache(false);
      const off = rows.map((r) => screen(r, ctx));
      setGuidelineCache(true);
      const on = rows.map((r) => screen(r, ctx));
      expect(on.filter((r) => r.guideline && r.partyMatches.length).length).toBeGreaterThan(50);
      expect(on).toEqual(off);
    });
  });
});
