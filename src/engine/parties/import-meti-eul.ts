/**
 * Importer for METI's End User List (外国ユーザーリスト) as METI publishes it in Excel
 * (e.g. 20250929_4.xlsx, single sheet 「ユーザーリスト」, columns No. / country / name / aliases / WMD / CW).
 * Handles the published quirks: two-line JP/EN header and country cells, `・`-bulleted aliases that wrap
 * over lines, `,` and `、` code separators, full-width codes, a missing line break between word and code,
 * names carrying a CJK name in (full- or half-width) parentheses on a second line, empty extra columns.
 */
import * as XLSX from "@e965/xlsx";
import EUL_SIZE from "../reference/data/meti-eul-size.json";
import { eulCountryToIso } from "./countries-eul";
import { ListImportError, METI_EUL_LIST_ID, type PartyEntry, type PartyList } from "./list-model";

export interface MetiEulImportOptions {
  /** List version (yyyy-mm-dd). Default: the date in `fileName` (METI names files yyyymmdd_N.xlsx). */
  version?: string;
  /** File name as downloaded, used for the version and the source. */
  fileName?: string;
}

const FORMAT = METI_EUL_LIST_ID;
const WMD_WORDS: Array<[RegExp, string]> = [
  [/生物/g, "B"],
  [/化学/g, "C"],
  [/ミサイル/g, "M"],
  [/核/g, "N"],
];
const WMD_ORDER = ["B", "C", "M", "N"];

function fail(ja: string, en: string): never {
  throw new ListImportError(FORMAT, {
    ja: `外国ユーザーリストとして読み込めません: ${ja}`,
    en: `Cannot import as METI End User List: ${en}`,
  });
}

/** Parses the 懸念区分 / Type of WMD cell into sorted codes, or explains why it cannot. */
export function parseWmdCell(raw: string): { codes: string[]; problem?: string } {
  const s = raw.normalize("NFKC").trim();
  if (s === "") return { codes: [] };
  const fromWords = new Set<string>();
  let rest = s;
  for (const [re, code] of WMD_WORDS) {
    if (re.test(rest)) fromWords.add(code);
    re.lastIndex = 0;
    rest = rest.replace(re, " ");
  }
  const fromCodes = new Set<string>();
  const leftovers: string[] = [];
  for (const tok of rest.split(/[\s,、，/・]+/).filter(Boolean)) {
    const t = tok.toUpperCase();
    if (WMD_ORDER.includes(t)) fromCodes.add(t);
    else leftovers.push(tok);
  }
  if (leftovers.length > 0) return { codes: [], problem: `unknown text "${leftovers.join(" ")}"` };
  if (fromCodes.size > 0 && fromWords.size > 0) {
    const a = [...fromCodes].sort().join(",");
    const b = [...fromWords].sort().join(",");
    if (a !== b) return { codes: [], problem: `words say ${b} but codes say ${a}` };
  }
  const all = fromCodes.size > 0 ? fromCodes : fromWords;
  return { codes: WMD_ORDER.filter((c) => all.has(c)) };
}

/** Parses the 通常兵器 / Conventional Weapons cell. */
export function parseCwCell(raw: string): { cw: boolean; problem?: string } {
  const s = raw.normalize("NFKC").trim();
  if (s === "") return { cw: false };
  if (/通常兵器|\bCW\b/i.test(s)) return { cw: true };
  return { cw: false, problem: `unknown text "${s}"` };
}

/** Folds the line breaks of a name cell into single spaces. */
export function cleanNameCell(raw: string): string {
  return raw
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(" ")
    .replace(/[ \t\u00a0\u3000]+/g, " ")
    .trim();
}

/**
 * Splits the 別名 / Also Known As cell: each alias starts with `・`; a line without the bullet continues
 * the alias above it (METI wraps long aliases and puts CJK names on the next line); a first line without
 * a bullet is an alias of its own.
 */
