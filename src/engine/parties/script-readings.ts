/**
 * Readings of names written in scripts or in a way the lists do not carry (issue 10, point 3), offered to the
 * screener beside the name as written (like the cell readings of cell-parts.ts):
 *  - Hangul: organisation words put into English (무역 trading, 은행 bank …; org-words.ts), the rest romanised
 *    twice — McCune–Reischauer (as North Korean names are written on the lists: 련봉 Ryonbong, 단천 Tanchon) and
 *    Revised Romanisation (any-ascii: ryeonbong, dancheon);
 *  - Persian and Arabic script: organisation words into English (صنایع industries, دانشگاه university …), the rest
 *    romanised with Persian letter values and the short vowels Persian does not write guessed (شهید → shahid);
 *  - Japanese writing of foreign institutions: a katakana (or kanji) place with kanji organisation words
 *    (ハルビン工業大学, 朝鮮クムサン貿易会社): the organisation words read as each English phrase they render.
 * Pure; the tables are data (org-words.ts and below).
 */
import anyAscii from "any-ascii";
import { scriptOrgAlternatives, scriptOrgWords } from "./org-words";
import { japanesePlaceNames } from "./place-names";
import { russianInEnglish } from "./russian-words";

export interface ScriptReading {
  text: string;
  /** What was done, both languages, for the explanation. */
  note: string;
}

/** Most readings offered for one name. */
export const MAX_SCRIPT_READINGS = 4;

// ---- Hangul ----

const MR_INITIAL = [
  "k",
  "kk",
  "n",
  "t",
  "tt",
  "r",
  "m",
  "p",
  "pp",
  "s",
  "ss",
  "",
  "ch",
  "tch",
  "ch",
  "k",
  "t",
  "p",
  "h",
];
/** Initials voiced between voiced sounds in McCune–Reischauer (ㄱ ㄷ ㅂ ㅈ → g d b j). */
const MR_VOICED: Record<number, string> = { 0: "g", 3: "d", 7: "b", 12: "j" };
const MR_VOWEL = [
  "a",
  "ae",
  "ya",
  "yae",
  "o",
  "e",
  "yo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "u",
  "ui",
  "i",
];
const MR_FINAL = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "p",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];

/** McCune–Reischauer without diacritics or apostrophes (ŏ → o, ŭ → u), as the lists write North Korean names. */
export function mccuneReischauer(hangul: string): string {
  let out = "";
  let prevFinal = -1; // -1: word start
  for (const ch of hangul) {
    const code = ch.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11171) {
      out += ch;
      prevFinal = -1;
      continue;
    }
    const l = Math.floor(code / 588);
    const v = Math.floor((code % 588) / 28);
    const t = code % 28;
    // voiced after a vowel or a voiced final (n, l, m, ng)
    const voiced = prevFinal === 0 || prevFinal === 4 || prevFinal === 8 || prevFinal === 16 || prevFinal === 21;
    out += (voiced && MR_VOICED[l] !== undefined ? MR_VOICED[l] : MR_INITIAL[l]) + MR_VOWEL[v] + MR_FINAL[t];
    prevFinal = t;
  }
  return out;
}

const HANGUL_RUN = /[\uac00-\ud7a3]+/g;

/** Cuts a Hangul run around organisation words (longest first; a one-syllable word only at the end). */
function cutRun(run: string, words: Map<string, string>, byLength: string[]): Array<{ text: string; en?: string }> {
  const out: Array<{ text: string; en?: string }> = [];
  let pending = "";
  let i = 0;
  while (i < run.length) {
    let hit = "";
    for (const w of byLength) {
      // a one-syllable word only at the end, and not after a single syllable of a name (락원 Rakwon, not 락 + 원)
      if (w.length === 1 && (i + 1 !== run.length || pending.length === 1)) continue;
      if (run.startsWith(w, i)) {
        hit = w;
        break;
      }
    }
    if (hit) {
      if (pending) out.push({ text: pending });
      pending = "";
      out.push({ text: hit, en: words.get(hit) });
      i += hit.length;
    } else pending += run[i++];
  }
  if (pending) out.push({ text: pending });
  return out;
}

