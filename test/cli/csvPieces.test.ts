/**
 * CSV screened in pieces (src/cli/csvChunks.ts): which files qualify (regular quoting and line endings), that the
 * pieces cut from a file parse to exactly the records of the whole file (property test), and that the output file
 * and the printed summary are byte for byte those of the streaming path (ANPO_CSV_PIECES=0) on real files: the
 * bundled examples, and files built from them with quoted multi-line cells, CRLF, a BOM, title rows, blank and
 * ragged rows, formula-like values, no final line ending, a party list. The worker threads of the bundle are
 * compared in process.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { CsvPieces, piecewise } from "../../src/cli/csvChunks";
import { CSV_PARSE_OPTIONS, openCsv } from "../../src/cli/csvStream";
import { parseRegularCsv } from "../../src/cli/csvRegular";
import { runCli } from "../../src/cli/run";
import { EXAMPLE_CSV, EXAMPLE_JA_CSV, REPO, tempDir } from "./helpers";

function sourceOf(text: string | Buffer) {
  const file = path.join(tempDir(), "in.csv");
  fs.writeFileSync(file, text);
  return openCsv(file, fs.statSync(file).size);
}

describe("which CSV files are screened in pieces", () => {
  it.each([
    ["plain LF", "a,b\n1,2\n"],
    ["CRLF", "a,b\r\n1,2\r\n"],
    ["quoted cells with separators, doubled quotes and line breaks", 'a,b\n"x, y","say ""hi""\nthere"\n'],
    ["no final line ending", "a,b\n1,2"],
    ["an empty quoted cell and a closing quote at the end", 'a,b\n"",x\n1,"2"'],
  ])("regular: %s", (_, text) => {
    const src = sourceOf(text);
    expect(src.regular).toBe(true);
    expect(piecewise(src)).toBe(true);
  });

  it.each([
    ["a quote inside an unquoted cell", 'a,b\n5" pipe,2\n'],
    ["text after a closing quote", 'a,b\n"x"y,2\n'],
    ["LF and CRLF mixed", "a,b\r\n1,2\n3,4\r\n"],
    ["a CR alone", "a,b\r1,2\r"],
    ["an unterminated quote", 'a,b\n"1,2\n'],
  ])("irregular (parsed as one stream): %s", (_, text) => {
    expect(sourceOf(text).regular).toBe(false);
  });

  it("only UTF-8 files: a regular Shift_JIS file is parsed as one stream", () => {
    const src = sourceOf(Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0x32, 0x0a]));
    expect(src.encoding).toBe("cp932");
    expect(piecewise(src)).toBe(false);
  });
});

describe("pieces parse to the records of the whole file, and the regular-file parser agrees with csv-parse", () => {
  const cell = fc.oneof(
    fc.constantFrom("", " ", "x", "注文", "a,b", 'say "hi"', "two\nlines", "crlf\r\nin cell", '"', ",", "日本 "),
    fc.string({ maxLength: 6 }),
  );
  const record = fc.array(cell, { minLength: 1, maxLength: 5 });
  const quoteCell = (v: string) => (/[",\r\n]/.test(v) || v === "" ? `"${v.replace(/"/g, '""')}"` : v);

  it("on the bundled examples and a semicolon-separated, tab-separated file", () => {
    for (const file of [EXAMPLE_CSV, EXAMPLE_JA_CSV]) {
      const text = fs.readFileSync(file, "utf8");
      expect(sourceOf(text).regular).toBe(true);
      expect(parseRegularCsv(text, ",")).toEqual(parse(text, { ...CSV_PARSE_OPTIONS, delimiter: "," }));
    }
    for (const d of [";", "\t"]) {
      const text = `a${d}"b${d}c"${d}\n1${d}""${d}3\r`.replace("\r", "\n");
      expect(parseRegularCsv(text, d)).toEqual(parse(text, { ...CSV_PARSE_OPTIONS, delimiter: d }));
    }
  });

  it("for any regular file and any piece size (fast-check, 300 files)", () => {
    let regular = 0;
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 40 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.integer({ min: 1, max: 200 }),
        (recs, eol, finalEol, minChars) => {
          // Cells quoted when needed or at random positions; empty lines allowed (a record of one empty cell).
          const text =
            recs
              .map((r, i) => r.map((v, j) => ((i + j) % 3 === 0 ? quoteCell(v) : quoteCellIfNeeded(v))).join(","))
              .join(eol) + (finalEol ? eol : "");
          if (text.trim() === "") return; // a file of blanks only is refused as empty (tested on its own)
          const src = sourceOf(text);
          if (!src.regular) return; // e.g. a bare CR inside an unquoted cell
          regular++;
          const whole = parse(text, { ...CSV_PARSE_OPTIONS, delimiter: "," }) as string[][];
          const pieces = new CsvPieces(src);
          const got: string[][] = [];
          for (;;) {
            const p = pieces.next(minChars);
            if (!p) break;
            const recsOfPiece = parse(p.text, { ...CSV_PARSE_OPTIONS, delimiter: "," }) as string[][];
            expect(recsOfPiece.length).toBe(p.records);
            expect(parseRegularCsv(p.text, ",")).toEqual(recsOfPiece);
            got.push(...recsOfPiece);
          }
          pieces.close();
          expect(got).toEqual(whole);
          expect(parseRegularCsv(text, ",")).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
    expect(regular).toBeGreaterThan(200); // the property was checked on most files, not skipped
  });

  function quoteCellIfNeeded(v: string): string {
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }
});

/** Piece size in these tests, so that a file of a few hundred rows is cut into many pieces. */
const SMALL_PIECE = 8192;

