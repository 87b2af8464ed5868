/**
 * Index build (stage 1 of the name index): every name and alias of every entry, in every indexed form
 * (index-forms.ts), analysed once; the vocabulary of their words with entry frequencies (the rarity weights);
 * postings from words to names; trigram postings over Latin/romaji words, bigrams over Han words and phonetic
 * skeletons (katakana renderings); and the flat per-word data the early bound reads (early-bound.ts).
 * The fields are read by the later stages (word-lookup.ts, candidates.ts, early-bound.ts, name-index.ts).
 */
import { analyzeName, copyToken, type AnalyzedName, type NameToken, type TokenScript } from "./analyze-name";
import { GramLists, IdList, LengthPostings, bigramsOf, push, trigrams } from "./gram-postings";
import { nameForms } from "./index-forms";
import type { PartyList } from "./list-model";
import { SOUND_ONLY_LIST_ENTRIES, type ScoringSide } from "./score-names";
import { rememberSkeletons, skeletonOf } from "./token-similarity";
import type { WordEntry } from "./word-lookup";

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

export const GENERIC_WEIGHT = 0.3;
export const STOP_WEIGHT = 0.05;
/** Word lookups remembered per list index. */
export const LOOKUP_CACHE_LIMIT = 50_000;

export interface Vocab {
  key: string;
  script: TokenScript;
  token: NameToken;
  /** Entries the word occurs in. */
  entries: number;
}

export class BuiltIndex {
  readonly list: PartyList;
  readonly names: IndexedName[] = [];
  readonly vocab: Vocab[] = [];
  /** Vocabulary id by key, one map per script (lookups use the token's own key string: no key is built). */
  readonly vocabByKey: Record<TokenScript, Map<string, number>> = {
    latin: new Map(),
    kana: new Map(),
    han: new Map(),
    digit: new Map(),
  };
  /** Entry frequency of words: letters (Latin and kana keys), Han, digits. */
  readonly dfAlpha = new Map<string, number>();
  readonly dfHan = new Map<string, number>();
  readonly dfDigit = new Map<string, number>();
  /** Normal weight of each vocabulary word. */
  vocabW = new Float64Array(0);
  /**
   * Per vocabulary word, the names it can make candidates: all names it occurs in, or for a generic word the names
   * of generic words only (candStart[vid] .. candStart[vid + 1] in candFlat).
   */
  candStart = new Int32Array(1);
  candFlat = new Int32Array(0);
  /**
   * Three-letter Latin words by pattern with one position blanked ("u?c" → uec, uwc …), each list in the order of
   * the blanked letter (a–z only): a three-letter query word finds its one-letter substitutes with three lookups.
   */
  readonly threeLetterPatterns = new Map<string, number[]>();
  /** The vocabulary's tokens by id (read directly when comparing words: one pointer less than through Vocab). */
  vocabTokens: NameToken[] = [];
  /** Scratch of one word lookup: vocabulary words sharing grams with the word, and those chosen for verification. */
  readonly touchedWords = new IdList();
  readonly chosenWords = new IdList();
  /** Scratch of the whole-name lookup: names met in the shortest gram lists. */
  readonly seenNames = new IdList();
  /** Per vocabulary word, during one word lookup: already compared. */
  vocabSeen = new Uint8Array(0);
  /** 1 for generic vocabulary words (kept flat: reading it through the word's token costs a cache miss). */
  vocabGeneric = new Uint8Array(0);
  /** trigram → word length → vocabulary ids (while building; then flat in alphaPostings) */
  readonly alphaGrams = new Map<string, number[][]>();
  alphaPostings = LengthPostings.EMPTY;
  readonly hanGrams = new Map<string, number[]>();
  readonly skeletons = new Map<string, number[]>();
  /** skeleton trigram → skeleton length → vocabulary ids (while building; then flat in skeletonPostings) */
  readonly skeletonGrams = new Map<string, number[][]>();
  skeletonPostings = LengthPostings.EMPTY;
  joinedGrams?: GramLists;
  joinedSkeletonGrams?: GramLists;
  readonly maxIdf: number;
  /** A large list: a match on one katakana word alike in sound only is held below REVIEW (score-names.ts). */
  readonly holdSoundOnly: boolean;
  readonly n: number;
  readonly acc: Float64Array;
  readonly gramCount: Int32Array;
  readonly nameCount: Int32Array;
  /** Per name, during one whole-name lookup: the first gram list holding it (valid while nameCount is not 0). */
  readonly nameFirst: Int32Array;
  /** Per name, during one query: touched by a distinctive word (or found by whole-name lookup). */
  readonly distinct: Uint8Array;
  /** Vocabulary ids of all names' core words, flat (name i: vidFlat[vidStart[i] .. vidStart[i+1])), for locality. */
  vidFlat = new Int32Array(0);
  vidStart = new Int32Array(1);
  /**
   * Per core word of every name, in the order of vidFlat, what the early bound reads, interleaved so that a word's
   * fields lie together (the bound checks many candidates and should not chase token objects): word k's integer
   * fields are tok[k * TOK_STRIDE + F_…] — flags (TOK_LETTER, TOK_JOINABLE, TOK_KANA, TOK_LONG, TOK_STOP), codes of
   * the first two letters as written and of the key, length as written, the longest run of query words it may be
   * compared with, key length and skeleton lengths — and its weights are tokW[2k] (normal) and tokW[2k + 1] (plain).
   * Integers in 32 bits and the weights apart: a word's fields take 32 + 16 bytes, not 88 (fewer cache lines per
   * candidate; the vocabulary ids are read from vidFlat).
   */
  tok = new Int32Array(0);
  tokW = new Float64Array(0);
  /** Per-query scratch of the early bound, per vocabulary word (see QueryDigest). */
  queryScratch = {
    max: new Float64Array(0),
    mask: new Int32Array(0),
    strong: new Int32Array(0),
    set: new IdList(),
  };
  /** Scratch for the early bound: best similarity of each word of the name being checked. */
  bestSim = new Float64Array(0);
  namePlain = new Uint8Array(0);

