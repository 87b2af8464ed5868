/** Labels for the 明らかガイドライン checklist as shown in the pane's row detail and the output. */
import type { GuidelineItemState, Text } from "../types";

export const GUIDELINE_HEADING: Text = {
  ja: "明らかガイドライン（①〜⑳）",
  en: "'Clearly' guideline (items 1–20)",
};

export const GUIDELINE_NOTE: Text = {
  ja: "項目文は二次資料の要約を本ツールが言い換えたものです（補完規制通達1.(6)の原文ではありません）。",
  en: "Item texts are this tool's wording of a secondary summary (not the text of the catch-all circular 1.(6)).",
};

export const GUIDELINE_STATE_LABELS: Record<GuidelineItemState["state"], Text> = {
  satisfied: { ja: "満たす", en: "satisfied" },
  concern: { ja: "懸念あり", en: "concern" },
  contradicted: { ja: "データと矛盾", en: "contradicted by the data" },
  closed: { ja: "「明らか」不可", en: "route closed" },
  cannotConfirm: { ja: "確認できない", en: "cannot be confirmed" },
  notApplicable: { ja: "対象外", en: "not applicable" },
  notChecked: { ja: "未確認", en: "not checked" },
  unreadable: { ja: "読めない回答", en: "answer unreadable" },
};
