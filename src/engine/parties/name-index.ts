/**
 * Search index over one list version, built once and reused for every query:
 * every name and alias of every entry (plus the forms inside and outside parentheses, e.g. the CJK name in
 * `CETC Chip Technology Co., Ltd （中电科芯片技术股份有限公司）`) is analysed once; an inverted index maps word keys
 * to names; trigram indexes over the word vocabulary (Latin/romaji), bigrams over Han words and a phonetic-skeleton
 * index (for katakana renderings) find misspelt words; word frequencies give the rarity weights.
 * A query only ever scores the few dozen names that share a (possibly misspelt) word with it.
 */
import { analyzeName, copyToken, type AnalyzedName, type NameToken, type TokenScript } from "./analyze-name";
import type { PartyEntry, PartyList } from "./list-model";
import { STOP_WORDS } from "./name-tables";
import {
  DISTINCTIVE_MIN_SIMILARITY,
  JOIN_MIN_SIMILARITY,
  LIST_EXTRA_COST,
  QUERY_EXTRA_COST,
  scoreSides,
  type NameScore,
  type ScoringSide,
  type SimilarityRows,
} from "./score-names";
import {
  joinedSkeleton,
  kanaLatinMayReach,
  rememberSkeletons,
  sameSkeletonSimilarity,
  skeletonOf,
  tokenSimilarity,
} from "./token-similarity";

export interface IndexedName {
  entry: number;
  /** The name as written on the list (or the part of it in/outside parentheses). */
  text: string;
  /** 0 for the primary name, n for the n-th alias. */
  source: number;
  analyzed: AnalyzedName;
  /** Scoring data of the core words: weights on this list and vocabulary ids (-1 for stop words). */
  side: ScoringSide;
  vids: Int32Array;
  /** Name of generic words only (no distinctive word, no number): matched as an exact combination. */
  plain: boolean;
}

export interface EntryHit {
  entry: PartyEntry;
  name: IndexedName;
  result: NameScore;
}

/** Vocabulary words similar to one query word: parallel arrays of vocabulary ids and similarities. */
export interface WordHits {
  vids: number[];
  sims: number[];
}

const NO_HITS: WordHits = { vids: [], sims: [] };

/** A remembered word lookup, with the word's weights on the list (normal, and without the generic discount). */
interface WordEntry {
  hits: WordHits;
  w: number;
  wPlain: number;
}

export const GENERIC_WEIGHT = 0.3;
export const STOP_WEIGHT = 0.05;
/** How many best-placed names a query scores fully. */
export const CANDIDATES_PER_QUERY = 25;
/** …and only those within this share of the best-placed name's word weight. */
export const CANDIDATE_SHARE = 0.3;
/** At most this many similar-looking vocabulary words are verified per query word. */
export const VERIFY_PER_WORD = 15;
/** Word lookups remembered per list index. */
export const LOOKUP_CACHE_LIMIT = 50_000;

interface Vocab {
  key: string;
  script: TokenScript;
  token: NameToken;
  /** Entries the word occurs in. */
  entries: number;
}

