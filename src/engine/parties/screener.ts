/**
 * The party screener: one name in, the list entries it may be, each with band, score and explanation.
 * Indexes are built once per list object (a new list version is a new object) and shared by screeners.
 */
import type { MatchBand, PartyMatch, PartyRole, PartyScreener, Text } from "../types";
import { AllowList, entryFingerprint } from "./allow-list";
import { analyzeName, type AnalyzedName } from "./analyze-name";
import { readCell, type SetAside } from "./cell-parts";
import { readsAsOrganisation, readsAsPerson } from "./org-words";
import { scriptReadings } from "./script-readings";
import { repairWordBreaks } from "./word-repair";
import { METI_EUL_LIST_ID, matchId, type PartyEntry, type PartyList } from "./list-model";
import { NameIndex } from "./name-index";
import { guardMatch } from "./near-miss-guards";

export interface PartyThresholds {
  /** Score at or above which a match is a HIT (default 0.90). */
  hit: number;
  /** Score at or above which a match needs REVIEW (default 0.70). */
  review: number;
}

export const DEFAULT_THRESHOLDS: PartyThresholds = { hit: 0.9, review: 0.7 };
/** Screening results remembered per screener (name and country). */
export const RESULT_CACHE_LIMIT = 20_000;
/** Score taken off when the party's country differs from the entry's. */
export const COUNTRY_MISMATCH_PENALTY = 0.15;
/** …and when they differ only as mainland China / Hong Kong / Macao. */
export const RELATED_COUNTRY_PENALTY = 0.05;
const RELATED_COUNTRIES = [["CN", "HK", "MO"]];

export interface PartyScreenerOptions {
  thresholds?: Partial<PartyThresholds>;
  allowList?: AllowList;
  /** Reference day for allow-list expiry (yyyy-mm-dd); default today. */
  today?: string;
  /** Most matches returned for one name (default 10). */
  maxMatches?: number;
}

export interface PartyScreening {
  matches: PartyMatch[];
  /** About the name itself (empty, only a legal form, emoji removed …), both languages. */
  notes: Text[];
  queryNormalized: string;
}

/** The engine's `PartyScreener` plus the detail the add-in and CLI need. */
export interface DetailedPartyScreener extends PartyScreener {
  /** Like `screenParty`, with notes about the input. */
  screenPartyDetailed(name: unknown, country: string | undefined, role: PartyRole): PartyScreening;
  lists(): PartyList[];
  thresholds(): PartyThresholds;
  /** Current list entry for a match id, e.g. to record an allow-list review. */
  entryOf(matchId: string): PartyEntry | undefined;
  /** Fingerprint of the entry's names now (to store with an allow-list review). */
  fingerprintOf(matchId: string): string | undefined;
  /** Forgets remembered results (for measurements that must start cold). */
  clearCache(): void;
}

const indexCache = new WeakMap<PartyList, NameIndex>();

/** The search index of a list, built on first use and kept for the lifetime of the list object. */
export function indexFor(list: PartyList): NameIndex {
  let idx = indexCache.get(list);
  if (!idx) {
    idx = new NameIndex(list);
    indexCache.set(list, idx);
  }
  return idx;
}

const pairCache = new WeakMap<NameIndex, Set<string>>();
/** Pairs of Latin words next to each other in a list's names ("east star"), built on first use (word-repair.ts). */
function neighbourPairs(ix: NameIndex): Set<string> {
  let pairs = pairCache.get(ix);
  if (!pairs) {
    pairs = new Set<string>();
    for (const nm of ix.names) {
      const core = nm.analyzed.core;
      for (let i = 0; i + 1 < core.length; i++)
        if (core[i].script === "latin" && core[i + 1].script === "latin")
          pairs.add(`${core[i].key} ${core[i + 1].key}`);
    }
    pairCache.set(ix, pairs);
  }
  return pairs;
}

const WORD_REPAIR_NOTE =
  "語の区切りを一覧の語に合わせて補正 (行末で切れた語・続けて書かれた語) / word breaks repaired against the list's words (a word broken at a line end, words run together)";
const ADDRESS_COUNTRY_NOTE = "国・地域は住所から読み取りました / the country was read from the address in the cell";

