/**
 * Workbooks patched, not rebuilt. The screened sheet is read as a stream (row by row from the decompressed part)
 * and written back with the output cells appended to each row; every other part of the package is copied byte for
 * byte (zipPackage.ts). Rewritten: the screened sheet, styles (fonts, fills and cell formats appended for the
 * output cells), the workbook part and its relationships (one sheet added), content types (one override added),
 * plus the new summary sheet. Shared strings are not touched: output text is written as inline strings.
 * Charts, pivot tables, images, comments, tables, data validation, conditional formats, defined names, macros and
 * anything else stay as they were.
 */
import * as fs from "fs";
import * as path from "path";
import { DECISIONS, OUTPUT_COLUMNS } from "../engine";
import { COLOUR_FILL, COLOUR_INK, DECISION_COLOUR, severityOf } from "../engine/present";
import { columnLetter } from "../engine/headers";
import type { Decision, Lang, Text } from "../engine/types";
import { InputError, msg } from "./messages";
import type { RunReport } from "./report";
import type { RowScreened } from "./rowResult";
import { SafeOutput } from "./safeOutput";
import { MAX_COLUMNS, mergedRanges, outputColumnFrom, type MergedRange } from "./xlsxMerges";
import { chooseSheet } from "./sheetChoice";
import type { RowSink } from "./sheetRun";
import {
  XlsxPackage,
  kid,
  kids,
  readSharedStrings,
  readStyles,
  readWorkbook,
  relsPartOf,
  type SheetRef,
  type WorkbookInfo,
} from "./xlsxPackage";
import {
  appendCells,
  escapeXml,
  lastColumnOf,
  rowValues,
  sheetPieces,
  type CellContext,
  type SheetPiece,
} from "./xlsxSheet";
import { SUMMARY_BASE_NAME, freeSheetName, summaryRows, type SummaryStyle } from "./xlsxSummary";
import { readZip, ZipWriter, entryChunks } from "./zipPackage";

/**
 * Fill and font colours of decision cells (ARGB) from the presentation model's colour tokens (the pane and the
 * HTML report use the same); the two decisions that stop an export are bold.
 */
const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;
export const DECISION_COLOURS: Record<Decision, { fill: string; font: string; bold: boolean }> = Object.fromEntries(
  DECISIONS.map((d) => [
    d,
    { fill: argb(COLOUR_FILL[DECISION_COLOUR[d]]), font: argb(COLOUR_INK), bold: severityOf(d) <= 1 },
  ]),
) as Record<Decision, { fill: string; font: string; bold: boolean }>;
const HEADER_FILL = "FFD9E1F2";
const WIDTHS: Record<string, number> = {
  explanation: 80,
  reasons: 36,
  decision_label: 16,
  decision: 18,
  red_flags: 16,
  party_match_name: 30,
};

/** Workbooks whose package is larger than this when unpacked are refused (says so; not "damaged"). */
export const MAX_UNPACKED_BYTES = 8 * 1024 ** 3;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, m: number[]) => m.every((x, i) => b[i] === x);
export const isZip = (b: Uint8Array) => startsWith(b, ZIP_MAGIC);

export interface OpenedWorkbook {
  pkg: XlsxPackage;
  info: WorkbookInfo;
  sheet: SheetRef;
  ctx: CellContext;
  /** Last used column (0-based) over the whole sheet, rows in the sheet (last row number). */
  lastColumn: number;
  lastRow: number;
  /** How the sheet was chosen, when another sheet came first (sheetChoice.ts). */
  notes: Text[];
  /** The sheet's merged ranges (`<mergeCells>`), 0-based columns, 1-based rows. */
  merges: MergedRange[];
}

