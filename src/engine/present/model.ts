/**
 * One presentation of a result for every surface (CLI columns, the sheet's output block, SCREEN/SCREENROW,
 * the pane's detail view): decision code and label, the reasons that explain it with their citations, red
 * flags with evidence, list matches grouped by list entry with the roles they matched, a colour token and
 * whether a person must look at the row. Surfaces only format this; nothing here re-derives a decision.
 */
import type {
  Decision,
  GuidelineItemState,
  Lang,
  MatchBand,
  PartyMatch,
  PartyRole,
  ReasonCode,
  RedFlagCode,
  ScreenResult,
} from "../types";
import { GUIDELINE_STATE_LABELS } from "../i18n/guideline";
import { DECISIONS } from "../types";
import { REASON_TITLES } from "../i18n/reasons";
import { CONFIDENCE_LABELS, decisionLabel, ROLE_LABELS } from "./labels";
import { DECISION_COLOUR } from "./colours";
import type { ColourToken } from "./colours";
import { listNameIn } from "./listName";

export interface PresentedReason {
  code: ReasonCode;
  outcome: Decision;
  title: string;
  text: string;
  citation: string;
  confidence: string;
  /** "text [citation]" as written in cells. */
  line: string;
}

export interface PresentedRedFlag {
  code: RedFlagCode;
  source: "detected" | "answered";
  evidence: string;
  line: string;
}

/** One item of the 明らか guideline checklist (mg01 … mg20) with the state the engine read or computed. */
export interface PresentedGuidelineItem {
  /** mg01 … mg20 */
  id: string;
  /** ① … ⑳ */
  number: string;
  state: GuidelineItemState["state"];
  stateLabel: string;
  /** The answer in the row's mgNN column (yes / no / na / blank / invalid). */
  answer: GuidelineItemState["answer"];
  text: string;
  evidence?: string;
  /** "① satisfied" or "② contradicted by the data: RF09 (detected) …" as written in cells. */
  line: string;
}

/** One way a list entry was matched: by which party of the order, under which name, how closely. */
export interface PresentedMatchRole {
  role: PartyRole;
  roleLabel: string;
  query: string;
  matchedName: string;
  score: number;
  band: MatchBand;
  /** The engine's match, for actions such as "not this party". */
  match: PartyMatch;
}

export interface PresentedMatchGroup {
  /** `<list-id>#<entry-id>`. */
  id: string;
  listName: string;
  entryId: string;
  entryName: string;
  entryCountry?: string;
  bestScore: number;
  band: MatchBand;
  roles: PresentedMatchRole[];
  /** Set when every match of this entry was allow-listed. */
  suppressed?: { reviewer: string; date: string; reason: string };
}

export interface Presentation {
  code: Decision;
  label: string;
  colour: ColourToken;
  /** 0 = most severe (PROHIBITED) … 3 = NO_LICENSE. */
  severity: number;
  needsAttention: boolean;
  /** Reasons that explain the decision (context reasons that did not decide are left out), deduplicated. */
  reasons: PresentedReason[];
  /**
   * The reasons as cell lines: one line per reason, except that reasons giving the same text and citation (two
   * reason codes of one flow branch) share one line with both titles.
   */
  reasonLines: string[];
  /** Notes about the input (bad values, ignored cells). */
  notes: string[];
  redFlags: PresentedRedFlag[];
  /** Live matches first (best score first), then allow-listed ones. */
  matches: PresentedMatchGroup[];
  /**
   * The guideline items ①–⑳ where the result carries them (the sheet has mgNN columns, or a user prong's 明らか
   * test was in play); empty otherwise.
   */
  guideline: PresentedGuidelineItem[];
  /**
   * The End User List was not consulted (reason END_USER_LIST_NOT_CHECKED): `only` when nothing else holds the row
   * back (loading the list and finding nobody on it would clear it), `also` when other reasons decide it too.
   */
  endUserListNotChecked?: "only" | "also";
}

/** Context reasons shown even when the decision is not NO_LICENSE: a documented "clearly" judgement. */
const ALWAYS_SHOWN = new Set<ReasonCode>(["CLEARLY_NOT_FOR_WEAPONS", "END_USER_LIST_STAND_IN"]);

