/**
 * Guards against false positives that the name score alone cannot see (issue 10, point 5), applied by the screener
 * to every match that would reach the REVIEW band. Each guard looks at what the match rests on — which words paired,
 * how closely, what is left over on each side — and at what the list says about the entry (its type, its country):
 *
 *  1. a cell that reads as a company is not a listed **vessel or aircraft** (the SDN file gives the type);
 *  2. an SDN entry's **country**, read from the file (registration numbers "(Russia)", SWIFT/BIC codes, "Nationality
 *     of Registration", a web address under a country's domain, the DPRK programmes), counts against a party of another country as an End User List
 *     entry's country does;
 *  3. an **institution** (university, institute) and a **business** (group, trading, industries) of the same name
 *     are different kinds of organisation;
 *  4. a **short katakana word** matched on sound alone must agree with the Latin word in how it starts (a vowel or
 *     a consonant) and in its first vowel, and never meets a Latin word written without vowels (ミスミ / MSM,
 *     マクニカ / Mechanic, タムロン / Artmarine); a katakana word joined with a Latin word of the cell does not match;
 *  5. a **South Korean** party (KR) and a **North Korean** entry (KP) sharing one distinctive word only, the rest of
 *     the listed name missing from the cell (Shinhung Co., Ltd. / Shinhung Trading), are held below REVIEW: both
 *     countries draw on one stock of Korean names. The whole listed name with KR still comes to REVIEW.
 *
 * A guard never raises a score. Notes say what each did, in Japanese and English.
 */
import type { AnalyzedName, NameToken } from "./analyze-name";
import type { PartyEntry } from "./list-model";
import { readsAsOrganisation } from "./org-words";
import { ORGANISATION_KINDS } from "./name-tables";

/** Score a guarded match is held at: below the REVIEW bar (0.70), so it is not reported. */
export const GUARD_HOLD = 0.68;
/** Katakana words of at most this many romaji letters must agree in their vowels too (guard 4). */
export const KANA_SHORT_KEY = 10;
/** Institution against business of the same name (guard 3). */
export const INSTITUTION_BUSINESS_PENALTY = 0.25;
/** Country penalties, as the screener's for End User List entries. */
export const SDN_COUNTRY_PENALTY = 0.15;
export const SDN_RELATED_COUNTRY_PENALTY = 0.05;
const RELATED = ["CN", "HK", "MO"];

/** Business words (keys as the analysis gives them) that an institution of the same name is not. */
const BUSINESS_WORDS = new Set(
  "group trading industry industries holding holdings enterprise factory works manufacturing commercial 集团 集團 贸易 貿易 实业 實業".split(
    " ",
  ),
);
let institutionWords: Set<string> | undefined;
function isInstitutionWord(key: string): boolean {
  institutionWords ??= new Set([...ORGANISATION_KINDS.education, ...ORGANISATION_KINDS.research]);
  return institutionWords.has(key);
}

/** English country names as the SDN file writes them in parentheses, "Nationality of Registration …" and such. */
const COUNTRY_NAMES: Record<string, string> = {
  russia: "RU",
  iran: "IR",
  "korea, north": "KP",
  "north korea": "KP",
  china: "CN",
  "hong kong": "HK",
  macau: "MO",
  "united arab emirates": "AE",
  turkey: "TR",
  lebanon: "LB",
  syria: "SY",
  belarus: "BY",
  pakistan: "PK",
  venezuela: "VE",
  cuba: "CU",
  burma: "MM",
  iraq: "IQ",
  yemen: "YE",
  afghanistan: "AF",
  india: "IN",
  "korea, south": "KR",
  japan: "JP",
  taiwan: "TW",
  singapore: "SG",
  malaysia: "MY",
  thailand: "TH",
  cyprus: "CY",
  ukraine: "UA",
  uzbekistan: "UZ",
  kyrgyzstan: "KG",
  kazakhstan: "KZ",
  armenia: "AM",
  georgia: "GE",
  "saudi arabia": "SA",
  qatar: "QA",
  oman: "OM",
  jordan: "JO",
  egypt: "EG",
  libya: "LY",
  sudan: "SD",
  "united kingdom": "GB",
  germany: "DE",
  switzerland: "CH",
  "united states": "US",
  mexico: "MX",
  colombia: "CO",
  panama: "PA",
  nicaragua: "NI",
  serbia: "RS",
  bulgaria: "BG",
  malta: "MT",
  israel: "IL",
};

