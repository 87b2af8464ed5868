/**
 * Finds, for every branch of every node of the flow and for each of the 19 red flags, a smallest input that reaches
 * it: rows are the base row with 0, 1, 2 … fields changed to alternative values (searchSpace.ts), tried in a fixed
 * order and screened with the real engine; the first row whose path takes a branch teaches that branch. Nothing is
 * listed by hand — change the flow and the rows change.
 *
 * Targets: each declared answer of each node (`NODE:answer`), each answer that meets a node's `*` fallback during the
 * search, and `RF01`…`RF19` (raised from the data where a detector exists, else by the checklist column).
 */
import type { OrderRow, PartyScreener, RedFlagCode, ScreenResult } from "../engine/types";
import { screen, type EngineContext } from "../engine/screen";
import type { FlowDefinition } from "../engine/rules/flowTypes";
import { RED_FLAG_DEFINITIONS } from "../engine/redflags";
import { DETECTORS } from "../engine/redflags/detectors";
import { ALTERNATIVES, baseRow, type SearchField } from "./searchSpace";

export type Change = readonly [SearchField, string];

export interface Target {
  /** `NODE:answer` or `RF01`…: the workbook's `teaches` value. */
  id: string;
  nodeId?: string;
  answer?: string;
  /** The answer meets the node's `*` fallback rather than a branch of its own. */
  fallback?: boolean;
  redFlag?: RedFlagCode;
  /** For red flags: raised from the data (a detector exists) or by the checklist column. */
  source?: "detected" | "answered";
}

export interface Found {
  target: Target;
  changes: Change[];
  row: OrderRow;
  result: ScreenResult;
}

export interface SearchOutcome {
  found: Found[];
  unreached: Target[];
  /** Rows screened by the search. */
  screened: number;
  maxChanges: number;
}

/** Party lists are consulted with the same few names again and again: remember the answers. */
export function memoScreener(p: PartyScreener | undefined): PartyScreener | undefined {
  if (!p) return undefined;
  const memo = new Map<string, ReturnType<PartyScreener["screenParty"]>>();
  return {
    screenParty(name, country, role) {
      const k = `${name}\u0000${country ?? ""}\u0000${role}`;
      let v = memo.get(k);
      if (!v) memo.set(k, (v = p.screenParty(name, country, role)));
      return v;
    },
    listVersions: () => p.listVersions(),
  };
}

/** The declared targets of a flow: its branches (not the `*` fallbacks) and the 19 red flags. */
export function declaredTargets(flow: FlowDefinition): Target[] {
  const out: Target[] = [];
  for (const n of flow.nodes)
    for (const answer of Object.keys(n.answers))
      if (answer !== "*") out.push({ id: `${n.id}:${answer}`, nodeId: n.id, answer });
  const detected = new Set(DETECTORS.map((d) => d.code));
  for (const f of RED_FLAG_DEFINITIONS) {
    const code = f.code as RedFlagCode;
    out.push({ id: code, redFlag: code, source: detected.has(code) ? "detected" : "answered" });
  }
  return out;
}

function* combinations(n: number, k: number, start = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= n - k; i++) for (const rest of combinations(n, k - 1, i + 1)) yield [i, ...rest];
}

function* products(lists: ReadonlyArray<readonly string[]>, i = 0): Generator<string[]> {
  if (i === lists.length) {
    yield [];
    return;
  }
  for (const v of lists[i]) for (const rest of products(lists, i + 1)) yield [v, ...rest];
}

export interface SearchOptions {
  flow: FlowDefinition;
  ctx: EngineContext;
  /** Largest number of fields changed at once (3 by default). */
  maxChanges?: number;
  /** Alternative values per field (searchSpace.ts by default). */
  alternatives?: ReadonlyArray<readonly [SearchField, readonly string[]]>;
  /** Only these target ids count (default: all). */
  only?: ReadonlySet<string>;
  /** Fields of the base row to start from instead of searchSpace.ts's (for a second search from another start). */
  base?: Partial<Record<SearchField, string>>;
  /** Screening function (the engine's screen by default). */
  screenRow?: (row: OrderRow, ctx: EngineContext) => ScreenResult;
}

export function findRows(opts: SearchOptions): SearchOutcome {
  const { flow } = opts;
  const ctx: EngineContext = { ...opts.ctx, flow, parties: memoScreener(opts.ctx.parties) };
  const alternatives = opts.alternatives ?? ALTERNATIVES;
  const maxChanges = opts.maxChanges ?? 3;
  const screenRow = opts.screenRow ?? screen;
  const wanted = (id: string) => !opts.only || opts.only.has(id);
  const declared = declaredTargets(flow).filter((t) => wanted(t.id));
  const open = new Map(declared.map((t) => [t.id, t]));
  const found = new Map<string, Found>();
  const nodes = new Map(flow.nodes.map((n) => [n.id, n]));
  let screened = 0;

  const record = (changes: Change[], row: OrderRow, result: ScreenResult) => {
    for (const s of result.path) {
      const id = `${s.nodeId}:${s.answer}`;
      if (found.has(id) || !wanted(id)) continue;
      const node = nodes.get(s.nodeId);
      const fallback = !!node && !(s.answer in node.answers);
      const target = open.get(id) ?? { id, nodeId: s.nodeId, answer: s.answer, fallback };
      found.set(id, { target, changes, row, result });
      open.delete(id);
    }
    for (const h of result.redFlags) {
      const t = open.get(h.code);
      if (t && t.source === h.source) {
        found.set(t.id, { target: t, changes, row, result });
        open.delete(t.id);
      }
    }
  };

  for (let k = 0; k <= maxChanges; k++) {
    // Fallback answers are discovered, not declared: look through all single and double changes for them.
    if (open.size === 0 && k > 2) break;
    for (const fields of combinations(alternatives.length, k)) {
      const lists = fields.map((f) => alternatives[f][1]);
      for (const values of products(lists)) {
        const changes: Change[] = [
          ...Object.entries(opts.base ?? {}).map(([f, v]) => [f as SearchField, v] as const),
          ...fields.map((f, j) => [alternatives[f][0], values[j]] as const),
        ];
        const row = baseRow({ ...opts.base, ...Object.fromEntries(changes) });
        row.order_id = "SEARCH";
        screened++;
        record(changes, row, screenRow(row, ctx));
      }
      if (open.size === 0 && k > 2) break;
    }
  }

  const list = inWorkbookOrder(flow, [...found.values()]);
  return { found: list, unreached: [...open.values()], screened, maxChanges };
}

/** Workbook order: the flow's nodes in order, declared answers first, then fallback answers; then the red flags. */
export function inWorkbookOrder(flow: FlowDefinition, found: Found[]): Found[] {
  const order = new Map<string, number>();
  declaredTargets(flow).forEach((t, i) => order.set(t.id, i * 1000));
  const nodeIndex = new Map(flow.nodes.map((n, i) => [n.id, i]));
  const rank = (t: Target) => {
    const o = order.get(t.id);
    if (o !== undefined) return t.redFlag ? 1e9 + o : (nodeIndex.get(t.nodeId!) ?? 0) * 1e6 + o;
    return (nodeIndex.get(t.nodeId!) ?? 0) * 1e6 + 999_999;
  };
  return [...found].sort((a, b) => rank(a.target) - rank(b.target) || a.target.id.localeCompare(b.target.id));
}
