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
import { evaluateFlow, moreSevere, type Evaluation } from "./rules/evaluate";
import { guidelineItems } from "./rules/guidelineCache";
import { FLOW_NODES } from "./rules/flow";
import type { FlowDefinition } from "./rules/flowTypes";
import { CURRENT_PACK, RULE_PACKS, packFor, type RulePack } from "./rules/packs";
import { ENGINE_VERSION, RULES_VERSION } from "./version";
import { emptyArray } from "./util/intern";
import { endUserListState } from "./parties/list-model";

export interface EngineContext {
  parties?: PartyScreener;
  /** A decision flow to walk instead of a pack's (tests and the training search; the current pack's facts). */
  flow?: FlowDefinition;
  /** Screen every row under this pack, whatever its date. */
  pack?: RulePack;
  /** Choose the pack in force on this ISO date (`--as-of`), whatever the rows' shipment dates. */
  asOf?: string;
  options: Required<ScreenOptions>;
}

/** Today's date and pack, looked up again at most once a minute (screen() asks for every row). */
let today = { until: 0, date: "", pack: undefined as RulePack | undefined };
function todaysPack(): { date: string; pack?: RulePack } {
  const now = Date.now();
  if (now >= today.until) {
    const date = new Date(now).toISOString().slice(0, 10);
    today = { until: now + 60_000, date, pack: packFor(date) };
  }
  return today;
}

/** The pack for one row: forced, else --as-of, else the row's shipment date (delivery_date), else today. */
export function choosePack(
  ctx: EngineContext,
  row: NormalizedRow,
): { pack?: RulePack; date: string; by: "pack" | "asOf" | "shipment" | "today" } {
  if (ctx.pack) return { pack: ctx.pack, date: ctx.pack.validFrom, by: "pack" };
  if (ctx.asOf) return { pack: packFor(ctx.asOf), date: ctx.asOf, by: "asOf" };
  if (row.deliveryDate) return { pack: packFor(row.deliveryDate), date: row.deliveryDate, by: "shipment" };
  const t = todaysPack();
  return { pack: t.pack, date: t.date, by: "today" };
}

