/**
 * Fact-finding for the 明らか exception of the user prongs: the state of each of the 20 guideline items
 * (reference/data/clearly-guideline.json) as answered (mg01…mg20), as the data can compute it (⑲ at UN arms-embargo
 * destinations, ⑰ for a listed end user, ⑱ from a known weapons use) and as detected red flags contradict it.
 * The answer is a summary label; what each label means legally (licence, review, clearance) is decided by the flow
 * nodes WMD_EUL_CLEARLY, WMD_DOC_CLEARLY, CW_EUL_CLEARLY and CW_USER_CLEARLY in rules/flow.ts.
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

/**
 * Summary of the guideline check for one user prong, most decisive first:
 * closed / maybeClosed (⑲, CW prong), concern (an item answered no), redFlags (a red flag answered yes),
 * contradicted (a detected red flag contradicts an item not answered yes), disputed (… an item answered yes, or the
 * row says clearly=yes), embargoNotClear (⑲ for other goods: cannot be confirmed), incomplete, documented
 * (clearly_not_for_weapons=yes), satisfied (every applicable item yes, nothing contradicts).
 */
export type ClearlyAnswer =
  | "closed"
  | "maybeClosed"
  | "concern"
  | "redFlags"
  | "contradicted"
  | "disputed"
  | "embargoNotClear"
  | "incomplete"
  | "documented"
  | "satisfied";

export interface ClearlyAssessment {
  answer: ClearlyAnswer;
  items: GuidelineItemState[];
  detail: Text;
}

const t = (ja: string, en: string): Text => ({ ja, en });
const endUserHits = (m: PartyMatch[]) =>
  m.filter((x) => x.isEndUserList && !x.suppressed && x.band === "HIT" && x.role === "end_user");

/**
 * Assesses the guideline for one prong. `listed`: the end user is an End User List HIT (then ⑰ applies).
 * The CW prong alone carries ⑲.
 */
export function assessClearly(
  row: NormalizedRow,
  matches: PartyMatch[],
  flags: RedFlagSummary,
  prong: "WMD" | "CW",
): ClearlyAssessment {
  const hits = endUserHits(matches);
  const listed = hits.length > 0;
  const cwCoded = hits.some((h) => h.cw);
  const group = destinationGroup(row);
  const embargo = prong === "CW" && group === "EMBARGO";
  const cls = row.hs.itemClass;
  const s1OrMaybe = cls === "S1" || uncertainClass(row);

  // Detected red flags, by code (a flag detected from the data, whatever the checklist says).
  const detected = new Map<string, Text>();
  for (const h of flags.hits) if (h.source === "detected") detected.set(h.code, h.evidence);
  const answeredYes: RedFlagCode[] = [];
  row.checklist.forEach((a, i) => {
    if (a === "yes") answeredYes.push(`RF${String(i + 1).padStart(2, "0")}` as RedFlagCode);
  });

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

  const list = (xs: GuidelineItemState[]) =>
    t(
      xs.map((x) => x.number + (x.evidence ? `（${x.evidence.ja}）` : "")).join("、"),
      xs.map((x) => x.number + (x.evidence ? ` (${x.evidence.en})` : "")).join(", "),
    );
  const by = (s: GuidelineItemState["state"]) => items.filter((x) => x.state === s);
  const closed = by("closed");
  const mg19 = items.find((x) => x.id === "mg19")!;
  const result = (answer: ClearlyAnswer, detail: Text): ClearlyAssessment => ({ answer, items, detail });

  if (closed.length && cls === "S1") return result("closed", list(closed));
  const concerns = by("concern");
  if (concerns.length) return result("concern", t(`懸念あり: ${list(concerns).ja}`, `concern: ${list(concerns).en}`));
  if (row.clearlyAnswer === "no")
    return result(
      "concern",
      t("clearly_not_for_weapons=いいえ（「明らか」ではないと判断）", "clearly_not_for_weapons=no (judged not clear)"),
    );
  if (answeredYes.length)
    return result("redFlags", t(`回答「はい」: ${answeredYes.join(", ")}`, `answered yes: ${answeredYes.join(", ")}`));
  const contradicted = by("contradicted");
  const clearly = row.clearlyNotForWeapons;
  if (contradicted.length) {
    const disputed = clearly || contradicted.every((x) => x.answer === "yes");
    const d = list(contradicted);
    return result(
      disputed ? "disputed" : "contradicted",
      disputed
        ? t(
            `回答は「満たす」／「明らか」ですがデータと矛盾: ${d.ja}`,
            `answered satisfied / clear, but the data disagrees: ${d.en}`,
          )
        : t(`データが次の項目と矛盾: ${d.ja}`, `the data contradicts: ${d.en}`),
    );
  }
  if (closed.length) return result("maybeClosed", list(closed));
  if (mg19.state === "cannotConfirm") return result("embargoNotClear", list([mg19]));
  const open = items.filter((x) => x.state === "notChecked" || x.state === "unreadable");
  // ⑰ロ: a CW-coded listed entity and (possibly) 16項(1) goods — every other item must be satisfied; a bare
  // clearly=yes is not enough.
  if (listed && cwCoded && s1OrMaybe && open.length)
    return result(
      "incomplete",
      t(
        `CW区分の外国ユーザーリスト掲載者に16項(1)貨物: ⑰により他の全項目の確認が必要。未確認: ${list(open).ja}`,
        `CW-coded End User List entry and 16項(1) goods: item 17 requires every other item to be satisfied. Not checked: ${list(open).en}`,
      ),
    );
  if (clearly) return result("documented", t("clearly_not_for_weapons=はい", "clearly_not_for_weapons=yes"));
  if (!open.length)
    return result(
      "satisfied",
      t(
        "該当する項目はすべて「満たす」、データとの矛盾なし",
        "every applicable item satisfied, nothing in the data disagrees",
      ),
    );
  return result(
    "incomplete",
    t(
      `未確認の項目: ${list(open).ja}（列 mg01〜mg20 に回答してください）`,
      `items not checked: ${list(open).en} (answer them in columns mg01–mg20)`,
    ),
  );
}

function join(xs: Text[]): Text | undefined {
  if (!xs.length) return undefined;
  return t(xs.map((x) => x.ja).join("／"), xs.map((x) => x.en).join("; "));
}