const SET_ASIDE_LABEL: Record<SetAside["kind"], { ja: string; en: string }> = {
  address: { ja: "住所", en: "address" },
  unit: { ja: "部署・学部・支店", en: "department, school or branch" },
  contact: { ja: "担当者", en: "contact person" },
  paren: { ja: "括弧内の語", en: "words in parentheses" },
  agent: { ja: "運送業者・代理人", en: "forwarder or agent" },
  label: { ja: "見出し語", en: "label" },
  reference: { ja: "参照番号", en: "reference number" },
};

/** Notes naming the words of the cell that were set aside as address, unit or contact (not counted against the match). */
function setAsideNotes(removed: SetAside[]): string[] {
  const out: string[] = [];
  for (const kind of ["address", "unit", "contact", "paren", "agent", "label", "reference"] as const) {
    const parts = removed.filter((r) => r.kind === kind).map((r) => r.text);
    if (parts.length === 0) continue;
    const l = SET_ASIDE_LABEL[kind];
    out.push(
      `${l.ja}として照合から除いた語: ${parts.join(" / ")} / set aside as ${l.en} (not counted against the match): ${parts.join(" / ")}`,
    );
  }
  return out;
}

function copyMatch(m: PartyMatch, role: PartyRole): PartyMatch {
  const c: PartyMatch = { ...m, role };
  if (m.wmd) c.wmd = [...m.wmd];
  if (m.suppressed) c.suppressed = { ...m.suppressed };
  if (m.explain) {
    c.explain = { ...m.explain, aligned: m.explain.aligned.map((a) => [a[0], a[1], a[2]] as [string, string, number]) };
    if (m.explain.notes) c.explain.notes = [...m.explain.notes];
  }
  return c;
}

function isoToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function countryPenalty(query: string | undefined, entry: string | undefined): { penalty: number; note?: string } {
  if (!query || !entry) return { penalty: 0 };
  const q = query.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(q) || q === entry) return { penalty: 0 };
  if (RELATED_COUNTRIES.some((g) => g.includes(q) && g.includes(entry))) {
    return {
      penalty: RELATED_COUNTRY_PENALTY,
      note: `国・地域が異なる (${q} / ${entry}) −${RELATED_COUNTRY_PENALTY} / country differs (${q} / ${entry}) −${RELATED_COUNTRY_PENALTY}`,
    };
  }
  return {
    penalty: COUNTRY_MISMATCH_PENALTY,
    note: `国・地域が異なる (${q} / ${entry}) −${COUNTRY_MISMATCH_PENALTY} / country differs (${q} / ${entry}) −${COUNTRY_MISMATCH_PENALTY}`,
  };
}

/** A list name of one Latin word of four letters or fewer (an acronym such as GIA, SAIC). */
function isShortAcronym(a: AnalyzedName): boolean {
  return a.core.length === 1 && a.core[0].script === "latin" && a.core[0].key.length <= 4;
}