let koWords: { map: Map<string, string>; order: string[] } | undefined;
let faWords: { map: Map<string, string>; order: string[] } | undefined;
let faAlternatives: Map<string, string[]> | undefined;
const ordered = (m: Map<string, string>) => ({ map: m, order: [...m.keys()].sort((a, b) => b.length - a.length) });

/** Ordinals written 제N (제2경제위원회: Second Economic Committee). */
const ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
/**
 * Words that name as well as translate: read romanised in the alternative reading (조선 Choson; 련합 "union" in
 * Korea Ryonhap Trading Corporation).
 */
const KO_PLACE_WORDS = new Set(["조선", "련합", "연합"]);
/** …of them, those that are not the country: romanised with the country word translated, in a reading of its own. */
const KO_NAME_WORDS = new Set(["련합", "연합"]);
let koAlternatives: Map<string, string[]> | undefined;
const KO_STOCK_COMPANY = /주식회사|\(주\)|㈜/g;

function hangulReadings(name: string): ScriptReading[] {
  if (!/[\uac00-\ud7a3]/.test(name)) return [];
  koWords ??= ordered(scriptOrgWords("ko"));
  koAlternatives ??= scriptOrgAlternatives("ko");
  const { map, order } = koWords;
  let text = name.replace(/제\s?(\d{1,2})(?!\d)/g, (m, d: string) => (ORDINALS[+d] ? ` ${ORDINALS[+d]} ` : m));
  // 주식회사 (joint-stock company) is not read as a legal form in general: South Korean firms of one distinctive
  // word would then match North Korean entries on that word alone (주식회사 신흥). It is one where the name reads as
  // a North Korean trading body (조선 …, … 무역): 조선광성무역 주식회사 is Korea Kwangsong Trading Corporation.
  if (KO_STOCK_COMPANY.test(text)) {
    const rest = text.replace(KO_STOCK_COMPANY, " ");
    // (조선 first, as the country word: not 조선소 "shipyard", not …조선 "shipbuilding" of 현대미포조선)
    if (/(?:^|\s)조선(?!소)[\uac00-\ud7a3]{2,}|[\uac00-\ud7a3]무역/.test(rest.trim())) text = rest;
  }
  // McCune–Reischauer, Revised Romanisation, and McCune–Reischauer with each word's second English rendering and
  // the country word romanised (고려항공: Koryo Air; 조선중앙은행: Choson Central Bank)
  const mr: string[] = [];
  const rr: string[] = [];
  const alt: string[] = [];
  /** McCune–Reischauer with the words that are also names romanised (조선련합무역회사: Korea Ryonhap Trading). */
  const named: string[] = [];
  let hasNameWord = false;
  let translated = false;
  let hasAlternative = false;
  let last = 0;
  for (const m of text.matchAll(HANGUL_RUN)) {
    const before = text.slice(last, m.index);
    mr.push(before);
    rr.push(before);
    alt.push(before);
    named.push(before);
    for (const p of cutRun(m[0], map, order)) {
      if (p.en) {
        translated = true;
        mr.push(` ${p.en} `);
        rr.push(` ${p.en} `);
        if (KO_NAME_WORDS.has(p.text)) hasNameWord = true;
        named.push(` ${KO_NAME_WORDS.has(p.text) ? mccuneReischauer(p.text) : p.en} `);
        const others = koAlternatives.get(p.text) ?? [];
        if (KO_PLACE_WORDS.has(p.text)) {
          hasAlternative = true;
          alt.push(` ${mccuneReischauer(p.text)} `);
        } else if (others.length > 1) {
          hasAlternative = true;
          alt.push(` ${others[1]} `);
        } else alt.push(` ${p.en} `);
      } else {
        const r = ` ${mccuneReischauer(p.text)} `;
        mr.push(r);
        alt.push(r);
        named.push(r);
        rr.push(` ${anyAscii(p.text).toLowerCase()} `);
      }
    }
    last = m.index! + m[0].length;
  }
  for (const l of [mr, rr, alt, named]) l.push(text.slice(last));
  const note = translated
    ? "ハングル: 組織語を英語に、他をローマ字 (マッキューン=ライシャワー式 / 文化観光部式) に / Hangul: organisation words in English, the rest romanised (McCune–Reischauer / Revised)"
    : "ハングルをローマ字に (マッキューン=ライシャワー式 / 文化観光部式) / Hangul romanised (McCune–Reischauer / Revised)";
  const join = (l: string[]) => l.join("").replace(/\s+/g, " ").trim();
  const out = [
    { text: join(mr), note },
    { text: join(rr), note },
  ];
  if (hasAlternative) out.push({ text: join(alt), note });
  if (hasNameWord) out.push({ text: join(named), note });
  return out.filter((r, i) => out.findIndex((o) => o.text === r.text) === i);
}

