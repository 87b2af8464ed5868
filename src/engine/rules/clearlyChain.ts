/**
 * The 明らか test of a user prong, as flow nodes. A user prong that is met is lifted only where it is 明らか from the
 * use and the terms of the deal that the goods will not go to weapons, judged by the guideline's items ①–⑳
 * (reference/data/clearly-guideline.json). Each node asks one observation of the row (rules/clearly.ts reads the
 * items; rules/facts.ts answers), and the order of the nodes is the order in which the conclusions are drawn:
 *
 *   ⑲ a 16項(1) item to a UN arms-embargo destination (CW prong)  → licence, the route is closed
 *   an item answered no, or clearly_not_for_weapons = no           → licence (a concern)
 *   a red-flag checklist column answered yes                        → licence
 *   the data contradicts an item left open / an answer given        → licence / review
 *   ⑲ at an embargo destination, goods not shown to be outside it   → review (cannot be cleared here)
 *   ⑰ロ a CW-coded listed end user and (possibly) 16項(1) goods     → review unless every other item is answered
 *   the judgement documented (clearly_not_for_weapons = yes)        → no licence for this prong
 *   every applicable item answered                                  → no licence for this prong; else review
 *
 * The interim report's figure 3 (all red flags "no" → no licence) was a proposal the enacted text did not take up:
 * red flags answered "no" do not clear a row.
 */
import type { Branch, FlowNode, FlowNodeSpec } from "./flowTypes";
import type { Citation, ReasonCode, Text } from "../types";

/** What a 明らか chain concludes, one per way out of it. */
export type ClearlyConclusion =
  | "closed"
  | "concern"
  | "redFlags"
  | "contradicted"
  | "disputed"
  | "maybeClosed"
  | "embargoNotClear"
  | "incomplete17"
  | "documented"
  | "satisfied"
  | "incomplete";

export type Conclusion = Omit<Branch, "next">;

export interface ClearlySpec {
  /** Id of the chain's first node; the others are `${id}_CONCERN`, `${id}_RF` … */
  id: string;
  lane: FlowNode["lane"];
  /** Reason codes of the prong that was hit, recorded with every outcome of the chain. */
  prong: ReasonCode[];
  /** Short name of the chain, opening each node's label ("CW user"). */
  tag: Text;
  /** How the prong was hit, opening the question ("The end user is on the End User List"). */
  who: Text;
  citation: Citation;
  /** Where every way out of the chain leads. */
  next: string;
  /** The chain asks guideline item ⑲ (UN arms-embargo destinations): the conventional-weapons prong. */
  item19: boolean;
  /** The chain asks guideline item ⑰ロ (a CW-coded End User List entry): chains that a listed end user can enter. */
  item17: boolean;
  /** Conclusions other than the 明らか outcomes below (an advisory chain; the rules before 2025-10-09). */
  conclusions?: Partial<Record<ClearlyConclusion, Conclusion>>;
}

const GUIDELINE_19: Citation = {
  ja: "補完規制通達1.(6)明らかガイドライン⑲（国連武器禁輸国（別表第三の二）向け・その居住者向けの16項(1)特定品目及び通常兵器の「おそれの強い貨物例」には「明らか」を使えない。内容は二次資料の要約）",
  en: "Catch-all circular 1.(6) 'clearly' guideline item 19 (no 'clearly' for item 16(1) specified items or METI's conventional-weapons high-concern goods to UN arms-embargo destinations (Table 3-2) or their residents; content from a secondary summary)",
  confidence: "secondary",
};
const GUIDELINE_17: Citation = {
  ja: "補完規制通達1.(6)明らかガイドライン⑰ロ（通常兵器の区分で外国ユーザーリストに掲載された者に16項(1)貨物を輸出するときは、他の全項目の確認が必要。内容は二次資料の要約）",
  en: "Catch-all circular 1.(6) 'clearly' guideline item 17(b) (item 16(1) goods to an End User List entry coded for conventional weapons: every other item must be satisfied; content from a secondary summary)",
  confidence: "secondary",
};

