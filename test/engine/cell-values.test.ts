/**
 * NO_LICENSE must be earned: a cell that holds a word INSTEAD of a value (reference/data/cell-value-words.json) is
 * never read as the value. Per class:
 *  - a tentative classification (非該当見込み, "non-controlled (provisional)") is not 非該当; 一部該当 is 該当;
 *  - a party written as a word for unknown (不明, TBD, ?), as formula text or as a ditto mark is not a party name that
 *    matched nothing: the row is REVIEW and says what to do; "none" words read as a blank;
 *  - check marks in the inform column (○ ✓ レ 済, "Informed by METI") are an inform, × ✗ are none;
 *  - one-character weapons kinds (核, 生物, 化学) are weapons uses;
 *  - a blank delivery address is not red flag 8, an undecided one (TBD, 未定) is.
 */
import words from "../../src/engine/reference/data/cell-value-words.json";
import eras from "../../src/engine/reference/data/japanese-eras.json";
import { parseInform, parseListControl, parseWeapons } from "../../src/engine/normalize/values";
import { cellWord } from "../../src/engine/normalize/cellWords";
import { normalizeRow } from "../../src/engine/normalize/row";
import type { OrderRow, ScreenResult } from "../../src/engine";
import { FakePartyScreener, cleanRow, codes, expectWellFormed, flagCodes, run } from "./helpers";

const flat = (o: Record<string, string[]>) => Object.values(o).flat();
const problemFields = (row: OrderRow) => normalizeRow(row).inputProblems.map((p) => p.field);
const notCleared = (r: ScreenResult) => expect(r.decision).not.toBe("NO_LICENSE");

describe("the tables", () => {
  test("every list carries its source and the file its as-of date", () => {
    expect(words.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const [name, part] of Object.entries(words))
      if (typeof part === "object")
        expect([name, (part as { source?: string }).source?.length ?? 0]).not.toEqual([name, 0]);
    expect(eras.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const e of eras.eras) expect(e.source).toMatch(/政令|詔書/);
  });
});

describe("control rows (so that every test below can fail)", () => {
  test("the clean row is NO_LICENSE", () => {
    const r = run(cleanRow());
    expectWellFormed(r);
    expect(r.decision).toBe("NO_LICENSE");
  });
});

describe("list control: a tentative 非該当 is not a classification", () => {
  const hedged = [
    "非該当(見込)",
    "非該当 予定",
    "非該当（暫定判定）",
    "非該当 ?",
    "非該当と思います",
    "非該当（要確認）",
    "非該当の可能性が高い",
    "非該当（確認中）",
    "非該当 ※再確認中",
    "非該当（推定）",
    "たぶん非該当",
    "non-controlled - provisional",
    "non-controlled, pending final classification",
    "Non-controlled (preliminary)",
    "non-controlled (expected)",
    "non-controlled (not final)",
    "likely non-controlled",
    "非該当（暂定）",
  ];
  test.each(hedged)("%s → unknown, unreadable with the qualifier named, REVIEW", (cell) => {
    const lc = parseListControl(cell);
    expect(lc.value).toBe("unknown");
    expect(lc.tentative).toBeTruthy();
    const n = normalizeRow(cleanRow({ list_control: cell }));
    const p = n.inputProblems.find((x) => x.field === "list_control");
    expect(p?.why.ja).toContain(lc.tentative);
    expect(p?.why.en).toMatch(/not final/);
    const r = run(cleanRow({ list_control: cell }));
    expectWellFormed(r);
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("INPUT_UNREADABLE");
  });

  test.each([
    "非該当",
    "非該当（判定書 No.2024-117）",
    "非該当（2025-06-01 判定）",
    "非該当(16項該当)",
    "non-controlled",
  ])("%s stays non-controlled (a source or date is not a qualifier)", (cell) => {
    expect(parseListControl(cell).value).toBe("non-controlled");
    expect(run(cleanRow({ list_control: cell })).decision).toBe("NO_LICENSE");
  });

  test.each([
    ["一部該当", undefined],
    ["部分該当（4項）", "4項"],
    ["一部該当: 2項(12)", "2項(12)"],
    ["partly controlled", undefined],
    ["別表第一 2項(12) 該当", "2項(12)"],
    ["輸出貿易管理令別表第1 3の2項(1) 該当", "3の2項(1)"],
    ["輸出令別表第一 6項(2)", "6項(2)"],
  ])("%s → controlled (item %s) → LICENSE_REQUIRED", (cell, item) => {
    const lc = parseListControl(cell);
    expect(lc.value).toBe("controlled");
    expect(lc.item).toBe(item);
    const r = run(cleanRow({ list_control: cell }));
    expect(r.decision).toBe("LICENSE_REQUIRED");
    expect(codes(r)).toContain("LIST_CONTROLLED");
  });

  test("a tentative 該当 is not a final 該当 either (unknown, REVIEW)", () => {
    expect(parseListControl("該当見込み").value).toBe("unknown");
    expect(run(cleanRow({ list_control: "該当見込み" })).decision).not.toBe("NO_LICENSE");
  });
});