// ---- Persian / Arabic ----

const FA_LETTERS: Record<string, string> = {
  ا: "a",
  آ: "a",
  أ: "a",
  إ: "e",
  ب: "b",
  پ: "p",
  ت: "t",
  ث: "s",
  ج: "j",
  چ: "ch",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "z",
  ر: "r",
  ز: "z",
  ژ: "zh",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "z",
  ط: "t",
  ظ: "z",
  ع: "",
  غ: "gh",
  ف: "f",
  ق: "gh",
  ک: "k",
  ك: "k",
  گ: "g",
  ل: "l",
  م: "m",
  ن: "n",
  و: "v",
  ه: "h",
  ة: "e",
  ی: "y",
  ي: "y",
  ى: "a",
  ئ: "y",
  ء: "",
  ؤ: "o",
};
const FA_VOWEL_LETTERS = new Set(["ا", "آ", "أ", "إ", "ى"]);

/** Persian letter values with the unwritten short vowels guessed: "a" between two consonants (شهید → shahid). */
export function persianRomanised(word: string, shortVowel = "a"): string {
  const cs = [...word].filter((c) => FA_LETTERS[c] !== undefined);
  const vowelish = (c: string | undefined) =>
    c === undefined || FA_VOWEL_LETTERS.has(c) || c === "و" || c === "ی" || c === "ي" || c === "ع" || c === "ء";
  let out = "";
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    const prevVowel = i === 0 || /[aeiou]$/.test(out);
    // و: v after a vowel or before one (ایواز eyvaz), else the long vowel — written ou with the o guess, as Iranian
    // names often are (پویا Pouya)
    if (c === "و") out += prevVowel || FA_VOWEL_LETTERS.has(cs[i + 1]) ? "v" : shortVowel === "o" ? "ou" : "u";
    else if (c === "ی" || c === "ي") out += i === 0 || (prevVowel && i + 1 < cs.length) ? "y" : "i";
    else if (c === "ه" && i === cs.length - 1 && i > 0) out += "e";
    else out += FA_LETTERS[c];
    if (!vowelish(c) && i + 1 < cs.length && !vowelish(cs[i + 1])) out += shortVowel;
  }
  return out;
}

// ---- Persian / Arabic by sound (written consonants and long vowels, as katakana) ----

