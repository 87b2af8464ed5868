/**
 * Country recognition: ISO2, ISO3, English or Japanese names (full-width and case insensitive) → ISO 3166-1 alpha-2.
 * Names come from i18n-iso-countries (maintained), plus everyday short names it lacks (reference/countryAliases).
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ja from "i18n-iso-countries/langs/ja.json";
import { EXTRA_COUNTRY_NAMES } from "../reference/countryAliases";
import { cellText } from "./text";

countries.registerLocale(en);
countries.registerLocale(ja);

let index: Map<string, string> | null = null;

/** Comparison key for a country name: NFKC, lower case, without spaces, dots, commas, apostrophes, 'the'. */
function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\bthe\b/g, "")
    .replace(/[\s.,'’()（）・-]/g, "");
}

function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (name: string, code: string) => {
    const k = nameKey(name);
    if (k && !map.has(k)) map.set(k, code);
  };
  for (const [code, names] of Object.entries(EXTRA_COUNTRY_NAMES)) for (const n of names) add(n, code);
  for (const lang of ["en", "ja"]) {
    const all = countries.getNames(lang, { select: "all" }) as unknown as Record<string, string[]>;
    for (const [code, names] of Object.entries(all)) for (const n of names) add(n, code);
  }
  return map;
}

export interface CountryResolution {
  /** ISO 3166-1 alpha-2, upper case; undefined when not recognised. */
  iso2?: string;
  /** The cleaned input text. */
  input: string;
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
    hit = resolveUncached(input);
    cache.set(input, hit);
  }
  return hit;
}

function resolveUncached(input: string): CountryResolution {
  // The End User List writes "中国\nPeople's Republic of China": try each line.
  const lines = input
    .split(/[\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const line of lines) {
    const code = lookup(line);
    if (code) return { iso2: code, input };
  }
  return { input };
}

/** Names shared by two countries: a cell saying only this is not enough to choose (→ not recognised, review). */
const AMBIGUOUS_NAMES = new Set(["korea", "congo", "guinea", "コンゴ", "朝鮮"].map((n) => nameKey(n)));

/** "Korea, Democratic People's Republic of" / "Korea (the Democratic People's Republic of)" → "Democratic People's Republic of Korea". */
function reordered(text: string): string | undefined {
  const comma = /^([^,(]+),\s*(.+)$/.exec(text);
  if (comma) return `${comma[2]} ${comma[1]}`;
  const paren = /^([^(]+)\((.+)\)\s*$/.exec(text);
  if (paren) return `${paren[2]} ${paren[1]}`;
  return undefined;
}

function lookup(text: string): string | undefined {
  if (AMBIGUOUS_NAMES.has(nameKey(text))) return undefined;
  const direct = lookupName(text);
  if (direct) return direct;
  const alt = reordered(text);
  return alt ? lookupName(alt) : undefined;
}

function lookupName(text: string): string | undefined {
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) {
    const a2 = countries.alpha3ToAlpha2(upper);
    if (a2) return a2;
  }
  if (!index) index = buildIndex();
  return index.get(nameKey(text));
}

/** Name of a country in the given language, for messages. */
export function countryName(iso2: string, lang: "ja" | "en"): string {
  const extra = EXTRA_COUNTRY_NAMES[iso2];
  if (lang === "ja" && extra && /[^\x00-\x7F]/.test(extra[0])) return extra[0];
  return countries.getName(iso2, lang) ?? iso2;
}

/** Splits a comma/semicolon/slash/、 separated list of countries and resolves each. */
const NO_COUNTRIES = Object.freeze([]) as unknown as CountryResolution[];

export function resolveCountryList(value: unknown): CountryResolution[] {
  const text = cellText(value);
  if (!text) return NO_COUNTRIES;
  return text
    .split(/[,;/、，；\n]+|\s*->\s*|\s*→\s*/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => resolveCountry(s));
}
