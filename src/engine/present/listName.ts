/**
 * List names are kept as one text with both languages where the list has both ("外国ユーザーリスト / METI End User
 * List", "OFAC SDN リスト / OFAC Specially Designated Nationals", an own list's "# name: DEMO list / デモリスト").
 * Shown in one language, the side written in Japanese script goes to Japanese and the other to English; a name that
 * is not two such halves is shown as it is.
 */
import type { Lang } from "../types";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const cache = new Map<string, [string, string] | null>();

function halves(name: string): [string, string] | null {
  let hit = cache.get(name);
  if (hit !== undefined) return hit;
  const parts = name.split(" / ").map((s) => s.trim());
  hit = null;
  if (parts.length === 2 && parts[0] && parts[1]) {
    const [a, b] = parts.map((p) => JAPANESE.test(p));
    if (a && !b) hit = [parts[0], parts[1]];
    else if (b && !a) hit = [parts[1], parts[0]];
  }
  if (cache.size > 1000) cache.clear();
  cache.set(name, hit);
  return hit;
}

/** The list's name in one language (see above). */
export function listNameIn(name: string, lang: Lang): string {
  const h = halves(name);
  return h ? (lang === "ja" ? h[0] : h[1]) : name;
}
