/**
 * The military/defence-body recogniser: a party name that names armed forces, a defence ministry, a procurement or
 * maintenance command or a defence research body, in any language of the vocabulary. False friends (Salvation Army,
 * navy blue, PLA filament, 冠军 …) are cut out of the name first, on whole words, so a name with both still counts.
 */
import { findExact, findWord, removeWords } from "./match";
import { MILITARY_ABBREVIATIONS, MILITARY_WORDS, NOT_MILITARY_WORDS } from "../reference/vocabulary";

const cache = new Map<string, string | undefined>();

/** The military word or abbreviation found in the name, or undefined. */
export function findMilitaryBody(name: string): string | undefined {
  if (!name) return undefined;
  if (cache.has(name)) return cache.get(name);
  const rest = removeWords(name, NOT_MILITARY_WORDS);
  const hit = findWord(rest, MILITARY_WORDS) ?? findExact(rest, MILITARY_ABBREVIATIONS);
  if (cache.size > 20000) cache.clear();
  cache.set(name, hit);
  return hit;
}
