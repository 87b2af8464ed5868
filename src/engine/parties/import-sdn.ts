/**
 * Importer for OFAC's Specially Designated Nationals list in OFAC's legacy CSV format (sdn.csv):
 * no header, 12 columns (ent_num, name, type, program, title, call sign, vessel type, tonnage, GRT,
 * vessel flag, vessel owner, remarks), `-0-` for empty, weak aliases inside the remarks as `a.k.a. '…'`.
 * Countries are not in sdn.csv (they are in OFAC's separate address file), so entries carry none.
 */
import { readCsv } from "./csv-text";
import { ListImportError, type PartyEntry, type PartyList } from "./list-model";

export interface SdnImportOptions {
  /** Version (yyyy-mm-dd). Default: a date found in `fileName` (e.g. a folder named ofac-sdn-2024-05-03). */
  version?: string;
  fileName?: string;
}

export const SDN_LIST_ID = "ofac-sdn";
const COLUMNS = 12;

function fail(ja: string, en: string): never {
  throw new ListImportError(SDN_LIST_ID, {
    ja: `OFAC SDN リストとして読み込めません: ${ja}`,
    en: `Cannot import as OFAC SDN list: ${en}`,
  });
}

function value(v: string | undefined): string {
  const t = (v ?? "").trim();
  return t === "-0-" ? "" : t;
}

/** Aliases given in an SDN remarks field as a.k.a. / f.k.a. / n.k.a. 'NAME'. */
export function sdnAliasesFromRemarks(remarks: string): string[] {
  const out: string[] = [];
  const re = /\b[afn]\.k\.a\.\s*'(.+?)'(?=[;.,]?(?:\s|$))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(remarks)) !== null) {
    const a = m[1].trim();
    if (a && !out.includes(a)) out.push(a);
  }
  return out;
}

function dateIn(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const m = /(20\d{2})-?(\d{2})-?(\d{2})/.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export function looksLikeSdnCsv(text: string): boolean {
  return /^\uFEFF?\d+,"[^"]*",(?:-0-|"[^"]*") ?,/.test(text.slice(0, 400));
}

export function importSdnCsv(text: string, options: SdnImportOptions = {}): PartyList {
  if (text.trim() === "") fail("ファイルが空です", "the file is empty");
  const { rows, unterminatedQuoteAtLine } = readCsv(text);
  if (unterminatedQuoteAtLine !== undefined) {
    fail(
      `${unterminatedQuoteAtLine} 行目で引用符が閉じていません (ファイルが途中で切れています)`,
      `a quoted field opened on line ${unterminatedQuoteAtLine} never closes (the file is cut off)`,
    );
  }
  const entries: PartyEntry[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const line = i + 1;
    if (r.length === 1 && r[0].trim() === "") return;
    if (i === 0 && /ent_num/i.test(r[0] ?? "")) return;
    if (r.length !== COLUMNS) {
      const last = i === rows.length - 1;
      fail(
        `${line} 行目の列数が ${r.length} です (12 列のはず)${last ? "。ファイルが途中で切れています" : ""}`,
        `line ${line} has ${r.length} columns where 12 are expected${last ? " (the file is cut off)" : ""}`,
      );
    }
    const id = r[0].trim();
    if (!/^\d+$/.test(id))
      fail(`${line} 行目: ent_num が数字ではありません ("${id}")`, `line ${line}: ent_num is not a number ("${id}")`);
    if (seen.has(id)) fail(`${line} 行目: ent_num ${id} が重複しています`, `line ${line}: ent_num ${id} occurs twice`);
    seen.add(id);
    const name = value(r[1]);
    if (name === "") fail(`${line} 行目: 名前が空です`, `line ${line}: the name is empty`);
    const type = value(r[2]) || "entity";
    const program = value(r[3]);
    const remarks = value(r[11]);
    const entry: PartyEntry = { id, name, aliases: sdnAliasesFromRemarks(remarks) };
    const t = type.toLowerCase();
    entry.kind = t === "individual" || t === "vessel" || t === "aircraft" ? t : "entity";
    const extra = [`type: ${type}`, program ? `program: ${program}` : "", remarks].filter(Boolean).join("; ");
    if (extra) entry.remarks = extra;
    entries.push(entry);
  });
  if (entries.length === 0) fail("データ行がありません", "no entries");
  const version = options.version ?? dateIn(options.fileName) ?? "unknown";
  return {
    id: SDN_LIST_ID,
    name: "OFAC SDN リスト / OFAC Specially Designated Nationals",
    version,
    date: version,
    source: `US Treasury OFAC sdn.csv${options.fileName ? ` (${options.fileName})` : ""}`,
    entries,
  };
}
