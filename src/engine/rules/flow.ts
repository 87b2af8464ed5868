/**
 * THE decision flow of Japan's catch-all for one order row, as data. The engine walks it (rules/evaluate.ts),
 * explanations are written from the branches taken, and the flowchart picture and training cards are drawn from it.
 * No other file holds a copy of these rules.
 *
 * Law as in force: 輸出貿易管理令 (e-Gov text of 2026-02-14), 核兵器等開発等省令 and 通常兵器開発等省令 as amended with
 * effect from 2025-10-09, METI End User List notice 20250922貿局第1号. Where a reading is not verified against primary
 * text the branch is marked `unverified` and leads to REVIEW rather than a clearance.
 */
import type { FlowDefinition } from "./flowTypes";
import { checkedNodes } from "./flowTypes";
import { advisoryConclusions, clearlyChain, type ClearlySpec } from "./clearlyChain";
import type { Text } from "../types";
import { RULES_VERSION } from "../version";

const LAW = "law" as const;
const METI = "meti" as const;
const SECONDARY = "secondary" as const;
const INFERENCE = "inference" as const;

const A_WEAPONS_CITATION = {
  ja: "輸出貿易管理令第4条第2項（グループAに客観要件なし）、外為法第48条第2項（インフォーム）— 事前相談の推奨は本ツールの判断",
  en: "Export Trade Control Order Art. 4(2) (no objective requirement for Group A); FEFTA Art. 48(2) (inform) — recommending consultation is this tool's choice",
  confidence: INFERENCE,
};
const A_WEAPONS_CONCERN = { outcome: "REVIEW" as const, reasons: ["GROUP_A_WEAPONS_CONCERN" as const] };
const CW_OUT_OF_SCOPE_CITATION = {
  ja: "輸出貿易管理令第4条第1項第4号（一般国向け16項(2)はインフォームのみ）",
  en: "Export Trade Control Order Art. 4(1)(iv) (item 16(2) to general countries: inform only)",
  confidence: LAW,
};

/**
 * The 明らか check of an end user working on conventional weapons where no conventional-weapons prong applies (an
 * advisory): not clear → REVIEW, clear → nothing. The pack before 2025-10-09 reaches it at embargo destinations too
 * (with ⑲ and ⑰).
 */
export function cwOutOfScopeClearly(o: { next: string; item19: boolean; item17: boolean; notClear?: Text }) {
  return {
    id: "CW_OUT_OF_SCOPE_CLEARLY",
    lane: "cw" as const,
    prong: [],
    tag: { ja: "明らか・要件外CW", en: "Clearly (CW, no prong)" },
    who: {
      ja: "通常兵器の客観要件には当たりませんが、需要者が通常兵器の開発等を行うと示されており",
      en: "No conventional-weapons prong applies, but the end user is shown to work on conventional weapons",
    },
    citation: CW_OUT_OF_SCOPE_CITATION,
    ...o,
    conclusions: advisoryConclusions(
      {
        outcome: "REVIEW",
        reasons: ["CW_END_USER"],
        text: o.notClear ?? {
          ja: "一般国向け16項(2)貨物に通常兵器の客観要件はありません（許可は法的には不要）が、需要者が通常兵器の開発等を行うと示されています。明らかガイドラインで確認して記録するか、経済産業省に事前相談してください。",
          en: "16項(2) goods to a general country meet no conventional-weapons prong (no licence is legally required), but the end user is shown to work on conventional weapons: check and record the 'clearly' guideline, or consult METI before shipping.",
        },
      },
      {
        ja: "需要者の通常兵器関連活動は示されていますが、「明らか」と判断・記録されています。記録を保存してください。",
        en: "The end user's conventional-weapons activity is stated, but the 'clearly' judgement is recorded; keep the record.",
      },
    ),
  };
}

/** The 明らか chains of the user prongs (rules/clearlyChain.ts builds their nodes; the earlier pack reuses them). */
export const WMD_EUL_CLEARLY_SPEC: ClearlySpec = {
  id: "WMD_EUL_CLEARLY",
  lane: "wmd",
  prong: ["EUL_MATCH"],
  tag: { ja: "明らか・WMD掲載者", en: "Clearly (WMD, listed)" },
  who: { ja: "需要者が外国ユーザーリストに掲載されており", en: "The end user is on the End User List" },
  citation: {
    ja: "核兵器等開発等省令第二号・第三号ただし書、外国ユーザーリスト（20250922貿局第1号）、補完規制通達1.(6)明らかガイドライン①〜⑳（内容は二次資料の要約）",
    en: "WMD ordinance items 2–3 proviso; End User List notice 20250922-1; catch-all circular 1.(6) guideline items 1–20 (content from a secondary summary)",
    confidence: SECONDARY,
  },
  next: "CW_SCOPE",
  item19: false,
  item17: true,
};

export const WMD_DOC_CLEARLY_SPEC: ClearlySpec = {
  id: "WMD_DOC_CLEARLY",
  lane: "wmd",
  prong: ["WMD_END_USER"],
  tag: { ja: "明らか・WMD需要者", en: "Clearly (WMD user)" },
  who: {
    ja: "需要者が大量破壊兵器等の開発等を行う（行った）ことが示されており",
    en: "The end user is shown to develop (or have developed) WMD",
  },
  citation: {
    ja: "核兵器等開発等省令第二号・第三号ただし書（明らかなときを除く）、補完規制通達1.(6)明らかガイドライン①〜⑳（内容は二次資料の要約）",
    en: "WMD ordinance items 2–3 proviso ('except where clear'); catch-all circular 1.(6) guideline items 1–20 (content from a secondary summary)",
    confidence: SECONDARY,
  },
  next: "CW_SCOPE",
  item19: false,
  item17: false,
};

export const CW_EUL_CLEARLY_SPEC: ClearlySpec = {
  id: "CW_EUL_CLEARLY",
  lane: "cw",
  prong: ["EUL_MATCH", "CW_END_USER"],
  tag: { ja: "明らか・CW掲載者", en: "Clearly (CW, listed)" },
  who: {
    ja: "需要者が外国ユーザーリストに掲載され、通常兵器の需要者要件にも当たっており",
    en: "The end user is on the End User List (which also meets the conventional-weapons user prong)",
  },
  citation: {
    ja: "通常兵器開発等省令第二号・第三号ただし書、外国ユーザーリスト、補完規制通達1.(6)明らかガイドライン①〜⑳（⑰・⑲を含む。内容は二次資料の要約）",
    en: "Conventional-weapons ordinance items 2–3 proviso; End User List; catch-all circular 1.(6) guideline items 1–20 incl. 17 and 19 (content from a secondary summary)",
    confidence: SECONDARY,
  },
  next: "MILITARY_ACTIVITY",
  item19: true,
  item17: true,
};

