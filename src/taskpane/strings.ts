/**
 * Every label and message of the task pane, in Japanese and English. Machine codes (PROHIBITED, RF03,
 * meti-eul#475) are the same in both.
 */
import type { Lang, Text } from "../engine/types";

const S = {
  appTitle: { ja: "輸出審査（キャッチオール）", en: "Export screening (catch-all)" },
  tabScreen: { ja: "審査", en: "Screen" },
  tabLists: { ja: "リスト", en: "Lists" },
  privacy: { ja: "データはこのパソコンの外へ送信されません。", en: "No data leaves this computer." },
  advisory: {
    ja: "判定は社内の輸出管理審査を補助するもので、代わるものではありません。",
    en: "The decision supports your export control review; it does not replace it.",
  },

  step1: { ja: "1. データを確認", en: "1. Check the data" },
  step1Hint: {
    ja: "注文データのセルを選んでから押してください（テーブルがあればテーブルを使います）。",
    en: "Select a cell in the order data, then press (a table is used if there is one).",
  },
  checkData: { ja: "データを確認", en: "Check data" },
  checking: { ja: "確認中…", en: "Checking…" },
  dataFound: { ja: "データ", en: "Data" },
  rows: { ja: "行", en: "rows" },
  columns: { ja: "列", en: "columns" },
  table: { ja: "テーブル", en: "Table" },
  blockAt: { ja: "結果の書き込み先", en: "Results go to" },
  blockReplace: { ja: "（前回の結果を置き換えます）", en: "(replaces the earlier results)" },

  step2: { ja: "2. 列の対応付け", en: "2. Map the columns" },
  mappingHint: {
    ja: "見出しから自動で対応付けました。違う場合は選び直してください。* は必須項目です。",
    en: "Mapped automatically from the headers; change any that are wrong. * marks a required field.",
  },
  sheetColumn: { ja: "シートの列", en: "Sheet column" },
  field: { ja: "項目", en: "Field" },
  notUsed: { ja: "（使わない）", en: "(not used)" },
  required: { ja: "必須", en: "required" },
  missingRequired: { ja: "必須項目の列がありません", en: "Required field without a column" },
  duplicateField: {
    ja: "同じ項目が複数の列に割り当てられています",
    en: "The same field is assigned to several columns",
  },
  savedMappingUsed: {
    ja: "前回このシートで使った対応付けを使っています。",
    en: "Using the mapping saved with this sheet last time.",
  },

  step3: { ja: "3. 審査", en: "3. Screen" },
  run: { ja: "審査する", en: "Screen" },
  cancel: { ja: "中止", en: "Cancel" },
  cancelling: { ja: "中止しています…", en: "Cancelling…" },
  progress: { ja: "審査中", en: "Screening" },
  largeSheet: {
    ja: "行数が多いため数分かかることがあります。途中で中止できます。",
    en: "This is a large sheet and may take a few minutes. You can cancel at any time.",
  },
  done: { ja: "完了", en: "Done" },
  cancelled: { ja: "中止しました", en: "Cancelled" },
  failed: { ja: "失敗しました", en: "Failed" },
  rowsScreened: { ja: "審査した行", en: "Rows screened" },
  blankRows: { ja: "空行（結果なし）", en: "Blank rows (no result)" },
  cancelledNote: {
    ja: "審査済みの行には結果を書き込み、残りの行は「未審査（中断）」としました。",
    en: "Screened rows have their results; the rest are marked “Not screened (stopped)”.",
  },
  noListsWarning: {
    ja: "リストが読み込まれていないため、当事者のリスト照合は行われません（［リスト］タブで読み込めます）。",
    en: "No party list is loaded, so parties are not checked against any list (load one on the Lists tab).",
  },
  demoInUse: {
    ja: "デモリスト（架空の当事者）で照合しています。実務の審査には公式の外国ユーザーリストを読み込んでください。",
    en: "Parties are checked against the DEMO list (fictional parties). Load the official End User List for real screening.",
  },
  demoStandsIn: {
    ja: "外国ユーザーリストが読み込まれていないため、研修用にデモリストがその代わりをします（理由「外国ユーザーリストの代わりにデモリスト」）。判定は研修用で、実際の注文には使えません。",
    en: "No End User List is loaded, so for training the demo list stands in for it (reason “Demo list standing in for the End User List”). The decisions are for training, not for real orders.",
  },
  noEndUserList: {
    ja: "経済産業省の外国ユーザーリストが読み込まれていません。需要者をリストと照合できないため、グループA以外への行は「許可不要」にならず「要確認」（外国ユーザーリスト未照合）になります。［リスト］タブでリストを読み込んでから判定してください。",
    en: "METI's End User List is not loaded. Parties cannot be checked against it, so no row to a destination outside Group A can be cleared: such rows are REVIEW (End User List not checked). Import the list on the Lists tab (Lists → import), then screen.",
  },
  endUserListRows: {
    ja: "{all} 行は外国ユーザーリストを照合していないため「許可不要」にできませんでした（うち {only} 行はこの理由だけ）。［リスト］タブで外国ユーザーリストを読み込み、再判定してください。",
    en: "{all} row(s) could not be cleared because METI's End User List was not checked ({only} for this reason alone). Import the list on the Lists tab (Lists → import) and screen again.",
  },

  results: { ja: "結果", en: "Results" },
  attention: { ja: "確認が必要な行", en: "Rows needing attention" },
  noAttention: { ja: "確認が必要な行はありません。", en: "No rows need attention." },
  attentionShown: { ja: "{m} 行中 {n} 行を表示（重い判定から順）", en: "Showing {n} of {m}, most severe first" },
  filterDecision: { ja: "判定で絞り込む", en: "Filter by decision" },
  allDecisions: { ja: "すべての判定", en: "All decisions" },
  searchRows: { ja: "行番号・注文番号・理由で検索", en: "Search row, order no. or reason" },
  mappedAll: { ja: "必須項目はすべて自動で対応付けました", en: "Every required field was mapped automatically" },
  mappedCount: { ja: "{n} 列を審査に使います", en: "{n} columns used" },
  changeMapping: { ja: "変更", en: "Change" },
  hideMapping: { ja: "対応付けを閉じる", en: "Hide the mapping" },
  resultsSummary: { ja: "審査結果の概要", en: "Result summary" },
  row: { ja: "行", en: "Row" },
  order: { ja: "注文", en: "Order" },

  detail: { ja: "行の詳細", en: "Row detail" },
  back: { ja: "一覧に戻る", en: "Back to the list" },
  path: { ja: "判定の経路", en: "Decision path" },
  pathHint: {
    ja: "この行が通った質問と答え、根拠の条文です。塗りつぶした丸の答えが判定を決めました。",
    en: "The questions this row went through, the answers and their legal basis. A filled dot marks an answer that decided the outcome.",
  },
  answer: { ja: "答え", en: "Answer" },
  notAsked: { ja: "通らなかった質問", en: "Not asked" },
  showAllSteps: { ja: "すべての質問を表示（ほか {n} 個）", en: "Show all steps ({n} more)" },
  showPathOnly: { ja: "通った質問だけを表示", en: "Show the path only" },
  pathPack: { ja: "判定に使った規制", en: "Rules used" },
  reasons: { ja: "理由と根拠", en: "Reasons and legal basis" },
  confidence: { ja: "根拠の確度", en: "Basis" },
  redFlags: { ja: "レッドフラグ", en: "Red flags" },
  detected: { ja: "検出", en: "detected" },
  answered: { ja: "回答", en: "answered" },
  partyMatches: { ja: "リスト照合", en: "List matches" },
  noMatches: { ja: "リストとの一致はありません。", en: "No list matches." },
  matchedAlias: { ja: "一致した名称", en: "Matched name" },
  score: { ja: "スコア", en: "Score" },
  notes: { ja: "入力についての注意", en: "Notes on the input" },
  allowListed: { ja: "許可リストで除外済み", en: "Allow-listed" },
  decisionChanged: {
    ja: "シートの現在の値で再審査した結果が、書き込まれた結果と異なります。もう一度審査してください。",
    en: "Screening the row's current values gives a different result from the one written. Screen the sheet again.",
  },

  notThisParty: { ja: "この当事者ではない", en: "Not this party" },
  notThisPartyTitle: { ja: "リストの当事者とは別人・別会社として記録", en: "Record that this is not the listed party" },
  notThisPartyHint: {
    ja: "この取引相手とリストの掲載者が別であることを確認した場合だけ記録してください。記録はこのブックに保存され、ログシートに残ります。",
    en: "Record this only after checking that your counterparty is not the listed party. It is kept in this workbook and logged.",
  },
  reviewer: { ja: "確認者", en: "Reviewer" },
  reason: { ja: "理由", en: "Reason" },
  reasonPlaceholder: {
    ja: "例: 所在地・設立年・代表者が異なる（資料番号…）",
    en: "e.g. different address, founding year and directors (file ref …)",
  },
  save: { ja: "記録して再審査", en: "Record and re-screen" },
  close: { ja: "閉じる", en: "Close" },
  allowSaved: {
    ja: "許可リストに記録し、この行を再審査しました。",
    en: "Recorded in the allow-list; the row was screened again.",
  },

  listsTitle: { ja: "読み込み済みのリスト", en: "Loaded lists" },
  noLists: { ja: "リストはまだありません。", en: "No lists yet." },
  listName: { ja: "リスト", en: "List" },
  version: { ja: "版", en: "Version" },
  date: { ja: "日付", en: "Date" },
  entries: { ja: "件数", en: "Entries" },
  importedAt: { ja: "読み込み日時", en: "Imported" },
  remove: { ja: "削除", en: "Remove" },
  kindOfficial: { ja: "公式", en: "Official" },
  kindSdn: { ja: "OFAC SDN", en: "OFAC SDN" },
  kindOwn: { ja: "自社リスト", en: "Own list" },
  kindDemo: { ja: "デモ（架空）", en: "DEMO (fictional)" },
  importFile: { ja: "ファイルを読み込む", en: "Import a file" },
  importHint: {
    ja: "経済産業省の外国ユーザーリスト（.xlsx）、OFAC SDN（.csv）、自社リスト（.csv: name, aliases, country）を読み込めます。ファイルはこのパソコンの中で読み取ります。",
    en: "METI's End User List (.xlsx), OFAC SDN (.csv) or your own list (.csv: name, aliases, country). Files are read on this computer.",
  },
  importing: { ja: "読み込み中…", en: "Importing…" },
  imported: { ja: "読み込みました", en: "Imported" },
  importFailed: {
    ja: "読み込めませんでした。以前のリストはそのまま使われます。",
    en: "Import failed. The previous list stays in force.",
  },
  loadDemo: {
    ja: "デモリストを読み込む（研修用・架空の当事者）",
    en: "Load the demo list (training; fictional parties)",
  },
  demoWarning: {
    ja: "デモリストの当事者はすべて架空です。実際の審査には使えません。",
    en: "Every party on the demo list is fictional. It is not for real screening.",
  },
  notPersistent: {
    ja: "この環境ではリストを保存できません。ペインを閉じると読み込み直しが必要です。",
    en: "Lists cannot be stored here; they must be imported again after the pane closes.",
  },
  listsChangedRecalc: {
    ja: "ANPO 関数の結果を新しいリストで更新するには、Ctrl+Alt+F9 で再計算してください。",
    en: "To update ANPO functions with the new lists, recalculate with Ctrl+Alt+F9.",
  },

  // The run's safety checks: results bound to their orders, stale results, refusals, lists in force.
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
  staleElsewhereTitle: {
    ja: "ほかのシートにも、審査後に入力が変更された行があります",
    en: "Other sheets have rows whose inputs changed since screening",
  },
  staleElsewhereLine: {
    ja: "シート「{sheet}」: {n} 行（シートでは判定セルが灰色で「入力が変更されました」と表示されています）",
    en: 'Sheet "{sheet}": {n} rows (greyed in the sheet, marked "inputs changed")',
  },
  staleElsewhereLegacy: {
    ja: "シート「{sheet}」: 以前の版で書かれた結果のため、注文との対応を確認できません。",
    en: 'Sheet "{sheet}": results written by an earlier version; they cannot be checked against their orders.',
  },
  rescreenSheet: { ja: "このシートの変更行を再審査", en: "Re-screen them" },
  goToSheet: { ja: "シートへ移動", en: "Go to sheet" },
  attentionOutdated: {
    ja: "注意: 審査後に {n} 行が変更されました。この一覧は審査した時点の行番号と判定です（上の「変更された行を再審査」で更新されます）。",
    en: "Note: {n} rows changed since this run. This list shows rows and decisions as they were screened (re-screen the changed rows above to update them).",
  },
  staleLegacy: {
    ja: "このシートの結果は以前の版で書かれたため、注文との対応を確認できません。もう一度審査すると、行ごとに入力キーが付きます。",
    en: "This sheet's results were written by an earlier version and cannot be checked against their orders. Screen again to give every row its input key.",
  },

  loadingDetail: { ja: "詳細を読み込み中…", en: "Loading the detail…" },
  errorTitle: { ja: "エラー", en: "Error" },
  unsupported: {
    ja: "この Excel ではアドインに必要な機能（ExcelApi 1.13）が使えないため、審査のボタンは使えません。Microsoft 365 版または Excel on the web を使ってください。ANPO 関数は使えます。",
    en: "This Excel lacks features the add-in needs (ExcelApi 1.13), so the screening buttons are off. Use Microsoft 365 Excel or Excel on the web. The ANPO functions still work.",
  },
} satisfies Record<string, Text>;

export type StringKey = keyof typeof S;

export function t(lang: Lang, key: StringKey): string {
  return S[key][lang];
}

/** A `{ja, en}` text in the user's language. */
export function tx(lang: Lang, text: Text): string {
  return text[lang];
}

export const STRINGS: Readonly<Record<StringKey, Text>> = S;
