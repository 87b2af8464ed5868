/**
 * Labelled evaluation set for party matching, generated at run time from the real End User List
 * (never committed): a seeded sample of entries, each turned into variants a user would type, with the
 * entry they must find. Independent of the matcher: legal forms, katakana and Cyrillic renderings are
 * produced by the simple rules in this file, Han variants with opencc's cn → tw / cn → jp converters
 * (the matcher folds the other way, t/jp → cn).
 */
import * as fs from "fs";
import * as path from "path";
import { Converter } from "opencc-js/cn2t";
import { KATAKANA_WORDS } from "./katakana-words";
import { toKatakana } from "wanakana";
import type { PartyEntry, PartyList } from "../../../src/engine/parties/list-model";

export interface LabelledQuery {
  query: string;
  country?: string;
  /** Expected match id (`<list>#<entry>`); undefined for a negative. */
  expected?: string;
  kind: string;
  /** The list name the variant was made from. */
  from?: string;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEGAL_WORDS =
  /^(co|co\.|co\.,|company|corp|corp\.|corporation|inc|inc\.|ltd|ltd\.|limited|llc|jsc|ojsc|cjsc|pjsc|oao|zao|ao|ooo|gmbh|plc|pvt|pty|fze|fzc|fzco|llp|\(pvt\)|pvt\.)[,.]*$/i;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const KANA = /[\u3040-\u30ff]/;
const NON_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;

function outsideParens(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/\([^()]*\)/g, " ")
    .replace(/\([^()]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

function isLegal(w: string): boolean {
  return LEGAL_WORDS.test(w.replace(/,$/, ""));
}

const LEGAL_PHRASES =
  /^(open |closed |public |private )?joint[- ]stock company\b|\bjoint[- ]stock company$|\blimited liability company$|^limited liability company\b|\b(co\.?,? ?ltd\.?|company limited|pvt\.? ltd\.?|\(pvt\) ltd\.?|pty\.? ltd\.?)$/i;

function stripLegal(s: string): string {
  let prev = "";
  let cur = s.trim();
  while (prev !== cur) {
    prev = cur;
    cur =
      cur
        .replace(LEGAL_PHRASES, "")
        .replace(/^[\s,.]+|[\s,.]+$/g, "")
        .trim() || prev;
  }
  const ws = words(cur);
  while (ws.length > 1 && isLegal(ws[ws.length - 1])) ws.pop();
  while (ws.length > 1 && isLegal(ws[0])) ws.shift();
  return ws.join(" ").replace(/[,.]+$/, "");
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: "sqz",
  b: "vn",
  c: "xv",
  d: "sf",
  e: "wr",
  f: "dg",
  g: "fh",
  h: "gj",
  i: "uo",
  j: "hk",
  k: "jl",
  l: "k",
  m: "n",
  n: "bm",
  o: "ip",
  p: "o",
  q: "w",
  r: "et",
  s: "ad",
  t: "ry",
  u: "yi",
  v: "cb",
  w: "qe",
  x: "zc",
  y: "tu",
  z: "x",
};

function typo(word: string, r: () => number): string {
  const letters = [...word];
  const idx = letters.map((c, i) => (/[a-z]/i.test(c) ? i : -1)).filter((i) => i > 0);
  if (idx.length < 2) return word;
  const i = idx[Math.floor(r() * idx.length)];
  const op = Math.floor(r() * 4);
  const c = letters[i];
  const upper = c === c.toUpperCase();
  if (op === 0) {
    const nb = KEYBOARD_NEIGHBOURS[c.toLowerCase()] ?? "e";
    const n = nb[Math.floor(r() * nb.length)];
    letters[i] = upper ? n.toUpperCase() : n;
  } else if (op === 1) letters.splice(i, 1);
  else if (op === 2) letters.splice(i, 0, c);
  else if (i + 1 < letters.length && /[a-z]/i.test(letters[i + 1]))
    [letters[i], letters[i + 1]] = [letters[i + 1], letters[i]];
  else letters.splice(i, 1);
  return letters.join("");
}

function fullWidth(s: string): string {
  return [...s]
    .map((c) => (c === " " ? "\u3000" : c >= "!" && c <= "~" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
    .join("");
}

/** Rough Japanese rendering of a Latin word (how staff often write foreign names in katakana). */
export function katakanaOf(word: string): string {
  let s = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!s) return "";
  s = s
    .replace(/tion/g, "shon")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/qu/g, "kw")
    .replace(/x/g, "ks")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/ch(?=[^aeiou]|$)/g, "k")
    .replace(/c(?!h)/g, "k")
    .replace(/th/g, "s")
    .replace(/gh/g, "g")
    .replace(/kh/g, "h")
    .replace(/ng(?=[^aeiou]|$)/g, (_m, off: number, all: string) =>
      all.endsWith("ing") && off === all.length - 2 ? "ngu" : "n",
    )
    .replace(/du/g, "da")
    .replace(/tu/g, "ta")
    .replace(/ee|ea/g, "ii")
    .replace(/oo/g, "uu")
    .replace(/(?<=[^aeiou])y$/, "ii")
    .replace(/(?<=[aeiou])y$/, "i")
    .replace(/(?<=[^aeiou])y(?=[^aeiou])/g, "i")
    .replace(/(?<=[aeiou])h(?=[^aeiouy]|$)/g, "")
    .replace(/di/g, "dhi")
    .replace(/ti(?!on)/g, "thi")
    .replace(/([aeiou])r(?=[^aeiouy]|$)/g, "$1-")
    .replace(/l/g, "r")
    .replace(/w(?=[^aeiou]|$)/g, "u")
    .replace(/(?<=[aeiu])([ktp])$/, "$1$1");
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if ("aeiou-".includes(c)) {
      out += c;
      i++;
      continue;
    }
    if (c === "y" && "aeiou".includes(s[i + 1] ?? "")) {
      out += c;
      i++;
      continue;
    }
    // consonant: keep digraphs together
    const two = s.slice(i, i + 2);
    const cons = ["sh", "ch", "ts", "th", "dh", "ky", "ny", "ry", "gy", "by", "py", "my", "hy", "zh", "kh"].includes(
      two,
    )
      ? two
      : c;
    const next = s[i + cons.length] ?? "";
    if ("aeiouy".includes(next) && next !== "") {
      out += cons === "zh" ? "j" : cons === "kh" ? "h" : cons;
      i += cons.length;
      continue;
    }
    if (c === "n") {
      out += "n";
      i++;
      continue;
    }
    if (next === c && "kptsg".includes(c) && out !== "") {
      out += c; // doubled consonant: wanakana writes a small tsu for "kk", "tt" …
      i++;
      continue;
    }
    const epenthetic = cons === "t" || cons === "d" ? "o" : cons === "ch" || cons === "sh" || cons === "j" ? "i" : "u";
    out += (cons === "zh" ? "j" : cons === "kh" ? "h" : cons) + epenthetic;
    i += cons.length;
  }
  return toKatakana(out);
}

const CYR: Array<[string, string]> = [
  ["shch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ts", "ц"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["yu", "ю"],
  ["ya", "я"],
  ["yo", "ё"],
  ["iy", "ий"],
  ["yy", "ый"],
  ["ye", "е"],
  ["a", "а"],
  ["b", "б"],
  ["v", "в"],
  ["g", "г"],
  ["d", "д"],
  ["e", "е"],
  ["z", "з"],
  ["i", "и"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["f", "ф"],
  ["h", "х"],
  ["c", "к"],
  ["w", "в"],
  ["x", "кс"],
  ["j", "дж"],
  ["q", "к"],
];
const CYR_LEGAL: Record<string, string> = {
  jsc: "АО",
  ao: "АО",
  llc: "ООО",
  ooo: "ООО",
  ojsc: "ОАО",
  oao: "ОАО",
  pjsc: "ПАО",
  pao: "ПАО",
  cjsc: "ЗАО",
  zao: "ЗАО",
};

/** Russian spelling of a transliterated Russian name (rule-based; legal forms as their Russian abbreviations). */
export function cyrillicOf(name: string): string {
  return words(name.replace(/[“”"«»]/g, ""))
    .map((w) => {
      const legal = CYR_LEGAL[w.toLowerCase().replace(/[.,]/g, "")];
      if (legal) return legal;
      // numbers and Latin acronyms stay as they are
      if (/\d/.test(w) || /^[A-Z]{2,5}[.,]?$/.test(w)) return w;
      return w
        .split("-")
        .map((part) => {
          let s = part.toLowerCase();
          let out = "";
          while (s.length > 0) {
            if (/^y(?=[^aeiou]|$)/.test(s) && out !== "" && /[аеиоуыэюя]$/.test(out)) {
              out += "й";
              s = s.slice(1);
              continue;
            }
            if (s[0] === "y") {
              out += "ы";
              s = s.slice(1);
              continue;
            }
            const m = CYR.find(([l]) => s.startsWith(l));
            if (m) {
              out += m[1];
              s = s.slice(m[0].length);
            } else {
              out += s[0];
              s = s.slice(1);
            }
          }
          return part.length > 1 && part === part.toUpperCase()
            ? out.toUpperCase()
            : out.charAt(0).toUpperCase() + out.slice(1);
        })
        .join("-");
    })
    .join(" ");
}

/** English words that show a name is English, not a transliterated Russian one. */
const ENGLISH =
  /\b(research|production|plant|corporation|institute|state|federal|design|bureau|engineering|scientific|enterprise|company|center|centre|joint|stock|association|industrial|factory|machine|building|named|after|and|of|the|for|service|agency|group|holding|systems|technologies|electronics|works|defense|aviation|academy|university|radio|space|missile|military|trading|international|limited|concern|federation|russian|ministry|special|plants|navigation|instruments|optical|laser|technology|precision|shipyard|arsenal|national|intelligence|security|unitary|open)\b/i;

function latinForms(e: PartyEntry): string[] {
  return [e.name, ...e.aliases].map(outsideParens).filter((s) => s.length >= 4 && !NON_LATIN.test(s));
}

function hanForms(e: PartyEntry): string[] {
  const out: string[] = [];
  for (const n of [e.name, ...e.aliases]) {
    const nf = n.normalize("NFKC");
    for (const m of nf.matchAll(/\(([^()]*)\)/g)) if (HAN.test(m[1]) && !KANA.test(m[1])) out.push(m[1].trim());
    if (HAN.test(nf) && !/[A-Za-z]/.test(nf) && !KANA.test(nf)) out.push(nf.trim());
  }
  return out.filter((s) => [...s].length >= 4);
}

type Maker = (e: PartyEntry, r: () => number) => { query: string; from: string } | undefined;

function pick<T>(xs: T[], r: () => number): T | undefined {
  return xs.length ? xs[Math.floor(r() * xs.length)] : undefined;
}

let wordFrequency: Map<string, number> | undefined;
let toTraditional: ((s: string) => string) | undefined;
let toJapanese: ((s: string) => string) | undefined;

const MAKERS: Record<string, Maker> = {
  case: (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const k = Math.floor(r() * 3);
    const q =
      k === 0
        ? f.toLowerCase()
        : k === 1
          ? f.toUpperCase()
          : f.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
    return { query: q, from: f };
  },
  punctuation: (e, r) => {
    const f = pick(
      latinForms(e).filter((s) => /[.,'&\-()"]/.test(s)),
      r,
    );
    if (!f) return undefined;
    return {
      query: f
        .replace(/[.,'"“”]/g, "")
        .replace(/-/g, r() < 0.5 ? " " : "")
        .replace(/&/g, " and ")
        .replace(/\s+/g, " ")
        .trim(),
      from: f,
    };
  },
  "legal-form": (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const stripped = stripLegal(f);
    // a name that is a number plus a legal form ("4.27 Corporation") is never screened on the number alone
    if (!/[A-Za-z]{2}/.test(stripped.replace(/\b\d+\w*\b/g, ""))) return undefined;
    if (stripped !== f && words(stripped).length >= 1 && stripped.length >= 4) return { query: stripped, from: f };
    const extra = pick([" Co., Ltd.", " LLC", " Limited", " Corporation", " JSC", " Inc."], r) ?? " Ltd";
    return { query: f + extra, from: f };
  },
  typo1: (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const ws = words(f);
    const cands = ws
      .map((w, i) => (w.replace(/[^A-Za-z]/g, "").length >= 5 && !isLegal(w) ? i : -1))
      .filter((i) => i >= 0);
    const i = pick(cands, r);
    if (i === undefined) return undefined;
    ws[i] = typo(ws[i], r);
    return { query: ws.join(" "), from: f };
  },
  typo2: (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const ws = words(f);
    const cands = ws
      .map((w, i) => (w.replace(/[^A-Za-z]/g, "").length >= 6 && !isLegal(w) ? i : -1))
      .filter((i) => i >= 0);
    if (cands.length >= 2) {
      const a = cands.splice(Math.floor(r() * cands.length), 1)[0];
      const b = cands[Math.floor(r() * cands.length)];
      ws[a] = typo(ws[a], r);
      ws[b] = typo(ws[b], r);
    } else {
      const long = ws.findIndex((w) => w.replace(/[^A-Za-z]/g, "").length >= 9 && !isLegal(w));
      if (long < 0) return undefined;
      ws[long] = typo(typo(ws[long], r), r);
    }
    return { query: ws.join(" "), from: f };
  },
  "word-order": (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const core = words(stripLegal(f));
    if (core.length < 2) return undefined;
    const i = Math.floor(r() * (core.length - 1));
    [core[i], core[i + 1]] = [core[i + 1], core[i]];
    return { query: core.join(" "), from: f };
  },
  "missing-word": (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f || !wordFrequency) return undefined;
    const freq = wordFrequency;
    const core = words(stripLegal(f));
    if (core.length < 3) return undefined;
    const f0 = (w: string) => freq.get(w.toLowerCase().replace(/[^a-z0-9]/g, "")) ?? 0;
    // Users leave out common words ("Korea", "Trading", "General"), not the rare one that names the party.
    const rareIdx = core.map((w, i) => (f0(w) <= 2 && w.length >= 3 ? i : -1)).filter((i) => i >= 0);
    if (rareIdx.length === 0) return undefined;
    const choices = core
      .map((_w, i) => i)
      .filter((i) => !rareIdx.includes(i) || rareIdx.length > 1)
      .filter((i) => !/^(of|the|and|for|&)$/i.test(core[i]));
    if (choices.length === 0) return undefined;
    const drop = choices.reduce((bi, i) => (f0(core[i]) > f0(core[bi]) ? i : bi), choices[0]);
    return { query: core.filter((_, i) => i !== drop).join(" "), from: f };
  },
  "full-width": (e, r) => {
    const f = pick(latinForms(e), r);
    return f ? { query: fullWidth(f), from: f } : undefined;
  },
  katakana: (e, r) => {
    const f = pick(
      latinForms(e).filter((s) => words(stripLegal(s)).length <= 4),
      r,
    );
    if (!f) return undefined;
    const core = words(stripLegal(f).replace(/[-/]/g, " ")).filter((w) => !/^(of|the|and|for|&)$/i.test(w));
    if (core.length === 0 || core.some((w) => /\d/.test(w) || w.replace(/[^A-Za-z]/g, "").length < 2)) return undefined;
    const sep = pick(["・", "", " "], r) ?? "";
    // Acronyms stay in Latin letters (NPO, FSUE, SMT); other words go into katakana.
    const render = (w: string) =>
      /^[A-Z]{2,5}$/.test(w.replace(/[^A-Za-z]/g, "")) && w === w.toUpperCase() && !KATAKANA_WORDS[w.toLowerCase()]
        ? w
        : (KATAKANA_WORDS[w.toLowerCase().replace(/[^a-z]/g, "")] ?? katakanaOf(w));
    const parts = core.map(render);
    let q = parts.reduce(
      (acc, p, i) => (i === 0 ? p : /^[A-Za-z]/.test(p) || /[A-Za-z]$/.test(acc) ? `${acc} ${p}` : `${acc}${sep}${p}`),
      "",
    );
    const legal = r();
    if (legal < 0.3) q = `株式会社${q}`;
    else if (legal < 0.5) q = `${q}社`;
    return { query: q, from: f };
  },
  "han-variant": (e, r) => {
    const f = pick(hanForms(e), r);
    if (!f) return undefined;
    const trad = (toTraditional ??= Converter({ from: "cn", to: "tw" }));
    const jp = (toJapanese ??= Converter({ from: "cn", to: "jp" }));
    const options = [trad(f), jp(f)].filter((x) => x !== f);
    const q = pick(options, r);
    return q ? { query: q, from: f } : undefined;
  },
  "han-legal": (e, r) => {
    const f = pick(
      hanForms(e).filter((s) => /(股份有限公司|有限公司|会社|公司)$/.test(s)),
      r,
    );
    if (!f) return undefined;
    const q = /股份有限公司$/.test(f)
      ? f.replace(/股份有限公司$/, "有限公司")
      : /総?会社$/.test(f)
        ? f.replace(/総?会社$/, "")
        : f.replace(/(有限責任|有限责任|有限)?公司$/, "");
    return q && [...q].length >= 3 ? { query: q, from: f } : undefined;
  },
  cyrillic: (e, r) => {
    if (e.country !== "RU") return undefined;
    const f = pick(
      latinForms(e).filter((s) => !ENGLISH.test(s) && !/\b(ltd|llc|inc|corp|co)\b/i.test(s)),
      r,
    );
    if (!f) return undefined;
    const q = cyrillicOf(f);
    return /[\u0400-\u04ff]/.test(q) ? { query: q, from: f } : undefined;
  },
};

export const VARIANT_KINDS = Object.keys(MAKERS);

/**
 * Variants for a seeded sample of `sample` entries: each entry gets two kinds in rotation (the next kinds
 * that apply when one does not), every Han- and Cyrillic-capable entry gets one of those too.
 */
export function generatePositives(list: PartyList, seed = 20250929, sample = 300): LabelledQuery[] {
  const r = rng(seed);
  wordFrequency = new Map();
  for (const e of list.entries) {
    const seen = new Set<string>();
    for (const n of [e.name, ...e.aliases])
      for (const w of words(n.toLowerCase())) seen.add(w.replace(/[^a-z0-9]/g, ""));
    for (const w of seen) wordFrequency.set(w, (wordFrequency.get(w) ?? 0) + 1);
  }
  const order = list.entries.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const out: LabelledQuery[] = [];
  const latinKinds = VARIANT_KINDS.filter((k) => !["han-variant", "han-legal", "cyrillic"].includes(k));
  order.slice(0, sample).forEach((ei, n) => {
    const e = list.entries[ei];
    const expected = `${list.id}#${e.id}`;
    const country = r() < 0.6 ? e.country : undefined;
    const made = new Set<string>();
    const tryKind = (kind: string) => {
      const v = MAKERS[kind](e, r);
      if (!v || made.has(v.query) || v.query.trim() === "") return false;
      made.add(v.query);
      const q: LabelledQuery = { query: v.query, expected, kind, from: v.from };
      if (country) q.country = country;
      out.push(q);
      return true;
    };
    for (const start of [n % latinKinds.length, (n + 4) % latinKinds.length]) {
      for (let k = 0; k < latinKinds.length; k++) if (tryKind(latinKinds[(start + k) % latinKinds.length])) break;
    }
    if (hanForms(e).length > 0 && !tryKind(r() < 0.6 ? "han-variant" : "han-legal")) tryKind("han-variant");
    if (e.country === "RU") tryKind("cyrillic");
  });
  return out;
}

function readLines(file: string): string[] {
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** Hand-written negatives: `name` or `name<TAB>country`, one per line, in test/parties/negatives/*.txt. */
export function loadNegatives(): LabelledQuery[] {
  const dir = path.join(__dirname, "..", "negatives");
  const out: LabelledQuery[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith(".txt"))
    .sort()) {
    for (const line of readLines(path.join(dir, f))) {
      const [query, country] = line.split("\t");
      const q: LabelledQuery = { query, kind: `negative:${f.replace(/\.txt$/, "")}` };
      if (country) q.country = country.trim();
      out.push(q);
    }
  }
  return out;
}

/** Hand-written realistic renderings (katakana, kanji, Russian) of listed names: `query<TAB>country<TAB>entry-id<TAB>note`. */
export function loadHandwrittenPositives(listId = "meti-eul"): LabelledQuery[] {
  const file = path.join(__dirname, "..", "positives-handwritten.tsv");
  return readLines(file).map((line) => {
    const [query, country, id, note] = line.split("\t");
    const kind = /\(translation\)/.test(note ?? "") ? "handwritten-translation" : "handwritten";
    const q: LabelledQuery = { query, expected: `${listId}#${id}`, kind, from: note };
    if (country) q.country = country;
    return q;
  });
}
