/**
 * Keys for kana and for comparing kana with Latin names.
 * - `kanaKey`: Hepburn romaji (wanakana) with long vowels collapsed (ou/oo/ō → o, uu → u, ee → e, aa → a, ii → i;
 *   ei stays, as in Seiki or Meiji),
 *   after mapping the foreign-sound kana combinations wanakana reads poorly (ティ → ti, ファ → fa, ヴィ → vi …).
 * - `phoneticSkeleton`: a coarse consonant skeleton on which a katakana rendering of a foreign name and the
 *   Latin spelling on a list meet (ベンテック / bentech → bntk, コンピューター / computer → kmpt).
 */
import { toRomaji } from "wanakana";

const COMBOS: Array<[string, string]> = [
  ["ヴァ", "va"],
  ["ヴィ", "vi"],
  ["ヴェ", "ve"],
  ["ヴォ", "vo"],
  ["ヴュ", "vyu"],
  ["ヴ", "vu"],
  ["ティ", "ti"],
  ["ディ", "di"],
  ["トゥ", "tu"],
  ["ドゥ", "du"],
  ["テュ", "tyu"],
  ["デュ", "dyu"],
  ["ファ", "fa"],
  ["フィ", "fi"],
  ["フェ", "fe"],
  ["フォ", "fo"],
  ["フュ", "fyu"],
  ["ウィ", "wi"],
  ["ウェ", "we"],
  ["ウォ", "wo"],
  ["ツァ", "tsa"],
  ["ツィ", "tsi"],
  ["ツェ", "tse"],
  ["ツォ", "tso"],
  ["クァ", "kwa"],
  ["クィ", "kwi"],
  ["クェ", "kwe"],
  ["クォ", "kwo"],
  ["グァ", "gwa"],
  ["シェ", "she"],
  ["ジェ", "je"],
  ["チェ", "che"],
  ["イェ", "ye"],
];

export function toKatakana(s: string): string {
  // Hiragana → katakana so the combination table (written in katakana) applies to both.
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c >= 0x3041 && c <= 0x3096 ? String.fromCodePoint(c + 0x60) : ch;
  }
  return out;
}

/** Collapses long vowels the way romanised names are usually written. */
export function collapseLongVowels(romaji: string): string {
  return romaji
    .replace(/[ōô]/g, "o")
    .replace(/[ūû]/g, "u")
    .replace(/[āâ]/g, "a")
    .replace(/ou/g, "o")
    .replace(/oo+/g, "o")
    .replace(/uu+/g, "u")
    .replace(/aa+/g, "a")
    .replace(/ii+/g, "i")
    .replace(/ee+/g, "e");
}

const kanaKeyCache = new Map<string, string>();

/** Hepburn key of a kana run; '' when nothing readable is left. Remembered (company names repeat their kana words). */
export function kanaKey(kana: string): string {
  let key = kanaKeyCache.get(kana);
  if (key === undefined) {
    let s = toKatakana(kana);
    for (const [k, r] of COMBOS) if (s.includes(k)) s = s.split(k).join(r);
    // no options object: wanakana builds its conversion tree again for every new options object
    key = collapseLongVowels(
      toRomaji(s)
        .toLowerCase()
        .replace(/[^a-z]/g, ""),
    );
    if (kanaKeyCache.size > 50_000) kanaKeyCache.clear();
    kanaKeyCache.set(kana, key);
  }
  return key;
}

/**
 * Consonant skeleton. `fromKana` selects the rules for a romaji key (already regular) or for a spelling
 * from a list (English, pinyin, transliterated Russian/Persian/Korean), which first gets rough English
 * sound rules (ph → f, soft c/g, silent coda r (English -er → ー; `keepCodaR` keeps it, as in Verna → ヴェルナ), tech → tek, final v → f as in Tupolev / ツポレフ …);
 * b, v and f fall together (Japanese writes v as b, ヴ or フ), and so do z and j (ジ for zi); kh reads as h.
 */
export function phoneticSkeleton(key: string, fromKana: boolean, keepCodaR = false): string {
  let s = key;
  if (!fromKana) {
    s = s
      .replace(/[ts]ion/g, "shon")
      .replace(/dg(?=[eiy])/g, "j")
      .replace(/ph/g, "f")
      .replace(/ck/g, "k")
      .replace(/q/g, "k")
      .replace(/x/g, "ks")
      .replace(/tch/g, "ch")
      .replace(/(chem|mech|tech|chr|chl|chn)/g, (m) => m.replace("ch", "k"))
      .replace(/ch(?=[^aeiouy]|$)/g, "k")
      .replace(/c(?=[eiy])/g, "s")
      .replace(/c(?!h)/g, "k")
      .replace(/g(?=[eiy])/g, "j")
      .replace(/th/g, "s")
      // kh (Persian, Russian, Korean) is written with ハ行 in katakana (スホーイ Sukhoi, ハーン Khan)
      .replace(/kh/g, "h")
      .replace(/([aeiou])r(?=[^aeiouy]|$)/g, keepCodaR ? "$1r" : "$1")
      .replace(/([kgd])h/g, "$1")
      .replace(/v$/, "f");
  } else {
    s = s
      .replace(/ngu(?=$|[^aeiouy])/g, "ng")
      .replace(/tsu/g, "tu")
      .replace(/fu/g, "f");
  }
  s = s
    .replace(/ch/g, "C")
    .replace(/sh/g, "s")
    .replace(/zh/g, "j")
    .replace(/ts/g, "C")
    .replace(/l/g, "r")
    .replace(/[vf]/g, "b")
    .replace(/ng(?=[^aeiou]|$)/g, "n")
    .replace(/n(?=[bpm])/g, "m")
    .replace(/[aeiouyw]/g, "")
    .replace(/h/g, "")
    .replace(/(.)\1+/g, "$1");
  // plural endings (ソリューションズ / solutions): ス or ズ in katakana, s in English
  if (s.length >= 4) s = s.replace(fromKana ? /[sz]$/ : /s$/, "");
  // ジ writes both ji and zi (ジンク zinc): z and j fall together
  return s.replace(/z/g, "j");
}

const looseCache = new Map<string, string>();

/**
 * Folds spelling variants that come from different romanisations of the same name
 * (kh/h, ph/f, ck/c/k/q, w/v, y/i, ee/i, oo/ou/u, doubled letters): Tameer/Tamir, Kaveh/Kave, Rostekh/Rostec.
 */
export function looseKey(key: string): string {
  let s = looseCache.get(key);
  if (s === undefined) {
    s = key
      .replace(/ph/g, "f")
      .replace(/([kgz])h/g, "$1")
      .replace(/ck/g, "k")
      .replace(/q/g, "k")
      .replace(/c(?!h)/g, "k")
      .replace(/x/g, "ks")
      .replace(/w/g, "v")
      .replace(/y/g, "i")
      .replace(/ee/g, "i")
      .replace(/o[ou]/g, "u")
      .replace(/([a-z])\1+/g, "$1")
      .replace(/h$/, "")
      .replace(/tre$/, "ter");
    if (looseCache.size > 200_000) looseCache.clear();
    looseCache.set(key, s);
  }
  return s;
}
