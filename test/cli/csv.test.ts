/**
 * CLI end-to-end on CSV files with the real engine: the bundled examples, encodings, formula injection,
 * odd layouts. Files are written to a temporary folder and read back.
 */
import * as fs from "fs";
import * as path from "path";
import iconv from "iconv-lite";
import { parse } from "csv-parse/sync";
import { CsvWriter } from "../../src/cli/csvOutput";
import { openCsv } from "../../src/cli/csvStream";
import type { RowScreened } from "../../src/cli/rowResult";
import { SafeOutput } from "../../src/cli/safeOutput";
import { DECISIONS, OUTPUT_COLUMNS } from "../../src/engine";
import { needsAttention } from "../../src/engine/present";
import {
  CLEAN_ROW,
  EXAMPLE_CSV,
  EXAMPLE_JA_CSV,
  MIN_HEADER,
  cli,
  csvText,
  readInputCsv,
  readOutputCsv,
  records,
  tempDir,
} from "./helpers";

describe("bundled example (no input argument)", () => {
  let dir: string;
  let run: Awaited<ReturnType<typeof cli>>;
  let out: string[][];
  const input = readInputCsv(EXAMPLE_CSV);

  beforeAll(async () => {
    dir = tempDir();
    run = await cli([], { cwd: dir });
    out = readOutputCsv(path.join(dir, "out", "orders-example.screened.csv"));
  });

  it("runs with exit code 0 and writes to ./out, not into examples/", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(path.dirname(EXAMPLE_CSV), "orders-example.screened.csv"))).toBe(false);
  });

  it("has 30+ rows and keeps every input cell unchanged, output columns appended", () => {
    expect(input.length - 1).toBeGreaterThanOrEqual(30);
    expect(out).toHaveLength(input.length);
    const width = input[0].length;
    out.forEach((row, i) => {
      expect(row.slice(0, width)).toEqual(input[i]);
      expect(row).toHaveLength(width + OUTPUT_COLUMNS.length);
    });
    expect(out[0].slice(width)).toEqual([...OUTPUT_COLUMNS]);
  });

  it("gives every row one of the four decisions, and the example covers all four", () => {
    const recs = records(out);
    for (const r of recs) expect(DECISIONS).toContain(r.decision);
    expect(new Set(recs.map((r) => r.decision))).toEqual(new Set(DECISIONS));
    for (const r of recs) expect(r.decision_label).not.toBe("");
    for (const r of recs.filter((x) => x.decision !== "NO_LICENSE")) expect(r.explanation).not.toBe("");
  });

  it("covers many reason codes", () => {
    const codes = new Set(records(out).flatMap((r) => r.reasons.split(";").filter(Boolean)));
    for (const code of [
      "LIST_CONTROLLED",
      "CLASSIFICATION_UNKNOWN",
      "NOT_CATCH_ALL_SCOPE",
      "HS_INVALID",
      "COUNTRY_UNKNOWN",
      "KP_TOTAL_BAN",
      "GROUP_A",
      "GROUP_A_DIVERSION_RISK",
      "ARMS_EMBARGO_DEST",
      "SPECIFIED_ITEM_16_1",
      "INFORM",
      "WMD_END_USE",
      "CW_END_USE",
      "WMD_END_USER",
      "CW_END_USER",
      "RED_FLAGS",
      "CLEARLY_NOT_FOR_WEAPONS",
      "CLEARLY_ROUTE_CLOSED",
      "TECH_TRANSFER",
      "OTHER_REGIME",
      "MILITARY_END_USER_SUSPECTED",
      "END_USER_ACTIVITY_UNKNOWN",
      "NO_REQUIREMENT",
    ]) {
      expect([code, codes.has(code)]).toEqual([code, true]);
    }
  });

  it("prints a summary with the count per decision that matches the file", async () => {
    const recs = records(out);
    for (const d of DECISIONS) {
      const n = recs.filter((r) => r.decision === d).length;
      expect(run.stdout).toMatch(new RegExp(`^  ${d}\\s+\\S.*\\s${n}$`, "m"));
    }
    // Rows needing attention as the presentation model counts them, from every Result of the same run in JSON lines.
    await cli(["--format", "jsonl", "--out", "all.jsonl"], { cwd: dir });
    const results = fs
      .readFileSync(path.join(dir, "all.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).result);
    const attention = results.filter(needsAttention).length;
    expect(attention).toBeGreaterThanOrEqual(recs.filter((r) => r.decision !== "NO_LICENSE").length);
    expect(run.stdout).toContain(`Rows needing attention: ${attention}`);
    expect(run.stdout).toContain("out/orders-example.screened.csv");
  });

  it("--explain prints the reasons, citations and decision path of one order", async () => {
    const r = await cli(["--explain", "ex-012", "--out", path.join(dir, "explain.csv")], { cwd: dir });
    expect(r.code).toBe(0);
    const part = r.stdout.slice(r.stdout.indexOf("Explanation: EX-012"));
    expect(part).toContain("LICENSE_REQUIRED");
    expect(part).toContain("CW_END_USER");
    expect(part).toContain("RF02");
    expect(part).toMatch(/Decision path:\n\s+1\. /);
    expect(part).toContain("Decision: Licence required");
    const missing = await cli(["--explain", "NO-SUCH", "--out", path.join(dir, "explain.csv")], { cwd: dir });
    expect(missing.code).toBe(0);
    expect(missing.stderr).toContain('no row has order id "NO-SUCH"');
  });

  it("gives the same decisions for the Japanese-header twin", async () => {
    const ja = await cli([EXAMPLE_JA_CSV, "--out", path.join(dir, "ja.csv")], { cwd: dir });
    expect(ja.code).toBe(0);
    const jaRecs = records(readOutputCsv(path.join(dir, "ja.csv")));
    const enRecs = records(out);
    expect(jaRecs.map((r) => [r["受注番号"], r.decision, r.reasons])).toEqual(
      enRecs.map((r) => [r.order_id, r.decision, r.reasons]),
    );
  });
});

