/**
 * `npm run screen`: read an order sheet (.csv or .xlsx), map its headers, screen every row with the engine,
 * write the input back unchanged plus the output columns to a new file, and print a summary.
 * Exit codes: 0 = it ran (whatever the decisions), 2 = unusable input or arguments, 1 = internal error.
 */
import * as fs from "fs";
import * as path from "path";
import { OUTPUT_COLUMNS, createContext } from "../engine";
import { columnLetter, findHeaderRow, headerText } from "../engine/headers";
import type { Lang, Text } from "../engine/types";
import { defaultLang, parseCliArgs } from "./args";
import { parseCsvBytes, raggedCount, renderCsv } from "./csvFile";
import { InputError, msg } from "./messages";
import { checkOutputPath, defaultOutputPath } from "./outputFile";
import { removeStaleTemps, writeFileAtomic } from "./safeOutput";
import { ListImportError } from "../engine/parties/list-model";
import type { PartyScreener } from "../engine/types";
import { findOrder, formatExplain } from "./explain";
import { loadPartyScreener } from "./lists";
import { describeChanges, readPreviousOutput } from "./previousFile";
import { formatReport, RunReport } from "./report";
import { screenSheet, toOrderRow } from "./screenSheet";
import { checkWhatIf, formatExplainExtras } from "./explainExtras";
import { isZip, readXlsx, renderXlsx, writeOutputColumns, outputStartColumn } from "./xlsxFile";
import { addSummarySheet } from "./xlsxSummary";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Folder that relative paths are resolved against. */
  cwd: string;
  now: () => Date;
}

/** The bundled example order sheet screened when no input is given. */
export const EXAMPLE_INPUT = path.resolve(__dirname, "..", "..", "examples", "orders-example.csv");

type Format = "csv" | "xlsx";

function formatOf(file: string): Format | "unsupported" | "sniff" {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".xls" || ext === ".xlsb" || ext === ".ods" || ext === ".numbers") return "unsupported";
  return "sniff";
}

function readInputBytes(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(msg.missingFile(file));
  }
  if (!stat.isFile()) throw new InputError(msg.notAFile(file));
  if (stat.size === 0) throw new InputError(msg.emptyFile(file));
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new InputError(msg.unreadableFile(file, e instanceof Error ? e.message : String(e)));
  }
}

export async function runCli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const env = io.env ?? process.env;
  const out = io.stdout ?? ((s: string) => process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => process.stderr.write(s));
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => new Date());
  let lang: Lang = defaultLang(env);
  try {
    const args = parseCliArgs(argv);
    lang = args.lang ?? lang;
    if (args.help) {
      out(msg.usage()[lang] + "\n");
      return 0;
    }
    const report = await run(args, lang, cwd, now);
    out(formatReport(report, lang));
    if (args.explain !== undefined) {
      const text = formatExplain(report.screened.outcomes, args.explain, lang);
      if (findOrder(report.screened.outcomes, args.explain).length === 0) err(text);
      else out(text + explainExtras(report, args, lang));
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      // The chosen language first, then the other one: the locale guess may be wrong, and logs get forwarded.
      const other: Lang = lang === "ja" ? "en" : "ja";
      const block = (l: Lang) => [e.text[l], ...e.details.map((d) => `  - ${d[l]}`)].join("\n");
      err(`${block(lang)}\n${block(other)}\n`);
      return 2;
    }
    err(msg.internalError(e instanceof Error ? (e.stack ?? e.message) : String(e))[lang] + "\n");
    return 1;
  }
}