/** Consonant value of each Arabic-script letter for the sound reading ('' for a letter read as a vowel or silent). */
const SOUND_CONSONANT: Record<string, string> = {
  ب: "b",
  پ: "p",
  ت: "t",
  ث: "s",
  ج: "j",
  چ: "ch",
  ح: "h",
  خ: "h",
  د: "d",
  ذ: "z",
  ر: "r",
  ز: "z",
  ژ: "j",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  غ: "g",
  ف: "f",
  ق: "k",
  ک: "k",
  ك: "k",
  گ: "g",
  ل: "r",
  م: "m",
  ن: "n",
  ه: "h",
};
/** Katakana of consonant + vowel (a i u e o); the vowel of a consonant written without one is the last column. */
const KANA_ROWS: Record<string, [string, string, string, string, string, string]> = {
  "": ["ア", "イ", "ウ", "エ", "オ", ""],
  k: ["カ", "キ", "ク", "ケ", "コ", "ク"],
  g: ["ガ", "ギ", "グ", "ゲ", "ゴ", "グ"],
  s: ["サ", "シ", "ス", "セ", "ソ", "ス"],
  z: ["ザ", "ジ", "ズ", "ゼ", "ゾ", "ズ"],
  t: ["タ", "ティ", "トゥ", "テ", "ト", "ト"],
  d: ["ダ", "ディ", "ドゥ", "デ", "ド", "ド"],
  n: ["ナ", "ニ", "ヌ", "ネ", "ノ", "ン"],
  h: ["ハ", "ヒ", "フ", "ヘ", "ホ", "ホ"],
  b: ["バ", "ビ", "ブ", "ベ", "ボ", "ブ"],
  p: ["パ", "ピ", "プ", "ペ", "ポ", "プ"],
  m: ["マ", "ミ", "ム", "メ", "モ", "ム"],
  y: ["ヤ", "イ", "ユ", "イェ", "ヨ", "イ"],
  r: ["ラ", "リ", "ル", "レ", "ロ", "ル"],
  w: ["ワ", "ウィ", "ウ", "ウェ", "ウォ", "ウ"],
  f: ["ファ", "フィ", "フ", "フェ", "フォ", "フ"],
  j: ["ジャ", "ジ", "ジュ", "ジェ", "ジョ", "ジ"],
  sh: ["シャ", "シ", "シュ", "シェ", "ショ", "シュ"],
  ch: ["チャ", "チ", "チュ", "チェ", "チョ", "チ"],
};
const VOWEL_COLUMN: Record<string, number> = { a: 0, i: 1, u: 2, e: 3, o: 4 };

/**
 * A foreign or Persian/Arabic name read by its sound: the consonants and long vowels the script writes, put into
 * katakana (تکنولاب → タクヌラブ, تربیت → タルビヤト), so that the matcher's comparison of katakana with Latin
 * spellings — on the consonant skeleton, which is what this script writes — applies. Short vowels, which the
 * script leaves out, do not matter on the skeleton.
 */
export function arabicScriptSound(word: string, bAsP = false): string {
  // تش writes ch (فيوتشر future)
  const cs = [...word.replace(/تش/g, "چ")];
  let out = "";
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    const next = cs[i + 1];
    const vowelOf = (l: string | undefined, atStart: boolean): string | undefined =>
      l === "ا" || l === "آ" || l === "ى" || l === "أ"
        ? "a"
        : l === "ی" || l === "ي" || l === "إ"
          ? atStart
            ? undefined
            : "i"
          : l === "و"
            ? atStart
              ? undefined
              : "u"
            : l === "ة" || l === "ه"
              ? undefined
              : undefined;
    let cons = c === "ب" && bAsP ? "p" : SOUND_CONSONANT[c];
    if (cons === undefined) {
      // vowel letters at the start of a word or after a vowel: a vowel of their own, or y/w before a vowel
      if (c === "ا" || c === "آ" || c === "أ" || c === "إ" || c === "ع" || c === "ء" || c === "ئ" || c === "ؤ") {
        const v = vowelOf(next, false);
        if (v && (c === "ا" || c === "آ" || c === "أ" || c === "إ")) continue; // اي, او at the start: the next letter
        if (c === "ع" || c === "ء" || c === "ئ" || c === "ؤ") {
          if (i > 0) continue;
        }
        out += KANA_ROWS[""][c === "إ" ? 1 : 0];
        continue;
      }
      if (c === "ی" || c === "ي") {
        cons = i === 0 || (next && vowelOf(next, false) === "a") ? "y" : "";
        if (!cons) {
          out += "イ";
          continue;
        }
      } else if (c === "و") {
        cons = i === 0 || (next && vowelOf(next, false) === "a") ? "w" : "";
        if (!cons) {
          out += "ウ";
          continue;
        }
      } else if (c === "ة") {
        out += "ア";
        continue;
      } else continue;
    }
    // final ه after a vowel-less consonant reads as a vowel (Persian -e)
    if (c === "ه" && i === cs.length - 1 && i > 0) {
      out += "エ";
      continue;
    }
    const v = vowelOf(next, false);
    if (v && next !== "ی" && next !== "ي" && next !== "و") {
      out += KANA_ROWS[cons][VOWEL_COLUMN[v]];
      i++;
    } else if (v) {
      // consonant + ی/و: a long i/u unless a vowel follows (then y/w starts the next syllable)
      const after = cs[i + 2];
      if (after && (after === "ا" || after === "آ")) out += KANA_ROWS[cons][5];
      else {
        out += KANA_ROWS[cons][VOWEL_COLUMN[v]];
        i++;
      }
    } else out += KANA_ROWS[cons][5];
  }
  return out;
}

