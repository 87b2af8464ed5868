/**
 * Importer for a user's own deny list: a plain CSV with a header row naming at least `name`, and
 * optionally `id`, `aliases` (separated by `|` or `;`), `country` (ISO alpha-2) and `note`.
 * Lines before the header that start with `#` may set the list's id, name, version and source:
 *   # id: demo
 *   # name: DEMO list / デモリスト
 *   # version: 2025-10-01
 */
import { endsWithLineBreak, readCsv } from "./csv-text";
import { fnv1a } from "./fingerprint";
import { ListImportError, type PartyEntry, type PartyList } from "./list-model";
import { looksLikeSdnCsv } from "./import-sdn";

export interface OwnListImportOptions {
  id?: string;
  name?: string;
  version?: string;
  fileName?: string;
}

const FORMAT = "own-list";

function fail(ja: string, en: string): never {
  throw new ListImportError(FORMAT, {
    ja: `自社リストとして読み込めません: ${ja}`,
    en: `Cannot import as own list: ${en}`,
  });
}

const HEADER_ALIASES: Record<string, string> = {
  id: "id",
  no: "id",
  name: "name",
  名前: "name",
  企業名: "name",
  aliases: "aliases",
  alias: "aliases",
  aka: "aliases",
  別名: "aliases",
  country: "country",
  国: "country",
  note: "note",
  notes: "note",
  remarks: "note",
  備考: "note",
};

export function importOwnList(text: string, options: OwnListImportOptions = {}): PartyList {
  if (text.trim() === "") fail("ファイルが空です", "the file is empty");
  if (looksLikeSdnCsv(text)) fail("OFAC SDN 形式のファイルです", "this is an OFAC SDN file, not an own list");
  if (text.includes("\u0000")) fail("テキストの CSV ではありません", "the file is not a text CSV");
  const meta: Record<string, string> = {};
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let skip = 0;
  for (const l of lines) {
    const t = l.trim();
    if (t === "") {
      skip++;
      continue;
    }
    if (!t.startsWith("#")) break;
    const m = /^#\s*([A-Za-z_]+)\s*:\s*(.*)$/.exec(t);
    if (m) meta[m[1].toLowerCase()] = m[2].trim();
    skip++;
  }
  const body = lines.slice(skip).join("\n");
  const { rows, unterminatedQuoteAtLine } = readCsv(body);
  if (unterminatedQuoteAtLine !== undefined) {
    const line = unterminatedQuoteAtLine + skip;
    fail(
      `${line} 行目で引用符が閉じていません (ファイルが途中で切れています)`,
      `a quoted field opened on line ${line} never closes (the file is cut off)`,
    );
  }
  if (rows.length === 0) fail("見出し行がありません", "no header row");
  // A file cut in the middle of its last line: fewer columns than the header and no line end.
  const last = rows[rows.length - 1];
  if (
    rows.length > 1 &&
    !endsWithLineBreak(body) &&
    last.length < rows[0].length &&
    last.some((v) => v.trim() !== "")
  ) {
    const line = rows.length + skip;
    fail(
      `最終行 (${line} 行目) の列が足りず改行もありません (ファイルが途中で切れています)`,
      `the last line (${line}) has fewer columns than the header and no line end (the file is cut off)`,
    );
  }
  const header = rows[0].map((h) => HEADER_ALIASES[h.normalize("NFKC").trim().toLowerCase()] ?? "");
  const col = (k: string) => header.indexOf(k);
  if (col("name") < 0) {
    fail(
      `見出し行に name 列がありません (見出し: ${rows[0].join(", ")})`,
      `the header row has no "name" column (header: ${rows[0].join(", ")})`,
    );
  }
  const entries: PartyEntry[] = [];
  const ids = new Set<string>();
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    const line = i + 1 + skip;
    if (r.every((v) => v.trim() === "")) continue;
    if (r.length > rows[0].length) {
      fail(
        `${line} 行目の列数 (${r.length}) が見出し (${rows[0].length}) より多いです`,
        `line ${line} has ${r.length} columns, more than the header's ${rows[0].length}`,
      );
    }
    const get = (k: string) => (col(k) >= 0 ? (r[col(k)] ?? "").trim() : "");
    const name = get("name").replace(/\s+/g, " ");
    if (name === "") fail(`${line} 行目: name が空です`, `line ${line}: the name is empty`);
    const id = get("id") || String(line);
    if (ids.has(id)) fail(`${line} 行目: id ${id} が重複しています`, `line ${line}: id ${id} occurs twice`);
    ids.add(id);
    const aliases = get("aliases")
      .split(/[|;\n]/)
      .map((a) => a.trim().replace(/\s+/g, " "))
      .filter(Boolean);
    const entry: PartyEntry = { id, name, aliases };
    const country = get("country").normalize("NFKC").toUpperCase();
    if (country) {
      if (!/^[A-Z]{2}$/.test(country)) {
        fail(
          `${line} 行目: country は ISO 2 文字コードで書いてください ("${get("country")}")`,
          `line ${line}: country must be an ISO alpha-2 code ("${get("country")}")`,
        );
      }
      entry.country = country;
    }
    const note = get("note");
    if (note) entry.remarks = note;
    entries.push(entry);
  }
  if (entries.length === 0) fail("データ行がありません", "no entries");
  const version = options.version ?? meta.version ?? `content-${fnv1a(body)}`;
  return {
    id: options.id ?? meta.id ?? "own",
    name: options.name ?? meta.name ?? "自社リスト / Own list",
    version,
    date: meta.date ?? (/^\d{4}-\d{2}-\d{2}$/.test(version) ? version : ""),
    source: meta.source ?? (options.fileName ? `own list ${options.fileName}` : "own list"),
    entries,
  };
}
