/**
 * Allow-list of reviewed false positives ("good guys"). An entry says: this party name is not that list
 * entry — keyed by the party's normalised name and the match id (`<list-id>#<entry-id>`), with reviewer, date,
 * reason, optional expiry, and the list entry's name and name fingerprint as they were when reviewed.
 * A suppression stops applying when it expires or when the list entry's names have changed since the review
 * (the match then comes back for review). Stored as CSV (CLI `--allow FILE`) or JSON (kept in a workbook).
 */
import type { Text } from "../types";
import { analyzeName } from "./analyze-name";
import { csvLine, readCsv } from "./csv-text";
import { fnv1a } from "./fingerprint";
import { ListImportError, type PartyEntry } from "./list-model";

export interface AllowEntry {
  /** The party name as the reviewer saw it. */
  partyName: string;
  /** `<list-id>#<entry-id>`. */
  matchId: string;
  /** The list entry's primary name when reviewed. */
  entryName?: string;
  /** Fingerprint of all the entry's names when reviewed (see `entryFingerprint`). */
  entryFingerprint?: string;
  reviewer: string;
  /** yyyy-mm-dd */
  date: string;
  reason: string;
  /** yyyy-mm-dd; the suppression no longer applies after this day. */
  expires?: string;
}

export const ALLOW_LIST_JSON_FORMAT = "anpo-screen-allow-list";
export const ALLOW_LIST_CSV_COLUMNS = [
  "party_name",
  "match_id",
  "entry_name",
  "entry_fingerprint",
  "reviewer",
  "date",
  "reason",
  "expires",
] as const;

/** Normalised key of a party name: core words (no legal form), as the matcher sees them. '' when unusable. */
export function partyKey(name: string): string {
  const a = analyzeName(name);
  return a.usable ? a.core.map((t) => t.key).join(" ") : "";
}

