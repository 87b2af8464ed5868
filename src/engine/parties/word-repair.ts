/**
 * Word breaks repaired against a list's own vocabulary (issue 10, recall): order sheets break a name's word at a
 * line end without a hyphen ("Mah⏎rous Trading FZE", "Korea Compu⏎ter Center") and run a name's words together
 * ("EastStar", "MKSInternational Co.,Ltd.", "IRANSHIPBUILDING LLC"). Neither the cell as written nor its parts meet
 * the list's words, and the index's joins (words written together or apart) are tried only when a word finds
 * nothing at all. This reading repairs the breaks, but only where the list's own words say how:
 *  - a line break between two letters is taken out when the joined word is a word of the list (or a legal-form
 *    word: LIABI⏎LITY); with a hyphen before the break too (BAH-⏎ARESTAN);
 *  - a Latin word of five letters or more that is not a word of the list is cut into two to four words of the list
 *    (legal-form words and abbreviations count; a two-letter piece only at the start, as acronyms are: TS COMPANY,
 *    NA Enterprises, or a legal form or stop word: NPOOFELECTROMECHANICS), the fewest and the most pieces, and
 *    only when the pieces stand next to each other in a name of the list (AIRBUS is not "air bus").
 * The repaired text is searched beside the cell as written, never instead of it. Pure; the vocabulary is given by
 * the caller (the screener's indexes).
 */
import { LATIN_LEGAL_FORMS, STOP_WORDS, SYNONYMS } from "./name-tables";

/** Whether a lower-case ASCII word is a word of the list(s). */
export type HasWord = (key: string) => boolean;
/** Whether two words (keys) stand next to each other in a name of the list(s). */
export type HasPair = (a: string, b: string) => boolean;

let legalWords: Set<string> | undefined;
function isLegalWord(k: string): boolean {
  if (!legalWords) {
    legalWords = new Set<string>();
    for (const f of LATIN_LEGAL_FORMS) for (const k of f.keys) legalWords.add(k);
  }
  return legalWords.has(k);
}

/** A word of the list, a legal-form word, or an abbreviation the analyser reads as a word of the list (tech). */
function known(k: string, has: HasWord): boolean {
  if (has(k) || isLegalWord(k)) return true;
  const syn = synonymOf(k);
  return syn !== undefined && syn.split(" ").every((w) => has(w) || isLegalWord(w));
}
const synonymOf = (k: string) => (Object.prototype.hasOwnProperty.call(SYNONYMS, k) ? SYNONYMS[k] : undefined);

/**
 * Whether the pieces of a cut stand together in the list's names: every two neighbouring pieces (legal-form words
 * left out, abbreviations read as the analyser reads them) are neighbours in some list name. A run of letters is a
 * name's words written together, not any words of the list (AIRBUS is not "air bus" of an unrelated name).
 */
export function piecesStandTogether(pieces: string[], pair: HasPair): boolean {
  const keys: string[] = [];
  for (const p of pieces) {
    if (isLegalWord(p) && !STOP_WORDS.has(p)) continue;
    const syn = synonymOf(p);
    keys.push(...(syn ? syn.split(" ") : [p]));
  }
  for (let i = 0; i + 1 < keys.length; i++) if (!pair(keys[i], keys[i + 1])) return false;
  return true;
}

/** Shortest word cut into pieces, and the longest. */
const MIN_RUN = 5;
const MAX_RUN = 40;
const MAX_PIECES = 4;

/**
 * The fewest pieces (2–4; with `most`, the most) of the list's words a run of letters is made of, or undefined.
 * Ties: the cut whose shortest piece is longest. (IRANSHIPBUILDING: iran·shipbuilding and iran·ship·building —
 * the list has both ways of writing it.)
 */
