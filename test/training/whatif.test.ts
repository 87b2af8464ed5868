/** What-if: one fact changed, the row screened again, decision / reasons / path compared. */
import { parseWhatIf, whatIf, WhatIfError } from "../../src/engine/whatif/whatIf";
import { whatIfText } from "../../src/engine/whatif/whatIfText";
import { screen } from "../../src/engine";
import { cleanRow, ctx } from "../engine/helpers";

describe("what-if", () => {
  const c = ctx();
  const row = cleanRow();

  test("the clean row is NO_LICENSE; a known CW use makes it a licence case, with the reason gained and the fork at CW_USE", () => {
    const w = whatIf(row, [parseWhatIf("known_weapons_use=CW")], c);
    expect(w.before.decision).toBe("NO_LICENSE");
    expect(w.after.decision).toBe("LICENSE_REQUIRED");
    expect(w.decisionChanged).toBe(true);
    expect(w.gained.map((r) => r.code)).toContain("CW_END_USE");
    expect(w.lost.map((r) => r.code)).toContain("NO_REQUIREMENT");
    expect(w.fork?.before[0]).toEqual({ nodeId: "CW_USE", answer: "no" });
    expect(w.fork?.after[0]).toEqual({ nodeId: "CW_USE", answer: "yes" });
  });

  test("with no list loaded the clean row is REVIEW (End User List not checked); list_match=none stands in for a checked list with nobody on it, other_list does not", () => {
    const none = ctx(null);
    const w = whatIf(row, [parseWhatIf("list_match=none")], none);
    expect(w.before.decision).toBe("REVIEW");
    expect(w.before.reasons.map((r) => r.code)).toContain("END_USER_LIST_NOT_CHECKED");
    expect(w.after.decision).toBe("NO_LICENSE");
    expect(w.lost.map((r) => r.code)).toContain("END_USER_LIST_NOT_CHECKED");
    expect(w.fork?.before[0]).toEqual({ nodeId: "EUL_CHECKED", answer: "no" });
    expect(w.fork?.after[0]).toEqual({ nodeId: "EUL_CHECKED", answer: "yes" });
    const text = whatIfText(w, "en");
    expect(text).toContain("EUL_CHECKED");
    const other = whatIf(row, [parseWhatIf("list_match=other_list")], none);
    expect(other.after.decision).toBe("REVIEW");
    expect(other.after.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["OTHER_LIST_MATCH", "END_USER_LIST_NOT_CHECKED"]),
    );
  });

  test("the row itself is not changed, and screening it again gives the result as read", () => {
    const copy = JSON.stringify(row);
    const w = whatIf(row, [parseWhatIf("destination=North Korea")], c);
    expect(JSON.stringify(row)).toBe(copy);
    expect(w.after.decision).toBe("PROHIBITED");
    expect(screen(row, c).decision).toBe(w.before.decision);
  });

  test("a list match that the names do not give: the end user on the End User List is never cleared (review until the guideline is checked); eul_possible is review", () => {
    // Issue 9: a listed end user with no 明らか guideline check is REVIEW (CLEARLY_CHECK_INCOMPLETE), never cleared.
    expect(whatIf(row, [parseWhatIf("list_match=eul")], c).after.decision).toBe("REVIEW");
    expect(whatIf(row, [parseWhatIf("list_match=eul_possible")], c).after.decision).toBe("REVIEW");
    expect(
      whatIf(row, [parseWhatIf("list_match=other_list")], c).after.path.find((s) => s.nodeId === "OTHER_LIST")?.answer,
    ).toBe("yes");
  });

  test("a change that moves nothing says so", () => {
    const w = whatIf(row, [parseWhatIf("item_description=another lathe")], c);
    expect(w.decisionChanged).toBe(false);
    expect(w.fork).toBeUndefined();
    expect(whatIfText(w, "en")).toContain("The path is the same.");
    expect(whatIfText(w, "ja")).toContain("経路は同じです");
  });

  test("a red-flag answer: rf07=yes gives review at RED_FLAGS", () => {
    const w = whatIf(row, [parseWhatIf("rf07=yes")], c);
    expect(w.after.decision).toBe("REVIEW");
    expect(w.gained.map((r) => r.code)).toContain("RED_FLAGS");
    expect(whatIfText(w, "en")).toContain("Decision: No licence → Review");
  });

  test("unknown fields and list_match values are refused in both languages", () => {
    expect(() => parseWhatIf("colour=red")).toThrow(WhatIfError);
    expect(() => parseWhatIf("list_match=maybe")).toThrow(/list_match takes/);
    try {
      parseWhatIf("destination");
    } catch (e) {
      expect((e as WhatIfError).text.ja).toContain("項目=値");
    }
  });
});