function trigrams(key: string): string[] {
  const s = `^${key}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** Symbols of coded grams: the word-boundary marks, a–z, 0–9. */
const GRAM_SYMBOLS = 38;
const GRAM_CODES = GRAM_SYMBOLS * GRAM_SYMBOLS * GRAM_SYMBOLS;

function gramSymbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 95; // a–z → 2..27
  if (c >= 48 && c <= 57) return c - 20; // 0–9 → 28..37
  return c === 94 ? 0 : c === 36 ? 1 : -1; // ^ $
}

/** Number of the trigram s[i..i+3) when all three are coded symbols, else -1. */
function gramCode(s: string, i: number): number {
  const a = gramSymbol(s.charCodeAt(i));
  const b = gramSymbol(s.charCodeAt(i + 1));
  const c = gramSymbol(s.charCodeAt(i + 2));
  return a < 0 || b < 0 || c < 0 ? -1 : (a * GRAM_SYMBOLS + b) * GRAM_SYMBOLS + c;
}

function bigramsOf(key: string): string[] {
  const cs = [...key];
  const out: string[] = [];
  for (let i = 0; i + 2 <= cs.length; i++) out.push(cs[i] + cs[i + 1]);
  return out;
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const a = m.get(k);
  if (!a) m.set(k, [v]);
  else if (a[a.length - 1] !== v) a.push(v);
}

/** Top-level contents of (…) groups and the text with the groups removed. */
export function parentheticalParts(name: string): { outside: string; inside: string[] } {
  const s = name.normalize("NFKC");
  let depth = 0;
  let outside = "";
  let cur = "";
  const inside: string[] = [];
  for (const ch of s) {
    if (ch === "(" || ch === "[" || ch === "【") {
      if (depth > 0) cur += ch;
      depth++;
    } else if ((ch === ")" || ch === "]" || ch === "】") && depth > 0) {
      depth--;
      if (depth === 0) {
        if (cur.trim()) inside.push(cur.trim());
        cur = "";
        outside += " ";
      } else cur += ch;
    } else if (depth > 0) cur += ch;
    else outside += ch;
  }
  if (depth > 0 && cur.trim()) inside.push(cur.trim());
  return { outside: outside.replace(/\s+/g, " ").trim(), inside };
}

/**
 * Whether a part in parentheses names the party on its own: a name in another script (中电科芯片技术股份有限公司),
 * an acronym (CETC, KOMID) or several words of which one is distinctive — not a place, a legal form or a
 * generic word ("(HONG KONG)", "(Pvt)", "(General)").
 */
function insideIsName(part: string): boolean {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(part)) return true;
  const core = analyzeName(part).core.filter((t) => t.script !== "digit" && !t.stop);
  if (!core.some((t) => !t.generic)) return false;
  return core.length >= 2 || (core.length === 1 && core[0].key.length >= 3);
}

/** The forms of one list name that are indexed. */
export function nameForms(name: string): string[] {
  const out = [name];
  const { outside, inside } = parentheticalParts(name);
  if (outside && outside !== name.normalize("NFKC").trim()) out.push(outside);
  for (const part of inside) if (insideIsName(part)) out.push(part);
  if (/\//.test(outside))
    for (const part of outside.split("/")) if (part.trim().split(/\s+/).length >= 2) out.push(part.trim());
  return out;
}

export class NameIndex {
  readonly list: PartyList;
  readonly names: IndexedName[] = [];
  private readonly vocab: Vocab[] = [];
  /** Vocabulary id by key, one map per script (lookups use the token's own key string: no key is built). */
  private readonly vocabByKey: Record<TokenScript, Map<string, number>> = {
    latin: new Map(),
    kana: new Map(),
    han: new Map(),
    digit: new Map(),
  };
  /** Entry frequency of words: letters (Latin and kana keys), Han, digits. */
  private readonly dfAlpha = new Map<string, number>();
  private readonly dfHan = new Map<string, number>();
  private readonly dfDigit = new Map<string, number>();
  /** Normal weight of each vocabulary word. */
  private vocabW = new Float64Array(0);
  /**
   * Per vocabulary word, the names it can make candidates: all names it occurs in, or for a generic word the names
   * of generic words only (candStart[vid] .. candStart[vid + 1] in candFlat).
   */
  private candStart = new Int32Array(1);
  private candFlat = new Int32Array(0);
  /**
   * Three-letter Latin words by pattern with one position blanked ("u?c" → uec, uwc …), each list in the order of
   * the blanked letter (a–z only): a three-letter query word finds its one-letter substitutes with three lookups.
   */
  private readonly threeLetterPatterns = new Map<string, number[]>();
  /** The vocabulary's tokens by id (read directly when comparing words: one pointer less than through Vocab). */
  private vocabTokens: NameToken[] = [];
  /** Scratch of one word lookup: vocabulary words sharing grams with the word, and those chosen for verification. */
  private readonly touchedWords = new IdList();
  private readonly chosenWords = new IdList();
  /** Scratch of the whole-name lookup: names met in the shortest gram lists. */
  private readonly seenNames = new IdList();
  /** Per vocabulary word, during one word lookup: already compared. */
  private vocabSeen = new Uint8Array(0);
  /** 1 for generic vocabulary words (kept flat: reading it through the word's token costs a cache miss). */
  private vocabGeneric = new Uint8Array(0);
  /** trigram → word length → vocabulary ids (while building; then flat in alphaPostings) */
  private readonly alphaGrams = new Map<string, number[][]>();
  private alphaPostings = LengthPostings.EMPTY;
  private readonly hanGrams = new Map<string, number[]>();
  private readonly skeletons = new Map<string, number[]>();
  /** skeleton trigram → skeleton length → vocabulary ids (while building; then flat in skeletonPostings) */
  private readonly skeletonGrams = new Map<string, number[][]>();
  private skeletonPostings = LengthPostings.EMPTY;
  private joinedGrams?: GramLists;
  private joinedSkeletonGrams?: GramLists;
  private readonly maxIdf: number;
  private readonly n: number;
  private readonly acc: Float64Array;
  private readonly gramCount: Int32Array;
  private readonly nameCount: Int32Array;
  /** Per name, during one query: touched by a distinctive word (or found by whole-name lookup). */
  private readonly distinct: Uint8Array;
  /** Vocabulary ids of all names' core words, flat (name i: vidFlat[vidStart[i] .. vidStart[i+1])), for locality. */
  private vidFlat = new Int32Array(0);
  private vidStart = new Int32Array(1);
  /**
   * Per core word of every name, in the order of vidFlat, what the early bound reads, interleaved so that a word's
   * fields lie together (the bound checks many candidates and should not chase token objects): word k's fields
   * are tok[k * TOK_STRIDE + F_…] — vocabulary id, flags (TOK_LETTER, TOK_JOINABLE, TOK_KANA, TOK_LONG, TOK_STOP),
   * weights (normal, plain), codes of the first two letters as written and of the key, length as written, and the
   * longest run of query words it may be compared with.
   */
  private tok = new Float64Array(0);
  /** Per-query scratch of the early bound, per vocabulary word (see QueryDigest). */
  private queryScratch = {
    max: new Float64Array(0),
    mask: new Int32Array(0),
    strong: new Int32Array(0),
    set: new IdList(),
  };
  /** Scratch for the early bound: best similarity of each word of the name being checked. */
  private bestSim = new Float64Array(0);
  private namePlain = new Uint8Array(0);

  private readonly lookupCache = new Map<string, WordEntry[]>();
  private worthBuf = new Float64Array(0);

  constructor(list: PartyList) {
    this.list = list;
    this.n = Math.max(1, list.entries.length);
    this.maxIdf = Math.log(1 + this.n);
    const analysed: Array<{ entry: number; text: string; source: number; analyzed: AnalyzedName }> = [];
    list.entries.forEach((e, ei) => {
      const seen = new Set<string>();
      [e.name, ...e.aliases].forEach((full, source) => {
        for (const form of nameForms(full)) {
          const a = analyzeName(form);
          if (!a.usable) continue;
          const sig = a.tokens.map((t) => t.key).join(" ");
          if (seen.has(sig)) continue;
          seen.add(sig);
          analysed.push({ entry: ei, text: form, source, analyzed: a });
        }
      });
    });
    // Entry frequencies of words (for the rarity weights).
    const entryKeys = new Map<string, Set<number>>();
    for (const nm of analysed) {
      for (const t of nm.analyzed.core) {
        const dk = dfKey(t);
        let set = entryKeys.get(dk);
        if (!set) entryKeys.set(dk, (set = new Set()));
        set.add(nm.entry);
      }
    }
    for (const [k, set] of entryKeys) {
      const m = k[0] === "h" ? this.dfHan : k[0] === "d" ? this.dfDigit : this.dfAlpha;
      m.set(k.slice(2), set.size);
    }
    // Vocabulary, postings and per-name scoring data. Postings (the names a word occurs in; for a generic word,
    // only the names made of generic words, the only ones it can make candidates) end up flat in candFlat.
    const postings: number[][] = [];
    analysed.forEach((nm, ni) => {
      const core = nm.analyzed.core;
      const vids = new Int32Array(core.length).fill(-1);
      core.forEach((t, j) => {
        if (t.stop) return;
        const byKey = this.vocabByKey[t.script];
        let vid = byKey.get(t.key);
        if (vid === undefined) {
          vid = this.vocab.length;
          byKey.set(t.key, vid);
          this.vocab.push({ key: t.key, script: t.script, token: t, entries: this.dfOf(t) ?? 1 });
          postings.push([]);
        }
        vids[j] = vid;
      });
      const plain = !core.some((t) => t.script === "digit" || (!t.generic && !t.stop));
      for (const vid of vids) {
        if (vid < 0 || (this.vocab[vid].token.generic && !plain)) continue;
        const p = postings[vid];
        if (p[p.length - 1] !== ni) p.push(ni);
      }
      this.names.push({ ...nm, vids, side: this.sideOf(nm.analyzed), plain });
    });
    this.candStart = new Int32Array(this.vocab.length + 1);
    let nPost = 0;
    postings.forEach((p, vid) => {
      this.candStart[vid] = nPost;
      nPost += p.length;
    });
    this.candStart[this.vocab.length] = nPost;
    this.candFlat = new Int32Array(nPost);
    postings.forEach((p, vid) => this.candFlat.set(p, this.candStart[vid]));
    // Every query word is compared with vocabulary words: their tokens are copied in one go so that they lie
    // together in memory rather than scattered among the names they came from.
    for (const v of this.vocab) v.token = copyToken(v.token);
    this.vocabTokens = this.vocab.map((v) => v.token);
    this.vocab.forEach((v, vid) => {
      if (v.script !== "latin" || v.key.length !== 3) return;
      for (let p = 0; p < 3; p++) {
        if (v.key[p] < "a" || v.key[p] > "z") continue;
        push(this.threeLetterPatterns, v.key.slice(0, p) + "?" + v.key.slice(p + 1), vid);
      }
    });
    for (const list of this.threeLetterPatterns.values()) {
      // by the blanked letter: the pattern's "?" position is the same for all, so compare the keys
      list.sort((a, b) => (this.vocab[a].key < this.vocab[b].key ? -1 : this.vocab[a].key > this.vocab[b].key ? 1 : 0));
    }
    this.vocab.forEach((v, vid) => {
      if (v.script === "digit") return; // digits: exact lookup only
      if (v.script === "han") {
        for (const g of bigramsOf(v.key)) push(this.hanGrams, g, vid);
        return;
      }
      for (const g of trigrams(v.key)) {
        let byLen = this.alphaGrams.get(g);
        if (!byLen) this.alphaGrams.set(g, (byLen = []));
        const list = (byLen[v.key.length] ??= []);
        if (list[list.length - 1] !== vid) list.push(vid);
      }
      if (v.script === "latin") {
        for (const sk of new Set([skeletonOf(v.key, false), skeletonOf(v.key, false, true)])) {
          if (sk.length < 2) continue;
          push(this.skeletons, sk, vid);
          for (const g of trigrams(sk)) {
            let byLen = this.skeletonGrams.get(g);
            if (!byLen) this.skeletonGrams.set(g, (byLen = []));
            const list = (byLen[sk.length] ??= []);
            if (list[list.length - 1] !== vid) list.push(vid);
          }
        }
      }
    });
    this.alphaPostings = new LengthPostings(this.alphaGrams);
    this.skeletonPostings = new LengthPostings(this.skeletonGrams);
    this.alphaGrams.clear();
    this.skeletonGrams.clear();
    this.acc = new Float64Array(this.names.length);
    this.gramCount = new Int32Array(this.vocab.length);
    this.nameCount = new Int32Array(this.names.length);
    this.distinct = new Uint8Array(this.names.length);
    this.vocabW = new Float64Array(this.vocab.length);
    this.worthBuf = new Float64Array(this.vocab.length);
    this.vocab.forEach((v, vid) => (this.vocabW[vid] = this.weight(v.token)));
    let total = 0;
    for (const nm of this.names) total += nm.vids.length;
    this.vidFlat = new Int32Array(total);
    this.vidStart = new Int32Array(this.names.length + 1);
    let at = 0;
    this.names.forEach((nm, ni) => {
      this.vidStart[ni] = at;
      this.vidFlat.set(nm.vids, at);
      at += nm.vids.length;
    });
    this.vidStart[this.names.length] = at;
    this.tok = new Float64Array(total * TOK_STRIDE);
    let longest = 0;
    for (let ni = 0; ni < this.names.length; ni++)
      longest = Math.max(longest, this.vidStart[ni + 1] - this.vidStart[ni]);
    this.bestSim = new Float64Array(longest);
    const nv = this.vocab.length;
    this.queryScratch = {
      max: new Float64Array(nv),
      mask: new Int32Array(nv),
      strong: new Int32Array(nv),
      set: new IdList(),
    };
    this.vocabGeneric = new Uint8Array(nv);
    this.vocabSeen = new Uint8Array(nv);
    this.vocab.forEach((v, vid) => (this.vocabGeneric[vid] = v.token.generic ? 1 : 0));
    this.namePlain = new Uint8Array(this.names.length);
    this.names.forEach((nm, ni) => {
      if (nm.plain) this.namePlain[ni] = 1;
      nm.side.tokens.forEach((t, j) => {
        const o = (this.vidStart[ni] + j) * TOK_STRIDE;
        const tok = this.tok;
        tok[o + F_VID] = nm.vids[j];
        tok[o + F_FLAGS] = tokenFlags(t);
        tok[o + F_W] = nm.side.w[j];
        tok[o + F_WPLAIN] = nm.side.wPlain[j];
        tok[o + F_CODE] = startCode(t);
        tok[o + F_KEYCODE] = keyCode(t);
        tok[o + F_LEN] = spelled(t);
        tok[o + F_MAXRUN] = t.key.length * 1.6 + 2;
        tok[o + F_KEYLEN] = t.key.length;
        if (t.script === "latin") {
          rememberSkeletons(t);
          tok[o + F_SKLEN] = t.skeleton!.length;
          tok[o + F_SKRLEN] = t.skeletonR!.length;
        }
      });
    });
  }

  /**
   * False when the name cannot reach `minScore` whatever the alignment. This is the upper bound of score-names.ts,
   * score ≤ U / (c·L + (1−c)·U + e·X), taken for this name:
   *  - U counts each list word at its best similarity to any query word, and in full where a join (see
   *    `joinCandidates` there) could still cover it: a run of joinable list words through it starting like a query
   *    word that has no strong partner in this name and is long enough to spell the run, or, for a list word of four
   *    letters or more, a run of query words starting like it and short enough to be read as it;
   *  - X is the weight of the query words that can have no partner here at all: no similar word in the name and no
   *    such join; each costs e (the query-extra cost).
   * Katakana on either side waives the same-start condition of a join, as the join itself does.
   */
  private mayPass(ni: number, q: QueryDigest, minScore: number): boolean {
    const from = this.vidStart[ni];
    const to = this.vidStart[ni + 1];
    const plain = this.namePlain[ni] === 1;
    const fw = plain ? F_WPLAIN : F_W;
    const c = plain ? 1 : LIST_EXTRA_COST;
    const tok = this.tok;
    // Query words with some partner / a strong partner (≥ 0.9, which rules out their joins) in this name.
    const best = this.bestSim;
    let mask = 0;
    let strong = 0;
    for (let k = from; k < to; k++) {
      const vid = tok[k * TOK_STRIDE + F_VID] | 0;
      if (vid >= 0) {
        mask |= q.vocabMask[vid];
        strong |= q.vocabStrong[vid];
        best[k - from] = q.vocabMax[vid];
      } else best[k - from] = 0;
    }
    let u = 0;
    let l = 0;
    for (let k = from; k < to; k++) {
      const o = k * TOK_STRIDE;
      const f = tok[o + F_FLAGS];
      const w = tok[o + fw];
      if (f & TOK_LETTER) l += w;
      let s: number;
      if (f & TOK_STOP) s = 1;
      else {
        s = best[k - from];
        if (s < 1 && f & TOK_JOINABLE && (this.listRunJoinable(from, to, k, q, strong) || this.queryRunJoinable(k, q)))
          s = 1;
      }
      u += w * s;
    }
    const base = c * l + (1 - c) * u;
    if (base > 0 && u / base < minScore) return false;
    // Query words without a partner: first the most they can cost (no join covers any of them); only when that
    // would turn the name away are joins looked for, and only until the cost left cannot change the answer.
    const e = plain ? 1 : QUERY_EXTRA_COST;
    let most = 0;
    const qw = plain ? q.wPlain : q.w;
    for (const word of q.shape.words) if (!(mask & word.bit)) most += qw[word.i];
    if (most === 0 || base + e * most <= 0 || u / (base + e * most) >= minScore) return true;
    let x = 0;
    for (const word of q.shape.words) {
      if (mask & word.bit) continue;
      const w = qw[word.i];
      if (word.joinable && this.mayCoverQueryWord(from, to, word, strong)) continue;
      x += w;
      const den = base + e * x;
      if (den > 0 && u / den < minScore) return false;
    }
    const den = base + e * x;
    return den <= 0 || u / den >= minScore;
  }

  private flagsAt(k: number): number {
    return this.tok[k * TOK_STRIDE + F_FLAGS];
  }

  /**
   * Whether one query word (without a strong partner here) may spell a run of list words from i0 through at least
   * list word `through` (two to four joinable words): same start (unless katakana on either side), not longer than
   * the word may be compared with, and, for a katakana word against Latin words, of a length that could reach the
   * join bar (see kanaLatinMayReach).
   */
  private singleMaySpell(t: QuerySingle, i0: number, through: number, to: number): boolean {
    const tok = this.tok;
    const f0 = tok[i0 * TOK_STRIDE + F_FLAGS];
    if (!(f0 & TOK_JOINABLE)) return false;
    if (!(t.kana || f0 & TOK_KANA || t.keyCode === tok[i0 * TOK_STRIDE + F_CODE])) return false;
    let len = tok[i0 * TOK_STRIDE + F_LEN];
    let sk = tok[i0 * TOK_STRIDE + F_SKLEN];
    let skR = tok[i0 * TOK_STRIDE + F_SKRLEN];
    let kana = (f0 & TOK_KANA) !== 0;
    for (let j = i0 + 1; j < to && j - i0 < 4; j++) {
      const o = j * TOK_STRIDE;
      const f = tok[o + F_FLAGS];
      if (!(f & TOK_JOINABLE)) return false;
      len += tok[o + F_LEN];
      sk += tok[o + F_SKLEN];
      skR += tok[o + F_SKRLEN];
      if (f & TOK_KANA) kana = true;
      if (len > t.maxRun) return false;
      if (j < through) continue;
      if (!t.kana || kana || kanaLatinMayReach(t.keyLen, t.skLen, len, sk, skR, JOIN_MIN_SIMILARITY)) return true;
    }
    return false;
  }

  /** Whether list word k may lie in a run of list words that one query word (without a strong partner) spells together. */
  private listRunJoinable(from: number, to: number, k: number, q: QueryDigest, strong: number): boolean {
    for (let i0 = k; i0 >= from && i0 > k - 4; i0--) {
      if (!(this.flagsAt(i0) & TOK_JOINABLE)) break;
      for (const t of q.shape.singles) {
        if (strong & t.bit) continue;
        if (this.singleMaySpell(t, i0, k, to)) return true;
      }
    }
    return false;
  }

  /** Whether list word k may be spelt apart by query run r (see `joinCandidates`: list word of four letters or more). */
  private runMaySpell(r: QueryRun, k: number): boolean {
    const o = k * TOK_STRIDE;
    const f = this.tok[o + F_FLAGS];
    if (!(f & TOK_JOINABLE) || !(f & TOK_LONG) || f & TOK_STOP || r.len > this.tok[o + F_MAXRUN]) return false;
    const kana = (f & TOK_KANA) !== 0;
    if (!(kana || r.startKana || r.code === this.tok[o + F_KEYCODE])) return false;
    // a run with katakana against a Latin word is compared as katakana: its length must be able to reach the bar
    if (r.anyKana && !kana)
      return kanaLatinMayReach(
        r.len,
        r.skLen,
        this.tok[o + F_KEYLEN],
        this.tok[o + F_SKLEN],
        this.tok[o + F_SKRLEN],
        JOIN_MIN_SIMILARITY,
      );
    return true;
  }

  /** Whether list word k (four letters or more) may be spelt apart by a run of query words. */
  private queryRunJoinable(k: number, q: QueryDigest): boolean {
    if (!(this.flagsAt(k) & TOK_LONG)) return false;
    for (const r of q.shape.runs) if (this.runMaySpell(r, k)) return true;
    return false;
  }

  /** Whether a query word without a similar word in the name may still be covered by a join. */
  private mayCoverQueryWord(from: number, to: number, word: QueryWord, strong: number): boolean {
    // as one word spelling a run of list words
    if (word.single && !(strong & word.bit)) {
      for (let i0 = from; i0 < to; i0++) if (this.singleMaySpell(word.single, i0, i0 + 1, to)) return true;
    }
    // as part of a run of query words spelling one list word
    for (const r of word.runs) for (let k = from; k < to; k++) if (this.runMaySpell(r, k)) return true;
    return false;
  }

  /** Rarity weight of a word on this list (unknown words weigh most); generic and stop words weigh little. */
  weight = (t: NameToken, plain = false): number => {
    if (t.script === "digit") return 0.5 * this.maxIdf;
    const df = this.dfOf(t);
    let w = df ? Math.log(1 + this.n / (df + 1)) : this.maxIdf;
    if (t.stop) w *= STOP_WEIGHT;
    else if (t.generic && !plain) w *= GENERIC_WEIGHT;
    const len = t.script === "han" ? [...t.key].length : t.key.length;
    if (len === 1 || (len === 2 && t.script !== "han")) w *= 0.5;
    // a short word the list does not know is most likely an acronym qualifying the name (ВКО, HQ, R&D)
    else if (!df && len === 3 && t.script === "latin") w *= 0.5;
    return w;
  };

  private dfOf(t: NameToken): number | undefined {
    return (t.script === "han" ? this.dfHan : t.script === "digit" ? this.dfDigit : this.dfAlpha).get(t.key);
  }

  /** Scoring data of a name on this list. */
  sideOf(a: AnalyzedName): ScoringSide {
    const core = a.core;
    const w = new Float64Array(core.length);
    const wPlain = new Float64Array(core.length);
    for (let j = 0; j < core.length; j++) {
      w[j] = this.weight(core[j], false);
      wPlain[j] = this.weight(core[j], true);
    }
    return { tokens: core, w, wPlain, legalFamilies: a.legalFamilies };
  }

  /**
   * Vocabulary words similar to a query word, as vocabulary id → similarity. Results are remembered per word
   * (bulk files repeat the same words); the map returned must not be changed.
   */
  lookup(t: NameToken): WordHits {
    return this.wordEntry(t).hits;
  }

  /** A word's lookup and its weights on this list, remembered together (both depend on key, script and flags only). */
  private wordEntry(t: NameToken): WordEntry {
    // Words are told apart by key, then by script and flags (a small number); the surface form only matters
    // when it differs, which the key then already implies for a given script.
    const slot =
      (t.script === "latin" ? 0 : t.script === "kana" ? 4 : t.script === "han" ? 8 : 12) +
      (t.generic ? 1 : 0) +
      (t.stop ? 2 : 0);
    let bySlot = this.lookupCache.get(t.key);
    let e = bySlot?.[slot];
    if (!e) {
      e = { hits: this.lookupUncached(t), w: this.weight(t, false), wPlain: this.weight(t, true) };
      if (!bySlot) {
        if (this.lookupCache.size >= LOOKUP_CACHE_LIMIT) this.lookupCache.clear();
        this.lookupCache.set(t.key, (bySlot = []));
      }
      bySlot[slot] = e;
    }
    return e;
  }

  /** The query's word lookups and its scoring side on this list. */
  private lookUpQuery(q: AnalyzedName): { hits: WordHits[]; side: ScoringSide } {
    const core = q.core;
    const n = core.length;
    const hits = new Array<WordHits>(n);
    const w = new Array<number>(n);
    const wPlain = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const e = this.wordEntry(core[j]);
      hits[j] = e.hits;
      w[j] = e.w;
      wPlain[j] = e.wPlain;
    }
    return { hits, side: { tokens: core, w, wPlain, legalFamilies: q.legalFamilies } };
  }

  /** Forgets remembered word lookups (for measurements that must start cold). */
  clearCaches(): void {
    this.lookupCache.clear();
  }

  private lookupUncached(t: NameToken): WordHits {
    if (t.stop) return NO_HITS;
    if (t.script === "digit") {
      const vid = this.vocabByKey.digit.get(t.key);
      return vid !== undefined ? { vids: [vid], sims: [1] } : NO_HITS;
    }
    // Vocabulary words compared, in the order first met (each once), with their similarity.
    const vids: number[] = [];
    const sims: number[] = [];
    const seen = this.vocabSeen;
    const add = (vid: number, known?: number) => {
      if (seen[vid]) return;
      seen[vid] = 1;
      vids.push(vid);
      sims.push(known ?? tokenSimilarity(t, this.vocabTokens[vid]));
    };
    try {
      this.collectSimilar(t, add);
    } finally {
      for (const vid of vids) seen[vid] = 0;
    }
    return nonZero(vids, sims);
  }

  /** Calls `add` with every vocabulary word worth comparing with word `t` (not a digit, not a stop word). */
  private collectSimilar(t: NameToken, add: (vid: number, known?: number) => void): void {
    if (t.script === "han") {
      const vid = this.vocabByKey.han.get(t.key);
      if (vid !== undefined) add(vid);
      const len = [...t.key].length;
      if (vid === undefined && len >= 3)
        this.countGrams(bigramsOf(t.key), this.hanGrams, Math.max(1, Math.floor((len - 1) / 2)), add);
      return;
    }
    const latin = this.vocabByKey.latin.get(t.key);
    const kana = this.vocabByKey.kana.get(t.key);
    if (latin !== undefined) add(latin);
    if (kana !== undefined) add(kana);
    if (latin === undefined && kana === undefined && !t.generic) {
      if (t.key.length >= 4) this.fuzzyAlpha(t.key, add);
      else if (t.key.length === 3 && t.script === "latin") {
        // three letters: words with one letter (a–z) substituted (UWC → UEC), position by position, in letter order
        for (let p = 0; p < 3; p++) {
          for (const vid of this.threeLetterPatterns.get(t.key.slice(0, p) + "?" + t.key.slice(p + 1)) ?? []) {
            if (this.vocab[vid].key !== t.key) add(vid);
          }
        }
      }
      if (t.surface && t.surface !== t.key) this.fuzzyAlpha(t.surface, add);
    }
    if (t.script === "kana") {
      const sk = skeletonOf(t.key, true);
      for (const vid of this.skeletons.get(sk) ?? [])
        add(vid, sk.length >= 4 ? sameSkeletonSimilarity(t.key, this.vocab[vid].key) : undefined);
      if (sk.length >= 4) {
        // skeletons of about the same length sharing half their trigrams
        const touched = this.touchedWords;
        touched.length = 0;
        this.skeletonPostings.countKey(sk, sk.length - 1, sk.length + 1, this.gramCount, touched);
        this.verifyBest(touched, Math.max(1, Math.floor(sk.length / 2)), add);
      }
    }
  }

  /**
   * Vocabulary words sharing enough trigrams with `key`, among words of similar length only (the trigram
   * postings are kept per word length, so a lookup reads a few short lists, not every word with "ing").
   */
  private fuzzyAlpha(key: string, add: (vid: number) => void): void {
    const len = key.length;
    // Similarity 0.6 allows 40 % of the longer word to differ.
    const spread = Math.max(1, Math.min(Math.floor(len * 0.4), 2 + Math.floor(len / 8)));
    // `^key$` has as many trigrams as the key has characters
    const min = Math.max(1, Math.floor(len / 3));
    const touched = this.touchedWords;
    touched.length = 0;
    const lo = Math.max(1, len - spread);
    const hi = len + spread;
    this.alphaPostings.countKey(key, lo, hi, this.gramCount, touched);
    this.verifyBest(touched, min, add);
  }

  /** Verifies (by edit distance) only the words sharing the most grams: typos keep most of them. */
  private verifyBest(touched: IdList, min: number, add: (vid: number) => void): void {
    const counts = this.gramCount;
    const ids = touched.items;
    const n = touched.length;
    // The words with enough grams are moved to the front of the list (their order kept), the rest reset.
    let passing = 0;
    let most = 0;
    for (let k = 0; k < n; k++) {
      const vid = ids[k];
      const c = counts[vid];
      if (c >= min) {
        ids[passing++] = vid;
        if (c > most) most = c;
      } else counts[vid] = 0;
    }
    // The words to verify are chosen before any is verified (verifying may not disturb the counts it reads).
    const chosen = this.chosenWords;
    chosen.length = 0;
    if (passing <= VERIFY_PER_WORD) for (let k = 0; k < passing; k++) chosen.push(ids[k]);
    else {
      // most grams first, ties in the order first touched (what a stable sort by count gives), without sorting
      let left = VERIFY_PER_WORD;
      for (let c = most; c >= min && left > 0; c--) {
        for (let k = 0; k < passing && left > 0; k++) {
          if (counts[ids[k]] === c) {
            chosen.push(ids[k]);
            left--;
          }
        }
      }
    }
    for (let k = 0; k < passing; k++) counts[ids[k]] = 0;
    for (let k = 0; k < chosen.length; k++) add(chosen.items[k]);
  }

  private countGrams(grams: string[], index: Map<string, number[]>, min: number, add: (vid: number) => void): void {
    const touched = this.touchedWords;
    touched.length = 0;
    const counts = this.gramCount;
    for (const g of grams) {
      const p = index.get(g);
      if (!p) continue;
      for (const vid of p) {
        if (counts[vid] === 0) touched.push(vid);
        counts[vid]++;
      }
    }
    this.verifyBest(touched, min, add);
  }

  private joinedIndex(): GramLists {
    if (!this.joinedGrams) {
      const m = new Map<string, number[]>();
      this.names.forEach((nm, ni) => {
        const j = nm.analyzed.joined;
        if (j.length >= 4) for (const g of new Set(trigrams(j))) push(m, g, ni);
      });
      this.joinedGrams = new GramLists(m);
    }
    return this.joinedGrams;
  }

  private joinedSkeletonIndex(): GramLists {
    if (!this.joinedSkeletonGrams) {
      const m = new Map<string, number[]>();
      this.names.forEach((nm, ni) => {
        if (nm.analyzed.core.some((t) => t.script === "kana")) return;
        const latin = nm.analyzed.core.filter((t) => t.script === "latin");
        const grams = new Set<string>();
        for (const sk of [joinedSkeleton(latin), joinedSkeleton(latin, true)])
          if (sk.length >= 3) for (const g of trigrams(sk)) grams.add(g);
        for (const g of grams) push(m, g, ni);
      });
      this.joinedSkeletonGrams = new GramLists(m);
    }
    return this.joinedSkeletonGrams;
  }

  private addJoined(text: string, idx: GramLists, total: number, touched: number[], share: number): void {
    const acc = this.acc;
    const counts = this.nameCount;
    // Lists of the distinct trigrams of `^text$` looked up, in gram order; very common grams say little and are
    // left out (the share is taken over the grams that were looked up). Every list holds ascending name numbers
    // without repeats.
    const lists: number[][] = [];
    const nGrams = idx.distinctLists(text, Math.max(200, this.names.length * 0.1), lists);
    const usable = lists.length;
    if (usable < 2) return;
    // A name counts when it is in at least `need` lists, so it is in one of the usable − need + 1 shortest:
    // names are collected from those only, and then looked up in the longer lists.
    const need = Math.ceil(usable * share);
    const bySize = lists.map((_, i) => i).sort((a, b) => lists[a].length - lists[b].length || a - b);
    const nShort = usable - need + 1;
    const seenList = this.seenNames;
    seenList.length = 0;
    for (let r = 0; r < nShort; r++) {
      for (const ni of lists[bySize[r]]) {
        if (counts[ni] === 0) seenList.push(ni);
        counts[ni]++;
      }
    }
    const seen = seenList.items;
    let nSeen = seenList.length;
    for (let r = nShort; r < usable; r++) {
      // Names that cannot reach `need` even if in every list left are dropped before the next list is read.
      const left = usable - r;
      let kept = 0;
      for (let k = 0; k < nSeen; k++) {
        const ni = seen[k];
        if (counts[ni] + left >= need) seen[kept++] = ni;
        else counts[ni] = 0;
      }
      nSeen = kept;
      if (kept === 0) break;
      const p = lists[bySize[r]];
      if (nSeen * 12 < p.length) {
        for (let k = 0; k < nSeen; k++) if (contains(p, seen[k])) counts[seen[k]]++;
      } else {
        for (const ni of p) if (counts[ni] > 0) counts[ni]++;
      }
    }
    const passing: number[] = [];
    for (let k = 0; k < nSeen; k++) {
      const ni = seen[k];
      if (counts[ni] >= need) passing.push(ni);
      else counts[ni] = 0;
    }
    if (passing.length === 0) return;
    // In the order a scan of the lists in gram order first meets them (ties in the ranking keep that order).
    const first = new Map<number, number>();
    for (const ni of passing) {
      let i = 0;
      while (!contains(lists[i], ni)) i++;
      first.set(ni, i);
    }
    passing.sort((a, b) => first.get(a)! - first.get(b)! || a - b);
    for (const ni of passing) {
      const c = counts[ni];
      counts[ni] = 0;
      if (!this.distinct[ni]) {
        this.distinct[ni] = 1;
        touched.push(ni);
      }
      acc[ni] += (total * c) / nGrams;
    }
  }

  /** Names worth scoring for a query, best first, given the query words' vocabulary hits. */
  private candidateNames(q: AnalyzedName, qw: ArrayLike<number>, hits: WordHits[], limit: number): number[] {
    const acc = this.acc;
    const distinct = this.distinct;
    const touched: number[] = [];
    const core = q.core;
    let total = 0;
    for (let i = 0; i < core.length; i++) if (!core[i].stop && core[i].script !== "digit") total += qw[i];
    // What each matched vocabulary word is worth to a name that contains it.
    const worth = this.worthBuf;
    const worthSet: number[] = [];
    for (const h of hits) {
      for (let k = 0; k < h.vids.length; k++) {
        const vid = h.vids[k];
        const w = this.vocabW[vid] * h.sims[k];
        if (worth[vid] === 0) worthSet.push(vid);
        if (w > worth[vid]) worth[vid] = w;
      }
    }
    // A name with a distinctive word can pass REVIEW only if one of its distinctive words was matched (see the
    // generic-words cap in score-names.ts), and a name of generic words only needs its generic words matched.
    // So candidates come from distinctive words matched well, and from generic words into generic-only names.
    for (const h of hits) {
      for (let k = 0; k < h.vids.length; k++) {
        const vid = h.vids[k];
        const s = h.sims[k];
        if (!this.vocabGeneric[vid] && s < DISTINCTIVE_MIN_SIMILARITY) continue;
        for (let p = this.candStart[vid], end = this.candStart[vid + 1]; p < end; p++) {
          const ni = this.candFlat[p];
          if (!distinct[ni]) {
            distinct[ni] = 1;
            touched.push(ni);
          }
        }
      }
    }
    let best = 0;
    for (const ni of touched) {
      acc[ni] += this.worthOf(ni, worth);
      if (acc[ni] > best) best = acc[ni];
    }
    // Words written together / apart: look at whole-name trigrams when a word found nothing and the
    // word lookup explains little of the query.
    let unfound = false;
    for (let i = 0; i < core.length; i++)
      if ((core[i].script === "latin" || core[i].script === "kana") && !core[i].stop && hits[i].vids.length === 0)
        unfound = true;
    const before = touched.length;
    if (unfound && best < 0.5 * total && q.joined.length >= 6) {
      this.addJoined(q.joined, this.joinedIndex(), total, touched, 0.5);
    }
    // Katakana renderings: whole-name phonetic skeletons.
    let kana = false;
    for (const t of core) if (t.script === "kana") kana = true;
    if (kana) {
      const sk = skeletonOf(q.joined, true);
      if (sk.length >= 4) this.addJoined(sk, this.joinedSkeletonIndex(), total, touched, 0.5);
    }
    for (let k = before; k < touched.length; k++) acc[touched[k]] += this.worthOf(touched[k], worth);
    // Names far behind the best-placed one cannot win: score the leaders only. Only the names within the share
    // of the best are sorted (the sort is stable, so the order is that of sorting every touched name).
    let top = 0;
    for (const ni of touched) if (acc[ni] > top) top = acc[ni];
    // The best `limit` of them, highest first, equal ones in the order touched (as a stable sort would give):
    // each is inserted after those it does not beat.
    const out: number[] = [];
    limit = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : CANDIDATES_PER_QUERY;
    for (const ni of touched) {
      const a = acc[ni];
      if (a < CANDIDATE_SHARE * top || limit === 0) continue;
      if (out.length === limit && a <= acc[out[limit - 1]]) continue;
      let at = out.length < limit ? out.length : limit - 1;
      while (at > 0 && acc[out[at - 1]] < a) {
        if (at < limit) out[at] = out[at - 1];
        at--;
      }
      out[at] = ni;
    }
    for (const ni of touched) {
      acc[ni] = 0;
      distinct[ni] = 0;
    }
    for (const vid of worthSet) worth[vid] = 0;
    return out;
  }

  private worthOf(ni: number, worth: Float64Array): number {
    const flat = this.vidFlat;
    let w = 0;
    for (let k = this.vidStart[ni], end = this.vidStart[ni + 1]; k < end; k++) {
      const v = flat[k];
      if (v >= 0) w += worth[v];
    }
    return w;
  }

  /** Names worth scoring for a query, best first. */
  candidates(q: AnalyzedName, limit = CANDIDATES_PER_QUERY): number[] {
    const { hits, side } = this.lookUpQuery(q);
    return this.candidateNames(q, side.w, hits, limit);
  }

  /**
   * Whether the early bound lets indexed name `ni` through to scoring for query `q` at `minScore` (what `search`
   * asks of every candidate). For tests: a name that scores at or above `minScore` must always be let through.
   */
  boundAdmits(q: AnalyzedName, ni: number, minScore: number): boolean {
    const { hits, side } = this.lookUpQuery(q);
    const digest = digestQuery(q, hits, side, this.queryScratch);
    try {
      return this.mayPass(ni, digest, minScore);
    } finally {
      this.clearDigest(digest);
    }
  }

  /** Exact score of query `q` against indexed name `ni` (no candidate selection, no early exit). */
  scoreName(q: AnalyzedName, ni: number): NameScore {
    const { hits, side } = this.lookUpQuery(q);
    const sim = new TableSimilarity(hits);
    sim.vids = this.names[ni].vids;
    return scoreSides(side, this.names[ni].side, sim, false);
  }

  private clearDigest(digest: QueryDigest): void {
    for (let k = 0; k < digest.set.length; k++) {
      const vid = digest.set.items[k];
      digest.vocabMax[vid] = 0;
      digest.vocabMask[vid] = 0;
      digest.vocabStrong[vid] = 0;
    }
  }

  /** Best-scoring name per entry among the candidates, highest first, explained. */
  search(q: AnalyzedName, minScore: number): EntryHit[] {
    if (!q.usable) return [];
    const { hits, side: qSide } = this.lookUpQuery(q);
    const cands = this.candidateNames(q, qSide.w, hits, CANDIDATES_PER_QUERY);
    if (cands.length === 0) return [];
    const best = new Map<number, { ni: number; score: number }>();
    const sim = new TableSimilarity(hits);
    const digest = digestQuery(q, hits, qSide, this.queryScratch);
    try {
      for (const ni of cands) {
        if (!this.mayPass(ni, digest, minScore)) continue;
        const nm = this.names[ni];
        sim.vids = nm.vids;
        const r = scoreSides(qSide, nm.side, sim, false, minScore);
        if (r.score < minScore) continue;
        const prev = best.get(nm.entry);
        if (!prev || r.score > prev.score || (r.score === prev.score && nm.source < this.names[prev.ni].source)) {
          best.set(nm.entry, { ni, score: r.score });
        }
      }
    } finally {
      this.clearDigest(digest);
    }
    const out: EntryHit[] = [];
    for (const { ni } of best.values()) {
      const nm = this.names[ni];
      sim.vids = nm.vids;
      const result = scoreSides(qSide, nm.side, sim, true);
      out.push({ entry: this.list.entries[nm.entry], name: nm, result });
    }
    return out.sort((a, b) => b.result.score - a.result.score);
  }

  stats(): { entries: number; names: number; vocabulary: number } {
    return { entries: this.list.entries.length, names: this.names.length, vocabulary: this.vocab.length };
  }
}

/**
 * Postings of gram → word length → vocabulary ids, flat in two typed arrays (a lookup reads one contiguous
 * run per gram instead of chasing a list per length: far fewer cache misses on a large vocabulary).
 * Within a gram the ids are ordered by length, then as they were added.
 */
class LengthPostings {
  static readonly EMPTY = new LengthPostings(new Map());
  private readonly ids = new Map<string, number>();
  /** Gram id by code (see gramCode), -1 for none: grams of letters, digits and the word-boundary marks. */
  private readonly byCode = new Int32Array(GRAM_CODES).fill(-1);
  /** Per gram: where its length offsets start in `start`, and how many lengths it has (max length + 1). */
  private readonly base: Int32Array;
  private readonly lens: Int32Array;
  /** start[base + l] .. start[base + l + 1]: the ids of words of length l in `items`. */
  private readonly start: Int32Array;
  private readonly items: Int32Array;

  constructor(m: Map<string, number[][]>) {
    let nStart = 0;
    let nItems = 0;
    for (const byLen of m.values()) {
      nStart += byLen.length + 1;
      for (const p of byLen) if (p) nItems += p.length;
    }
    this.base = new Int32Array(m.size);
    this.lens = new Int32Array(m.size);
    this.start = new Int32Array(nStart);
    this.items = new Int32Array(nItems);
    let s = 0;
    let at = 0;
    let id = 0;
    for (const [g, byLen] of m) {
      this.ids.set(g, id);
      const code = gramCode(g, 0);
      if (code >= 0) this.byCode[code] = id;
      this.base[id] = s;
      this.lens[id] = byLen.length;
      for (let l = 0; l < byLen.length; l++) {
        this.start[s++] = at;
        const p = byLen[l];
        if (p) for (const v of p) this.items[at++] = v;
      }
      this.start[s++] = at;
      id++;
    }
  }

  /**
   * Counts, for every trigram of `^key$` in order (as `trigrams(key)` gives them), the words of length lo..hi under
   * it: counts[id]++, noting in `touched` the ids first seen. Grams are found by code, without building strings.
   */
  countKey(key: string, lo: number, hi: number, counts: Int32Array, touched: IdList): void {
    const s = `^${key}$`;
    for (let i = 0; i + 3 <= s.length; i++) {
      const code = gramCode(s, i);
      const id = code >= 0 ? this.byCode[code] : (this.ids.get(s.slice(i, i + 3)) ?? -1);
      if (id >= 0) this.countId(id, lo, hi, counts, touched);
    }
  }

  private countId(id: number, lo: number, hi: number, counts: Int32Array, touched: IdList): void {
    const n = this.lens[id];
    if (lo >= n) return;
    const b = this.base[id];
    const items = this.items;
    const to = this.start[b + (hi < n - 1 ? hi : n - 1) + 1];
    for (let k = this.start[b + lo]; k < to; k++) {
      const vid = items[k];
      if (counts[vid] === 0) touched.push(vid);
      counts[vid]++;
    }
  }
}

/** Lists by trigram, found by number for coded grams (see gramCode) and by string for the rest. */
class GramLists {
  private readonly byCode: Array<number[] | undefined> = new Array(GRAM_CODES);
  private readonly other = new Map<string, number[]>();

  constructor(m: Map<string, number[]>) {
    for (const [g, list] of m) {
      const code = gramCode(g, 0);
      if (code >= 0) this.byCode[code] = list;
      else this.other.set(g, list);
    }
  }

  /**
   * Appends to `out`, for each distinct trigram of `^text$` in order of first occurrence, its list when it has
   * one no longer than `maxLen`; returns the number of distinct trigrams (as `new Set(trigrams(text)).size`).
   */
  distinctLists(text: string, maxLen: number, out: number[][]): number {
    const s = `^${text}$`;
    const codes: number[] = [];
    const strings: string[] = [];
    let distinct = 0;
    for (let i = 0; i + 3 <= s.length; i++) {
      const code = gramCode(s, i);
      let list: number[] | undefined;
      if (code >= 0) {
        if (codes.includes(code)) continue;
        codes.push(code);
        list = this.byCode[code];
      } else {
        const g = s.slice(i, i + 3);
        if (strings.includes(g)) continue;
        strings.push(g);
        list = this.other.get(g);
      }
      distinct++;
      if (list && list.length <= maxLen) out.push(list);
    }
    return distinct;
  }
}

/** A reusable list of ids in a typed array (word lookups collect many ids; no array is allocated per lookup). */
class IdList {
  items = new Int32Array(256);
  length = 0;
  push(id: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = id;
  }
}

/** Whether the ascending list holds x (binary search). */
function contains(list: number[], x: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid];
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Fields of one word in NameIndex.tok. */
const TOK_STRIDE = 11;
const F_VID = 0;
const F_FLAGS = 1;
const F_W = 2;
const F_WPLAIN = 3;
const F_CODE = 4;
const F_KEYCODE = 5;
const F_LEN = 6;
const F_MAXRUN = 7;
const F_KEYLEN = 8;
/** Lengths of a Latin word's phonetic skeletons (both readings; token-similarity.ts), for joins with katakana. */
const F_SKLEN = 9;
const F_SKRLEN = 10;

const TOK_LETTER = 1;
const TOK_JOINABLE = 2;
const TOK_KANA = 4;
const TOK_LONG = 8;
const TOK_STOP = 16;

function tokenFlags(t: NameToken): number {
  let f = 0;
  if (t.script !== "digit") f |= TOK_LETTER;
  if (t.script === "latin" || t.script === "kana") f |= TOK_JOINABLE;
  if (t.script === "kana") f |= TOK_KANA;
  if (t.key.length >= 4) f |= TOK_LONG;
  if (t.stop) f |= TOK_STOP;
  return f;
}

/** First two letters of a word as written (-1 when shorter); joins need words that start alike. */
function startCode(t: NameToken): number {
  return twoLetters(t.surface ?? t.key);
}

/** First two letters of a word's key (the form a single word is compared in). */
function keyCode(t: NameToken): number {
  return twoLetters(t.key);
}

function twoLetters(x: string): number {
  return x.length >= 2 ? x.charCodeAt(0) * 65536 + x.charCodeAt(1) : -1;
}

/** A query word that could spell a run of list words written apart (see `joinCandidates` in score-names.ts). */
interface QuerySingle {
  bit: number;
  /** Code of the first two letters of its key. */
  keyCode: number;
  /** Longest run (letters, as joined) it may be compared with. */
  maxRun: number;
  kana: boolean;
  /** Length of its key and (katakana) of its skeleton. */
  keyLen: number;
  skLen: number;
}

/** A run of two to four joinable query words, as `joinCandidates` would join them to compare with one list word. */
interface QueryRun {
  /** Code of the first word's first two letters as written. */
  code: number;
  /** Length of the joined run. */
  len: number;
  /** First word in katakana (waives the same-start condition). */
  startKana: boolean;
  /** Some word in katakana: the run is compared as katakana, and `skLen` is the length of its skeleton. */
  anyKana: boolean;
  skLen: number;
}

/** A query word that pays the query-extra cost when nothing in a name can partner it (letters, not a stop word). */
interface QueryWord {
  /** Its index among the core words, and its bit. */
  i: number;
  bit: number;
  joinable: boolean;
  single?: QuerySingle;
  /** Runs of query words that include this word. */
  runs: QueryRun[];
}

/** What the early bound needs of a query's words, whatever the list (worked out once per analysed name). */
interface QueryShape {
  singles: QuerySingle[];
  /** Every run of query words (two to four, from every start). */
  runs: QueryRun[];
  /** Empty when the query has more than 31 core words (no query-side term then). */
  words: QueryWord[];
}

/** What the early bound needs to know about a query on one list. */
interface QueryDigest {
  /**
   * Per vocabulary word (index-owned scratch, cleared after the query): best similarity of any query word, and the
   * query words (bit i for core word i) similar to it, at all and strongly (≥ 0.9).
   */
  vocabMax: Float64Array;
  vocabMask: Int32Array;
  vocabStrong: Int32Array;
  /** Vocabulary words set in the scratch arrays. */
  set: IdList;
  shape: QueryShape;
  /** The query words' weights on this list (normal, plain). */
  w: ArrayLike<number>;
  wPlain: ArrayLike<number>;
}

const joinableToken = (t: NameToken) => t.script === "latin" || t.script === "kana";
const spelled = (t: NameToken) => (t.surface ?? t.key).length;

function digestQuery(
  q: AnalyzedName,
  hits: WordHits[],
  side: ScoringSide,
  scratch: { max: Float64Array; mask: Int32Array; strong: Int32Array; set: IdList },
): QueryDigest {
  const bits = q.core.length <= 31;
  const { max: vocabMax, mask: vocabMask, strong: vocabStrong } = scratch;
  const set = scratch.set;
  set.length = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const bit = bits ? 1 << i : 0;
    for (let k = 0; k < h.vids.length; k++) {
      const vid = h.vids[k];
      const sim = h.sims[k];
      if (vocabMax[vid] === 0 && vocabMask[vid] === 0) set.push(vid);
      if (sim > vocabMax[vid]) vocabMax[vid] = sim;
      vocabMask[vid] |= bit;
      if (sim >= 0.9) vocabStrong[vid] |= bit;
    }
  }
  return { vocabMax, vocabMask, vocabStrong, set, shape: shapeOf(q), w: side.w, wPlain: side.wPlain };
}

// The shape of the last query (a screener searches every list with the same analysed name in turn). Kept in a
// plain variable, not a WeakMap: the young-generation collector keeps weak-map keys alive, which would promote
// every analysed name.
let lastShaped: AnalyzedName | undefined;
let lastShape: QueryShape | undefined;

function shapeOf(q: AnalyzedName): QueryShape {
  if (q !== lastShaped || !lastShape) {
    lastShape = queryShape(q);
    lastShaped = q;
  }
  return lastShape;
}

function queryShape(q: AnalyzedName): QueryShape {
  const core = q.core;
  const bits = core.length <= 31;
  const singles: QuerySingle[] = [];
  const singleOf: Array<QuerySingle | undefined> = [];
  core.forEach((t, i) => {
    if (t.stop || !joinableToken(t) || t.key.length < 4) return;
    const skLen = t.script === "kana" ? skeletonOf(t.key, true).length : 0;
    if (t.script === "kana" && skLen < 5) return;
    const single: QuerySingle = {
      bit: bits ? 1 << i : 0,
      keyCode: keyCode(t),
      maxRun: t.key.length * 1.6 + 2,
      kana: t.script === "kana",
      keyLen: t.key.length,
      skLen,
    };
    singles.push(single);
    singleOf[i] = single;
  });
  // Every run from every start, with the index of its first and last word.
  const runs: QueryRun[] = [];
  const runStart: number[] = [];
  const runEnd: number[] = [];
  for (let i0 = 0; i0 + 1 < core.length; i0++) {
    if (!joinableToken(core[i0])) continue;
    let key = core[i0].surface ?? core[i0].key;
    let anyKana = core[i0].script === "kana";
    for (let j = i0 + 1; j < core.length && j - i0 < 4 && joinableToken(core[j]); j++) {
      key += core[j].surface ?? core[j].key;
      anyKana ||= core[j].script === "kana";
      runs.push({
        code: startCode(core[i0]),
        len: key.length,
        startKana: core[i0].script === "kana",
        anyKana,
        skLen: anyKana ? skeletonOf(key, true).length : 0,
      });
      runStart.push(i0);
      runEnd.push(j);
    }
  }
  const words: QueryWord[] = [];
  if (bits) {
    core.forEach((t, i) => {
      if (t.stop || t.script === "digit") return;
      // A word whose key is a stop word (katakana ト "to", デ "de", ノ "no" …; Latin ones are stop words
      // themselves) pairs in full with a list stop word of that key, which the vocabulary does not hold: it may
      // always have a partner.
      if (STOP_WORDS.has(t.key)) return;
      const joinable = joinableToken(t);
      const through: QueryRun[] = [];
      if (joinable) for (let n = 0; n < runs.length; n++) if (runStart[n] <= i && i <= runEnd[n]) through.push(runs[n]);
      words.push({ i, bit: 1 << i, joinable, single: singleOf[i], runs: through });
    });
  }
  return { singles, runs, words };
}

/** Word similarities of a query against list names, as one row per vocabulary word, from the query's lookups. */
class TableSimilarity implements SimilarityRows {
  vids: Int32Array = new Int32Array(0);
  private readonly rows = new Map<number, Float64Array | null>();
  constructor(private readonly hits: WordHits[]) {}
  row(j: number): Float64Array | undefined {
    const v = this.vids[j];
    if (v < 0) return undefined;
    let r = this.rows.get(v);
    if (r === undefined) {
      // built on first use: the query words' similarities to this vocabulary word
      r = null;
      for (let i = 0; i < this.hits.length; i++) {
        const h = this.hits[i];
        const k = h.vids.indexOf(v);
        if (k < 0) continue;
        r ??= new Float64Array(this.hits.length);
        r[i] = h.sims[k];
      }
      this.rows.set(v, r);
    }
    return r ?? undefined;
  }
}

function dfKey(t: NameToken): string {
  return t.script === "han" ? `h:${t.key}` : t.script === "digit" ? `d:${t.key}` : `a:${t.key}`;
}

/** The words with a similarity above zero (in the order given), or NO_HITS. */
function nonZero(vids: number[], sims: number[]): WordHits {
  let n = 0;
  for (let k = 0; k < vids.length; k++) {
    if (sims[k] > 0) {
      vids[n] = vids[k];
      sims[n] = sims[k];
      n++;
    }
  }
  if (n === 0) return NO_HITS;
  vids.length = n;
  sims.length = n;
  return { vids, sims };
}
