/**
 * The index skips scoring a candidate name when an upper bound on its score is below the bar (early-bound.ts
 * `mayPass`). The bound must never turn away a name that would score at or above the bar: these tests compare
 * it with the exact score, on names that need joins (words written together or apart, katakana), on the real
 * End User List and SDN with the labelled query set, and on random joins and splits of real list names.
 */
import fc from "fast-check";
import { describeWithShared } from "../helpers/shared";
import { analyzeName } from "../../src/engine/parties/analyze-name";
import { importOwnList } from "../../src/engine/parties/import-own-list";
import type { PartyList } from "../../src/engine/parties/list-model";
import { NameIndex } from "../../src/engine/parties/name-index";
import {
  kanaLatinMayReach,
  kanaLatinSimilarity,
  sameSkeletonSimilarity,
  skeletonOf,
} from "../../src/engine/parties/token-similarity";
import { kanaKey } from "../../src/engine/parties/kana-key";
import { EUL_FILE, SDN_FILE, loadEul, loadSdn } from "./fixtures";
import { generatePositives, loadHandwrittenPositives, loadNegatives } from "./eval/variants";

const BAR = 0.699;

/** Candidates of a query (more than search scores), with exact score and the bound's verdict. */
function verdicts(
  idx: NameIndex,
  query: string,
  limit = 60,
): Array<{ name: string; score: number; admitted: boolean }> {
  const q = analyzeName(query);
  if (!q.usable) return [];
  return idx.candidates(q, limit).map((ni) => ({
    name: idx.names[ni].text,
    score: idx.scoreName(q, ni).score,
    admitted: idx.boundAdmits(q, ni, BAR),
  }));
}

function ownList(rows: string[]): PartyList {
  return importOwnList(
    [
      "# id: t",
      "# name: test",
      "# version: 1",
      "id,name,aliases,country,note",
      ...rows.map((r, i) => `${i + 1},${r},,,`),
    ].join("\n"),
  );
}

describe("kanaLatinMayReach", () => {
  test("never says no where the katakana/Latin similarity reaches the bar", () => {
    const kana = fc.array(
      fc.constantFrom(
        ..."アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポャュョッー",
      ),
      { minLength: 2, maxLength: 12 },
    );
    const latin = fc.array(fc.constantFrom(..."abcdefghijklmnoprstuvwyz"), { minLength: 2, maxLength: 16 });
    let reached = 0;
    fc.assert(
      fc.property(kana, latin, fc.boolean(), (k, l, fromKana) => {
        const kk = kanaKey(k.join(""));
        // half of the Latin words are the romaji itself with a letter or two changed, so that the bar is reached often
        const lk = fromKana
          ? (kk.slice(0, Math.max(1, kk.length - 1)) + l.slice(0, 2).join("")).slice(0, 16)
          : l.join("");
        if (kk.length === 0) return;
        const sim = kanaLatinSimilarity(kk, lk);
        const may = kanaLatinMayReach(
          kk.length,
          skeletonOf(kk, true).length,
          lk.length,
          skeletonOf(lk, false).length,
          skeletonOf(lk, false, true).length,
          0.8,
        );
        if (sim >= 0.8) {
          reached++;
          expect(may).toBe(true);
        }
      }),
      { numRuns: 3000, seed: 20261126 },
    );
    expect(reached).toBeGreaterThan(50);
  });
});

describe("early bound on names that need joins", () => {
  const list = ownList([
    "Namchongang Trading Corporation",
    "Bentech Computer",
    "Korea Ryonbong General Corporation",
    "Tosan Industrial",
    "Rosoboronexport",
    "Beijing Zhong Guan Cun Electronics",
  ]);
  const idx = new NameIndex(list);
  test.each([
    ["Namchon Gang Trading", "Namchongang Trading Corporation"],
    ["Roso Boron Export", "Rosoboronexport"],
    ["Rosoboron Export", "Rosoboronexport"],
    ["Beijing Zhongguancun Electronics", "Beijing Zhong Guan Cun Electronics"],
    ["ロソボロンエクスポート", "Rosoboronexport"],
    ["ベンテックコンピューター", "Bentech Computer"],
    ["ベンテック コンピューター", "Bentech Computer"],
    ["Korea Ryon Bong General Corp", "Korea Ryonbong General Corporation"],
    ["トサン インダストリアル", "Tosan Industrial"],
  ])("%s → %s: scores above the bar and the bound admits it", (query, listed) => {
    const v = verdicts(idx, query).find((x) => x.name === listed);
    expect(v).toBeDefined();
    expect(v!.score).toBeGreaterThanOrEqual(BAR);
    expect(v!.admitted).toBe(true);
  });

  test("a katakana word read as a stop word (ト, デ, ノ) pairs with the list's stop word: the name is not turned away", () => {
    const own = new NameIndex(ownList(["Zyx to de no Qwv", "Alpha Beta", "Gamma Delta", "Epsilon Zeta", "Eta Theta"]));
    const v = verdicts(own, "Zyx ト デ ノ Qwv").find((x) => x.name === "Zyx to de no Qwv");
    expect(v).toBeDefined();
    expect(v!.score).toBeGreaterThanOrEqual(BAR);
    expect(v!.admitted).toBe(true);
    expect(own.search(analyzeName("Zyx ト デ ノ Qwv"), BAR).map((h) => h.name.text)).toContain("Zyx to de no Qwv");
  });

  test("a join may start with a stop word (To Uska → Touska)", () => {
    const own = new NameIndex(ownList(["Touska", "Alpha Beta", "Gamma Delta"]));
    const v = verdicts(own, "To Uska").find((x) => x.name === "Touska");
    expect(v).toBeDefined();
    expect(v!.score).toBeGreaterThanOrEqual(BAR);
    expect(v!.admitted).toBe(true);
  });

  test("candidates: the limit is a whole number of names, at least 0", () => {
    const q = analyzeName("Tosan Industrial Rosoboronexport Bentech");
    const all = idx.candidates(q, 60);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(idx.candidates(q, 2.5)).toEqual(all.slice(0, 2));
    expect(idx.candidates(q, -1)).toEqual([]);
    expect(idx.candidates(q, 0)).toEqual([]);
  });

  test("the bound does turn away a name that cannot reach the bar", () => {
    const v = verdicts(idx, "Tosan Shipping Holdings Limited Partnership Group").find(
      (x) => x.name === "Tosan Industrial",
    );
    expect(v).toBeDefined();
    expect(v!.score).toBeLessThan(BAR);
    expect(v!.admitted).toBe(false);
  });
});