/** Country-code web domains of the countries above (not .co, .io, .me and such, which are used as generic ones). */
const COUNTRY_DOMAINS: Record<string, string> = Object.fromEntries(
  [...new Set(Object.values(COUNTRY_NAMES))]
    .filter((c) => !["CO", "ME", "TV"].includes(c))
    .map((c) => [c === "GB" ? "uk" : c.toLowerCase(), c]),
);

const countryCache = new WeakMap<PartyEntry, string[]>();

/**
 * Countries an entry without a country of its own is tied to by its list's data: the SDN remarks ("Tax ID No. …
 * (Russia)", "Nationality of Registration Korea, North", a SWIFT/BIC code's country letters) and, for entries with
 * none of these, the North Korea programmes (DPRK, DPRK2 …). Empty when the file says nothing.
 */
export function entryCountries(entry: PartyEntry): string[] {
  if (entry.country) return [entry.country];
  let out = countryCache.get(entry);
  if (out) return out;
  const found = new Set<string>();
  const text = entry.remarks ?? "";
  for (const m of text.matchAll(/\(([A-Z][A-Za-z ,]+)\)/g)) {
    const c = COUNTRY_NAMES[m[1].toLowerCase()];
    if (c) found.add(c);
  }
  for (const m of text.matchAll(
    /(?:Nationality of Registration|nationality|Citizen|citizen) ([A-Z][A-Za-z]+(?:, [A-Z][a-z]+)?)/g,
  )) {
    const c = COUNTRY_NAMES[m[1].toLowerCase()];
    if (c) found.add(c);
  }
  for (const m of text.matchAll(/SWIFT\/BIC ([A-Z]{4})([A-Z]{2})[A-Z0-9]{2}/g)) found.add(m[2]);
  // a web address under a country's domain (www.vatech.com.lb)
  for (const m of text.matchAll(/Website (?:https?:\/\/)?[\w.-]+\.([a-z]{2})\b(?![.\w])/gi)) {
    const c = COUNTRY_DOMAINS[m[1].toLowerCase()];
    if (c) found.add(c);
  }
  if (found.size === 0 && /program: [^;]*\bDPRK\d*\b/.test(text)) found.add("KP");
  out = [...found];
  countryCache.set(entry, out);
  return out;
}

export interface GuardInput {
  /** The reading of the cell that was searched. */
  q: AnalyzedName;
  /** The list name that matched. */
  name: AnalyzedName;
  /** Aligned words of the match (query label, list label, similarity), as the score's explanation gives them. */
  aligned: Array<[string, string, number]>;
  entry: PartyEntry;
  /** Number of entries on the entry's list. */
  listEntries: number;
  /** The party's country (given, or read from the address), ISO alpha-2. */
  country?: string;
  /**
   * Whether the reading is the matcher's own rendering of another script (Persian or Arabic read by sound into
   * katakana, Hangul romanised): its vowels are guesses, so guard 4b does not apply.
   */
  scriptReading?: boolean;
  /** The score after the screener's own adjustments. */
  score: number;
}

export interface GuardResult {
  /** The score after the guards (never higher than the input); 0 when the match is not reported at all. */
  score: number;
  notes: string[];
}

const label = (t: NameToken) => (t.script === "kana" || t.origin ? `${t.text}(${t.key})` : t.key);
const distinctive = (t: NameToken) => t.script !== "digit" && !t.generic && !t.stop && !t.legal;

/** Which tokens of a side take part in a pair (by the labels of the explanation), and the pair each is in. */
function pairOf(tokens: NameToken[], aligned: GuardInput["aligned"], side: 0 | 1): number[] {
  const out = tokens.map(() => -1);
  for (let p = 0; p < aligned.length; p++) {
    for (const l of aligned[p][side].split(" ")) {
      const i = out.findIndex((v, k) => v === -1 && label(tokens[k]) === l);
      if (i >= 0) out[i] = p;
    }
  }
  return out;
}

