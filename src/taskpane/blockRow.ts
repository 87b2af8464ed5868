/**
 * One row of the output block from an engine result: decision label and code, reasons with citations,
 * red flags (summary and one mark per RF column), party match, time. Pure: reads the Result, decides nothing.
 */
import { decisionLabel } from "../engine/present";
import type { Lang, PartyMatch, ScreenResult } from "../engine/types";
import { BLOCK_INDEX, BLOCK_WIDTH, RF_MARK } from "./outputBlock";

/** Excel refuses longer cell texts. */
export const MAX_CELL_CHARS = 32_767;

function clip(text: string): string {
  return text.length <= MAX_CELL_CHARS ? text : text.slice(0, MAX_CELL_CHARS - 1) + "…";
}

/** Reasons that explain the decision (context reasons are left out when they did not decide), then notes. */
export function reasonsText(r: ScreenResult, lang: Lang): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const reason of r.reasons) {
    if (r.decision !== "NO_LICENSE" && reason.outcome === "NO_LICENSE") continue;
    const line = `${reason.text[lang]} [${reason.citation[lang]}]`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  for (const n of r.notes) lines.push(n[lang]);
  return lines.join("\n");
}

export function redFlagsText(r: ScreenResult, lang: Lang): string {
  return r.redFlags.map((f) => `${f.code}: ${f.evidence[lang]}`).join("\n");
}

const ROLE: Record<PartyMatch["role"], { ja: string; en: string }> = {
  end_user: { ja: "需要者", en: "end user" },
  consignee: { ja: "荷受人", en: "consignee" },
  buyer: { ja: "買主", en: "buyer" },
};

/** One match as text: list, entry, the alias it matched, score and band. */
export function matchText(m: PartyMatch, lang: Lang): string {
  const who = `${ROLE[m.role][lang]} "${m.query}"`;
  const alias =
    m.matchedName && m.matchedName !== m.entryName
      ? lang === "ja"
        ? `（別名 ${m.matchedName}）`
        : ` (alias ${m.matchedName})`
      : "";
  const head = `${m.listName} #${m.entryId} ${m.entryName}${alias}`;
  const score = `${m.score.toFixed(2)} ${m.band}`;
  if (m.suppressed) {
    return lang === "ja"
      ? `${head} ← ${who} ${score}：許可リストで除外（${m.suppressed.reviewer}、${m.suppressed.date}）`
      : `${head} ← ${who} ${score}: allow-listed (${m.suppressed.reviewer}, ${m.suppressed.date})`;
  }
  return `${head} ← ${who} ${score}`;
}

export function partyText(r: ScreenResult, lang: Lang, max = 3): string {
  const active = r.partyMatches.filter((m) => !m.suppressed);
  const shown = [...active.slice(0, max), ...r.partyMatches.filter((m) => m.suppressed).slice(0, 1)];
  const more = active.length - Math.min(active.length, max);
  const lines = shown.map((m) => matchText(m, lang));
  if (more > 0) lines.push(lang === "ja" ? `ほか ${more} 件` : `and ${more} more`);
  return lines.join("\n");
}

/** The output-block cells for one result. */
export function blockRow(r: ScreenResult, lang: Lang, screenedAt: string): unknown[] {
  const out: unknown[] = new Array(BLOCK_WIDTH).fill("");
  out[BLOCK_INDEX.decision] = decisionLabel(r.decision, lang);
  out[BLOCK_INDEX.code] = r.decision;
  out[BLOCK_INDEX.reasons] = clip(reasonsText(r, lang));
  out[BLOCK_INDEX.red_flags] = clip(redFlagsText(r, lang));
  for (const f of r.redFlags) {
    const k = BLOCK_INDEX[f.code.toLowerCase()];
    if (k !== undefined) out[k] = RF_MARK;
  }
  out[BLOCK_INDEX.party] = clip(partyText(r, lang));
  out[BLOCK_INDEX.screened_at] = screenedAt;
  return out;
}

/** Cells for a row with no order data at all (left blank; any earlier result there is cleared). */
export function blankBlockRow(): unknown[] {
  return new Array(BLOCK_WIDTH).fill("");
}