/** Whether, and how much, the missing End User List holds a result back (Presentation.endUserListNotChecked). */
export function endUserListNotChecked(r: ScreenResult): "only" | "also" | undefined {
  let missing = false;
  let other = false;
  for (const x of r.reasons) {
    if (x.code === "END_USER_LIST_NOT_CHECKED") missing = true;
    else if (x.outcome !== "NO_LICENSE") other = true;
  }
  if (!missing) return undefined;
  return other || r.decision !== "REVIEW" ? "also" : "only";
}

export function severityOf(d: Decision): number {
  return DECISIONS.indexOf(d);
}

/** Needs a person: anything but a clean NO_LICENSE (a flag, a live match or a note about the input). */
export function needsAttention(r: ScreenResult): boolean {
  return (
    r.decision !== "NO_LICENSE" ||
    r.redFlags.length > 0 ||
    r.partyMatches.some((m) => !m.suppressed) ||
    r.notes.length > 0
  );
}

/**
 * Presentations of the parts results share: the engine interns reason lists, red-flag lists and guideline items (the
 * same frozen array for the same content), so each distinct one is presented once per language and decision. Only
 * frozen arrays are remembered (they cannot change); the presented arrays are frozen too.
 */
const presentedReasons = new WeakMap<readonly object[], Map<string, { reasons: PresentedReason[]; lines: string[] }>>();
const presentedFlags = new WeakMap<readonly object[], Partial<Record<Lang, PresentedRedFlag[]>>>();
const presentedGuideline = new WeakMap<readonly object[], Partial<Record<Lang, PresentedGuidelineItem[]>>>();

function reasonsOf(r: ScreenResult, lang: Lang): { reasons: PresentedReason[]; lines: string[] } {
  const shared = Object.isFrozen(r.reasons);
  const key = `${r.decision}|${lang}`;
  let byKey = shared ? presentedReasons.get(r.reasons) : undefined;
  const hit = byKey?.get(key);
  if (hit) return hit;
  const reasons = presentReasons(r, lang);
  const out = { reasons, lines: reasonLines(reasons, lang) };
  if (shared) {
    for (const x of reasons) Object.freeze(x);
    Object.freeze(reasons);
    Object.freeze(out.lines);
    if (!byKey) presentedReasons.set(r.reasons, (byKey = new Map()));
    byKey.set(key, Object.freeze(out));
  }
  return out;
}

