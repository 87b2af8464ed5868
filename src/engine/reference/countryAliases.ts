/**
 * Country spellings beyond what i18n-iso-countries carries, read from reference/data/country-names.json (each
 * spelling grouped by its source: UN, ISO, World Bank, IMF, OFAC, ordinary English, endonyms, Japanese formal and
 * short names, kanji abbreviations, Chinese and Korean usage), plus the placeholder cells and the two-letter codes
 * that are also words.
 */
import data from "./data/country-names.json";

export type CountryNameSource = keyof typeof data.sources;

/** Spellings by ISO 3166-1 alpha-2 code and source. */
export const COUNTRY_NAMES = data.names as Record<string, Partial<Record<CountryNameSource, string[]>>>;

export const COUNTRY_NAME_SOURCES = data.sources as Record<CountryNameSource, string>;
export const COUNTRY_NAMES_AS_OF = data.as_of;

/** All spellings of one country, any source (curated first: JA before JA_FORMAL so the first Japanese name is 通称). */
export const EXTRA_COUNTRY_NAMES: Record<string, string[]> = Object.fromEntries(
  Object.entries(COUNTRY_NAMES).map(([code, bySource]) => [code, Object.values(bySource).flat()]),
);

/** Japanese short name (通称) for messages, when the data has one. */
export function japaneseShortName(iso2: string): string | undefined {
  const n = COUNTRY_NAMES[iso2];
  return n?.JA?.find((s) => /[^\x00-\x7F]/.test(s)) ?? n?.JA_FORMAL?.[0];
}

/** Names more than one country answers to. */
export const AMBIGUOUS_COUNTRY_NAMES: readonly string[] = data.ambiguous.names;

/** Whole cells meaning "no country" (none) or "not known" (unknown). */
export const PLACEHOLDER_NONE: readonly string[] = data.placeholders.none;
export const PLACEHOLDER_UNKNOWN: readonly string[] = data.placeholders.unknown;

/** ISO codes that are also ordinary words: a code only when the whole cell is the code in capitals. */
export const WORD_CODES: readonly string[] = [...data.word_codes.codes, ...data.word_codes.alpha3];
