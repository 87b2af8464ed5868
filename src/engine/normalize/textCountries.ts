/**
 * Countries named in an order's free text — remarks, delivery address, end use, the party cells, a destination cell
 * with a note ("Germany (final: Russia)"). The names are those `resolveCountry` knows (countries in twenty languages,
 * cities), plus a few adjectives of nationality; a name next to a negation, an exception or an origin statement, or in
 * a clause stating a prohibition, is not counted. Vocabulary: reference/data/destination-text-vocabulary.json.
 *
 * This only finds names; whether a name matters (its rules are stricter than the destination's) is the fact's
 * question (rules/facts.ts, `countryInText`).
 */
import vocab from "../reference/data/destination-text-vocabulary.json";
import { countryKey, countryNameKeys } from "./country";

export interface TextCountry {
  iso2: string;
  /** The words of the text that name it, as written. */
  words: string;
}

const SKIP = new Set(vocab.skip_names.names.map(countryKey));
const EXPORTER = vocab.exporter_country;
const MAX_WORDS = 5;

/** Words of the Latin, Greek, Cyrillic, Arabic and other spaced scripts (whole words). */
const WORD = /[\p{L}\p{M}\p{N}'’.-]+/gu;
/** Scripts written without spaces: names are found inside the text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;
const HANGUL = /\p{Script=Hangul}/u;

interface Tables {
  /** Keys of spaced-script names (sorted words, as countryKey makes them) → ISO code. */
  spaced: Map<string, string>;
  /** Every word that occurs in a spaced-script name key (a cheap first test per word). */
  nameWords: Set<string>;
  /** Unspaced-script names, longest first, as one pattern; and name → ISO code. */
  unspaced: RegExp | null;
  unspacedCode: Map<string, string>;
}

let tables: Tables | null = null;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function build(): Tables {
  const spaced = new Map<string, string>();
  const nameWords = new Set<string>();
  const unspacedCode = new Map<string, string>();
  const addSpaced = (key: string, iso2: string) => {
    spaced.set(key, iso2);
    for (const w of key.split(" ")) nameWords.add(w);
  };
  for (const [key, iso2] of countryNameKeys()) {
    if (iso2 === EXPORTER || SKIP.has(key)) continue;
    if (UNSPACED.test(key)) {
      // One-character abbreviations (米, 英, 露 …) are too common inside other words to stand for a country.
      if ([...key].length >= 2 && !key.includes(" ")) unspacedCode.set(key, iso2);
      continue;
    }
    // Codes and other names of three letters or fewer are not read from prose ("IN", "US", "can", "per").
    if (key.replace(/ /g, "").length <= 3) continue;
    addSpaced(key, iso2);
  }
  for (const [iso2, names] of Object.entries(vocab.demonyms)) {
    if (iso2 === "about" || !Array.isArray(names)) continue;
    for (const n of names) addSpaced(countryKey(n), iso2);
  }
  const names = [...unspacedCode.keys()].sort((a, b) => b.length - a.length);
  return {
    spaced,
    nameWords,
    unspaced: names.length ? new RegExp(names.map(escape).join("|"), "gu") : null,
    unspacedCode,
  };
}

function getTables(): Tables {
  return (tables ??= build());
}

function wordPattern(words: readonly string[]): RegExp {
  const parts = words.map((w) => {
    const stem = w.endsWith("*");
    const body = escape((stem ? w.slice(0, -1) : w).toLowerCase());
    if (UNSPACED.test(body)) return body;
    // "no" is a negation, not "No. 5" or "no: 12".
    const tail = w === "no" ? "(?!\\s*[.:#]|\\s*\\d)" : "";
    return `(?<![\\p{L}\\p{N}])${body}${stem ? "[\\p{L}\\p{M}]*" : "(?![\\p{L}\\p{N}])"}${tail}`;
  });
  return new RegExp(parts.join("|"), "iu");
}

