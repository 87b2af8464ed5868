/**
 * The law-based evaluation (bench/law-eval/, `npm run eval:law`) as a guard: for the kinds listed in ASSERTED, no
 * row may come back NO_LICENSE where the law (as the set's `expected` column records it) does not allow it.
 *
 * Every kind of the set is asserted (2026-12-01: the last three, eul-address, eul-department and eul-alias, reached
 * zero with the party-cell reading of romanised Korean addresses, units before names and exact short acronyms).
 * A new kind joins ASSERTED once `npm run eval:law` shows it at zero.
 */
import * as fs from "fs";
import { stringify } from "csv-stringify/sync";
import { DECISIONS } from "../../src/engine";
import { buildSet, SET_COLUMNS } from "../../bench/law-eval/build-set";
import {
  buildEulRows,
  evalContext,
  loadWrittenSet,
  screenRows,
  SET_FILE,
  summarise,
  verdictOf,
} from "../../bench/law-eval/evaluate";
import { describeWithShared } from "../helpers/shared";

const ASSERTED = [
  "country-placeholder",
  "user-cw-figure3",
  "user-cw-16-2-general",
  "currency-cash-large",
  "excel-error",
  "unreadable",
  "out-of-scope-weapons-fact",
  "eul-abbrev",
  "clean-16-1-general",
  "clean-16-2-general",
  "clean-group-a",
  "clean-out-of-scope",
  "clean-forwarder-consignee",
  "clean-embargo-civil",
  "country-spelling-clean",
  "country-kp",
  "country-sanctioned",
  "country-embargo",
  "use-wmd",
  "use-cw",
  "use-cw-16-2-general",
  "group-a-weapons",
  "user-wmd",
  "user-cw",
  "user-unknown",
  "clearly-documented",
  "clearly-guideline",
  "clearly-closed-embargo",
  "clearly-guideline-contradicted",
  "clearly-guideline-unreadable",
  "clearly-guideline-embargo",
  "technology",
  "inform",
  "inform-none",
  "inform-unreadable",
  "group-a-diversion",
  "military-group-a",
  "embargo-user-cw",
  "embargo-resident",
  "embargo-military",
  "hs-16-1-cw-user",
  "hs-16-2-military",
  "hs-mangled",
  "hs-mangled-clean",
  "hs-invalid",
  "list-controlled",
  "list-noncontrolled",
  "list-unknown",
  "kp",
  "sanctions",
  "military-false-friend",
  "military-16-2-general",
  "currency-cash-small",
  "currency-credit-large",
  "currency-unknown",
  "eul-exact",
  "eul-figure3",
  "eul-consignee",
  "eul-group-a",
  "eul-clearly",
  "eul-upper",
  "eul-contact",
  "eul-guideline",
  "eul-guideline-contradicted",
  "military-name",
  "redflag-phrase",
  "eul-address",
  "eul-department",
  "eul-alias",
];

/** Kinds whose rows allow NO_LICENSE (clean orders, false friends, negations): a REVIEW there is a false alarm. */
const FALSE_ALARM_ASSERTED = [
  "clean-16-1-general",
  "clean-16-2-general",
  "clean-group-a",
  "clean-out-of-scope",
  "clean-forwarder-consignee",
  "clean-embargo-civil",
  "country-spelling-clean",
  "inform-none",
  "list-noncontrolled",
  "military-false-friend",
  "military-16-2-general",
  "currency-cash-small",
  "currency-credit-large",
  "hs-mangled-clean",
];

describe("law evaluation set (structure)", () => {
  const rows = loadWrittenSet();

  test("the committed CSV is what build-set.ts writes", () => {
    const expected = stringify(
      buildSet().map((r) => SET_COLUMNS.map((c) => r[c] ?? "")),
      { header: true, columns: SET_COLUMNS },
    );
    expect(fs.readFileSync(SET_FILE, "utf8")).toBe(expected);
  });

  test("at least 300 written rows, each with a kind, acceptable decisions and a reason", () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    for (const r of rows) {
      expect(r.kind).toMatch(/^[a-z0-9-]+$/);
      expect(r.why.length).toBeGreaterThan(10);
      const exp = r.expected.split("|");
      expect(exp.length).toBeGreaterThan(0);
      for (const d of exp) expect(DECISIONS).toContain(d);
    }
  });

  test("scoring: NO_LICENSE outside the set is a wrong NO_LICENSE, other misses are told apart", () => {
    expect(verdictOf(["REVIEW", "LICENSE_REQUIRED"], "NO_LICENSE")).toBe("wrong-no-licence");
    expect(verdictOf(["NO_LICENSE"], "REVIEW")).toBe("false-alarm");
    expect(verdictOf(["LICENSE_REQUIRED"], "REVIEW")).toBe("mismatch");
    expect(verdictOf(["NO_LICENSE", "REVIEW"], "REVIEW")).toBe("ok");
  });

  test("every asserted kind exists in the set or is generated from the list", () => {
    const kinds = new Set(rows.map((r) => r.kind));
    for (const k of ASSERTED) if (!k.startsWith("eul-")) expect(kinds).toContain(k);
  });
});

describeWithShared(["meti-eul", "20250929_4.xlsx"], "law evaluation: no wrong NO_LICENSE in the asserted kinds", () => {
  test("zero wrong NO_LICENSE per asserted kind (End User List loaded as the CLI does)", async () => {
    const ctx = await evalContext(true);
    const eulRows = buildEulRows();
    expect(eulRows.length).toBeGreaterThan(100);
    const outcomes = screenRows([...loadWrittenSet(), ...eulRows], ctx);
    const byKind = new Map(summarise(outcomes).map((s) => [s.kind, s]));
    const wrong = outcomes
      .filter((o) => ASSERTED.includes(o.row.kind) && o.verdict === "wrong-no-licence")
      .map((o) => `${o.row.order_id} [${o.row.kind}] ${o.result.reasons.map((r) => r.code).join(";")} — ${o.row.why}`);
    expect(wrong).toEqual([]);
    for (const k of ASSERTED) expect(byKind.get(k)?.rows ?? 0).toBeGreaterThan(0);
    // every kind the set and the list rows hold is asserted: a new kind cannot slip past the guard unnoticed
    expect([...byKind.keys()].filter((k) => !ASSERTED.includes(k))).toEqual([]);
    // False alarms (REVIEW or worse where the law allows NO_LICENSE) on the clean and false-friend kinds: none.
    const alarms = outcomes
      .filter((o) => FALSE_ALARM_ASSERTED.includes(o.row.kind) && o.verdict === "false-alarm")
      .map((o) => `${o.row.order_id} [${o.row.kind}] ${o.result.reasons.map((r) => r.code).join(";")} — ${o.row.why}`);
    expect(alarms).toEqual([]);
    for (const k of FALSE_ALARM_ASSERTED) expect(byKind.get(k)?.rows ?? 0).toBeGreaterThan(0);
  }, 180_000);
});
