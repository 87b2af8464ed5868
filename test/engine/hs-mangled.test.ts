/**
 * HS codes as spreadsheets mangle them (issue 9 point 3): every heading and subheading of the 16項(1) list written
 * every way a number cell or a CSV export shortens it. A shortened code is read only where one reading is possible;
 * where the lost digits decide the 16項(1) status the class is S1_AMBIGUOUS (conventional-weapons outcomes capped at
 * review); exponent forms, non-finite numbers and chapters that do not exist are INVALID (HS_INVALID).
 */
import { classifyHs } from "../../src/engine/normalize/hs";
import scope from "../../src/engine/reference/data/hs-scope.json";
import { cleanRow, codes, run, step } from "./helpers";

/** The code as a person writes it in a text cell: heading.subheading.statistical suffix. */
const dotted = (code: string) => `${code.slice(0, 4)}.${code.slice(4, 6)}${code.length > 6 ? `.${code.slice(6)}` : ""}`;

/** One six-digit subheading per 16項(1) entry (the entry itself when it is six digits) and its heading. */
const ENTRIES = scope.specified_16_1.map((e) => ({
  entry: e.prefix,
  six: e.prefix.length === 6 ? e.prefix : `${e.prefix}10`,
  heading: e.prefix.slice(0, 4),
}));

