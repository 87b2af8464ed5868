/**
 * Scores a query name against one list name, 0–1, and says why.
 * Tokens are aligned one to one (best pairs first; a word written together may align with several written
 * apart, e.g. Chongchongang ↔ Chong Chon Gang or ベンテックコンピューター ↔ Bentech Computer). The score is the
 * weighted share of aligned similarity, where each word weighs by its rarity on the list (generic words
 * little), a query word with no partner costs 0.8 of its weight and a list word with no partner 0.35
 * (users shorten long official names). Then: numbers that differ cost 0.35 (as does a missing number when
 * the number is all that tells a list name apart), a name matched on generic words
 * only is held below REVIEW, a one-word acronym of four letters or fewer is held at REVIEW, and different
 * legal-form families cost 0.02 (a weak feature). A list name made of generic words only is told apart by its
 * exact combination: its words keep their full weight and every extra word on either side costs in full.
 */
import { makeToken, type AnalyzedName, type NameToken } from "./analyze-name";
import { foldHan } from "./han-fold";
import { INSTITUTION_WORDS, ORGANISATION_KINDS, PLACE_WORDS, QUALIFIER_WORDS } from "./name-tables";
import { joinedSkeleton, kanaLatinMayReach, rememberSkeletons, tokenSimilarity } from "./token-similarity";

export const QUERY_EXTRA_COST = 0.8;
export const LIST_EXTRA_COST = 0.35;
export const DIGIT_MISMATCH_PENALTY = 0.35;
export const DIGIT_PARTIAL_PENALTY = 0.1;
export const DIGIT_ONE_SIDED_PENALTY = 0.05;
export const LEGAL_FAMILY_PENALTY = 0.02;
export const GENERIC_ONLY_CAP = 0.6;
/** Similarity a distinctive word needs to count as matched. */
export const DISTINCTIVE_MIN_SIMILARITY = 0.7;
/**
 * A list name that is a short acronym (four letters or fewer), written exactly as the whole cell, is held here: at
 * REVIEW, never a hit. 0.85 so that it stays at REVIEW after a different country's penalty (0.85 − 0.15 = 0.70): an
 * exact listed acronym to another destination is still a listed party to look at (IRGC's alias AGIR on an order to
 * Thailand), not a clearance.
 */
export const SHORT_ACRONYM_CAP = 0.85;
/**
 * …and below REVIEW when the acronym is not spelt exactly (BYD / BID) or the cell has a distinctive word besides
 * it (SAIC Motor / SAIC): a short name needs whole-token support (issue 10, point 5).
 */
export const SHORT_ACRONYM_WEAK_CAP = 0.65;
/**
 * A match that rests on one katakana word alone, compared by sound (or by spelling) with Latin words and not close
 * (below 0.9: a short skeleton of three consonants, a skeleton one consonant off, a romaji key a letter off), is
 * held below REVIEW: ファナック / FINIKIA, オリンパス / OLYMPIA, リコー / EIKO, ソフトバンク / SBERBANK (issue 10,
 * point 5). Another paired word (a generic word, a second katakana word) lifts the hold. Only on lists of
 * SOUND_ONLY_LIST_ENTRIES entries or more (the SDN list, 18,000): the chance of such a coincidence grows with the
 * number of names, and on the End User List (835) a katakana rendering of a listed name (ケプレー / Kepler,
 * スホーイ / Sukhoi) must still come to REVIEW.
 */
export const SOUND_ONLY_CAP = 0.68;
export const SOUND_ONLY_BELOW = 0.9;
export const SOUND_ONLY_LIST_ENTRIES = 5000;
/** Different kinds of organisation on each side, neither paired (university / bank, university / airline). */
export const KIND_MISMATCH_PENALTY = 0.25;
/** Similarity a join (words written together against words written apart) needs. */
export const JOIN_MIN_SIMILARITY = 0.8;
/** A word that tells near-miss institutions apart, present on one side only (师范, 理工, Medical …). */
export const QUALIFIER_MISMATCH_PENALTY = 0.25;
/** A different city, province or country on each side, neither paired. */
export const PLACE_MISMATCH_PENALTY = 0.25;

const asSet = (ws: string[]) => new Set(ws.flatMap((w) => [w, foldHan(w)]));
let institutionSet: Set<string> | undefined;
let qualifierSet: Set<string> | undefined;
let placeSet: Set<string> | undefined;
let kindOf: Map<string, string> | undefined;

