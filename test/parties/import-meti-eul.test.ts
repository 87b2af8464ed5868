import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { describeWithShared, sharedPath } from "../helpers/shared";
import { importMetiEul, parseAliasCell, parseCwCell, parseWmdCell } from "../../src/engine/parties/import-meti-eul";
import { readCsv } from "../../src/engine/parties/csv-text";
import { ListImportError } from "../../src/engine/parties/list-model";
import { EUL_CSV_FILE, EUL_FILE, eulBytes, loadEul, tempDir } from "./fixtures";

describe("METI End User List cell parsers (quirks of the published file)", () => {
  test("WMD codes with either separator, full-width letters, missing line break, trailing space", () => {
    expect(parseWmdCell("生物、化学、ミサイル、核\r\nB,C,M,N").codes).toEqual(["B", "C", "M", "N"]);
    expect(parseWmdCell("ミサイル、核\r\nM、N").codes).toEqual(["M", "N"]);
    expect(parseWmdCell("核\r\nＮ").codes).toEqual(["N"]);
    expect(parseWmdCell("ミサイルM").codes).toEqual(["M"]);
    expect(parseWmdCell("核\r\nN ").codes).toEqual(["N"]);
    expect(parseWmdCell("").codes).toEqual([]);
  });
  test("WMD cell whose words and codes disagree, or with unknown text, is a problem", () => {
    expect(parseWmdCell("核\r\nM").problem).toMatch(/words say N but codes say M/);
    expect(parseWmdCell("ミサイル\r\nX").problem).toMatch(/unknown/);
  });
  test("CW cell", () => {
    expect(parseCwCell("通常兵器\r\nCW")).toEqual({ cw: true });
    expect(parseCwCell("")).toEqual({ cw: false });
    expect(parseCwCell("yes").problem).toBeDefined();
  });
  test("aliases: bullets, wrapped lines, CJK name on the next line, first line without bullet", () => {
    expect(
      parseAliasCell(
        "・Amnokkang Development Bank\r\n・Amroggang Development Bank\r\n(鴨緑江開発銀行)\r\n・Amrokkang Development Bank",
      ),
    ).toEqual([
      "Amnokkang Development Bank",
      "Amroggang Development Bank (鴨緑江開発銀行)",
      "Amrokkang Development Bank",
    ]);
    expect(parseAliasCell("YINKE ELECTRONICS CO., LTD")).toEqual(["YINKE ELECTRONICS CO., LTD"]);
    expect(parseAliasCell("・FOUNDATION FOR CONSTRUCTION \r\n・NATION BUILDING ")).toEqual([
      "FOUNDATION FOR CONSTRUCTION",
      "NATION BUILDING",
    ]);
    expect(parseAliasCell(" ")).toEqual([]);
  });
});