/** Opens the package, picks the sheet and makes the first pass over it (last column, number of rows). */
export function openWorkbook(file: string, sheetName?: string): OpenedWorkbook {
  const buf = fs.readFileSync(file);
  if (!isZip(buf)) {
    const why = startsWith(buf, CFB_MAGIC)
      ? "encrypted workbook or old .xls format / 暗号化されたブックか旧形式 .xls"
      : "not a zip package / zip 形式ではありません";
    throw new InputError(msg.unreadableXlsx(file, why));
  }
  const entries = readZip(buf, file);
  const unpacked = entries.reduce((s, e) => s + e.size, 0);
  if (unpacked > MAX_UNPACKED_BYTES) throw new InputError(msg.xlsxTooLarge(file, unpacked, MAX_UNPACKED_BYTES));
  const pkg = new XlsxPackage(buf, entries, file);
  const info = readWorkbook(pkg);
  if (info.sheets.length === 0) throw new InputError(msg.noSheets(file));
  let sheet: SheetRef | undefined;
  if (sheetName !== undefined) {
    const norm = (s: string) => s.trim().normalize("NFKC").toLowerCase();
    sheet = info.sheets.find((s) => s.name === sheetName) ?? info.sheets.find((s) => norm(s.name) === norm(sheetName));
    if (!sheet)
      throw new InputError(
        msg.noSheet(
          sheetName,
          info.sheets.map((s) => s.name),
        ),
      );
  }
  const styles = readStyles(info.stylesPart ? pkg.xml(info.stylesPart) : undefined);
  const ctx: CellContext = {
    shared: readSharedStrings(pkg, info.sharedStringsPart),
    styles,
    date1904: info.date1904,
    formulaCells: [],
    formulaNoCache: [],
    formulaCount: { all: 0, noCache: 0 },
  };
  let notes: Text[] = [];
  if (!sheet) ({ sheet, notes } = chooseSheet(pkg, info.sheets, ctx));
  const entry = pkg.entry(sheet.part);
  if (!entry) throw new InputError(msg.unreadableXlsx(file, `${sheet.part}: missing / ありません`));
  let lastColumn = -1;
  let lastRow = 0;
  const merges: MergedRange[] = [];
  for (const piece of sheetPieces(entryChunks(buf, entry, file))) {
    if (piece.kind === "epilogue") merges.push(...mergedRanges(piece.text));
    if (piece.kind !== "row") continue;
    lastRow = Math.max(lastRow, piece.r);
    const c = lastColumnOf(piece.text);
    if (c > lastColumn) lastColumn = c;
  }
  if (lastColumn < 0) throw new InputError(msg.sheetEmpty(sheet.name));
  return { pkg, info, sheet, ctx, lastColumn, lastRow, notes, merges };
}

/** The rows of the sheet for screening (sheet row i + 1 at position i, missing rows as []), and their text. */
export class SheetReader {
  /** Pieces read but not yet written, in order; a row's text is taken out when its result comes. */
  readonly queue: SheetPiece[] = [];
  private readonly keepText: boolean;

  /** `keepText: false` when the rows are only read (--previous), not written back. */
  constructor(
    private readonly wb: OpenedWorkbook,
    opts: { keepText?: boolean } = {},
  ) {
    this.keepText = opts.keepText ?? true;
  }

  async *rows(): AsyncGenerator<unknown[]> {
    const { pkg, sheet, ctx } = this.wb;
    const entry = pkg.entry(sheet.part)!;
    const keep = (p: SheetPiece) => {
      if (this.keepText) this.queue.push(p);
    };
    let next = 1;
    for (const piece of sheetPieces(entryChunks(pkg.buf, entry, pkg.file))) {
      if (piece.kind !== "row") {
        keep(piece);
        continue;
      }
      if (piece.r < next) {
        // Rows out of order (not valid OOXML): passed through unscreened rather than mis-numbered.
        keep({ kind: "between", text: piece.text });
        continue;
      }
      while (next < piece.r) {
        keep({ kind: "between", text: "" });
        next++;
        yield [];
      }
      keep(piece);
      next++;
      yield rowValues(piece.text, piece.r, ctx);
    }
  }

  notes(): Text[] {
    const c = this.wb.ctx;
    const notes: Text[] = [...this.wb.notes];
    const cachedFormulas = c.formulaCount.all - c.formulaCount.noCache;
    const cachedCells = c.formulaCells.filter((a) => !c.formulaNoCache.includes(a));
    if (cachedFormulas > 0) notes.push(msg.formulaCells(cachedFormulas, cachedCells.slice(0, 5)));
    if (c.formulaCount.noCache > 0) notes.push(msg.formulaNoCache(c.formulaCount.noCache, c.formulaNoCache));
    return notes;
  }
}