async function runBoth(argv: string[], dir: string) {
  const one = async (pieces: boolean, out: string) => {
    let stdout = "";
    let stderr = "";
    const code = await runCli([...argv, "--out", out], {
      cwd: dir,
      env: {
        LANG: "en_US.UTF-8",
        ...(pieces ? { ANPO_CSV_PIECE_CHARS: String(SMALL_PIECE) } : { ANPO_CSV_PIECES: "0" }),
      },
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      now: () => new Date("2026-11-20T09:00:00Z"),
    });
    return { code, stdout: stdout.replace(out, "OUT"), stderr, bytes: fs.readFileSync(path.join(dir, out)) };
  };
  return { stream: await one(false, "stream.csv"), pieces: await one(true, "pieces.csv") };
}

/** A larger file from the example's rows: several pieces, and every kind of row the writer handles. */
function tricky(eol: string, bom: boolean, finalEol: boolean): string {
  const lines = fs.readFileSync(EXAMPLE_CSV, "utf8").trim().split(/\r?\n/);
  const out = ["Order sheet (title row),,", "", lines[0]];
  const body = lines.slice(1);
  const rows = 400;
  for (let i = 0; i < rows; i++) {
    let l = body[i % body.length].replace(/^[^,]*/, `T-${i}`);
    if (i % 7 === 0) l = l.replace(",L/C at sight,", ',"L/C at sight\nsecond line, with ""quotes""",');
    if (i % 71 === 0) out.push("");
    if (i % 89 === 0) out.push(",,,,,remark only");
    if (i % 97 === 0 && !l.split(",").slice(0, 12).join(",").includes('"')) l = l.split(",").slice(0, 12).join(","); // short
    if (i % 101 === 0) l += ",extra,=HYPERLINK(1)";
    if (i % 113 === 0) out.push(lines[0]); // a repeated header row: not an order (notOrderRow.ts)
    out.push(l);
  }
  out.push("合計,,,,,400"); // a totals line: not an order
  return (bom ? "\uFEFF" : "") + out.join(eol) + (finalEol ? eol : "");
}

describe("output identical to parsing as one stream", () => {
  it.each([
    ["the bundled example", EXAMPLE_CSV, []],
    ["the Japanese example", EXAMPLE_JA_CSV, []],
    [
      "the bundled example with the demo party list",
      EXAMPLE_CSV,
      ["--list", path.join(REPO, "examples", "demo-list.csv")],
    ],
    ["the bundled example with --escape-input, in Japanese", EXAMPLE_CSV, ["--escape-input", "--lang", "ja"]],
  ])("%s", async (_, file, extra) => {
    const dir = tempDir();
    const { stream, pieces } = await runBoth([file as string, ...(extra as string[])], dir);
    expect(stream.code).toBe(0);
    expect(pieces).toEqual(stream);
  });

  it.each([
    ["LF, title and blank rows, quoted line breaks, short and long rows, formula-like cells", "\n", false, true],
    ["CRLF with a BOM", "\r\n", true, true],
    ["no final line ending", "\n", false, false],
  ])(
    "a %s file over several pieces",
    async (_, eol, bom, finalEol) => {
      const dir = tempDir();
      const text = tricky(eol as string, bom as boolean, finalEol as boolean);
      fs.writeFileSync(path.join(dir, "orders.csv"), text);
      const src = openCsv(path.join(dir, "orders.csv"), Buffer.byteLength(text));
      expect(piecewise(src)).toBe(true);
      expect(Buffer.byteLength(text)).toBeGreaterThan(10 * SMALL_PIECE);
      const { stream, pieces } = await runBoth(["orders.csv", "--quiet"], dir);
      expect(stream.code).toBe(0);
      expect(stream.stdout).toContain("Rows needing attention");
      expect(stream.stdout).toMatch(/not orders?/i);
      expect(pieces.bytes.equals(stream.bytes)).toBe(true);
      expect(pieces).toEqual(stream);
    },
    120_000,
  );
});