  readonly lookupCache = new Map<string, WordEntry[]>();
  worthBuf = new Float64Array(0);

  constructor(list: PartyList) {
    this.list = list;
    this.n = Math.max(1, list.entries.length);
    this.maxIdf = Math.log(1 + this.n);
    this.holdSoundOnly = list.entries.length >= SOUND_ONLY_LIST_ENTRIES;
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
    this.nameFirst = new Int32Array(this.names.length);
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
    this.tok = new Int32Array(total * TOK_STRIDE);
    this.tokW = new Float64Array(total * 2);
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
        const k = this.vidStart[ni] + j;
        const o = k * TOK_STRIDE;
        const tok = this.tok;
        tok[o + F_FLAGS] = tokenFlags(t);
        this.tokW[2 * k] = nm.side.w[j];
        this.tokW[2 * k + 1] = nm.side.wPlain[j];
        tok[o + F_CODE] = startCode(t);
        tok[o + F_KEYCODE] = keyCode(t);
        tok[o + F_LEN] = spelled(t);
        // compared with whole run lengths only: len > key.length · 1.6 + 2 holds exactly when len > its floor
        tok[o + F_MAXRUN] = Math.floor(t.key.length * 1.6 + 2);
        tok[o + F_KEYLEN] = t.key.length;
        if (t.script === "latin") {
          rememberSkeletons(t);
          tok[o + F_SKLEN] = t.skeleton!.length;
          tok[o + F_SKRLEN] = t.skeletonR!.length;
        }
      });
    });
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

  dfOf(t: NameToken): number | undefined {
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
    return { tokens: core, w, wPlain, legalFamilies: a.legalFamilies, holdSoundOnly: this.holdSoundOnly };
  }
}

/** Integer fields of one word in BuiltIndex.tok. */
export const TOK_STRIDE = 8;
export const F_FLAGS = 0;
export const F_CODE = 1;
export const F_KEYCODE = 2;
export const F_LEN = 3;
export const F_MAXRUN = 4;
export const F_KEYLEN = 5;
/** Lengths of a Latin word's phonetic skeletons (both readings; token-similarity.ts), for joins with katakana. */
export const F_SKLEN = 6;
export const F_SKRLEN = 7;

export const TOK_LETTER = 1;
export const TOK_JOINABLE = 2;
export const TOK_KANA = 4;
export const TOK_LONG = 8;
export const TOK_STOP = 16;

export function tokenFlags(t: NameToken): number {
  let f = 0;
  if (t.script !== "digit") f |= TOK_LETTER;
  if (t.script === "latin" || t.script === "kana") f |= TOK_JOINABLE;
  if (t.script === "kana") f |= TOK_KANA;
  if (t.key.length >= 4) f |= TOK_LONG;
  if (t.stop) f |= TOK_STOP;
  return f;
}

/** First two letters of a word as written (-1 when shorter); joins need words that start alike. */
export function startCode(t: NameToken): number {
  return twoLetters(t.surface ?? t.key);
}

/** First two letters of a word's key (the form a single word is compared in). */
export function keyCode(t: NameToken): number {
  return twoLetters(t.key);
}

/** The first two UTF-16 units as one 32-bit integer (-1 when shorter); only compared for equality. */
export function twoLetters(x: string): number {
  return x.length >= 2 ? (x.charCodeAt(0) << 16) | x.charCodeAt(1) : -1;
}

export const spelled = (t: NameToken) => (t.surface ?? t.key).length;

function dfKey(t: NameToken): string {
  return t.script === "han" ? `h:${t.key}` : t.script === "digit" ? `d:${t.key}` : `a:${t.key}`;
}