describeWithShared(EUL_FILE, "METI End User List 2025-09-29 (real file)", () => {
  const BRIEF_TABLE: Array<[string, number, number, number]> = [
    ["IR", 257, 81, 10],
    ["KP", 154, 33, 1],
    ["CN", 127, 62, 10],
    ["PK", 103, 0, 0],
    ["RU", 100, 63, 33],
    ["AE", 29, 0, 0],
    ["HK", 22, 0, 0],
    ["SY", 19, 0, 0],
    ["LB", 9, 0, 0],
    ["TW", 5, 0, 0],
    ["EG", 3, 0, 0],
    ["AF", 2, 1, 0],
    ["IN", 2, 0, 0],
    ["YE", 2, 0, 0],
    ["IL", 1, 0, 0],
  ];

  test("totals: 835 entries, 240 with CW, 54 CW-only, contiguous numbers, version from the file name", () => {
    const l = loadEul();
    expect(l.id).toBe("meti-eul");
    expect(l.version).toBe("2025-09-29");
    expect(l.entries).toHaveLength(835);
    expect(l.entries.map((e) => e.id)).toEqual(Array.from({ length: 835 }, (_, i) => String(i + 1)));
    expect(l.entries.filter((e) => e.cw)).toHaveLength(240);
    expect(l.entries.filter((e) => e.cw && (e.wmd ?? []).length === 0)).toHaveLength(54);
    expect(l.warnings).toBeUndefined();
  });

  test("per-country table of the brief (entries, with CW, CW-only)", () => {
    const l = loadEul();
    const got = new Map<string, [number, number, number]>();
    for (const e of l.entries) {
      const r = got.get(e.country ?? "?") ?? [0, 0, 0];
      r[0]++;
      if (e.cw) r[1]++;
      if (e.cw && (e.wmd ?? []).length === 0) r[2]++;
      got.set(e.country ?? "?", r);
    }
    expect(got.size).toBe(15);
    for (const [iso, n, cw, cwOnly] of BRIEF_TABLE)
      expect([iso, ...(got.get(iso) ?? [])]).toEqual([iso, n, cw, cwOnly]);
  });

  test("WMD code combinations of the brief", () => {
    const combos = new Map<string, number>();
    for (const e of loadEul().entries) {
      const k = (e.wmd ?? []).join(",") || "none";
      combos.set(k, (combos.get(k) ?? 0) + 1);
    }
    expect(Object.fromEntries(combos)).toEqual({
      M: 274,
      "B,C,M,N": 184,
      N: 141,
      "M,N": 129,
      none: 54,
      "B,C,M": 21,
      C: 11,
      "B,C,N": 6,
      "C,M": 5,
      "B,C": 3,
      "B,M,N": 2,
      "C,N": 2,
      B: 2,
      "C,M,N": 1,
    });
  });

  test("every entry equals the independent parse (names, aliases, codes, CW, country)", () => {
    const csv = readCsv(fs.readFileSync(sharedPath(...EUL_CSV_FILE), "utf8")).rows.filter((r) => r.length > 1);
    const header = csv[0];
    const col = (n: string) => header.indexOf(n);
    const l = loadEul();
    expect(csv.length - 1).toBe(l.entries.length);
    const diffs: string[] = [];
    for (const r of csv.slice(1)) {
      const e = l.entries[Number(r[col("no")]) - 1];
      const aliases = r[col("aliases")] ? r[col("aliases")].split(" | ") : [];
      if (e.name !== r[col("name")]) diffs.push(`${e.id} name`);
      if (JSON.stringify(e.aliases) !== JSON.stringify(aliases)) diffs.push(`${e.id} aliases`);
      if ((e.wmd ?? []).join(",") !== r[col("wmd_codes")]) diffs.push(`${e.id} wmd`);
      if (e.cw !== (r[col("cw")] === "Y")) diffs.push(`${e.id} cw`);
      if (e.country !== r[col("country_iso2")]) diffs.push(`${e.id} country`);
    }
    expect(diffs).toEqual([]);
  });

  test("examples from the brief", () => {
    const byId = new Map(loadEul().entries.map((e) => [e.id, e]));
    expect(byId.get("475")).toMatchObject({ country: "CN", wmd: ["M"], cw: true });
    expect(byId.get("503")).toMatchObject({
      name: "CETC Chip Technology Co., Ltd （中电科芯片技术股份有限公司）",
      wmd: [],
      cw: true,
    });
    expect(byId.get("81")).toMatchObject({ name: "Digi Ghate", country: "IR", wmd: [], cw: true });
    expect(byId.get("705")).toMatchObject({
      name: "ADVANTAGE TRADING CO., LIMITED",
      country: "HK",
      wmd: ["M"],
      cw: false,
    });
    expect(byId.get("756")?.name).toBe("Joint-Stock Company Concern Almaz-Antey");
  });

  describe("rejects what is not the list", () => {
    const rejects = (data: Uint8Array, re: RegExp) => {
      let err: unknown;
      try {
        importMetiEul(data);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ListImportError);
      const le = err as ListImportError;
      expect(le.text.en).toMatch(re);
      expect(le.text.ja).toMatch(/外国ユーザーリスト/);
    };
    test("empty file", () => rejects(new Uint8Array(0), /empty/));
    test("a CSV file", () => rejects(new TextEncoder().encode("no,name\n1,x\n"), /not an Excel/));
    test("truncated copies made in a temp dir (half, 90 %, last bytes cut)", () => {
      const full = eulBytes();
      const dir = tempDir();
      for (const frac of [0.5, 0.9, 0.999]) {
        const p = path.join(dir, `cut-${frac}.xlsx`);
        fs.writeFileSync(p, full.subarray(0, Math.floor(full.length * frac)));
        rejects(new Uint8Array(fs.readFileSync(p)), /damaged or truncated|header|No\./);
      }
    });
    test("another workbook (no End User List header)", () => {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(
        wb,
        XLSX.utils.aoa_to_sheet([
          ["Order", "Item"],
          ["1", "Pump"],
        ]),
        "Orders",
      );
      rejects(new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" })), /header row/);
    });
    test("rows missing in the middle (No. jumps)", () => {
      const wb = XLSX.read(eulBytes(), { type: "array" });
      const ws = wb.Sheets[wb.SheetNames[0]];
      const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: "" });
      rows.splice(10, 3);
      const wb2 = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb2, XLSX.utils.aoa_to_sheet(rows), "ユーザーリスト");
      rejects(new Uint8Array(XLSX.write(wb2, { type: "array", bookType: "xlsx" })), /No\. is 13 where 10 was expected/);
    });
  });
});

describeWithShared(EUL_FILE, "METI End User List of implausible size (made from the real file)", () => {
  /** The real list with its data rows repeated `times` times, numbered on. */
  function repeated(times: number): Uint8Array {
    const wb = XLSX.read(eulBytes(), { type: "array" });
    const ws = wb.Sheets[wb.SheetNames[0]];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: "" });
    const headerAt = rows.findIndex((r) => r.some((c) => String(c).trim() === "No."));
    const data = rows.slice(headerAt + 1).filter((r) => String(r[0]).trim() !== "");
    const out = rows.slice(0, headerAt + 1);
    for (let k = 0; k < times; k++) for (const r of data) out.push([String(out.length - headerAt), ...r.slice(1)]);
    const wb2 = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb2, XLSX.utils.aoa_to_sheet(out), "ユーザーリスト");
    return new Uint8Array(XLSX.write(wb2, { type: "array", bookType: "xlsx", compression: true }));
  }

  test("twice the entries still loads", () => {
    expect(importMetiEul(repeated(2)).entries.length).toBe(2 * loadEul().entries.length);
  });

  test("eleven times the entries is refused, in ja and en, saying the list in force is kept", () => {
    let error: unknown;
    try {
      importMetiEul(repeated(11));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ListImportError);
    const text = (error as ListImportError).text;
    expect(text.en).toMatch(/implausible size: .*more than 10 times the .*2025-09-29 list.*list in force is kept/);
    expect(text.ja).toMatch(/これまでのリストを引き続き使います/);
  });

  test("a file more than ten times the official file's bytes is refused before it is unpacked", () => {
    const big = new Uint8Array(eulBytes().length * 10 + 1);
    big.set(eulBytes());
    expect(() => importMetiEul(big)).toThrow(/implausible size: [\d,]+ bytes/);
  });
});
