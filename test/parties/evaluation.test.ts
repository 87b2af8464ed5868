/**
 * Labelled evaluation of party matching against the real End User List (read from ../shared, never
 * committed): generated variants of a seeded sample of entries (see eval/variants.ts), hand-written
 * renderings (positives-handwritten.tsv) and hand-written negatives (negatives/*.txt).
 * Targets from the issue: recall ≥ 98 % (expected entry at REVIEW or above), ≤ 2 % false positives.
 */
import { describeWithShared } from "../helpers/shared";
import { analyzeName } from "../../src/engine/parties/analyze-name";
import { createPartyScreener } from "../../src/engine/parties/screener";
import { EUL_FILE, loadEul } from "./fixtures";
import { evaluate, type EvalOutcome } from "./eval/evaluate";
import { generatePositives, loadHandwrittenPositives, loadNegatives } from "./eval/variants";

function report(name: string, r: EvalOutcome): string {
  const kinds = Object.entries(r.byKind)
    .map(([k, v]) => `${k} ${v.found}/${v.n}`)
    .join(", ");
  const misses = r.misses.map((m) => `  miss [${m.kind}] ${m.query} → ${m.expected} (from ${m.from})`).join("\n");
  const fps = r.fps.map((m) => `  false positive: ${m.query} → ${m.got.join("; ")}`).join("\n");
  return `${name}: recall ${(100 * r.recall).toFixed(2)} % (${r.found}/${r.positives}), false positives ${(100 * r.fpRate).toFixed(2)} % (${r.falsePositives}/${r.negatives})\n  ${kinds}\n${misses}\n${fps}`;
}

describeWithShared(EUL_FILE, "labelled evaluation on the End User List 2025-09-29", () => {
  test("generated variants: recall ≥ 98 %", () => {
    const eul = loadEul();
    const set = generatePositives(eul);
    expect(set.length).toBeGreaterThanOrEqual(600);
    // every kind the issue asks for is present
    expect(new Set(set.map((q) => q.kind))).toEqual(
      new Set([
        "case",
        "punctuation",
        "legal-form",
        "typo1",
        "typo2",
        "word-order",
        "missing-word",
        "full-width",
        "katakana",
        "han-variant",
        "han-legal",
        "cyrillic",
      ]),
    );
    const r = evaluate(createPartyScreener([eul]), set);
    console.log(report("generated variants", r));
    expect(r.recall).toBeGreaterThanOrEqual(0.98);
  });

  test("hand-written negatives: ≤ 2 % false positives", () => {
    const eul = loadEul();
    const negatives = loadNegatives();
    expect(negatives.length).toBeGreaterThanOrEqual(300);
    // the negatives are not themselves listed names
    const listed = new Set<string>();
    for (const e of eul.entries)
      for (const n of [e.name, ...e.aliases])
        listed.add(
          analyzeName(n)
            .core.map((t) => t.key)
            .join(" "),
        );
    expect(
      negatives
        .filter((q) =>
          listed.has(
            analyzeName(q.query)
              .core.map((t) => t.key)
              .join(" "),
          ),
        )
        .map((q) => q.query),
    ).toEqual([]);
    const r = evaluate(createPartyScreener([eul]), negatives);
    console.log(report("negatives", r));
    expect(r.fpRate).toBeLessThanOrEqual(0.02);
  });

  test("hand-written renderings (katakana, kanji, Russian): recall ≥ 90 %; translations reported apart", () => {
    const eul = loadEul();
    const all = loadHandwrittenPositives();
    const r = evaluate(
      createPartyScreener([eul]),
      all.filter((q) => q.kind === "handwritten"),
    );
    const t = evaluate(
      createPartyScreener([eul]),
      all.filter((q) => q.kind === "handwritten-translation"),
    );
    console.log(report("hand-written renderings", r) + "\n" + report("hand-written translations (known limit)", t));
    expect(r.positives).toBeGreaterThanOrEqual(60);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });

  test("other seeds stay near the target (robustness, not tuned on): recall ≥ 97 %", () => {
    const eul = loadEul();
    const s = createPartyScreener([eul]);
    for (const seed of [1, 2, 3]) {
      const r = evaluate(s, generatePositives(eul, seed, 300));
      console.log(`seed ${seed}: recall ${(100 * r.recall).toFixed(2)} % (${r.found}/${r.positives})`);
      expect(r.recall).toBeGreaterThanOrEqual(0.97);
    }
  });
});
