/**
 * Gram postings of the name index (index build and word lookups share them): trigrams of Latin/romaji words and
 * of phonetic skeletons, kept per word length in flat typed arrays; trigram lists of whole names; reusable id lists.
 */
export function trigrams(key: string): string[] {
  const s = `^${key}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** Symbols of coded grams: the word-boundary marks, a–z, 0–9. */
export const GRAM_SYMBOLS = 38;
export const GRAM_CODES = GRAM_SYMBOLS * GRAM_SYMBOLS * GRAM_SYMBOLS;

export function gramSymbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 95; // a–z → 2..27
  if (c >= 48 && c <= 57) return c - 20; // 0–9 → 28..37
  return c === 94 ? 0 : c === 36 ? 1 : -1; // ^ $
}

/** Number of the trigram s[i..i+3) when all three are coded symbols, else -1. */
export function gramCode(s: string, i: number): number {
  const a = gramSymbol(s.charCodeAt(i));
  const b = gramSymbol(s.charCodeAt(i + 1));
  const c = gramSymbol(s.charCodeAt(i + 2));
  return a < 0 || b < 0 || c < 0 ? -1 : (a * GRAM_SYMBOLS + b) * GRAM_SYMBOLS + c;
}

export function bigramsOf(key: string): string[] {
  const cs = [...key];
  const out: string[] = [];
  for (let i = 0; i + 2 <= cs.length; i++) out.push(cs[i] + cs[i + 1]);
  return out;
}

export function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const a = m.get(k);
  if (!a) m.set(k, [v]);
  else if (a[a.length - 1] !== v) a.push(v);
}

/**
 * Postings of gram → word length → vocabulary ids, flat in two typed arrays (a lookup reads one contiguous
 * run per gram instead of chasing a list per length: far fewer cache misses on a large vocabulary).
 * Within a gram the ids are ordered by length, then as they were added.
 */
export class LengthPostings {
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
export class GramLists {
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
export class IdList {
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
export function contains(list: number[], x: number): boolean {
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