/** The 明らか outcomes of a user prong (licence, review, or the prong lifted), with what to do next. */
export function clearlyConclusions(c: Pick<ClearlySpec, "prong" | "who">): Record<ClearlyConclusion, Conclusion> {
  const r = (...codes: ReasonCode[]) => [...c.prong, ...codes];
  return {
    closed: {
      outcome: "LICENSE_REQUIRED",
      reasons: r("CLEARLY_ROUTE_CLOSED"),
      text: {
        ja: `${c.who.ja}、国連武器禁輸国（別表第三の二）向け、またはその居住者向けの16項(1)特定品目では「明らか」の判断が使えない（ガイドライン⑲）ため、許可申請が必要です。許可を申請してください`,
        en: `${c.who.en}; for a 16項(1) item to a UN arms-embargo destination (Table 3-2) or its residents the 'clearly' route is closed (guideline item 19), so a licence is needed: apply for one`,
      },
    },
    concern: {
      outcome: "LICENSE_REQUIRED",
      reasons: r("CLEARLY_CONCERN"),
      text: {
        ja: `${c.who.ja}、明らかガイドラインの項目に「いいえ」（懸念あり）があるため「明らか」とはいえず、許可申請が必要です。懸念が解消できた場合は根拠を記録して項目を「はい」に直し再判定し、できなければ許可を申請してください`,
        en: `${c.who.en}, and a guideline item is answered no (a concern), so it is not 'clear': a licence is needed. If the concern is resolved, record why, set the item to yes and screen again; otherwise apply for a licence`,
      },
    },
    redFlags: {
      outcome: "LICENSE_REQUIRED",
      reasons: r("RED_FLAGS"),
      text: {
        ja: `${c.who.ja}、Red Flagsに「はい」の回答があるため「明らか」とはいえず、許可申請が必要です。相手方に照会して解消できた場合は記録して回答を直し再判定し、できなければ許可を申請してください`,
        en: `${c.who.en}, and a red flag is answered yes, so it is not 'clear': a licence is needed. Inquire with the customer; if resolved, record it, correct the answer and screen again; otherwise apply for a licence`,
      },
    },
    contradicted: {
      outcome: "LICENSE_REQUIRED",
      reasons: r("CLEARLY_CONTRADICTED"),
      text: {
        ja: `${c.who.ja}、データから検出された事情が明らかガイドラインの項目に反するため「明らか」とはいえず、許可申請が必要です。相手方に照会し、解消できた場合は根拠を記録して項目を「はい」にし再判定してください`,
        en: `${c.who.en}, and something detected in the data contradicts a guideline item, so it is not 'clear': a licence is needed. Inquire with the customer; if resolved, record why, set the item to yes and screen again`,
      },
    },
    disputed: {
      outcome: "REVIEW",
      reasons: r("CLEARLY_CONTRADICTED"),
      text: {
        ja: `${c.who.ja}、項目（または「明らか」の判断）は「満たす」と回答されていますが、データから検出された事情と食い違います。どちらが正しいか確かめ、記録か回答を直して再判定してください`,
        en: `${c.who.en}. An item (or the 'clearly' judgement) is answered satisfied, but what the data shows disagrees: find out which is right, correct the record or the answer, and screen again`,
      },
    },
    maybeClosed: {
      outcome: "REVIEW",
      reasons: r("CLEARLY_ROUTE_CLOSED"),
      text: {
        ja: `${c.who.ja}、国連武器禁輸国向けで、HSコードからは16項(1)特定品目でないと確かめられません。特定品目なら⑲により「明らか」は使えません。統計品目番号（9桁）を確認して再判定してください`,
        en: `${c.who.en}; the destination is under a UN arms embargo and the HS code cannot show that this is not a 16項(1) item, for which item 19 closes the 'clearly' route. Check the full statistical code (9 digits) and screen again`,
      },
      unverified: true,
    },
    embargoNotClear: {
      outcome: "REVIEW",
      reasons: r("CLEARLY_CHECK_INCOMPLETE"),
      text: {
        ja: `${c.who.ja}、国連武器禁輸国向けでは、貨物が通常兵器の「おそれの強い貨物例」に当たると「明らか」は使えません（⑲）。本ツールはこの貨物例を保持していないため、この行を「許可不要」にできません。貨物例と照合し、結果を記録して経済産業省に相談してください`,
        en: `${c.who.en}; at a UN arms-embargo destination the 'clearly' route is closed for goods among METI's conventional-weapons high-concern examples (item 19). The tool does not hold that list, so it cannot clear this row: check the goods against the examples, record the result and consult METI`,
      },
      unverified: true,
    },
    incomplete17: {
      outcome: "REVIEW",
      reasons: r("CLEARLY_CHECK_INCOMPLETE"),
      text: {
        ja: `${c.who.ja}、通常兵器の区分で外国ユーザーリストに掲載された需要者に16項(1)（またはその可能性のある）貨物を輸出するため、ガイドライン⑰ロにより他の全項目の確認が必要です（「明らか」の判断だけでは足りません）。列 mg01〜mg20 で未確認の項目に回答して再判定してください`,
        en: `${c.who.en}, coded for conventional weapons, and the goods are (or may be) 16項(1): under guideline item 17(b) every other item must be satisfied — a 'clearly' judgement alone is not enough. Answer the open items in columns mg01–mg20 and screen again`,
      },
    },
    documented: {
      outcome: "NO_LICENSE",
      reasons: r("CLEARLY_NOT_FOR_WEAPONS"),
      text: {
        ja: `${c.who.ja}ますが、「明らか」と判断・文書化され（clearly_not_for_weapons=はい）、データとの矛盾もないため、この要件による許可は不要です。判断記録を保存してください`,
        en: `${c.who.en}, but the 'clearly not for weapons' judgement is documented (clearly_not_for_weapons=yes) and nothing in the data disagrees, so this prong needs no licence; keep the record`,
      },
    },
    satisfied: {
      outcome: "NO_LICENSE",
      reasons: r("CLEARLY_NOT_FOR_WEAPONS"),
      text: {
        ja: `${c.who.ja}ますが、明らかガイドラインの該当項目がすべて「満たす」と回答され、データとの矛盾もないため「明らか」と扱い、この要件による許可は不要です。チェックの記録を保存してください`,
        en: `${c.who.en}, but every applicable guideline item is answered satisfied and nothing in the data disagrees, so it is treated as 'clear' and this prong needs no licence; keep the checklist record`,
      },
    },
    incomplete: {
      outcome: "REVIEW",
      reasons: r("CLEARLY_CHECK_INCOMPLETE"),
      text: {
        ja: `${c.who.ja}、許可が要るかは「明らか」かどうか（明らかガイドライン①〜⑳）で決まりますが、その確認が完了していません。Red Flagsがすべて「いいえ」でもこの確認の代わりにはなりません。列 mg01〜mg20 でガイドライン①〜⑳の各項目を確認するか、判断を文書化して clearly_not_for_weapons を「はい」にし、再判定してください。確認できない場合は経済産業省に相談するか、許可を申請してください`,
        en: `${c.who.en}; whether a licence is needed turns on whether it is 'clear' under the guideline (items 1–20), and that check is not complete. Red flags all answered no do not replace it. Work through guideline items 1–20 in columns mg01–mg20, or document the judgement and set clearly_not_for_weapons to yes, then screen again; if they cannot be confirmed, consult METI or apply for a licence`,
      },
    },
  };
}