describeWithShared(EUL_FILE, "early bound on the End User List and SDN with the labelled queries", () => {
  test("no candidate scoring at or above the bar is turned away; most below it are", () => {
    const lists = [loadEul(), loadSdn()];
    // plus SDN names with a Spanish or Portuguese "de"/"da" written in katakana (a kana word read as a stop word)
    const kanaStops = lists[1].entries
      .map((e) => e.name)
      .filter((n) => / (DE|DA) /.test(n))
      .slice(0, 150)
      .map((n) => ({ query: n.replace(/ DE /, " デ ").replace(/ DA /, " ダ ") }));
    const queries = [...generatePositives(lists[0]), ...loadHandwrittenPositives(), ...loadNegatives(), ...kanaStops];
    let above = 0;
    let below = 0;
    let turnedAway = 0;
    const wronglyTurnedAway: string[] = [];
    for (const list of lists) {
      const idx = new NameIndex(list);
      for (const { query } of queries) {
        for (const v of verdicts(idx, query)) {
          if (v.score >= BAR) {
            above++;
            if (!v.admitted) wronglyTurnedAway.push(`${query} → ${v.name} (${v.score})`);
          } else {
            below++;
            if (!v.admitted) turnedAway++;
          }
        }
      }
    }
    expect(wronglyTurnedAway).toEqual([]);
    expect(above).toBeGreaterThan(500);
    // the bound earns its keep: most candidates that cannot pass are never scored
    expect(turnedAway / below).toBeGreaterThan(0.5);
  });
});

describeWithShared(SDN_FILE, "early bound on random joins and splits of real list names", () => {
  test("a name written with words joined or split is never turned away when it scores above the bar", () => {
    const eul = loadEul();
    const idx = new NameIndex(eul);
    const names = eul.entries.map((e) => e.name).filter((n) => /^[\x20-\x7e]+$/.test(n) && n.split(" ").length >= 2);
    fc.assert(
      fc.property(fc.nat(names.length - 1), fc.nat(20), fc.boolean(), (k, at, join) => {
        const words = names[k].split(" ");
        let query: string;
        if (join) {
          const i = at % (words.length - 1);
          query = [...words.slice(0, i), words[i] + words[i + 1], ...words.slice(i + 2)].join(" ");
        } else {
          const i = at % words.length;
          const w = words[i];
          const cut = Math.max(1, Math.floor(w.length / 2));
          query = [...words.slice(0, i), w.slice(0, cut), w.slice(cut), ...words.slice(i + 1)].join(" ");
        }
        for (const v of verdicts(idx, query))
          if (v.score >= BAR) expect(`${query} → ${v.name}: ${v.admitted}`).toBe(`${query} → ${v.name}: true`);
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });
});

describeWithShared(SDN_FILE, "shortcut for katakana words with the same skeleton as a Latin word", () => {
  test("gives what the full katakana/Latin comparison gives", () => {
    const latinWords = new Set<string>();
    for (const list of [loadEul(), loadSdn()]) {
      for (const e of list.entries)
        for (const n of [e.name, ...e.aliases])
          for (const t of analyzeName(n).core) if (t.script === "latin") latinWords.add(t.key);
    }
    const bySkeleton = new Map<string, string[]>();
    for (const w of latinWords) {
      for (const sk of new Set([skeletonOf(w, false), skeletonOf(w, false, true)])) {
        if (sk.length < 4) continue;
        const list = bySkeleton.get(sk) ?? [];
        list.push(w);
        bySkeleton.set(sk, list);
      }
    }
    const kanaWords = new Set<string>();
    for (const q of [...generatePositives(loadEul()), ...loadHandwrittenPositives(), ...loadNegatives()]) {
      for (const t of analyzeName(q.query).core) if (t.script === "kana") kanaWords.add(t.key);
    }
    let compared = 0;
    for (const k of kanaWords) {
      for (const w of bySkeleton.get(skeletonOf(k, true)) ?? []) {
        compared++;
        const full = kanaLatinSimilarity(k, w);
        expect(`${k}/${w}: ${sameSkeletonSimilarity(k, w) ?? full}`).toBe(`${k}/${w}: ${full}`);
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
