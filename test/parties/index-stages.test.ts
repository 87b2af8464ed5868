/**
 * The name index's stages, each on its own (name-index.ts lists them): indexed forms, gram postings, word lookups,
 * candidate generation. The early bound has its own file (early-bound.test.ts); the whole index is checked against
 * the reference scorer in oracle.test.ts.
 */
import { analyzeName } from "../../src/engine/parties/analyze-name";
import { candidateNames } from "../../src/engine/parties/candidates";
import { GramLists, IdList, LengthPostings, contains, trigrams } from "../../src/engine/parties/gram-postings";
import { importOwnList } from "../../src/engine/parties/import-own-list";
import { nameForms, parentheticalParts } from "../../src/engine/parties/index-forms";
import type { PartyList } from "../../src/engine/parties/list-model";
import { NameIndex } from "../../src/engine/parties/name-index";
import { lookUpQuery } from "../../src/engine/parties/word-lookup";

function ownList(rows: string[]): PartyList {
  return importOwnList(
    [
      "# id: t",
      "# name: test",
      "# version: 1",
      "id,name,aliases,country,note",
      ...rows.map((r, i) => `${i + 1},"${r}",,,`),
    ].join("\n"),
  );
}

describe("indexed forms (index-forms.ts)", () => {
  test("the name, the part outside parentheses and a name in parentheses; not a place in parentheses", () => {
    expect(parentheticalParts("CETC Chip Technology Co., Ltd (中电科芯片技术股份有限公司)")).toEqual({
      outside: "CETC Chip Technology Co., Ltd",
      inside: ["中电科芯片技术股份有限公司"],
    });
    expect(nameForms("CETC Chip Technology Co., Ltd (中电科芯片技术股份有限公司)")).toEqual([
      "CETC Chip Technology Co., Ltd (中电科芯片技术股份有限公司)",
      "CETC Chip Technology Co., Ltd",
      "中电科芯片技术股份有限公司",
    ]);
    expect(nameForms("Ace Trading (Hong Kong)")).toEqual(["Ace Trading (Hong Kong)", "Ace Trading"]);
  });
});

describe("gram postings (gram-postings.ts)", () => {
  test("length postings count shared trigrams only for words of the asked lengths", () => {
    const words = ["yongjin", "pyongjin", "daesong", "taesong", "ab"];
    const m = new Map<string, number[][]>();
    words.forEach((w, id) => {
      for (const g of trigrams(w)) ((m.get(g) ?? m.set(g, []).get(g)!)[w.length] ??= []).push(id);
    });
    const p = new LengthPostings(m);
    const counts = new Int32Array(words.length);
    const touched = new IdList();
    p.countKey("yongjin", 6, 8, counts, touched);
    expect(counts[0]).toBe(trigrams("yongjin").length);
    expect(counts[1]).toBeGreaterThanOrEqual(6);
    expect(counts[2] + counts[3]).toBeGreaterThan(0); // they share "ong" and "ng$"
    expect(counts[4]).toBe(0);
    expect([...touched.items.slice(0, touched.length)].sort()).toEqual(
      [0, 1, 2, 3].filter((i) => counts[i] > 0).sort(),
    );
  });

  test("gram lists give each distinct trigram's list once; contains is a binary search", () => {
    const lists = new GramLists(
      new Map([
        ["^ab", [1, 4]],
        ["aba", [2]],
      ]),
    );
    const out: number[][] = [];
    expect(lists.distinctLists("abab", 10, out)).toBe(new Set(trigrams("abab")).size);
    expect(out).toEqual([[1, 4], [2]]);
    expect(contains([1, 3, 5, 9], 5)).toBe(true);
    expect(contains([1, 3, 5, 9], 4)).toBe(false);
  });
});

describe("word lookups (word-lookup.ts)", () => {
  const idx = new NameIndex(
    ownList(["Pyongjin Ship Management", "Yongjin Ship Management", "Korea Taesong Trading", "Daesong Bank"]),
  );
  const keysOf = (q: string) =>
    lookUpQuery(idx, analyzeName(q)).hits.map((h) => h.vids.map((v) => idx.vocabTokens[v].key).sort());

  test("an exact word does not stop the search for near spellings of it in other entries", () => {
    expect(keysOf("Pyongjin")[0]).toEqual(["pyongjin", "yongjin"]);
    expect(keysOf("Taesong")[0]).toEqual(["daesong", "taesong"]);
  });

  test("a word nothing resembles finds nothing; weights are the list's", () => {
    expect(keysOf("Zebra")[0]).toEqual([]);
    const { side } = lookUpQuery(idx, analyzeName("Pyongjin Ship"));
    expect(side.w[0]).toBeGreaterThan(side.w[1]); // ship is a generic word here
  });
});

