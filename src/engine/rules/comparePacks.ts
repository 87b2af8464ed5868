/**
 * What changed on 2025-10-09, for one row: the row screened under two rule packs (today's and the one before by
 * default), the decisions side by side, the nodes where the paths part and the reasons only one side gives.
 */
import type { Decision, Lang, OrderRow, Reason, ScreenResult, StepTaken, Text } from "../types";
import { screen, type EngineContext } from "../screen";
import { CURRENT_PACK, JP_BEFORE_2025_10_09, type RulePack } from "./packs";
import { answerLabel } from "../i18n/answers";
import { decisionLabel } from "../present";

export interface PackSide {
  pack: RulePack;
  result: ScreenResult;
}

/** A node where the two paths differ: the answer under each pack (absent when the pack's path does not pass it). */
export interface PackPart {
  nodeId: string;
  a?: string;
  b?: string;
}

export interface PackComparison {
  a: PackSide;
  b: PackSide;
  decisionDiffers: boolean;
  parts: PackPart[];
  /** Reasons only one side gives (compared by node, code and outcome). */
  onlyA: Reason[];
  onlyB: Reason[];
}

const key = (r: Reason) => `${r.nodeId}|${r.code}|${r.outcome}`;

/** The branch an answer takes at a node of a pack (its own or the `*` fallback). */
function branchOf(pack: RulePack, nodeId: string, answer: string) {
  const n = pack.nodes.get(nodeId);
  return n ? (n.answers[answer] ?? n.answers["*"]) : undefined;
}

/**
 * Nodes where the paths part: passed by one pack only, answered differently, or answered alike but leading to a
 * different outcome or next node (the rule itself changed there).
 */
function partsOf(a: RulePack, pa: readonly StepTaken[], b: RulePack, pb: readonly StepTaken[]): PackPart[] {
  const ma = new Map(pa.map((s) => [s.nodeId, s.answer]));
  const mb = new Map(pb.map((s) => [s.nodeId, s.answer]));
  const ids = [...new Set([...pa.map((s) => s.nodeId), ...pb.map((s) => s.nodeId)])];
  const differs = (id: string) => {
    const x = ma.get(id),
      y = mb.get(id);
    if (x !== y || x === undefined) return true;
    const ba = branchOf(a, id, x),
      bb = branchOf(b, id, x);
    return ba?.outcome !== bb?.outcome || ba?.next !== bb?.next;
  };
  return ids.filter(differs).map((id) => ({ nodeId: id, a: ma.get(id), b: mb.get(id) }));
}

/** Screens the row under pack a (today's) and pack b (the one before 2025-10-09) and compares. */
export function comparePacks(
  row: OrderRow,
  ctx: EngineContext,
  a: RulePack = CURRENT_PACK,
  b: RulePack = JP_BEFORE_2025_10_09,
): PackComparison {
  const ra = screen(row, { ...ctx, flow: undefined, asOf: undefined, pack: a });
  const rb = screen(row, { ...ctx, flow: undefined, asOf: undefined, pack: b });
  const ka = new Set(ra.reasons.map(key)),
    kb = new Set(rb.reasons.map(key));
  return {
    a: { pack: a, result: ra },
    b: { pack: b, result: rb },
    decisionDiffers: ra.decision !== rb.decision,
    parts: partsOf(a, ra.path, b, rb.path),
    onlyA: ra.reasons.filter((r) => !kb.has(key(r))),
    onlyB: rb.reasons.filter((r) => !ka.has(key(r))),
  };
}

/** The reasons that carry a side's decision (outcome equal to it) and that the other side does not give. */
export function decisiveOnly(c: PackComparison, side: "a" | "b"): Reason[] {
  const s = c[side];
  const only = side === "a" ? c.onlyA : c.onlyB;
  const d: Decision = s.result.decision;
  return only.filter((r) => r.outcome === d);
}

/** One sentence: why the decisions differ (or that they do not), for the training sheet and the CLI. */
export function packDifferenceText(c: PackComparison, lang: Lang): string {
  const ja = lang === "ja";
  const side = (s: "a" | "b") => {
    const { pack, result } = c[s];
    const why = decisiveOnly(c, s).map((r) => r.text[lang]);
    const label = decisionLabel(result.decision, lang);
    if (!why.length) return `${pack.id}: ${label}`;
    return ja ? `${pack.id}: ${label}（${why.join("／")}）` : `${pack.id}: ${label} (${why.join(" / ")})`;
  };
  if (!c.decisionDiffers)
    return ja
      ? `両規制とも ${decisionLabel(c.a.result.decision, lang)}`
      : `${decisionLabel(c.a.result.decision, lang)} under both packs`;
  const nodes = c.parts
    .map((p) =>
      ja
        ? `${p.nodeId}（${p.a ? answerLabel(p.a, lang) : "通らない"} ／ ${p.b ? answerLabel(p.b, lang) : "通らない"}）`
        : `${p.nodeId} (${p.a ? answerLabel(p.a, lang) : "not passed"} / ${p.b ? answerLabel(p.b, lang) : "not passed"})`,
    )
    .join(ja ? "、" : ", ");
  return ja
    ? `${side("a")}。${side("b")}。分かれる節点: ${nodes}`
    : `${side("a")}. ${side("b")}. The paths part at: ${nodes}`;
}

/** A comparison as plain data (no pack objects), to pass between threads and to the pane. */
export interface PackComparisonView {
  a: { id: string; title: Text; result: ScreenResult };
  b: { id: string; title: Text; result: ScreenResult };
  decisionDiffers: boolean;
  parts: Array<PackPart & { label: Text }>;
  /** Reasons that carry each side's decision and the other side does not give. */
  decisiveA: Reason[];
  decisiveB: Reason[];
  text: Text;
}

export function comparisonView(c: PackComparison): PackComparisonView {
  const side = (s: PackSide) => ({ id: s.pack.id, title: s.pack.title, result: s.result });
  return {
    a: side(c.a),
    b: side(c.b),
    decisionDiffers: c.decisionDiffers,
    parts: c.parts.map((p) => ({
      ...p,
      label: (c.a.pack.nodes.get(p.nodeId) ?? c.b.pack.nodes.get(p.nodeId))?.label ?? { ja: p.nodeId, en: p.nodeId },
    })),
    decisiveA: decisiveOnly(c, "a"),
    decisiveB: decisiveOnly(c, "b"),
    text: { ja: packDifferenceText(c, "ja"), en: packDifferenceText(c, "en") },
  };
}
