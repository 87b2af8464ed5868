/** Human labels of the flow's answer values, for traces, the flowchart and training. */
import type { Text } from "../types";

export const ANSWER_LABELS: Record<string, Text> = {
  yes: { ja: "はい", en: "yes" },
  no: { ja: "いいえ", en: "no" },
  invalid: { ja: "値が不明", en: "value not understood" },
  controlled: { ja: "該当", en: "controlled" },
  "non-controlled": { ja: "非該当", en: "not controlled" },
  unknown: { ja: "不明", en: "unknown" },
  S1: { ja: "16項(1)特定品目", en: "16項(1) specified item" },
  S1_CONDITIONAL: { ja: "16項(1)の可能性（部分品）", en: "possibly 16項(1) (parts)" },
  S1_AMBIGUOUS: { ja: "16項(1)の可能性（4桁）", en: "possibly 16項(1) (4 digits)" },
  S2: { ja: "16項(2)", en: "16項(2)" },
  OUT: { ja: "16項対象外", en: "outside 16項" },
  INVALID: { ja: "HSコード不正", en: "HS code invalid" },
  A: { ja: "グループA", en: "Group A" },
  EMBARGO: { ja: "国連武器禁輸国", en: "UN arms embargo" },
  GENERAL: { ja: "一般国", en: "general country" },
  UNKNOWN: { ja: "不明", en: "unknown" },
  eul: { ja: "外国ユーザーリスト掲載", en: "on the End User List" },
  documented: { ja: "文書・連絡で判明", en: "documented" },
  eulOtherParty: { ja: "荷受人・買主がリスト掲載", en: "consignee/buyer listed" },
  possible: { ja: "リスト類似", en: "possible list match" },
  none: { ja: "なし", en: "none" },
  embargo: { ja: "禁輸国向け", en: "embargo destination" },
  specified: { ja: "特定品目", en: "specified item" },
  embargoSpecified: { ja: "禁輸国向け特定品目", en: "specified item to embargo destination" },
  hsInvalid: { ja: "HSコード不正（不明）", en: "HS code invalid (unknown)" },
  maybeClosed: { ja: "「明らか」不可の可能性", en: "'clearly' route may be closed" },
  closed: { ja: "「明らか」不可", en: "'clearly' route closed" },
  redFlags: { ja: "Red Flagsあり", en: "red flags present" },
  embargoNotClear: { ja: "禁輸国向けで判断不可", en: "embargo destination, cannot clear" },
  allClear: { ja: "19項目すべていいえ", en: "all 19 answered no" },
  incomplete: { ja: "チェックリスト未完了", en: "checklist incomplete" },
  any: { ja: "あり", en: "present" },
  readable: { ja: "すべて読める", en: "all readable" },
  unreadable: { ja: "読めない項目あり", en: "unreadable field" },
  conflict: { ja: "列の値が食い違う", en: "columns disagree" },
  both: { ja: "読めない項目・食い違いあり", en: "unreadable and conflicting" },
  PROHIBITED: { ja: "輸出禁止", en: "prohibited" },
  LICENSE_REQUIRED: { ja: "許可申請要", en: "licence required" },
  REVIEW: { ja: "要確認", en: "review" },
  NO_LICENSE: { ja: "申請不要", en: "no licence" },
};

export function answerLabel(answer: string, lang: "ja" | "en"): string {
  return ANSWER_LABELS[answer]?.[lang] ?? answer;
}