describe("parties written as a word instead of a name", () => {
  const unknownWords = flat(words.party_unknown.whole_cell);
  test(`every 'unknown' word of the table (${unknownWords.length}) is read as unknown, not as a name`, () => {
    const misread = unknownWords.filter((w) => cellWord(w) !== "unknown");
    expect(misread).toEqual([]);
  });

  test.each(["不明", "?", "TBD", "unknown", "未定", "確認中", "To be advised", "待定", "미정", "desconocido", "???"])(
    "end user and consignee %s → REVIEW, not screened against the lists",
    (w) => {
      const parties = new FakePartyScreener([{ name: w, band: "HIT" }]);
      const r = run(cleanRow({ end_user: w, consignee: w }), parties);
      expectWellFormed(r, { "meti-eul": "2025-09-29" });
      expect(r.decision).toBe("REVIEW");
      expect(parties.calls.map((c) => c.name)).not.toContain(w);
      expect(problemFields(cleanRow({ end_user: w, consignee: w }))).toEqual(
        expect.arrayContaining(["end_user", "consignee"]),
      );
      const why = normalizeRow(cleanRow({ end_user: w })).inputProblems.find((p) => p.field === "end_user")?.why;
      expect(why?.ja).toMatch(/正式名称を記入/);
      expect(why?.en).toMatch(/write its full name/);
    },
  );

  test.each([
    "=VLOOKUP(B2,Customers!A:D,4,FALSE)",
    "=A12",
    "=Sheet2!C4",
    "='顧客一覧'!B3",
    '=IFERROR(INDEX(顧客!C:C,MATCH(A2,顧客!A:A,0)),"")',
    "＝VLOOKUP(A9,顧客!A:C,3,0)",
  ])("formula text %s is unreadable in any decision field", (f) => {
    for (const field of ["end_user", "consignee", "meti_inform", "known_weapons_use", "end_use"] as const) {
      const row = cleanRow({ [field]: f });
      expect(problemFields(row)).toContain(field);
      notCleared(run(row));
    }
    const p = normalizeRow(cleanRow({ end_user: f })).inputProblems.find((x) => x.field === "end_user");
    expect(p?.why.en).toMatch(/formula text/);
  });

  test("text that merely starts with = but is not a formula stays text", () => {
    expect(cellWord("=> see purchase order")).toBeUndefined();
    expect(run(cleanRow({ remarks: "= as agreed in the contract" })).decision).toBe("NO_LICENSE");
  });

  test.each(["N/A", "-", "なし", "none", "—", "該当なし"])(
    "consignee %s (no separate consignee) reads as a blank, not as a name",
    (w) => {
      const parties = new FakePartyScreener([{ name: w, band: "HIT" }]);
      const r = run(cleanRow({ consignee: w }), parties);
      expect(r.decision).toBe("NO_LICENSE");
      expect(parties.calls.map((c) => c.name)).not.toContain(w);
    },
  );

  test("an end user written as none is no end user (red flag 1, REVIEW)", () => {
    const r = run(cleanRow({ end_user: "N/A" }));
    expect(r.decision).toBe("REVIEW");
    expect(flagCodes(r)).toContain("RF01");
  });

  test.each([
    "TBD Engineering Sdn Bhd",
    "Unknown Worlds Trading Co.",
    "Same Deutz-Fahr Italia S.p.A.",
    "Do Thanh Co., Ltd.",
  ])("a real name containing such a word (%s) is a name", (name) => {
    expect(cellWord(name)).toBeUndefined();
    expect(run(cleanRow({ end_user: name, consignee: name })).decision).toBe("NO_LICENSE");
  });
});