function organisationKinds(): Map<string, string> {
  if (!kindOf) {
    kindOf = new Map();
    for (const [kind, words] of Object.entries(ORGANISATION_KINDS))
      for (const w of words) {
        kindOf.set(w, kind);
        kindOf.set(foldHan(w), kind);
      }
  }
  return kindOf;
}

export interface NameScore {
  score: number;
  aligned: Array<[string, string, number]>;
  notes: string[];
}

/** Weight of a token; `plain` asks for the rarity weight without the generic-word discount. */
export type TokenWeight = (t: NameToken, plain?: boolean) => number;

const joinable = (t: NameToken) => t.script === "latin" || t.script === "kana";
const round = (x: number) => Math.round(x * 1000) / 1000;

function tokenLabel(t: NameToken): string {
  return t.script === "kana" || t.origin ? `${t.text}(${t.key})` : t.key;
}

/** Windows of 2–4 consecutive joinable tokens of `many` whose joined key is similar to `single`. */
function joinCandidates(
  single: NameToken,
  many: NameToken[],
  singleIsQuery: boolean,
  out: Array<{ start: number; n: number; s: number }>,
): void {
  out.length = 0;
  if (!joinable(single) || single.key.length < 4 || many.length < 2) return;
  // A katakana word joined against several Latin words is compared on sound only: it needs five consonants.
  if (single.script === "kana") {
    rememberSkeletons(single);
    if (single.skeleton!.length < 5) return;
  }
  const minLen = single.key.length * 0.6;
  const first = single.key[0];
  for (let i = 0; i < many.length; i++) {
    if (!joinable(many[i])) continue;
    // Latin joins start like the single word (two letters); katakana is compared on sound, where letters vary.
    const head = many[i].surface ?? many[i].key;
    if (single.script !== "kana" && many[i].script !== "kana" && (head[0] !== first || head[1] !== single.key[1]))
      continue;
    let key = many[i].surface ?? many[i].key;
    let kana = many[i].script === "kana";
    // skeleton lengths of the run so far (kept only while it is all Latin, for katakana single words)
    let skLen = 0;
    let skRLen = 0;
    if (single.script === "kana" && !kana) {
      rememberSkeletons(many[i]);
      skLen = many[i].skeleton!.length;
      skRLen = many[i].skeletonR!.length;
    }
    for (let j = i + 1; j < many.length && j - i < 4; j++) {
      if (!joinable(many[j])) break;
      key += many[j].surface ?? many[j].key;
      kana ||= many[j].script === "kana";
      if (key.length > single.key.length * 1.6 + 2) break;
      if (key.length < minLen && single.script !== "kana") continue;
      if (!kana && single.script === "kana") {
        // katakana against Latin words: only runs whose length could be close enough are built and compared
        rememberSkeletons(many[j]);
        skLen += many[j].skeleton!.length;
        skRLen += many[j].skeletonR!.length;
        if (
          !kanaLatinMayReach(single.key.length, single.skeleton!.length, key.length, skLen, skRLen, JOIN_MIN_SIMILARITY)
        )
          continue;
      }
      const joined = makeToken(key, key, kana ? "kana" : "latin");
      if (!kana && single.script === "kana") {
        joined.skeleton = joinedSkeleton(many.slice(i, j + 1));
        joined.skeletonR = joinedSkeleton(many.slice(i, j + 1), true);
      }
      const s = singleIsQuery ? tokenSimilarity(single, joined) : tokenSimilarity(joined, single);
      if (s >= JOIN_MIN_SIMILARITY) out.push({ start: i, n: j - i + 1, s });
    }
  }
}

/** One side of a comparison: core tokens and their weights (normal, and without the generic-word discount). */
export interface ScoringSide {
  tokens: NameToken[];
  w: ArrayLike<number>;
  wPlain: ArrayLike<number>;
  legalFamilies: string[];
  /**
   * On a list side: hold a match on one katakana word alike in sound only below REVIEW (lists of many thousand
   * names, where such coincidences are common; see SOUND_ONLY_CAP).
   */
  holdSoundOnly?: boolean;
}

/**
 * Similarities of the query's words to list word j (one value per query word), or undefined when no query word
 * resembles it. Rows let the index answer from its per-query lookups without computing pairs again.
 */