interface StyleIds {
  header: number;
  decision: Record<Decision, number>;
  score: number;
  bold: number;
  title: number;
  section: number;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Styles with the output cells' fonts, fills and cell formats appended (existing indexes unchanged). */
function patchStyles(text: string | undefined): { text: string; ids: StyleIds } {
  let s =
    text ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;
  const root = /<([\w.-]+:)?styleSheet\b/.exec(s);
  const p = root?.[1] ?? "";
  const append = (list: string, item: string, items: string[]): number => {
    const open = new RegExp(`<${p}${list}\\b((?:[^>"']|"[^"]*"|'[^']*')*?)(/?)>`);
    let m = open.exec(s);
    if (!m) {
      // The list is missing: add an empty one where the schema puts it (before the next known list).
      const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];
      const after = order.slice(order.indexOf(list) + 1);
      const nextTag = after.map((n) => new RegExp(`<${p}${n}\\b`).exec(s)).find((x) => x);
      const at = nextTag ? nextTag.index : s.lastIndexOf(`</${p}styleSheet>`);
      s = `${s.slice(0, at)}<${p}${list} count="0"></${p}${list}>${s.slice(at)}`;
      m = open.exec(s)!;
    }
    let start = m.index;
    let bodyStart = m.index + m[0].length;
    if (m[2] === "/") {
      const replaced = `<${p}${list}${m[1]}></${p}${list}>`;
      s = s.slice(0, start) + replaced + s.slice(bodyStart);
      bodyStart = start + replaced.length - `</${p}${list}>`.length;
    }
    const close = s.indexOf(`</${p}${list}>`, bodyStart);
    const body = s.slice(bodyStart, close);
    const existing = (body.match(new RegExp(`<${p}${item}[\\s>/]`, "g")) ?? []).length;
    const added = items.join("");
    s = s.slice(0, close) + added + s.slice(close);
    // count attribute
    const openTag = /^<[^>]*>/.exec(s.slice(start))![0];
    const counted = /\bcount\s*=\s*["']\d+["']/.test(openTag)
      ? openTag.replace(/\bcount\s*=\s*["']\d+["']/, `count="${existing + items.length}"`)
      : openTag.replace(/>$/, ` count="${existing + items.length}">`);
    s = s.slice(0, start) + counted + s.slice(start + openTag.length);
    start = 0;
    return existing;
  };
  const font = (bold: boolean, argb?: string, size?: number) =>
    `<${p}font>${bold ? `<${p}b/>` : ""}${size ? `<${p}sz val="${size}"/>` : ""}${argb ? `<${p}color rgb="${argb}"/>` : ""}</${p}font>`;
  const fill = (argb: string) =>
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  const decisions = Object.keys(DECISION_COLOURS) as Decision[];
  const fonts = [
    font(true),
    ...decisions.map((d) => font(DECISION_COLOURS[d].bold, DECISION_COLOURS[d].font)),
    font(true, undefined, 14),
    font(true, undefined, 12),
  ];
  const f0 = append("fonts", "font", fonts);
  const fills = [fill(HEADER_FILL), ...decisions.map((d) => fill(DECISION_COLOURS[d].fill))];
  const fl0 = append("fills", "fill", fills);
  const xf = (fontId: number, fillId: number | undefined, numFmtId = 0) =>
    `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId ?? 0}" borderId="0" xfId="0" applyFont="1"${fillId !== undefined ? ' applyFill="1"' : ""}${numFmtId ? ' applyNumberFormat="1"' : ""}/>`;
  const xfs = [
    xf(f0, fl0), // header
    ...decisions.map((_, k) => xf(f0 + 1 + k, fl0 + 1 + k)),
    `<${p}xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`, // score 0.00
    xf(f0, undefined), // bold
    xf(f0 + 5, undefined), // title
    xf(f0 + 6, undefined), // section
  ];
  const x0 = append("cellXfs", "xf", xfs);
  const decision = Object.fromEntries(decisions.map((d, k) => [d, x0 + 1 + k])) as Record<Decision, number>;
  return {
    text: s,
    ids: { header: x0, decision, score: x0 + 5, bold: x0 + 6, title: x0 + 7, section: x0 + 8 },
  };
}

function inlineCell(prefix: string, ref: string, value: string, style?: number): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (value === "") return style === undefined ? "" : `<${prefix}c r="${ref}"${s}/>`;
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

function numberCell(prefix: string, ref: string, value: number, style?: number): string {
  return `<${prefix}c r="${ref}"${style === undefined ? "" : ` s="${style}"`}><${prefix}v>${value}</${prefix}v></${prefix}c>`;
}

const rowPrefix = (rowText: string) => /^<([\w.-]+:)?row\b/.exec(rowText)?.[1] ?? "";

/** The part before the rows with the dimension and the column widths extended to the output columns. */
function patchPrologue(text: string, first: number, lastRow: number): string {
  const last = first + OUTPUT_COLUMNS.length - 1;
  const root = /<([\w.-]+:)?worksheet\b/.exec(text);
  const p = root?.[1] ?? "";
  let s = text.replace(
    new RegExp(`(<${p}dimension\\b[^>]*?\\bref\\s*=\\s*["'])([A-Z]+\\d+)(?::([A-Z]+)(\\d+))?(["'])`),
    (_, a: string, from: string, _c: string, toRow: string | undefined, q: string) =>
      `${a}${from}:${columnLetter(last)}${Math.max(Number(toRow ?? 1), lastRow)}${q}`,
  );
  const ours = OUTPUT_COLUMNS.map(
    (name, k) =>
      `<${p}col min="${first + k + 1}" max="${first + k + 1}" width="${WIDTHS[name] ?? 14}" customWidth="1"/>`,
  ).join("");
  const colsRe = new RegExp(`<${p}cols\\b[^>]*>([\\s\\S]*?)</${p}cols>`);
  const m = colsRe.exec(s);
  if (m) {
    // Existing column ranges that reach into the output columns are cut so that no two ranges overlap.
    const body = m[1].replace(
      new RegExp(`<${p}col\\b((?:[^>"']|"[^"]*"|'[^']*')*?)/>`, "g"),
      (tag: string, attrs: string) => {
        const min = Number(/\bmin\s*=\s*["'](\d+)["']/.exec(attrs)?.[1] ?? 0);
        const max = Number(/\bmax\s*=\s*["'](\d+)["']/.exec(attrs)?.[1] ?? 0);
        const lo = first + 1;
        const hi = last + 1;
        if (max < lo || min > hi) return tag;
        const piece = (a: number, b: number) =>
          `<${p}col${attrs.replace(/\bmin\s*=\s*["']\d+["']/, `min="${a}"`).replace(/\bmax\s*=\s*["']\d+["']/, `max="${b}"`)}/>`;
        return (min < lo ? piece(min, lo - 1) : "") + (max > hi ? piece(hi + 1, max) : "");
      },
    );
    // Ranges must be in ascending order: ours go after the last range below them.
    const tags = body.match(new RegExp(`<${p}col\\b(?:[^>"']|"[^"]*"|'[^']*')*?/>`, "g")) ?? [];
    const below = tags.filter((t) => Number(/\bmin\s*=\s*["'](\d+)["']/.exec(t)?.[1] ?? 0) <= first);
    const above = tags.filter((t) => !below.includes(t));
    s =
      s.slice(0, m.index) +
      s.slice(m.index, m.index + m[0].length).replace(m[1], below.join("") + ours + above.join("")) +
      s.slice(m.index + m[0].length);
  } else {
    const sd = new RegExp(`<${p}sheetData\\b`).exec(s);
    if (sd) s = `${s.slice(0, sd.index)}<${p}cols>${ours}</${p}cols>${s.slice(sd.index)}`;
  }
  return s;
}

/** Writes the screened sheet while the results come (a RowSink), then the rest of the package. */
export class XlsxPatcher implements RowSink {
  private readonly out: SafeOutput;
  private readonly zip: ZipWriter;
  private readonly sheetStream: { write: (d: Uint8Array) => void; end: () => void };
  private readonly styles: { text: string; ids: StyleIds };
  private readonly first: number;
  private pending = "";
  private readonly rewritten: Set<string>;

  constructor(
    private readonly wb: OpenedWorkbook,
    private readonly reader: SheetReader,
    outputFile: string,
    /** The header row (1-based): merged ranges ending above it do not push the output right. */
    headerRow = 1,
  ) {
    const { pkg, info, sheet } = wb;
    this.first = outputColumnFrom(wb, headerRow);
    if (this.first + OUTPUT_COLUMNS.length > MAX_COLUMNS)
      throw new InputError(msg.noRoomForOutput(columnLetter(this.first - 1), OUTPUT_COLUMNS.length));
    this.styles = patchStyles(info.stylesPart ? pkg.text(info.stylesPart) : undefined);
    this.rewritten = new Set(
      [sheet.part, info.workbookPart, relsPartOf(info.workbookPart), "[Content_Types].xml", info.stylesPart ?? ""]
        .filter(Boolean)
        .map((n) => n.toLowerCase()),
    );
    this.out = new SafeOutput(outputFile);
    this.zip = new ZipWriter(this.out);
    try {
      for (const e of pkg.entries) if (!this.rewritten.has(e.name.toLowerCase())) this.zip.copy(pkg.buf, e);
      this.sheetStream = this.zip.stream(pkg.entry(sheet.part)!.name);
    } catch (e) {
      this.out.abort();
      throw e;
    }
  }

  get outputFrom(): number {
    return this.first;
  }

  private emit(text: string): void {
    this.pending += text;
    if (this.pending.length > 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.pending) this.sheetStream.write(Buffer.from(this.pending, "utf8"));
    this.pending = "";
  }

  /** Writes queued pieces up to and including the next row; returns that row's text. */
  private takeRow(): string {
    const q = this.reader.queue;
    for (;;) {
      const piece = q.shift();
      if (!piece) return "";
      if (piece.kind === "row") return piece.text;
      if (piece.kind === "between" && piece.text === "") return ""; // a row missing from the file
      if (piece.kind === "prologue") this.emit(patchPrologue(piece.text, this.first, this.wb.lastRow));
      else this.emit(piece.text);
    }
  }

  row(index: number, _cells: unknown[], kind: string, result: RowScreened | undefined): void {
    const text = this.takeRow();
    const r = index + 1;
    const ids = this.styles.ids;
    if (kind === "header" || (kind === "order" && result)) {
      const build = (prefix: string) => {
        let cells = "";
        OUTPUT_COLUMNS.forEach((name, k) => {
          const ref = `${columnLetter(this.first + k)}${r}`;
          if (kind === "header") cells += inlineCell(prefix, ref, name, ids.header);
          else {
            const v = result!.columns[name];
            if (name === "party_match_score" && /^\d+(\.\d+)?$/.test(v))
              cells += numberCell(prefix, ref, Number(v), ids.score);
            else if (name === "decision") cells += inlineCell(prefix, ref, v, ids.decision[result!.decision]);
            else cells += inlineCell(prefix, ref, v);
          }
        });
        return cells;
      };
      if (text) this.emit(appendCells(text, build(rowPrefix(text))));
      else {
        const p = this.sheetPrefix();
        this.emit(`<${p}row r="${r}">${build(p)}</${p}row>`);
      }
    } else this.emit(text);
  }

  private sheetPrefix(): string {
    return "";
  }

  /** The rest of the sheet, the rewritten parts and the summary; flushes, checks and renames. */
  finish(report: RunReport, lang: Lang, now: Date): void {
    try {
      for (const piece of this.reader.queue.splice(0)) {
        if (piece.kind === "prologue") this.emit(patchPrologue(piece.text, this.first, this.wb.lastRow));
        else this.emit(piece.text);
      }
      this.flush();
      this.sheetStream.end();
      this.writeRest(report, lang, now);
      this.zip.finish();
      this.out.commit();
    } finally {
      this.out.abort();
    }
  }

  abort(): void {
    this.out.abort();
  }

  private writeRest(report: RunReport, lang: Lang, now: Date): void {
    const { pkg, info } = this.wb;
    const utf8 = (s: string) => Buffer.from(s, "utf8");
    const taken = [...pkg.entries.map((e) => e.name.toLowerCase())];
    // The summary sheet part: a free name beside the screened sheet.
    const dir = path.posix.dirname(this.wb.sheet.part);
    // sheetN.xml, the name Excel itself gives (some readers, ExcelJS among them, look for that pattern).
    let n = info.sheets.length + 1;
    let part = `${dir}/sheet${n}.xml`;
    while (taken.includes(part.toLowerCase())) part = `${dir}/sheet${++n}.xml`;
    const name = freeSheetName(
      info.sheets.map((s) => s.name),
      SUMMARY_BASE_NAME[lang],
    );
    this.zip.add(part, utf8(this.summaryXml(report, lang, now)));

    if (info.stylesPart) this.zip.add(pkg.entry(info.stylesPart)!.name, utf8(this.styles.text));
    else {
      // styles.xml when that name is free: some readers (openpyxl) look for the styles at that name only.
      const stylesDir = path.posix.dirname(info.workbookPart);
      const free = (n: string) => !taken.includes(`${stylesDir}/${n}`.replace(/^\.\//, "").toLowerCase());
      const stylesPart = `${stylesDir}/${free("styles.xml") ? "styles.xml" : "anpo-styles.xml"}`.replace(/^\.\//, "");
      this.zip.add(stylesPart, utf8(this.styles.text));
      this.addOverride(stylesPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
      this.extraRels.push({ type: "styles", part: stylesPart });
    }

    let relId = "rIdAnpo1";
    for (let k = 2; info.relIds.has(relId); k++) relId = `rIdAnpo${k}`;
    this.extraRels.push({ type: "worksheet", part, id: relId });
    this.addOverride(part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");

    // workbook: one <sheet> more
    const wbText = info.workbookText;
    const root = /<([\w.-]+:)?workbook\b((?:[^>"']|"[^"]*"|'[^']*')*?)>/.exec(wbText);
    const p = root?.[1] ?? "";
    const relPrefix =
      /xmlns:([\w.-]+)\s*=\s*["']http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|purl\.oclc\.org\/ooxml\/officeDocument\/relationships)["']/.exec(
        root?.[2] ?? "",
      )?.[1];
    const ids = info.sheets.map((s) => Number(s.sheetId)).filter(Number.isFinite);
    const sheetsAll = kid(info.workbook, "sheets");
    for (const s of sheetsAll ? kids(sheetsAll, "sheet") : []) ids.push(Number(s.attrs.sheetId));
    const sheetId = Math.max(0, ...ids.filter(Number.isFinite)) + 1;
    const rAttr = relPrefix
      ? `${relPrefix}:id="${relId}"`
      : `xmlns:anpoR="http://schemas.openxmlformats.org/officeDocument/2006/relationships" anpoR:id="${relId}"`;
    const sheetTag = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rAttr}/>`;
    const closeSheets = wbText.indexOf(`</${p}sheets>`);
    let newWb: string;
    if (closeSheets >= 0) newWb = wbText.slice(0, closeSheets) + sheetTag + wbText.slice(closeSheets);
    else throw new InputError(msg.unreadableXlsx(pkg.file, "workbook without <sheets> / シート一覧がありません"));
    this.zip.add(pkg.entry(info.workbookPart)!.name, utf8(newWb));

    // workbook relationships
    const relsPart = relsPartOf(info.workbookPart);
    const relsText =
      pkg.text(relsPart) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const rp = /<([\w.-]+:)?Relationships\b/.exec(relsText)?.[1] ?? "";
    const wbDir = path.posix.dirname(info.workbookPart);
    const rels = this.extraRels
      .map((r, k) => {
        let id = r.id ?? `rIdAnpoS${k}`;
        while (info.relIds.has(id)) id += "x";
        const target = path.posix.relative(wbDir === "." ? "" : wbDir, r.part);
        return `<${rp}Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${r.type}" Target="${escapeXml(target)}"/>`;
      })
      .join("");
    const closeRels = relsText.lastIndexOf(`</${rp}Relationships>`);
    this.zip.add(
      pkg.entry(relsPart)?.name ?? relsPart,
      utf8(relsText.slice(0, closeRels) + rels + relsText.slice(closeRels)),
    );

    // content types
    const ct = pkg.text("[Content_Types].xml");
    if (ct === undefined) throw new InputError(msg.unreadableXlsx(pkg.file, "no [Content_Types].xml"));
    const cp = /<([\w.-]+:)?Types\b/.exec(ct)?.[1] ?? "";
    const overrides = this.overrides
      .map(([part, type]) => `<${cp}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`)
      .join("");
    const closeCt = ct.lastIndexOf(`</${cp}Types>`);
    this.zip.add(pkg.entry("[Content_Types].xml")!.name, utf8(ct.slice(0, closeCt) + overrides + ct.slice(closeCt)));
  }

  private readonly extraRels: Array<{ type: string; part: string; id?: string }> = [];
  private readonly overrides: Array<[string, string]> = [];
  private addOverride(part: string, type: string): void {
    this.overrides.push([part, type]);
  }

  private summaryXml(report: RunReport, lang: Lang, now: Date): string {
    const ids = this.styles.ids;
    const styleOf = (s?: SummaryStyle) =>
      s === undefined
        ? undefined
        : s === "bold"
          ? ids.bold
          : s === "title"
            ? ids.title
            : s === "section"
              ? ids.section
              : ids.decision[s];
    const rows = summaryRows(report, lang, now)
      .map((cells, i) => {
        const r = i + 1;
        const xml = cells
          .map((c, k) => {
            const ref = `${columnLetter(k)}${r}`;
            return typeof c.value === "number"
              ? numberCell("", ref, c.value, styleOf(c.style))
              : inlineCell("", ref, c.value, styleOf(c.style));
          })
          .join("");
        return `<row r="${r}">${xml}</row>`;
      })
      .join("");
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="${MAIN_NS}"><cols><col min="1" max="1" width="24" customWidth="1"/><col min="2" max="2" width="22" customWidth="1"/><col min="3" max="4" width="40" customWidth="1"/></cols>` +
      `<sheetData>${rows}</sheetData></worksheet>`
    );
  }
}
