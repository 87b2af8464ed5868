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

/** The vocabulary folded as the names are (lower case where it is matched without case). */
const fold = (words: readonly string[], lower: boolean) => [
  ...new Set(words.map((w) => (lower ? foldLatin(w).toLowerCase() : foldLatin(w)))),
];
const WORDS = fold(MILITARY_WORDS, true);
const ABBREVIATIONS = fold(MILITARY_ABBREVIATIONS, false);
const FALSE_FRIENDS = fold(NOT_MILITARY_WORDS, true);

/**
 * A Chinese personal name whose given name holds 军/軍 (建军, 志军, 王军 …: among the commonest given names), cut out
 * before 军 is looked for. Surname + one given character, or a given-name pair from the data; 海军, 陆军 and other
 * service names are never read as a name.
 */
const NAME_WITH_JUN = new RegExp(
  `(?:${CHINESE_NAME_WITH_JUN.given.join("|")})|[${CHINESE_NAME_WITH_JUN.surnames.join("")}](?:军|軍)(?![队隊区區委工事械])`,
  "gu",
);

/** The words found, as the name writes them (Müdafiə Nazirliyi) where folding kept the name's length. */
function asWritten(name: string, folded: string, found: string): string {
  const lower = folded.toLowerCase();
  if (folded.length !== name.length || lower.length !== folded.length) return found;
  const at = lower.indexOf(found.toLowerCase());
  return at >= 0 ? name.slice(at, at + found.length) : found;
}

const cache = new Map<string, string | undefined>();

/** The military word or abbreviation found in the name (as the name writes it), or undefined. */
export function findMilitaryBody(name: string): string | undefined {
  if (!name) return undefined;
  if (cache.has(name)) return cache.get(name);
  const folded = foldLatin(name);
  const rest = removeWords(folded, FALSE_FRIENDS).replace(NAME_WITH_JUN, " | ");
  const found = findWord(rest, WORDS) ?? findExact(rest, ABBREVIATIONS);
  const hit = found === undefined ? undefined : asWritten(name, folded, found);
  if (cache.size > 20000) cache.clear();
  cache.set(name, hit);
  return hit;
}