/** Cell lines of the reasons: reasons with the same text and citation after their title share one line. */
export function reasonLines(reasons: readonly PresentedReason[], lang: Lang): string[] {
  const lines: string[] = [];
  const groups = new Map<string, { titles: string[]; at: number; body: string; citation: string }>();
  for (const x of reasons) {
    const prefix = `${x.title}: `;
    if (!x.text.startsWith(prefix)) {
      lines.push(x.line);
      continue;
    }
    const body = x.text.slice(prefix.length);
    const key = `${body}\u0000${x.citation}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { titles: [x.title], at: lines.length, body, citation: x.citation });
      lines.push(x.line);
    } else if (!g.titles.includes(x.title)) {
      g.titles.push(x.title);
      lines[g.at] = `${g.titles.join(lang === "ja" ? "／" : " / ")}: ${g.body} [${g.citation}]`;
    }
  }
  return lines;
}

function presentReasons(r: ScreenResult, lang: Lang): PresentedReason[] {
  const seen = new Set<string>();
  const out: PresentedReason[] = [];
  for (const reason of r.reasons) {
    if (r.decision !== "NO_LICENSE" && reason.outcome === "NO_LICENSE" && !ALWAYS_SHOWN.has(reason.code)) continue;
    const line = `${reason.text[lang]} [${reason.citation[lang]}]`;
    if (seen.has(line)) continue;
    seen.add(line);
    out.push({
      code: reason.code,
      outcome: reason.outcome,
      title: REASON_TITLES[reason.code]?.[lang] ?? reason.code,
      text: reason.text[lang],
      citation: reason.citation[lang],
      confidence: CONFIDENCE_LABELS[reason.citation.confidence]?.[lang] ?? reason.citation.confidence,
      line,
    });
  }
  return out;
}

export function groupMatches(matches: readonly PartyMatch[], lang: Lang): PresentedMatchGroup[] {
  const groups = new Map<string, PresentedMatchGroup>();
  for (const m of matches) {
    let g = groups.get(m.id);
    if (!g) {
      g = {
        id: m.id,
        listName: listNameIn(m.listName, lang),
        entryId: m.entryId,
        entryName: m.entryName,
        entryCountry: m.entryCountry,
        bestScore: 0,
        band: m.band,
        roles: [],
      };
      groups.set(m.id, g);
    }
    // The same party matched twice (two names of the entry): keep the closer one.
    const same = g.roles.find(
      (x) => x.role === m.role && x.query === m.query && !!x.match.suppressed === !!m.suppressed,
    );
    if (same) {
      if (m.score > same.score)
        Object.assign(same, { matchedName: m.matchedName, score: m.score, band: m.band, match: m });
      continue;
    }
    g.roles.push({
      role: m.role,
      roleLabel: ROLE_LABELS[m.role][lang],
      query: m.query,
      matchedName: m.matchedName,
      score: m.score,
      band: m.band,
      match: m,
    });
  }
  for (const g of groups.values()) {
    g.roles.sort((a, b) => Number(!!a.match.suppressed) - Number(!!b.match.suppressed) || b.score - a.score);
    const live = g.roles.filter((x) => !x.match.suppressed);
    const pool = live.length > 0 ? live : g.roles;
    g.bestScore = Math.max(...pool.map((x) => x.score));
    g.band = pool.some((x) => x.band === "HIT") ? "HIT" : "REVIEW";
    if (live.length === 0) g.suppressed = g.roles[0].match.suppressed;
  }
  return [...groups.values()].sort(
    (a, b) => Number(!!a.suppressed) - Number(!!b.suppressed) || b.bestScore - a.bestScore,
  );
}

export function presentResult(r: ScreenResult, lang: Lang): Presentation {
  const { reasons, lines } = reasonsOf(r, lang);
  return {
    code: r.decision,
    label: decisionLabel(r.decision, lang),
    colour: DECISION_COLOUR[r.decision],
    severity: severityOf(r.decision),
    needsAttention: needsAttention(r),
    reasons,
    reasonLines: lines,
    notes: r.notes.map((n) => n[lang]),
    redFlags: presentedOnce(presentedFlags, r.redFlags, lang, (f) => ({
      code: f.code,
      source: f.source,
      evidence: f.evidence[lang],
      line: `${f.code}: ${f.evidence[lang]}`,
    })),
    matches: groupMatches(r.partyMatches, lang),
    guideline: presentedOnce(presentedGuideline, r.guideline ?? NO_ITEMS, lang, (g) => presentGuidelineItem(g, lang)),
    endUserListNotChecked: endUserListNotChecked(r),
  };
}

const NO_ITEMS: readonly GuidelineItemState[] = Object.freeze([]);

/** `items.map(present)`, remembered per frozen array and language. */
function presentedOnce<T extends object, P extends object>(
  cache: WeakMap<readonly object[], Partial<Record<Lang, P[]>>>,
  items: readonly T[],
  lang: Lang,
  present: (item: T) => P,
): P[] {
  if (!Object.isFrozen(items)) return items.map(present);
  let byLang = cache.get(items);
  let out = byLang?.[lang];
  if (!out) {
    out = Object.freeze(items.map((x) => Object.freeze(present(x)))) as P[];
    if (!byLang) cache.set(items, (byLang = {}));
    byLang[lang] = out;
  }
  return out;
}

export function presentGuidelineItem(g: GuidelineItemState, lang: Lang): PresentedGuidelineItem {
  const stateLabel = GUIDELINE_STATE_LABELS[g.state][lang];
  const evidence = g.evidence?.[lang];
  const sep = lang === "ja" ? "：" : ": ";
  return {
    id: g.id,
    number: g.number,
    state: g.state,
    stateLabel,
    answer: g.answer,
    text: g.text[lang],
    evidence,
    line: `${g.number} ${stateLabel}${evidence ? sep + evidence : ""}`,
  };
}
