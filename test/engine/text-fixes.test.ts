/**
 * Wording the pane and the sheet show: item numbers keep their brackets, the English flow and labels carry no
 * Japanese, the Japanese labels no internal codes.
 */
import { parseListControl } from "../../src/engine/normalize/values";
import { FLOW } from "../../src/engine/rules/flow";
import { ANSWER_LABELS, answerLabel } from "../../src/engine/i18n/answers";
import { REASON_TITLES } from "../../src/engine/i18n/reasons";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test("a list-control item number keeps its brackets: 2項(12), 3の2項(1); only brackets around the whole go", () => {
  expect(parseListControl("該当 2項(12)")).toMatchObject({ value: "controlled", item: "2項(12)" });
  expect(parseListControl("該当: 3の2項(1)")).toMatchObject({ value: "controlled", item: "3の2項(1)" });
  expect(parseListControl("該当（2項(12)）")).toMatchObject({ value: "controlled", item: "2項(12)" });
  expect(parseListControl("controlled (2)")).toMatchObject({ value: "controlled", item: "2" });
  expect(parseListControl("controlled 2(12)")).toMatchObject({ value: "controlled", item: "2(12)" });
});

test("the English decision flow (labels, questions, citations, answers) has no Japanese left", () => {
  for (const n of FLOW.nodes) {
    for (const k of ["label", "question", "citation"] as const)
      expect({ node: n.id, k, text: n[k].en, ja: JAPANESE.test(n[k].en) }).toMatchObject({ ja: false });
    for (const a of Object.keys(n.answers)) expect(JAPANESE.test(answerLabel(a, "en"))).toBe(false);
  }
  for (const [code, t] of Object.entries(REASON_TITLES))
    expect({ code, ja: JAPANESE.test(t.en) }).toEqual({ code, ja: false });
  for (const [a, t] of Object.entries(ANSWER_LABELS)) expect({ a, ja: JAPANESE.test(t.en) }).toEqual({ a, ja: false });
});

test("Japanese answer labels name things, not internal codes (通常兵器, not CW)", () => {
  expect(answerLabel("CW", "ja")).toBe("通常兵器");
  expect(answerLabel("WMD", "ja")).toBe("大量破壊兵器");
  for (const [a, t] of Object.entries(ANSWER_LABELS))
    expect({ a, code: /^(CW|WMD|EUL|S1|S2|OUT|INVALID)$/.test(t.ja) }).toEqual({ a, code: false });
});
