/**
 * The military/defence-body recogniser: a party name that names armed forces, a defence ministry, a procurement or
 * maintenance command or a defence research body, in any language of the vocabulary. False friends (Salvation Army,
 * navy blue, PLA filament, 冠军, a Chinese personal name such as 王建军 …) are cut out of the name first, on whole
 * words, so a name with both still counts. Latin letters are compared without diacritics and hyphens (Müdafiə =
 * Mudafie, Wazarat-e-Difa = Wazarat e Difa), the text and the vocabulary alike.
 */
import { findExact, findWord, foldLatin, normalizeForMatch, removeWords } from "./match";
import {
  CHINESE_NAME_WITH_JUN,
  CONTEXT_ABBREVIATIONS,
  FORCE_WORDS,
  MILITARY_ABBREVIATIONS,
  MILITARY_SITE_WORDS,
  MILITARY_WORDS,
  MILITARY_WORDS_EXACT,
  NOT_MILITARY_WORDS,
  SECURITY_WORDS,
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
  // Words whose diacritics decide (hải quân navy / hải quan customs) are looked for as written, before folding.
  const exact = findWord(name, MILITARY_WORDS_EXACT);
  const folded = foldLatin(name);
  const rest = removeWords(folded, FALSE_FRIENDS).replace(NAME_WITH_JUN, " | ");
  const found = exact ?? findWord(rest, WORDS) ?? findExact(rest, ABBREVIATIONS);
  const hit = found === undefined || exact ? found : asWritten(name, folded, found);
  if (cache.size > 20000) cache.clear();
  cache.set(name, hit);
  return hit;
}

const ACRONYMS = Object.keys(CONTEXT_ABBREVIATIONS);
const FORCES = fold(FORCE_WORDS, true);

/**
 * An abbreviation of an armed or security body that needs context (SAF, ISF, LAF, FACA, SNA, ANDSF, PNP …), found as
 * written (capitals, whole word) in the name, with the kind it has here: one of `countries` (the row's destination,
 * consignee and end-user countries) is a country it belongs to, or the name holds a force word ("forces", "army",
 * "division" …). Without either it is an ordinary abbreviation (ANA the airline, AFP the news agency).
 */
export function findContextAcronym(
  name: string,
  countries: readonly (string | undefined)[],
): { acronym: string; kind: "military" | "security"; why: string } | undefined {
  if (!name) return undefined;
  const acronym = findExact(name, ACRONYMS);
  if (!acronym) return undefined;
  const by = CONTEXT_ABBREVIATIONS[acronym];
  for (const c of countries) if (c && by[c]) return { acronym, kind: by[c], why: c };
  const force = findWord(foldLatin(name).replace(acronym, " "), FORCES);
  if (force) {
    const kinds = Object.values(by);
    return { acronym, kind: kinds.includes("military") ? "military" : "security", why: force };
  }
  return undefined;
}

const SECURITY = fold(SECURITY_WORDS, true);
const securityCache = new Map<string, string | undefined>();

/**
 * A police, internal-security, border or intelligence body or an interior ministry named in the party name (Philippine
 * National Police, Bộ Công an, 公安部, МВД …), as folded; undefined when the name is a military body (that answer wins)
 * or names none. Police are not armed forces under the ordinances: the flow makes this REVIEW and says why.
 */
export function findSecurityBody(name: string): string | undefined {
  if (!name) return undefined;
  if (securityCache.has(name)) return securityCache.get(name);
  const rest = removeWords(foldLatin(name), FALSE_FRIENDS);
  const hit = findWord(rest, SECURITY);
  if (securityCache.size > 20000) securityCache.clear();
  securityCache.set(name, hit);
  return hit;
}

const SITES = fold(MILITARY_SITE_WORDS, true);

/** A delivery address inside a military site ("Camp Taji military base", в/ч 12345, 駐屯地), or undefined (guideline ④). */
export function findMilitarySite(address: string): string | undefined {
  if (!address) return undefined;
  const rest = removeWords(foldLatin(address), FALSE_FRIENDS);
  return findWord(normalizeForMatch(rest), SITES);
}