describe("candidate generation (candidates.ts)", () => {
  const idx = new NameIndex(
    ownList(["Pyongjin Ship Management", "Korea Taesong Trading", "General Trading", "Ocean Ship Management"]),
  );
  const cands = (q: string) => {
    const a = analyzeName(q);
    const { hits, side } = lookUpQuery(idx, a);
    return candidateNames(idx, a, side.w, hits, 25).map((ni) => idx.names[ni].text);
  };

  test("names sharing a distinctive word are candidates; a name sharing nothing is not", () => {
    expect(cands("Pyongjin Trading")).toContain("Pyongjin Ship Management");
    expect(cands("Pyongjin Trading")).not.toContain("General Trading");
    expect(cands("Ship Management")).not.toContain("Korea Taesong Trading");
  });

  test("a name of generic words only is found by its generic words", () => {
    expect(cands("General Trading Co")).toEqual(["General Trading"]);
  });
});

describe("search: every alias and the full name are scored (issue 10, point 4)", () => {
  const list = importOwnList(
    [
      "# id: t",
      "# name: test",
      "# version: 1",
      "id,name,aliases,country,note",
      "1,Kalaye Electric Company,Kalia|KEC,,",
      "2,Kalio Trading,,,",
    ].join("\n"),
  );
  const idx = new NameIndex(list);
  const best = (q: string) =>
    idx.search(analyzeName(q), 0.5).map((h) => ({ id: h.entry.id, name: h.name.text, score: h.result.score }));

  test("an exact alias beats another entry's one-letter variant of it", () => {
    const r = best("Kalia");
    expect(r[0]).toMatchObject({ id: "1", name: "Kalia" });
    expect(r[0].score).toBeGreaterThan(r.find((h) => h.id === "2")?.score ?? 0);
  });

  test("a short alias found exactly does not stop the comparison with the full name", () => {
    expect(best("Kalaye Electrik Company KEC")[0]).toMatchObject({ id: "1", name: "Kalaye Electric Company" });
    expect(best("Kalaye Electric")[0]).toMatchObject({ id: "1", name: "Kalaye Electric Company" });
  });
});

describe("search (name-index.ts)", () => {
  const idx = new NameIndex(ownList(["Kalaye Electric Company", "Kalio Trading", "Kalaye Electronics Group"]));

  test("a hit's score is that of its explanation, worked out when first read; hits come highest first", () => {
    const hits = idx.search(analyzeName("Kalaye Electrik Co"), 0.3);
    expect(hits.length).toBeGreaterThanOrEqual(2);
    for (const h of hits) {
      expect(h.result.score).toBe(h.score);
      expect(h.result.aligned.length).toBeGreaterThan(0);
      expect(h.result).toBe(h.result); // once
    }
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });
});

describe("search: a bar per entry (entryMin, for the screener's further readings of a cell)", () => {
  const idx = new NameIndex(
    ownList(["Kalaye Electric Company", "Kalio Trading", "Kalaye Electronics Group", "Kalaye Electric Works"]),
  );
  const view = (hits: ReturnType<NameIndex["search"]>) => hits.map((h) => [h.entry.id, h.name.text, h.score]);

  test("an entry whose best name reaches its bar is returned as without the bar; one that does not is left out", () => {
    for (const query of ["Kalaye Electrik Co", "Kalaye Electric", "Kalaye Works Group", "Kalaye Electric Trading"]) {
      const q = analyzeName(query);
      const plain = idx.search(q, 0.3);
      expect(plain.length).toBeGreaterThanOrEqual(2);
      // each entry in turn: a bar just below its score keeps it, a bar just above drops it, the others are unchanged
      // (the bounds are upper bounds in floating point, not exact at equality: the screener leaves 0.0005)
      for (const h of plain) {
        const entryNo = h.name.entry;
        const at = idx.search(q, 0.3, new Map([[entryNo, h.score - 1e-9]]));
        expect(view(at)).toEqual(view(plain));
        const above = idx.search(q, 0.3, new Map([[entryNo, h.score + 0.001]]));
        expect(view(above)).toEqual(view(plain.filter((x) => x.name.entry !== entryNo)));
      }
      // a bar below the search's own changes nothing
      const low = new Map(plain.map((h) => [h.name.entry, 0.1] as [number, number]));
      expect(view(idx.search(q, 0.3, low))).toEqual(view(plain));
    }
  });
});
