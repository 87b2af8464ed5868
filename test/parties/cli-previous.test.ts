import { compareWithPrevious } from "../../src/cli/previous";

const row = (order_id: string, decision: string, party_match_id = "") => ({
  order_id,
  decision,
  party_match_id,
  destination: "CN",
});

describe("compareWithPrevious (--previous FILE)", () => {
  test("lists rows whose decision or party match changed, and only those", () => {
    const before = [
      row("A1", "NO_LICENSE"),
      row("A2", "REVIEW", "meti-eul#475"),
      row("A3", "LICENSE_REQUIRED", "meti-eul#1;meti-eul#2"),
      row("A4", "NO_LICENSE"),
    ];
    const after = [
      row("A1", "REVIEW", "meti-eul#900"),
      row("A2", "REVIEW", "meti-eul#475"),
      row("A3", "LICENSE_REQUIRED", "meti-eul#2; meti-eul#1"),
      row("A4", "NO_LICENSE", "demo#D001"),
    ];
    expect(compareWithPrevious(before, after)).toEqual([
      {
        key: "A1",
        before: { decision: "NO_LICENSE", party_match_id: "" },
        after: { decision: "REVIEW", party_match_id: "meti-eul#900" },
      },
      {
        key: "A4",
        before: { decision: "NO_LICENSE", party_match_id: "" },
        after: { decision: "NO_LICENSE", party_match_id: "demo#D001" },
      },
    ]);
  });
  test("rows only in one of the files are reported", () => {
    const r = compareWithPrevious(
      [row("A1", "REVIEW"), row("GONE", "REVIEW")],
      [row("A1", "REVIEW"), row("NEW", "NO_LICENSE")],
    );
    expect(r).toEqual([
      {
        key: "NEW",
        before: { decision: "", party_match_id: "" },
        after: { decision: "NO_LICENSE", party_match_id: "" },
      },
      { key: "GONE", before: { decision: "REVIEW", party_match_id: "" }, after: { decision: "", party_match_id: "" } },
    ]);
  });
  test("rows without a key are paired by row number; repeated keys by occurrence; another key field", () => {
    const r = compareWithPrevious(
      [{ decision: "REVIEW" }, { ref: "X", decision: "REVIEW" }, { ref: "X", decision: "REVIEW" }],
      [{ decision: "NO_LICENSE" }, { ref: "X", decision: "REVIEW" }, { ref: "X", decision: "PROHIBITED" }],
      "ref",
    );
    expect(r.map((c) => [c.key, c.before.decision, c.after.decision])).toEqual([
      ["#1", "REVIEW", "NO_LICENSE"],
      ["X#2", "REVIEW", "PROHIBITED"],
    ]);
  });
  test("identical files: nothing to report", () => {
    const rows = [row("A1", "REVIEW", "meti-eul#5")];
    expect(compareWithPrevious(rows, rows)).toEqual([]);
  });
});
