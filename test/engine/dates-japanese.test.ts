/**
 * The shipment date chooses the rule pack (the catch-all changed on 2025-10-09). A date written in the Japanese
 * calendar, as a CSV serial, or as a period must pick the pack its day falls in; a date that was written but cannot be
 * read (平成37年: 平成 ended in 2019) must never silently fall back to today's rules: it is unreadable (REVIEW).
 */
import { parseDate, parseDateRange } from "../../src/engine/normalize/values";
import { fromJapaneseEra, kanjiNumeralsToDigits } from "../../src/engine/normalize/japaneseEra";
import { normalizeRow } from "../../src/engine/normalize/row";
import type { OrderRow } from "../../src/engine";
import { cleanRow, codes, run } from "./helpers";

describe("reading Japanese-calendar dates", () => {
  test.each([
    ["令和7年9月30日", "2025-09-30"],
    ["令和７年９月３０日", "2025-09-30"],
    ["令和七年九月三十日", "2025-09-30"],
    ["令和元年五月一日", "2019-05-01"],
    ["R7.9.30", "2025-09-30"],
    ["r7.10.9", "2025-10-09"],
    ["R07/10/09", "2025-10-09"],
    ["R.7.10.9", "2025-10-09"],
    ["令7.9.30", "2025-09-30"],
    ["Ｒ７．１０．８", "2025-10-08"],
    ["令和7年9月30日(火)", "2025-09-30"],
    ["平成31年4月30日", "2019-04-30"],
    ["H30.12.31", "2018-12-31"],
    ["昭和64年1月7日", "1989-01-07"],
    ["S63.2.1", "1988-02-01"],
  ])("%s → %s", (cell, iso) => {
    expect(parseDate(cell)).toBe(iso);
  });

  test.each([
    "平成37年9月30日",
    "H37.9.30",
    "平成31年5月1日",
    "令和元年4月30日",
    "昭和64年1月8日",
    "令和7年2月30日",
    "令和0年1月1日",
  ])("%s does not exist → not read", (cell) => {
    expect(parseDate(cell)).toBeUndefined();
  });

  test("periods: the days they name", () => {
    expect(parseDateRange("令和7年10月上旬")).toEqual({ first: "2025-10-01", last: "2025-10-10" });
    expect(parseDateRange("2025年10月中旬")).toEqual({ first: "2025-10-11", last: "2025-10-20" });
    expect(parseDateRange("2025年9月下旬")).toEqual({ first: "2025-09-21", last: "2025-09-30" });
    expect(parseDateRange("2025/10")).toEqual({ first: "2025-10-01", last: "2025-10-31" });
    expect(parseDateRange("2025年10月頃")).toEqual({ first: "2025-10-01", last: "2025-10-31" });
    // customer_since keeps reading a period as its LAST day (never longer-standing than it can be)
    expect(parseDate("2025年10月上旬")).toBe("2025-10-10");
  });

  test("other unambiguous forms: yyyymmdd, dd-Mon-yyyy, an Excel serial exported as text", () => {
    expect(parseDate("20251008")).toBe("2025-10-08");
    expect(parseDate("30-Sep-2025")).toBe("2025-09-30");
    expect(parseDate("45939")).toBe("2025-10-09");
    expect(parseDate(45938)).toBe("2025-10-08");
    expect(parseDate("12345")).toBeUndefined();
  });

  test("kanji numerals", () => {
    expect(kanjiNumeralsToDigits("十二月二十五日")).toBe("12月25日");
    expect(kanjiNumeralsToDigits("三十一")).toBe("31");
    expect(fromJapaneseEra("2025年9月30日")).toBeUndefined();
  });
});

describe("the rule pack follows the date as read", () => {
  // A military body's space research with a 16項(2) vacuum pump to a general country: the WMD ordinance's former
  // 別表第六号 (deleted with effect from 2025-10-09) makes the older pack stricter.
  const row = (delivery_date: unknown): OrderRow =>
    cleanRow({
      item_description: "Vacuum pump",
      hs_code: "8414.10",
      destination: "Indonesia",
      consignee_country: "ID",
      end_user_country: "ID",
      consignee: "Ministry of Defence Aerospace Research Centre",
      end_user: "Ministry of Defence Aerospace Research Centre",
      end_use: "宇宙に関する研究",
      delivery_date,
    });
  const before = run(row("2025-09-30"));
  const after = run(row("2025-10-09"));

  test("control: the two packs decide this row differently", () => {
    expect(before.pack).not.toBe(after.pack);
    expect(before.decision).not.toBe(after.decision);
  });

  test.each(["令和7年9月30日", "R7.9.30", "R7/10/8", "令和七年十月八日", "45938", "2025年10月上旬", "令和7年10月上旬"])(
    "%s is screened like a date before 2025-10-09",
    (d) => {
      const r = run(row(d));
      expect(r.decision).toBe(before.decision);
      expect(r.pack).toBe(before.pack);
      expect(codes(r)).not.toContain("INPUT_UNREADABLE");
    },
  );

  test.each(["令和7年10月9日", "R7.10.9", "45939", "令和7年11月1日"])(
    "%s is screened like a date from 2025-10-09",
    (d) => {
      const r = run(row(d));
      expect(r.decision).toBe(after.decision);
      expect(r.pack).toBe(after.pack);
    },
  );

  test.each(["平成37年9月30日", "H37.9.30", "令和7年13月1日", "2025年9月31日", "ETD 30/09/25", "第3四半期 2025"])(
    "%s was written but cannot be read → unreadable with what to do, never today's rules silently",
    (d) => {
      const n = normalizeRow(row(d));
      const p = n.inputProblems.find((x) => x.field === "delivery_date");
      expect(p?.why.ja).toMatch(/規制を選べません/);
      expect(p?.why.en).toMatch(/rules in force on that date cannot be chosen/);
      const r = run(row(d));
      expect(r.decision).not.toBe("NO_LICENSE");
      expect(codes(r)).toContain("INPUT_UNREADABLE");
    },
  );

  test("a period says how it was screened", () => {
    const r = run(row("2025年10月上旬"));
    expect(r.notes.some((x) => x.en.includes("is a period (2025-10-01 to 2025-10-10)"))).toBe(true);
  });
});
