/**
 * The presentation as plain text for a cell (the output block, SCREENROW, PARTY, the CLI's explanation):
 * one line per reason, red flag or list entry.
 */
import type { Lang } from "../types";
import type { Presentation, PresentedMatchGroup, PresentedRedFlag } from "./model";

const LIST_SEP: Record<Lang, string> = { ja: "、", en: ", " };

/** Reasons with their citations, then notes about the input. */
export function reasonsCell(p: Presentation): string {
  return [...p.reasonLines, ...p.notes].join("\n");
}

export function redFlagsCell(p: Presentation): string {
  return p.redFlags.map((f) => f.line).join("\n");
}

/** One list entry: list, entry, then each party of the order that matched it (alias when not the entry's name). */
export function matchGroupLine(g: PresentedMatchGroup, lang: Lang): string {
  const who = g.roles
    .map((x) => {
      const alias =
        x.matchedName && x.matchedName !== g.entryName
          ? lang === "ja"
            ? `（別名 ${x.matchedName}）`
            : ` (alias ${x.matchedName})`
          : "";
      return `${x.roleLabel} "${x.query}"${alias}`;
    })
    .join(LIST_SEP[lang]);
  const head = `${g.listName} #${g.entryId} ${g.entryName} ← ${who} ${g.bestScore.toFixed(2)} ${g.band}`;
  if (!g.suppressed) return head;
  return lang === "ja"
    ? `${head}：許可リストで除外（${g.suppressed.reviewer}、${g.suppressed.date}）`
    : `${head}: allow-listed (${g.suppressed.reviewer}, ${g.suppressed.date})`;
}

/** Live matches (at most `max` entries), then the first allow-listed one, then "and N more". */
export function matchesCell(p: Presentation, lang: Lang, max = 3): string {
  const live = p.matches.filter((g) => !g.suppressed);
  const allowed = p.matches.filter((g) => g.suppressed);
  const lines = [...live.slice(0, max), ...allowed.slice(0, 1)].map((g) => matchGroupLine(g, lang));
  const more = live.length - Math.min(live.length, max);
  if (more > 0) lines.push(lang === "ja" ? `ほか ${more} 件` : `and ${more} more`);
  return lines.join("\n");
}

/** The full explanation in words: reasons with citations, red-flag evidence, notes. */
export function explanationCell(p: Presentation): string {
  if (!p.notes.length) return explanationOf(p.reasonLines, p.redFlags);
  return [...p.reasonLines, ...p.redFlags.map((f) => f.line), ...p.notes].join("\n");
}

/** Excel's limit on the characters of one cell (a longer value is refused or repaired by Excel). */
export const CELL_MAX_CHARS = 32767;

/**
 * A cell's text cut to Excel's cell limit, with a visible marker saying so (quoted evidence of a very long party
 * or remarks cell can push an explanation past it). Text within the limit is returned as it is.
 */
export function fitCell(text: string, lang: Lang): string {
  if (text.length <= CELL_MAX_CHARS) return text;
  const marker =
    lang === "ja"
      ? `…\n（Excel のセルの上限 ${CELL_MAX_CHARS.toLocaleString("en")} 文字で切りました。全文は --format jsonl の result にあります）`
      : `…\n(cut at Excel's cell limit of ${CELL_MAX_CHARS.toLocaleString("en")} characters; the full result is in --format jsonl)`;
  let end = CELL_MAX_CHARS - marker.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // never split a surrogate pair
  return text.slice(0, end) + marker;
}

/** Explanations without notes, remembered per (shared, frozen) reason lines and red flags. */
const explanations = new WeakMap<readonly string[], WeakMap<readonly object[], string>>();
function explanationOf(lines: readonly string[], flags: readonly PresentedRedFlag[]): string {
  const shared = Object.isFrozen(lines) && Object.isFrozen(flags);
  let byFlags = shared ? explanations.get(lines) : undefined;
  let text = byFlags?.get(flags);
  if (text === undefined) {
    text = [...lines, ...flags.map((f) => f.line)].join("\n");
    if (shared) {
      if (!byFlags) explanations.set(lines, (byFlags = new WeakMap()));
      byFlags.set(flags, text);
    }
  }
  return text;
}

/**
 * The guideline checklist as text: one line per item that is not simply satisfied or not applicable (concerns,
 * contradictions, computed states, items not checked), or one line saying every applicable item is satisfied.
 * Empty where the result carries no guideline.
 */
export function guidelineCell(p: Presentation, lang: Lang): string {
  if (!p.guideline.length) return "";
  const open = p.guideline.filter((g) => g.state !== "satisfied" && g.state !== "notApplicable");
  if (!open.length)
    return lang === "ja"
      ? "明らかガイドライン：該当項目はすべて「満たす」"
      : "'Clearly' guideline: every applicable item satisfied";
  return open.map((g) => g.line).join("\n");
}

/** The guideline checklist as machine codes: "mg01:satisfied;mg02:notChecked;…" (every item the result carries). */
export function guidelineCodes(p: Presentation): string {
  return p.guideline.map((g) => `${g.id}:${g.state}`).join(";");
}