export function parseAliasCell(raw: string): string[] {
  const out: string[] = [];
  for (const line0 of raw.split(/\r\n|\r|\n/)) {
    const line = line0.replace(/[ \t\u00a0\u3000]+/g, " ").trim();
    if (line === "") continue;
    const m = /^[・･·]\s*(.*)$/.exec(line);
    if (m) {
      if (m[1].trim() !== "") out.push(m[1].trim());
    } else if (out.length > 0) {
      out[out.length - 1] = `${out[out.length - 1]} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out;
}

interface Columns {
  no: number;
  country: number;
  name: number;
  aliases: number;
  wmd: number;
  cw: number;
}

function findColumns(header: string[]): Columns | undefined {
  const norm = header.map((h) =>
    String(h ?? "")
      .normalize("NFKC")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase(),
  );
  const find = (re: RegExp) => norm.findIndex((h) => re.test(h));
  const cols = {
    no: find(/^no\.?$/),
    country: find(/国名|country/),
    name: find(/企業名|company/),
    aliases: find(/別名|also known/),
    wmd: find(/懸念区分|type of wmd/),
    cw: find(/通常兵器|conventional/),
  };
  if (cols.no < 0 || cols.country < 0 || cols.name < 0 || cols.aliases < 0 || cols.wmd < 0) return undefined;
  return cols;
}

function versionFrom(options: MetiEulImportOptions, wb: XLSX.WorkBook): { version: string; how: string } {
  if (options.version) return { version: options.version, how: "given" };
  const m = options.fileName ? /(20\d{2})(\d{2})(\d{2})/.exec(options.fileName) : null;
  if (m) return { version: `${m[1]}-${m[2]}-${m[3]}`, how: "file name" };
  const mod = wb.Props?.ModifiedDate;
  if (mod instanceof Date && !isNaN(mod.getTime())) {
    return { version: mod.toISOString().slice(0, 10), how: "workbook modified date" };
  }
  return { version: "unknown", how: "none" };
}

export function importMetiEul(data: ArrayBuffer | Uint8Array, options: MetiEulImportOptions = {}): PartyList {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) fail("ファイルが空です", "the file is empty");
  // An .xlsx file is a ZIP archive: it starts with "PK".
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    fail("Excel (.xlsx) ファイルではありません", "the file is not an Excel (.xlsx) workbook");
  }
  // A file far larger than the last official list is not the End User List (or was made to look like it): refused
  // before it is unpacked, and again on the number of entries.
  const maxBytes = EUL_SIZE.bytes * EUL_SIZE.factor;
  if (bytes.length > maxBytes) {
    fail(
      `ファイルが大きすぎます（${bytes.length.toLocaleString("ja-JP")} バイト。${EUL_SIZE.as_of} 版の ${EUL_SIZE.factor} 倍 ${maxBytes.toLocaleString("ja-JP")} バイトを超えています）。公表されたリストか確認してください。これまでのリストを引き続き使います`,
      `implausible size: ${bytes.length.toLocaleString("en-US")} bytes, more than ${EUL_SIZE.factor} times the ${EUL_SIZE.as_of} list (${maxBytes.toLocaleString("en-US")} bytes); check that this is the published list. The list in force is kept`,
    );
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: "array", cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (e) {
    fail(
      `Excel ファイルが壊れているか途中で切れています (${(e as Error).message})`,
      `the workbook is damaged or truncated (${(e as Error).message})`,
    );
  }
  let sheet: XLSX.WorkSheet | undefined;
  let headerRow = -1;
  let cols: Columns | undefined;
  let rows: unknown[][] = [];
  const names = [...wb.SheetNames].sort((a, b) => (a === "ユーザーリスト" ? -1 : b === "ユーザーリスト" ? 1 : 0));
  for (const sn of names) {
    const ws = wb.Sheets[sn];
    if (!ws) continue;
    const r = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: "", raw: false, blankrows: true });
    for (let i = 0; i < Math.min(10, r.length); i++) {
      const c = findColumns((r[i] ?? []).map((x) => String(x ?? "")));
      if (c) {
        sheet = ws;
        headerRow = i;
        cols = c;
        rows = r;
        break;
      }
    }
    if (sheet) break;
  }
  if (!sheet || !cols) {
    fail(
      "見出し行 (No. / 国名、地域名 / 企業名､組織名 / 別名 / 懸念区分) が見つかりません",
      "no header row with No. / Country or Region / Company or Organization / Also Known As / Type of WMD",
    );
  }
  const c = cols;
  const cell = (row: unknown[], i: number): string => (i >= 0 && i < row.length ? String(row[i] ?? "") : "");
  const entries: PartyEntry[] = [];
  const unknownCountries = new Set<string>();
  let expected = 1;
  for (let i = headerRow + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const excelRow = i + 1;
    if (row.every((v) => String(v ?? "").trim() === "")) continue;
    const noText = cell(row, c.no).normalize("NFKC").trim();
    if (!/^\d+$/.test(noText)) {
      fail(
        `${excelRow} 行目: No. が数字ではありません ("${noText}")`,
        `row ${excelRow}: No. is not a number ("${noText}")`,
      );
    }
    const no = Number(noText);
    if (no !== expected) {
      fail(
        `${excelRow} 行目: No. が ${expected} ではなく ${no} です (行の欠落または破損)`,
        `row ${excelRow}: No. is ${no} where ${expected} was expected (rows missing or file damaged)`,
      );
    }
    expected++;
    const name = cleanNameCell(cell(row, c.name));
    if (name === "") fail(`No. ${no}: 企業名が空です`, `No. ${no}: the name cell is empty`);
    const countryCell = cell(row, c.country);
    const country = eulCountryToIso(countryCell);
    if (!country) unknownCountries.add(cleanNameCell(countryCell));
    const wmd = parseWmdCell(cell(row, c.wmd));
    if (wmd.problem)
      fail(`No. ${no}: 懸念区分を読めません (${wmd.problem})`, `No. ${no}: cannot read Type of WMD (${wmd.problem})`);
    const cw = parseCwCell(cell(row, c.cw));
    if (cw.problem)
      fail(
        `No. ${no}: 通常兵器欄を読めません (${cw.problem})`,
        `No. ${no}: cannot read Conventional Weapons (${cw.problem})`,
      );
    if (wmd.codes.length === 0 && !cw.cw) {
      fail(`No. ${no}: 懸念区分も通常兵器も空です`, `No. ${no}: neither a WMD code nor CW is given`);
    }
    const entry: PartyEntry = {
      id: String(no),
      name,
      aliases: parseAliasCell(cell(row, c.aliases)),
      wmd: wmd.codes,
      cw: cw.cw,
    };
    if (country) entry.country = country;
    entries.push(entry);
  }
  if (entries.length === 0) fail("データ行がありません", "the sheet has no entries");
  const maxEntries = EUL_SIZE.entries * EUL_SIZE.factor;
  if (entries.length > maxEntries) {
    fail(
      `件数が多すぎます（${entries.length} 件。${EUL_SIZE.as_of} 版 ${EUL_SIZE.entries} 件の ${EUL_SIZE.factor} 倍を超えています）。公表されたリストか確認してください。これまでのリストを引き続き使います`,
      `implausible size: ${entries.length} entries, more than ${EUL_SIZE.factor} times the ${EUL_SIZE.entries} of the ${EUL_SIZE.as_of} list; check that this is the published list. The list in force is kept`,
    );
  }
  const v = versionFrom(options, wb);
  const file = options.fileName ? ` ${options.fileName}` : "";
  const list: PartyList = {
    id: METI_EUL_LIST_ID,
    name: "外国ユーザーリスト / METI End User List",
    version: v.version,
    date: v.version,
    source: `METI 経済産業省${file} (version from ${v.how})`,
    entries,
  };
  if (unknownCountries.size > 0) {
    list.warnings = [
      {
        ja: `国名を ISO コードに変換できませんでした: ${[...unknownCountries].join("; ")}`,
        en: `Country cells not mapped to ISO codes: ${[...unknownCountries].join("; ")}`,
      },
    ];
  }
  return list;
}
