/**
 * `npm run screen`: read an order sheet (.csv or .xlsx), map its headers, screen every row with the engine,
 * write the input back unchanged plus the output columns to a new file, and print a summary.
 * Exit codes: 0 = it ran (whatever the decisions), 2 = unusable input or arguments, 1 = internal error.
 */
import * as fs from "fs";
import * as path from "path";
import { DECISIONS, OUTPUT_COLUMNS, type EngineContext } from "../engine";
import { JsonlWriter } from "./jsonlOutput";
import { columnLetter, headerText } from "../engine/headers";
import { versionsOf } from "../engine/screen";
import type { Lang, Text } from "../engine/types";
import { defaultLang, parseCliArgs, type CliArgs } from "./args";
import { CsvWriter } from "./csvOutput";
import { openCsv, readCsvRecords } from "./csvStream";
import { InputError, msg } from "./messages";
import { checkOutputPath, defaultOutputPath } from "./outputFile";
import { ListImportError } from "../engine/parties/list-model";
import type { PartyScreener } from "../engine/types";
import { findOrder, formatExplain } from "./explain";
import { loadPartyLists, loadPartyScreener, type LoadPartyScreenerOptions } from "./lists";
import { endUserListState } from "../engine/parties/list-model";
import { describeChanges, readPreviousOutput } from "./previousFile";
import { formatReport, RunReport } from "./report";
import { renderHtmlReport } from "./htmlReport";
import { checkWhatIf, formatExplainExtras } from "./explainExtras";
import { createProgress, type Progress } from "./progress";
import { removeStaleTemps, SafeOutput } from "./safeOutput";
import { defaultThreads, mainContext, workerFile } from "./screenPool";
import { screenRows, type HeaderFound } from "./sheetRun";
import { piecewise, screenCsvPieces } from "./csvChunks";
import { isZip, openWorkbook, SheetReader, XlsxPatcher } from "./xlsxPatch";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Folder that relative paths are resolved against. */
  cwd: string;
  now: () => Date;
  /** Whether stderr is a terminal (progress bar) — else progress comes as a line every 10 %. */
  stderrIsTty: boolean;
}

/** Files with fewer rows than this finish too fast to need a progress display. */
export const PROGRESS_MIN_ROWS = 5000;

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