/** The chain's node ids, in order (the first is the spec's id). */
export function clearlyChainIds(c: Pick<ClearlySpec, "id" | "item19" | "item17">): string[] {
  const steps = [
    ...(c.item19 ? ["19"] : []),
    "CONCERN",
    "RF",
    "DATA",
    ...(c.item19 ? ["19_GOODS"] : []),
    ...(c.item17 ? ["17", "17_GOODS", "17_OPEN"] : []),
    "DOC",
    "ITEMS",
  ];
  return steps.map((s) => stepId(c, s));
}

const t = (ja: string, en: string): Text => ({ ja, en });

/** The nodes of one 明らか chain (see the file comment for the order). */
export function clearlyChain(c: ClearlySpec): FlowNodeSpec[] {
  const all = { ...clearlyConclusions(c), ...c.conclusions };
  const out = (k: ClearlyConclusion): Branch => ({ ...all[k], next: c.next });
  const idOf = (step: string) => stepId(c, step);
  const base = (step: string, label: Text, question: Text, citation = c.citation) => ({
    id: idOf(step),
    lane: c.lane,
    label: t(`${c.tag.ja}：${label.ja}`, `${c.tag.en}: ${label.en}`),
    question: t(`${c.who.ja}、${question.ja}`, `${c.who.en}. ${question.en}`),
    citation,
  });
  const after19 = c.item17 ? idOf("17") : idOf("DOC");
  const nodes: FlowNodeSpec[] = [];
  if (c.item19)
    nodes.push({
      ...base(
        "19",
        t("⑲禁輸国向け16項(1)か", "⑲ item 16(1) to an embargo destination?"),
        t(
          "仕向地（または荷受人・需要者の所在国）は国連武器禁輸国で、貨物は16項(1)特定品目ですか（ガイドライン⑲）。",
          "Is the destination (or the consignee's or end user's country) under a UN arms embargo, and the goods a item 16(1) specified item (guideline item 19)?",
        ),
        GUIDELINE_19,
      ),
      fact: "embargoGoods",
      answers: {
        S1: out("closed"),
        uncertain: { next: idOf("CONCERN") },
        other: { next: idOf("CONCERN") },
        notEmbargo: { next: idOf("CONCERN") },
      },
    });
  nodes.push(
    {
      ...base(
        "CONCERN",
        t("懸念の回答", "concern answered?"),
        t(
          "明らかガイドラインの該当項目に「いいえ」（懸念あり）の回答があるか、「明らか」ではないと判断されていますか（clearly_not_for_weapons=いいえ）。",
          "Is an applicable guideline item answered no (a concern), or is the row judged not clear (clearly_not_for_weapons = no)?",
        ),
      ),
      fact: "guidelineConcern",
      answers: { yes: out("concern"), no: { next: idOf("RF") } },
    },
    {
      ...base(
        "RF",
        t("Red Flagsに「はい」", "red flag answered yes?"),
        t(
          "Red Flagsのチェック欄（rf01〜rf19）に「はい」の回答がありますか。",
          "Is a red-flag checklist column (rf01–rf19) answered yes?",
        ),
      ),
      fact: "redFlagsAnswered",
      answers: { yes: out("redFlags"), no: { next: idOf("DATA") } },
    },
    {
      ...base(
        "DATA",
        t("データとの矛盾", "data contradicts?"),
        t(
          "データから検出された事情（Red Flagsの検出、兵器用途の記載など）がガイドラインの項目に反しますか。反する項目は未回答ですか、それとも「満たす」（または「明らか」）と回答されていますか。",
          "Does something detected in the data (a red flag detected, a weapons use recorded …) contradict a guideline item — one left open, or one answered satisfied (or the 'clearly' judgement)?",
        ),
      ),
      fact: "guidelineContradicted",
      answers: {
        unanswered: out("contradicted"),
        answered: out("disputed"),
        none: { next: c.item19 ? idOf("19_GOODS") : after19 },
      },
    },
  );
  if (c.item19)
    nodes.push({
      ...base(
        "19_GOODS",
        t("⑲禁輸国向けの貨物", "⑲ goods to an embargo destination"),
        t(
          "仕向地（または当事者の所在国）が国連武器禁輸国の場合、貨物が16項(1)でも通常兵器の「おそれの強い貨物例」でもないと確かめられますか（ガイドライン⑲）。",
          "If the destination (or a party's country) is under a UN arms embargo, can the goods be shown to be neither a item 16(1) item nor among METI's conventional-weapons high-concern examples (guideline item 19)?",
        ),
        GUIDELINE_19,
      ),
      fact: "embargoGoods",
      answers: {
        uncertain: out("maybeClosed"),
        other: out("embargoNotClear"),
        notEmbargo: { next: after19 },
        // A 16項(1) item to an embargo destination left the chain at its first node.
        "*": out("closed"),
      },
    });
  if (c.item17)
    nodes.push(
      {
        ...base(
          "17",
          t("⑰CW区分の掲載者か", "⑰ CW-coded listing?"),
          t(
            "需要者の外国ユーザーリストの掲載は通常兵器の区分ですか（ガイドライン⑰ロ）。",
            "Is the end user's End User List entry coded for conventional weapons (guideline item 17(b))?",
          ),
          GUIDELINE_17,
        ),
        fact: "eulCwCoded",
        answers: { yes: { next: idOf("17_GOODS") }, no: { next: idOf("DOC") } },
      },
      {
        ...base(
          "17_GOODS",
          t("⑰16項(1)の貨物か", "⑰ item 16(1) goods?"),
          t(
            "HSコードから、貨物は16項(1)特定品目（またはその可能性がある）ですか（ガイドライン⑰ロ）。",
            "By the HS code, are the goods a item 16(1) specified item, or possibly one (guideline item 17(b))?",
          ),
          GUIDELINE_17,
        ),
        fact: "hsScope",
        answers: {
          S1: { next: idOf("17_OPEN") },
          S1_AMBIGUOUS: { next: idOf("17_OPEN") },
          S1_CONDITIONAL: { next: idOf("17_OPEN") },
          INVALID: { next: idOf("17_OPEN") },
          "*": { next: idOf("DOC") },
        },
      },
      {
        ...base(
          "17_OPEN",
          t("⑰未確認の項目", "⑰ items open?"),
          t(
            "ガイドラインの該当項目に未回答（または読めない回答）のものがありますか（⑰ロでは他の全項目の確認が必要）。",
            "Is an applicable guideline item left unanswered (or unreadable)? Under item 17(b) every other item must be satisfied.",
          ),
          GUIDELINE_17,
        ),
        fact: "guidelineOpen",
        answers: { yes: out("incomplete17"), no: { next: idOf("DOC") } },
      },
    );
  nodes.push(
    {
      ...base(
        "DOC",
        t("「明らか」の文書化", "'clearly' documented?"),
        t(
          "「明らか」と判断して文書化していますか（clearly_not_for_weapons=はい）。",
          "Is the 'clearly not for weapons' judgement documented (clearly_not_for_weapons = yes)?",
        ),
      ),
      fact: "clearlyDocumented",
      answers: { yes: out("documented"), no: { next: idOf("ITEMS") } },
    },
    {
      ...base(
        "ITEMS",
        t("未確認の項目", "items open?"),
        t(
          "ガイドラインの該当項目に未回答（または読めない回答）のものがありますか。",
          "Is an applicable guideline item left unanswered (or unreadable)?",
        ),
      ),
      fact: "guidelineOpen",
      answers: { yes: out("incomplete"), no: out("satisfied") },
    },
  );
  return nodes;
}

