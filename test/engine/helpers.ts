/**
 * Test scaffolding for the engine's rule and property tests: a clean baseline order row, a small fake
 * PartyScreener (party matching is built elsewhere; this fake only lets EUL-dependent rules be exercised),
 * and structural checks every result must pass (versions, a valid walk of the flow definition, reasons with
 * ja/en text and a citation).
 */
import * as path from "path";
import * as fs from "fs";
import {
  createContext,
  screen,
  DECISIONS,
  type Decision,
  type EngineContext,
  type OrderRow,
  type PartyMatch,
  type PartyRole,
  type PartyScreener,
  type ReasonCode,
  type ScreenResult,
} from "../../src/engine";
import { FLOW, FLOW_NODES } from "../../src/engine/rules/flow";
import { nodesOfPack } from "../../src/engine/rules/packs";
import { chainConclusion } from "../../src/engine/rules/clearlyChain";
import { EUL_NO_MATCH, FIXTURE_EUL_VERSION } from "../helpers/endUserList";

/** Fixed screening date so "customer for under a year" (RF04) does not depend on the day the tests run. */
export const TODAY = "2026-11-01";

export const SEVERITY: Record<Decision, number> = { NO_LICENSE: 0, REVIEW: 1, LICENSE_REQUIRED: 2, PROHIBITED: 3 };

/**
 * A row that, by the rules, raises nothing: a non-controlled lathe (HS 8458.11, 16項(1) item 3) to
 * Vietnam (a general country), a named end user with a concrete end use, nothing known about weapons,
 * no inform, ordinary payment, a firm delivery date and address, a long-standing customer, and all 19
 * checklist answers "no". Tests override only the fields their rule is about.
 */
export function cleanRow(over: OrderRow = {}): OrderRow {
  const row: OrderRow = {
    order_id: "T-0001",
    item_description: "CNC lathe",
    hs_code: "8458.11",
    list_control: "非該当",
    destination: "Vietnam",
    consignee: "Saigon Precision Parts Co., Ltd.",
    consignee_country: "VN",
    end_user: "Saigon Precision Parts Co., Ltd.",
    end_user_country: "VN",
    end_use: "Turning bicycle hub shells in the customer's own factory",
    transaction_type: "goods",
    known_weapons_use: "none",
    end_user_weapons_activity: "none",
    meti_inform: "none",
    clearly_not_for_weapons: "",
    payment_terms: "L/C at sight",
    order_value: 8_000_000,
    currency: "JPY",
    transit_countries: "",
    delivery_date: "2026-12-15",
    delivery_address: "12 Nguyen Van Linh, District 7, Ho Chi Minh City",
    customer_since: "2015-04-01",
    service_declined: "no",
  };
  for (let i = 1; i <= 19; i++) (row as Record<string, unknown>)[`rf${String(i).padStart(2, "0")}`] = "no";
  return { ...row, ...over };
}

/** All 19 checklist answers set to the same value. */
export function allRf(value: unknown): OrderRow {
  const o: Record<string, unknown> = {};
  for (let i = 1; i <= 19; i++) o[`rf${String(i).padStart(2, "0")}`] = value;
  return o as OrderRow;
}

/** All 20 明らかガイドライン answers (mg01…mg20) set to the same value. */
export function allMg(value: unknown): OrderRow {
  const o: Record<string, unknown> = {};
  for (let i = 1; i <= 20; i++) o[`mg${String(i).padStart(2, "0")}`] = value;
  return o as OrderRow;
}

export interface FakeEntry {
  /** Party name the fake recognises (compared case-insensitively after trimming). */
  name: string;
  band: "HIT" | "REVIEW";
  /** Defaults to METI's End User List. */
  listId?: string;
  isEndUserList?: boolean;
  entryId?: string;
  entryName?: string;
  score?: number;
  cw?: boolean;
  wmd?: string[];
  country?: string;
  suppressed?: PartyMatch["suppressed"];
}

/** Test double implementing the engine's PartyScreener interface; not a model of the real matcher. */
export class FakePartyScreener implements PartyScreener {
  readonly calls: Array<{ name: string; country: string | undefined; role: PartyRole }> = [];
  constructor(
    private readonly entries: FakeEntry[],
    private readonly versions: Record<string, string> = { "meti-eul": "2025-09-29" },
  ) {}

  screenParty(name: string, country: string | undefined, role: PartyRole): PartyMatch[] {
    this.calls.push({ name, country, role });
    const key = name.trim().toLowerCase();
    return this.entries
      .filter((e) => e.name.trim().toLowerCase() === key)
      .map((e, i) => {
        const listId = e.listId ?? "meti-eul";
        const entryId = e.entryId ?? String(900 + i);
        return {
          id: `${listId}#${entryId}`,
          listId,
          listName: listId === "meti-eul" ? "METI End User List" : listId,
          isEndUserList: e.isEndUserList ?? listId === "meti-eul",
          entryId,
          entryName: e.entryName ?? e.name,
          matchedName: e.entryName ?? e.name,
          score: e.score ?? (e.band === "HIT" ? 0.97 : 0.84),
          band: e.band,
          role,
          query: name,
          entryCountry: e.country,
          cw: e.cw,
          wmd: e.wmd,
          suppressed: e.suppressed,
        };
      });
  }

  listVersions(): Record<string, string> {
    return { ...this.versions };
  }
}

/**
 * A context for rule tests. By default the End User List counts as consulted and lists nobody (a fixture, so that a
 * row can be cleared where the end-user prong is asked); pass a screener for matches, or `null` for no list at all.
 */
export function ctx(
  parties: PartyScreener | null = EUL_NO_MATCH,
  options: { highValueJpy?: number } = {},
): EngineContext {
  return createContext({ parties: parties ?? undefined, options: { today: TODAY, ...options } });
}

