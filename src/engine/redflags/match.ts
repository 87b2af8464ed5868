/**
 * Finding a vocabulary word in a text (already NFKC-normalised by cellText): Latin words at word boundaries,
 * other scripts as substrings. Each vocabulary compiles once into a single regular expression.
 */
const compiled = new Map<readonly string[], RegExp>();

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compile(words: readonly string[]): RegExp {
  let re = compiled.get(words);
  if (!re) {
    const lower = [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
    const latin = lower.filter((w) => /^[\x00-\x7F]+$/.test(w)).map(escape);
    const other = lower.filter((w) => !/^[\x00-\x7F]+$/.test(w)).map(escape);
    const parts: string[] = [];
    if (latin.length) parts.push(`(?:^|[^a-z0-9])(${latin.join("|")})(?=$|[^a-z0-9])`);
    if (other.length) parts.push(`(${other.join("|")})`);
    re = new RegExp(parts.join("|"));
    compiled.set(words, re);
  }
  return re;
}

/** The first vocabulary word found in the text, or undefined. */
export function findWord(text: string, words: readonly string[]): string | undefined {
  if (!text) return undefined;
  const m = compile(words).exec(text.toLowerCase());
  if (!m) return undefined;
  return m[1] ?? m[2];
}

const sets = new Map<readonly string[], Set<string>>();

/** True when the whole text (trimmed, lower case, without a final full stop) is one of the words. */
export function isOneOf(text: string, words: readonly string[]): boolean {
  let set = sets.get(words);
  if (!set) sets.set(words, (set = new Set(words.map((w) => w.toLowerCase()))));
  return set.has(
    text
      .toLowerCase()
      .trim()
      .replace(/[.。]$/, ""),
  );
}
