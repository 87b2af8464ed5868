/**
 * Output columns shared by the CLI and the add-in, drawn from a Result (presenters never re-derive a decision).
 */
import type { Decision, Lang, ScreenResult } from "./types";
import { DECISION_LABELS } from "./i18n/decisions";

export const OUTPUT_COLUMNS = [
  "decision",
  "decision_label",
  "reasons",
  "explanation",
  "red_flags",
  "party_match_id",
  "party_match_name",
  "party_match_score",
] as const;

export type OutputColumns = Record<(typeof OUTPUT_COLUMNS)[number], string>;

export function decisionLabel(d: Decision, lang: Lang): string {
  return DECISION_LABELS[d][lang];
}

/** Unique codes in order of first appearance. */
function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function explanationText(r: ScreenResult, lang: Lang): string {
  const lines: string[] = [];
  for (const reason of r.reasons) {
    if (reason.outcome === "NO_LICENSE" && r.decision !== "NO_LICENSE" && reason.code !== "CLEARLY_NOT_FOR_WEAPONS")
      continue; // keep the text short: context reasons only when they decide
    lines.push(`${reason.text[lang]} (${reason.citation[lang]})`);
  }
  for (const f of r.redFlags) lines.push(`${f.code}: ${f.evidence[lang]}`);
  for (const n of r.notes) lines.push(n[lang]);
  return lines.join(lang === "ja" ? "\n" : "\n");
}

export function toOutputColumns(r: ScreenResult, lang: Lang): OutputColumns {
  // One entry per list entry, best score first; the roles it matched are named together.
  const byId = new Map<string, { name: string; score: number; roles: string[] }>();
  for (const m of r.partyMatches) {
    if (m.suppressed) continue;
    const e = byId.get(m.id);
    if (!e) byId.set(m.id, { name: m.matchedName, score: m.score, roles: [m.role] });
    else {
      if (!e.roles.includes(m.role)) e.roles.push(m.role);
      if (m.score > e.score) Object.assign(e, { name: m.matchedName, score: m.score });
    }
  }
  const active = [...byId.entries()].sort((a, b) => b[1].score - a[1].score);
  return {
    decision: r.decision,
    decision_label: decisionLabel(r.decision, lang),
    reasons: unique(r.reasons.map((x) => x.code)).join(";"),
    explanation: explanationText(r, lang),
    red_flags: r.redFlags.map((f) => f.code).join(";"),
    party_match_id: active.map(([id]) => id).join(";"),
    party_match_name: active.map(([, m]) => `${m.name} [${m.roles.join(",")}]`).join(";"),
    party_match_score: active.map(([, m]) => m.score.toFixed(2)).join(";"),
  };
}