/** A step's node id: the first step is the chain's own id. */
function stepId(c: Pick<ClearlySpec, "id" | "item19">, step: string): string {
  return step === (c.item19 ? "19" : "CONCERN") ? c.id : `${c.id}_${step}`;
}

/**
 * A 明らか chain for an advisory (no legal prong is met, the tool still asks): every conclusion that is not 'clear'
 * is the one advisory branch, and a clear one contributes nothing but its text.
 */
export function advisoryConclusions(notClear: Conclusion, clear: Text): Record<ClearlyConclusion, Conclusion> {
  const keys: ClearlyConclusion[] = [
    "closed",
    "concern",
    "redFlags",
    "contradicted",
    "disputed",
    "maybeClosed",
    "embargoNotClear",
    "incomplete17",
    "incomplete",
  ];
  return {
    ...(Object.fromEntries(keys.map((k) => [k, notClear])) as Record<ClearlyConclusion, Conclusion>),
    documented: { text: clear },
    satisfied: { text: clear },
  };
}

/** The conclusion each (fact, answer) draws when it is the last step a path takes in a 明らか chain. */
const EXIT: Record<string, ClearlyConclusion> = {
  "embargoGoods:S1": "closed",
  "embargoGoods:uncertain": "maybeClosed",
  "embargoGoods:other": "embargoNotClear",
  "guidelineConcern:yes": "concern",
  "redFlagsAnswered:yes": "redFlags",
  "guidelineContradicted:unanswered": "contradicted",
  "guidelineContradicted:answered": "disputed",
  "clearlyDocumented:yes": "documented",
  "guidelineOpen:yes": "incomplete",
  "guidelineOpen:no": "satisfied",
};

/**
 * What a path concluded in the 明らか chain that starts at `chainId` (undefined when it did not enter it), read from
 * its last step in the chain: for traces, the pane and tests. ⑰ロ's open items read as "incomplete17".
 */
export function chainConclusion(
  path: ReadonlyArray<{ nodeId: string; answer: string }>,
  chainId: string,
  nodes: ReadonlyMap<string, { fact: string }>,
): ClearlyConclusion | undefined {
  let last: { nodeId: string; answer: string } | undefined;
  for (const s of path) if (s.nodeId === chainId || s.nodeId.startsWith(`${chainId}_`)) last = s;
  if (!last) return undefined;
  const fact = nodes.get(last.nodeId)?.fact;
  if (!fact) return undefined;
  if (last.nodeId === `${chainId}_17_OPEN` && last.answer === "yes") return "incomplete17";
  return EXIT[`${fact}:${last.answer}`];
}
