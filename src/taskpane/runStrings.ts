/**
 * Labels and messages of the run's safety checks (results bound to their orders, stale results, refusals,
 * lists in force), in Japanese and English. Kept apart from strings.ts so that the pane's layout work and
 * this work do not edit the same table.
 */
import type { Text } from "../engine/types";

export const RUN_TEXT = {
  listsInForce: { ja: "使用したリスト", en: "Lists in force" },
  noList: { ja: "なし（リスト照合なし）", en: "none (no list matching)" },
  staleTitle: { ja: "入力が変更されました", en: "Inputs changed since screening" },
  staleBody: {
    ja: "{n} 行の結果が、いまの行の内容と対応していません（うち {changed} 行は審査後に編集・並べ替え・挿入・削除された行。シートでは判定セルを灰色にし「入力が変更されました」と表示しています）。",
    en: "{n} rows have results that do not match the row as it is now ({changed} were edited, sorted, inserted or deleted after screening; their decision cells are greyed and say so in the sheet).",
  },
  staleBodyUnscreened: {
    ja: "残りの行には注文データがありますが、結果がありません。",
    en: "The other rows have order data but no result.",
  },
  countsWithheld: {
    ja: "審査を中止したため、件数と確認が必要な行は表示しません（書き込まれなかった結果を含むため）。シートの結果を見てください。",
    en: "The run stopped, so counts and rows needing attention are not shown (they would include results that were not written). See the results in the sheet.",
  },
  staleChanged: { ja: "入力が変更されました", en: "inputs changed" },
  staleWasFor: { ja: "結果は次の注文のもの:", en: "result was for" },
  staleWas: { ja: "前回の判定", en: "was" },
  staleNoResult: { ja: "結果なし（審査されていない行）", en: "no result (not screened)" },
  staleMore: {
    ja: "先頭の {n} 行を表示しています。",
    en: "Showing the first {n}.",
  },
  rescreen: { ja: "変更された行を再審査", en: "Re-screen changed rows" },
  rescreenDone: { ja: "{n} 行を再審査して書き込みました。", en: "{n} rows screened again and written." },
  rescreenSkipped: {
    ja: "{n} 行を再審査しました。次の行は内容が変わったか、このアドインが書いたものではないセルがあるため書き込んでいません: {cells}",
    en: "{n} rows screened again. Not written, because they changed meanwhile or hold cells this add-in did not write: {cells}",
  },
  staleLegacy: {
    ja: "このシートの結果は以前の版で書かれたため、注文との対応を確認できません。もう一度審査すると、行ごとに入力キーが付きます。",
    en: "This sheet's results were written by an earlier version and cannot be checked against their orders. Screen again to give every row its input key.",
  },
} satisfies Record<string, Text>;