const CLAUSE_CANCEL = wordPattern(vocab.clause_cancel.words);
const NEAR_CANCEL = wordPattern(vocab.near_cancel.words);
const AFTER_CANCEL = wordPattern(vocab.near_cancel.after_words);
const BEFORE = vocab.near_cancel.before;
const AFTER = vocab.near_cancel.after;
const CLAUSE_END = /[。．.;；!?！？\n\r]+(?=\s|$|[^\d])/u;
const NEW_WORD = vocab.new_prefix.word;

/** Whether the name at [start, end) of the clause is negated, excepted or an origin. */
function cancelled(clause: string, start: number, end: number): boolean {
  const before = clause.slice(Math.max(0, start - BEFORE), start);
  const after = clause.slice(end, end + AFTER);
  return NEAR_CANCEL.test(before) || AFTER_CANCEL.test(after);
}

function scanClause(clause: string, out: TextCountry[]): void {
  if (CLAUSE_CANCEL.test(clause)) return;
  const tb = getTables();
  const add = (iso2: string, words: string, start: number, end: number) => {
    if (cancelled(clause, start, end)) return;
    if (!out.some((c) => c.iso2 === iso2)) out.push({ iso2, words });
  };
  // Spaced scripts: windows of up to five consecutive words, longest first.
  const words: Array<{ text: string; key: string; start: number; end: number }> = [];
  for (const m of clause.matchAll(WORD)) {
    const text = m[0].replace(/^[.'’-]+|[.'’-]+$/g, "");
    if (!text || UNSPACED.test(text)) continue;
    const start = m.index + m[0].indexOf(text);
    words.push({ text, key: countryKey(text), start, end: start + text.length });
  }
  for (let i = 0; i < words.length; i++) {
    if (!tb.nameWords.has(words[i].key)) continue;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      const key = countryKey(span.map((w) => w.text).join(" "));
      const iso2 = tb.spaced.get(key);
      if (!iso2) continue;
      // "New Mexico", "New Jersey": a place elsewhere, unless "New …" is itself the name.
      if (i > 0 && words[i - 1].key === NEW_WORD && !tb.spaced.has(countryKey(`new ${key}`))) break;
      add(iso2, clause.slice(span[0].start, span[n - 1].end), span[0].start, span[n - 1].end);
      i += n - 1;
      break;
    }
  }
  // Unspaced scripts: names found inside the text; katakana and Hangul names must not be part of a longer word.
  if (tb.unspaced && UNSPACED.test(clause)) {
    const normalised = clause.normalize("NFKC");
    for (const m of normalised.matchAll(tb.unspaced)) {
      const name = m[0];
      const start = m.index;
      const end = start + name.length;
      const prev = normalised[start - 1] ?? "";
      const next = normalised[end] ?? "";
      if (KATAKANA.test(name[0]) && KATAKANA.test(prev)) continue;
      if (KATAKANA.test(name[name.length - 1]) && KATAKANA.test(next)) continue;
      if (HANGUL.test(name[0]) && HANGUL.test(prev)) continue;
      const iso2 = tb.unspacedCode.get(countryKey(name)) ?? tb.unspacedCode.get(name);
      if (iso2) add(iso2, name, start, end);
    }
  }
}

const cache = new Map<string, readonly TextCountry[]>();
const NONE: readonly TextCountry[] = Object.freeze([]);

/** The countries one text names as a place (not negated, not an origin, not in a prohibition). Shared: do not mutate. */
export function countriesInText(text: string): readonly TextCountry[] {
  if (!text) return NONE;
  let hit = cache.get(text);
  if (hit) return hit;
  const out: TextCountry[] = [];
  for (const clause of text.split(CLAUSE_END)) if (clause.trim()) scanClause(clause, out);
  hit = out.length ? Object.freeze(out.map((c) => Object.freeze(c))) : NONE;
  if (cache.size > 20000) cache.clear();
  cache.set(text, hit);
  return hit;
}
