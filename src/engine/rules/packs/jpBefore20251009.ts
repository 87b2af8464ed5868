/**
 * Rule pack `jp-catch-all@2023-07-21`: Japan's catch-all before the 2025-10-09 revision (catch-all-brief §2.3's
 * "before" line and §7's pre-2025 row), from 2023-07-21 (Korea back in Group A, so the destination groups of
 * country-groups.json hold) to 2025-10-08. It is the current flow (rules/flow.ts) with the nodes that differ
 * written out here in full, so what changed on 2025-10-09 is read in this one file:
 *
 * - Group A had no inform licence (外為法48条2項 / 輸出令1条3項 are new): an inform recorded for Group A is a REVIEW.
 * - The conventional-weapons objective requirement was the use prong only, and only to UN arms-embargo destinations
 *   (別表第三の二); to general countries conventional weapons were inform only. 16項(1) specified items were not a
 *   class of their own. There was no conventional-weapons end-user prong (so no CW_USER and no CW 明らか nodes).
 * - The WMD end-user prong had its 明らか exception, but the guideline items ①–⑳ held by this tool are the 2025
 *   revision: answering them does not clear a row here; a documented judgement (clearly_not_for_weapons) does.
 * - The WMD ordinance's 別表第六号 (activities of military bodies, deleted 2025-10-09) still stood: a military-sounding
 *   party is a REVIEW for every destination outside Group A.
 */
import type { Branch, FlowDefinition, FlowNode, FlowNodeOf } from "../flowTypes";
import { checkedNodes } from "../flowTypes";
import type { Citation, Text } from "../../types";
import type { RulePack } from "./types";
import {
  CW_EUL_CLEARLY_SPEC,
  CW_USER_CLEARLY_SPEC,
  FLOW,
  FLOW_NODES,
  WMD_DOC_CLEARLY_SPEC,
  WMD_EUL_CLEARLY_SPEC,
  cwOutOfScopeClearly,
} from "../flow";
import { clearlyChain, clearlyChainIds, clearlyConclusions, type ClearlySpec, type Conclusion } from "../clearlyChain";
import { FACTS } from "../facts";
import { JP_2025_10_09 } from "./jp20251009";

const node = (id: string): FlowNode => {
  const n = FLOW_NODES.get(id);
  if (!n) throw new Error(`rule pack before 2025-10-09: no node ${id} in the current flow`);
  return n;
};
const t = (ja: string, en: string): Text => ({ ja, en });
const cite = (ja: string, en: string, confidence: Citation["confidence"]): Citation => ({ ja, en, confidence });

const OLD_ORDER = "（2025年10月8日までの規定）";
const OLD_ORDER_EN = " (as in force until 2025-10-08)";
const OLD_CW_OUTSIDE = cite(
  `輸出貿易管理令第4条第1項第3号・第4号（一般国向けの通常兵器はインフォームのみ、需要者要件なし）${OLD_ORDER}`,
  `Export Trade Control Order Art. 4(1)(iii), (iv) (conventional weapons to general countries: inform only; no end-user prong)${OLD_ORDER_EN}`,
  "secondary",
);

