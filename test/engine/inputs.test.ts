/**
 * Input forms the issue promises to accept: countries as ISO2/ISO3/English/Japanese/full-width, HS codes with dots,
 * spaces, hyphens and 9-digit Japanese statistical codes, list_control variants, blank versus explicit unknown, and
 * the cell value types a spreadsheet delivers. Each form must lead to the same decision, reasons and path as the
 * canonical form of the same row.
 */
import type { OrderRow, ScreenResult } from "../../src/engine";
import { allRf, cleanRow, codes, expectWellFormed, run, step } from "./helpers";

/** What must not depend on how a value was written. */
const essence = (r: ScreenResult) => ({ decision: r.decision, reasons: codes(r), path: r.path });

function sameAs(canonical: OrderRow, variant: OrderRow): void {
  const a = run(canonical);
  const b = run(variant);
  expectWellFormed(b);
  expect(essence(b)).toEqual(essence(a));
}

describe("country names", () => {
  const forms: Record<string, string[]> = {
    VN: ["VN", "vn", "VNM", "Vietnam", "Viet Nam", "VIETNAM", "ベトナム", "ＶＮ", "ｖｉｅｔｎａｍ", "  Vietnam  "],
    SO: ["SO", "SOM", "Somalia", "ソマリア", "ＳＯ", "ｓｏｍａｌｉａ"],
    KP: [
      "KP",
      "PRK",
      "North Korea",
      "DPRK",
      "北朝鮮",
      "朝鮮民主主義人民共和国",
      "ＫＰ",
      "Democratic People's Republic of Korea",
    ],
    US: ["US", "USA", "United States", "United States of America", "米国", "アメリカ合衆国", "ＵＳ"],
    RU: ["RU", "RUS", "Russia", "Russian Federation", "ロシア", "ロシア連邦"],
    CD: ["CD", "COD", "DR Congo", "Democratic Republic of the Congo", "コンゴ民主共和国"],
    GB: ["GB", "UK", "United Kingdom", "英国", "イギリス"],
    KR: ["KR", "KOR", "South Korea", "Republic of Korea", "韓国", "大韓民国"],
  };
  for (const [iso, names] of Object.entries(forms)) {
    test.each(names)(`%p is read as ${iso}: same result as the ISO code`, (name) => {
      const lathe = (d: string) =>
        cleanRow({ destination: d, consignee_country: "", end_user_country: "", end_user_weapons_activity: "CW" });
      sameAs(lathe(iso), lathe(name));
      expect(codes(run(lathe(name)))).not.toContain("COUNTRY_UNKNOWN");
    });
  }

  it("a country cell from the End User List ('中国\\nPeople's Republic of China') is read as China", () => {
    sameAs(
      cleanRow({ destination: "CN", consignee_country: "", end_user_country: "" }),
      cleanRow({ destination: "中国\nPeople's Republic of China", consignee_country: "", end_user_country: "" }),
    );
  });

  it("Japanese and English party-country names for Group A diversion", () => {
    sameAs(
      cleanRow({ destination: "US", consignee_country: "US", end_user_country: "CN" }),
      cleanRow({ destination: "アメリカ", consignee_country: "米国", end_user_country: "中華人民共和国" }),
    );
  });
});

