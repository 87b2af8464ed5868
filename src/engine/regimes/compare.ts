/**
 * Figure 1's five regimes for one row: how the conventional-weapons catch-all of Japan, the US, the EU, the UK and
 * Korea would treat it, at the granularity of the interim report's figure 1 (reference/data/cw-catch-all-regimes.json).
 * For teaching only — the report's summary, not legal advice on foreign law — and it never touches the Japanese
 * decision: it reads the normalised row and returns a separate comparison.
 */
import type { Lang, OrderRow, Text } from "../types";
import { normalizeRow, type NormalizedRow } from "../normalize/row";
import data from "../reference/data/cw-catch-all-regimes.json";
import groups from "../reference/data/country-groups.json";

export type RegimeId = "JP_FIG1" | "JP_2025" | "US" | "EU" | "UK" | "KR";
/** Whether the row falls in a scope: yes, no, or the row (or this tool's data) cannot tell. */
export type InScope = "yes" | "no" | "cannotTell";
/**
 * How a requirement meets the row: it bites; its condition is not met by the row's facts; the row is outside the
 * regime's scope; the regime has no such requirement; or the row cannot show it (a foreign inform, a foreign list).
 */
export type RequirementStatus = "bites" | "notMet" | "outOfScope" | "absent" | "cannotTell";
export type RequirementKind = "inform" | "use" | "endUser";

export interface RequirementView {
  kind: RequirementKind;
  status: RequirementStatus;
  /** What the regime's requirement is (figure 1's cell). */
  rule: Text;
  /** Why this status, for this row. */
  why: Text;
}

export interface RegimeView {
  id: RegimeId;
  name: Text;
  law: Text;
  destination: InScope;
  items: InScope;
  /** Figure 1's scope cells, and which applied to the row. */
  scope: Text;
  requirements: RequirementView[];
  /** One line: would any requirement bite? */
  verdict: "bites" | "cannotTell" | "none";
  note?: Text;
  citation: Text;
}

export interface RegimeComparison {
  regimes: RegimeView[];
  disclaimer: Text;
  source: Text;
  asOf: string;
}

type DestRule =
  | { kind: "all" }
  | { kind: "allExcept"; group: string }
  | { kind: "group"; group: string }
  | { kind: "armsEmbargo"; group: string }
  | { kind: "countries"; members: string[] }
  | { kind: "embargoOrSpecified"; group: string; except?: string };
type ItemRule = { kind: "all" } | { kind: "allExceptFoodWood" } | { kind: "namedItems"; count: number };
interface ScopeTier {
  destinations: DestRule;
  items: ItemRule;
  text: Text;
}
interface Requirement {
  present: boolean;
  text?: Text;
  destinations?: DestRule;
  list?: "public" | "notPublic";
  authority?: string;
}
interface RegimeData {
  id: RegimeId;
  name: Text;
  law: Text;
  scope: ScopeTier[];
  inform: Requirement;
  use: Requirement;
  endUser: Requirement;
  note?: Text;
  citation: Text;
}

const REGIMES = data.regimes as unknown as RegimeData[];
const GROUPS = groups.groups as Record<string, { members: string[] }>;
const inGroup = (iso2: string, group: string) => GROUPS[group]?.members.includes(iso2) ?? false;
const t = (ja: string, en: string): Text => ({ ja, en });

/** The 16項 destination that counts: the destination itself (party countries are the Japanese engine's concern). */
function destinationIn(rule: DestRule, row: NormalizedRow): InScope {
  const d = row.destination.iso2;
  if (rule.kind === "all") return "yes";
  if (!d) return "cannotTell";
  switch (rule.kind) {
    case "allExcept":
      return inGroup(d, rule.group) ? "no" : "yes";
    case "group":
      return inGroup(d, rule.group) ? "yes" : "no";
    case "countries":
      return rule.members.includes(d) ? "yes" : "no";
    case "armsEmbargo":
      // This tool holds the UN embargo list only; EU Council and OSCE embargoes reach further.
      return inGroup(d, rule.group) ? "yes" : "cannotTell";
    case "embargoOrSpecified":
      if (rule.except && inGroup(d, rule.except)) return "no";
      if (inGroup(d, rule.group)) return "yes";
      if (row.hs.itemClass === "S1") return "yes";
      if (row.hs.itemClass === "S2" || row.hs.itemClass === "OUT") return "no";
      return "cannotTell";
  }
}