function differentCountry(party: string | undefined, entry: string[]): "no" | "related" | "yes" {
  if (!party || entry.length === 0) return "no";
  const p = party.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(p) || entry.includes(p)) return "no";
  if (RELATED.includes(p) && entry.some((c) => RELATED.includes(c))) return "related";
  return "yes";
}

/** Vowels of a Latin word in order (y a vowel when no vowel follows it: Sysmex, not Yageo). */
function latinVowels(key: string): string {
  return key.replace(/y(?![aeiou])/g, "i").replace(/[^aeiou]/g, "");
}

/** Vowels of a katakana word's romaji key in order (ya, yu, yo give a, u, o). */
function kanaVowels(key: string): string {
  return key.replace(/[^aeiou]/g, "");
}

/** Latin vowel → the other katakana vowel English spellings are written with (Ace エース, Nike ナイキ, Sun サン, Love ラブ). */
const KANA_VOWEL_OF: Record<string, string> = { a: "e", e: "i", i: "a", o: "a", u: "a" };
const vowelAgrees = (latin: string, kana: string | undefined) =>
  kana !== undefined && (latin === kana || KANA_VOWEL_OF[latin] === kana);

/**
 * Guard 4: whether a short katakana word (romaji key) and a Latin word agree well enough to be the same name by sound:
 * both start with a vowel or both with a consonant (Artmarine is アートマリン, not タムロン); the Latin word has vowels
 * (an acronym is read letter by letter in katakana: MSM is エムエスエム, not ミスミ); and the first vowel agrees, or the
 * second when the first is a u (or an o after t, d) that katakana adds after a consonant (クゥテック QTech, ツクバ TsKBA): マクニカ makunika is
 * not Mechanic, シマノ shimano not Samhung.
 */
export function shortKanaAgrees(kanaKey: string, latinKey: string): boolean {
  const initialVowel = (k: string) => /^[aeiou]/.test(k);
  if (initialVowel(kanaKey) !== initialVowel(latinKey)) return false;
  const vl = latinVowels(latinKey);
  if (vl.length === 0 || kanaVowels(kanaKey).length === 0) return false;
  // the first vowel, or a later one when those before it are vowels katakana adds after a consonant: u after any
  // (スク sk, クゥ q, ツク tsk), o after t or d (ト t, ド d)
  for (let i = 0; i < kanaKey.length; i++) {
    const v = kanaKey[i];
    if (!"aeiou".includes(v)) continue;
    if (vowelAgrees(vl[0], v)) return true;
    const before = kanaKey[i - 1] ?? "";
    const added =
      i > 0 && !"aeiou".includes(before) && (v === "u" || (v === "o" && (before === "t" || before === "d")));
    if (!added) return false;
  }
  return false;
}

