/**
 * Results of a pure function of one text, remembered per distinct text: order sheets repeat the same end uses,
 * payment terms, addresses and remarks on thousands of rows. Only for functions whose result depends on nothing but
 * the text (and module constants such as a vocabulary): then an entry can never go stale. Results must not be
 * mutated by callers (arrays are frozen by the callers that cache them). Bounded: the memo is emptied when full.
 * `setTextMemo(false)` turns every memo off (tests compare the two).
 */
const LIMIT = 5_000;
let enabled = true;
const all: Array<Map<string, unknown>> = [];

export function setTextMemo(on: boolean): void {
  enabled = on;
  for (const m of all) m.clear();
}

export interface TextMemo<R> {
  get(text: string, compute: (text: string) => R): R;
}

export function textMemo<R>(): TextMemo<R> {
  const map = new Map<string, R>();
  all.push(map as Map<string, unknown>);
  return {
    get(text, compute) {
      if (!enabled) return compute(text);
      const known = map.get(text);
      if (known !== undefined || map.has(text)) return known as R;
      const value = compute(text);
      if (map.size >= LIMIT) map.clear();
      map.set(text, value);
      return value;
    },
  };
}

/** One memo per key object (a vocabulary array, a rule list): the same key, the same memo. */
export function keyedTextMemo<K extends object, R>(): (key: K) => TextMemo<R> {
  const memos = new Map<K, TextMemo<R>>();
  return (key) => {
    let m = memos.get(key);
    if (!m) memos.set(key, (m = textMemo<R>()));
    return m;
  };
}