describe("HS code forms", () => {
  const lathe = (hs: unknown) => cleanRow({ hs_code: hs, end_user_weapons_activity: "CW", ...allRf("") });
  test.each<[string, unknown]>([
    ["dots", "8458.11"],
    ["no separators", "845811"],
    ["spaces", "8458 11"],
    ["hyphen", "8458-11"],
    ["9-digit statistical code", "845811000"],
    ["statistical code with dots", "8458.11.000"],
    ["statistical code with spaces", "8458 11 000"],
    ["10 digits", "8458110000"],
    ["full-width digits and dot", "８４５８．１１"],
    ["number cell 845811", 845811],
    ["number cell 8458.11", 8458.11],
    ["number cell 845811000", 845811000],
    ["surrounding spaces", "  8458.11 "],
  ])("%s (%p) is the same 16項(1) lathe as '8458.11'", (_label, hs) => {
    sameAs(lathe("8458.11"), lathe(hs));
    expect(step(run(lathe(hs)), "HS")).toBe("S1");
  });

  test.each<[string, string]>([
    ["2501.00", "S2"], // ch. 25: first chapter of 16項(2)
    ["4011.10", "S2"], // ch. 40
    ["5407.10", "S2"], // ch. 54
    ["5911.90", "S2"], // ch. 59
    ["6307.90", "S2"], // ch. 63
    ["6815.99", "S2"], // ch. 68
    ["9306.30", "S2"], // ch. 93
    ["9503.00", "S2"], // ch. 95
    ["2403.11", "OUT"], // ch. 24 (food, tobacco)
    ["4101.20", "OUT"], // ch. 41
    ["5309.11", "OUT"], // ch. 53
    ["6006.10", "OUT"], // ch. 60
    ["6201.20", "OUT"], // ch. 62
    ["6403.19", "OUT"], // ch. 64
    ["6702.90", "OUT"], // ch. 67
    ["9401.61", "OUT"], // ch. 94
    ["9603.10", "OUT"], // ch. 96
    ["9701.10", "OUT"], // ch. 97
    ["8456.11", "S1"],
    ["8457.10", "S1"],
    ["8459.21", "S1"],
    ["8460.12", "S1"],
    ["8461.50", "S1"],
    ["8526.10", "S1"],
    ["8542.39", "S1"],
    ["8802.60", "S1"],
    ["8806.21", "S1"],
    ["9014.20", "S1"],
    ["9014.80", "S1"],
    ["9027.50", "S1"],
    ["9030.20", "S1"],
    ["9030.32", "S1"],
    ["9030.39", "S1"],
    ["8542.90", "S2"],
    ["9014.10", "S2"],
    ["9027.20", "S2"],
    ["9030.10", "S2"],
    ["9030.31", "S2"],
    ["8802.40", "S2"],
    ["8471.30", "S2"],
    ["8807.20", "S1_CONDITIONAL"],
    ["9014", "S1_AMBIGUOUS"],
    ["9027", "S1_AMBIGUOUS"],
    ["8802", "S1_AMBIGUOUS"],
  ])("HS %s is %s (brief §3, 16項 chapters of 輸出令別表第一)", (hs, cls) => {
    expect(step(run(cleanRow({ hs_code: hs })), "HS")).toBe(cls);
  });
});

describe("list_control forms", () => {
  test.each([
    "該当",
    "controlled",
    "Controlled",
    "CONTROLLED",
    "該当（2項(1)）",
    "該当: 3の2項(1)",
    "リスト規制該当",
    "２項",
    "３の２項",
  ])("%p → LIST_CONTROLLED", (v) => {
    const r = run(cleanRow({ list_control: v }));
    expect(r.decision).toBe("LICENSE_REQUIRED");
    expect(codes(r)).toEqual(["LIST_CONTROLLED"]);
  });
  test.each([
    "非該当",
    "non-controlled",
    "Non-controlled",
    "non controlled",
    "NON-CONTROLLED",
    "not controlled",
    "該当せず",
    "非該当（16項のみ）",
  ])("%p → non-controlled (clean row → NO_LICENSE)", (v) => {
    expect(run(cleanRow({ list_control: v })).decision).toBe("NO_LICENSE");
  });
  test.each<unknown>(["", "未判定", "判定中", "?", null, undefined, "#N/A", 0])(
    "%p → unknown: REVIEW (CLASSIFICATION_UNKNOWN), catch-all still walked",
    (v) => {
      const r = run(cleanRow({ list_control: v }));
      expect(r.decision).toBe("REVIEW");
      expect(codes(r)).toContain("CLASSIFICATION_UNKNOWN");
      expect(step(r, "END")).toBe("REVIEW");
    },
  );
});

