/**
 * The per-text memos (util/textMemo.ts) of the text scans — findWord, findExact, findNear (redflags/match.ts), the
 * routing and declined-service scans (redflags/textFacts.ts) — must give what the scan gives, whatever texts came
 * before: checked on generated texts mixing vocabulary words, negations, places and noise (memo kept across all of
 * them, each text asked twice), and on the law evaluation's rows (whole results, memo on against memo off; with
 * the End User List when ../shared has it).
 */
import fc from "fast-check";
import { createContext, screen } from "../../src/engine";
import { findExact, findNear, findWord } from "../../src/engine/redflags/match";
import { declinedServiceIn, routeCountriesIn } from "../../src/engine/redflags/textFacts";
import {
  CASH_PAYMENT_WORDS,
  FORWARDER_WORDS,
  GENERIC_END_USE_NEAR,
  GENERIC_END_USE_PHRASES,
  MILITARY_ABBREVIATIONS,
  MILITARY_WORDS,
  REMOTE_ADDRESS_WORDS,
} from "../../src/engine/reference/vocabulary";
import { setTextMemo } from "../../src/engine/util/textMemo";
import { buildEulRows, evalContext, loadWrittenSet, toOrderRow } from "../../bench/law-eval/evaluate";
import { TODAY } from "./helpers";
import { describeWithShared } from "../helpers/shared";

const VOCABS = [CASH_PAYMENT_WORDS, FORWARDER_WORDS, GENERIC_END_USE_PHRASES, REMOTE_ADDRESS_WORDS, MILITARY_WORDS];
const pieces = fc.constantFrom(
  ...CASH_PAYMENT_WORDS.slice(0, 5),
  ...FORWARDER_WORDS.slice(0, 5),
  ...GENERIC_END_USE_PHRASES.slice(0, 5),
  ...REMOTE_ADDRESS_WORDS.slice(0, 5),
  ...MILITARY_WORDS.slice(0, 5),
  ...MILITARY_ABBREVIATIONS.slice(0, 3),
  "various industrial purposes",
  "via Dubai",
  "ドバイ経由",
  "経由地: シンガポール",
  "trans-ship at Jebel Ali",
  "installation not required",
  "据付不要",
  "no training needed",
  "not for",
  "Turning bicycle hubs",
  "",
  " ",
  "、",
);
const texts = fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 5 }).map((p) => p.join(" "));

function scans(text: string): unknown[] {
  return [
    ...VOCABS.map((v) => findWord(text, v)),
    findExact(text, MILITARY_ABBREVIATIONS),
    findNear(text, GENERIC_END_USE_NEAR),
    [...routeCountriesIn(text)],
    declinedServiceIn(text),
  ];
}

describe("per-text memos of the text scans", () => {
  afterAll(() => setTextMemo(true));

  it("give the scans' results for every generated text, asked twice, the memo kept across texts", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 20 }), (batch) => {
        setTextMemo(false);
        const off = batch.map(scans);
        setTextMemo(true);
        for (let pass = 0; pass < 2; pass++) expect(batch.map(scans)).toEqual(off);
        found += off.flat().filter((x) => x !== undefined && !(Array.isArray(x) && x.length === 0)).length;
      }),
      { numRuns: 300 },
    );
    expect(found).toBeGreaterThan(300); // the texts do contain words, places and refusals
  });

  it("freeze what they share: a routing result cannot be changed by a caller", () => {
    const r = routeCountriesIn("ドバイ経由");
    expect(r.length).toBeGreaterThan(0);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it("leave every result of the law evaluation's written rows unchanged", () => {
    const ctx = createContext({ options: { today: TODAY } });
    const rows = loadWrittenSet().map(toOrderRow);
    setTextMemo(false);
    const off = rows.map((r) => screen(r, ctx));
    setTextMemo(true);
    const on = rows.map((r) => screen(r, ctx));
    const again = rows.map((r) => screen(r, ctx));
    expect(on.filter((r) => r.redFlags.length > 0).length).toBeGreaterThan(100);
    expect(on).toEqual(off);
    expect(again).toEqual(off);
  });

  describeWithShared(["meti-eul", "20250929_4.xlsx"], "with the End User List", () => {
    it("leaves every result unchanged, written rows and End User List rows", async () => {
      const ctx = await evalContext(true);
      const rows = [...loadWrittenSet(), ...buildEulRows()].map(toOrderRow);
      setTextMemo(false);
      const off = rows.map((r) => screen(r, ctx));
      setTextMemo(true);
      const on = rows.map((r) => screen(r, ctx));
      expect(on).toEqual(off);
    });
  });
});
