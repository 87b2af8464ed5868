/** Labels the presentation uses: decisions, party roles, how firm a legal reading is. Ja and en. */
import type { Decision, Lang, PartyRole, Text } from "../types";
import { DECISION_LABELS } from "../i18n/decisions";

export function decisionLabel(d: Decision, lang: Lang): string {
  return DECISION_LABELS[d][lang];
}

export const ROLE_LABELS: Record<PartyRole, Text> = {
  end_user: { ja: "需要者", en: "end user" },
  consignee: { ja: "荷受人", en: "consignee" },
  buyer: { ja: "買主", en: "buyer" },
};

export const CONFIDENCE_LABELS: Record<"law" | "meti" | "secondary" | "inference", Text> = {
  law: { ja: "法令", en: "law" },
  meti: { ja: "経産省資料", en: "METI document" },
  secondary: { ja: "二次資料", en: "secondary source" },
  inference: { ja: "推論", en: "inference" },
};

/**
 * What an empty red-flag column means. The checklist may be incomplete (unanswered items are not "no"), so
 * the wording never claims the transaction is free of red flags.
 */
export const NO_RED_FLAGS: Text = {
  ja: "検出・回答されたレッドフラグはありません（未回答のチェック項目は「該当なし」とはみなしません）。",
  en: "No red flag detected or answered (unanswered checklist items do not count as “no”).",
};