/** Nodes whose branches differ from the current flow, in full. */
const REPLACED: Record<string, FlowNode> = {
  A_INFORM: {
    ...node("A_INFORM"),
    citation: cite(
      `輸出貿易管理令第4条第1項（16項の仕向地はグループAを除く全地域）${OLD_ORDER}。グループA向けインフォーム（外為法第48条第2項、輸出令第1条第3項）は2025年10月9日施行`,
      `Export Trade Control Order Art. 4(1) (item 16 regions: all but Group A)${OLD_ORDER_EN}; the Group A inform (FEFTA Art. 48(2), Order Art. 1(3)) took effect on 2025-10-09`,
      "law",
    ),
    answers: {
      yes: {
        outcome: "REVIEW",
        reasons: ["INFORM"],
        text: t(
          "2025年10月9日より前はグループA向けのインフォーム制度がなく、16項の許可は要しませんでした。インフォームの記録があるため、通知の内容と出荷日を確かめ、経済産業省に相談してください",
          "Before 2025-10-09 there was no inform for Group A and item 16 needed no licence there. An inform is recorded: check the notice and the shipment date, and consult METI",
        ),
        next: "RED_FLAGS",
      },
      invalid: node("A_INFORM").answers.invalid,
      no: {
        outcome: "NO_LICENSE",
        reasons: ["GROUP_A"],
        text: t(
          "グループA向けは16項の仕向地に含まれず、許可は不要でした。",
          "Group A was outside the item 16 regions: no licence was needed.",
        ),
        next: "A_DIVERSION",
      },
    } satisfies FlowNodeOf<"informGroupA">["answers"],
  },
  A_DIVERSION: {
    ...node("A_DIVERSION"),
    citation: cite(
      "輸出貿易管理令第4条第1項（最終仕向地が16項の仕向地なら補完的輸出規制の対象）— 本ツールの推論",
      "Export Trade Control Order Art. 4(1) (a final destination in the item 16 regions brings the catch-all in) — this tool's inference",
      "inference",
    ),
    answers: {
      yes: {
        outcome: "REVIEW",
        reasons: ["GROUP_A_DIVERSION_RISK"],
        text: t(
          "グループA国を経由した迂回のおそれがあります（当時はグループA向けインフォームはありません）。最終仕向先を確認してください。",
          "Possible diversion through a Group A country (there was no Group A inform then); confirm the final destination.",
        ),
        next: "A_WEAPONS",
      },
      no: { next: "A_WEAPONS" },
    } satisfies FlowNodeOf<"groupADiversion">["answers"],
  },
  ...byId(oldWmdClearly(WMD_EUL_CLEARLY_SPEC)),
  ...byId(oldWmdClearly(WMD_DOC_CLEARLY_SPEC)),
  CW_SCOPE: {
    ...node("CW_SCOPE"),
    label: t("通常兵器の客観要件の適用（改正前）", "CW prong applies? (before 2025-10-09)"),
    question: t(
      "仕向地は国連武器禁輸国（別表第三の二）ですか（改正前は、通常兵器の客観要件＝用途要件は国連武器禁輸国向けのみ）。",
      "Is the destination a UN arms-embargo country (Table 3-2)? Before 2025-10-09 the conventional-weapons objective requirement — the use prong — applied there only.",
    ),
    citation: cite(
      `輸出貿易管理令第4条第1項第3号ハ（別表第三の二向けに限る）・ニ${OLD_ORDER}`,
      `Export Trade Control Order Art. 4(1)(iii)(c) (Table 3-2 destinations only) and (d)${OLD_ORDER_EN}`,
      "secondary",
    ),
    answers: {
      embargo: embargoBranch(),
      embargoSpecified: embargoBranch(),
      specified: {
        text: t(
          "改正前は16項(1)特定品目の区分がなく、一般国向けの通常兵器はインフォームのみでした。",
          "Before 2025-10-09 there was no separate class of item 16(1) specified items; to a general country conventional weapons were inform only.",
        ),
        next: "CW_OUT_OF_SCOPE",
      },
      unknown: { next: "CW_OUT_OF_SCOPE" },
      hsInvalid: { next: "CW_OUT_OF_SCOPE" },
      no: { next: "CW_OUT_OF_SCOPE" },
    } satisfies FlowNodeOf<"cwScope">["answers"],
  },
  CW_USE: {
    ...node("CW_USE"),
    citation: cite(
      "通常兵器開発等省令（平成20年経済産業省令第57号、2025年10月8日までの文言：用途要件のみ。内容は二次資料）",
      "Conventional-weapons ordinance (METI Ordinance 57 of 2008, as worded until 2025-10-08: the use prong only; content from secondary sources)",
      "secondary",
    ),
    answers: {
      yes: { ...node("CW_USE").answers.yes, next: "MILITARY_ACTIVITY" },
      no: { next: "CW_OUT_OF_SCOPE" },
    } satisfies FlowNodeOf<"cwUse">["answers"],
  },
  CW_OUT_OF_SCOPE: {
    ...node("CW_OUT_OF_SCOPE"),
    label: t("通常兵器用途（要件外）", "CW use (outside prongs)"),
    question: t(
      "通常兵器の客観要件（改正前は国連武器禁輸国向けの用途要件のみ）に当たらない場合でも、通常兵器の開発等に用いられると分かっていますか。",
      "Outside the conventional-weapons objective requirement (before 2025-10-09: the use prong to UN arms-embargo destinations only), is a conventional-weapons use nonetheless known?",
    ),
    citation: OLD_CW_OUTSIDE,
    answers: {
      yes: {
        outcome: "REVIEW",
        reasons: ["CW_END_USE"],
        text: t(
          "改正前、一般国向けの通常兵器には客観要件がありませんでした（インフォームのみ）が、兵器用途を知りながらの輸出は経済産業省への事前相談を勧めます。",
          "Before 2025-10-09 conventional weapons to a general country had no objective requirement (inform only), but with a known weapons use consult METI before shipping.",
        ),
        next: "MILITARY_ACTIVITY",
      },
      no: { next: "CW_OUT_OF_SCOPE_ACTIVITY" },
    } satisfies FlowNodeOf<"cwUse">["answers"],
  },
  CW_OUT_OF_SCOPE_ACTIVITY: {
    ...node("CW_OUT_OF_SCOPE_ACTIVITY"),
    label: t("通常兵器の需要者（要件外）", "CW end user (outside prongs)"),
    question: t(
      "改正前は通常兵器の需要者要件がありませんでしたが、需要者が通常兵器の開発等を行うと文書・連絡で示されていますか。",
      "Before 2025-10-09 there was no conventional-weapons end-user prong; do documents or communications nonetheless say the end user works on conventional weapons?",
    ),
    citation: OLD_CW_OUTSIDE,
    answers: {
      yes: { next: "CW_OUT_OF_SCOPE_CLEARLY" },
      no: { next: "MILITARY_ACTIVITY" },
    } satisfies FlowNodeOf<"cwActivity">["answers"],
  },
  MILITARY: {
    ...node("MILITARY"),
    citation: cite(
      "核兵器等開発等省令別表第六号（軍・国防機関が行う一定の行為。2025年10月9日削除、文言は二次資料で未確認）— 推論",
      "WMD ordinance appended table item 6 (certain activities of military bodies; deleted 2025-10-09, wording unverified) — inference",
      "inference",
    ),
  },
};