export interface SimilarityRows {
  row(j: number): ArrayLike<number> | undefined;
}

// Scratch buffers reused by every call (scoring is synchronous and not re-entrant).
let cap = 0;
let bQi = new Int32Array(0);
let bQn = new Int32Array(0);
let bCj = new Int32Array(0);
let bCn = new Int32Array(0);
let bS = new Float64Array(0);
let bW = new Float64Array(0);
let bOrder = new Int32Array(0);
let bSel = new Int32Array(0);
let tokCap = 0;
let bestQ = new Float64Array(0);
let bestC = new Float64Array(0);
let qFree = new Uint8Array(0);
let cFree = new Uint8Array(0);
const joinScratch: Array<{ start: number; n: number; s: number }> = [];
const NO_ALIGNED: Array<[string, string, number]> = [];
const NO_NOTES: string[] = [];

function ensurePairs(n: number): void {
  if (n <= cap) return;
  const grow = Math.max(n, cap * 2, 64);
  const copyI = (a: Int32Array) => {
    const b = new Int32Array(grow);
    b.set(a);
    return b;
  };
  const copyF = (a: Float64Array) => {
    const b = new Float64Array(grow);
    b.set(a);
    return b;
  };
  bQi = copyI(bQi);
  bQn = copyI(bQn);
  bCj = copyI(bCj);
  bCn = copyI(bCn);
  bS = copyF(bS);
  bW = copyF(bW);
  bOrder = new Int32Array(grow);
  bSel = new Int32Array(grow);
  cap = grow;
}

function ensureTokens(n: number): void {
  if (n <= tokCap) return;
  tokCap = Math.max(n, tokCap * 2, 32);
  bestQ = new Float64Array(tokCap);
  bestC = new Float64Array(tokCap);
  qFree = new Uint8Array(tokCap);
  cFree = new Uint8Array(tokCap);
}

let nPairs = 0;

function digits(ts: NameToken[]): string {
  return ts
    .filter((t) => t.script === "digit")
    .map((t) => t.key)
    .join(" ");
}

function pushPair(qi: number, qn: number, cj: number, cn: number, sim: number, w: number): void {
  ensurePairs(nPairs + 1);
  bQi[nPairs] = qi;
  bQn[nPairs] = qn;
  bCj[nPairs] = cj;
  bCn[nPairs] = cn;
  bS[nPairs] = sim;
  bW[nPairs] = w;
  nPairs++;
}

function sumW(w: ArrayLike<number>, from: number, n: number): number {
  let s = 0;
  for (let j = from; j < from + n; j++) s += w[j];
  return s;
}

function sameStart(a: NameToken, b: NameToken): boolean {
  if (a.script === "kana" || b.script === "kana") return true;
  const x = a.surface ?? a.key;
  const y = b.surface ?? b.key;
  return x[0] === y[0] && x[1] === y[1];
}

/**
 * Whether list word j could still be covered by a join (see joinCandidates): as part of a run of list words
 * that a free query word spells together, or as one long list word that a run of query words spells apart.
 * Deliberately generous: it only has to be true whenever a join is possible.
 */
function mayJoin(Q: NameToken[], C: NameToken[], j: number, bestQ: Float64Array): boolean {
  if (!joinable(C[j])) return false;
  // a query word written together covering list words i0..j (run of up to four joinable words)
  for (let i0 = Math.max(0, j - 3); i0 <= j; i0++) {
    let run = true;
    for (let k = i0; k <= j; k++) if (!joinable(C[k])) run = false;
    if (!run) continue;
    for (let i = 0; i < Q.length; i++) {
      const qt = Q[i];
      if (qt.stop || bestQ[i] >= 0.9 || !joinable(qt) || qt.key.length < 4) continue;
      if (sameStart(qt, C[i0])) return true;
    }
  }
  // the list word written together, the query's words apart
  if (C[j].key.length >= 4) for (const qt of Q) if (joinable(qt) && sameStart(C[j], qt)) return true;
  return false;
}

/**
 * The scoring core. `explain` adds the aligned tokens and notes (the index scores without them first and
 * explains only what it returns).
 */