describe("encodings", () => {
  const ja = fs.readFileSync(EXAMPLE_JA_CSV, "utf8");

  it.each([
    ["Shift_JIS (CP932)", (s: string) => iconv.encode(s.replace(/\n/g, "\r\n"), "cp932")],
    ["UTF-16LE", (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, "utf-16le")])],
    ["UTF-8 (BOM)", (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, "utf8")])],
    ["EUC-JP", (s: string) => iconv.encode(s, "euc-jp")],
  ])("reads a Japanese-header sheet in %s and writes UTF-8 with the same values", async (label, encode) => {
    const dir = tempDir();
    const file = path.join(dir, "orders.csv");
    fs.writeFileSync(file, encode(ja));
    const run = await cli([file, "--lang", "ja"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(label);
    const out = readOutputCsv(path.join(dir, "orders.screened.csv"));
    // What the encoding can hold (Shift_JIS and EUC-JP have no 澜 of the simplified-Chinese party name): the values
    // the file really contains must come out unchanged.
    const bytes = encode(ja);
    const asEncoded = label.startsWith("UTF")
      ? ja
      : iconv.decode(bytes, label.startsWith("EUC") ? "euc-jp" : "cp932").replace(/\r\n/g, "\n");
    const input = parse(asEncoded) as string[][];
    expect(out.map((r) => r.slice(0, input[0].length))).toEqual(input);
    expect(input.length).toBe(readInputCsv(EXAMPLE_JA_CSV).length);
    expect(out[0][0]).toBe("受注番号");
    expect(records(out).find((r) => r["受注番号"] === "EX-023")?.decision).toBe("PROHIBITED");
  });

  it("keeps CRLF line endings of the input", async () => {
    const dir = tempDir();
    const file = path.join(dir, "crlf.csv");
    fs.writeFileSync(file, csvText([MIN_HEADER, CLEAN_ROW("A-1")], "\r\n"));
    expect((await cli([file], { cwd: dir })).code).toBe(0);
    const text = fs.readFileSync(path.join(dir, "crlf.screened.csv"), "utf8");
    // record separators are CRLF (line breaks inside a quoted explanation are data, not separators)
    expect(text.startsWith(`\uFEFF${[...MIN_HEADER, ...OUTPUT_COLUMNS].join(",")}\r\n`)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain(`${CLEAN_ROW("A-1").join(",")},NO_LICENSE`);
  });

  it("reads semicolon- and tab-separated files and writes them back with the same separator", async () => {
    const dir = tempDir();
    for (const [name, sep] of [
      ["semi.csv", ";"],
      ["tab.tsv", "\t"],
    ] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, [MIN_HEADER, CLEAN_ROW("A-1", "KP")].map((r) => r.join(sep)).join("\n") + "\n");
      const run = await cli([file], { cwd: dir });
      expect(run.code).toBe(0);
      const outFile = path.join(dir, name.replace(/\.(csv|tsv)$/, ".screened.$1"));
      const lines = fs
        .readFileSync(outFile, "utf8")
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n");
      expect(lines[0].split(sep)).toEqual([...MIN_HEADER, ...OUTPUT_COLUMNS]);
      expect(lines[1].split(sep)[MIN_HEADER.length]).toBe("PROHIBITED");
    }
  });
});