async function run(
  args: ReturnType<typeof parseCliArgs>,
  lang: Lang,
  cwd: string,
  now: () => Date,
): Promise<RunReport> {
  checkWhatIf(args.whatIf);
  const bundled = args.input === undefined;
  const input = bundled ? EXAMPLE_INPUT : path.resolve(cwd, args.input!);
  const bytes = readInputBytes(input);

  let format = formatOf(input);
  if (format === "unsupported") throw new InputError(msg.unsupportedFormat(input));
  if (format === "sniff") format = isZip(bytes) ? "xlsx" : "csv";
  if (format === "csv" && isZip(bytes)) throw new InputError(msg.zipNamedCsv(input));

  let outputFile: string;
  if (args.out !== undefined) outputFile = path.resolve(cwd, args.out);
  else if (bundled) {
    // Keep the repository clean: the example's output goes to ./out (git-ignored).
    const dir = path.join(cwd, "out");
    fs.mkdirSync(dir, { recursive: true });
    outputFile = path.join(dir, path.basename(defaultOutputPath(input)));
  } else outputFile = defaultOutputPath(input);
  const outFormat = formatOf(outputFile);
  if (outFormat !== format && !(outFormat === "sniff")) {
    throw new InputError(msg.outFormatMismatch(path.extname(input) || format, path.extname(outputFile)));
  }
  const readFiles = [input, args.eul, ...args.lists, args.allow, args.previous]
    .filter((f): f is string => !!f)
    .map((f) => path.resolve(cwd, f));
  checkOutputPath(outputFile, readFiles);
  const staleNotes = removeStaleTemps(outputFile);

  const sheet = format === "csv" ? parseCsvBytes(bytes, input) : await readXlsx(bytes, input, args.sheet);
  const grid = sheet.grid;

  const guess = findHeaderRow(grid.rows);
  if (!guess) throw new InputError(msg.noHeader());
  if (!guess.mapping.ok) {
    throw new InputError(
      msg.missingRequired(),
      guess.mapping.messages.filter((m) => m.en.startsWith("Required column")),
    );
  }
  const headerIndex = guess.index;
  const mapping = guess.mapping;
  const headerCells = grid.rows[headerIndex];

  let parties: PartyScreener | undefined;
  const listNotes: string[] = [];
  if (args.eul !== undefined || args.lists.length > 0 || args.allow !== undefined) {
    const abs = (f: string) => path.resolve(cwd, f);
    try {
      const loaded = await loadPartyScreener({
        eul: args.eul === undefined ? undefined : abs(args.eul),
        lists: args.lists.map(abs),
        allow: args.allow === undefined ? undefined : abs(args.allow),
      });
      parties = loaded.screener;
      listNotes.push(...loaded.notes);
    } catch (e) {
      if (e instanceof ListImportError) throw new InputError(msg.listLoadFailed(), [e.text]);
      throw e;
    }
  }
  const previous =
    args.previous === undefined ? undefined : await readPreviousOutput(path.resolve(cwd, args.previous), args.sheet);
  const ctx = createContext({ parties });

  const screened = screenSheet(grid.rows, headerIndex, mapping, ctx, lang);
  if (screened.outcomes.length === 0) throw new InputError(msg.noDataRows());

  const notes: Text[] = [...staleNotes, ...grid.notes];
  if (headerIndex > 0) notes.push(msg.headerRowNotFirst(headerIndex + 1));
  notes.push(...mapping.messages);
  const outputNames = new Set<string>(OUTPUT_COLUMNS);
  if (headerCells.some((h) => outputNames.has(headerText(h).trim()))) notes.push(msg.alreadyScreened());
  if (screened.blankRows > 0) notes.push(msg.blankRowsSkipped(screened.blankRows));
  const failed = screened.outcomes.filter((o) => o.engineError).map((o) => o.index + 1);
  if (failed.length > 0) notes.push(msg.engineFailed(failed));

  const report: RunReport = {
    previous: previous && describeChanges(previous, screened.outcomes, args.previous!),
    inputFile: shownPath(cwd, input),
    outputFile: shownPath(cwd, outputFile),
    format,
    headerRow: headerIndex + 1,
    headerCells,
    mapping,
    screened,
    listNotes,
    notes,
    engine: { ctx, rowOf: (index) => toOrderRow(grid.rows[index], mapping) },
  };

  const outputHeader = [...OUTPUT_COLUMNS];
  const values = (o: (typeof screened.outcomes)[number]) => OUTPUT_COLUMNS.map((c) => o.columns[c]);

  if (sheet.kind === "csv") {
    report.encoding = sheet.decoded.label;
    if (args.sheet !== undefined) notes.push(msg.sheetIgnoredForCsv(args.sheet));
    const ragged = raggedCount(sheet, headerIndex);
    if (ragged > 0) notes.push(msg.raggedRows(ragged));
    if (sheet.formulaLike.length > 0) {
      notes.push(msg.csvFormulaLike(sheet.formulaLike.length, sheet.formulaLike.slice(0, 5)));
      if (args.escapeInput) notes.push(msg.csvFormulaEscaped(sheet.formulaLike.length));
    }
    const data = renderCsv(sheet, {
      headerIndex,
      outputHeader,
      outputs: new Map(screened.outcomes.map((o) => [o.index, values(o)])),
      escapeInput: args.escapeInput,
    });
    writeFileAtomic(outputFile, data);
  } else {
    const scoreColumn = OUTPUT_COLUMNS.indexOf("party_match_score");
    report.sheetName = sheet.worksheet.name;
    report.outputFrom = columnLetter(outputStartColumn(sheet) - 1);
    writeOutputColumns(sheet, {
      headerIndex,
      outputHeader,
      outputs: new Map(
        screened.outcomes.map((o) => [o.index, values(o).map((v, k) => (k === scoreColumn ? xlsxValue(v) : v))]),
      ),
      decisions: new Map(screened.outcomes.map((o) => [o.index, o.result.decision])),
      decisionColumn: OUTPUT_COLUMNS.indexOf("decision"),
      scoreColumn,
    });
    addSummarySheet(sheet.workbook, report, lang, now());
    writeFileAtomic(outputFile, await renderXlsx(sheet.workbook));
  }
  return report;
}

function explainExtras(report: RunReport, args: ReturnType<typeof parseCliArgs>, lang: Lang): string {
  if (!report.engine || args.explain === undefined) return "";
  const extras = { regimes: args.regimes, whatIf: args.whatIf };
  return formatExplainExtras(
    report.screened.outcomes,
    args.explain,
    lang,
    extras,
    report.engine.rowOf,
    report.engine.ctx,
  );
}

/** A single numeric score becomes a number cell; everything else stays text. */
function xlsxValue(v: string): string | number {
  return /^\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

/** A path as the user should see it: relative to the working folder when inside it, else absolute. */
function shownPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}
