/** Labels of the four decisions. */
import type { Decision, Text } from "../types";

export const DECISION_LABELS: Record<Decision, Text> = {
  PROHIBITED: { ja: "輸出禁止", en: "Prohibited" },
  LICENSE_REQUIRED: { ja: "許可申請要", en: "Licence required" },
  REVIEW: { ja: "要確認", en: "Review" },
  NO_LICENSE: { ja: "申請不要", en: "No licence" },
};