describe("formula injection", () => {
  const header = [...MIN_HEADER, "buyer"];

  async function runWith(row: string[], extra: string[] = []) {
    const dir = tempDir();
    const file = path.join(dir, "inj.csv");
    fs.writeFileSync(file, csvText([header, row]));
    const run = await cli([file, ...extra], { cwd: dir });
    return { run, out: readOutputCsv(path.join(dir, "inj.screened.csv")) };
  }

  it("prefixes our own output cells that start with = + - @ tab CR with an apostrophe", () => {
    // Output values can carry attacker-controlled text (party names from lists, quoted input in explanations).
    const dir = tempDir();
    const file = path.join(dir, "x.csv");
    fs.writeFileSync(
      file,
      csvText([
        ["a", "b"],
        ["1", "=2"],
      ]),
    );
    const src = openCsv(file, fs.statSync(file).size);
    const target = path.join(dir, "o.csv");
    const out = new SafeOutput(target);
    const writer = new CsvWriter(out, src, false);
    const hostile = ['=HYPERLINK("http://x")', "+1", "-2-3", "@SUM(A1)", "\tTAB", "\rCR", "safe", "0.93"];
    const columns = Object.fromEntries(OUTPUT_COLUMNS.map((c, i) => [c, hostile[i] ?? ""]));
    writer.row(0, ["a", "b"], "header", undefined);
    writer.row(1, ["1", "=2"], "order", { decision: "REVIEW", columns } as RowScreened);
    writer.flush();
    out.commit();
    const bytes = fs.readFileSync(target);
    const rows = parse(bytes.subarray(3).toString("utf8")) as string[][];
    expect(rows[1].slice(0, 10)).toEqual(["1", "=2", ...hostile.slice(0, 6).map((v) => `'${v}`), "safe", "0.93"]);
  });

  it("echoes formula-like input cells unchanged by default and says so", async () => {
    const row = [
      "=1+1",
      "Valves",
      "8481.80",
      "non-controlled",
      "US",
      "Example Co",
      "+cmd",
      "2027-01-01",
      "2010-01-01",
      "@x",
    ];
    const { run, out } = await runWith(row);
    expect(out[1].slice(0, header.length)).toEqual(row);
    expect(run.stdout).toContain("3 value(s) starting with = + - @");
    expect(run.stdout).toContain("A2");
  });

  it("does not count plain signed numbers as formulas", async () => {
    const row = [
      "-15",
      "Valves",
      "8481.80",
      "non-controlled",
      "US",
      "Example Co",
      "Brewery",
      "2027-01-01",
      "2010-01-01",
      "+81",
    ];
    const { run } = await runWith(row);
    expect(run.stdout).not.toContain("starting with = + - @");
  });

  it("escapes formula-like input cells too with --escape-input", async () => {
    const row = [
      "=1+1",
      "Valves",
      "8481.80",
      "non-controlled",
      "US",
      "Example Co",
      "Brewery",
      "2027-01-01",
      "2010-01-01",
      "-5",
    ];
    const { run, out } = await runWith(row, ["--escape-input"]);
    expect(out[1][0]).toBe("'=1+1");
    expect(out[1][header.length - 1]).toBe("-5");
    expect(run.stdout).toContain("--escape-input: 1 formula-like input value(s)");
  });
});