function plainName(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Fingerprint of a list entry's names (primary name and aliases, order-independent). */
export function entryFingerprint(entry: Pick<PartyEntry, "name" | "aliases">): string {
  return fnv1a(JSON.stringify([plainName(entry.name), ...entry.aliases.map(plainName).sort()]));
}

export type AllowDecision =
  { applies: true; entry: AllowEntry; note?: Text } | { applies: false; entry: AllowEntry; note: Text };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AllowList {
  readonly entries: AllowEntry[];
  private readonly byKey = new Map<string, AllowEntry[]>();

  constructor(entries: AllowEntry[] = []) {
    this.entries = [...entries];
    for (const e of this.entries) this.index(e);
  }

  private index(e: AllowEntry): void {
    const k = `${partyKey(e.partyName)}\u0000${e.matchId}`;
    const list = this.byKey.get(k);
    if (list) list.push(e);
    else this.byKey.set(k, [e]);
  }

  add(e: AllowEntry): void {
    this.entries.push(e);
    this.index(e);
  }

  /** Reviews recorded for this party name and match id, newest first. */
  find(partyName: string, matchId: string): AllowEntry[] {
    const k = partyKey(partyName);
    if (k === "") return [];
    return [...(this.byKey.get(`${k}\u0000${matchId}`) ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  }

  /**
   * Whether a recorded review still suppresses this match today, given the entry as it is now on the list.
   * The newest applicable review wins; if none applies, the reason of the newest one is returned.
   */
  decide(
    partyName: string,
    matchId: string,
    current: Pick<PartyEntry, "name" | "aliases">,
    today: string,
  ): AllowDecision | undefined {
    const found = this.find(partyName, matchId);
    let firstRefusal: AllowDecision | undefined;
    for (const e of found) {
      const d = decideOne(e, current, today);
      if (d.applies) return d;
      firstRefusal ??= d;
    }
    return firstRefusal;
  }
}

function decideOne(e: AllowEntry, current: Pick<PartyEntry, "name" | "aliases">, today: string): AllowDecision {
  if (e.expires && e.expires < today) {
    return {
      applies: false,
      entry: e,
      note: {
        ja: `許可リストの確認 (${e.date}, ${e.reviewer}) は ${e.expires} に期限切れです。再確認してください`,
        en: `Allow-list review (${e.date}, ${e.reviewer}) expired on ${e.expires}; review again`,
      },
    };
  }
  if (e.entryFingerprint) {
    if (e.entryFingerprint !== entryFingerprint(current)) {
      return {
        applies: false,
        entry: e,
        note: {
          ja: `確認 (${e.date}, ${e.reviewer}) の後にリスト掲載名が変わりました (確認時: ${e.entryName ?? "?"})。再確認してください`,
          en: `The list entry's names changed after the review (${e.date}, ${e.reviewer}; reviewed as "${e.entryName ?? "?"}"); review again`,
        },
      };
    }
    return { applies: true, entry: e };
  }
  if (e.entryName) {
    if (plainName(e.entryName) !== plainName(current.name)) {
      return {
        applies: false,
        entry: e,
        note: {
          ja: `確認 (${e.date}, ${e.reviewer}) の後にリスト掲載名が変わりました (確認時: ${e.entryName})。再確認してください`,
          en: `The list entry's name changed after the review (${e.date}, ${e.reviewer}; reviewed as "${e.entryName}"); review again`,
        },
      };
    }
    return {
      applies: true,
      entry: e,
      note: {
        ja: "許可リストに指紋がないため別名の変更は確認できません",
        en: "Allow-list entry has no fingerprint: alias changes cannot be detected",
      },
    };
  }
  return {
    applies: true,
    entry: e,
    note: {
      ja: "許可リストに確認時の掲載名がないため、リストの変更は確認できません",
      en: "Allow-list entry records no reviewed name: list changes cannot be detected",
    },
  };
}

function bad(ja: string, en: string): never {
  throw new ListImportError("allow-list", {
    ja: `許可リストを読み込めません: ${ja}`,
    en: `Cannot read the allow-list: ${en}`,
  });
}

function validated(e: Partial<AllowEntry>, where: string): AllowEntry {
  const req = (k: keyof AllowEntry) => {
    const v = e[k];
    if (typeof v !== "string" || v.trim() === "") bad(`${where}: ${k} がありません`, `${where}: ${k} is missing`);
    return (v as string).trim();
  };
  const out: AllowEntry = {
    partyName: req("partyName"),
    matchId: req("matchId"),
    reviewer: req("reviewer"),
    date: req("date"),
    reason: req("reason"),
  };
  if (!/^[^#\s]+#[^#\s]+$/.test(out.matchId))
    bad(
      `${where}: match_id は <list-id>#<entry-id> の形です ("${out.matchId}")`,
      `${where}: match_id must look like <list-id>#<entry-id> ("${out.matchId}")`,
    );
  if (!DATE.test(out.date))
    bad(
      `${where}: date は yyyy-mm-dd で書いてください ("${out.date}")`,
      `${where}: date must be yyyy-mm-dd ("${out.date}")`,
    );
  if (e.expires && e.expires.trim() !== "") {
    if (!DATE.test(e.expires.trim()))
      bad(
        `${where}: expires は yyyy-mm-dd で書いてください ("${e.expires}")`,
        `${where}: expires must be yyyy-mm-dd ("${e.expires}")`,
      );
    out.expires = e.expires.trim();
  }
  if (e.entryName && e.entryName.trim() !== "") out.entryName = e.entryName.trim();
  if (e.entryFingerprint && e.entryFingerprint.trim() !== "") out.entryFingerprint = e.entryFingerprint.trim();
  return out;
}

export function parseAllowListCsv(text: string): AllowList {
  const { rows, unterminatedQuoteAtLine } = readCsv(text);
  if (unterminatedQuoteAtLine !== undefined)
    bad(
      `${unterminatedQuoteAtLine} 行目で引用符が閉じていません`,
      `a quoted field opened on line ${unterminatedQuoteAtLine} never closes`,
    );
  const nonEmpty = rows.filter((r) => r.some((v) => v.trim() !== ""));
  if (nonEmpty.length === 0) return new AllowList();
  const header = rows[0].map((h) => h.trim().toLowerCase());
  for (const c of ["party_name", "match_id", "reviewer", "date", "reason"]) {
    if (!header.includes(c)) bad(`見出し行に ${c} 列がありません`, `the header row has no ${c} column`);
  }
  const get = (r: string[], c: string) => (header.indexOf(c) >= 0 ? (r[header.indexOf(c)] ?? "") : "");
  const out: AllowEntry[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.every((v) => v.trim() === "")) continue;
    out.push(
      validated(
        {
          partyName: get(r, "party_name"),
          matchId: get(r, "match_id"),
          entryName: get(r, "entry_name"),
          entryFingerprint: get(r, "entry_fingerprint"),
          reviewer: get(r, "reviewer"),
          date: get(r, "date"),
          reason: get(r, "reason"),
          expires: get(r, "expires"),
        },
        `line ${i + 1}`,
      ),
    );
  }
  return new AllowList(out);
}

export function allowListToCsv(list: AllowList): string {
  const lines = [ALLOW_LIST_CSV_COLUMNS.join(",")];
  for (const e of list.entries) {
    lines.push(
      csvLine([
        e.partyName,
        e.matchId,
        e.entryName ?? "",
        e.entryFingerprint ?? "",
        e.reviewer,
        e.date,
        e.reason,
        e.expires ?? "",
      ]),
    );
  }
  return lines.join("\r\n") + "\r\n";
}

export function allowListToJson(list: AllowList): string {
  return JSON.stringify({ format: ALLOW_LIST_JSON_FORMAT, version: 1, entries: list.entries }, null, 2);
}

export function parseAllowListJson(json: string | unknown): AllowList {
  let data: unknown = json;
  if (typeof json === "string") {
    try {
      data = JSON.parse(json);
    } catch (e) {
      bad(`JSON として読めません (${(e as Error).message})`, `not valid JSON (${(e as Error).message})`);
    }
  }
  const d = data as { format?: unknown; entries?: unknown };
  if (!d || typeof d !== "object" || d.format !== ALLOW_LIST_JSON_FORMAT || !Array.isArray(d.entries)) {
    bad(
      `"format": "${ALLOW_LIST_JSON_FORMAT}" と entries 配列が必要です`,
      `expected "format": "${ALLOW_LIST_JSON_FORMAT}" and an entries array`,
    );
  }
  return new AllowList((d.entries as Array<Partial<AllowEntry>>).map((e, i) => validated(e ?? {}, `entry ${i + 1}`)));
}

/** The allow-list entry recording that `match` was reviewed as a false positive (names as they are now). */
export function allowEntryFor(
  match: { query: string; id: string },
  entry: Pick<PartyEntry, "name" | "aliases">,
  review: { reviewer: string; date: string; reason: string; expires?: string },
): AllowEntry {
  const e: AllowEntry = {
    partyName: match.query,
    matchId: match.id,
    entryName: entry.name,
    entryFingerprint: entryFingerprint(entry),
    reviewer: review.reviewer,
    date: review.date,
    reason: review.reason,
  };
  if (review.expires) e.expires = review.expires;
  return validated(e, "new entry");
}