/** Arabic legal forms written with their initials (ذ.م.م LLC …), as the Latin forms the matcher knows. */
const ARABIC_LEGAL: Record<string, string> = {
  ذمم: "LLC",
  شذمم: "LLC",
  شمل: "S.A.L.",
  شمم: "SARL",
  ممح: "FZE",
  شمح: "FZCO",
  شمع: "PJSC",
  شمخ: "PSC",
};

/** Arabic prefixes joined to a word: the article, the conjunction, the prepositions li- and bi- (للتجارة, والبحوث). */
const ARABIC_PREFIXES = [/^و?لل(?=..)/, /^و?[بل]?ال(?=..)/, /^و(?=...)/, /^[لب](?=...)/];

function persianReadings(name: string): ScriptReading[] {
  if (!/[\u0600-\u06ff]/.test(name)) return [];
  faWords ??= ordered(scriptOrgWords("fa"));
  faAlternatives ??= scriptOrgAlternatives("fa");
  const { map } = faWords;
  const ws = name
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    // the Persian plural suffix written after a zero-width non-joiner (پژوهش‌های research, موشک‌ها missiles)
    .replace(/\u200c(?:های|ها)(?=\s|$)/g, "")
    .split(/[\s\u200c]+/)
    .filter(Boolean);
  /** The organisation word a written word is, with its joined prefixes taken off (للصناعات, والتكنولوجيا). */
  const orgOf = (w: string): string | undefined => {
    if (map.has(w)) return w;
    for (const re of ARABIC_PREFIXES) {
      const stem = w.replace(re, "");
      if (stem !== w) {
        if (map.has(stem)) return stem;
        if (map.has("ال" + stem)) return "ال" + stem;
      }
    }
    return undefined;
  };
  /** The word without the Arabic article, not in a Persian word that starts with the same letters (الکتریک). */
  const bare = (w: string) =>
    !/[پچژگکی]/.test(w) ? w.replace(/^و?[بل]?ال(?=..)|^لل(?=..)/, "") : w.startsWith("ال") ? "ا" + w.slice(1) : w;
  // the unwritten short vowels guessed as a (شهید shahid), then as e (بهشتی beheshti) and o (مدرس modores); then
  // a reading by sound (consonants and long vowels as katakana: compared on the consonant skeleton), with each
  // organisation word's second English rendering (هوایی aviation)
  const readings: ScriptReading[] = [];
  // (Arabic writes p as ب: the sound reading is offered with ب as b and, when the name has one, as p)
  const variants = /ب/.test(name) ? ["a", "e", "sound", "sound-p"] : ["a", "e", "o", "sound"];
  for (const v of variants) {
    const sound = v.startsWith("sound");
    const out: string[] = [];
    for (let i = 0; i < ws.length; i++) {
      // phrases of three and two words first (علم و صنعت, بین المللی, هوا فضا)
      let phrase = "";
      for (const n of [3, 2]) {
        if (i + n > ws.length) continue;
        const p = ws.slice(i, i + n).join(" ");
        const en = map.get(p);
        if (en) {
          out.push(en);
          i += n - 1;
          phrase = en;
          break;
        }
      }
      if (phrase) continue;
      const w = ws[i];
      const legal = ARABIC_LEGAL[w.replace(/[.\u066b\u06d4]/g, "")];
      if (legal) {
        out.push(legal);
        continue;
      }
      if (w === "و") {
        out.push("and");
        continue;
      }
      const stem = orgOf(w);
      if (stem) {
        const others = sound ? (faAlternatives.get(stem) ?? []) : [];
        out.push(others.length > 1 ? others[1] : map.get(stem)!);
        continue;
      }
      out.push(sound ? arabicScriptSound(bare(w), v === "sound-p") : persianRomanised(bare(w), v));
    }
    const text = out.join(" ");
    if (!readings.some((r) => r.text === text))
      readings.push({
        text,
        note: sound
          ? "ペルシア文字・アラビア文字: 組織語を英語に、他を音 (子音と長母音) で照合 / Persian or Arabic script: organisation words in English, the rest compared by sound (consonants and long vowels)"
          : "ペルシア文字・アラビア文字: 組織語を英語に、他をローマ字に (短母音は推定) / Persian or Arabic script: organisation words in English, the rest romanised (short vowels guessed)",
      });
  }
  return readings;
}

