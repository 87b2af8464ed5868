/**
 * Country recognition: ISO2, ISO3, English, Japanese, Chinese, Korean and Russian names (full-width and case
 * insensitive) → ISO 3166-1 alpha-2. Names come from i18n-iso-countries (maintained) plus the spellings order sheets
 * use that it lacks (reference/data/country-names.json, each with its source). A name two countries answer to, a
 * placeholder (N/A, TBD, -) and a lower-case two-letter word ("in", "no") are not resolved: the row goes to review.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ja from "i18n-iso-countries/langs/ja.json";
import zh from "i18n-iso-countries/langs/zh.json";
import ko from "i18n-iso-countries/langs/ko.json";
import ru from "i18n-iso-countries/langs/ru.json";
import de from "i18n-iso-countries/langs/de.json";
import fr from "i18n-iso-countries/langs/fr.json";
import es from "i18n-iso-countries/langs/es.json";
import pt from "i18n-iso-countries/langs/pt.json";
import it from "i18n-iso-countries/langs/it.json";
import nl from "i18n-iso-countries/langs/nl.json";
import tr from "i18n-iso-countries/langs/tr.json";
import vi from "i18n-iso-countries/langs/vi.json";
import id from "i18n-iso-countries/langs/id.json";
import ms from "i18n-iso-countries/langs/ms.json";
import ar from "i18n-iso-countries/langs/ar.json";
import fa from "i18n-iso-countries/langs/fa.json";
import uk from "i18n-iso-countries/langs/uk.json";
import pl from "i18n-iso-countries/langs/pl.json";
import th from "i18n-iso-countries/langs/th.json";
import {
  AMBIGUOUS_COUNTRY_NAMES,
  EXTRA_COUNTRY_NAMES,
  PLACEHOLDER_NONE,
  PLACEHOLDER_UNKNOWN,
  WORD_CODES,
  japaneseShortName,
} from "../reference/countryAliases";
import { CITY_NAMES } from "../reference/cityNames";
import { cellText } from "./text";

/**
 * The languages whose country names are read: those of the order sheets this tool meets (Japanese, English,
 * Chinese, Korean, Russian) and those customers' documents are written in (German, French, Spanish, Portuguese,
 * Italian, Dutch, Turkish, Vietnamese, Indonesian, Malay, Arabic, Persian, Ukrainian, Polish, Thai).
 */
const LOCALES = [en, ja, zh, ko, ru, de, fr, es, pt, it, nl, tr, vi, id, ms, ar, fa, uk, pl, th];
for (const locale of LOCALES) countries.registerLocale(locale);
const LIBRARY_LANGS = LOCALES.map((l) => l.locale);

/** Abbreviations expanded before comparing ("Korea, Dem. People's Rep." = "Democratic People's Republic of Korea"). */
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\b(?:rep|repub)\b\.?/g, " republic "],
  [/\bdem\b\.?/g, " democratic "],
  [/\bpdr\b\.?/g, " peoples democratic republic "],
  [/\bdpr\b\.?/g, " democratic peoples republic "],
  [/\bpr\b\.?/g, " peoples republic "],
  [/\bst\b\.?/g, " saint "],
  [/\bsts\b\.?/g, " states "],
  [/\bfed\b\.?/g, " federation "],
  [/\bis\b\./g, " islands "],
  [/&/g, " and "],
];
const STOP_WORDS = new Set(["the", "of", "and"]);

/**
 * Comparison key for a country name: NFKC, lower case, apostrophes dropped, dotted initials joined (U.S.A. → usa),
 * abbreviations expanded, split into words without 'the', 'of', 'and', words sorted (so "Korea, Republic of" and
 * "Republic of Korea" meet).
 */
