/**
 * Node side of party screening for the CLI: reads list and allow-list files, tells list formats apart by
 * content through the one list intake shared with the task pane (src/engine/parties/intake.ts) and builds the engine's party screener. Errors name the file and the problem
 * in both languages.
 */
import { promises as fsp } from "fs";
import * as path from "path";
import type { PartyScreener, Text } from "../engine/types";
import { AllowList, parseAllowListCsv, parseAllowListJson } from "../engine/parties/allow-list";
import { decodeListText, detectListKind, readListFile } from "../engine/parties/intake";
import type { ListFileKind } from "../engine/parties/intake";
import { ListImportError, type PartyList } from "../engine/parties/list-model";
import { createPartyScreener } from "../engine/parties/screener";
import { listNameIn } from "../engine/present/listName";

export interface LoadPartyScreenerOptions {
  /** METI End User List, as published (.xlsx). */
  eul?: string;
  /** Further lists: own-list CSVs, OFAC sdn.csv or another End User List workbook (told apart by content). */
  lists?: string[];
  /** Allow-list of reviewed false positives (.csv, or .json as kept by the add-in). */
  allow?: string;
  /** OFAC SDN list in OFAC's CSV format. */
  sdn?: string;
}

/** A note kept in both languages; the summary shows the chosen one. */
const both = (t: Text): Text => t;

function fileError(file: string, format: string, text: Text): ListImportError {
  return new ListImportError(format, { ja: `${file}: ${text.ja}`, en: `${file}: ${text.en}` });
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fsp.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? { ja: "ファイルがありません", en: "file not found" }
        : code === "EISDIR"
          ? { ja: "フォルダです (ファイルを指定してください)", en: "is a folder, not a file" }
          : {
              ja: `読み込めません (${code ?? (e as Error).message})`,
              en: `cannot be read (${code ?? (e as Error).message})`,
            };
    throw fileError(file, "file", why);
  }
}

function decodeText(bytes: Uint8Array, file: string): string {
  try {
    return decodeListText(bytes).text;
  } catch (e) {
    if (e instanceof ListImportError) throw fileError(file, e.format, e.text);
    throw e;
  }
}

export { detectListKind };
export type { ListFileKind };

/** A list file through the intake the task pane uses too (src/engine/parties/intake.ts). */
async function loadList(file: string, expected?: ListFileKind): Promise<PartyList> {
  const bytes = await readBytes(file);
  const fileName = path.basename(file);
  try {
    return readListFile(bytes, {
      fileName,
      sourcePath: `${path.basename(path.dirname(file))}/${fileName}`,
      expected,
    }).list;
  } catch (e) {
    if (e instanceof ListImportError) throw fileError(file, e.format, e.text);
    throw e;
  }
}

async function loadAllow(file: string): Promise<AllowList> {
  const bytes = await readBytes(file);
  const text = decodeText(bytes, file);
  try {
    return /\.json$/i.test(file) || /^\s*\{/.test(text) ? parseAllowListJson(text) : parseAllowListCsv(text);
  } catch (e) {
    if (e instanceof ListImportError) throw fileError(file, e.format, e.text);
    throw e;
  }
}

/**
 * Reads the given files and builds a party screener over all lists. Throws a `ListImportError` (both languages,
 * naming the file) when a file is missing, of the wrong kind, malformed or truncated; nothing is half-loaded.
 */
export async function loadPartyScreener(
  opts: LoadPartyScreenerOptions,
): Promise<{ screener: PartyScreener; lists: PartyList[]; notes: Text[] }> {
  const { lists, notes, allowList } = await loadPartyLists(opts);
  const screener = createPartyScreener(lists, allowList ? { allowList } : {});
  return { screener, lists, notes };
}

/**
 * Reads and checks the list files without building the search index (the main thread when worker threads screen:
 * each worker builds its own). Same errors as loadPartyScreener.
 */
export async function loadPartyLists(
  opts: LoadPartyScreenerOptions,
): Promise<{ lists: PartyList[]; notes: Text[]; allowList?: AllowList; versions: Record<string, string> }> {
  const lists: PartyList[] = [];
  const notes: Text[] = [];
  const sources: Array<[string, ListFileKind | undefined]> = [];
  if (opts.eul) sources.push([opts.eul, "meti-eul"]);
  if (opts.sdn) sources.push([opts.sdn, "ofac-sdn"]);
  for (const f of opts.lists ?? []) sources.push([f, undefined]);
  const seen = new Map<string, string>();
  for (const [file, kind] of sources) {
    const list = await loadList(file, kind);
    const prev = seen.get(list.id);
    if (prev) {
      throw fileError(file, list.id, {
        ja: `リスト ID "${list.id}" が ${prev} と重複しています (自社リストは先頭に "# id: 名前" 行を書いてください)`,
        en: `list id "${list.id}" is also used by ${prev} (give an own list its own "# id: name" line)`,
      });
    }
    seen.set(list.id, file);
    lists.push(list);
    notes.push(
      both({
        ja: `${listNameIn(list.name, "ja")}: 版 ${list.version}、${list.entries.length} 件 (${path.basename(file)})`,
        en: `${listNameIn(list.name, "en")}: version ${list.version}, ${list.entries.length} entries (${path.basename(file)})`,
      }),
    );
    for (const w of list.warnings ?? []) notes.push(both(w));
  }
  if (lists.length === 0) {
    notes.push(
      both({
        ja: "取引先リストが指定されていないため、相手先の照合は行っていません",
        en: "No party list given: parties were not screened against any list",
      }),
    );
  } else if (!lists.some((l) => l.id === "meti-eul")) {
    notes.push(
      both({
        ja: "外国ユーザーリスト (--eul) が指定されていません",
        en: "The METI End User List (--eul) was not given",
      }),
    );
  }
  let allowList: AllowList | undefined;
  if (opts.allow) {
    allowList = await loadAllow(opts.allow);
    notes.push(
      both({
        ja: `許可リスト: ${allowList.entries.length} 件 (${path.basename(opts.allow)})`,
        en: `Allow-list: ${allowList.entries.length} reviewed matches (${path.basename(opts.allow)})`,
      }),
    );
  }
  return { lists, notes, allowList, versions: Object.fromEntries(lists.map((l) => [l.id, l.version])) };
}