export const CW_USER_CLEARLY_SPEC: ClearlySpec = {
  id: "CW_USER_CLEARLY",
  lane: "cw",
  prong: ["CW_END_USER"],
  tag: { ja: "明らか・CW需要者", en: "Clearly (CW user)" },
  who: {
    ja: "需要者が通常兵器の開発・製造・使用を行う（行った）ことが示されており",
    en: "The end user is shown to develop, make or use conventional weapons",
  },
  citation: {
    ja: "通常兵器開発等省令第二号・第三号ただし書、補完規制通達1.(6)明らかガイドライン①〜⑳（⑲を含む。内容は二次資料の要約）。中間報告図3のRed Flagsによる判断は施行された規定に採用されていません",
    en: "Conventional-weapons ordinance items 2–3 proviso; catch-all circular 1.(6) guideline items 1–20 incl. 19 (content from a secondary summary). The interim report's figure-3 red-flag test was not enacted",
    confidence: SECONDARY,
  },
  next: "MILITARY_ACTIVITY",
  item19: true,
  item17: false,
};

export const FLOW: FlowDefinition = {
  id: "jp-catch-all-goods",
  version: RULES_VERSION,
  asOf: "2026-02-14",
  start: "INPUT",
  nodes: checkedNodes([
    {
      id: "INPUT",
      lane: "gate",
      fact: "inputReadable",
      label: { ja: "入力を読めるか", en: "Input readable?" },
      question: {
        ja: "判定に使う項目はすべて、値か空欄として読めますか（Excelのエラー値、解釈できない値、読めない数値・日付、食い違う列はありませんか）。",
        en: "Can every field the decision uses be read as a value or a blank (no Excel error, no value outside the field's vocabulary, no unreadable number or date, no columns that disagree)?",
      },
      citation: {
        ja: "本ツールの安全側の原則：読めない入力は空欄（事情なし）と扱わない（外為法第48条の許可要否は事実の確認を前提とする）",
        en: "This tool's conservative rule: an unreadable input is never read as a blank (no facts); FEFTA Art. 48 presupposes that the facts were checked",
        confidence: INFERENCE,
      },
      answers: {
        unreadable: {
          outcome: "REVIEW",
          reasons: ["INPUT_UNREADABLE"],
          text: {
            ja: "判定に使う項目の値を読めないため、この行は「許可不要」にできません。次の項目を直してから再判定してください",
            en: "A field the decision uses cannot be read, so this row cannot be cleared. Correct the field(s) below and screen the row again",
          },
          next: "TECH",
        },
        conflict: {
          outcome: "REVIEW",
          reasons: ["INPUT_CONFLICT"],
          text: {
            ja: "同じ項目の列が複数あり値が食い違うため、この行は「許可不要」にできません。正しい値を確認し、列を一つにしてから再判定してください",
            en: "Two columns for the same field disagree, so this row cannot be cleared. Confirm the right value, keep one column and screen the row again",
          },
          next: "TECH",
        },
        both: {
          outcome: "REVIEW",
          reasons: ["INPUT_UNREADABLE", "INPUT_CONFLICT"],
          text: {
            ja: "読めない項目と、値が食い違う列があるため、この行は「許可不要」にできません。次の項目を直してから再判定してください",
            en: "Some fields cannot be read and some columns disagree, so this row cannot be cleared. Correct the fields below and screen the row again",
          },
          next: "TECH",
        },
        readable: { next: "TECH" },
      },
    },
    {
      id: "TECH",
      lane: "gate",
      fact: "technology",
      label: { ja: "技術提供か", en: "Technology transfer?" },
      question: {
        ja: "この取引は貨物の輸出ではなく技術の提供ですか。",
        en: "Is this a transfer of technology rather than an export of goods?",
      },
      citation: {
        ja: "外為法第25条、外為令別表16項、貿易外省令第9条第2項第7号・第8号",
        en: "FEFTA Art. 25; Foreign Exchange Order Appended Table item 16; Trade-Related Invisible Trade Ordinance Art. 9(2)(vii)(viii)",
        confidence: METI,
      },
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["TECH_TRANSFER"],
          text: {
            ja: "技術提供には同じ補完的規制が外為令側で適用され、官民対話スキームの事前届出の対象かも確認が必要です。以下の判定は貨物と同じ論理で行います。",
            en: "Technology transfers fall under the same catch-all through the Foreign Exchange Order, and the public–private technology pre-notification scheme may apply; the checks below follow the goods logic.",
          },
          next: "KP",
          unverified: true,
        },
        invalid: {
          outcome: "REVIEW",
          reasons: ["TECH_TRANSFER"],
          text: {
            ja: "取引種別を解釈できません（技術提供の可能性）。貨物として判定を続けますが、確認してください。",
            en: "The transaction type is not understood (it may be a technology transfer); the checks continue as for goods, but check it.",
          },
          next: "KP",
        },
        no: { next: "KP" },
      },
    },
    {
      id: "KP",
      lane: "gate",
      fact: "northKorea",
      label: { ja: "北朝鮮関係か", en: "North Korea involved?" },
      question: {
        ja: "仕向地または荷受人・需要者の所在国が北朝鮮ですか。",
        en: "Is the destination, or the country of the consignee or end user, North Korea?",
      },
      citation: {
        ja: "輸出貿易管理令第2条第1項第1号の2（北朝鮮向け全貨物の承認、現行措置で全面禁止）",
        en: "Export Trade Control Order Art. 2(1)(i-2): all goods to North Korea need approval; total ban under current measures",
        confidence: LAW,
      },
      answers: {
        yes: {
          outcome: "PROHIBITED",
          reasons: ["KP_TOTAL_BAN"],
          text: {
            ja: "北朝鮮向けの輸出は全面的に禁止されています。",
            en: "Exports to North Korea are banned outright.",
          },
          next: null,
        },
        no: { next: "OTHER_REGIME" },
      },
    },
    {
      id: "OTHER_REGIME",
      lane: "gate",
      fact: "otherRegime",
      label: { ja: "ロシア・ベラルーシ・イラン", en: "Russia, Belarus, Iran?" },
      question: {
        ja: "仕向地または当事者の所在国がロシア、ベラルーシまたはイランですか。",
        en: "Is the destination or a party's country Russia, Belarus or Iran?",
      },
      citation: {
        ja: "輸出貿易管理令第2条第1項第1号の3〜7・別表第二の三（ロシア・ベラルーシ）、国連安保理決議2231号関連措置（イラン）",
        en: "Export Trade Control Order Art. 2(1)(i-3)–(i-7) and Appended Table 2-3 (Russia, Belarus); UNSCR 2231 measures (Iran)",
        confidence: SECONDARY,
      },
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["OTHER_REGIME"],
          text: {
            ja: "16項のキャッチオールとは別の制裁・承認制度の対象国です。品目ごとの輸出禁止・承認要否を確認してください。",
            en: "A country under sanctions and approval regimes outside the item 16 catch-all; check item-level bans and approvals.",
          },
          next: "COUNTRY",
        },
        no: { next: "COUNTRY" },
      },
    },
    {
      id: "COUNTRY",
      lane: "gate",
      fact: "countryKnown",
      label: { ja: "国を特定できるか", en: "Countries recognised?" },
      question: {
        ja: "仕向地（と記入された当事者の所在国）を国・地域として特定できますか。",
        en: "Can the destination (and any party country given) be recognised as a country or region?",
      },
      citation: {
        ja: "輸出貿易管理令別表第三・第三の二（仕向地による区分）",
        en: "Export Trade Control Order Appended Tables 3 and 3-2 (grouping by destination)",
        confidence: LAW,
      },
      answers: {
        no: {
          outcome: "REVIEW",
          reasons: ["COUNTRY_UNKNOWN"],
          text: {
            ja: "国を特定できないため仕向地区分を決められません。一般国として判定を続けます。",
            en: "The country cannot be recognised, so its group is unknown; the checks continue as for a general country.",
          },
          next: "TEXT_COUNTRY",
        },
        yes: { next: "TEXT_COUNTRY" },
      },
    },
    {
      id: "TEXT_COUNTRY",
      lane: "gate",
      fact: "countryInText",
      label: { ja: "記述中の別の国", en: "Another country written in the order?" },
      question: {
        ja: "備考・納入先住所・用途・当事者欄などの記述に、仕向地より規制の厳しい国・都市（北朝鮮、武器禁輸国、ロシア・ベラルーシ・イラン、グループA向けならグループA以外の国）が書かれていますか（禁止・否定・原産の文は除く）。",
        en: "Do the remarks, delivery address, end use, party cells or destination note name a country or city under stricter rules than the destination (North Korea, an arms-embargo destination, Russia, Belarus or Iran; for a Group A destination, any country outside Group A), prohibitions, negations and origins aside?",
      },
      citation: {
        ja: "輸出貿易管理令第4条第1項（仕向地）・外為法第48条第2項（グループA経由の迂回）— 記述から最終仕向地を推し量るのは本ツールの推論",
        en: "Export Trade Control Order Art. 4(1) (destination) and FEFTA Art. 48(2) (diversion via Group A) — reading the final destination from the order's text is this tool's inference",
        confidence: INFERENCE,
      },
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["COUNTRY_IN_TEXT"],
          text: {
            ja: "注文の記述に、仕向地より規制の厳しい国が書かれています。貨物がその国へ再輸出・転送されるか、当事者がその国にいるなら、その国が仕向地として判定されます。顧客に最終仕向地と当事者の所在国を確認し、その国を仕向地・所在国の欄に記入して再判定してください。関係がなければ記述を直してください。",
            en: "The order's text names a country under stricter rules than the destination. If the goods will be re-exported or forwarded there, or a party is there, that country is the destination to screen. Confirm the final destination and the parties' countries with the customer, write that country in the destination or party-country column and screen again; if it has nothing to do with the shipment, correct the text.",
          },
          next: "OTHER_LIST",
          unverified: true,
        },
        no: { next: "OTHER_LIST" },
      },
    },
    {
      id: "OTHER_LIST",
      lane: "gate",
      fact: "otherListMatch",
      label: { ja: "他リストとの一致", en: "Other list match?" },
      question: {
        ja: "当事者が外国ユーザーリスト以外の読み込まれたリスト（自社拒否リスト、OFAC SDN等）と一致しますか。",
        en: "Does a party match a loaded list other than the End User List (own deny list, OFAC SDN …)?",
      },
      citation: {
        ja: "自社の輸出管理内部規程（CP）、米国OFAC SDNリスト（米国原産品等）",
        en: "Company internal compliance programme; US OFAC SDN list (US-origin goods etc.)",
        confidence: SECONDARY,
      },
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["OTHER_LIST_MATCH"],
          text: {
            ja: "読み込まれたリストとの一致（または一致の可能性）があります。取引前に確認してください。",
            en: "A party matches (or may match) a loaded list; check before proceeding.",
          },
          next: "LIST",
        },
        no: { next: "LIST" },
      },
    },
    {
      id: "LIST",
      lane: "scope",
      fact: "listControl",
      label: { ja: "リスト規制該当か", en: "List-controlled?" },
      question: {
        ja: "該非判定の結果、輸出令別表第一の1〜15項に該当しますか。",
        en: "Is the item list-controlled (Appended Table 1, items 1–15)?",
      },
      citation: {
        ja: "外為法第48条第1項、輸出貿易管理令第1条第1項・別表第一1〜15項",
        en: "FEFTA Art. 48(1); Export Trade Control Order Art. 1(1) and Appended Table 1 items 1–15",
        confidence: LAW,
      },
      answers: {
        controlled: {
          outcome: "LICENSE_REQUIRED",
          reasons: ["LIST_CONTROLLED"],
          text: {
            ja: "リスト規制品のため、仕向地にかかわらず輸出許可が必要です（少額特例の適用は別途確認）。",
            en: "A list-controlled item needs an export licence for any destination (the small-value exemption is a separate check).",
          },
          next: null,
        },
        unknown: {
          outcome: "REVIEW",
          reasons: ["CLASSIFICATION_UNKNOWN"],
          text: {
            ja: "該非判定が未了です。該非判定を行ってください。キャッチオールの確認は続けます。",
            en: "The item has not been classified; classify it. The catch-all checks still run.",
          },
          next: "HS",
        },
        "non-controlled": { next: "HS" },
      },
    },
    {
      id: "HS",
      lane: "scope",
      fact: "hsScope",
      label: { ja: "16項の対象か（HS）", en: "In item 16 scope (HS)?" },
      question: {
        ja: "HSコードから、16項(1)特定品目、16項(2)、16項対象外のどれに当たりますか。",
        en: "By its HS code, is the item a item 16(1) specified item, a item 16(2) item, or outside item 16?",
      },
      citation: {
        ja: "輸出貿易管理令別表第一16の項、貨物等省令第十四条の二",
        en: "Export Trade Control Order Appended Table 1 item 16; Goods Ordinance Art. 14-2",
        confidence: LAW,
      },
      answers: {
        OUT: {
          outcome: "NO_LICENSE",
          reasons: ["NOT_CATCH_ALL_SCOPE"],
          text: {
            ja: "食料品・木材等の16項対象外の類に属するため、補完的輸出規制は適用されません。",
            en: "The HS chapter (food, wood and the like) is outside item 16, so the catch-all does not apply.",
          },
          next: "OUT_WEAPONS",
        },
        INVALID: {
          outcome: "REVIEW",
          reasons: ["HS_INVALID"],
          text: {
            ja: "HSコードが空欄または不正で、16項の区分を決められません。正しいコードを確認してください。",
            en: "The HS code is missing or malformed, so the item 16 class cannot be set; check the code.",
          },
          next: "GROUP",
        },
        "*": { next: "GROUP" },
      },
    },
    {
      id: "OUT_WEAPONS",
      lane: "scope",
      fact: "outOfScopeWeapons",
      label: { ja: "16項対象外でも兵器関連の事情", en: "Weapons fact outside item 16?" },
      question: {
        ja: "16項対象外の貨物ですが、兵器用途、需要者の兵器関連活動、またはインフォームが示されていますか。",
        en: "The goods are outside item 16; is a weapons use, an end user's weapons activity or an inform nonetheless recorded?",
      },
      citation: {
        ja: "輸出貿易管理令別表第一16の項（対象外の類には補完的輸出規制なし）— 兵器関連の事情を知りながら黙って「許可不要」としないのは本ツールの方針",
        en: "Export Trade Control Order Appended Table 1 item 16 (no catch-all for chapters outside it) — not clearing a row silently when a weapons fact is known is this tool's choice",
        confidence: INFERENCE,
      },
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["OUT_OF_SCOPE_WEAPONS_FACT"],
          text: {
            ja: "16項対象外の貨物でキャッチオールの許可は不要ですが、兵器関連の事情が示されています。品目分類（HSコード）を確かめ、出荷前に経済産業省に相談してください。",
            en: "Goods outside 16項 need no catch-all licence, but a weapons fact is recorded: confirm the classification (HS code) and consult METI before shipping.",
          },
          next: null,
        },
        no: { next: null },
      },
    },
    {
      id: "GROUP",
      lane: "scope",
      fact: "destinationGroup",
      label: { ja: "仕向地の区分", en: "Destination group" },
      question: {
        ja: "仕向地はグループA（別表第三）、国連武器禁輸国（別表第三の二）、一般国のどれですか。",
        en: "Is the destination Group A (Table 3), a UN arms-embargo destination (Table 3-2), or a general country?",
      },
      citation: {
        ja: "輸出貿易管理令別表第一16の項（仕向地欄）、別表第三、別表第三の二",
        en: "Export Trade Control Order Appended Table 1 item 16 (region column), Tables 3 and 3-2",
        confidence: LAW,
      },
      answers: {
        A: { next: "A_INFORM" },
        "*": { next: "INFORM" },
      },
    },
    {
      id: "A_INFORM",
      lane: "groupA",
      fact: "informGroupA",
      label: { ja: "インフォームあり（グループA）", en: "Informed (Group A)?" },
      question: {
        ja: "経済産業省から許可申請すべき旨の通知（インフォーム）を受けていますか。",
        en: "Has METI informed the exporter that a licence application is needed?",
      },
      citation: {
        ja: "外為法第48条第2項、輸出貿易管理令第1条第3項・第4条第2項第3号イ・ロ（2025年10月9日施行）",
        en: "FEFTA Art. 48(2); Export Trade Control Order Art. 1(3), Art. 4(2)(iii)(a)(b) (in force 2025-10-09)",
        confidence: LAW,
      },
      answers: {
        yes: {
          outcome: "LICENSE_REQUIRED",
          reasons: ["INFORM"],
          text: {
            ja: "グループA向けでもインフォームを受けた場合は許可が必要です。",
            en: "Even to Group A, an inform makes a licence necessary.",
          },
          next: "RED_FLAGS",
        },
        invalid: {
          outcome: "REVIEW",
          reasons: ["INFORM"],
          text: {
            ja: "インフォーム欄の値を解釈できません。確認してください。",
            en: "The inform value is not understood; check it.",
          },
          next: "A_DIVERSION",
        },
        no: {
          outcome: "NO_LICENSE",
          reasons: ["GROUP_A"],
          text: {
            ja: "グループA向けには客観要件がなく、インフォームがなければ許可は不要です。",
            en: "Group A has no objective requirement; without an inform no licence is needed.",
          },
          next: "A_DIVERSION",
        },
      },
    },
    {
      id: "A_DIVERSION",
      lane: "groupA",
      fact: "groupADiversion",
      label: { ja: "迂回のおそれ", en: "Diversion risk?" },
      question: {
        ja: "荷受人・需要者がグループA外に所在するか、外国ユーザーリストと一致しますか。",
        en: "Is the consignee or end user outside Group A, or on the End User List?",
      },
      citation: {
        ja: "外為法第48条第2項（グループA経由の迂回対策インフォーム）、中間報告(b)",
        en: "FEFTA Art. 48(2) (Group A diversion inform); interim report (b)",
        confidence: INFERENCE,
      },
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["GROUP_A_DIVERSION_RISK"],
          text: {
            ja: "グループA国を経由した迂回のおそれがあります。新設のインフォームはこの迂回を対象とします。最終仕向先を確認してください。",
            en: "Possible diversion through a Group A country, which the new Group A inform targets; confirm the final destination.",
          },
          next: "A_WEAPONS",
        },
        no: { next: "A_WEAPONS" },
      },
    },
    {
      id: "A_WEAPONS",
      lane: "groupA",
      fact: "weaponsUse",
      label: { ja: "兵器用途（グループA）", en: "Weapons use (Group A)?" },
      question: {
        ja: "グループA向けでも、兵器（大量破壊兵器または通常兵器）の開発等に用いられると分かっていますか。",
        en: "Even to Group A, is a weapons use (WMD or conventional) known?",
      },
      citation: A_WEAPONS_CITATION,
      answers: {
        yes: {
          ...A_WEAPONS_CONCERN,
          text: {
            ja: "グループA向けに客観要件はありませんが、兵器関連の事情を知りながら輸出する前に、経済産業省への事前相談を勧めます。",
            en: "Group A has no objective requirement, but with a known weapons concern consult METI before shipping.",
          },
          next: "RED_FLAGS",
        },
        no: { next: "A_ACTIVITY" },
      },
    },
    {
      id: "A_ACTIVITY",
      lane: "groupA",
      fact: "weaponsActivity",
      label: { ja: "需要者の兵器関連活動（グループA）", en: "End user's weapons work (Group A)?" },
      question: {
        ja: "グループA向けでも、需要者が兵器（大量破壊兵器または通常兵器）の開発等を行うと文書・連絡で示されていますか。",
        en: "Even to Group A, do documents or communications say the end user works on weapons (WMD or conventional)?",
      },
      citation: A_WEAPONS_CITATION,
      answers: {
        yes: { next: "A_CLEARLY" },
        no: { next: "RED_FLAGS" },
      },
    },
    ...clearlyChain({
      id: "A_CLEARLY",
      lane: "groupA",
      prong: [],
      tag: { ja: "明らか・グループA", en: "Clearly (Group A)" },
      who: {
        ja: "グループA向けで、需要者が兵器の開発等を行うと示されており",
        en: "To Group A, the end user is shown to work on weapons",
      },
      citation: A_WEAPONS_CITATION,
      next: "RED_FLAGS",
      item19: false,
      item17: true,
      conclusions: advisoryConclusions(
        {
          ...A_WEAPONS_CONCERN,
          text: {
            ja: "グループA向けに客観要件はありませんが、需要者が兵器の開発等を行うと示され、明らかガイドラインで「明らか」と確認・記録されていません。出荷前に確認を記録するか、経済産業省に事前相談してください。",
            en: "Group A has no objective requirement, but the end user is shown to work on weapons and the 'clearly' guideline check is not recorded as clear: record it, or consult METI before shipping.",
          },
        },
        {
          ja: "需要者の兵器関連活動は示されていますが、明らかガイドラインにより「明らか」と判断・記録されています（グループA向けに客観要件はありません）。記録を保存してください。",
          en: "The end user's weapons activity is stated, but the 'clearly not for weapons' judgement under the guideline is recorded (Group A has no objective requirement); keep the record.",
        },
      ),
    }),
    {
      id: "INFORM",
      lane: "wmd",
      fact: "inform",
      label: { ja: "インフォームあり", en: "Informed?" },
      question: {
        ja: "経済産業省から大量破壊兵器または通常兵器についてインフォームを受けていますか。",
        en: "Has METI informed the exporter (WMD or conventional weapons)?",
      },
      citation: {
        ja: "輸出貿易管理令第4条第1項第3号ロ・ニ、第4号ロ・ニ",
        en: "Export Trade Control Order Art. 4(1)(iii)(b)(d), (iv)(b)(d)",
        confidence: LAW,
      },
      answers: {
        yes: {
          outcome: "LICENSE_REQUIRED",
          reasons: ["INFORM"],
          text: {
            ja: "インフォームを受けているため許可が必要です。",
            en: "An inform was received, so a licence is needed.",
          },
          next: "WMD_USE",
        },
        invalid: {
          outcome: "REVIEW",
          reasons: ["INFORM"],
          text: {
            ja: "インフォーム欄の値を解釈できません。確認してください。",
            en: "The inform value is not understood; check it.",
          },
          next: "WMD_USE",
        },
        no: { next: "WMD_USE" },
      },
    },
    {
      id: "WMD_USE",
      lane: "wmd",
      fact: "wmdUse",
      label: { ja: "大量破壊兵器用途か", en: "WMD end use known?" },
      question: {
        ja: "契約書等や相手方からの連絡で、核兵器等の開発等（または省令別表の行為）に用いられると分かっていますか。",
        en: "Do documents or the customer say the goods will be used for developing weapons of mass destruction (or an activity in the ordinance's table)?",
      },
      citation: {
        ja: "輸出貿易管理令第4条第1項第3号イ・第4号イ、核兵器等開発等省令第一号（「明らか」の例外なし）",
        en: "Export Trade Control Order Art. 4(1)(iii)(a), (iv)(a); WMD ordinance item 1 (no 'clearly' exception)",
        confidence: LAW,
      },
      answers: {
        yes: {
          outcome: "LICENSE_REQUIRED",
          reasons: ["WMD_END_USE"],
          text: {
            ja: "大量破壊兵器等の開発等に用いられることを知っているため、許可が必要です（用途要件に例外はありません）。",
            en: "The goods are known to be for WMD development, so a licence is needed (the use prong has no exception).",
          },
          next: "EUL_CHECKED",
        },
        invalid: {
          outcome: "REVIEW",
          reasons: ["WMD_END_USE"],
          text: {
            ja: "兵器用途欄の値を解釈できません。確認してください。",
            en: "The weapons-use value is not understood; check it.",
          },
          next: "EUL_CHECKED",
        },
        no: { next: "EUL_CHECKED" },
      },
    },
    {
      id: "EUL_CHECKED",
      lane: "wmd",
      fact: "endUserList",
      label: { ja: "外国ユーザーリストを照合したか", en: "End User List checked?" },
      question: {
        ja: "需要者要件を問う前に：経済産業省の外国ユーザーリストを読み込み、当事者をリストと照合しましたか。",
        en: "Before the end-user prong is asked: was METI's End User List loaded and were the parties checked against it?",
      },
      citation: {
        ja: "輸出貿易管理令第4条第1項第3号イ・第4号イ、核兵器等開発等省令第二号・第三号（2025年10月9日からは通常兵器開発等省令第二号・第三号も）、外国ユーザーリスト（経済産業省が公表する版）— リストを照合していなければ需要者要件を「該当なし」と答えられないとするのは本ツールの安全側の解釈（法令はこの点を定めていません）",
        en: "Export Trade Control Order Art. 4(1)(iii)(a), (iv)(a); WMD ordinance items 2–3 (from 2025-10-09 also the conventional-weapons ordinance items 2–3); METI's End User List as published — that the end-user prong cannot be answered 'none' when the list was not consulted is this tool's conservative reading (the law does not say so)",
        confidence: INFERENCE,
      },
      answers: {
        yes: { next: "WMD_USER" },
        standIn: {
          outcome: "NO_LICENSE",
          reasons: ["END_USER_LIST_STAND_IN"],
          text: {
            ja: "経済産業省の外国ユーザーリストの代わりに、架空のデモリスト（研修用）で照合しました。この判定は研修用で、実際の注文には使えません。実務では外国ユーザーリストを読み込んで（CLI: --eul ファイル、アドイン: ［リスト］→ 読み込み）再判定してください。",
            en: "The fictional demo list (training) stood in for METI's End User List: this decision is for training, not for real orders. For real screening load METI's End User List (CLI: --eul FILE; add-in: Lists → import) and screen again.",
          },
          next: "WMD_USER",
        },
        no: {
          outcome: "REVIEW",
          reasons: ["END_USER_LIST_NOT_CHECKED"],
          text: {
            ja: "経済産業省の外国ユーザーリストが読み込まれていないため、需要者・荷受人・買主がリストに掲載されているかを確かめていません。需要者要件に当たらないとは言えないので、この行は「許可不要」にできません。外国ユーザーリストを読み込んで（CLI: --eul ファイル、アドイン: ［リスト］→ 読み込み）再判定してください。",
            en: "METI's End User List was not loaded, so whether the end user, consignee or buyer is on it was not checked: the end-user prong cannot be answered 'none', and this row cannot be cleared. Load METI's End User List (CLI: --eul FILE; add-in: Lists → import) and screen again.",
          },
          next: "WMD_USER",
        },
      },
    },
    {
      id: "WMD_USER",
      lane: "wmd",
      fact: "wmdUser",
      label: { ja: "需要者要件（大量破壊兵器）", en: "WMD end-user prong" },
      question: {
        ja: "需要者が核兵器等の開発等を行う（行った）と文書・連絡で示されているか、外国ユーザーリストに掲載されていますか。",
        en: "Do documents or communications say the end user develops (or developed) WMD, or is the end user on the End User List?",
      },
      citation: {
        ja: "核兵器等開発等省令第二号・第三号、平成13年経済産業省告示第760号第二号、外国ユーザーリスト（20250922貿局第1号）",
        en: "WMD ordinance items 2 and 3; METI Notice No. 760 of 2001 item 2; End User List notice 20250922-1",
        confidence: METI,
      },
      answers: {
        eul: { next: "WMD_EUL_CLEARLY" },
        documented: { next: "WMD_DOC_CLEARLY" },
        eulOtherParty: {
          outcome: "REVIEW",
          reasons: ["EUL_MATCH"],
          text: {
            ja: "荷受人または買主が外国ユーザーリストと一致します。真の需要者を確認してください。",
            en: "The consignee or buyer matches the End User List; confirm who the real end user is.",
          },
          next: "CW_SCOPE",
        },
        possible: {
          outcome: "REVIEW",
          reasons: ["EUL_POSSIBLE_MATCH"],
          text: {
            ja: "外国ユーザーリストと一致する可能性があります。同一かどうか確認してください。",
            en: "A party may be on the End User List; confirm whether it is the same entity.",
          },
          next: "CW_SCOPE",
        },
        unknown: {
          outcome: "REVIEW",
          reasons: ["END_USER_ACTIVITY_UNKNOWN"],
          text: {
            ja: "需要者の兵器関連活動が「不明」とされています。確認してください。",
            en: "The end user's weapons activity is marked unknown; find out.",
          },
          next: "CW_SCOPE",
        },
        none: { next: "CW_SCOPE" },
      },
    },
    ...clearlyChain(WMD_EUL_CLEARLY_SPEC),
    ...clearlyChain(WMD_DOC_CLEARLY_SPEC),
    {
      id: "CW_SCOPE",
      lane: "cw",
      fact: "cwScope",
      label: { ja: "通常兵器の客観要件の適用", en: "CW prongs apply?" },
      question: {
        ja: "国連武器禁輸国向け、または16項(1)特定品目ですか（通常兵器の客観要件が適用されるか）。",
        en: "Is the destination a UN arms-embargo country, or the item a item 16(1) specified item (do the conventional-weapons prongs apply)?",
      },
      citation: {
        ja: "輸出貿易管理令第4条第1項第3号ハ（16項(1)）・第4号（16項(2)は別表第三の二向けのみハを適用）",
        en: "Export Trade Control Order Art. 4(1)(iii)(c) (item 16(1)); Art. 4(1)(iv) (item 16(2): (c) only for Table 3-2 destinations)",
        confidence: LAW,
      },
      answers: {
        embargo: {
          outcome: "NO_LICENSE",
          reasons: ["ARMS_EMBARGO_DEST"],
          text: {
            ja: "国連武器禁輸国向けのため、すべての16項貨物に通常兵器の用途要件・需要者要件が適用されます。",
            en: "A UN arms-embargo destination: the conventional-weapons use and user prongs apply to all item 16 goods.",
          },
          next: "CW_USE",
        },
        specified: {
          outcome: "NO_LICENSE",
          reasons: ["SPECIFIED_ITEM_16_1"],
          text: {
            ja: "16項(1)特定品目のため、一般国向けでも通常兵器の用途要件・需要者要件が適用されます。",
            en: "A item 16(1) specified item: the conventional-weapons use and user prongs apply even to a general country.",
          },
          next: "CW_USE",
        },
        embargoSpecified: {
          outcome: "NO_LICENSE",
          reasons: ["ARMS_EMBARGO_DEST", "SPECIFIED_ITEM_16_1"],
          text: {
            ja: "国連武器禁輸国向けの16項(1)特定品目です。通常兵器の客観要件が適用され、「明らか」の判断は使えません。",
            en: "A item 16(1) specified item to a UN arms-embargo destination: the conventional-weapons prongs apply and the 'clearly' route is closed.",
          },
          next: "CW_USE",
        },
        unknown: {
          outcome: "NO_LICENSE",
          reasons: ["HS_AMBIGUOUS"],
          text: {
            ja: "HSコードだけでは16項(1)特定品目かどうか決められません。通常兵器の要件による判定は「要確認」を上限とします。",
            en: "The HS code alone cannot tell whether this is a item 16(1) specified item; outcomes of the conventional-weapons prongs are capped at review.",
          },
          next: "CW_USE",
          cap: "REVIEW",
        },
        hsInvalid: {
          next: "CW_USE",
          cap: "REVIEW",
          text: {
            ja: "HSコードが不正のため16項(1)かどうか不明です。通常兵器の要件に当たる事情があれば要確認とします。",
            en: "With no valid HS code the item 16(1) status is unknown; any conventional-weapons indication leads to review.",
          },
        },
        no: { next: "CW_OUT_OF_SCOPE" },
      },
    },
    {
      id: "CW_OUT_OF_SCOPE",
      lane: "cw",
      fact: "cwUse",
      label: { ja: "通常兵器用途（要件外）", en: "CW use (outside prongs)" },
      question: {
        ja: "16項(2)貨物を一般国へ輸出する場合でも、通常兵器の開発等に用いられると分かっていますか。",
        en: "For item 16(2) goods to a general country, is a conventional-weapons use nonetheless known?",
      },
      citation: CW_OUT_OF_SCOPE_CITATION,
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["CW_END_USE"],
          text: {
            ja: "一般国向け16項(2)貨物に通常兵器の客観要件はありませんが、兵器用途を知りながらの輸出は経済産業省への事前相談を勧めます。",
            en: "item 16(2) goods to a general country have no conventional-weapons objective requirement, but with a known weapons use consult METI before shipping.",
          },
          next: "RED_FLAGS",
        },
        no: { next: "CW_OUT_OF_SCOPE_ACTIVITY" },
      },
    },
    {
      id: "CW_OUT_OF_SCOPE_ACTIVITY",
      lane: "cw",
      fact: "cwActivity",
      label: { ja: "通常兵器の需要者（要件外）", en: "CW end user (outside prongs)" },
      question: {
        ja: "16項(2)貨物を一般国へ輸出する場合でも、需要者が通常兵器の開発等を行うと文書・連絡で示されていますか。",
        en: "For item 16(2) goods to a general country, do documents or communications nonetheless say the end user works on conventional weapons?",
      },
      citation: CW_OUT_OF_SCOPE_CITATION,
      answers: {
        yes: { next: "CW_OUT_OF_SCOPE_CLEARLY" },
        no: { next: "RED_FLAGS" },
      },
    },
    ...clearlyChain(cwOutOfScopeClearly({ next: "RED_FLAGS", item19: false, item17: false })),
    {
      id: "CW_USE",
      lane: "cw",
      fact: "cwUse",
      label: { ja: "通常兵器用途か", en: "CW end use known?" },
      question: {
        ja: "契約書等や相手方からの連絡で、通常兵器（別表第一1項貨物）の開発・製造・使用に用いられると分かっていますか。",
        en: "Do documents or the customer say the goods will be used to develop, make or use conventional weapons (Appended Table 1 item 1 goods)?",
      },
      citation: {
        ja: "通常兵器開発等省令第一号（用途要件、「明らか」の例外なし）",
        en: "Conventional-weapons ordinance item 1 (use prong; no 'clearly' exception)",
        confidence: LAW,
      },
      answers: {
        yes: {
          outcome: "LICENSE_REQUIRED",
          reasons: ["CW_END_USE"],
          text: {
            ja: "通常兵器の開発等に用いられることを知っているため許可が必要です（用途要件に例外はありません）。",
            en: "The goods are known to be for conventional weapons, so a licence is needed (the use prong has no exception).",
          },
          next: "CW_USER",
        },
        no: { next: "CW_USER" },
      },
    },
    {
      id: "CW_USER",
      lane: "cw",
      fact: "cwUser",
      label: { ja: "需要者要件（通常兵器）", en: "CW end-user prong" },
      question: {
        ja: "需要者が通常兵器の開発・製造・使用を行う（行った）と文書・連絡で示されているか、外国ユーザーリストに掲載されていますか。",
        en: "Do documents or communications say the end user develops, makes or uses conventional weapons, or is it on the End User List?",
      },
      citation: {
        ja: "通常兵器開発等省令第二号・第三号（2025年10月9日新設）、外国ユーザーリスト（20250922貿局第1号）",
        en: "Conventional-weapons ordinance items 2 and 3 (new from 2025-10-09); End User List notice 20250922-1",
        confidence: LAW,
      },
      answers: {
        eul: { next: "CW_EUL_CLEARLY" },
        documented: { next: "CW_USER_CLEARLY" },
        eulOtherParty: {
          outcome: "REVIEW",
          reasons: ["EUL_MATCH"],
          text: {
            ja: "荷受人または買主が外国ユーザーリストと一致します。真の需要者を確認してください。",
            en: "The consignee or buyer matches the End User List; confirm who the real end user is.",
          },
          next: "MILITARY_ACTIVITY",
        },
        possible: {
          outcome: "REVIEW",
          reasons: ["EUL_POSSIBLE_MATCH"],
          text: {
            ja: "外国ユーザーリストと一致する可能性があります。確認してください。",
            en: "A party may be on the End User List; confirm.",
          },
          next: "MILITARY_ACTIVITY",
        },
        unknown: {
          outcome: "REVIEW",
          reasons: ["END_USER_ACTIVITY_UNKNOWN"],
          text: {
            ja: "需要者の兵器関連活動が不明です。通常兵器の需要者要件に当たるか確認してください。",
            en: "The end user's weapons activity is unknown; check the conventional-weapons user prong.",
          },
          next: "MILITARY_ACTIVITY",
        },
        none: { next: "MILITARY_ACTIVITY" },
      },
    },
    ...clearlyChain(CW_EUL_CLEARLY_SPEC),
    ...clearlyChain(CW_USER_CLEARLY_SPEC),
    {
      id: "MILITARY_ACTIVITY",
      lane: "cw",
      fact: "cwActivity",
      label: { ja: "通常兵器の活動の記載", en: "CW activity stated?" },
      question: {
        ja: "需要者が通常兵器の開発等を行うと示されていますか（示されていれば上の通常兵器の要件で判断済みで、名称は問いません）。",
        en: "Is the end user shown to work on conventional weapons? If so, the conventional-weapons checks above have judged it and the name is not asked.",
      },
      citation: {
        ja: "通常兵器開発等省令第二号・第三号（需要者要件）— 記載された活動は需要者要件で判断し、名称による推定は記載がないときに限るのは本ツールの方針",
        en: "Conventional-weapons ordinance items 2 and 3 (end-user prong) — a stated activity is judged by the user prong; guessing from the name only where none is stated is this tool's choice",
        confidence: INFERENCE,
      },
      answers: {
        yes: {
          text: {
            ja: "需要者の通常兵器関連活動は上の通常兵器の要件で判断済みです。",
            en: "The end user's stated conventional-weapons work was judged by the checks above.",
          },
          next: "RED_FLAGS",
        },
        no: { next: "MILITARY" },
      },
    },
    {
      id: "MILITARY",
      lane: "cw",
      fact: "militaryName",
      label: { ja: "軍・国防機関らしい名称", en: "Military-sounding party?" },
      question: {
        ja: "荷受人・需要者・買主の名称が軍・国防機関・武装組織（または警察・治安機関）を示していますか。納入先住所が軍事施設内ですか（兵器関連活動の記載なし）。",
        en: "Does the consignee's, end user's or buyer's name mark a military or defence body or an armed group (or a police or security body), or is the delivery address inside a military site (with no weapons activity stated)?",
      },
      citation: {
        ja: "通常兵器開発等省令第二号（「使用」を含む）— 軍は省令に明記されていないため推論",
        en: "Conventional-weapons ordinance item 2 (includes 'use') — armed forces are not named in the ordinance; inference",
        confidence: INFERENCE,
      },
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["MILITARY_END_USER_SUSPECTED"],
          text: {
            ja: "名称が軍・国防機関を示しています。省令は軍を明記していませんが、軍は通常兵器を使用するため需要者要件に当たる可能性があります。",
            en: "The name marks a military or defence body. The ordinance does not name armed forces, but they use conventional weapons, so the user prong may be met.",
          },
          next: "RED_FLAGS",
          unverified: true,
        },
        security: {
          outcome: "REVIEW",
          reasons: ["SECURITY_END_USER_SUSPECTED"],
          text: {
            ja: "名称が警察・治安機関・内務省等を示しています。警察等は軍ではなく、省令にも明記されていませんが、銃器（別表第一1項貨物）を使用するため通常兵器の需要者要件（「使用」）に当たる可能性があり、法令上の扱いは確定していません。需要者の任務と貨物の使用部署を確認し、不明なら経済産業省に事前相談してください。",
            en: "The name marks a police or security body or an interior ministry. These are not armed forces and the ordinances do not name them, but they use firearms (Appended Table 1 item 1 goods), so the conventional-weapons user prong ('use') may be met; the law is not settled on this. Find out the body's tasks and which unit will use the goods, and consult METI if unclear.",
          },
          next: "RED_FLAGS",
          unverified: true,
        },
        no: { next: "RED_FLAGS" },
      },
    },
    {
      id: "RED_FLAGS",
      lane: "flags",
      fact: "redFlags",
      label: { ja: "Red Flagsの有無", en: "Any red flags?" },
      question: {
        ja: "懸念取引のRed Flags（19項目）に当たる事情が検出または回答されていますか。",
        en: "Has any of the 19 transaction red flags been detected or answered yes?",
      },
      citation: {
        ja: "中間報告別紙（米国EAR第732部補則3のRed Flags 1〜19）、明らかガイドライン",
        en: "Interim report appendix (US EAR Part 732 Supp. 3 red flags 1–19); 'clearly' guideline",
        confidence: SECONDARY,
      },
      answers: {
        any: {
          outcome: "REVIEW",
          reasons: ["RED_FLAGS"],
          text: {
            ja: "未解消のRed Flagsがあります。相手方に照会し、解消できなければ取引を見合わせるか許可申請・事前相談をしてください。",
            en: "Unresolved red flags: inquire with the customer; if they cannot be resolved, hold the deal or apply for a licence / consult METI.",
          },
          next: "PAYMENT_TEXT",
        },
        "*": { next: "PAYMENT_TEXT" },
      },
    },
    {
      id: "PAYMENT_TEXT",
      lane: "flags",
      fact: "paymentText",
      label: { ja: "通常でない支払方法", en: "Unusual payment arrangement?" },
      question: {
        ja: "決済条件・備考に、第三者や第三国からの支払い、両替商・ハワラ、暗号資産、複数の支払者など、買主からの通常の支払いでない方法が書かれていますか。",
        en: "Do the payment terms or remarks state a payment that is not the buyer's ordinary one: by a third party or from a third country, through an exchange house or hawala, in crypto-assets, or by several payers?",
      },
      citation: {
        ja: "明らかガイドライン⑬（通常でない有利な支払条件がないこと）、米国BIS・FinCEN共同アラート（第三国・第三者からの支払い）— 19のRed Flagsには含まれず、本ツールの慎重な読み",
        en: "'Clearly' guideline ⑬ (no unusual payment terms); US BIS–FinCEN joint alerts (payments from third parties or third countries) — not one of the 19 red flags; this tool's conservative reading",
        confidence: INFERENCE,
      },
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["UNUSUAL_PAYMENT"],
          text: {
            ja: "買主以外の者・国からの支払いなど、通常でない支払方法が書かれています。誰がなぜ支払うのかを顧客に確認し、支払者を取引当事者として確認（リスト照合を含む）してから判定し直してください。",
            en: "The order states an unusual payment, such as one by someone other than the buyer. Ask the customer who pays and why, check the payer as a party to the deal (list screening included), and screen again.",
          },
          next: "USE_TEXT",
          unverified: true,
        },
        no: { next: "USE_TEXT" },
      },
    },
    {
      id: "USE_TEXT",
      lane: "flags",
      fact: "useText",
      label: { ja: "記述中の兵器用途", en: "Weapons use written in the order?" },
      question: {
        ja: "用途・品名・備考の記述に、大量破壊兵器・通常兵器や軍事用途を示す語がありますか（「兵器用途の判明」欄に記録されていないもの。否定の文は除く）。",
        en: "Do the end use, item description or remarks use words of weapons of mass destruction, conventional weapons or military use that the known-weapons-use column does not record (negated statements aside)?",
      },
      citation: {
        ja: "輸出貿易管理令第4条第1項第3号イ・ハ、第4号イ・ハ（用途要件：輸出者が用途を知ったとき）— 記述の語から用途を推し量るのは本ツールの推論",
        en: "Export Trade Control Order Art. 4(1)(iii)(a),(c) and (iv)(a),(c) (use prong: the exporter learns of the use) — reading the use from words of the order is this tool's inference",
        confidence: INFERENCE,
      },
      answers: {
        yes: {
          outcome: "REVIEW",
          reasons: ["WEAPONS_USE_MENTIONED"],
          text: {
            ja: "注文の記述に兵器・軍事用途を示す語があります。その用途に使われるなら用途要件により許可が必要です（知っている用途には「明らか」の例外はありません）。顧客に用途を確認し、兵器用途なら「兵器用途の判明」欄に WMD／CW を記入して許可申請を、そうでなければ実際の用途が分かるよう記述を直して再判定してください。",
            en: "The order's text uses words of weapons or military use. If the goods will serve that use, the use prong requires a licence (no 'clearly' exception applies to a known use). Confirm the use with the customer: if it is a weapons use, record WMD or CW in known_weapons_use and apply for a licence; if not, correct the text so it states the actual use, and screen again.",
          },
          next: "END",
          unverified: true,
        },
        no: { next: "END" },
      },
    },
    {
      id: "END",
      lane: "flags",
      fact: "decisionSoFar",
      label: { ja: "判定", en: "Decision" },
      question: {
        ja: "判定：上の各段階で最も重い結果。いずれの要件にも当たらなければ許可は不要です。",
        en: "Decision: the most severe outcome above; where no requirement is met, no licence is needed.",
      },
      citation: {
        ja: "輸出貿易管理令第4条第1項第3号・第4号（いずれにも該当しないとき）",
        en: "Export Trade Control Order Art. 4(1)(iii), (iv) (none of the cases applies)",
        confidence: LAW,
      },
      answers: {
        NO_LICENSE: {
          outcome: "NO_LICENSE",
          reasons: ["NO_REQUIREMENT"],
          text: {
            ja: "補完的輸出規制のいずれの要件にも当たらないため、許可は不要です。判断の根拠を保存してください。",
            en: "No catch-all requirement is met, so no licence is needed; keep the evidence.",
          },
          next: null,
        },
        "*": { next: null },
      },
    },
  ]),
};

/** The rules are immutable at run time: results share citation and text objects with them. */
function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}
deepFreeze(FLOW);

/** Node lookup by id. */
export const FLOW_NODES: ReadonlyMap<string, (typeof FLOW.nodes)[number]> = new Map(FLOW.nodes.map((n) => [n.id, n]));
