/** Small pieces of the CLI: encoding detection, formula escaping, language choice, output naming. */
import * as fs from "fs";
import * as path from "path";
import iconv from "iconv-lite";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { csvRecord } from "../../src/cli/csvFile";
import { formatReport } from "../../src/cli/report";
import { summaryRows } from "../../src/cli/xlsxSummary";
import { mapHeaders } from "../../src/engine/headers";
import { defaultLang, parseCliArgs } from "../../src/cli/args";
import { displayWidth, fit } from "../../src/cli/cellText";
import { escapeFormula, looksLikeFormula } from "../../src/cli/csvSafety";
import { decodeText } from "../../src/cli/decode";
import { defaultOutputPath, writeFileAtomic } from "../../src/cli/outputFile";
import { tempDir } from "./helpers";

describe("decodeText", () => {
  const text = "仕向地,品名\n中国,旋盤（ＣＮＣ）\n";
  it.each([
    ["utf-8", Buffer.from(text, "utf8")],
    ["utf-8-bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")])],
    ["utf-16be", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")])],
    ["cp932", iconv.encode(text, "cp932")],
    ["euc-jp", iconv.encode(text, "euc-jp")],
  ])("detects %s", (encoding, bytes) => {
    const d = decodeText(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
    expect(d.invalid).toBe(0);
  });

  it("detects UTF-16LE without a BOM from its NUL bytes", () => {
    const d = decodeText(iconv.encode("order_id,destination\nA-1,US\n", "utf-16le"));
    expect(d.encoding).toBe("utf-16le");
    expect(d.text).toBe("order_id,destination\nA-1,US\n");
  });

  it("decodes CP932-only characters (①, ㈱, NEC row 13) that plain Shift_JIS lacks", () => {
    const s = "①㈱髙橋製作所\n";
    expect(decodeText(iconv.encode(s, "cp932")).text).toBe(s);
  });

  it("reports undecodable bytes instead of failing", () => {
    const d = decodeText(Buffer.from([0x41, 0x80, 0xff, 0xfe, 0x42, 0x0a]));
    expect(d.invalid).toBeGreaterThan(0);
  });
});