// ---- Japanese writing of foreign institutions ----

/** Kanji organisation words of Japanese writing and the English phrases each may render (longest first). */
export const JA_ORG_PHRASES: Array<[string, string[]]> = [
  ["科学技術大学", ["University of Science and Technology"]],
  ["工科大学", ["University of Technology", "Institute of Technology"]],
  ["工業大学", ["Polytechnical University", "Institute of Technology", "University of Technology"]],
  ["理工大学", ["Institute of Technology", "University of Science and Technology"]],
  ["工程大学", ["Engineering University"]],
  ["技術大学", ["Technical University", "University of Technology"]],
  ["総合大学", ["University"]],
  ["大学", ["University"]],
  ["総会社", ["General Corporation"]],
  ["商業銀行", ["Commercial Bank"]],
  ["委員会", ["Committee"]],
  ["工場", ["Factory", "Plant"]],
  ["製作所", ["Works"]],
  ["公社", ["Corporation"]],
  ["機構", ["Organization"]],
  ["協会", ["Association"]],
  ["総局", ["General Bureau"]],
  ["学院", ["Academy", "Institute", "College"]],
  ["研究センター", ["Research Center"]],
  ["センター", ["Center"]],
  ["研究所", ["Research Institute", "Institute"]],
  ["研究院", ["Research Institute", "Academy"]],
  ["科学院", ["Academy of Sciences"]],
  ["工業グループ", ["Industrial Group", "Industries Group"]],
  ["工業", ["Industries", "Industrial"]],
  ["貿易会社", ["Trading Corporation", "Trading Company"]],
  ["貿易", ["Trading"]],
  ["海運", ["Shipping Company"]],
  ["銀行", ["Bank"]],
  ["会社", ["Company"]],
];
const HAS_KANA = /[\u30a0-\u30ff]/;

/**
 * Kanji words inside a Japanese-written name of a foreign organisation and the English word a list writes for each
 * (イラン電子工業 Iran Electronics Industries, カラエ電気会社 Kalaye Electric Company): standard Japanese renderings of
 * English organisation and industry words (as in Japanese-language reporting on the End User List's entries).
 */
