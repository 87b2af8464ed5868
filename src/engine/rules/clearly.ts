/**
 * Fact-finding for the 明らか exception of the user prongs: the state of each of the 20 guideline items
 * (reference/data/clearly-guideline.json) as answered (mg01…mg20), as the data can compute it (⑲ at UN arms-embargo
 * destinations, ⑰ for a listed end user, ⑱ from a known weapons use) and as detected red flags contradict it.
 * These are observations of the row (observeGuideline); which of them lifts or keeps a user prong, in which order and
 * with which outcome, is read in the flow: the 明らか chains built by clearlyChain() in rules/flow.ts.
 */
import type { GuidelineItemState, PartyMatch, RedFlagCode, Text } from "../types";
import type { NormalizedRow } from "../normalize/row";
import type { RedFlagSummary } from "../redflags";
import type { GuidelineAnswer } from "../normalize/values";
import guideline from "../reference/data/clearly-guideline.json";
import { destinationGroup, uncertainClass } from "./groups";

export interface GuidelineItem {
  id: string;
  number: string;
  group: Text;
  ja: string;
  en: string;
  applies: "always" | "conditional" | "listed" | "embargo";
  contradictedBy: string[];
}

export const GUIDELINE = guideline as {
  about: string;
  source: string;
  as_of: string;
  confidence: "secondary";
  items: GuidelineItem[];
};

/** The guideline items with their state, for one user prong (the pane's guideline column and the result). */
export interface ClearlyAssessment {
  items: GuidelineItemState[];
}

/**
 * What the guideline check shows, as observations of the row (which items are answered no, contradicted by the data,
 * or left open). Item ⑲ is computed from the destination and the goods (embargoGoods) and never counts here, and
 * ⑰ only counts for a listed end user, so the observations are the same for the WMD and the conventional-weapons
 * prong. What they mean legally — in which order, with which outcome — is read in the flow (rules/flow.ts,
 * clearlyChain).
 */
export interface GuidelineObservation {
  /** An applicable item answered no, or clearly_not_for_weapons = no. */
  concern?: Text;
  /** Red-flag checklist columns answered yes. */
  answeredYes?: Text;
  /** What the data contradicts: items left open ("unanswered"), or answers given (items yes, or clearly=yes). */
  contradicted: "none" | "unanswered" | "answered";
  contradictedDetail?: Text;
  /** Applicable items not answered (blank or unreadable). */
  open?: Text;
}

const t = (ja: string, en: string): Text => ({ ja, en });
const endUserHits = (m: PartyMatch[]) =>
  m.filter((x) => x.isEndUserList && !x.suppressed && x.band === "HIT" && x.role === "end_user");

/**
 * The state of each guideline item for one prong. `listed`: the end user is an End User List HIT (then ⑰ applies).
 * The CW prong alone carries ⑲, shown with the state its facts give (the flow decides with embargoGoods).
 */
export function assessClearly(
  row: NormalizedRow,
  matches: PartyMatch[],
  flags: RedFlagSummary,
  prong: "WMD" | "CW",
): ClearlyAssessment {
  return { items: guidelineItems(row, matches, flags, prong) };
}