/** Not in this pack: the conventional-weapons end-user prong and its 明らか chains began on 2025-10-09. */
const REMOVED = new Set(["CW_USER", ...clearlyChainIds(CW_EUL_CLEARLY_SPEC), ...clearlyChainIds(CW_USER_CLEARLY_SPEC)]);

/**
 * The 明らか check of a conventional-weapons end user outside the prongs (an advisory) reaches UN arms-embargo
 * destinations in this pack (the use prong alone applied there), so it asks ⑲ and ⑰ too: these nodes take the place
 * of the current flow's chain.
 */
const OLD_CW_OUT_OF_SCOPE_CLEARLY = checkedNodes(
  clearlyChain(
    cwOutOfScopeClearly({
      next: "MILITARY_ACTIVITY",
      item19: true,
      item17: true,
      notClear: t(
        "改正前は通常兵器の需要者要件がなく、許可は法的には不要でしたが、需要者が通常兵器の開発等を行うと示され、「明らか」と確認・記録されていません。経済産業省に事前相談してください。",
        "Before 2025-10-09 there was no conventional-weapons end-user prong (no licence legally required), but the end user is shown to work on conventional weapons and the 'clearly' check is not recorded as clear: consult METI before shipping.",
      ),
    }),
  ),
);
const CURRENT_CW_OUT_OF_SCOPE_CLEARLY = new Set(
  clearlyChainIds(cwOutOfScopeClearly({ next: "", item19: false, item17: false })),
);

function embargoBranch(): Branch {
  return {
    outcome: "NO_LICENSE",
    reasons: ["ARMS_EMBARGO_DEST"],
    text: t(
      "国連武器禁輸国向けのため、通常兵器の用途要件が適用されます（需要者要件は2025年10月9日から）。",
      "A UN arms-embargo destination: the conventional-weapons use prong applies (the end-user prong began on 2025-10-09).",
    ),
    next: "CW_USE",
  };
}