describe("layout", () => {
  it("finds the header below title rows, keeps title and blank rows, and screens only order rows", async () => {
    const dir = tempDir();
    const file = path.join(dir, "titled.csv");
    fs.writeFileSync(
      file,
      csvText([["Orders November"], [""], MIN_HEADER, CLEAN_ROW("A-1"), [""], CLEAN_ROW("A-2", "North Korea")]),
    );
    const run = await cli([file], { cwd: dir });
    expect(run.code).toBe(0);
    const out = readOutputCsv(path.join(dir, "titled.screened.csv"));
    const w = MIN_HEADER.length;
    expect(out[0][0]).toBe("Orders November");
    expect(out[0].slice(1).every((v) => v === "")).toBe(true);
    expect(out[2].slice(w)).toEqual([...OUTPUT_COLUMNS]);
    expect(out[3][w]).toBe("NO_LICENSE");
    expect(out[4].every((v) => v === "")).toBe(true);
    expect(out[5][w]).toBe("PROHIBITED");
    expect(run.stdout).toContain("The header row is row 3");
    expect(run.stdout).toContain("1 row(s) with all screened columns blank");
    expect(run.stdout).toMatch(/Total\s+2/);
  });

  it("pads short rows and keeps extra cells of long rows, output after the widest row", async () => {
    const dir = tempDir();
    const file = path.join(dir, "ragged.csv");
    fs.writeFileSync(file, csvText([MIN_HEADER, CLEAN_ROW("A-1").slice(0, 5), [...CLEAN_ROW("A-2"), "extra note"]]));
    const run = await cli([file], { cwd: dir });
    expect(run.code).toBe(0);
    const out = readOutputCsv(path.join(dir, "ragged.screened.csv"));
    const w = MIN_HEADER.length + 1;
    expect(out.every((r) => r.length === w + OUTPUT_COLUMNS.length)).toBe(true);
    expect(out[0][w]).toBe("decision");
    expect(out[2][MIN_HEADER.length]).toBe("extra note");
    expect(DECISIONS).toContain(out[1][w]);
    expect(run.stdout).toContain("2 row(s) have more or fewer cells");
  });

  it("screens rows with garbage values without failing any row", async () => {
    const dir = tempDir();
    const file = path.join(dir, "junk.csv");
    const junk = ["#N/A", "#VALUE!", "", "\u0000", "💥", "=A1", "9".repeat(400), "TRUE", "-0"];
    const rows = [MIN_HEADER, ...junk.map((j, i) => MIN_HEADER.map((_, k) => (k === 0 ? `J-${i}` : j)))];
    fs.writeFileSync(file, csvText(rows));
    const run = await cli([file], { cwd: dir });
    expect(run.code).toBe(0);
    const recs = records(readOutputCsv(path.join(dir, "junk.screened.csv")));
    expect(recs).toHaveLength(junk.length);
    for (const r of recs) expect(DECISIONS).toContain(r.decision);
  });

  it("notes unmapped and duplicate headers but still runs", async () => {
    const dir = tempDir();
    const file = path.join(dir, "dup.csv");
    fs.writeFileSync(
      file,
      csvText([
        [...MIN_HEADER, "Sales rep", "仕向地"],
        [...CLEAN_ROW("A-1"), "Tanaka", "KP"],
      ]),
    );
    const run = await cli([file], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"Sales rep"');
    expect(run.stdout).toMatch(/Column K "仕向地" is the same field \(destination\) as column E/);
    // two destination columns that disagree (US, KP): never a silent choice of one (issue 9: INPUT_CONFLICT → REVIEW)
    const out = records(readOutputCsv(path.join(dir, "dup.screened.csv")))[0];
    expect(out.decision).toBe("REVIEW");
    expect(JSON.stringify(out)).toMatch(/INPUT_CONFLICT|食い違|disagree/);
  });
});