function guidelineItems(
  row: NormalizedRow,
  matches: PartyMatch[],
  flags: RedFlagSummary,
  prong: "WMD" | "CW",
): GuidelineItemState[] {
  const listed = endUserHits(matches).length > 0;
  const group = destinationGroup(row);
  const embargo = prong === "CW" && group === "EMBARGO";
  const cls = row.hs.itemClass;

  // Detected red flags, by code (a flag detected from the data, whatever the checklist says).
  const detected = new Map<string, Text>();
  for (const h of flags.hits) if (h.source === "detected") detected.set(h.code, h.evidence);

  const items: GuidelineItemState[] = [];
  for (const [i, item] of GUIDELINE.items.entries()) {
    const answer: GuidelineAnswer = row.guideline[i];
    const text = t(item.ja, item.en);
    const base = { id: item.id, number: item.number, text };
    let applicable = true;
    if (item.applies === "listed") applicable = listed;
    if (item.applies === "embargo") applicable = embargo;
    if (!applicable) {
      items.push({ ...base, state: "notApplicable", answer });
      continue;
    }
    if (item.applies === "embargo") {
      // ⑲ is computed: closed for 16項(1) goods; for other goods the 34 high-concern examples are not held.
      if (cls === "S1")
        items.push({
          ...base,
          state: "closed",
          answer,
          evidence: t("16項(1)特定品目のため「明らか」は使えません", "a 16項(1) item: the 'clearly' route is closed"),
        });
      else if (uncertainClass(row))
        items.push({
          ...base,
          state: "closed",
          answer,
          evidence: t(
            "HSコードから16項(1)でないと確かめられません",
            "the HS code cannot show that the goods are not 16項(1)",
          ),
        });
      else
        items.push({
          ...base,
          state: "cannotConfirm",
          answer,
          evidence: t(
            "おそれの強い貨物例（34品目）を本ツールは保持していないため確認できません",
            "the tool does not hold the 34 high-concern goods examples, so this cannot be confirmed",
          ),
        });
      continue;
    }
    const against: Text[] = [];
    for (const code of item.contradictedBy) {
      const ev = detected.get(code);
      if (ev) against.push(t(`${code}（検出）: ${ev.ja}`, `${code} (detected): ${ev.en}`));
    }
    if (item.id === "mg18" && row.knownUse !== "none" && row.knownUse !== "invalid")
      against.push(
        t(`兵器用途の記載あり（${row.knownUse}）`, `a weapons use is recorded (known_weapons_use=${row.knownUse})`),
      );
    if (item.id === "mg02" && listed && row.activity === "unknown")
      against.push(t("需要者の活動が「不明」とされています", "the end user's activity is marked unknown"));
    if (answer === "no") items.push({ ...base, state: "concern", answer, evidence: join(against) });
    else if (against.length) items.push({ ...base, state: "contradicted", answer, evidence: join(against) });
    else if (answer === "yes") items.push({ ...base, state: "satisfied", answer });
    else if (answer === "na" && item.applies === "conditional") items.push({ ...base, state: "satisfied", answer });
    else if (answer === "invalid") items.push({ ...base, state: "unreadable", answer });
    else items.push({ ...base, state: "notChecked", answer });
  }

  // Detected flags no item names still count against ⑳ (nothing else suspicious).
  const named = new Set(GUIDELINE.items.flatMap((i) => i.contradictedBy));
  const stray = [...detected.entries()].filter(([code]) => !named.has(code));
  if (stray.length) {
    const mg20 = items.find((x) => x.id === "mg20")!;
    const ev = stray.map(([code, e]) => t(`${code}（検出）: ${e.ja}`, `${code} (detected): ${e.en}`));
    if (mg20.state !== "concern") mg20.state = "contradicted";
    mg20.evidence = join([...(mg20.evidence ? [mg20.evidence] : []), ...ev]);
  }

  return items;
}

const list = (xs: GuidelineItemState[]) =>
  t(
    xs.map((x) => x.number + (x.evidence ? `（${x.evidence.ja}）` : "")).join("、"),
    xs.map((x) => x.number + (x.evidence ? ` (${x.evidence.en})` : "")).join(", "),
  );

/** One observation per row (the flow asks several facts of it; party matches and flags are the row's own). */
const observed = new WeakMap<
  NormalizedRow,
  { matches: PartyMatch[]; flags: RedFlagSummary; o: GuidelineObservation }
>();

/** The guideline observations of a row (see GuidelineObservation). */
export function observeGuideline(
  row: NormalizedRow,
  matches: PartyMatch[],
  flags: RedFlagSummary,
): GuidelineObservation {
  const hit = observed.get(row);
  if (hit && hit.matches === matches && hit.flags === flags) return hit.o;
  // The WMD prong's items: ⑲ not applicable, the rest as for either prong.
  const items = guidelineItems(row, matches, flags, "WMD");
  const by = (s: GuidelineItemState["state"]) => items.filter((x) => x.state === s);
  const o: GuidelineObservation = { contradicted: "none" };
  const concerns = by("concern");
  if (concerns.length) o.concern = t(`懸念あり: ${list(concerns).ja}`, `concern: ${list(concerns).en}`);
  else if (row.clearlyAnswer === "no")
    o.concern = t(
      "clearly_not_for_weapons=いいえ（「明らか」ではないと判断）",
      "clearly_not_for_weapons=no (judged not clear)",
    );
  const answeredYes: RedFlagCode[] = [];
  row.checklist.forEach((a, i) => {
    if (a === "yes") answeredYes.push(`RF${String(i + 1).padStart(2, "0")}` as RedFlagCode);
  });
  if (answeredYes.length)
    o.answeredYes = t(`回答「はい」: ${answeredYes.join(", ")}`, `answered yes: ${answeredYes.join(", ")}`);
  const contradicted = by("contradicted");
  if (contradicted.length) {
    const answered = row.clearlyNotForWeapons || contradicted.every((x) => x.answer === "yes");
    const d = list(contradicted);
    o.contradicted = answered ? "answered" : "unanswered";
    o.contradictedDetail = answered
      ? t(
          `回答は「満たす」／「明らか」ですがデータと矛盾: ${d.ja}`,
          `answered satisfied / clear, but the data disagrees: ${d.en}`,
        )
      : t(`データが次の項目と矛盾: ${d.ja}`, `the data contradicts: ${d.en}`);
  }
  const open = items.filter((x) => x.state === "notChecked" || x.state === "unreadable");
  if (open.length)
    o.open = t(
      `未確認の項目: ${list(open).ja}（列 mg01〜mg20 に回答してください）`,
      `items not checked: ${list(open).en} (answer them in columns mg01–mg20)`,
    );
  observed.set(row, { matches, flags, o });
  return o;
}

function join(xs: Text[]): Text | undefined {
  if (!xs.length) return undefined;
  return t(xs.map((x) => x.ja).join("／"), xs.map((x) => x.en).join("; "));
}
