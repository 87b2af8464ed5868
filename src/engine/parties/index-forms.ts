/**
 * Which forms of one list name are indexed: the name, the text outside parentheses, a part in parentheses that
 * names the party on its own (the CJK name in `CETC Chip Technology Co., Ltd （中电科芯片技术股份有限公司）`, an
 * acronym), the parts of a name written with "/", and a name whose number has a full stop in it without the stop.
 */
import { analyzeName } from "./analyze-name";

/** Top-level contents of (…) groups and the text with the groups removed. */
export function parentheticalParts(name: string): { outside: string; inside: string[] } {
  const s = name.normalize("NFKC");
  let depth = 0;
  let outside = "";
  let cur = "";
  const inside: string[] = [];
  for (const ch of s) {
    if (ch === "(" || ch === "[" || ch === "【") {
      if (depth > 0) cur += ch;
      depth++;
    } else if ((ch === ")" || ch === "]" || ch === "】") && depth > 0) {
      depth--;
      if (depth === 0) {
        if (cur.trim()) inside.push(cur.trim());
        cur = "";
        outside += " ";
      } else cur += ch;
    } else if (depth > 0) cur += ch;
    else outside += ch;
  }
  if (depth > 0 && cur.trim()) inside.push(cur.trim());
  return { outside: outside.replace(/\s+/g, " ").trim(), inside };
}

/**
 * Whether a part in parentheses names the party on its own: a name in another script (中电科芯片技术股份有限公司),
 * an acronym (CETC, KOMID) or several words of which one is distinctive — not a place, a legal form or a
 * generic word ("(HONG KONG)", "(Pvt)", "(General)").
 */
function insideIsName(part: string): boolean {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(part)) return true;
  const core = analyzeName(part).core.filter((t) => t.script !== "digit" && !t.stop);
  if (!core.some((t) => !t.generic)) return false;
  return core.length >= 2 || (core.length === 1 && core[0].key.length >= 3);
}

/** The forms of one list name that are indexed. */
export function nameForms(name: string): string[] {
  const out = [name];
  const { outside, inside } = parentheticalParts(name);
  if (outside && outside !== name.normalize("NFKC").trim()) out.push(outside);
  for (const part of inside) if (insideIsName(part)) out.push(part);
  if (/\//.test(outside))
    for (const part of outside.split("/")) if (part.trim().split(/\s+/).length >= 2) out.push(part.trim());
  // a number with a full stop in it (4.27 Co.) also as written with the stop left out (427 Co): the analyser
  // reads 4.27 as 4 27, as a cell with its punctuation printed as spaces writes it
  if (/\d\.\d/.test(name)) out.push(name.replace(/(?<=\d)\.(?=\d)/g, ""));
  return out;
}