/** Checks the input exists and is a non-empty file; returns its size and first bytes. */
function inspectInput(file: string): { size: number; head: Uint8Array } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(msg.missingFile(file));
  }
  if (!stat.isFile()) throw new InputError(msg.notAFile(file));
  if (stat.size === 0) throw new InputError(msg.emptyFile(file));
  try {
    const fd = fs.openSync(file, "r");
    const head = Buffer.alloc(8);
    const n = fs.readSync(fd, head, 0, 8, 0);
    fs.closeSync(fd);
    return { size: stat.size, head: head.subarray(0, n) };
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
    const report = await run(env, args, lang, cwd, now, (total) =>
      createProgress({
        quiet: args.quiet || total < PROGRESS_MIN_ROWS,
        isTty: io.stderrIsTty ?? (io.stderr === undefined && process.stderr.isTTY === true),
        total,
        lang,
        write: err,
      }),
    );
    out(formatReport(report, lang));
    if (args.explain !== undefined) {
      const text = formatExplain(report.screened.explained, args.explain, lang);
      if (findOrder(report.screened.explained, args.explain).length === 0) err(text);
      else out(text + explainExtras(report, args, lang));
    }
    if (args.failOn !== undefined) {
      const level = DECISIONS.indexOf(args.failOn);
      const hits = DECISIONS.filter((_, k) => k <= level).reduce((n, d) => n + report.screened.counts[d], 0);
      if (hits > 0) {
        err(msg.failOnHit(args.failOn, hits)[lang] + "\n");
        return 3;
      }
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
  env: Record<string, string | undefined>,
  args: CliArgs,
  lang: Lang,
  cwd: string,
  now: () => Date,
  progressFor: (total: number) => Progress,
): Promise<RunReport> {
  checkWhatIf(args.whatIf);
  const bundled = args.input === undefined;
  const input = bundled ? EXAMPLE_INPUT : path.resolve(cwd, args.input!);
  const { size, head } = inspectInput(input);

  let format = formatOf(input);
  if (format === "unsupported") throw new InputError(msg.unsupportedFormat(input));
  if (format === "sniff") format = isZip(head) ? "xlsx" : "csv";
  if (format === "csv" && isZip(head)) throw new InputError(msg.zipNamedCsv(input));

  let outputFile: string;
  if (args.out !== undefined) outputFile = path.resolve(cwd, args.out);
  else if (bundled) {
    // Keep the repository clean: the example's output goes to ./out (git-ignored).
    const dir = path.join(cwd, "out");
    fs.mkdirSync(dir, { recursive: true });
    outputFile = path.join(dir, path.basename(defaultOutputPath(input, args.format)));
  } else outputFile = defaultOutputPath(input, args.format);
  const outFormat = formatOf(outputFile);
  if (args.format === "jsonl") {
    if (outFormat !== "sniff") throw new InputError(msg.outFormatMismatch(".jsonl", path.extname(outputFile)));
  } else if (outFormat !== format && !(outFormat === "sniff")) {
    throw new InputError(msg.outFormatMismatch(path.extname(input) || format, path.extname(outputFile)));
  }
  const readFiles = [input, args.eul, ...args.lists, args.allow, args.previous]
    .filter((f): f is string => !!f)
    .map((f) => path.resolve(cwd, f));
  checkOutputPath(outputFile, readFiles);
  const staleNotes = removeStaleTemps(outputFile);
  const reportFile = args.report === undefined ? undefined : path.resolve(cwd, args.report);
  if (reportFile !== undefined) {
    if (reportFile === outputFile) throw new InputError(msg.sameReportAndOutput(reportFile));
    checkOutputPath(reportFile, readFiles);
    staleNotes.push(...removeStaleTemps(reportFile));
  }

  // The lists are loaded here first, so that a bad list file stops the run before anything is written. With
  // worker threads the workers build the party index; the main thread only reads and checks the files (unless
  // --explain screens again here).
  const threads = args.threads ?? defaultThreads(size);
  const mainScreens = !(threads > 0 && workerFile()) || args.explain !== undefined;
  let parties: PartyScreener | undefined;
  let listVersions: Record<string, string> | undefined;
  let listSpec: LoadPartyScreenerOptions | null = null;
  const listNotes: Text[] = [];
  if (args.eul !== undefined || args.lists.length > 0 || args.allow !== undefined) {
    const abs = (f: string) => path.resolve(cwd, f);
    listSpec = {
      eul: args.eul === undefined ? undefined : abs(args.eul),
      lists: args.lists.map(abs),
      allow: args.allow === undefined ? undefined : abs(args.allow),
    };
    try {
      if (mainScreens) {
        const loaded = await loadPartyScreener(listSpec);
        parties = loaded.screener;
        listNotes.push(...loaded.notes);
      } else {
        const loaded = await loadPartyLists(listSpec);
        listVersions = loaded.versions;
        listNotes.push(...loaded.notes);
      }
    } catch (e) {
      if (e instanceof ListImportError) throw new InputError(msg.listLoadFailed(), [e.text]);
      throw e;
    }
  }
  const previous =
    args.previous === undefined ? undefined : await readPreviousOutput(path.resolve(cwd, args.previous), args.sheet);
  const ctx = mainContext({ parties, asOf: args.asOf });
  const versions = listVersions ? { ...versionsOf(ctx), lists: listVersions } : versionsOf(ctx);
  const setup = {
    threads,
    lang,
    keepResults: args.explain !== undefined || args.format === "jsonl",
    lists: listSpec,
    ctx,
  };
  const common = { setup, versions, explain: args.explain, keepCurrent: previous !== undefined };

  const notes: Text[] = [...staleNotes];
  let report: RunReport;
  if (format === "csv") {
    if (args.sheet !== undefined) notes.push(msg.sheetIgnoredForCsv(args.sheet));
    const src = openCsv(input, size);
    let output: SafeOutput | undefined;
    let writer: CsvWriter | JsonlWriter | undefined;
    const progress = progressFor(src.records);
    try {
      const sink = (h: HeaderFound) => {
        output = new SafeOutput(outputFile);
        writer =
          args.format === "jsonl"
            ? new JsonlWriter(output, h.mapping.byField.order_id)
            : new CsvWriter(output, src, args.escapeInput);
        return writer;
      };
      // Pieces parsed and formatted in the workers (csvChunks.ts) when the file allows it and no option needs every
      // row's whole result or the rows as read; ANPO_CSV_PIECES=0 parses as one stream in this thread (comparison),
      // ANPO_CSV_PIECE_CHARS sets the piece size (tests).
      const pieces =
        piecewise(src) &&
        args.format !== "jsonl" &&
        args.explain === undefined &&
        previous === undefined &&
        env.ANPO_CSV_PIECES !== "0";
      let invalid: () => number;
      let done: Awaited<ReturnType<typeof screenRows>>;
      if (pieces) {
        const d = await screenCsvPieces(src, {
          ...common,
          escapeInput: args.escapeInput,
          pieceChars: Number(env.ANPO_CSV_PIECE_CHARS) > 0 ? Number(env.ANPO_CSV_PIECE_CHARS) : undefined,
          progress: (rows) => progress.update(rows),
          start: (h) => sink(h) as CsvWriter,
        });
        [done, invalid] = [d, () => d.invalid];
      } else {
        const reading = readCsvRecords(src);
        done = await screenRows(reading.records, {
          ...common,
          progress: (rows) => progress.update(rows),
          start: sink,
        });
        invalid = reading.invalid;
      }
      if (done.screened.total === 0) throw new InputError(msg.noDataRows());
      writer!.flush();
      output!.commit();
      if (src.encoding !== "utf-8" && src.encoding !== "utf-8-bom") notes.push(msg.encodingUsed(src.label));
      if (invalid() > 0) notes.push(msg.invalidBytes(invalid(), src.label));
      report = baseReport(done, input, outputFile, cwd, "csv", notes, listNotes, ctx);
      if (previous) report.previous = describeChanges(previous, report.screened.current ?? [], args.previous!);
      report.encoding = src.label;
      if (writer instanceof CsvWriter) notes.push(...writer.notes(args.escapeInput));
    } finally {
      progress.stop();
      output?.abort();
    }
  } else {
    const wb = openWorkbook(input, args.sheet);
    const reader = new SheetReader(wb);
    let patcher: XlsxPatcher | undefined;
    let jsonl: { out: SafeOutput; writer: JsonlWriter } | undefined;
    const progress = progressFor(wb.lastRow);
    try {
      const done = await screenRows(reader.rows(), {
        ...common,
        progress: (rows) => progress.update(rows),
        start: (h) => {
          if (args.format !== "jsonl") return (patcher = new XlsxPatcher(wb, reader, outputFile, h.headerIndex + 1));
          const out = new SafeOutput(outputFile);
          jsonl = { out, writer: new JsonlWriter(out, h.mapping.byField.order_id, () => reader.queue.splice(0)) };
          return jsonl.writer;
        },
      });
      if (done.screened.total === 0) throw new InputError(msg.noDataRows());
      notes.push(...reader.notes());
      report = baseReport(done, input, outputFile, cwd, "xlsx", notes, listNotes, ctx);
      if (previous) report.previous = describeChanges(previous, report.screened.current ?? [], args.previous!);
      report.sheetName = wb.sheet.name;
      if (patcher) {
        report.outputFrom = columnLetter(patcher.outputFrom);
        patcher.finish(report, lang, now());
      } else {
        jsonl!.writer.flush();
        jsonl!.out.commit();
      }
    } finally {
      progress.stop();
      patcher?.abort();
      jsonl?.out.abort();
    }
  }
  if (reportFile !== undefined) {
    const page = new SafeOutput(reportFile);
    try {
      page.write(renderHtmlReport(report, lang, now()));
      page.commit();
    } finally {
      page.abort();
    }
  }
  return report;
}

function baseReport(
  done: Awaited<ReturnType<typeof screenRows>>,
  input: string,
  outputFile: string,
  cwd: string,
  format: Format,
  notes: Text[],
  listNotes: Text[],
  ctx: EngineContext,
): RunReport {
  const { headerIndex, mapping, headerCells, screened } = done;
  if (headerIndex > 0) notes.push(msg.headerRowNotFirst(headerIndex + 1));
  notes.push(...mapping.messages);
  const outputNames = new Set<string>(OUTPUT_COLUMNS);
  if (headerCells.some((h) => outputNames.has(headerText(h).trim()))) notes.push(msg.alreadyScreened());
  if (screened.blankRows > 0) notes.push(msg.blankRowsSkipped(screened.blankRows));
  if (done.notOrders.length > 0) notes.push(msg.notOrderRows(done.notOrders));
  if (screened.failedCount > 0) notes.push(msg.engineFailed(screened.failedCount, screened.failedRows));
  // The lists in force decide whether a row could be cleared (rules/flow.ts EUL_CHECKED); the note says so with counts.
  const eul = endUserListState(screened.versions.lists);
  if (eul === "standIn") listNotes.push(msg.demoStandsInForEndUserList());
  else if (eul === "no") {
    const n = screened.endUserListNotChecked ?? { all: 0, only: 0 };
    listNotes.push(msg.noEndUserList(n.only, n.all));
  }
  return {
    inputFile: shownPath(cwd, input),
    outputFile: shownPath(cwd, outputFile),
    format,
    headerRow: headerIndex + 1,
    headerCells,
    mapping,
    screened,
    listNotes,
    notes,
    engine: { ctx, rowOf: (index) => screened.explained.find((o) => o.index === index)?.row ?? {} },
    threads: done.threads,
  };
}

function explainExtras(report: RunReport, args: ReturnType<typeof parseCliArgs>, lang: Lang): string {
  if (!report.engine || args.explain === undefined) return "";
  const extras = { regimes: args.regimes, whatIf: args.whatIf, comparePacks: args.comparePacks };
  return formatExplainExtras(
    report.screened.explained,
    args.explain,
    lang,
    extras,
    report.engine.rowOf,
    report.engine.ctx,
  );
}

/** A path as the user should see it: relative to the working folder when inside it, else absolute. */
function shownPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}