export function scoreSides(
  q: ScoringSide,
  c: ScoringSide,
  rows: SimilarityRows,
  explain: boolean,
  minScore = 0,
): NameScore {
  const Q = q.tokens;
  const C = c.tokens;
  const nq = Q.length;
  const nc = C.length;
  if (nq === 0 || nc === 0) return { score: 0, aligned: NO_ALIGNED, notes: NO_NOTES };
  const notes: string[] = explain ? [] : NO_NOTES;
  // A list name made only of generic words ("Advanced Technologies", "Golden Star Co") is told apart by the
  // exact combination: its words keep their full rarity weight and extra words on either side cost fully.
  // Numbers tell names apart too (221 General Bureau, Korea 56 Trading).
  let cLettersDistinctive = false;
  let cDigits = false;
  for (let j = 0; j < nc; j++) {
    const t = C[j];
    if (t.script === "digit") cDigits = true;
    else if (!t.generic && !t.stop) cLettersDistinctive = true;
  }
  const cHasDistinctive = cLettersDistinctive || cDigits;
  const plain = !cHasDistinctive;
  const wq = plain ? q.wPlain : q.w;
  const wc = plain ? c.wPlain : c.w;
  const queryExtraCost = plain ? 1 : QUERY_EXTRA_COST;
  const listExtraCost = plain ? 1 : LIST_EXTRA_COST;
  if (plain && explain)
    notes.push(
      "一般的な語だけの掲載名: 語の組み合わせ全体の一致が必要 / list name has generic words only: exact combination needed",
    );
  // 1. Alignment, best pairs first: one word to one word, or one word to a run of words written apart.
  ensureTokens(Math.max(nq, nc));
  bestQ.fill(0, 0, nq);
  bestC.fill(0, 0, nc);
  nPairs = 0;
  for (let j = 0; j < nc; j++) {
    const cj = C[j];
    if (cj.stop) {
      for (let i = 0; i < nq; i++) {
        if (!Q[i].stop && Q[i].key === cj.key) {
          pushPair(i, 1, j, 1, 1, wc[j]);
          bestQ[i] = 1;
          bestC[j] = 1;
        }
      }
      continue;
    }
    const row = rows.row(j);
    if (!row) continue;
    for (let i = 0; i < nq; i++) {
      const sim = row[i];
      if (sim > 0 && !Q[i].stop) {
        pushPair(i, 1, j, 1, sim, wc[j]);
        if (sim > bestQ[i]) bestQ[i] = sim;
        if (sim > bestC[j]) bestC[j] = sim;
      }
    }
  }
  // Early exit: an upper bound on the score from the pairs found so far, counting every word that a join
  // could still cover as matched in full. Query words without a partner only lower the score, so they are left
  // out. Proof sketch: den ≥ c·L + (1−c)·N and N ≤ U, so score ≤ U / (c·L + (1−c)·U).
  if (minScore > 0 && !explain) {
    let u = 0;
    let l = 0;
    for (let j = 0; j < nc; j++) {
      const t = C[j];
      if (t.script !== "digit") l += wc[j];
      u += wc[j] * (bestC[j] >= 1 || !mayJoin(Q, C, j, bestQ) ? bestC[j] : 1);
    }
    const bound = u / (listExtraCost * l + (1 - listExtraCost) * u || 1);
    if (bound < minScore) return { score: 0, aligned: NO_ALIGNED, notes: NO_NOTES };
  }
  // Joins only for words without a strong partner of their own.
  for (let i = 0; i < nq; i++) {
    if (Q[i].stop || bestQ[i] >= 0.9) continue;
    joinCandidates(Q[i], C, true, joinScratch);
    for (const jc of joinScratch) pushPair(i, 1, jc.start, jc.n, jc.s, sumW(wc, jc.start, jc.n));
  }
  for (let j = 0; j < nc; j++) {
    if (bestC[j] >= 0.9 || C[j].stop) continue;
    joinCandidates(C[j], Q, false, joinScratch);
    for (const jq of joinScratch) pushPair(jq.start, jq.n, j, 1, jq.s, wc[j]);
  }
  const n = nPairs;
  // Higher similarity first; at equal similarity the pair covering more words (and more weight) first.
  for (let k = 0; k < n; k++) {
    let m = k;
    const kS = bS[k];
    const kSpan = bQn[k] + bCn[k];
    const kW = bW[k];
    while (m > 0) {
      const o = bOrder[m - 1];
      const d = bS[o] - kS || bQn[o] + bCn[o] - kSpan || bW[o] - kW;
      if (d >= 0) break;
      bOrder[m] = o;
      m--;
    }
    bOrder[m] = k;
  }
  qFree.fill(1, 0, nq);
  cFree.fill(1, 0, nc);
  let sel = 0;
  for (let k = 0; k < n; k++) {
    const p = bOrder[k];
    let free = true;
    for (let i = bQi[p]; i < bQi[p] + bQn[p]; i++) if (!qFree[i]) free = false;
    for (let j = bCj[p]; j < bCj[p] + bCn[p]; j++) if (!cFree[j]) free = false;
    if (!free) continue;
    for (let i = bQi[p]; i < bQi[p] + bQn[p]; i++) qFree[i] = 0;
    for (let j = bCj[p]; j < bCj[p] + bCn[p]; j++) cFree[j] = 0;
    bSel[sel++] = p;
  }
  // 2. Weighted share.
  let num = 0;
  let matched = 0;
  let distinctiveHit = false;
  for (let k = 0; k < sel; k++) {
    const p = bSel[k];
    num += bW[p] * bS[p];
    matched += bW[p];
    if (bS[p] >= DISTINCTIVE_MIN_SIMILARITY) {
      // both sides distinctive: a generic query word that happens to sound like a rare list word does not count
      let qDistinctive = false;
      for (let i = bQi[p]; i < bQi[p] + bQn[p]; i++) if (!Q[i].generic && !Q[i].stop) qDistinctive = true;
      if (qDistinctive)
        for (let j = bCj[p]; j < bCj[p] + bCn[p]; j++) if (!C[j].generic && !C[j].stop) distinctiveHit = true;
    }
  }
  let extraQ = 0;
  let extraC = 0;
  for (let i = 0; i < nq; i++) if (qFree[i] && Q[i].script !== "digit") extraQ += wq[i];
  for (let j = 0; j < nc; j++) if (cFree[j] && C[j].script !== "digit") extraC += wc[j];
  const den = matched + queryExtraCost * extraQ + listExtraCost * extraC;
  let score = den > 0 ? num / den : 0;
  // 3. Numbers.
  let qdn = 0;
  let cdn = 0;
  let common = 0;
  for (const t of Q) if (t.script === "digit") qdn++;
  for (const t of C) {
    if (t.script !== "digit") continue;
    cdn++;
    for (const u of Q)
      if (u.script === "digit" && u.key === t.key) {
        common++;
        break;
      }
  }
  // a number written with or without its separators (4.27 / 427 / 4 27) is the same number
  if (
    qdn > 0 &&
    cdn > 0 &&
    common < Math.max(qdn, cdn) &&
    (qdn > 1 || cdn > 1) &&
    digits(Q).replace(/ /g, "") === digits(C).replace(/ /g, "")
  )
    common = Math.max(qdn, cdn);
  if (qdn > 0 && cdn > 0) {
    if (common === 0) {
      score -= DIGIT_MISMATCH_PENALTY;
      if (explain)
        notes.push(
          `数字が異なる (${digits(Q)} / ${digits(C)}) −${DIGIT_MISMATCH_PENALTY} / numbers differ (${digits(Q)} / ${digits(C)}) −${DIGIT_MISMATCH_PENALTY}`,
        );
    } else if (common < Math.max(qdn, cdn)) {
      score -= DIGIT_PARTIAL_PENALTY;
      if (explain)
        notes.push(`数字が一部異なる −${DIGIT_PARTIAL_PENALTY} / numbers partly differ −${DIGIT_PARTIAL_PENALTY}`);
    }
  } else if (cdn > 0 && !cLettersDistinctive) {
    score -= DIGIT_MISMATCH_PENALTY;
    if (explain)
      notes.push(
        `掲載名は数字 (${digits(C)}) でしか区別できない −${DIGIT_MISMATCH_PENALTY} / the list name is told apart by its number (${digits(C)}) only −${DIGIT_MISMATCH_PENALTY}`,
      );
  } else if (qdn + cdn > 0) {
    score -= DIGIT_ONE_SIDED_PENALTY;
    if (explain)
      notes.push(
        `数字が片方にだけある (${digits(Q)}${digits(C)}) −${DIGIT_ONE_SIDED_PENALTY} / number on one side only (${digits(Q)}${digits(C)}) −${DIGIT_ONE_SIDED_PENALTY}`,
      );
  }
  // 3b. Distinguishing words left without a partner: a different place on each side, and between institutions a
  // qualifier on one side only (北京师范大学 / 北京大学; Harbin Medical University / Harbin Institute of Technology).
  if (score > 0 && (extraQ > 0 || extraC > 0)) {
    placeSet ??= asSet(PLACE_WORDS);
    let qPlace = "";
    let cPlace = "";
    for (let i = 0; i < nq; i++) if (qFree[i] && placeSet.has(Q[i].key)) qPlace = Q[i].key;
    for (let j = 0; j < nc; j++) if (cFree[j] && placeSet.has(C[j].key)) cPlace = C[j].key;
    if (qPlace && cPlace) {
      score -= PLACE_MISMATCH_PENALTY;
      if (explain)
        notes.push(
          `地名が異なる (${qPlace} / ${cPlace}) −${PLACE_MISMATCH_PENALTY} / different places (${qPlace} / ${cPlace}) −${PLACE_MISMATCH_PENALTY}`,
        );
    }
    const kinds = organisationKinds();
    let qKind = "";
    let cKind = "";
    for (let i = 0; i < nq; i++) if (qFree[i]) qKind ||= kinds.get(Q[i].key) ?? "";
    for (let j = 0; j < nc; j++) if (cFree[j]) cKind ||= kinds.get(C[j].key) ?? "";
    if (qKind && cKind && qKind !== cKind) {
      // only when neither side also has a paired word of the other's kind (Korea Aviation University / … Aviation)
      let paired = false;
      for (let i = 0; i < nq; i++) if (!qFree[i] && kinds.get(Q[i].key) === cKind) paired = true;
      for (let j = 0; j < nc; j++) if (!cFree[j] && kinds.get(C[j].key) === qKind) paired = true;
      if (!paired) {
        score -= KIND_MISMATCH_PENALTY;
        if (explain)
          notes.push(
            `組織の種類が異なる (${qKind} / ${cKind}) −${KIND_MISMATCH_PENALTY} / different kinds of organisation (${qKind} / ${cKind}) −${KIND_MISMATCH_PENALTY}`,
          );
      }
    }
    institutionSet ??= asSet(INSTITUTION_WORDS);
    qualifierSet ??= asSet(QUALIFIER_WORDS);
    let qInst = false;
    let cInst = false;
    for (const t of Q) if (institutionSet.has(t.key)) qInst = true;
    for (const t of C) if (institutionSet.has(t.key)) cInst = true;
    if (qInst && cInst) {
      let qual = "";
      for (let i = 0; i < nq && !qual; i++) if (qFree[i] && qualifierSet.has(Q[i].key)) qual = Q[i].key;
      for (let j = 0; j < nc && !qual; j++) if (cFree[j] && qualifierSet.has(C[j].key)) qual = C[j].key;
      if (qual) {
        score -= QUALIFIER_MISMATCH_PENALTY;
        if (explain)
          notes.push(
            `教育・研究機関を区別する語が片方にだけある (${qual}) −${QUALIFIER_MISMATCH_PENALTY} / a word that tells institutions apart is on one side only (${qual}) −${QUALIFIER_MISMATCH_PENALTY}`,
          );
      }
    }
  }
  // 4. Generic words only.
  if (cHasDistinctive && !distinctiveHit && score > GENERIC_ONLY_CAP) {
    score = GENERIC_ONLY_CAP;
    if (explain)
      notes.push(
        `共通するのは一般的な語だけ: ${GENERIC_ONLY_CAP} に抑えた / only generic words in common: held at ${GENERIC_ONLY_CAP}`,
      );
  }
  // 5. Short acronyms.
  if (nc === 1 && C[0].script === "latin" && C[0].key.length <= 4) {
    // whole-token support: the acronym spelt exactly, and no distinctive word of the cell left beside it
    let exact = false;
    // (a Hangul word romanised to the same letters is a coincidence of sound, not the acronym: 기아 Kia / GIA)
    for (let k = 0; k < sel; k++)
      if (bCn[bSel[k]] === 1 && bQn[bSel[k]] === 1 && bS[bSel[k]] >= 1 && Q[bQi[bSel[k]]].origin !== "hangul")
        exact = true;
    let besides = false;
    for (let i = 0; i < nq; i++)
      if (qFree[i] && Q[i].script !== "digit" && !Q[i].generic && !Q[i].stop && !Q[i].legal) besides = true;
    if ((!exact || besides) && score > SHORT_ACRONYM_WEAK_CAP) {
      score = SHORT_ACRONYM_WEAK_CAP;
      if (explain)
        notes.push(
          `掲載名が短い略称で、完全一致でないか他に固有の語がある: ${SHORT_ACRONYM_WEAK_CAP} に抑えた / list name is a short acronym, not spelt exactly or beside another distinctive word: held at ${SHORT_ACRONYM_WEAK_CAP}`,
        );
    } else if (score > SHORT_ACRONYM_CAP) {
      score = SHORT_ACRONYM_CAP;
      if (explain)
        notes.push(
          `掲載名が短い略称: ${SHORT_ACRONYM_CAP} に抑えた / list name is a short acronym: held at ${SHORT_ACRONYM_CAP}`,
        );
    }
  }
  // 5b. One katakana word matched on sound alone, on a large list.
  if (c.holdSoundOnly && score > SOUND_ONLY_CAP) {
    let pairs = 0;
    let soundOnly = false;
    for (let k = 0; k < sel; k++) {
      const p = bSel[k];
      let letters = false;
      for (let i = bQi[p]; i < bQi[p] + bQn[p]; i++) if (Q[i].script !== "digit" && !Q[i].stop) letters = true;
      if (!letters) continue;
      pairs++;
      if (bQn[p] === 1 && Q[bQi[p]].script === "kana" && bS[p] < SOUND_ONLY_BELOW) {
        let latin = true;
        for (let j = bCj[p]; j < bCj[p] + bCn[p]; j++) if (C[j].script !== "latin") latin = false;
        soundOnly = latin;
      }
    }
    if (pairs === 1 && soundOnly) {
      score = SOUND_ONLY_CAP;
      if (explain)
        notes.push(
          `カタカナ 1 語の音の近さだけの一致: ${SOUND_ONLY_CAP} に抑えた / one katakana word alike in sound only: held at ${SOUND_ONLY_CAP}`,
        );
    }
  }
  // 6. Legal forms (weak).
  if (
    q.legalFamilies.length > 0 &&
    c.legalFamilies.length > 0 &&
    !q.legalFamilies.some((f) => c.legalFamilies.includes(f))
  ) {
    score -= LEGAL_FAMILY_PENALTY;
    if (explain)
      notes.push(
        `法人格が異なる (${q.legalFamilies.join(",")} / ${c.legalFamilies.join(",")}) −${LEGAL_FAMILY_PENALTY} / legal forms differ (${q.legalFamilies.join(",")} / ${c.legalFamilies.join(",")}) −${LEGAL_FAMILY_PENALTY}`,
      );
  }
  score = Math.max(0, Math.min(1, score));
  if (!explain) return { score, aligned: NO_ALIGNED, notes: NO_NOTES };
  const chosen: number[] = [];
  for (let k = 0; k < sel; k++) chosen.push(bSel[k]);
  chosen.sort((a, b) => bQi[a] - bQi[b]);
  const aligned: Array<[string, string, number]> = chosen.map((p) => [
    Q.slice(bQi[p], bQi[p] + bQn[p])
      .map(tokenLabel)
      .join(" "),
    C.slice(bCj[p], bCj[p] + bCn[p])
      .map(tokenLabel)
      .join(" "),
    round(bS[p]),
  ]);
  return { score, aligned, notes };
}

/** Scores two analysed names with the given weights, comparing every pair of words. */
export function scoreNames(q: AnalyzedName, c: AnalyzedName, weightQ: TokenWeight, weightC: TokenWeight): NameScore {
  if (!q.usable || !c.usable) return { score: 0, aligned: [], notes: [] };
  const side = (a: AnalyzedName, w: TokenWeight): ScoringSide => ({
    tokens: a.core,
    w: a.core.map((t) => w(t, false)),
    wPlain: a.core.map((t) => w(t, true)),
    legalFamilies: a.legalFamilies,
  });
  const rows: SimilarityRows = {
    row: (j) => {
      const r = q.core.map((t) => tokenSimilarity(t, c.core[j]));
      return r.some((x) => x > 0) ? r : undefined;
    },
  };
  return scoreSides(side(q, weightQ), side(c, weightC), rows, true);
}
