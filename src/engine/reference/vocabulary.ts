/**
 * Word lists used by the red-flag detectors and the military-end-user heuristic, read from reference data with their
 * sources: reference/data/redflag-vocabulary.json, military-vocabulary.json. Matching (redflags/match.ts): words of
 * Latin, Greek and Cyrillic script at word boundaries (a trailing * = word stem), other scripts as substrings.
 */
import rf from "./data/redflag-vocabulary.json";
import mil from "./data/military-vocabulary.json";

const uniq = (xs: readonly string[]) => [...new Set(xs)];

/** Freight forwarders and logistics firms in many languages (red flag 9). */
export const FORWARDER_WORDS: readonly string[] = uniq(Object.values(rf.forwarder.by_language).flat());
/** Names containing a logistics word that are not forwarders (equipment makers, card companies). */
export const NOT_FORWARDER_WORDS: readonly string[] = rf.forwarder.false_friends;

/** End-use texts that say nothing when they are the whole cell (red flag 1). */
export const VAGUE_END_USE: readonly string[] = rf.end_use_generic.whole_cell;
/** Generic end-use wording inside a sentence ("for resale", "various applications", 在庫用 …) (red flag 1). */
export const GENERIC_END_USE_PHRASES: readonly string[] = rf.end_use_generic.phrases;

/** Delivery-date texts that are vague (red flag 8). */
export const VAGUE_DATES: readonly string[] = rf.vague_dates.whole_cell;

/** P.O. boxes in many languages (red flag 8). */
export const PO_BOX_WORDS: readonly string[] = rf.remote_address.po_box;
/** Free-trade zones by name and abbreviation, generic words and the major zones by country (red flag 8). */
export const FREE_ZONE_WORDS: readonly string[] = uniq(Object.values(rf.remote_address.free_zones).flat());
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
/** Names that contain a military word but are not military bodies; matched on whole words and cut out first. */
export const NOT_MILITARY_WORDS: readonly string[] = mil.false_friends.terms;

/** Languages of the military vocabulary with their sources (for documentation and tests). */
export const MILITARY_LANGUAGES = mil.languages as Record<string, { source: string; terms: string[] }>;
