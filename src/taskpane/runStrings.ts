/**
 * Labels and messages of the run's safety checks (results bound to their orders, stale results, refusals,
 * lists in force), in Japanese and English. Kept apart from strings.ts so that the pane's layout work and
 * this work do not edit the same table.
 */
import type { Text } from "../engine/types";

export const RUN_TEXT = {
  listsInForce: { ja: "使用したリスト", en: "Lists in force" },
  noList: { ja: "なし（リスト照合なし）", en: "none (no list matching)" },
} satisfies Record<string, Text>;