export function createContext(
  init: { parties?: PartyScreener; options?: ScreenOptions; asOf?: string } = {},
): EngineContext {
  return {
    parties: init.parties,
    asOf: init.asOf,
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
  return { engine: ENGINE_VERSION, rules: RULES_VERSION, pack: CURRENT_PACK.id, lists };
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
    const chosen = ctx.flow ? { pack: CURRENT_PACK, date: "", by: "pack" as const } : choosePack(ctx, n);
    // The lists in force for the run decide whether the end-user prong could be answered "none" (rules/flow.ts EUL_CHECKED).
    const input = { row: n, matches: partyMatches, redFlags: flags, endUserList: endUserListState(versions.lists) };
    let pack = chosen.pack;
    let ev: Evaluation;
    if (chosen.by === "shipment" && pack !== CURRENT_PACK) {
      // The sheet's shipment date lies before today's pack (or before any pack). The goods may have been shipped then,
      // or the date may be stale: both packs are walked and the more severe decision is shown, never a weaker one than
      // today's rules give (--as-of DATE screens under one pack exactly).
      if (!pack) {
        const now = evaluateFlow(CURRENT_PACK.flow, CURRENT_PACK.nodes, input, CURRENT_PACK.facts);
        notes.push({
          ja: `出荷日 ${chosen.date} に適用される規制パックはありません（本ツールの規制は ${firstPackDate()} 以降）。現行規制（${CURRENT_PACK.id}）で判定しました。`,
          en: `No rule pack covers the shipment date ${chosen.date} (this tool holds the rules from ${firstPackDate()}); screened under today's rules (${CURRENT_PACK.id}).`,
        });
        pack = CURRENT_PACK;
        ev = now;
      } else {
        const then = evaluateFlow(pack.flow, pack.nodes, input, pack.facts);
        // Today's walk is only needed where it can differ: a path through nodes both packs share (the same node
        // objects, the same fact functions) is walked identically under today's pack, to the same decision.
        const now = sameUnder(CURRENT_PACK, pack, then)
          ? then
          : evaluateFlow(CURRENT_PACK.flow, CURRENT_PACK.nodes, input, CURRENT_PACK.facts);
        const stricterNow = moreSevere(now.decision, then.decision) !== then.decision;
        notes.push(
          stricterNow
            ? {
                ja: `出荷日 ${chosen.date} の規制（${pack.id}）では ${then.decision} ですが、現行規制（${CURRENT_PACK.id}）ではより重い ${now.decision} のため、現行規制の判定を示します。出荷済みの取引を当時の規制で確かめるには --as-of ${chosen.date} を使ってください。`,
                en: `Under the rules of the shipment date ${chosen.date} (${pack.id}) the decision is ${then.decision}; today's rules (${CURRENT_PACK.id}) give the more severe ${now.decision}, which is shown. To check a shipment already made under the rules of its date, use --as-of ${chosen.date}.`,
              }
            : {
                ja: `出荷日 ${chosen.date} により ${pack.id} の規制で判定しました（現行規制 ${CURRENT_PACK.id} では ${now.decision}）。`,
                en: `Screened under ${pack.id} because the shipment date is ${chosen.date} (today's rules, ${CURRENT_PACK.id}, decide ${now.decision}).`,
              },
        );
        if (stricterNow) {
          pack = CURRENT_PACK;
          ev = now;
        } else ev = then;
      }
    } else {
      if (!pack) return noPackResult(chosen.date, versions);
      ev = evaluateFlow(ctx.flow ?? pack.flow, ctx.flow ? FLOW_NODES : pack.nodes, input, pack.facts);
    }
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
      versions: pack === CURRENT_PACK ? versions : { ...versions, rules: pack.rulesVersion, pack: pack.id },
      pack: pack.id,
    };
    // The guideline items with their state, where the 明らか exception was in play or the sheet has the columns.
    const cwNode = ev.path.some((s) => s.nodeId.startsWith("CW_EUL_CLEARLY") || s.nodeId.startsWith("CW_USER_CLEARLY"));
    const wmdNode = ev.path.some(
      (s) => s.nodeId.startsWith("WMD_EUL_CLEARLY") || s.nodeId.startsWith("WMD_DOC_CLEARLY"),
    );
    if (cwNode || wmdNode || n.hasGuideline)
      result.guideline = guidelineItems(n, partyMatches, flags, wmdNode && !cwNode ? "WMD" : "CW");
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

/**
 * Whether walking `today` would retrace `then`'s path: the walk is deterministic, so if every node on the path is the
 * very node object of today's pack (same question, same branches) and the packs answer facts with the same functions,
 * each step takes the same branch to the same next node and contributes the same outcome.
 */
function sameUnder(today: RulePack, earlier: RulePack, then: Evaluation): boolean {
  if (today.facts !== earlier.facts || today.flow.start !== earlier.flow.start) return false;
  for (const step of then.path) if (today.nodes.get(step.nodeId) !== earlier.nodes.get(step.nodeId)) return false;
  return true;
}

/** No rule pack covers the date: no rules, so no clearance (REVIEW, the note says which dates are covered). */
const firstPackDate = () => [...RULE_PACKS].map((p) => p.validFrom).sort()[0];

function noPackResult(date: string, versions: Versions): ScreenResult {
  const from = firstPackDate();
  return unscreenableResult(
    {
      ja: `${date} に適用される規制パックがありません（本ツールの規制は ${from} 以降）。この日付の規制で確認してください（要確認）`,
      en: `No rule pack covers ${date} (this tool holds the rules from ${from}); check under the rules of that date (review)`,
    },
    { ...versions, pack: "" },
  );
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
