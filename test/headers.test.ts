import fc from "fast-check";
import { CANONICAL_FIELDS, REQUIRED_FIELDS } from "../src/engine/types";
import {
  acceptedHeaders,
  columnLetter,
  fieldForHeader,
  findHeaderRow,
  mapHeaders,
  normalizeHeader,
} from "../src/engine/headers";

describe("mapHeaders: English headers", () => {
  it("maps every canonical field name to itself", () => {
    const m = mapHeaders([...CANONICAL_FIELDS]);
    expect(m.columns).toEqual([...CANONICAL_FIELDS]);
    expect(m.unmapped).toEqual([]);
    expect(m.duplicates).toEqual([]);
    expect(m.missingRequired).toEqual([]);
    expect(m.ok).toBe(true);
    CANONICAL_FIELDS.forEach((f, i) => expect(m.byField[f]).toBe(i));
  });

  it("ignores case, spaces, underscores, hyphens and punctuation", () => {
    expect(fieldForHeader("End User")).toBe("end_user");
    expect(fieldForHeader("END-USER")).toBe("end_user");
    expect(fieldForHeader("end_user_country")).toBe("end_user_country");
    expect(fieldForHeader("  HS Code  ")).toBe("hs_code");
    expect(fieldForHeader("Order No.")).toBe("order_id");
    expect(fieldForHeader("Payment terms:")).toBe("payment_terms");
  });

  it("maps common English variants", () => {
    expect(fieldForHeader("Country of destination")).toBe("destination");
    expect(fieldForHeader("Purchaser")).toBe("buyer");
    expect(fieldForHeader("Intended use")).toBe("end_use");
    expect(fieldForHeader("Tariff code")).toBe("hs_code");
    expect(fieldForHeader("Export classification")).toBe("list_control");
    expect(fieldForHeader("Transit countries")).toBe("transit_countries");
    expect(fieldForHeader("Customer since")).toBe("customer_since");
  });

  it("drops remarks in brackets when the bare header is known", () => {
    expect(fieldForHeader("HS code (9 digits)")).toBe("hs_code");
    expect(fieldForHeader("Destination [ISO2]")).toBe("destination");
  });
});

