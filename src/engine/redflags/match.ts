/** Finding a vocabulary word in a text: Latin words at word boundaries, other scripts as substrings. */
const cache = new Map<readonly string[], Array<{ word: string; re: RegExp | null }>>();

function compile(words: readonly string[]) {
  let c = cache.get(words);
  if (!c) {
    c = words.map((w) => {
      const lw = w.toLowerCase();
      if (/^[\x00-\x7F]+$/.test(lw)) {
        const esc = lw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return { word: w, re: new RegExp(`(^|[^a-z0-9])${esc}($|[^a-z0-9])`) };
      }
      return { word: lw, re: null };
    });
    cache.set(words, c);
  }
  return c;
}

/** The first vocabulary word found in the text, or undefined. */
export function findWord(text: string, words: readonly string[]): string | undefined {
  const t = text.normalize("NFKC").toLowerCase();
  if (!t) return undefined;
  for (const { word, re } of compile(words)) {
    if (re ? re.test(t) : t.includes(word)) return word;
  }
  return undefined;
}

/** True when the whole text (trimmed, lower case) is one of the words. */
export function isOneOf(text: string, words: readonly string[]): boolean {
  const t = text.normalize("NFKC").toLowerCase().trim().replace(/[.。]$/, "");
  return words.some((w) => w.toLowerCase() === t);
}
