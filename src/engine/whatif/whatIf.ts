/**
 * What-if: change one fact of a row, screen it again with the same context, and say what moved — the decision, the
 * reasons gained and lost, and where the path through the flow parts. Nothing is written anywhere; the caller keeps
 * the row as read and can always go back to it.
 *
 * A change is a canonical input field (destination, hs_code, list_control, end_user_weapons_activity, rf07, …) set
 * to a new cell value, or the pseudo field `list_match`, which stands in for a party-list result the row's names do
 * not give: `eul` (the end user on the End User List), `eul_possible`, `eul_other_party` (the consignee listed),
 * `other_list` (an own or foreign list), `none` (no match at all). Every value but `other_list` stands in for an End
 * User List result, so it counts as the End User List consulted (rules/flow.ts EUL_CHECKED); `other_list` leaves the
 * lists in force as they are.
 */
import type {
  CanonicalField,
  Decision,
  OrderRow,
  PartyMatch,
  PartyRole,
  PartyScreener,
  Reason,
  ScreenResult,
  StepTaken,
  Text,
} from "../types";
import { CANONICAL_FIELDS } from "../types";
import { screen, type EngineContext } from "../screen";
import { METI_EUL_LIST_ID } from "../parties/list-model";

export const LIST_MATCH_FIELD = "list_match";
export const LIST_MATCH_VALUES = ["eul", "eul_possible", "eul_other_party", "other_list", "none"] as const;
export type ListMatchValue = (typeof LIST_MATCH_VALUES)[number];
export type WhatIfField = CanonicalField | typeof LIST_MATCH_FIELD;

export interface WhatIfChange {
  field: WhatIfField;
  value: string;
}

export interface PathFork {
  /** Index of the first step that differs (equal to the shorter length when one path is a prefix of the other). */
  index: number;
  /** The steps from the fork on, before and after the change. */
  before: StepTaken[];
  after: StepTaken[];
}

export interface WhatIfResult {
  changes: WhatIfChange[];
  before: ScreenResult;
  after: ScreenResult;
  decisionChanged: boolean;
  /** Reasons present after but not before, and before but not after (compared by code, node and outcome). */
  gained: Reason[];
  lost: Reason[];
  fork?: PathFork;
}

export class WhatIfError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

const FIELDS = new Set<string>([...CANONICAL_FIELDS, LIST_MATCH_FIELD]);

/** Parses `FIELD=VALUE` (as typed after `--what-if`). The value may be empty (`rf07=` clears the cell). */
export function parseWhatIf(spec: string): WhatIfChange {
  const eq = spec.indexOf("=");
  const field = (eq < 0 ? spec : spec.slice(0, eq)).trim().toLowerCase();
  if (eq < 0 || !FIELDS.has(field))
    throw new WhatIfError({
      ja: `--what-if「${spec}」: 「項目=値」の形で、項目は ${[...FIELDS].join(", ")} のいずれかです`,
      en: `--what-if "${spec}": write FIELD=VALUE, FIELD one of ${[...FIELDS].join(", ")}`,
    });
  const value = spec.slice(eq + 1).trim();
  if (field === LIST_MATCH_FIELD && !(LIST_MATCH_VALUES as readonly string[]).includes(value))
    throw new WhatIfError({
      ja: `--what-if list_match の値は ${LIST_MATCH_VALUES.join(" / ")} のいずれかです（「${value}」）`,
      en: `--what-if list_match takes ${LIST_MATCH_VALUES.join(" / ")} (got "${value}")`,
    });
  return { field: field as WhatIfField, value };
}

/** A party screener answering as if the row's party were (or were not) on a list. */
function listMatchScreener(value: ListMatchValue, base: PartyScreener | undefined): PartyScreener {
  const role: PartyRole | undefined =
    value === "eul" || value === "eul_possible" || value === "other_list"
      ? "end_user"
      : value === "eul_other_party"
        ? "consignee"
        : undefined;
  const isEul = value !== "other_list";
  const listId = isEul ? "meti-eul" : "what-if";
  return {
    screenParty(name, country, r): PartyMatch[] {
      if (!role || r !== role) return [];
      return [
        {
          id: `${listId}#WHAT-IF`,
          listId,
          listName: isEul ? "METI End User List (what-if)" : "what-if list",
          isEndUserList: isEul,
          entryId: "WHAT-IF",
          entryName: name,
          matchedName: name,
          score: value === "eul_possible" ? 0.84 : 1,
          band: value === "eul_possible" ? "REVIEW" : "HIT",
          role: r,
          query: name,
          entryCountry: country,
        },
      ];
    },
    listVersions: () => ({
      ...(base?.listVersions() ?? {}),
      "what-if": "what-if",
      ...(isEul ? { [METI_EUL_LIST_ID]: base?.listVersions()[METI_EUL_LIST_ID] ?? "what-if" } : {}),
    }),
  };
}

const reasonKey = (r: Reason) => `${r.nodeId}|${r.code}|${r.outcome}`;

function fork(a: readonly StepTaken[], b: readonly StepTaken[]): PathFork | undefined {
  let i = 0;
  while (i < a.length && i < b.length && a[i].nodeId === b[i].nodeId && a[i].answer === b[i].answer) i++;
  if (i === a.length && i === b.length) return undefined;
  return { index: i, before: a.slice(i), after: b.slice(i) };
}

/** The row with the changes applied (a copy; `list_match` is not a cell and is left out). */
export function applyChanges(row: OrderRow, changes: readonly WhatIfChange[]): OrderRow {
  const out: OrderRow = { ...row };
  for (const c of changes) if (c.field !== LIST_MATCH_FIELD) out[c.field] = c.value;
  return out;
}

/** Screens the row as read and with the changes, and compares. */
export function whatIf(
  row: OrderRow,
  changes: readonly WhatIfChange[],
  ctx: EngineContext,
  before: ScreenResult = screen(row, ctx),
): WhatIfResult {
  const lm = [...changes].reverse().find((c) => c.field === LIST_MATCH_FIELD);
  const afterCtx: EngineContext = lm
    ? { ...ctx, parties: listMatchScreener(lm.value as ListMatchValue, ctx.parties) }
    : ctx;
  const after = screen(applyChanges(row, changes), afterCtx);
  const had = new Set(before.reasons.map(reasonKey));
  const has = new Set(after.reasons.map(reasonKey));
  return {
    changes: [...changes],
    before,
    after,
    decisionChanged: before.decision !== after.decision,
    gained: after.reasons.filter((r) => !had.has(reasonKey(r))),
    lost: before.reasons.filter((r) => !has.has(reasonKey(r))),
    fork: fork(before.path, after.path),
  };
}

/** Decisions a what-if may report, for callers that want to say "this change would make it a licence case". */
export const isStricter = (a: Decision, b: Decision): boolean => {
  const order: Decision[] = ["NO_LICENSE", "REVIEW", "LICENSE_REQUIRED", "PROHIBITED"];
  return order.indexOf(b) > order.indexOf(a);
};