describe("mapHeaders: Japanese headers", () => {
  const cases: Array<[string, string]> = [
    ["仕向地", "destination"],
    ["仕向国", "destination"],
    ["仕向け地", "destination"],
    ["品名", "item_description"],
    ["品目", "item_description"],
    ["HSコード", "hs_code"],
    ["統計品目番号", "hs_code"],
    ["輸出統計品目番号", "hs_code"],
    ["最終需要者", "end_user"],
    ["エンドユーザー", "end_user"],
    ["需要者", "end_user"],
    ["用途", "end_use"],
    ["最終用途", "end_use"],
    ["荷受人", "consignee"],
    ["荷受人の国", "consignee_country"],
    ["該非判定", "list_control"],
    ["該非", "list_control"],
    ["決済条件", "payment_terms"],
    ["支払条件", "payment_terms"],
    ["経由地", "transit_countries"],
    ["納期", "delivery_date"],
    ["納入先", "delivery_address"],
    ["取引開始日", "customer_since"],
    ["注文番号", "order_id"],
    ["受注番号", "order_id"],
    ["金額", "order_value"],
    ["通貨", "currency"],
    ["買主", "buyer"],
    ["購入者", "buyer"],
    ["インフォーム", "meti_inform"],
    ["明らか", "clearly_not_for_weapons"],
    ["最終需要者の国", "end_user_country"],
    ["取引区分", "transaction_type"],
  ];
  it.each(cases)("%s → %s", (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it("is width-insensitive (full-width letters, digits and brackets)", () => {
    expect(fieldForHeader("ＨＳコード")).toBe("hs_code");
    expect(fieldForHeader("ＲＦ０１")).toBe("rf01");
    expect(fieldForHeader("仕向地（国名）")).toBe("destination");
    expect(fieldForHeader("Ｅｎｄ　Ｕｓｅｒ")).toBe("end_user");
    expect(fieldForHeader("エンド・ユーザー")).toBe("end_user");
  });

  it("maps red-flag checklist headers RF1…RF19 with or without a description", () => {
    expect(fieldForHeader("RF1")).toBe("rf01");
    expect(fieldForHeader("rf09")).toBe("rf09");
    expect(fieldForHeader("RF05 現金払い")).toBe("rf05");
    expect(fieldForHeader("Red flag 19")).toBe("rf19");
    expect(fieldForHeader("レッドフラグ7")).toBe("rf07");
    expect(fieldForHeader("RF20")).toBeNull();
    expect(fieldForHeader("RF0")).toBeNull();
    expect(fieldForHeader("RF011")).toBeNull();
  });

  it("maps a whole Japanese header row", () => {
    const m = mapHeaders([
      "受注番号",
      "品名",
      "統計品目番号",
      "該非判定",
      "仕向地",
      "荷受人",
      "最終需要者",
      "用途",
      "決済条件",
    ]);
    expect(m.columns).toEqual([
      "order_id",
      "item_description",
      "hs_code",
      "list_control",
      "destination",
      "consignee",
      "end_user",
      "end_use",
      "payment_terms",
    ]);
    expect(m.ok).toBe(true);
  });
});

describe("mapHeaders: problems", () => {
  it("keeps the first of duplicate headers and explains it in both languages", () => {
    const m = mapHeaders(["仕向地", "HS", "該非", "需要者", "Destination", "最終需要者"]);
    expect(m.byField.destination).toBe(0);
    expect(m.byField.end_user).toBe(3);
    expect(m.columns[4]).toBeNull();
    expect(m.columns[5]).toBeNull();
    expect(m.duplicates.map((d) => [d.field, d.index, d.usedIndex])).toEqual([
      ["destination", 4, 0],
      ["end_user", 5, 3],
    ]);
    expect(m.duplicates[0].message.ja).toContain("列E");
    expect(m.duplicates[0].message.ja).toContain("列A");
    expect(m.duplicates[0].message.en).toContain('Column E "Destination"');
    expect(m.messages).toEqual(expect.arrayContaining(m.duplicates.map((d) => d.message)));
  });

  it("lists unmapped headers and ignores blank header cells", () => {
    const m = mapHeaders(["destination", "", null, "Sales rep", "hs_code", "list_control", "end_user", "担当者"]);
    expect(m.unmapped).toEqual([
      { index: 3, header: "Sales rep" },
      { index: 7, header: "担当者" },
    ]);
    expect(m.columns[1]).toBeNull();
    expect(m.columns[2]).toBeNull();
    const note = m.messages.find((t) => t.en.includes("unrecognised"));
    expect(note?.en).toContain('D "Sales rep"');
    expect(note?.ja).toContain("H「担当者」");
  });

  it("reports each missing required field with ja and en messages", () => {
    const m = mapHeaders(["order_id", "item_description", "destination"]);
    expect(m.ok).toBe(false);
    expect(m.missingRequired).toEqual(REQUIRED_FIELDS.filter((f) => f !== "destination"));
    const missing = m.messages.filter((t) => t.en.startsWith("Required column"));
    expect(missing).toHaveLength(m.missingRequired.length);
    expect(missing.some((t) => t.en.includes("(hs_code)") && t.ja.includes("統計品目番号"))).toBe(true);
    expect(missing.every((t) => t.ja.startsWith("必須の列"))).toBe(true);
  });

  it("does not throw on odd cells (numbers, dates, objects, undefined)", () => {
    const m = mapHeaders([
      42,
      new Date("2025-01-01"),
      { richText: [{ text: "仕向" }, { text: "地" }] },
      undefined,
      {},
      true,
    ]);
    expect(m.columns[2]).toBe("destination");
    expect(m.unmapped.map((u) => u.header)).toEqual(["42", "2025-01-01", "true"]);
    expect(mapHeaders(undefined as unknown as unknown[]).columns).toEqual([]);
  });

  it("every alias in the table maps back to its field", () => {
    for (const field of CANONICAL_FIELDS) {
      for (const alias of acceptedHeaders(field)) expect([alias, fieldForHeader(alias)]).toEqual([alias, field]);
    }
  });
});

describe("findHeaderRow", () => {
  it("skips title and blank rows above the header", () => {
    const rows = [
      ["受注一覧 2025年10月分"],
      [],
      ["作成: 営業部", "", ""],
      ["注文番号", "品名", "HSコード", "該非判定", "仕向地", "最終需要者"],
      ["A-1", "旋盤", "8458.11", "非該当", "中国", "Example Co."],
    ];
    const guess = findHeaderRow(rows);
    expect(guess?.index).toBe(3);
    expect(guess?.mapping.ok).toBe(true);
  });

  it("prefers the row with more required fields over a data row that happens to match words", () => {
    const rows = [
      ["country", "value"],
      ["destination", "hs_code", "list_control", "end_user"],
    ];
    expect(findHeaderRow(rows)?.index).toBe(1);
  });

  it("returns null when no row looks like a header", () => {
    expect(
      findHeaderRow([
        ["A-1", "旋盤", "8458"],
        ["A-2", "ICs", "8542"],
      ]),
    ).toBeNull();
    expect(findHeaderRow([])).toBeNull();
  });

  it("only scans the first rows", () => {
    const rows: unknown[][] = Array.from({ length: 30 }, () => ["x"]);
    rows.push(["destination", "hs_code", "list_control", "end_user"]);
    expect(findHeaderRow(rows, 20)).toBeNull();
    expect(findHeaderRow(rows, 40)?.index).toBe(30);
  });
});

describe("helpers", () => {
  it("normalizeHeader folds width and case and drops separators", () => {
    expect(normalizeHeader("Ｅｎｄ＿Ｕｓｅｒ　Ｃｏｕｎｔｒｙ")).toBe("endusercountry");
    expect(normalizeHeader(null)).toBe("");
  });
  it("columnLetter follows spreadsheet lettering", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("properties (fast-check)", () => {
  const allAliases = CANONICAL_FIELDS.flatMap((f) => acceptedHeaders(f).map((a) => [a, f] as const));

  it("never throws and returns one entry per column, whatever the cells", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.string({ unit: "binary" }),
            fc.integer(),
            fc.constant(null),
            fc.constant(undefined),
            fc.date(),
            fc.object(),
          ),
        ),
        (row) => {
          const m = mapHeaders(row);
          expect(m.columns).toHaveLength(row.length);
          const used = Object.values(m.byField);
          expect(new Set(used).size).toBe(used.length);
          for (const [f, i] of Object.entries(m.byField)) expect(m.columns[i as number]).toBe(f);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("any alias still maps after case changes, full-width conversion and inserted spaces/underscores", () => {
    const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(
        fc.constantFrom(...allAliases),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("", " ", "_", "　", "-"),
        ([alias, field], upper, wide, sep) => {
          let h = upper ? alias.toUpperCase() : alias.toLowerCase();
          h = h.split(" ").join(sep === "" ? " " : sep);
          if (wide) h = toFullWidth(h);
          expect([h, fieldForHeader(` ${h} `)]).toEqual([h, field]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("unrecognised headers in the mapping message", () => {
  it("names the first 20 and counts the rest, in both languages", () => {
    const row = ["Order No", "Item", "HS code", "Destination", ...Array.from({ length: 3000 }, (_, i) => `Extra ${i}`)];
    const m = mapHeaders(row);
    const text = m.messages.find((x) => x.en.startsWith("Columns with unrecognised headers"))!;
    expect(text.en).toContain('"Extra 19"');
    expect(text.en).not.toContain('"Extra 20"');
    expect(text.en).toMatch(/ and 2980 more$/);
    expect(text.ja).toMatch(/、ほか 2980 列$/);
    expect(m.unmapped).toHaveLength(3000);
  });
});