export function splitRun(run: string, has: HasWord, most = false): string[] | undefined {
  const n = run.length;
  if (n < MIN_RUN || n > MAX_RUN) return undefined;
  // forward from the start, remembering the best cut of each rest: only positions a known piece reaches are explored
  // (most unknown words have no known first piece, and cost one lookup per possible first piece)
  const memo = new Map<number, { pieces: string[]; min: number } | null>();
  const bestFrom = (i: number, depth: number): { pieces: string[]; min: number } | null => {
    if (i === n) return { pieces: [], min: Infinity };
    if (depth === MAX_PIECES) return null;
    const key = i * (MAX_PIECES + 1) + depth;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let choice: { pieces: string[]; min: number } | null = null;
    for (let j = i + 2; j <= n; j++) {
      if (i === 0 && j === n) continue; // the run itself is not a cut
      const len = j - i;
      const piece = run.slice(i, j);
      // a two-letter piece only at the start of the run (an acronym before a word: TS COMPANY), or a legal form or
      // a stop word
      if (len === 2 && i !== 0 && !isLegalWord(piece) && !STOP_WORDS.has(piece)) continue;
      if (!known(piece, has)) continue;
      const rest = bestFrom(j, depth + 1);
      if (!rest) continue;
      const cand = { pieces: [piece, ...rest.pieces], min: Math.min(len, rest.min) };
      if (
        !choice ||
        (most ? cand.pieces.length > choice.pieces.length : cand.pieces.length < choice.pieces.length) ||
        (cand.pieces.length === choice.pieces.length && cand.min > choice.min)
      )
        choice = cand;
    }
    memo.set(key, choice);
    return choice;
  };
  const out = bestFrom(0, 0);
  return out && out.pieces.length >= 2 ? out.pieces : undefined;
}

/** A line break between two letters, with a hyphen before it or none (spaces around it mean a break between words). */
const BROKEN_WORD = /([A-Za-z]+)(-[ \t]*)?\r?\n([A-Za-z]+)/g;
/** Latin letter runs of a cell (digits, punctuation and other scripts end a run). */
const LETTER_RUN = /[A-Za-z]+/g;

const ORDINAL_SUFFIX = /^(st|nd|rd|th)/i;

/**
 * The cell with its word breaks repaired against the list's words: up to two texts (words run together cut into
 * the fewest and into the most pieces, when those differ), none when nothing was repaired. Only ASCII Latin letters
 * are looked at (other scripts have their own readings).
 */
export function repairWordBreaks(raw: string, has: HasWord, pair: HasPair): string[] {
  if (!raw || raw.length > 300) return [];
  let joinedAny = false;
  let text = raw;
  if (text.includes("\n")) {
    text = text.replace(BROKEN_WORD, (m, a: string, _hyphen: string | undefined, b: string) => {
      const joined = (a + b).toLowerCase();
      // joined only when the joined word is the list's (the cell as written is searched too)
      if (!known(joined, has)) return m;
      joinedAny = true;
      return a + b;
    });
  }
  // the letter runs to cut, each with its cuts (fewest pieces, most pieces); the most only where the fewest exist
  const cuts = new Map<number, { head: string; body: string; fewest: string[]; most: string[] }>();
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(text); m; m = LETTER_RUN.exec(text)) {
    const w = m[0];
    if (w.length < MIN_RUN) continue;
    const at = m.index;
    // an ordinal's letters after its number (23RDRESEARCH…): a piece of their own
    let head = "";
    let body = w;
    if (at > 0 && /[0-9]/.test(text[at - 1]) && ORDINAL_SUFFIX.test(w)) {
      head = w.slice(0, 2);
      body = w.slice(2);
    }
    const k = body.toLowerCase();
    if (known(k, has)) {
      if (head) cuts.set(at, { head, body, fewest: [k], most: [k] });
      continue;
    }
    const fewest = splitRun(k, has);
    if (!fewest || !piecesStandTogether(fewest, pair)) {
      const most = fewest ? splitRun(k, has, true) : undefined;
      if (most && piecesStandTogether(most, pair)) cuts.set(at, { head, body, fewest: most, most });
      continue;
    }
    const most = splitRun(k, has, true) ?? fewest;
    cuts.set(at, { head, body, fewest, most: piecesStandTogether(most, pair) ? most : fewest });
  }
  if (cuts.size === 0) return joinedAny ? [text] : [];
  const out: string[] = [];
  for (const most of [false, true]) {
    let t = "";
    let from = 0;
    for (const [at, c] of cuts) {
      const pieces = most ? c.most : c.fewest;
      // keep the writer's letters (case) in each piece
      const cut: string[] = [];
      let p0 = 0;
      for (const p of pieces) {
        cut.push(c.body.slice(p0, p0 + p.length));
        p0 += p.length;
      }
      t += text.slice(from, at) + (c.head ? c.head + " " : "") + cut.join(" ");
      from = at + c.head.length + c.body.length;
    }
    t += text.slice(from);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}