export const JA_INNER_WORDS: Array<[string, string]> = [
  ["遠心分離機", "Centrifuge"],
  ["複合材料", "Composite Materials"],
  ["自然科学", "Natural Sciences"],
  ["石油化学", "Petrochemical"],
  ["航空宇宙", "Aerospace"],
  ["航空機", "Aircraft"],
  ["重工業", "Heavy Industries"],
  ["原子力", "Atomic Energy"],
  ["輸出入", "Import Export"],
  ["進出口", "Import Export"],
  ["電子", "Electronics"],
  ["電気", "Electric"],
  ["化学", "Chemical"],
  ["航空", "Aviation"],
  ["宇宙", "Space"],
  ["製造", "Manufacturing"],
  ["技術", "Technology"],
  ["科学", "Science"],
  ["機械", "Machinery"],
  ["工学", "Engineering"],
  ["開発", "Development"],
  ["鉱業", "Mining"],
  ["産業", "Industries"],
  ["防衛", "Defense"],
  ["国防", "Defense"],
  ["材料", "Materials"],
  ["物理", "Physics"],
  ["光学", "Optics"],
  ["経済", "Economic"],
  ["国際", "International"],
  ["総合", "General"],
  ["連合", "Associated"],
  ["通信", "Communications"],
  ["精密", "Precision"],
  ["造船", "Shipbuilding"],
  ["兵器", "Weapons"],
  ["弾薬", "Ammunition"],
  ["冶金", "Metallurgy"],
  ["工業", "Industrial"],
  ["貿易", "Trading"],
  ["商業", "Commercial"],
  ["海運", "Shipping"],
  ["研究", "Research"],
  ["情報", "Information"],
  ["電力", "Power"],
  ["金属", "Metal"],
  ["鉄鋼", "Steel"],
  ["医学", "Medical"],
  ["軍需", "Munitions"],
  ["偵察", "Reconnaissance"],
  ["国家", "State"],
  ["中央", "Central"],
  ["設計", "Design"],
  ["核", "Nuclear"],
  ["総", "General"],
  ["局", "Bureau"],
  ["部", "Department"],
  ["省", "Ministry"],
];
const JA_ORDINALS = ["", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];
let jaWords: Array<[string, string]> | undefined;

/**
 * The part of a Japanese-written name before its organisation ending, in English where the tables know the words:
 * places of place-names.ts (朝鮮 → Korea, ピョンヤン → Pyongyang), the kanji words above, 第N as an ordinal (第2 →
 * Second, 第20 → 20, as the analyser reads 20th). Katakana the tables do not know stays katakana (compared by sound).
 */
function placesInEnglish(place: string): string {
  jaWords ??= [...japanesePlaceNames(), ...JA_INNER_WORDS].sort((a, b) => b[0].length - a[0].length);
  const text = place.replace(/第\s?(\d{1,3})(?!\d)/g, (_m, d: string) => {
    const n = Number(d);
    return ` ${JA_ORDINALS[n] ?? d} `;
  });
  let out = "";
  let i = 0;
  while (i < text.length) {
    const hit = jaWords.find(([ja]) => text.startsWith(ja, i));
    if (hit) {
      out += ` ${hit[1]} `;
      i += hit[0].length;
    } else out += text[i++];
  }
  return out.replace(/[・\s]+/g, " ").trim();
}

function japaneseReadings(name: string): ScriptReading[] {
  const s = name.normalize("NFKC").replace(/株式会社|\(株\)/g, "");
  // a name in kanji only is compared as Han with the list's Han names
  if (!HAS_KANA.test(s)) return [];
  const hit = JA_ORG_PHRASES.find(([w]) => s.endsWith(w));
  if (!hit) return [];
  const place = placesInEnglish(s.slice(0, s.length - hit[0].length));
  // kanji left over (not a place of the table) is not read this way
  if (!place || /[\u4e00-\u9fff]/.test(place)) return [];
  return hit[1].map((en) => ({
    text: `${place} ${en}`,
    note: `日本語表記の組織語 (${hit[0]}) を英語 (${en}) として照合 / Japanese organisation word (${hit[0]}) read as "${en}"`,
  }));
}

// ---- Russian in Cyrillic ----

function russianReadings(name: string): ScriptReading[] {
  const note = "ロシア語の組織語を英語に (他は翻字) / Russian organisation words in English (the rest transliterated)";
  const out: ScriptReading[] = [];
  for (const short of [false, true]) {
    const text = russianInEnglish(name, short);
    if (text && !out.some((r) => r.text === text)) out.push({ text, note });
  }
  return out;
}

/** Further readings of a name in Hangul, Persian/Arabic script, Cyrillic or Japanese writing of a foreign institution. */
export function scriptReadings(name: string): ScriptReading[] {
  if (!name || name.length > 300 || /^[\x00-\x7f]*$/.test(name)) return [];
  return [...hangulReadings(name), ...persianReadings(name), ...russianReadings(name), ...japaneseReadings(name)].slice(
    0,
    MAX_SCRIPT_READINGS,
  );
}
