/**
 * Presenter: toOutputColumns turns a result into the output columns, in Japanese or English, without
 * re-deciding anything.
 */
import { DECISIONS, OUTPUT_COLUMNS, decisionLabel, toOutputColumns, type ScreenResult } from "../../src/engine";
import { guidelineCell, presentResult } from "../../src/engine/present";
import { REASON_TITLES } from "../../src/engine/i18n/reasons";
import { FakePartyScreener, cleanRow, run } from "./helpers";

const HAS_JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe("toOutputColumns", () => {
  it("has exactly the issue's output columns, all strings", () => {
    expect([...OUTPUT_COLUMNS]).toEqual([
      "decision",
      "decision_label",
      "reasons",
      "explanation",
      "red_flags",
      "party_match_id",
      "party_match_name",
      "party_match_score",
      "guideline",
    ]);
    const cols = toOutputColumns(run(cleanRow()), "ja");
    expect(Object.keys(cols).sort()).toEqual([...OUTPUT_COLUMNS].sort());
    for (const v of Object.values(cols)) expect(typeof v).toBe("string");
  });

  it("decision labels use the brief's Japanese terms (§2.3: 許可申請要, 要確認, 申請不要) and English words", () => {
    expect(decisionLabel("LICENSE_REQUIRED", "ja")).toBe("許可申請要");
    expect(decisionLabel("REVIEW", "ja")).toBe("要確認");
    expect(decisionLabel("NO_LICENSE", "ja")).toBe("申請不要");
    expect(decisionLabel("PROHIBITED", "ja")).toMatch(/禁止/);
    for (const d of DECISIONS) {
      expect(decisionLabel(d, "ja")).toMatch(HAS_JAPANESE);
      expect(decisionLabel(d, "en")).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(new Set(DECISIONS.map((d) => decisionLabel(d, "en"))).size).toBe(4);
  });

  describe("a LICENSE_REQUIRED row with red flags and an End User List match", () => {
    // Lathe to Somalia, CW end user, rf02 answered yes, delivery date TBD, end user on the End User List.
    const fake = new FakePartyScreener([
      {
        name: "Mogadishu Machine Works",
        band: "HIT",
        entryId: "475",
        entryName: "MOGADISHU MACHINE WORKS",
        score: 0.964,
      },
      {
        name: "Mogadishu Machine Works",
        band: "REVIEW",
        entryId: "12",
        entryName: "Old alias entry",
        suppressed: { reviewer: "K. Sato", date: "2026-10-01", reason: "different entity" },
      },
    ]);
    let r: ScreenResult;
    beforeAll(() => {
      r = run(
        cleanRow({
          destination: "Somalia",
          consignee_country: "SO",
          end_user_country: "SO",
          end_user: "Mogadishu Machine Works",
          consignee: "Horn Trading",
          end_user_weapons_activity: "CW",
          rf02: "yes",
          delivery_date: "TBD",
        }),
        fake,
      );
    });

    it("decision and label in both languages", () => {
      expect(r.decision).toBe("LICENSE_REQUIRED");
      expect(toOutputColumns(r, "ja")).toMatchObject({ decision: "LICENSE_REQUIRED", decision_label: "許可申請要" });
      expect(toOutputColumns(r, "en")).toMatchObject({
        decision: "LICENSE_REQUIRED",
        decision_label: decisionLabel("LICENSE_REQUIRED", "en"),
      });
    });

    it("reasons: every reason code once, ';'-joined in order of first appearance, the same in both languages", () => {
      const expected = [...new Set(r.reasons.map((x) => x.code))].join(";");
      expect(toOutputColumns(r, "ja").reasons).toBe(expected);
      expect(toOutputColumns(r, "en").reasons).toBe(expected);
      expect(expected.split(";")).toEqual(
        expect.arrayContaining([
          "ARMS_EMBARGO_DEST",
          "SPECIFIED_ITEM_16_1",
          "EUL_MATCH",
          "CLEARLY_ROUTE_CLOSED",
          "RED_FLAGS",
        ]),
      );
    });

    it("red_flags lists the codes ';'-joined", () => {
      expect(toOutputColumns(r, "en").red_flags).toBe("RF02;RF08");
    });

    it("party columns show the active match only, with role and a two-decimal score", () => {
      const cols = toOutputColumns(r, "en");
      expect(cols.party_match_id).toBe("meti-eul#475");
      expect(cols.party_match_name).toBe("MOGADISHU MACHINE WORKS [end_user]");
      expect(cols.party_match_score).toBe("0.96");
    });

    it("the explanation is in the chosen language: decisive reasons with their citations, then red-flag evidence", () => {
      const ja = toOutputColumns(r, "ja").explanation;
      const en = toOutputColumns(r, "en").explanation;
      for (const reason of r.reasons.filter((x) => x.outcome === "LICENSE_REQUIRED")) {
        // Each reason's title and its text after the title (two reasons of one branch share one line).
        for (const [cell, lang] of [
          [ja, "ja"],
          [en, "en"],
        ] as const) {
          const title = REASON_TITLES[reason.code][lang];
          expect(cell).toContain(title);
          expect(cell).toContain(reason.text[lang].slice(title.length + 2));
          expect(cell).toContain(reason.citation[lang]);
        }
      }
      for (const f of r.redFlags) {
        expect(ja).toContain(`${f.code}: ${f.evidence.ja}`);
        expect(en).toContain(`${f.code}: ${f.evidence.en}`);
      }
      expect(ja).toMatch(HAS_JAPANESE);
      expect(en).toContain("closed");
      expect(ja).not.toContain(r.reasons[0].text.en);
    });

    it("two reasons of one flow branch (the same text and citation) are one line naming both titles", () => {
      for (const [lang, sep] of [
        ["en", " / "],
        ["ja", "／"],
      ] as const) {
        const byText = new Map<string, string[]>();
        for (const x of r.reasons) {
          const title = REASON_TITLES[x.code][lang];
          const body = `${x.text[lang].slice(title.length + 2)} [${x.citation[lang]}]`;
          byText.set(body, [...(byText.get(body) ?? []), title]);
        }
        const [body, titles] = [...byText.entries()].find(([, ts]) => ts.length > 1)!;
        const lines = toOutputColumns(r, lang).explanation.split("\n");
        expect(lines.filter((l) => l === `${titles.join(sep)}: ${body}`)).toHaveLength(1);
        expect(lines.filter((l) => l.endsWith(body))).toHaveLength(1);
      }
    });
  });

  it("a NO_LICENSE row: label, empty red-flag and party columns, explanation says why no licence is needed", () => {
    const r = run(cleanRow());
    const ja = toOutputColumns(r, "ja");
    const en = toOutputColumns(r, "en");
    expect(ja).toMatchObject({
      decision: "NO_LICENSE",
      decision_label: "申請不要",
      red_flags: "",
      party_match_id: "",
      party_match_name: "",
      party_match_score: "",
      guideline: "",
    });
    expect(en.decision_label).toBe(decisionLabel("NO_LICENSE", "en"));
    expect(ja.reasons.split(";")).toContain("NO_REQUIREMENT");
    expect(en.explanation).toMatch(/no licence is needed/i);
    expect(ja.explanation).toContain("許可は不要");
  });

  it("a PROHIBITED row says so in both languages", () => {
    const r = run(cleanRow({ destination: "北朝鮮", consignee_country: "", end_user_country: "" }));
    expect(toOutputColumns(r, "ja")).toMatchObject({ decision: "PROHIBITED", reasons: "KP_TOTAL_BAN" });
    expect(toOutputColumns(r, "ja").explanation).toContain("北朝鮮");
    expect(toOutputColumns(r, "en").explanation).toMatch(/North Korea/);
  });

  it("input notes reach the explanation in the chosen language", () => {
    const r = run(cleanRow({ rf03: "perhaps" }));
    expect(toOutputColumns(r, "en").explanation).toContain('rf03 "perhaps": this value is not understood');
    expect(toOutputColumns(r, "ja").explanation).toContain("rf03「perhaps」: この値を解釈できません");
  });

  it("does not change the result it presents", () => {
    const r = run(cleanRow({ rf02: "yes" }));
    const before = JSON.stringify(r);
    toOutputColumns(r, "ja");
    toOutputColumns(r, "en");
    expect(JSON.stringify(r)).toBe(before);
  });
});

describe("the 明らか guideline checklist in the output (issue 9 §1: the CLI output gains the checklist where the sheet has it)", () => {
  const eulUser = new FakePartyScreener([{ name: "Fake Listed Institute", band: "HIT", wmd: ["N"] }]);
  it("a sheet with mgNN columns: every item's state in the guideline column, the open items in the cell text", () => {
    const r = run(cleanRow({ mg01: "yes", mg02: "no", mg03: "" }));
    const cols = toOutputColumns(r, "en");
    const states = Object.fromEntries(cols.guideline.split(";").map((x) => x.split(":")));
    expect(Object.keys(states)).toHaveLength(20);
    expect(states.mg01).toBe("satisfied");
    expect(states.mg02).toBe("concern");
    expect(states.mg03).toBe("notChecked");
    const p = presentResult(r, "ja");
    expect(p.guideline.find((g) => g.id === "mg02")?.stateLabel).toBe("懸念あり");
    const cell = guidelineCell(p, "ja");
    expect(cell).toContain("② 懸念あり");
    expect(cell).not.toContain("① ");
  });

  it("a row with no mgNN column and no user prong: the guideline column stays blank", () => {
    const r = run(cleanRow());
    expect(r.guideline).toBeUndefined();
    expect(toOutputColumns(r, "en").guideline).toBe("");
    expect(guidelineCell(presentResult(r, "en"), "en")).toBe("");
  });

  it("a listed end user with no item answered: REVIEW, and the column says which items are not checked", () => {
    const r = run(cleanRow({ end_user: "Fake Listed Institute" }), eulUser);
    expect(r.decision).toBe("REVIEW");
    const cols = toOutputColumns(r, "en");
    expect(cols.reasons.split(";")).toContain("CLEARLY_CHECK_INCOMPLETE");
    expect(cols.guideline).toMatch(/mg01:notChecked/);
    expect(cols.guideline).toMatch(/mg17:notChecked/);
    // The explanation says what to do next: work through ①–⑳, or consult METI / apply for a licence.
    expect(cols.explanation).toMatch(/guideline items 1–20/);
    expect(cols.explanation).toMatch(/consult METI or apply for a licence/);
    const ja = toOutputColumns(r, "ja").explanation;
    expect(ja).toContain("①〜⑳");
    expect(ja).toContain("経済産業省に相談するか、許可を申請してください");
  });

  it("a documented WMD end user with no 明らか answer is REVIEW too, never cleared by red flags all answered no", () => {
    const rf = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`rf${String(i + 1).padStart(2, "0")}`, "no"]));
    const r = run(cleanRow({ end_user_weapons_activity: "WMD", ...rf }));
    expect(r.decision).toBe("REVIEW");
    expect(r.reasons.map((x) => x.code)).toContain("CLEARLY_CHECK_INCOMPLETE");
  });
});
