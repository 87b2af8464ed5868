/**
 * The party-list model shared by every importer, the index and the screener.
 * Pure data: no Node, DOM or Office types.
 */
import type { Text } from "../types";

/** One listed party (a row of METI's End User List, an SDN entry, a line of a user's own list). */
export interface PartyEntry {
  /** The list's own identifier of the entry (METI "No.", SDN ent_num, own-list id or line number). */
  id: string;
  /** ISO 3166-1 alpha-2 code where the list states a country. */
  country?: string;
  /** Primary name exactly as the list writes it (line breaks folded to spaces). */
  name: string;
  /** Other names exactly as the list writes them. */
  aliases: string[];
  /** METI WMD concern codes: B biological, C chemical, M missile, N nuclear. */
  wmd?: string[];
  /** METI conventional-weapons (通常兵器) flag. */
  cw?: boolean;
  /** Date the entry was listed, where the list says (ISO yyyy-mm-dd). */
  listDate?: string;
  remarks?: string;
  /** What the entry is, where the list says (OFAC SDN's type column): a person, an organisation, a ship, an aircraft. */
  kind?: "individual" | "entity" | "vessel" | "aircraft";
}

export interface PartyList {
  /** Stable id used in match ids, e.g. `meti-eul`, `ofac-sdn`, `demo`. */
  id: string;
  /** Human-readable name (both languages in one string where the list has both). */
  name: string;
  /** Version shown in results, normally the publication date (yyyy-mm-dd). */
  version: string;
  /** Publication / as-of date (yyyy-mm-dd) where known. */
  date: string;
  /** Where the data came from (publisher and file). */
  source: string;
  entries: PartyEntry[];
  /** Things the importer noticed but accepted (both languages). */
  warnings?: Text[];
}

/** List id of METI's End User List; matches against it drive EUL_MATCH / EUL_POSSIBLE_MATCH. */
export const METI_EUL_LIST_ID = "meti-eul";

/**
 * List id of the bundled fictional demo list (examples/demo-list.csv, `# id: demo`; the task pane reserves the id for
 * it). Its matches are own-list matches, but for training it stands in for the End User List having been consulted.
 */
export const DEMO_LIST_ID = "demo";

/**
 * Whether an End User List was consulted, read off the loaded lists' ids (a screener's `listVersions()`, a result's
 * `versions.lists`): `yes` — METI's End User List (the official file, however it was loaded: `--eul`, `--list`, the
 * pane's import); `standIn` — only the fictional demo list, which stands in for it in training; `no` — neither (no
 * list at all, or only an OFAC SDN or own deny list).
 */
export type EndUserListState = "yes" | "standIn" | "no";
export function endUserListState(lists: Readonly<Record<string, string>> | undefined): EndUserListState {
  if (!lists) return "no";
  if (Object.prototype.hasOwnProperty.call(lists, METI_EUL_LIST_ID)) return "yes";
  return Object.prototype.hasOwnProperty.call(lists, DEMO_LIST_ID) ? "standIn" : "no";
}

/** Raised by every importer when the input is not the expected list, or is malformed or truncated. */
export class ListImportError extends Error {
  readonly text: Text;
  /** Which importer rejected the data, e.g. `meti-eul`. */
  readonly format: string;
  constructor(format: string, text: Text) {
    super(`${text.en} / ${text.ja}`);
    this.name = "ListImportError";
    this.format = format;
    this.text = text;
  }
}

/** Match id of an entry: `<list-id>#<entry-id>`. */
export function matchId(listId: string, entryId: string): string {
  return `${listId}#${entryId}`;
}
