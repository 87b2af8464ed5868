/**
 * Red-flag facts written in free text (remarks, end use, delivery address) rather than in their own columns: a
 * refusal of installation, training or maintenance (red flag 7), a routing or trans-shipment point or a route list
 * (red flag 10), an evasive answer about the end use (1), secrecy about the final destination (12), a vague delivery
 * date or place (8), plain or unmarked packing (11) and an abnormal quantity of spares (guideline ⑧). Vocabulary and
 * patterns: reference/data/redflag-vocabulary.json (service_declined_text, route_text, free_text).
 */
import rf from "../reference/data/redflag-vocabulary.json";
import { resolveCountry } from "../normalize/country";
import { boundedAlternation, normalizeForMatch } from "./match";
import { textMemo } from "../util/textMemo";

/** An alternation in which words of worded scripts stand alone (no letter right before or after). */
const bounded = boundedAlternation;

/** Any character that does not end a clause (a full stop counts only before a space or the end: "P.O. box" stays). */
const IN_CLAUSE = "(?:(?![。．;；!?！？\\n]|\\.(?:\\s|$)).)";

/** Two word groups in one clause: `first`, then within `gap` characters `then` (either order when asked). */
function clausePattern(first: readonly string[], then: readonly string[], gap: number, eitherOrder: boolean): RegExp {
  const a = bounded(first);
  const b = bounded(then);
  const one = (x: string, y: string) => `(?:${x})${IN_CLAUSE}{0,${gap}}?(?:${y})`;
  return new RegExp(eitherOrder ? `${one(a, b)}|${one(b, a)}` : one(a, b), "u");
}

const sd = rf.service_declined_text;
/** A service word, then within the same clause a refusal word (据付不要); or a refusal right before it (без установки). */
const DECLINED = [
  clausePattern(sd.services, sd.refusals, sd.gap_after, false),
  clausePattern(sd.refusals_before, sd.services, sd.gap_before, false),
];

function firstMatch(res: readonly RegExp[], text: string): string | undefined {
  if (!text) return undefined;
  const lower = normalizeForMatch(text);
  for (const re of res) {
    const m = re.exec(lower);
    if (m) return text.replace(/\s+/g, " ").slice(m.index, m.index + m[0].length) || m[0];
  }
  return undefined;
}

/** The words saying a service is declined, or undefined. */
const declinedMemo = textMemo<string | undefined>();
const routeMemo = textMemo<readonly string[]>();
const NO_ROUTE: readonly string[] = Object.freeze([]);

/** The words saying a service is declined, or undefined (remembered per distinct text). */
export function declinedServiceIn(text: string): string | undefined {
  if (!text) return undefined;
  return declinedMemo.get(text, (x) => firstMatch(DECLINED, x));
}

interface ClauseRule {
  first: string[];
  then: string[];
  gap: number;
  either_order: boolean;
}
interface PhraseFact {
  phrases?: string[];
  rules?: ClauseRule[];
}

function compileFact(f: PhraseFact): RegExp[] {
  const out: RegExp[] = [];
  if (f.phrases?.length) out.push(new RegExp(bounded(f.phrases), "u"));
  for (const r of f.rules ?? []) out.push(clausePattern(r.first, r.then, r.gap, r.either_order));
  return out;
}

const ft = rf.free_text;
const EVASIVE = compileFact(ft.evasive_end_use);
const SECRECY = compileFact(ft.destination_secrecy);
const VAGUE_DELIVERY = compileFact(ft.vague_delivery);
const PACKAGING = compileFact(ft.packaging);

/** An evasive answer about the end use ("could not explain the end use", 用途を尋ねたが回答を拒否) (red flag 1). */
export function evasiveEndUseIn(text: string): string | undefined {
  return firstMatch(EVASIVE, text);
}
/** Secrecy about the final destination or re-export ("the final destination must not be disclosed") (red flag 12). */
export function destinationSecrecyIn(text: string): string | undefined {
  return firstMatch(SECRECY, text);
}
/** A delivery date or place not fixed, a P.O. box or an unnamed site written in the text (納期未定) (red flag 8). */
export function vagueDeliveryIn(text: string): string | undefined {
  return firstMatch(VAGUE_DELIVERY, text);
}
/** Plain or unmarked packing, labels or nameplates to be removed, re-labelling (red flag 11, guideline ⑩⑫). */
export function packagingIn(text: string): string | undefined {
  return firstMatch(PACKAGING, text);
}

const sq = ft.spares_quantity;
const SPARES = bounded(sq.spares);
const NUMBER = "(\\d{1,3}(?:[,，]\\d{3})+|\\d+(?:[.,]\\d+)?)";
const MULTIPLE = `${NUMBER}\\s*(?:x|×|倍|times|fold|-fold|раз|kat|veces|fois|mal|vezes|volte|lần|เท่า|배|ضعف|برابر)(?![\\p{L}\\p{N}\\p{M}])`;
const SETS = `${NUMBER}\\s*(?:sets?|kits?|セット|組|套|세트|комплект\\p{L}*|juegos?|jeux|sätze|satz|set|takım|bộ|ชุด)(?![\\p{L}\\p{N}\\p{M}])`;
const g = `${IN_CLAUSE}{0,${sq.gap}}?`;
const SPARES_EXCESS = new RegExp(
  `(?:${SPARES})${g}(?:${bounded(sq.excess)})|(?:${bounded(sq.excess)})${g}(?:${SPARES})`,
  "u",
);
const SPARES_COUNT = new RegExp(
  `(?:${SPARES})${g}(?:${MULTIPLE}|${SETS})|(?:${MULTIPLE}|${SETS})${g}(?:${SPARES})`,
  "u",
);