/** The list versions results of the default context carry. */
export const DEFAULT_LISTS: Record<string, string> = { "meti-eul": FIXTURE_EUL_VERSION };

export function run(
  row: OrderRow,
  parties: PartyScreener | null = EUL_NO_MATCH,
  options: { highValueJpy?: number } = {},
): ScreenResult {
  return screen(row, ctx(parties, options));
}

export const codes = (r: ScreenResult): ReasonCode[] => r.reasons.map((x) => x.code);
export const pathIds = (r: ScreenResult): string[] => r.path.map((s) => s.nodeId);
/**
 * The answer a result's path gave at a node; for the first node of a 明らか chain (rules/clearlyChain.ts), what the
 * chain concluded (⑰ロ's open items read as "incomplete", as the chain's own open items do).
 */
export const step = (r: ScreenResult, nodeId: string): string | undefined => {
  const nodes = nodesOfPack(r.pack);
  if (/_CLEARLY$/.test(nodeId)) {
    const c = chainConclusion(r.path, nodeId, nodes);
    return c === "incomplete17" ? "incomplete" : c;
  }
  return r.path.find((s) => s.nodeId === nodeId)?.answer;
};
export const flagCodes = (r: ScreenResult): string[] => r.redFlags.map((f) => f.code);

const PKG_VERSION: string = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "..", "..", "package.json"), "utf8"),
).version;
const CONFIDENCE = new Set(["law", "meti", "secondary", "inference"]);

/**
 * Structural checks that hold for every result, whatever the row: a known decision; versions of engine
 * (= package.json), rules (= the flow's version) and lists; a path that is a real walk of FLOW from its start
 * node to an end; reasons from nodes on that path, each with ja and en text and a citation; the decision is
 * the most severe outcome among the reasons; red flags with evidence in both languages. Returns a list of
 * problems (empty = fine) so property tests can report them.
 */
export function problems(r: ScreenResult, expectedLists: Record<string, string> = DEFAULT_LISTS): string[] {
  const out: string[] = [];
  if (!DECISIONS.includes(r.decision)) out.push(`decision ${String(r.decision)}`);
  if (r.versions?.engine !== PKG_VERSION)
    out.push(`versions.engine ${r.versions?.engine} ≠ package.json ${PKG_VERSION}`);
  if (r.versions?.rules !== FLOW.version || !/\d{4}-\d{2}-\d{2}/.test(r.versions.rules))
    out.push(`versions.rules ${r.versions?.rules}`);
  if (JSON.stringify(r.versions?.lists) !== JSON.stringify(expectedLists))
    out.push(`versions.lists ${JSON.stringify(r.versions?.lists)}`);
  if (!r.path.length) out.push("empty path (internal-error fallback)");
  if (r.path.length && r.path[0].nodeId !== FLOW.start) out.push(`path starts at ${r.path[0].nodeId}`);
  for (let i = 0; i < r.path.length; i++) {
    const node = FLOW_NODES.get(r.path[i].nodeId);
    if (!node) {
      out.push(`unknown node ${r.path[i].nodeId}`);
      continue;
    }
    const branch = node.answers[r.path[i].answer] ?? node.answers["*"];
    if (!branch) {
      out.push(`node ${node.id} has no branch for ${r.path[i].answer}`);
      continue;
    }
    const next = i + 1 < r.path.length ? r.path[i + 1].nodeId : null;
    if (branch.next !== next) out.push(`after ${node.id}:${r.path[i].answer} expected ${branch.next}, got ${next}`);
  }
  const onPath = new Set(r.path.map((s) => s.nodeId));
  if (!r.reasons.length) out.push("no reasons");
  let worst: Decision = "NO_LICENSE";
  for (const reason of r.reasons) {
    if (!DECISIONS.includes(reason.outcome)) out.push(`reason ${reason.code} outcome ${reason.outcome}`);
    if (SEVERITY[reason.outcome] > SEVERITY[worst]) worst = reason.outcome;
    if (!reason.text?.ja?.trim() || !reason.text?.en?.trim()) out.push(`reason ${reason.code} lacks ja/en text`);
    if (!reason.citation?.ja?.trim() || !reason.citation?.en?.trim())
      out.push(`reason ${reason.code} lacks a citation`);
    if (!CONFIDENCE.has(reason.citation?.confidence))
      out.push(`reason ${reason.code} confidence ${reason.citation?.confidence}`);
    if (!onPath.has(reason.nodeId)) out.push(`reason ${reason.code} from ${reason.nodeId}, not on the path`);
  }
  if (r.reasons.length && worst !== r.decision) out.push(`decision ${r.decision} but most severe reason is ${worst}`);
  const seen = new Set<string>();
  for (const f of r.redFlags) {
    if (!/^RF(0[1-9]|1\d)$/.test(f.code)) out.push(`red flag code ${f.code}`);
    if (seen.has(f.code)) out.push(`red flag ${f.code} twice`);
    seen.add(f.code);
    if (f.source !== "detected" && f.source !== "answered") out.push(`red flag ${f.code} source ${f.source}`);
    if (!f.evidence?.ja?.trim() || !f.evidence?.en?.trim()) out.push(`red flag ${f.code} lacks evidence`);
  }
  for (const n of r.notes)
    if (typeof n.ja !== "string" || typeof n.en !== "string" || !n.ja || !n.en) out.push("note without ja/en");
  return out;
}

/** Jest assertion form of `problems`. */
export function expectWellFormed(r: ScreenResult, expectedLists: Record<string, string> = DEFAULT_LISTS): void {
  expect(problems(r, expectedLists)).toEqual([]);
}
