/**
 * The military/defence-body recogniser: a party name that names armed forces, a defence ministry, a procurement or
 * maintenance command or a defence research body, in any language of the vocabulary. False friends (Salvation Army,
 * navy blue, PLA filament, 冠军, a Chinese personal name such as 王建军 …) are cut out of the name first, on whole
 * words, so a name with both still counts. Latin letters are compared without diacritics and hyphens (Müdafiə =
 * Mudafie, Wazarat-e-Difa = Wazarat e Difa), the text and the vocabulary alike.
 */
import { findExact, findWord, foldLatin, removeWords } from "./match";
import {
  CHINESE_NAME_WITH_JUN,
  MILITARY_ABBREVIATIONS,
  MILITARY_WORDS,
  NOT_MILITARY_WORDS,
} from "../reference/vocabulary";

/** Folded vocabulary → the entry as written in the data (for the evidence shown to the user). */
function folded(words: readonly string[], lower: boolean): { words: string[]; original: Map<string, string> } {
  const original = new Map<string, string>();
  for (const w of words) {
    const f = lower ? foldLatin(w).toLowerCase() : foldLatin(w);
    if (!original.has(f)) original.set(f, w);
  }
  return { words: [...original.keys()], original };
}

const WORDS = folded(MILITARY_WORDS, true);
const ABBREVIATIONS = folded(MILITARY_ABBREVIATIONS, false);
const FALSE_FRIENDS = folded(NOT_MILITARY_WORDS, true).words;

/**
 * A Chinese personal name whose given name holds 军/軍 (建军, 志军, 王军 …: among the commonest given names), cut out
 * before 军 is looked for. Surname + one given character, or a given-name pair from the data; 海军, 陆军 and other
 * service names are never read as a name.
 */
const NAME_WITH_JUN = new RegExp(
  `(?:${CHINESE_NAME_WITH_JUN.given.join("|")})|[${CHINESE_NAME_WITH_JUN.surnames.join("")}](?:军|軍)(?![队隊区區委工事械])`,
  "gu",
);

const cache = new Map<string, string | undefined>();

/** The military word or abbreviation found in the name, or undefined. */
export function findMilitaryBody(name: string): string | undefined {
  if (!name) return undefined;
  if (cache.has(name)) return cache.get(name);
  const rest = removeWords(foldLatin(name), FALSE_FRIENDS).replace(NAME_WITH_JUN, " | ");
  const word = findWord(rest, WORDS.words);
  const abbr = word ? undefined : findExact(rest, ABBREVIATIONS.words);
  const hit = word ? (WORDS.original.get(word) ?? word) : abbr ? (ABBREVIATIONS.original.get(abbr) ?? abbr) : undefined;
  if (cache.size > 20000) cache.clear();
  cache.set(name, hit);
  return hit;
}