function itemsIn(rule: ItemRule, row: NormalizedRow): InScope {
  // A catch-all reaches only goods that the list controls do not: a list-controlled item needs a licence anyway.
  if (row.listControl === "controlled") return "no";
  const unsure = row.listControl === "unknown";
  let v: InScope;
  if (rule.kind === "all") v = "yes";
  else if (rule.kind === "namedItems")
    v = "cannotTell"; // the 49 items are not in figure 1 or in this tool
  else if (row.hs.itemClass === "OUT") v = "no";
  else if (row.hs.itemClass === "INVALID") v = "cannotTell";
  else v = "yes";
  return v === "yes" && unsure ? "cannotTell" : v;
}

const and = (a: InScope, b: InScope): InScope =>
  a === "no" || b === "no" ? "no" : a === "yes" && b === "yes" ? "yes" : "cannotTell";
const or = (a: InScope, b: InScope): InScope =>
  a === "yes" || b === "yes" ? "yes" : a === "no" && b === "no" ? "no" : "cannotTell";

const SCOPE_WHY: Record<InScope, Text> = {
  yes: t("この行は対象範囲に入ります。", "The row is within the scope."),
  no: t("この行は対象範囲外です。", "The row is outside the scope."),
  cannotTell: t(
    "この行が対象範囲に入るかは、このツールのデータでは決められません。",
    "Whether the row is within the scope cannot be told from this tool's data.",
  ),
};

function requirementView(
  kind: RequirementKind,
  req: Requirement,
  scope: InScope,
  row: NormalizedRow,
  regime: RegimeData,
): RequirementView {
  const rule = req.text ?? (req.present ? t("あり", "Yes") : t("なし", "None"));
  if (!req.present)
    return { kind, status: "absent", rule, why: t("この要件はありません。", "The regime has no such requirement.") };
  let inScope = scope;
  if (req.destinations) inScope = and(inScope, destinationIn(req.destinations, row));
  if (inScope === "no")
    return { kind, status: "outOfScope", rule, why: t("この行には適用されません。", "It does not reach this row.") };
  const japanese = regime.id === "JP_FIG1" || regime.id === "JP_2025";
  const maybe = (s: RequirementStatus): RequirementStatus => (s === "bites" && inScope !== "yes" ? "cannotTell" : s);
  if (kind === "inform") {
    if (!japanese)
      return {
        kind,
        status: "cannotTell",
        rule,
        why: t(
          "この国の当局からのインフォームの有無は行のデータにありません（経済産業省のインフォームとは別です）。",
          "Whether that country's authority has informed the exporter is not in the row (a METI inform is a different thing).",
        ),
      };
    const informed = row.inform === "CW";
    return {
      kind,
      status: maybe(informed ? "bites" : "notMet"),
      rule,
      why: informed
        ? t("通常兵器のインフォームを受けています。", "A conventional-weapons inform was received.")
        : t("通常兵器のインフォームはありません。", "No conventional-weapons inform."),
    };
  }
  if (kind === "use") {
    if (row.knownUse === "CW")
      return {
        kind,
        status: maybe("bites"),
        rule,
        why: t("通常兵器の開発等に用いられると分かっています。", "Conventional-weapons use is known."),
      };
    if (row.knownUse === "invalid")
      return {
        kind,
        status: "cannotTell",
        rule,
        why: t("兵器用途欄を解釈できません。", "The weapons-use value is not understood."),
      };
    return {
      kind,
      status: "notMet",
      rule,
      why: t("通常兵器の用途は知られていません。", "No conventional-weapons use is known."),
    };
  }
  // End-user requirement: list-based abroad; Japan's own engine decides the Japanese side.
  const cwUser = row.activity === "CW";
  if (japanese)
    return {
      kind,
      status: maybe(
        cwUser ? "bites" : row.activity === "unknown" || row.activity === "invalid" ? "cannotTell" : "notMet",
      ),
      rule,
      why: cwUser
        ? t(
            "需要者が通常兵器の開発等を行うと示されています（「明らか」の例外は日本の判定で扱います）。",
            "The end user is shown to work on conventional weapons (the 'clearly' exception is handled by the Japanese decision).",
          )
        : t(
            "需要者の通常兵器関連の活動は示されていません（外国ユーザーリストとの照合は日本の判定で行います）。",
            "No conventional-weapons activity of the end user is shown (the End User List check is part of the Japanese decision).",
          ),
    };
  const list =
    req.list === "public"
      ? t("公表リスト（このツールは保持していません）", "a published list (this tool does not hold it)")
      : t("非公表の当局情報", "the authority's unpublished information");
  return {
    kind,
    status: "cannotTell",
    rule,
    why: cwUser
      ? t(
          `需要者が通常兵器の開発等を行うと示されており、当たる可能性が高いですが、${list.ja}で確認が必要です。`,
          `The end user is shown to work on conventional weapons, so it likely bites, but it has to be checked against ${list.en}.`,
        )
      : t(`${list.ja}で確認しない限り分かりません。`, `It cannot be known without checking ${list.en}.`),
  };
}