describe("ditto marks: never a clean name", () => {
  const LISTED = "Example Ordnance Factory";
  const parties = () => new FakePartyScreener([{ name: LISTED, band: "HIT", cw: true }]);
  test(`every ditto form of the table (${words.ditto.whole_cell.length}) is a ditto mark`, () => {
    expect(words.ditto.whole_cell.filter((w) => cellWord(w) !== "ditto")).toEqual([]);
    for (const w of ["〃〃〃", "〃 〃", "″″", '""', "ditto.", "Do.", "SAME AS ABOVE", "同上（同じ）"])
      expect(cellWord(w)).toBe("ditto");
  });

  test.each([
    "〃",
    "同上",
    "同左",
    "上記と同じ",
    "same as above",
    "ditto",
    "do.",
    "″",
    '"',
    "仝",
    "상동",
    "dto.",
    "idem",
  ])(
    "%s under a listed party: the party above is listed, the ditto row is REVIEW (write the name out), never NO_LICENSE",
    (mark) => {
      const above = run(cleanRow({ end_user: LISTED, consignee: LISTED }), parties());
      expect(["LICENSE_REQUIRED", "REVIEW"]).toContain(above.decision);
      expect(above.partyMatches.length).toBeGreaterThan(0);
      const p = parties();
      const r = run(cleanRow({ end_user: mark, consignee: mark, end_use: mark }), p);
      expectWellFormed(r, { "meti-eul": "2025-09-29" });
      expect(r.decision).toBe("REVIEW");
      expect(p.calls).toEqual([]);
      const why = normalizeRow(cleanRow({ end_user: mark })).inputProblems.find((x) => x.field === "end_user")?.why;
      expect(why?.ja).toMatch(/省略せずに記入/);
      expect(why?.en).toMatch(/write the value out/);
    },
  );

  test.each(["end_use", "item_description", "delivery_address", "payment_terms", "remarks"] as const)(
    "a ditto mark in %s is unreadable",
    (field) => {
      expect(problemFields(cleanRow({ [field]: "同上" }))).toContain(field);
      expect(run(cleanRow({ [field]: "〃" })).decision).toBe("REVIEW");
    },
  );
});

describe("METI inform marks", () => {
  const received = run(cleanRow({ meti_inform: "received" })).decision;
  const none = run(cleanRow({ meti_inform: "none" })).decision;
  test("control: an inform changes the decision of the clean row", () => {
    expect(received).toBe("LICENSE_REQUIRED");
    expect(none).toBe("NO_LICENSE");
  });
  test.each([
    ...words.inform_marks.yes,
    "Informed by METI",
    "informed (METI)",
    "経産省より通知あり",
    "経済産業省から通知受領",
    "Yes - informed by METI",
    "あり：受領済",
  ])("%s → an inform (LICENSE_REQUIRED)", (v) => {
    expect(parseInform(v)).toBe("received");
    expect(run(cleanRow({ meti_inform: v })).decision).toBe(received);
  });
  test.each([...words.inform_marks.no, "なし", "無"])("%s → no inform", (v) => {
    expect(parseInform(v)).toBe("none");
    expect(run(cleanRow({ meti_inform: v })).decision).toBe(none);
  });
  test.each(["METI", "経産省", "maybe", "?", "要確認"])("%s says nothing about an inform → unreadable", (v) => {
    expect(parseInform(v)).toBe("invalid");
    expect(run(cleanRow({ meti_inform: v })).decision).toBe("REVIEW");
  });
});

describe("weapons-use kinds written in one character", () => {
  test.each([
    ["核", "WMD"],
    ["生物", "WMD"],
    ["化学", "WMD"],
    ["核・ミサイル", "WMD"],
    ["导弹", "WMD"],
    ["핵", "WMD"],
    ["军用", "CW"],
    ["군용", "CW"],
  ])("%s → %s, the same decision as the spelled-out kind", (v, kind) => {
    expect(parseWeapons(v, false)).toBe(kind);
    expect(run(cleanRow({ known_weapons_use: v })).decision).toBe(run(cleanRow({ known_weapons_use: kind })).decision);
    expect(run(cleanRow({ known_weapons_use: v })).decision).toBe("LICENSE_REQUIRED");
  });
});

describe("red flag 8 and the delivery address", () => {
  test("a blank address cell is not a flag (the consignee's address stands)", () => {
    const r = run(cleanRow({ delivery_address: "" }));
    expect(flagCodes(r)).not.toContain("RF08");
    expect(r.decision).toBe("NO_LICENSE");
  });
  test.each(words.address_undecided.whole_cell)("an address written %s is red flag 8", (a) => {
    const r = run(cleanRow({ delivery_address: a }));
    expect(flagCodes(r)).toContain("RF08");
    expect(r.decision).not.toBe("NO_LICENSE");
  });
});
