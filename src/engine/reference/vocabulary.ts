/**
 * Word lists used by the red-flag detectors and the military-end-user heuristic, read from reference data with their
 * sources: reference/data/redflag-vocabulary.json, military-vocabulary.json. Matching (redflags/match.ts): words of
 * Latin, Greek and Cyrillic script at word boundaries (a trailing * = word stem), other scripts as substrings.
 */
import type { InsideVocabulary, NearRule } from "../redflags/match";
import rf from "./data/redflag-vocabulary.json";
import mil from "./data/military-vocabulary.json";
import cellWords from "./data/cell-value-words.json";

const uniq = (xs: readonly string[]) => [...new Set(xs)];

/** Freight forwarders and logistics firms in many languages (red flag 9). */
export const FORWARDER_WORDS: readonly string[] = uniq(Object.values(rf.forwarder.by_language).flat());
/** Forwarder stems found inside compound words (Nordlogistik, ТрансЛогистик), with their false friends (red flag 9). */
export const FORWARDER_INSIDE: InsideVocabulary = {
  stems: rf.forwarder.inside_words.stems,
  notInside: rf.forwarder.inside_words.not_inside,
};
/** Names containing a logistics word that are not forwarders (equipment makers, card companies). */
export const NOT_FORWARDER_WORDS: readonly string[] = rf.forwarder.false_friends;

/** End-use texts that say nothing when they are the whole cell (red flag 1). */
export const VAGUE_END_USE: readonly string[] = rf.end_use_generic.whole_cell;
/** Generic end-use wording inside a sentence ("for resale", "various applications", 在庫用 …) (red flag 1). */
export const GENERIC_END_USE_PHRASES: readonly string[] = rf.end_use_generic.phrases;
/** Word groups near each other ("various industrial purposes", "end users not yet known") (red flag 1). */
export const GENERIC_END_USE_NEAR: readonly NearRule[] = rf.end_use_generic.near.rules;
/** Wording that makes a generic word specific (bar stock, rolling stock, 在庫管理), cut out first (red flag 1). */
export const NOT_GENERIC_END_USE: readonly string[] = rf.end_use_generic.false_friends.terms;

/** Delivery-date texts that are vague (red flag 8). */
export const VAGUE_DATES: readonly string[] = rf.vague_dates.whole_cell;

/** P.O. boxes in many languages (red flag 8). */
export const PO_BOX_WORDS: readonly string[] = rf.remote_address.po_box;
/** Free-trade zones by name and abbreviation, generic words and the major zones by country (red flag 8). */
export const FREE_ZONE_WORDS: readonly string[] = uniq(Object.values(rf.remote_address.free_zones).flat());
/** Delivery addresses that are not decided yet (TBD, to be advised, 未定), as the whole cell (red flag 8). */
export const UNDECIDED_ADDRESS: readonly string[] = cellWords.address_undecided.whole_cell;
/** Both, as the detector uses them. */
export const REMOTE_ADDRESS_WORDS: readonly string[] = uniq([...PO_BOX_WORDS, ...FREE_ZONE_WORDS]);

/** Cash-like and advance payment terms in many languages (red flag 5). */
export const CASH_PAYMENT_WORDS: readonly string[] = rf.cash_payment.phrases;

/** New customer / first order: whole cells and phrases (red flag 4). */
export const NEW_CUSTOMER_CELLS: readonly string[] = rf.new_customer.whole_cell;
export const NEW_CUSTOMER_PHRASES: readonly string[] = rf.new_customer.phrases;
/** Both (kept for callers that test a whole cell). */
export const NEW_CUSTOMER_WORDS: readonly string[] = uniq([...NEW_CUSTOMER_CELLS, ...NEW_CUSTOMER_PHRASES]);

/** Military and defence bodies, every language of the data (heuristic for MILITARY_END_USER_SUSPECTED). */
export const MILITARY_WORDS: readonly string[] = uniq(Object.values(mil.languages).flatMap((l) => l.terms));
/** Abbreviations of defence bodies, matched case-sensitively as whole words (PLA, MoD, DRDO …). */
export const MILITARY_ABBREVIATIONS: readonly string[] = mil.abbreviations.terms;
/**
 * Names that contain a military word but are not military bodies; matched on whole words and cut out first: the
 * listed phrases, and every military word followed by a commerce word (Marines Seafood, Army Surplus, Navy Café).
 */
export const NOT_MILITARY_WORDS: readonly string[] = uniq([
  ...mil.false_friends.terms,
  ...mil.false_friends.followed_by.words.flatMap((w) =>
    mil.false_friends.followed_by.followers.map((f) => `${w} ${f}`),
  ),
]);
/** Chinese personal names holding 军/軍 (建军, 王军 …), cut out before 军 is looked for. */
export const CHINESE_NAME_WITH_JUN: { given: readonly string[]; surnames: readonly string[] } = {
  given: mil.chinese_names_with_jun.given,
  surnames: mil.chinese_names_with_jun.surnames,
};

/** Languages of the military vocabulary with their sources (for documentation and tests). */
export const MILITARY_LANGUAGES = mil.languages as Record<string, { source: string; terms: string[] }>;

/** Words matched with their diacritics before folding (Vietnamese hải quân = navy, against hải quan = customs). */
export const MILITARY_WORDS_EXACT: readonly string[] = mil.diacritics_exact.terms;
/** Abbreviations that name an armed or security body only with context: the countries they belong to, by kind. */
export const CONTEXT_ABBREVIATIONS: Readonly<Record<string, Readonly<Record<string, "military" | "security">>>> = mil
  .context_abbreviations.terms as Record<string, Record<string, "military" | "security">>;
/** Force words that give a context abbreviation its meaning without a country ("SAF forces", "ISF – 9th Division"). */
export const FORCE_WORDS: readonly string[] = mil.context_abbreviations.force_words;
/** Police, internal-security, border and intelligence bodies and interior ministries (not armed forces). */
export const SECURITY_WORDS: readonly string[] = mil.security_bodies.terms;
/** Words of a delivery address inside a military site (guideline ④). */
export const MILITARY_SITE_WORDS: readonly string[] = mil.military_sites.terms;