const number = (s: string) => Number(s.replace(/[,，](?=\d{3}\b)/g, "").replace(",", "."));

/** Spares in an abnormal quantity: a multiple of the need, a word of excess, or many sets (guideline ⑧). */
export function excessSparesIn(text: string): string | undefined {
  if (!text) return undefined;
  const lower = normalizeForMatch(text);
  const ex = SPARES_EXCESS.exec(lower);
  if (ex) return ex[0];
  const re = new RegExp(SPARES_COUNT.source, "gu");
  for (const m of lower.matchAll(re)) {
    const mult = m[1] ?? m[3];
    const sets = m[2] ?? m[4];
    if ((mult && number(mult) >= sq.multiple_min) || (sets && number(sets) >= sq.sets_min)) return m[0];
  }
  return undefined;
}

const ROUTES = rf.route_text.patterns.map((p) => new RegExp(p, "gu"));
const lists = { ...rf.route_text.lists, hub_cities: rf.route_text.hub_cities };
/** "route: A – B – C": a route word and a colon, then the rest of the clause. */
const ROUTE_LIST = new RegExp(`(?:${bounded(lists.labels)})\\s*[:：]\\s*([^。;；!?！？\\n]+)`, "giu");
const ARROWS = new RegExp(lists.arrows, "u");
const SEPARATORS = new RegExp(lists.separators, "u");

/** The places of a written route list, in order (the origin first). */
function routeListPlaces(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ROUTE_LIST)) out.push(...m[1].split(SEPARATORS));
  if (!out.length && ARROWS.test(text)) {
    for (const clause of text.split(/[。;；!?！？\n]/)) {
      if (ARROWS.test(clause)) out.push(...clause.split(SEPARATORS));
    }
  }
  return out.map((p) => p.trim().replace(/[.。]$/, "")).filter(Boolean);
}

/** Hub and sanctioned-country cities by name (lower case), for places the country table does not know. */
const HUB_CITIES = new Map<string, string>();
for (const [iso2, names] of Object.entries(lists.hub_cities.cities))
  for (const n of names) HUB_CITIES.set(normalizeForMatch(n).trim(), iso2);

/** A place's country: the country table, else a hub city ("Istanbul", "Tbilisi port"), else undefined. */
function placeCountry(place: string): string | undefined {
  const iso2 = resolveCountry(place).iso2;
  if (iso2) return iso2;
  const lower = normalizeForMatch(place).trim();
  const city = HUB_CITIES.get(lower) ?? HUB_CITIES.get(lower.split(/[\s,(（]/)[0]);
  return city;
}

/** The countries of a route list after its origin, in order (「経路：東京→ドバイ→カラチ」 gives AE, PK). */
export function routeListCountries(text: string): string[] {
  if (!text) return [];
  const places = routeListPlaces(text);
  const out: string[] = [];
  for (const place of places.slice(1)) {
    const iso2 = placeCountry(place);
    if (iso2 && out[out.length - 1] !== iso2) out.push(iso2);
  }
  return out;
}

/** The country of the last place of a written route list, when the place is known (else undefined). */
export function routeListEnd(text: string): string | undefined {
  if (!text) return undefined;
  const places = routeListPlaces(text);
  return places.length > 1 ? placeCountry(places[places.length - 1]) : undefined;
}

/** ISO codes of the places the text routes through (「ドバイ経由」, via Dubai, trans-ship at Jebel Ali, route: A – B). */
export function routeCountriesIn(text: string): readonly string[] {
  if (!text) return NO_ROUTE;
  return routeMemo.get(text, routesUncached);
}

function routesUncached(text: string): readonly string[] {
  const out: string[] = [];
  for (const re of ROUTES) {
    for (const m of text.matchAll(re)) {
      const iso2 = placeCountry(m[1]);
      if (iso2 && !out.includes(iso2)) out.push(iso2);
    }
  }
  for (const iso2 of routeListCountries(text)) if (!out.includes(iso2)) out.push(iso2);
  return out.length ? Object.freeze(out) : NO_ROUTE;
}

const mi = ft.meti_inform;
const INFORM = new RegExp(bounded(mi.words), "gu");
const INFORM_NEGATED = new RegExp(bounded(mi.negations.map((w) => w.trim())), "u");
const CLAUSE_END = /[。．;；!?！？\n]|\.(?:\s|$)/u;

/**
 * A METI inform recorded in free text (「経産省よりインフォーム通知あり」, "METI informed us … a licence application is
 * required"): the words as found, or undefined when there is none or every mention is negated in its clause
 * (「インフォームなし」, "no inform received", "METI informed us that no licence is required").
 */
export function informIn(text: string): string | undefined {
  if (!text) return undefined;
  const lower = normalizeForMatch(text);
  for (const m of lower.matchAll(INFORM)) {
    const at = m.index ?? 0;
    const before = lower.slice(0, at).split(CLAUSE_END).pop() ?? "";
    const after = lower.slice(at).split(CLAUSE_END)[0] ?? "";
    const clause = (before + after).slice(Math.max(0, before.length - mi.gap), before.length + m[0].length + mi.gap);
    if (!INFORM_NEGATED.test(clause)) return text.replace(/\s+/g, " ").slice(at, at + m[0].length) || m[0];
  }
  return undefined;
}

const TECHNOLOGY = new RegExp(bounded(ft.technology_item.words), "u");

/** Technology named in an item description (図面, know-how, source code, 技術指導 …): the words, or undefined. */
export function technologyIn(text: string): string | undefined {
  return firstMatch([TECHNOLOGY], text);
}