export function countryKey(name: string): string {
  let s = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’‘`´]/g, "");
  // Latin diacritics do not matter (São Tomé = Sao Tome, Türkiye = Turkiye); other scripts keep their marks.
  if (/[^\x00-\x7F]/.test(s))
    s = s
      .normalize("NFD")
      .replace(/([a-z])\p{M}+/gu, "$1")
      .normalize("NFC");
  // Join dotted initials: "p.d.r." → "pdr.", "u.s.a." → "usa."
  for (let i = 0; i < 3; i++) s = s.replace(/\b([a-z])\.(?=[a-z](?:\.|\b))/g, "$1");
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  const words = s.split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w && !STOP_WORDS.has(w));
  return words.sort().join(" ");
}

interface CountryIndex {
  names: Map<string, string>;
  /** Keys claimed by more than one country, with the codes. */
  ambiguous: Map<string, string[]>;
}

let index: CountryIndex | null = null;

function buildIndex(): CountryIndex {
  const claims = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const k = countryKey(name);
    if (!k) return;
    let set = claims.get(k);
    if (!set) claims.set(k, (set = new Set()));
    set.add(code);
  };
  for (const [code, names] of Object.entries(EXTRA_COUNTRY_NAMES)) for (const n of names) add(n, code);
  for (const [code, names] of Object.entries(CITY_NAMES)) for (const n of names) add(n, code);
  for (const lang of LIBRARY_LANGS) {
    const all = countries.getNames(lang, { select: "all" }) as unknown as Record<string, string[]>;
    for (const [code, names] of Object.entries(all)) for (const n of names) add(n, code);
  }
  const names = new Map<string, string>();
  const ambiguous = new Map<string, string[]>();
  for (const [k, codes] of claims) {
    if (codes.size === 1) names.set(k, [...codes][0]);
    else ambiguous.set(k, [...codes].sort());
  }
  for (const n of AMBIGUOUS_COUNTRY_NAMES) {
    const k = countryKey(n);
    names.delete(k);
    if (!ambiguous.has(k)) ambiguous.set(k, []);
  }
  return { names, ambiguous };
}

function getIndex(): CountryIndex {
  return (index ??= buildIndex());
}

export interface CountryResolution {
  /** ISO 3166-1 alpha-2, upper case; undefined when not recognised. */
  iso2?: string;
  /** The cleaned input text. */
  input: string;
  /** The whole cell is a placeholder: "none" (N/A, -, なし) or "unknown" (TBD, 不明). Never a country. */
  placeholder?: "none" | "unknown";
  /** The name is shared by several countries (codes, when known): not enough to choose. */
  ambiguous?: readonly string[];
}

/** Results by input text; order sheets repeat the same few country cells, so this is bounded and cleared when full. */
const cache = new Map<string, CountryResolution>();

/** Resolves one cell to a country. Empty input gives `{ input: "" }`. The result is shared: do not mutate it. */
export function resolveCountry(value: unknown): CountryResolution {
  const input = cellText(value);
  if (!input) return { input };
  let hit = cache.get(input);
  if (!hit) {
    if (cache.size > 5000) cache.clear();
    hit = Object.freeze(resolveUncached(input, true));
    cache.set(input, hit);
  }
  return hit;
}

/** As resolveCountry, but the cell must be one name (no "city, country" parts): for the items of a list. */
function resolveName(value: unknown): CountryResolution {
  const input = cellText(value);
  if (!input) return { input };
  let hit = nameCache.get(input);
  if (!hit) {
    if (nameCache.size > 5000) nameCache.clear();
    hit = Object.freeze(resolveUncached(input, false));
    nameCache.set(input, hit);
  }
  return hit;
}
const nameCache = new Map<string, CountryResolution>();

const placeholderKey = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([a-z])\.$/, "$1");
const NONE_SET = new Set(PLACEHOLDER_NONE.map(placeholderKey));
const UNKNOWN_SET = new Set(PLACEHOLDER_UNKNOWN.map(placeholderKey));
const WORD_CODE_SET = new Set(WORD_CODES);

/** "none" / "unknown" when the whole text is a placeholder (or has no letters or digits at all). */
export function countryPlaceholder(text: string): "none" | "unknown" | undefined {
  const k = placeholderKey(text);
  if (NONE_SET.has(k)) return "none";
  if (UNKNOWN_SET.has(k)) return "unknown";
  if (!/[\p{L}\p{N}]/u.test(k)) return "unknown";
  return undefined;
}

function resolveUncached(input: string, bySegments: boolean): CountryResolution {
  const placeholder = countryPlaceholder(input);
  if (placeholder) return { input, placeholder };
  // The End User List writes "中国\nPeople's Republic of China": try each line.
  const lines = input
    .split(/[\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  let ambiguous: readonly string[] | undefined;
  for (const line of lines) {
    const r = lookup(line);
    if (r.iso2) return { iso2: r.iso2, input };
    ambiguous ??= r.ambiguous;
  }
  if (ambiguous || !bySegments) return ambiguous ? { input, ambiguous } : { input };
  // "Kyiv, Ukraine", "Tehran (Iran)", "Minsk / Belarus": a city and its country, or a country with a note. Every part
  // that names a place must name the same country; parts naming different countries leave the cell unresolved.
  const parts = input.split(SEGMENT_SEPARATORS).map((p) => p.trim());
  if (parts.filter(Boolean).length < 2) return { input };
  const found = new Set<string>();
  const unsure: Array<readonly string[]> = [];
  for (const part of parts) {
    if (!part) continue;
    const r = lookup(part);
    if (r.ambiguous) unsure.push(r.ambiguous);
    else if (r.iso2) found.add(r.iso2);
  }
  // "Hong Kong, China", "Macau, PRC": the region is the destination (its own group in the tables).
  for (const region of PARTS_OF_CHINA) if (found.has(region)) found.delete("CN");
  if (found.size !== 1)
    return found.size > 1
      ? { input, ambiguous: [...found].sort() }
      : unsure.length
        ? { input, ambiguous: unsure[0] }
        : { input };
  const iso2 = [...found][0];
  // "Seoul, Korea": a city settles a shared name when the name can be that city's country.
  if (unsure.some((codes) => codes.length && !codes.includes(iso2))) return { input, ambiguous: unsure[0] };
  return { iso2, input };
}

const PARTS_OF_CHINA = ["HK", "MO", "TW"];

/** Separators between a city and its country, or a country and a note, inside one destination cell. */
const SEGMENT_SEPARATORS = /[,，、;；/／()（）[\]【】]+/;

function lookup(text: string): { iso2?: string; ambiguous?: readonly string[] } {
  const code = codeOf(text);
  if (code !== undefined) return code ? { iso2: code } : {};
  const idx = getIndex();
  const k = countryKey(text);
  const amb = idx.ambiguous.get(k);
  if (amb) return { ambiguous: amb };
  const iso2 = idx.names.get(k);
  return iso2 ? { iso2 } : {};
}

/**
 * The country a name (already a `countryKey`) stands for, from the same index as `resolveCountry`: its ISO code,
 * "ambiguous" when several countries answer to it, undefined when it is no country or city name.
 */
export function countryOfKey(key: string): string | "ambiguous" | undefined {
  const idx = getIndex();
  if (idx.ambiguous.has(key)) return "ambiguous";
  return idx.names.get(key);
}

/** Every name of the index, by key (for scanning free text): key → ISO code, ambiguous names left out. */
export function countryNameKeys(): ReadonlyMap<string, string> {
  return getIndex().names;
}

/**
 * ISO alpha-2 / alpha-3 code when the whole text is one: a code string, "" when it has the shape of a code but is
 * not one to accept (a lower-case word such as "in", "no", "can"), undefined when the text is not code-shaped.
 */
function codeOf(text: string): string | undefined {
  if (!/^[A-Za-z]{2,3}$/.test(text)) return undefined;
  const upper = text.toUpperCase();
  const isWord = WORD_CODE_SET.has(upper) && text !== upper;
  if (upper.length === 2) {
    if (!countries.isValid(upper)) return undefined;
    return isWord ? "" : upper;
  }
  const a2 = countries.alpha3ToAlpha2(upper);
  if (!a2) return undefined;
  return isWord ? "" : a2;
}

/** Name of a country in the given language, for messages. */
export function countryName(iso2: string, lang: "ja" | "en"): string {
  if (lang === "ja") {
    const short = japaneseShortName(iso2);
    if (short) return short;
  }
  return countries.getName(iso2, lang) ?? iso2;
}

const NO_COUNTRIES = Object.freeze([]) as unknown as CountryResolution[];

/**
 * Splits a list of countries (; / 、 → -> and commas) and resolves each. A comma inside a name ("Korea, Republic of")
 * is kept: neighbouring comma parts are joined when together they are one country. Placeholders meaning "none"
 * (N/A, -, なし, direct) are dropped, so a transit cell saying "N/A" means no transit.
 */
export function resolveCountryList(value: unknown): CountryResolution[] {
  const text = cellText(value);
  if (!text) return NO_COUNTRIES;
  const whole = resolveName(text);
  if (whole.placeholder === "none") return NO_COUNTRIES;
  if (whole.iso2 || whole.placeholder) return [whole];
  const out: CountryResolution[] = [];
  for (const part of text.split(/[;/、，；\n]+|\s*->\s*|\s*→\s*|\s*>\s*|\s+via\s+/i)) {
    const p = part.trim();
    if (!p) continue;
    const r = resolveName(p);
    if (r.iso2 || !p.includes(",")) {
      if (r.placeholder !== "none") out.push(r);
      continue;
    }
    const bits = p
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (let i = 0; i < bits.length; i++) {
      const pair = i + 1 < bits.length ? resolveName(`${bits[i]}, ${bits[i + 1]}`) : undefined;
      if (pair?.iso2) {
        out.push(pair);
        i++;
        continue;
      }
      const one = resolveName(bits[i]);
      if (one.placeholder !== "none") out.push(one);
    }
  }
  return out;
}