export function createPartyScreener(lists: PartyList[], options: PartyScreenerOptions = {}): DetailedPartyScreener {
  const thresholds: PartyThresholds = { ...DEFAULT_THRESHOLDS, ...(options.thresholds ?? {}) };
  if (!(thresholds.review > 0 && thresholds.review <= thresholds.hit && thresholds.hit <= 1)) {
    throw new RangeError(
      `thresholds must satisfy 0 < review <= hit <= 1 (got review ${thresholds.review}, hit ${thresholds.hit})`,
    );
  }
  const indexes = lists.map(indexFor);
  const hasListWord = (k: string) => indexes.some((ix) => ix.vocabByKey.latin.has(k));
  const hasListPair = (a: string, b: string) => indexes.some((ix) => neighbourPairs(ix).has(`${a} ${b}`));
  const allow = options.allowList;
  const today = options.today ?? isoToday();
  const maxMatches = options.maxMatches ?? 10;
  const byMatchId = new Map<string, { list: PartyList; entry: PartyEntry }>();
  for (const l of lists) for (const e of l.entries) byMatchId.set(matchId(l.id, e.id), { list: l, entry: e });

  const bandOf = (s: number): MatchBand | undefined =>
    s >= thresholds.hit ? "HIT" : s >= thresholds.review ? "REVIEW" : undefined;

  // Order files name the same parties again and again: results are remembered per name and country (the
  // screener's lists, allow-list and day never change). Callers get copies.
  const remembered = new Map<string, PartyScreening>();

  function screenPartyDetailed(name: unknown, country: string | undefined, role: PartyRole): PartyScreening {
    const raw = typeof name === "string" ? name : name === null || name === undefined ? "" : String(name);
    const cacheKey = `${country ?? ""}\u0000${raw}`;
    let r = remembered.get(cacheKey);
    if (!r) {
      r = screenOnce(raw, country);
      if (remembered.size >= RESULT_CACHE_LIMIT) remembered.clear();
      remembered.set(cacheKey, r);
    }
    return {
      matches: r.matches.map((m) => copyMatch(m, role)),
      notes: r.notes.map((n) => ({ ...n })),
      queryNormalized: r.queryNormalized,
    };
  }

  function screenOnce(raw: string, country: string | undefined): PartyScreening {
    const role: PartyRole = "end_user";
    const q = analyzeName(raw);
    const notes = [...q.notes];
    const matches: PartyMatch[] = [];
    if (!q.usable) return { matches, notes, queryNormalized: q.normalized };
    if (country && !/^[A-Za-z]{2}$/.test(country.trim())) {
      notes.push({
        ja: `国 "${country}" は ISO 2 文字コードではないため照合に使いません`,
        en: `Country "${country}" is not an ISO alpha-2 code; not used in matching`,
      });
    }
    // The cell as written, and further readings with address, unit and contact parts set aside (cell-parts.ts).
    const cell = readCell(raw);
    const addressCountry = cell.countries.length === 1 ? cell.countries[0] : undefined;
    const effectiveCountry = country && /^[A-Za-z]{2}$/.test(country.trim()) ? country : addressCountry;
    // (`guess`: a romanised reading of another script, a guess at the sound)
    const readings: Array<{ q: AnalyzedName; removed: SetAside[]; note?: string; guess?: boolean }> = [
      { q, removed: [] },
    ];
    for (const r of cell.readings) {
      const a = analyzeName(r.text);
      if (a.usable) readings.push({ q: a, removed: r.removed });
    }
    // Word breaks repaired against the lists' words (word-repair.ts): a word broken at a line end, words run
    // together. The repaired cell is read like the cell as written, beside it.
    for (const repaired of repairWordBreaks(raw, hasListWord, hasListPair)) {
      const a = analyzeName(repaired);
      if (a.usable) readings.push({ q: a, removed: [], note: WORD_REPAIR_NOTE });
      for (const r of readCell(repaired).readings) {
        const b = analyzeName(r.text);
        if (b.usable) readings.push({ q: b, removed: r.removed, note: WORD_REPAIR_NOTE });
      }
    }
    // Hangul, Persian/Arabic script and Japanese writing of foreign institutions (script-readings.ts), of the
    // cell as written and of its first reading
    for (const text of [raw, ...cell.readings.slice(0, 1).map((r) => r.text)]) {
      for (const r of scriptReadings(text)) {
        const a = analyzeName(r.text);
        if (a.usable)
          readings.push({ q: a, removed: text === raw ? [] : cell.readings[0].removed, note: r.note, guess: true });
      }
    }
    // Candidates may lose up to the country penalty, so search a little below the REVIEW bar.
    const floor = Math.max(0, thresholds.review - 0.001);
    // a cell that reads as a person (title or honorific, no organisation word) is not a listed organisation, ship or
    // aircraft where the list gives the type (SDN); lists without types (the End User List) are not affected
    const person = readsAsPerson(raw, q);
    const byId = new Map<string, number>();
    // Per list: the raw score a name of an entry matched already must reach to replace that match (a further
    // reading that cannot beat it changes nothing, so the index need not score it; see `search`).
    const entryMin = indexes.map(() => new Map<number, number>());
    for (const reading of readings) {
      for (let li = 0; li < indexes.length; li++) {
        const idx = indexes[li];
        const list = idx.list;
        const mins = entryMin[li];
        for (const hit of idx.search(reading.q, floor, mins.size > 0 ? mins : undefined)) {
          // a cell that reads as a company or institution is not a listed person (the SDN file gives the type)
          if (hit.entry.kind === "individual" && readsAsOrganisation(reading.q)) continue;
          if (person && hit.entry.kind !== undefined && hit.entry.kind !== "individual") continue;
          // a romanised reading of another script (Hangul, Persian, Japanese) is a guess at the sound: it does not
          // match a list name that is a short acronym (기아 read as "gia" is not the listed GIA)
          if (reading.guess && isShortAcronym(hit.name.analyzed)) continue;
          const cp = countryPenalty(effectiveCountry, hit.entry.country);
          let score = Math.round(Math.max(0, hit.score - cp.penalty) * 1000) / 1000;
          if (!bandOf(score)) continue;
          // false-positive guards (near-miss-guards.ts): what the match rests on, the entry's type and country
          const guard = guardMatch({
            q: reading.q,
            name: hit.name.analyzed,
            aligned: hit.result.aligned,
            entry: hit.entry,
            listEntries: list.entries.length,
            country: effectiveCountry,
            scriptReading: reading.note !== undefined,
            score,
          });
          score = guard.score;
          const band = bandOf(score);
          if (!band) continue;
          const id = matchId(list.id, hit.entry.id);
          const prev = byId.get(id);
          if (prev !== undefined && matches[prev].score >= score) continue;
          const explainNotes = [...hit.result.notes, ...guard.notes];
          if (cp.note) explainNotes.push(cp.note);
          if (!country && addressCountry && cp.note) explainNotes.push(ADDRESS_COUNTRY_NOTE);
          if (addressCountry && hit.entry.country === addressCountry)
            explainNotes.push(
              `住所の国・地域 (${addressCountry}) が掲載国と一致 / the address names the entry's country (${addressCountry})`,
            );
          explainNotes.push(...setAsideNotes(reading.removed));
          if (reading.note) explainNotes.push(reading.note);
          const m: PartyMatch = {
            id,
            listId: list.id,
            listName: list.name,
            isEndUserList: list.id === METI_EUL_LIST_ID,
            entryId: hit.entry.id,
            entryName: hit.entry.name,
            matchedName: hit.name.text,
            score,
            band,
            role,
            query: raw,
            explain: {
              queryNormalized: reading.q.normalized,
              candidateNormalized: hit.name.analyzed.normalized,
              aligned: hit.result.aligned,
              notes: explainNotes,
            },
          };
          if (hit.entry.country) m.entryCountry = hit.entry.country;
          if (hit.entry.cw !== undefined) m.cw = hit.entry.cw;
          if (hit.entry.wmd !== undefined) m.wmd = [...hit.entry.wmd];
          if (allow) {
            const d = allow.decide(raw, id, hit.entry, today);
            if (d?.applies) {
              m.suppressed = { reviewer: d.entry.reviewer, date: d.entry.date, reason: d.entry.reason };
              if (d.note) explainNotes.push(`${d.note.ja} / ${d.note.en}`);
            } else if (d) {
              explainNotes.push(`${d.note.ja} / ${d.note.en}`);
            }
          }
          // A later hit replaces this one only at a higher rounded score: its raw score must be above
          // score + penalty − 0.0005 (scores are rounded to thousandths); 0.001 below that is a safe bar. This holds
          // while every step between the search and here only lowers a hit's score or drops it.
          mins.set(hit.name.entry, score + cp.penalty - 0.001);
          if (prev !== undefined) matches[prev] = m;
          else {
            byId.set(id, matches.length);
            matches.push(m);
          }
        }
      }
    }
    matches.sort(
      (a, b) => b.score - a.score || Number(b.isEndUserList) - Number(a.isEndUserList) || a.id.localeCompare(b.id),
    );
    if (matches.length > maxMatches) {
      notes.push({
        ja: `候補が多いため上位 ${maxMatches} 件だけを示します (${matches.length} 件)`,
        en: `Showing the best ${maxMatches} of ${matches.length} matches`,
      });
      matches.length = maxMatches;
    }
    return { matches, notes, queryNormalized: q.normalized };
  }

  return {
    screenParty: (name, country, role) => screenPartyDetailed(name, country, role).matches,
    clearCache: () => remembered.clear(),
    screenPartyDetailed,
    listVersions: () => Object.fromEntries(lists.map((l) => [l.id, l.version])),
    lists: () => [...lists],
    thresholds: () => ({ ...thresholds }),
    entryOf: (id) => byMatchId.get(id)?.entry,
    fingerprintOf: (id) => {
      const e = byMatchId.get(id)?.entry;
      return e ? entryFingerprint(e) : undefined;
    },
  };
}
