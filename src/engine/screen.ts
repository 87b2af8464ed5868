/**
 * screen(row, context) → Result: normalise, match parties, collect red flags, walk the flow.
 * Never throws on row content; an internal failure still yields a REVIEW result that says so.
 */
import type {
  OrderRow,
  PartyMatch,
  PartyRole,
  PartyScreener,
  ScreenOptions,
  ScreenResult,
  Text,
  Versions,
} from "./types";
import { normalizeRow, type NormalizedRow } from "./normalize/row";
import { collectRedFlags } from "./redflags";
import { evaluateFlow } from "./rules/evaluate";
import { assessClearly } from "./rules/clearly";
import { FLOW, FLOW_NODES } from "./rules/flow";
import type { FlowDefinition } from "./rules/flowTypes";
import { ENGINE_VERSION, RULES_VERSION } from "./version";
import { emptyArray } from "./util/intern";

export interface EngineContext {
  parties?: PartyScreener;
  /** The decision flow to walk (the current Japanese flow by default). */
  flow?: FlowDefinition;
  options: Required<ScreenOptions>;
}

export function createContext(init: { parties?: PartyScreener; options?: ScreenOptions } = {}): EngineContext {
  return {
    parties: init.parties,
    options: {
      highValueJpy: init.options?.highValueJpy ?? 10_000_000,
      today: init.options?.today ?? new Date().toISOString().slice(0, 10),
    },
  };
}

export function versionsOf(ctx: EngineContext): Versions {
  let lists: Record<string, string> = {};
  try {
    lists = ctx.parties?.listVersions() ?? {};
  } catch {
    lists = {};
  }
  return { engine: ENGINE_VERSION, rules: RULES_VERSION, lists };
}

function screenParties(row: NormalizedRow, ctx: EngineContext, notes: Text[]): PartyMatch[] {
  if (!ctx.parties) return emptyArray();
  const dest = row.destination.iso2;
  const parties: Array<[string, string | undefined, PartyRole]> = [
    [row.endUser, row.endUserCountry.iso2 ?? dest, "end_user"],
    [row.consignee, row.consigneeCountry.iso2 ?? dest, "consignee"],
    [row.buyer, dest, "buyer"],
  ];
  const out: PartyMatch[] = [];
  for (const [name, country, role] of parties) {
    if (!name) continue;
    try {
      out.push(...ctx.parties.screenParty(name, country, role));
    } catch (e) {
      notes.push({
        ja: `当事者照合でエラー（${role}）: ${String(e)}`,
        en: `Party screening failed (${role}): ${String(e)}`,
      });
    }
  }
  if (!out.length) return emptyArray();
  return out.sort((a, b) => Number(!!a.suppressed) - Number(!!b.suppressed) || b.score - a.score);
}

export function screen(row: OrderRow, ctx: EngineContext, versions: Versions = versionsOf(ctx)): ScreenResult {
  try {
    const n = normalizeRow(row);
    const notes = n.notes;
    const partyMatches = screenParties(n, ctx, notes);
    const flags = collectRedFlags(n, ctx.options);
    const ev = evaluateFlow(ctx.flow ?? FLOW, FLOW_NODES, { row: n, matches: partyMatches, redFlags: flags });
    if (partyMatches.length && ev.decision === "NO_LICENSE" && partyMatches.some((m) => !m.suppressed)) {
      // A list match that the flow did not act on (e.g. out of 16項 scope) is still reported, never silently dropped.
      notes.push({
        ja: "当事者リストとの一致がありますが、この行の判定には影響していません。確認してください。",
        en: "A party-list match exists but did not change this row's decision; look at it.",
      });
    }
    const result: ScreenResult = {
      decision: ev.decision,
      reasons: ev.reasons,
      redFlags: flags.hits,
      partyMatches,
      path: ev.path,
      notes: notes.length ? notes : emptyArray(),
      versions,
    };
    // The guideline items with their state, where the 明らか exception was in play or the sheet has the columns.
    const cwNode = ev.path.some((s) => s.nodeId === "CW_EUL_CLEARLY" || s.nodeId === "CW_USER_CLEARLY");
    const wmdNode = ev.path.some((s) => s.nodeId === "WMD_EUL_CLEARLY" || s.nodeId === "WMD_DOC_CLEARLY");
    if (cwNode || wmdNode || n.hasGuideline)
      result.guideline = assessClearly(n, partyMatches, flags, wmdNode && !cwNode ? "WMD" : "CW").items;
    return result;
  } catch (e) {
    return unscreenableResult(
      {
        ja: `内部エラーのため判定できません（要確認）: ${String(e)}`,
        en: `Internal error, row could not be judged (review): ${String(e)}`,
      },
      versions,
    );
  }
}

/** The result of a row that could not be judged: REVIEW, with the reason as a note (never a silent clearance). */
export function unscreenableResult(note: Text, versions: Versions): ScreenResult {
  return { decision: "REVIEW", reasons: [], redFlags: [], partyMatches: [], path: [], notes: [note], versions };
}

export function screenBatch(rows: readonly OrderRow[], ctx: EngineContext): ScreenResult[] {
  const out = new Array<ScreenResult>(rows.length);
  const versions = versionsOf(ctx); // one list state for the whole batch
  for (let i = 0; i < rows.length; i++) out[i] = screen(rows[i], ctx, versions);
  return out;
}
