/** Bilingual messages of the CLI and the error type for unusable input (exit code 2). */
import type { Lang, Text } from "../engine/types";

/** Unusable input or arguments: the CLI prints the message and exits with code 2. */
export class InputError extends Error {
  constructor(
    public readonly text: Text,
    public readonly details: Text[] = [],
  ) {
    super(text.en);
    this.name = "InputError";
  }
}

export function t(text: Text, lang: Lang): string {
  return text[lang];
}

export const msg = {
  usage: (): Text => ({
    ja: [
      "使い方: npm run screen -- [入力.csv|入力.xlsx] [オプション]",
      "  入力を省略すると同梱の例 examples/orders-example.csv を判定し out/ に書き出します。",
      "  --out FILE        出力先（既定: <入力>.screened.<拡張子>。入力と同じファイルは不可）",
      "  --sheet NAME      .xlsx の判定するシート（既定: 最初のシート）",
      "  --lang ja|en      表示言語（既定: LC_ALL / LC_MESSAGES / LANG が ja で始まれば ja、それ以外は en）",
      "  --eul FILE        経済産業省 外国ユーザーリスト（.xlsx/.csv）",
      "  --list FILE       その他の取引先リスト（複数指定可）",
      "  --allow FILE      確認済みの誤一致（許可リスト）",
      "  --previous FILE   前回の出力と比べて判定の変わった行を示す",
      "  --explain ID      注文番号 ID の行の判定理由・根拠・判定の経路を表示",
      "    --regimes       （--explain と併用）図１の5つの通常兵器キャッチオール規制との比較（参考）",
      "    --what-if F=V   （--explain と併用）項目 F を値 V に変えた場合の判定・理由・経路の違い（繰り返し可）",
      "    --compare-packs （--explain と併用）現行規制と2025年10月9日改正前の規制での判定を並べ、分かれる節点を表示",
      "  --as-of DATE      DATE（YYYY-MM-DD）に施行中の規制パックで判定（既定: 行の出荷日・納期、なければ今日）",
      "  --escape-input    CSV 出力で入力列の数式のような値にも ' を付ける（既定: 入力列はそのまま）",
      "  --threads N       判定に使うワーカースレッド数（0 = 使わない。既定: 1 MB 以上の入力で CPU 数）",
      "  --quiet, -q       進行状況を表示しない（既定: 5,000 行以上で stderr に表示）",
      "  --format jsonl    出力を 1 行 1 件の JSON（判定結果の全項目）にする（既定: 入力と同じ形式）",
      "  --fail-on LEVEL   LEVEL（REVIEW / LICENSE_REQUIRED / PROHIBITED）以上の行があれば終了コード 3",
      "  --report FILE.html  判定別・仕向地別・レッドフラグ別のグラフと確認が必要な行の HTML レポート（外部読み込みなし）",
      "  --help            この説明",
      "終了コード: 0 = 実行できた（判定結果に関係なく）、3 = --fail-on の水準以上の行あり、2 = 入力が使えない・書き込めない、1 = 内部エラー",
    ].join("\n"),
    en: [
      "Usage: npm run screen -- [input.csv|input.xlsx] [options]",
      "  Without an input it screens the bundled example examples/orders-example.csv and writes to out/.",
      "  --out FILE        output file (default: <input>.screened.<ext>; never the input itself)",
      "  --sheet NAME      sheet of an .xlsx to screen (default: the first sheet)",
      "  --lang ja|en      language (default: ja when LC_ALL / LC_MESSAGES / LANG starts with ja, else en)",
      "  --eul FILE        METI End User List (.xlsx/.csv)",
      "  --list FILE       another party list (repeatable)",
      "  --allow FILE      allow-list of reviewed false matches",
      "  --previous FILE   an earlier output: rows whose decision changed are shown",
      "  --explain ID      print the reasons, citations and decision path of order ID",
      "    --regimes       (with --explain) figure 1's five conventional-weapons catch-alls compared (for reference)",
      "    --what-if F=V   (with --explain) how decision, reasons and path change with field F set to V (repeatable)",
      "    --compare-packs (with --explain) the decision under today's rules and those before 2025-10-09, and where they part",
      "  --as-of DATE      screen under the rule pack in force on DATE (YYYY-MM-DD; default: the row's shipment date, else today)",
      "  --escape-input    CSV output: also prefix formula-like input values with ' (default: input columns unchanged)",
      "  --threads N       worker threads for screening (0 = none; default: one per CPU for inputs of 1 MB or more)",
      "  --quiet, -q       no progress display (default: on stderr for files of 5,000 rows or more)",
      "  --format jsonl    write one JSON object per row (every field of the result) instead of the input's format",
      "  --fail-on LEVEL   exit 3 when any row is at or above LEVEL (REVIEW, LICENSE_REQUIRED or PROHIBITED)",
      "  --report FILE.html  an HTML report: charts by decision, destination and red flag, the rows needing attention (loads nothing)",
      "  --help            this text",
      "Exit codes: 0 = it ran (whatever the decisions), 3 = rows at or above --fail-on, 2 = unusable input or output not written, 1 = internal error",
    ].join("\n"),
  }),
  badOption: (detail: string): Text => ({
    ja: `引数が正しくありません: ${detail}（--help で使い方を表示）`,
    en: `Invalid arguments: ${detail} (see --help)`,
  }),
  badThreads: (value: string): Text => ({
    ja: `--threads は 0〜64 の整数を指定してください（0 = ワーカースレッドを使わない。指定値: ${value}）`,
    en: `--threads must be a whole number from 0 to 64 (0 = no worker threads; got: ${value})`,
  }),
  badFormat: (value: string): Text => ({
    ja: `--format は jsonl を指定してください（省略時は入力と同じ形式。指定値: ${value}）`,
    en: `--format must be jsonl (default: the input's format; got: ${value})`,
  }),
  badAsOf: (value: string): Text => ({
    ja: `--as-of は YYYY-MM-DD 形式の日付を指定してください（指定値: ${value}）`,
    en: `--as-of must be a date written YYYY-MM-DD (got: ${value})`,
  }),
  noPackFor: (date: string, from: string): Text => ({
    ja: `--as-of ${date}: この日付の規制パックはありません（本ツールの規制は ${from} 以降）`,
    en: `--as-of ${date}: no rule pack covers this date (this tool holds the rules from ${from})`,
  }),
  badFailOn: (value: string): Text => ({
    ja: `--fail-on は REVIEW、LICENSE_REQUIRED、PROHIBITED のいずれかです（指定値: ${value}）`,
    en: `--fail-on must be REVIEW, LICENSE_REQUIRED or PROHIBITED (got: ${value})`,
  }),
  failOnHit: (level: string, count: number): Text => ({
    ja: `--fail-on ${level}: ${level} 以上の行が ${count} 行あります（終了コード 3）。`,
    en: `--fail-on ${level}: ${count} row(s) at or above ${level} (exit code 3).`,
  }),
  badLang: (value: string): Text => ({
    ja: `--lang は ja か en を指定してください（指定値: ${value}）`,
    en: `--lang must be ja or en (got: ${value})`,
  }),
  tooManyInputs: (): Text => ({
    ja: "入力ファイルは 1 つだけ指定してください。",
    en: "Give exactly one input file.",
  }),
  missingFile: (file: string): Text => ({
    ja: `ファイルが見つかりません: ${file}`,
    en: `File not found: ${file}`,
  }),
  notAFile: (file: string): Text => ({
    ja: `ファイルではありません: ${file}`,
    en: `Not a file: ${file}`,
  }),
  emptyFile: (file: string): Text => ({
    ja: `ファイルが空です: ${file}`,
    en: `The file is empty: ${file}`,
  }),
  unreadableFile: (file: string, why: string): Text => ({
    ja: `ファイルを読めません: ${file}（${why}）`,
    en: `Cannot read the file: ${file} (${why})`,
  }),
  unsupportedFormat: (file: string): Text => ({
    ja: `対応していない形式です: ${file}。.csv か .xlsx を指定してください（.xls は Excel で .xlsx として保存し直してください）。`,
    en: `Unsupported file type: ${file}. Use .csv or .xlsx (save an .xls file as .xlsx in Excel first).`,
  }),
  unreadableXlsx: (file: string, why: string): Text => ({
    ja: `.xlsx ファイルとして読めません: ${file}（${why}）。壊れているか、パスワード付き、または別の形式の可能性があります。`,
    en: `Cannot read as an .xlsx workbook: ${file} (${why}). It may be damaged, password-protected or another format.`,
  }),
  zipNamedCsv: (file: string): Text => ({
    ja: `${file} は CSV ではなく Excel ブック（zip 形式）のようです。拡張子を .xlsx にしてください。`,
    en: `${file} looks like an Excel workbook (zip), not a CSV. Rename it to .xlsx.`,
  }),
  badCsv: (file: string, why: string): Text => ({
    ja: `CSV として読めません: ${file}（${why}）`,
    en: `Cannot parse the CSV: ${file} (${why})`,
  }),
  noSheet: (name: string, available: string[]): Text => ({
    ja: `シート「${name}」がありません。あるシート: ${available.join("、")}`,
    en: `No sheet named "${name}". Sheets: ${available.join(", ")}`,
  }),
  noEndUserList: (only: number, all: number): Text => ({
    ja: `経済産業省の外国ユーザーリストを読み込んでいないため、需要者・荷受人・買主をリストと照合していません。グループA以外への行は「許可不要」にできず「要確認」（END_USER_LIST_NOT_CHECKED）としました: ${all} 行（うち ${only} 行はこの理由だけで要確認）。--eul で外国ユーザーリスト（例: 20250929_4.xlsx）を指定して再判定してください。`,
    en: `METI's End User List was not loaded, so no end user, consignee or buyer was checked against it. Rows to destinations outside Group A cannot be cleared and are REVIEW (END_USER_LIST_NOT_CHECKED): ${all} row(s), ${only} of them for this reason alone. Screen again with --eul and the list (e.g. 20250929_4.xlsx).`,
  }),
  demoStandsInForEndUserList: (): Text => ({
    ja: "外国ユーザーリストの代わりに架空のデモリスト（研修用）を照合しました（END_USER_LIST_STAND_IN）。判定は研修用で、実際の注文には使えません。実務では --eul で経済産業省の外国ユーザーリストを指定してください。",
    en: "The fictional demo list (training) stood in for METI's End User List (END_USER_LIST_STAND_IN): the decisions are for training, not for real orders. For real screening pass METI's End User List with --eul.",
  }),
  sheetChosen: (name: string, passed: string[]): Text => ({
    ja: `シート「${name}」を判定しました（${passed.map((p) => `「${p}」`).join("")}には見出し行がありません）。別のシートを判定するには --sheet で名前を指定してください。`,
    en: `Screened sheet "${name}" (${passed.map((p) => `"${p}"`).join(", ")} ${passed.length === 1 ? "has" : "have"} no header row). To screen another sheet, name it with --sheet.`,
  }),
  noRoomForOutput: (lastUsed: string, columns: number): Text => ({
    ja: `判定結果の ${columns} 列を書く場所がありません。シートの使用中のセル（結合セルを含む）が列 ${lastUsed} まであり、その右に ${columns} 列を置くと Excel の最終列 XFD を超えます。何も書き出していません。右端の列のメモなどを移すか削除してから、もう一度実行してください（または --format jsonl で出力してください）。`,
    en: `No room for the ${columns} result columns: the sheet's used cells (merged cells included) reach column ${lastUsed}, and ${columns} more columns would go past Excel's last column, XFD. Nothing was written. Move or delete the notes in the rightmost columns and run again (or write --format jsonl).`,
  }),
  exampleSheetsPassed: (name: string, examples: string[]): Text => ({
    ja: `${examples.map((p) => `「${p}」`).join("")}は名前から記入例・見本のシートとみなし、判定していません（見出し行はあります）。判定したのはシート「${name}」です。記入例のシートを判定するには --sheet で名前を指定してください。`,
    en: `${examples.map((p) => `"${p}"`).join(", ")} ${examples.length === 1 ? "is" : "are"} named as an example or template sheet and ${examples.length === 1 ? "was" : "were"} not screened (${examples.length === 1 ? "it has" : "they have"} a header row); sheet "${name}" was screened. To screen an example sheet, name it with --sheet.`,
  }),
  exampleSheetScreened: (name: string): Text => ({
    ja: `判定したシート「${name}」は名前が記入例・見本を示しています。注文のシートが別にある場合は --sheet で名前を指定してください。`,
    en: `The screened sheet "${name}" is named as an example or template. If the orders are on another sheet, name it with --sheet.`,
  }),
  otherSheetsWithHeader: (name: string, others: string[]): Text => ({
    ja: `判定したのはシート「${name}」だけです。${others.map((p) => `「${p}」`).join("")}にも見出し行があり、判定していません。判定するには --sheet で名前を指定してください。`,
    en: `Only sheet "${name}" was screened; ${others.map((p) => `"${p}"`).join(", ")} also ${others.length === 1 ? "has" : "have"} a header row and ${others.length === 1 ? "was" : "were"} not screened. To screen one, name it with --sheet.`,
  }),
  noHeaderInSheets: (sheets: string[]): Text => ({
    ja: `どのシートにも見出し行が見つかりません（先頭 20 行に 仕向地・HSコード・該非判定・最終需要者 などの見出しがありません）。シート: ${sheets.map((s) => `「${s}」`).join("")}。見出しのあるシートを --sheet で指定してください。`,
    en: `No sheet has a header row (none of the first 20 rows has headers such as destination, hs_code, list_control, end_user). Sheets: ${sheets.map((s) => `"${s}"`).join(", ")}. Name the order sheet with --sheet.`,
  }),
  sheetIgnoredForCsv: (name: string): Text => ({
    ja: `CSV にはシートがないため --sheet「${name}」は使いませんでした。`,
    en: `A CSV file has no sheets; --sheet "${name}" was ignored.`,
  }),
  previousNotOutput: (file: string): Text => ({
    ja: `--previous のファイルは anpo-screen の出力ではないようです（decision 列がありません）: ${file}`,
    en: `The --previous file does not look like an anpo-screen output (no decision column): ${file}`,
  }),
  listLoadFailed: (): Text => ({
    ja: "取引先リストを読み込めないため判定を行いません（一部のリストだけで判定すると見落としが起きるため）。",
    en: "A party list could not be loaded, so nothing was screened (screening against only some of the lists could miss a party).",
  }),
  xlsxTooLarge: (file: string, bytes: number, limit: number): Text => ({
    ja: `ブックが大きすぎて展開できません: ${file}（展開後 ${(bytes / 1024 ** 3).toFixed(1)} GB、上限 ${(limit / 1024 ** 3).toFixed(0)} GB）。壊れているわけではありません。シートを分けて保存してください。`,
    en: `The workbook is too large to unpack: ${file} (${(bytes / 1024 ** 3).toFixed(1)} GB unpacked, limit ${(limit / 1024 ** 3).toFixed(0)} GB). It is not damaged; split it into smaller workbooks.`,
  }),
  partTooLarge: (part: string): Text => ({
    ja: `出力のブックの部品 ${part} が 4 GB を超えます（ZIP64 は未対応）。入力を分けてください。`,
    en: `The output workbook's part ${part} would exceed 4 GB (ZIP64 is not supported); split the input.`,
  }),
  noSheets: (file: string): Text => ({
    ja: `ブックにシートがありません: ${file}`,
    en: `The workbook has no sheets: ${file}`,
  }),
  sheetEmpty: (sheet: string): Text => ({
    ja: `シート「${sheet}」にデータがありません。`,
    en: `Sheet "${sheet}" has no data.`,
  }),
  noHeader: (): Text => ({
    ja: "見出し行が見つかりません（先頭 20 行に 仕向地・HSコード・該非判定・最終需要者 などの見出しがありません）。",
    en: "No header row found (none of the first 20 rows has headers such as destination, hs_code, list_control, end_user).",
  }),
  missingRequired: (): Text => ({
    ja: "必須の列が足りないため判定できません。",
    en: "Required columns are missing; the sheet cannot be screened.",
  }),
  noDataRows: (): Text => ({
    ja: "見出し行の下に判定する行がありません。",
    en: "There are no rows to screen below the header row.",
  }),
  outIsInput: (file: string): Text => ({
    ja: `出力先が入力ファイルと同じです: ${file}。入力は上書きしません。別の --out を指定してください。`,
    en: `The output would overwrite an input file: ${file}. The CLI never overwrites its input; choose another --out.`,
  }),
  badReportName: (file: string): Text => ({
    ja: `--report には .html のファイル名を指定してください（${file}）。`,
    en: `--report needs a file name ending in .html (got ${file}).`,
  }),
  sameReportAndOutput: (file: string): Text => ({
    ja: `--report のファイルが出力ファイルと同じです（${file}）。`,
    en: `The --report file is the output file (${file}).`,
  }),
  outFormatMismatch: (inputExt: string, outExt: string): Text => ({
    ja: `出力の形式（${outExt}）は入力の形式（${inputExt}）と同じにしてください。`,
    en: `The output type (${outExt}) must match the input type (${inputExt}).`,
  }),
  outDirMissing: (dir: string): Text => ({
    ja: `出力先のフォルダがありません: ${dir}`,
    en: `The output folder does not exist: ${dir}`,
  }),
  writeFailed: (file: string, why: string): Text => ({
    ja: `出力を書き込めません: ${file}（${why}）。一時ファイルは削除し、以前の出力ファイル（あれば）と入力は変更していません。`,
    en: `Cannot write the output: ${file} (${why}). The temporary file was removed; the previous output (if any) and the input are unchanged.`,
  }),
  staleTempRemoved: (file: string): Text => ({
    ja: `前回中断された実行の一時ファイルを削除しました: ${file}`,
    en: `Removed a temporary file left by an interrupted earlier run: ${file}`,
  }),
  interrupted: (signal: string): Text => ({
    ja: `中断されました (${signal})。一時ファイルを削除しました。以前の出力ファイルはそのままです。`,
    en: `Interrupted (${signal}). The temporary file was removed; the previous output file is unchanged.`,
  }),
  internalError: (why: string): Text => ({
    ja: `内部エラー: ${why}`,
    en: `Internal error: ${why}`,
  }),
  headerRowNotFirst: (row: number): Text => ({
    ja: `見出し行は ${row} 行目です。それより上の行はそのまま出力に残し、判定しません。`,
    en: `The header row is row ${row}; rows above it are kept in the output and not screened.`,
  }),
  formulaCells: (count: number, cells: string[]): Text => ({
    ja: `数式のセルが ${count} 個あり、保存されている計算結果で判定しました（例: ${cells.join("、")}）。出力のブックでは数式はそのままです。`,
    en: `${count} cell(s) hold formulas; their cached results were screened (e.g. ${cells.join(", ")}). The formulas are kept in the output workbook.`,
  }),
  formulaNoCache: (count: number, cells: string[]): Text => ({
    ja: `数式のセル ${count} 個に保存された計算結果がありません（${cells.join("、")}）。空欄ではなく読めない値として扱い、その行は要確認にしました。Excel で開いて保存し直すと結果が保存されます。`,
    en: `${count} formula cell(s) have no cached result (${cells.join(", ")}); they were read as unreadable, not as blank, and their rows need review. Open and save the file in Excel to store the results.`,
  }),
  csvFormulaLike: (count: number, cells: string[]): Text => ({
    ja: `入力の CSV に = + - @ などで始まる値が ${count} 個あります（例: ${cells.join("、")}）。CSV の数式は計算されないので文字として判定し、入力列はそのまま書き出しました（表計算ソフトで開くと数式として実行されるおそれがあります。--escape-input で ' を付けられます）。`,
    en: `The input CSV has ${count} value(s) starting with = + - @ or similar (e.g. ${cells.join(", ")}). A CSV has no formulas, so they were screened as text, and the input columns were written back unchanged (a spreadsheet may run them as formulas when opened; --escape-input prefixes them with ').`,
  }),
  csvFormulaEscaped: (count: number): Text => ({
    ja: `--escape-input: 入力列の数式のような値 ${count} 個の先頭に ' を付けました。`,
    en: `--escape-input: ${count} formula-like input value(s) were prefixed with '.`,
  }),
  encodingUsed: (encoding: string): Text => ({
    ja: `入力の文字コード: ${encoding}。出力は UTF-8（BOM 付き）で書き出しました。`,
    en: `Input encoding: ${encoding}. The output is written as UTF-8 with a BOM.`,
  }),
  blankRowsSkipped: (count: number): Text => ({
    ja: `判定に使う列がすべて空の行 ${count} 行は注文行ではないので判定していません（出力にはそのまま残ります）。`,
    en: `${count} row(s) with all screened columns blank are not orders and were not screened (they are kept in the output).`,
  }),
  notOrderRows: (rows: ReadonlyArray<readonly [number, "header" | "total"]>): Text => {
    const list = (kind: string) =>
      rows
        .filter(([, k]) => k === kind)
        .slice(0, 10)
        .map(([r]) => r)
        .join(", ");
    const count = (kind: string) => rows.filter(([, k]) => k === kind).length;
    const more = (kind: string) => (count(kind) > 10 ? " …" : "");
    const ja: string[] = [];
    const en: string[] = [];
    if (count("header") > 0) {
      ja.push(
        `見出し行と同じ内容の行 ${count("header")} 行（行 ${list("header")}${more("header")}）は見出しの繰り返しとみなし、判定していません。`,
      );
      en.push(
        `${count("header")} row(s) repeating the header's names (row ${list("header")}${more("header")}) were read as header rows, not orders, and were not screened.`,
      );
    }
    if (count("total") > 0) {
      ja.push(
        `品名・HSコード・該非判定・仕向地・当事者が空で「合計」「件数」「※」などだけの行 ${count("total")} 行（行 ${list("total")}${more("total")}）は合計・注記の行とみなし、判定していません。注文行であれば、品名などを入力して再実行してください。`,
      );
      en.push(
        `${count("total")} row(s) with no item, HS code, classification, destination or party and only a word such as 合計/Total/件数/※ (row ${list("total")}${more("total")}) were read as totals or footnotes, not orders, and were not screened. If one is an order, fill in its item and run again.`,
      );
    }
    return { ja: ja.join(""), en: en.join(" ") };
  },
  csvWiderRows: (count: number): Text => ({
    ja: `${count} 行は読み込み前の確認より列が多く、その行だけ結果の列が右にずれています（値はすべて出力しています）。`,
    en: `${count} row(s) turned out wider than the first pass counted; on those rows the output columns sit further right (every value is written).`,
  }),
  invalidBytes: (count: number, label: string): Text => ({
    ja: `文字コード ${label} として読めないバイトが ${count} か所あり、「\uFFFD」に置き換わっています。`,
    en: `${count} byte sequence(s) are not valid ${label} and were replaced by "\uFFFD".`,
  }),
  raggedRows: (count: number): Text => ({
    ja: `見出しより列の多い行・少ない行が ${count} 行あります。出力では空のセルで列をそろえました。`,
    en: `${count} row(s) have more or fewer cells than the header; the output pads them with empty cells.`,
  }),
  alreadyScreened: (): Text => ({
    ja: "入力にはすでに判定結果の列（decision など）があります。新しい結果の列はその右に追加しました。",
    en: "The input already has output columns (decision etc.); the new ones were appended to their right.",
  }),
  engineFailed: (count: number, rows: number[]): Text => ({
    ja: `${count} 行で判定中に内部エラーが起きました（行 ${rows.slice(0, 10).join("、")}）。これらは「要確認」としました。手作業で確認してください。`,
    en: `An internal error occurred while screening ${count} row(s) (rows ${rows.slice(0, 10).join(", ")}). They are marked REVIEW; check them by hand.`,
  }),
  engineFailedExplanation: (why: string): Text => ({
    ja: `この行の判定中に内部エラーが起きました（${why}）。自動判定できないため要確認です。`,
    en: `An internal error occurred while screening this row (${why}). It could not be screened automatically, so it needs review.`,
  }),
} as const;