describe("formula escaping", () => {
  it("escapes the trigger characters and leaves other text alone", () => {
    expect(["=1", "+1", "-x", "@a", "\tx", "\rx"].map(escapeFormula)).toEqual([
      "'=1",
      "'+1",
      "'-x",
      "'@a",
      "'\tx",
      "'\rx",
    ]);
    expect(["a=1", " =1", "", "申請不要"].map(escapeFormula)).toEqual(["a=1", " =1", "", "申請不要"]);
  });
  it("treats plain signed numbers as data", () => {
    expect(["-5", "+81", "-1,200.50", "1e5", "-2e-3"].map(looksLikeFormula)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(["=A1", "-A1", "+81 3 1234", "@x", "-"].map(looksLikeFormula)).toEqual([true, true, true, true, true]);
  });
});

describe("language and arguments", () => {
  it("defaults to ja when the locale starts with ja (LC_ALL, then LC_MESSAGES, then LANG)", () => {
    expect(defaultLang({ LANG: "ja_JP.UTF-8" })).toBe("ja");
    expect(defaultLang({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(defaultLang({})).toBe("en");
    expect(defaultLang({ LANG: "ja_JP.UTF-8", LC_ALL: "C" })).toBe("en");
    expect(defaultLang({ LANG: "C", LC_MESSAGES: "ja_JP" })).toBe("ja");
    expect(defaultLang({ LANG: "C", LC_ALL: "", LC_MESSAGES: "ja" })).toBe("ja");
  });
  it("parses repeatable --list and the other options", () => {
    const a = parseCliArgs([
      "in.xlsx",
      "--list",
      "a.csv",
      "--list",
      "b.csv",
      "--eul",
      "eul.xlsx",
      "--lang",
      "EN",
      "--sheet",
      "受注",
    ]);
    expect(a).toMatchObject({
      input: "in.xlsx",
      lists: ["a.csv", "b.csv"],
      eul: "eul.xlsx",
      lang: "en",
      sheet: "受注",
      escapeInput: false,
    });
  });
});

describe("output file", () => {
  it("names the output beside the input", () => {
    expect(defaultOutputPath("/d/orders.csv")).toBe("/d/orders.screened.csv");
    expect(defaultOutputPath("/d/受注.2026.xlsx")).toBe("/d/受注.2026.screened.xlsx");
  });
  it("writes atomically and replaces an existing output", () => {
    const dir = tempDir();
    const target = path.join(dir, "o.csv");
    fs.writeFileSync(target, "old");
    writeFileAtomic(target, Buffer.from("new"));
    expect(fs.readFileSync(target, "utf8")).toBe("new");
    expect(fs.readdirSync(dir)).toEqual(["o.csv"]);
  });
});

describe("terminal widths", () => {
  it("counts wide characters as two cells", () => {
    expect(displayWidth("要確認")).toBe(6);
    expect(displayWidth("REVIEW")).toBe(6);
    expect(fit("許可申請要", 12)).toBe("許可申請要  ");
    expect(displayWidth(fit("とても長い注文番号ABC", 8))).toBeLessThanOrEqual(8);
  });
});

describe("csvRecord (CSV output quoting)", () => {
  it("quotes only where needed", () => {
    expect(csvRecord(["a", "b,c", 'say "hi"', "x\ny", "r\rs", " lead", "trail ", ""], ",")).toBe(
      'a,"b,c","say ""hi""","x\ny","r\rs"," lead","trail ",',
    );
    expect(csvRecord(["a,b", "c\td"], "\t")).toBe('a,b\t"c\td"');
  });

  it("round-trips any values through csv-parse", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary" }), { minLength: 2, maxLength: 8 }),
        fc.constantFrom(",", "\t", ";"),
        (cells, sep) => {
          const parsed = parse(csvRecord(cells, sep) + "\n", {
            delimiter: sep,
            relax_column_count: true,
          }) as string[][];
          expect(parsed).toEqual([cells]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("printed summary", () => {
  it("keeps large counts whole", () => {
    const n = 123456;
    const counts = { PROHIBITED: 0, LICENSE_REQUIRED: 0, REVIEW: 0, NO_LICENSE: n };
    const text = formatReport(
      {
        inputFile: "x.csv",
        outputFile: "x.screened.csv",
        format: "csv",
        headerRow: 1,
        headerCells: ["destination"],
        mapping: mapHeaders(["destination"]),
        screened: {
          total: n,
          counts,
          blankRows: 0,
          versions: { engine: "e", rules: "r", lists: {} },
          attention: [],
          attentionTotal: 0,
          failedRows: [],
          failedCount: 0,
          explained: [],
          byDestination: new Map(),
          byRedFlag: new Map(),
          byPack: new Map(),
        },
        listNotes: [],
        notes: [],
      },
      "en",
    );
    expect(text).toMatch(/NO_LICENSE\s+No licence\s+123456\n/);
    expect(text).toMatch(/Total\s+123456\s*\n/);
    expect(text).toContain("Rows needing attention: 0");
  });

  test("the summary sheet names each rule pack with its rows when the rows were decided under more than one", () => {
    const screened = (byPack: Map<string, number>) => ({
      inputFile: "x.xlsx",
      outputFile: "x.screened.xlsx",
      format: "xlsx" as const,
      headerRow: 1,
      headerCells: ["destination"],
      mapping: mapHeaders(["destination"]),
      screened: {
        total: 3,
        counts: { PROHIBITED: 0, LICENSE_REQUIRED: 0, REVIEW: 1, NO_LICENSE: 2 },
        blankRows: 0,
        versions: { engine: "e", rules: "r", pack: "jp-catch-all@2025-10-09", lists: {} },
        attention: [],
        attentionTotal: 0,
        failedRows: [],
        failedCount: 0,
        explained: [],
        byDestination: new Map(),
        byRedFlag: new Map(),
        byPack,
      },
      listNotes: [],
      notes: [],
    });
    const cells = (rows: ReturnType<typeof summaryRows>) => rows.map((r) => r.map((c) => String(c.value)));
    const two = cells(
      summaryRows(
        screened(
          new Map([
            ["jp-catch-all@2025-10-09", 2],
            ["jp-catch-all@2023-07-21", 1],
          ]),
        ),
        "ja",
        new Date(0),
      ),
    );
    expect(two).toContainEqual(["規制パック", "jp-catch-all@2025-10-09（2行）、jp-catch-all@2023-07-21（1行）"]);
    const one = cells(summaryRows(screened(new Map([["jp-catch-all@2025-10-09", 3]])), "en", new Date(0)));
    expect(one.some((r) => r[0] === "Rule packs")).toBe(false);
  });
});