describe("blank versus explicit unknown", () => {
  const base = () =>
    cleanRow({ hs_code: "3901.10", destination: "Thailand", consignee_country: "TH", end_user_country: "TH" });
  test.each<unknown>(["", null, undefined, "   ", "none", "None", "なし"])(
    "end_user_weapons_activity %p means nothing is known → NO_LICENSE",
    (v) => {
      expect(run({ ...base(), end_user_weapons_activity: v }).decision).toBe("NO_LICENSE");
    },
  );
  test.each(["unknown", "Unknown", "不明", "未確認"])("end_user_weapons_activity %p → REVIEW", (v) => {
    const r = run({ ...base(), end_user_weapons_activity: v });
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("END_USER_ACTIVITY_UNKNOWN");
  });
  test.each<unknown>(["", null, "none"])("known_weapons_use %p → nothing known", (v) => {
    expect(run({ ...base(), known_weapons_use: v }).decision).toBe("NO_LICENSE");
  });
  test.each<unknown>([
    "",
    null,
    "none",
    "not received",
    "Not received.",
    "not yet received",
    "No inform received",
    "inform not received",
    "None received",
    "NOT RECEIVED (checked 2026-11-01)",
    "無し",
    "未受領",
    "受けていない",
    "受領していない",
    "インフォームは受けていない",
    "没有收到",
    "未收到通知",
    "받지 않음",
  ])("meti_inform %p → no inform", (v) => {
    expect(run({ ...base(), meti_inform: v }).decision).toBe("NO_LICENSE");
  });
  test.each<unknown>([
    "Received 2026-11-20",
    "Received 20/11/2026",
    "Inform received on 2026-11-20",
    "received: letter 2026-11-20",
    "受領 2026/11/20",
    "有 2026-11-20",
    "Yes - 2026-11-20",
    "WMD inform 2026-10-01",
  ])("meti_inform %p (an inform with its date) → LICENSE_REQUIRED (INFORM)", (v) => {
    const r = run({ ...base(), meti_inform: v });
    expect(r.decision).toBe("LICENSE_REQUIRED");
    expect(codes(r)).toContain("INFORM");
    expect(codes(r)).not.toContain("INPUT_UNREADABLE");
  });
  test.each<unknown>(["2026-11-20", "WMD inform – not received", "not received yet, expected", "受領予定"])(
    "meti_inform %p (neither an inform nor its negation) → REVIEW naming the field",
    (v) => {
      const r = run({ ...base(), meti_inform: v });
      expect(r.decision).not.toBe("NO_LICENSE");
      expect(codes(r)).toContain("INPUT_UNREADABLE");
    },
  );
  it("transaction_type blank means goods", () => {
    sameAs(cleanRow({ transaction_type: "goods" }), cleanRow({ transaction_type: "" }));
  });
});

describe("spreadsheet cell value types", () => {
  it("ExcelJS formula cells ({ formula, result }) are read by their result", () => {
    sameAs(
      cleanRow({ hs_code: "8458.11", destination: "Somalia", end_user_weapons_activity: "CW" }),
      cleanRow({
        hs_code: { formula: "A2", result: "8458.11" },
        destination: { formula: "B2", result: "Somalia" },
        end_user_weapons_activity: { formula: "C2", result: "CW" },
      }),
    );
  });
  it("ExcelJS hyperlink cells ({ text, hyperlink }) are read by their text", () => {
    sameAs(
      cleanRow({ end_user: "Army Engineering Depot 12" }),
      cleanRow({ end_user: { text: "Army Engineering Depot 12", hyperlink: "https://example.invalid" } }),
    );
  });
  it("control characters inside a value are ignored", () => {
    sameAs(
      cleanRow({ destination: "Somalia", end_user_weapons_activity: "CW" }),
      cleanRow({ destination: "Som\u0000alia\u0007", end_user_weapons_activity: "C\u001bW" }),
    );
  });
  it("a null row, an empty row and a row of nulls all get a REVIEW result", () => {
    for (const row of [null, {}, Object.fromEntries(Object.keys(cleanRow()).map((k) => [k, null]))]) {
      const r = run(row as unknown as OrderRow);
      expectWellFormed(r);
      expect(r.decision).toBe("REVIEW");
      expect(codes(r)).toEqual(expect.arrayContaining(["COUNTRY_UNKNOWN", "CLASSIFICATION_UNKNOWN", "HS_INVALID"]));
    }
  });
});