function regimeView(regime: RegimeData, row: NormalizedRow): RegimeView {
  let destination: InScope = "no";
  let items: InScope = "no";
  let itemsAnyTier: InScope = "no";
  let scope: InScope = "no";
  const applied: Text[] = [];
  for (const tier of regime.scope) {
    const d = destinationIn(tier.destinations, row);
    const i = itemsIn(tier.items, row);
    const s = and(d, i);
    destination = or(destination, d);
    // Items count under the tiers whose destinations may be the row's (the US tiers pair items with countries).
    if (d !== "no") items = or(items, i);
    itemsAnyTier = or(itemsAnyTier, i);
    if (s !== "no") applied.push(tier.text);
    scope = or(scope, s);
  }
  if (destination === "no") items = itemsAnyTier;
  const tiers = applied.length ? applied : regime.scope.map((s) => s.text);
  const scopeText = t(
    tiers.map((x) => x.ja).join("、") + " — " + SCOPE_WHY[scope].ja,
    tiers.map((x) => x.en).join("; ") + " — " + SCOPE_WHY[scope].en,
  );
  const requirements = (["inform", "use", "endUser"] as const).map((k) =>
    requirementView(k, regime[k], scope, row, regime),
  );
  const verdict = requirements.some((r) => r.status === "bites")
    ? "bites"
    : requirements.some((r) => r.status === "cannotTell")
      ? "cannotTell"
      : "none";
  return {
    id: regime.id,
    name: regime.name,
    law: regime.law,
    destination,
    items,
    scope: scopeText,
    requirements,
    verdict,
    note: regime.note,
    citation: regime.citation,
  };
}

/** The comparison for one order row (or an already normalised row). */
export function compareRegimes(row: OrderRow | NormalizedRow): RegimeComparison {
  const n =
    "hs" in row && typeof row.hs === "object" && row.hs !== null
      ? (row as NormalizedRow)
      : normalizeRow(row as OrderRow);
  return {
    regimes: REGIMES.map((r) => regimeView(r, n)),
    disclaimer: data.disclaimer,
    source: data.source,
    asOf: data.as_of,
  };
}

export const REGIME_STATUS_LABELS: Record<RequirementStatus | InScope | RegimeView["verdict"], Text> = {
  bites: t("当たる", "bites"),
  notMet: t("当たらない", "not met"),
  outOfScope: t("対象外", "out of scope"),
  absent: t("要件なし", "no such requirement"),
  cannotTell: t("判断できない", "cannot tell"),
  yes: t("対象", "in scope"),
  no: t("対象外", "out of scope"),
  none: t("当たる要件なし", "nothing bites"),
};

export const REQUIREMENT_LABELS: Record<RequirementKind, Text> = {
  inform: t("インフォーム", "Inform"),
  use: t("用途要件", "End-use requirement"),
  endUser: t("需要者要件", "End-user requirement"),
};

/** Plain-text block for the CLI and for copying into training notes. */
export function regimesText(c: RegimeComparison, lang: Lang): string {
  const L = (x: Text) => x[lang];
  const lines: string[] = [];
  lines.push(lang === "ja" ? "図１の5つの規制との比較（参考）" : "Figure 1's five regimes compared (for reference)");
  lines.push(`  ${L(c.disclaimer)}`);
  for (const r of c.regimes) {
    lines.push(`  ${L(r.name)} — ${L(REGIME_STATUS_LABELS[r.verdict])}`);
    lines.push(
      `    ${lang === "ja" ? "仕向地" : "Destination"}: ${L(REGIME_STATUS_LABELS[r.destination])}; ${lang === "ja" ? "品目" : "Items"}: ${L(REGIME_STATUS_LABELS[r.items])} (${L(r.scope)})`,
    );
    for (const q of r.requirements)
      lines.push(
        `    ${L(REQUIREMENT_LABELS[q.kind])}: ${L(REGIME_STATUS_LABELS[q.status])} — ${L(q.rule)}. ${L(q.why)}`,
      );
    if (r.note) lines.push(`    ${L(r.note)}`);
    lines.push(`    [${L(r.citation)}]`);
  }
  lines.push(`  ${lang === "ja" ? "出典" : "Source"}: ${L(c.source)}`);
  return lines.join("\n");
}