/** Applies the guards to one match. */
export function guardMatch(g: GuardInput): GuardResult {
  const notes: string[] = [];
  let score = g.score;
  const kind = g.entry.kind;
  // 1. a company is not a listed vessel or aircraft
  if ((kind === "vessel" || kind === "aircraft") && readsAsOrganisation(g.q)) {
    return { score: 0, notes };
  }
  // 2. the SDN entry's country from the file
  let countries: string[] = g.entry.country ? [g.entry.country] : [];
  if (!g.entry.country) {
    countries = entryCountries(g.entry);
    const d = differentCountry(g.country, countries);
    if (d !== "no") {
      const pen = d === "related" ? SDN_RELATED_COUNTRY_PENALTY : SDN_COUNTRY_PENALTY;
      score -= pen;
      const c = g.country!.trim().toUpperCase();
      notes.push(
        `国・地域が異なる (${c} / リストの記載から ${countries.join(",")}) −${pen} / country differs (${c} / ${countries.join(",")} from the list's remarks) −${pen}`,
      );
    }
  }
  const Q = g.q.core;
  const C = g.name.core;
  const qp = pairOf(Q, g.aligned, 0);
  const cp = pairOf(C, g.aligned, 1);
  // pairs holding a distinctive query word
  const distinctPairs = new Set<number>();
  for (let i = 0; i < Q.length; i++) if (qp[i] >= 0 && distinctive(Q[i])) distinctPairs.add(qp[i]);
  const onePair = distinctPairs.size === 1 ? [...distinctPairs][0] : -1;

  // 4. a katakana word (the only distinctive word of the match)
  if (onePair >= 0 && score >= GUARD_HOLD) {
    const qi = qp.indexOf(onePair);
    const qTokens = Q.filter((_, i) => qp[i] === onePair);
    const cTokens = C.filter((_, j) => cp[j] === onePair);
    const sim = g.aligned[onePair][2];
    // 4a. a katakana word joined with a Latin word of the cell ("アルバック PO"): no writer mixes scripts inside a word
    const mixed = qTokens.some((t) => t.script === "kana") && qTokens.some((t) => t.script === "latin");
    if (mixed && sim < 1) {
      score = Math.min(score, GUARD_HOLD);
      notes.push(
        `カタカナ語とラテン文字の語をつなげた一致: ${GUARD_HOLD} に抑えた / a katakana word joined with a Latin word: held at ${GUARD_HOLD}`,
      );
    }
    // 4b. a short katakana word alike in sound only
    const kana =
      qTokens.length === 1 && Q[qi].script === "kana" && cTokens.length === 1 && cTokens[0].script === "latin";
    if (
      kana &&
      !g.scriptReading &&
      sim < 1 &&
      Q[qi].key.length <= KANA_SHORT_KEY &&
      !shortKanaAgrees(Q[qi].key, cTokens[0].surface ?? cTokens[0].key)
    ) {
      score = Math.min(score, GUARD_HOLD);
      notes.push(
        `短いカタカナ語の音が母音まで一致しない: ${GUARD_HOLD} に抑えた / a short katakana word does not agree in its vowels: held at ${GUARD_HOLD}`,
      );
    }
  }

  // free (unpaired) words on each side
  const qFree = Q.filter((t, i) => qp[i] < 0 && !t.stop && !t.legal && t.script !== "digit");
  const cFree = C.filter((t, j) => cp[j] < 0 && !t.stop && !t.legal && t.script !== "digit");
  // 3. institution against business of the same name
  const instQ = qFree.some((t) => isInstitutionWord(t.key));
  const instC = cFree.some((t) => isInstitutionWord(t.key));
  const busQ = qFree.some((t) => BUSINESS_WORDS.has(t.key));
  const busC = cFree.some((t) => BUSINESS_WORDS.has(t.key));
  const instPaired = Q.some((t, i) => qp[i] >= 0 && isInstitutionWord(t.key));
  if (!instPaired && ((instQ && busC) || (busQ && instC))) {
    score -= INSTITUTION_BUSINESS_PENALTY;
    notes.push(
      `教育・研究機関と企業 (大学・研究所 / グループ・商社・工業) −${INSTITUTION_BUSINESS_PENALTY} / an institution and a business (university, institute / group, trading, industries) −${INSTITUTION_BUSINESS_PENALTY}`,
    );
  }
  // 5. a South Korean party and a North Korean entry sharing one word: the two draw on one stock of Korean names
  // (Dongbang, Shinhung, Tongyang), so one word in common is no evidence unless the cell gives the whole listed name
  const party = g.country?.trim().toUpperCase();
  if (party === "KR" && countries.includes("KP") && onePair >= 0 && cFree.length > 0 && score >= GUARD_HOLD) {
    score = Math.min(score, GUARD_HOLD);
    notes.push(
      `韓国の取引先と北朝鮮の掲載者で共通の語が 1 語だけ (掲載名の他の語がない): ${GUARD_HOLD} に抑えた / a South Korean party and a North Korean entry sharing one word only (the rest of the listed name is missing): held at ${GUARD_HOLD}`,
    );
  }
  return { score: Math.max(0, Math.round(Math.min(score, g.score) * 1000) / 1000), notes };
}