function byId(nodes: FlowNode[]): Record<string, FlowNode> {
  return Object.fromEntries(nodes.map((n) => [n.id, n]));
}

/**
 * The WMD 明らか chains before 2025-10-09: the exception stood, but the guideline held here is the 2025 one, so the
 * ways out that rest on its items (every item answered; ⑰ロ) are a REVIEW; a documented judgement still clears.
 */
function oldWmdClearly(spec: ClearlySpec): FlowNode[] {
  const notHeld: Conclusion = {
    outcome: "REVIEW",
    reasons: clearlyConclusions(spec).incomplete.reasons,
    text: t(
      `${spec.who.ja}、許可が要るかは「明らか」かどうかで決まります。本ツールの明らかガイドライン①〜⑳は2025年10月9日改正後のもので、それ以前の通達のガイドラインは保持していません。当時のガイドラインで判断して文書化し、clearly_not_for_weapons を「はい」にして再判定してください`,
      `${spec.who.en}; whether a licence was needed turns on whether it was 'clear'. The guideline items 1–20 this tool holds are the 2025-10-09 revision; the earlier circular's guideline is not held. Judge by the guideline then in force, document it, set clearly_not_for_weapons to yes and screen again`,
    ),
    unverified: true,
  };
  return checkedNodes(
    clearlyChain({
      ...spec,
      citation: cite(
        "核兵器等開発等省令第二号・第三号ただし書（明らかなときを除く）、2025年10月9日改正前の補完規制通達の明らかガイドライン（内容は本ツールにない）",
        "WMD ordinance items 2–3 proviso ('except where clear'); the 'clearly' guideline of the catch-all circular before its 2025 revision (content not held by this tool)",
        "secondary",
      ),
      conclusions: { satisfied: notHeld, incomplete: notHeld, incomplete17: notHeld },
    }),
  );
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

export const FLOW_BEFORE_2025_10_09: FlowDefinition = deepFreeze({
  id: "jp-catch-all-goods-before-2025-10-09",
  version: "jp-catch-all@2023-07-21",
  asOf: "2025-10-08",
  start: FLOW.start,
  nodes: FLOW.nodes
    .filter((n) => !REMOVED.has(n.id))
    .flatMap((n) =>
      n.id === "CW_OUT_OF_SCOPE_CLEARLY"
        ? OLD_CW_OUT_OF_SCOPE_CLEARLY
        : CURRENT_CW_OUT_OF_SCOPE_CLEARLY.has(n.id)
          ? []
          : [REPLACED[n.id] ?? n],
    ),
});

export const JP_BEFORE_2025_10_09: RulePack = Object.freeze({
  id: "jp-catch-all@2023-07-21",
  jurisdiction: "JP",
  title: {
    ja: "2025年10月9日改正前の補完的輸出規制（2023年7月21日〜2025年10月8日）",
    en: "Catch-all before the 2025-10-09 revision (2023-07-21 to 2025-10-08)",
  },
  validFrom: "2023-07-21",
  validTo: "2025-10-09",
  rulesVersion: FLOW_BEFORE_2025_10_09.version,
  flow: FLOW_BEFORE_2025_10_09,
  nodes: new Map(FLOW_BEFORE_2025_10_09.nodes.map((n) => [n.id, n])),
  facts: FACTS,
  reference: JP_2025_10_09.reference.map((r) =>
    r.file === "country-groups.json"
      ? {
          ...r,
          note: t(
            "グループAの構成は2023年7月21日（韓国の再追加）から変わっていないものとして使用（別表第三の二の期間中の変更は未確認）",
            "Group A taken as unchanged since 2023-07-21 (Korea re-added); changes to Table 3-2 within the period not checked",
          ),
        }
      : r.file === "clearly-guideline.json"
        ? {
            ...r,
            note: t(
              "2025年改正後の項目。この規制では判定に使いません",
              "the 2025 revision's items; not used to clear rows under this pack",
            ),
          }
        : r,
  ),
});
