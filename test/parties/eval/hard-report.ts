/** Runs the harder evaluation (hard-variants.ts) and tabulates recall and false positives per kind. */
import type { PartyList } from "../../../src/engine/parties/list-model";
import { createPartyScreener } from "../../../src/engine/parties/screener";
import { evaluate, type EvalOutcome } from "./evaluate";
import { generateHardPositives, loadRealNegatives, loadScriptPositives } from "./hard-variants";
import type { LabelledQuery } from "./variants";

export interface HardReport {
  positives: EvalOutcome;
  negatives: EvalOutcome;
  /** kind → found / n (positives) or clean / n (negatives). */
  table: Array<{ kind: string; n: number; ok: number; rate: number }>;
}

export function hardQueries(eul: PartyList): { positives: LabelledQuery[]; negatives: LabelledQuery[] } {
  return { positives: [...generateHardPositives(eul), ...loadScriptPositives()], negatives: loadRealNegatives() };
}

export function runHard(lists: PartyList[], eul: PartyList): HardReport {
  const { positives, negatives } = hardQueries(eul);
  const s = createPartyScreener(lists);
  const p = evaluate(s, positives);
  const n = evaluate(s, negatives);
  const table = [...Object.entries(p.byKind), ...Object.entries(n.byKind)].map(([kind, v]) => ({
    kind,
    n: v.n,
    ok: v.found,
    rate: v.n ? v.found / v.n : 1,
  }));
  return { positives: p, negatives: n, table };
}

export function formatHard(title: string, r: HardReport, details = true): string {
  const rows = r.table.map(
    (t) => `  ${t.kind.padEnd(28)} ${String(t.ok).padStart(4)}/${String(t.n).padEnd(4)} ${(100 * t.rate).toFixed(1)} %`,
  );
  const head = `${title}: recall ${(100 * r.positives.recall).toFixed(1)} % (${r.positives.found}/${r.positives.positives}), false positives ${(100 * r.negatives.fpRate).toFixed(1)} % (${r.negatives.falsePositives}/${r.negatives.negatives})`;
  if (!details) return [head, ...rows].join("\n");
  const misses = r.positives.misses.map(
    (m) => `  miss [${m.kind}] ${m.query} → ${m.expected} | got ${m.got.slice(0, 2).join("; ")}`,
  );
  const fps = r.negatives.fps.map((m) => `  fp [${m.kind}] ${m.query} → ${m.got.slice(0, 2).join("; ")}`);
  return [head, ...rows, ...misses, ...fps].join("\n");
}