/** Every way a spreadsheet writes a six-digit code (text written by hand, a number cell, a CSV export of one). */
function sixDigitForms(six: string): Array<[string, unknown]> {
  const nine = `${six}000`;
  const decimal = Number(`${six.slice(0, 4)}.${six.slice(4)}`); // 8460.10 → 8460.1
  return [
    ["dotted text", dotted(six)],
    ["plain text", six],
    ["nine-digit text", nine],
    ["nine-digit dotted text", dotted(nine)],
    ["nine-digit with hyphen", `${six.slice(0, 4)}.${six.slice(4)}-000`],
    ["spaces", `${six.slice(0, 4)} ${six.slice(4)} 000`],
    ["full-width", dotted(six).replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
    ["number, six digits", Number(six)],
    ["number, nine digits", Number(nine)],
    ["number with decimals (trailing zero lost)", decimal],
    ["CSV text of that number", String(decimal)],
    ["number from a formula (floating-point noise)", decimal + 1e-9],
    ["thousands separators", Number(nine).toLocaleString("en-US")],
    ["Excel formula cell", { formula: "A1", result: decimal }],
  ];
}

function headingForms(heading: string): Array<[string, unknown]> {
  const chapterDotHeading = Number(`${heading.slice(0, 2)}.${heading.slice(2)}`); // 84.60 → 84.6
  return [
    ["text", heading],
    ["number", Number(heading)],
    ["chapter.heading number (trailing zero lost)", chapterDotHeading],
    ["CSV text of that number", String(chapterDotHeading)],
  ];
}

describe("every 16項(1) subheading, written every way a spreadsheet shortens it, keeps its class", () => {
  for (const { entry, six } of ENTRIES) {
    const want = classifyHs(dotted(six)).itemClass;
    test.each(sixDigitForms(six))(`${entry} (${dotted(six)}) as %s: %p`, (_how, value) => {
      expect(classifyHs(value).itemClass).toBe(want);
      expect(classifyHs(value).digits.slice(0, 6)).toBe(six);
    });
  }

  it("the written-out classes are what the ordinance says (S1; 8807 conditional)", () => {
    for (const { entry, six } of ENTRIES)
      expect([entry, classifyHs(dotted(six)).itemClass]).toEqual([entry, entry === "8807" ? "S1_CONDITIONAL" : "S1"]);
  });
});

describe("every 16項(1) heading, shortened to four digits", () => {
  // Headings only partly in 16項(1): the four digits cannot settle it.
  const PARTLY = new Set(["8802", "9014", "9027", "9030"]);
  const headings = [...new Set(ENTRIES.map((e) => e.heading))];
  for (const heading of headings) {
    const want = PARTLY.has(heading) ? "S1_AMBIGUOUS" : heading === "8807" ? "S1_CONDITIONAL" : "S1";
    test.each(headingForms(heading))(`${heading} as %s: %p → ${want}`, (_how, value) => {
      expect(classifyHs(value).itemClass).toBe(want);
    });
  }
});

describe("a trailing zero lost inside a heading only partly in 16項(1)", () => {
  test.each([
    // [number as a spreadsheet keeps it, class, why]
    [9030.2, "S1", "9030.20 exists and is 16項(1)"],
    [9030.3, "S1_AMBIGUOUS", "9030.3x: 9030.32/.39 are 16項(1), 9030.31/.33 are not"],
    [9030.1, "S2", "9030.10 exists and is not 16項(1)"],
    [9030.8, "S2", "9030.8x: none is 16項(1)"],
    [9014.2, "S1", "9014.20"],
    [9014.8, "S1", "9014.80"],
    [9014.1, "S2", "9014.10"],
    [9014.9, "S2", "9014.90"],
    [9027.5, "S1", "9027.50"],
    [9027.8, "S2", "9027.8x: none is 16項(1)"],
    [8802.6, "S1", "8802.60"],
    [8802.1, "S2", "8802.1x"],
    [8542.3, "S1", "8542.3x: all are 16項(1)"],
    [8542.9, "S2", "8542.90 is excluded"],
  ])("%p → %s (%s)", (value, want) => {
    expect(classifyHs(value).itemClass).toBe(want);
    expect(classifyHs(String(value)).itemClass).toBe(want);
  });

  it("the ambiguous group says which subheadings are in 16項(1) and what to do, in both languages", () => {
    const c = classifyHs(9030.3);
    expect(c.note?.en).toMatch(/9030\.31–9030\.39/);
    expect(c.note?.en).toMatch(/903032, 903039/);
    expect(c.note?.ja).toMatch(/確認してください/);
  });
});

describe("a leading zero lost", () => {
  test.each([
    [10121, "010121", "OUT"],
    ["10121", "010121", "OUT"],
    [101.21, "010121", "OUT"],
    [1.01, "0101", "OUT"],
    [101, "0101", "OUT"],
    [10121000, "10121000", "OUT"], // 1012.10.00 or 0101.21.000: both outside 16項
    [903.02, "090302", "OUT"],
    [30490, "030490", "S2"], // 0304.90 (fish) or 3049… (pharmaceuticals, 16項(2)): the stricter reading wins
  ])("%p → %s (%s)", (value, digits, cls) => {
    const c = classifyHs(value);
    expect([c.digits, c.itemClass]).toEqual([digits, cls]);
    expect(c.note?.ja).toBeTruthy();
  });

  it("an eight-digit number whose restored leading zero gives another plausible code is ambiguous where 16項(1) depends on it", () => {
    // 9030.20.00 (oscilloscopes, 16項(1)) or 0903.02.000 (maté, outside 16項): the lost digit decides.
    for (const v of [90302000, 90142000, 90275000, 90303900])
      expect([v, classifyHs(v).itemClass]).toEqual([v, "S1_AMBIGUOUS"]);
    // 8456.10.00 cannot be 0845.61…: chapter 08 has no heading 45.
    for (const v of [84561000, 84571000, 85261000, 85423100, 88060000, 88026000])
      expect([v, classifyHs(v).itemClass]).toEqual([v, "S1"]);
  });

  it("five digits that may be a shortened 16項(1) group are not read as food", () => {
    // 90303 is 0903.03 (maté) with a lost zero, or 9030.3 with its dot lost: not clear of 16項(1).
    expect(classifyHs(90303).itemClass).toBe("S1_AMBIGUOUS");
    expect(classifyHs(84561).itemClass).toBe("INVALID"); // 0845.61 does not exist; five digits are no code
  });
});

describe("a label before the code is not part of it", () => {
  test.each([
    ["HS 8459.21", "S1"],
    ["HSコード: 8459.21", "S1"],
    ["HS code 8471.30", "S2"],
    ["統計品目番号 8458.11-000", "S1"],
    ["HS8458.11", "S1"],
  ])("%p → %s", (value, cls) => {
    expect(classifyHs(value).itemClass).toBe(cls);
  });
});

describe("unreadable forms are HS_INVALID", () => {
  test.each([
    ["exponent text (CSV of a big number)", "8.46E+08"],
    ["exponent text, lower case", "8.4601e+08"],
    ["exponent number", 8.4601e21],
    ["Infinity", Infinity],
    ["NaN", NaN],
    ["negative", -8458.11],
    ["zero", 0],
    ["chapter 77 (reserved)", "7701.10"],
    ["chapter 00", "0012.34"],
    ["chapter 99", 9901],
    ["five digits, no reading", "84581"],
    ["eleven digits", "84581100000"],
    ["letters", "HSX8458"],
    ["words", "see invoice"],
    ["blank", ""],
  ])("%s: %p", (_how, value) => {
    expect(classifyHs(value).itemClass).toBe("INVALID");
  });

  it("an exponent form is explained, with what to do", () => {
    expect(classifyHs("8.46E+08").note?.en).toMatch(/exponent.*text/);
    expect(classifyHs("8.46E+08").note?.ja).toMatch(/文字列/);
  });

  test.each(["8.46E+08", Infinity, "7701.10"])("a row with HS %p is REVIEW (HS_INVALID), never NO_LICENSE", (hs) => {
    const r = run(cleanRow({ hs_code: hs as never }));
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("HS_INVALID");
  });
});

describe("decisions: the ambiguous status caps what depends on it", () => {
  const cw = (hs: unknown) => cleanRow({ hs_code: hs as never, known_weapons_use: "CW" });

  test.each([9030.3, 90302000, 90303, "9030"])(
    "HS %p with a conventional-weapons use: REVIEW with HS_AMBIGUOUS (not NO_LICENSE, not a licence on a guess)",
    (hs) => {
      const r = run(cw(hs));
      expect(step(r, "HS")).toBe("S1_AMBIGUOUS");
      expect(r.decision).toBe("REVIEW");
      expect(codes(r)).toContain("HS_AMBIGUOUS");
    },
  );

  test.each([9030.2, 903020000, 8458.1, 84.58])("HS %p read in one way: the 16項(1) outcome stands", (hs) => {
    const r = run(cw(hs));
    expect(r.decision).toBe("LICENSE_REQUIRED");
    expect(codes(r)).toContain("SPECIFIED_ITEM_16_1");
  });

  it("HS 10121 (live horses, leading zero lost) is outside 16項", () => {
    expect(codes(run(cleanRow({ hs_code: 10121 })))).toContain("NOT_CATCH_ALL_SCOPE");
  });
});

describe("the explanation says how a mangled code was read", () => {
  it("the HS step of a 9030.3 row names the mixed group; an exponent form says what to do", () => {
    const amb = run(cleanRow({ hs_code: 9030.3 }));
    expect(JSON.stringify(amb)).toMatch(/9030\.31–9030\.39/);
    const exp = run(cleanRow({ hs_code: "8.46E+08" }));
    expect(JSON.stringify(exp)).toMatch(/exponent form/);
  });
});
