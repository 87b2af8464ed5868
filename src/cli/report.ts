/**
 * What one CLI run did, and its rendering as the printed summary table (counts per decision, rows that need
 * attention, notes) in the chosen language.
 */
import { DECISIONS, decisionLabel } from "../engine";
import { FIELD_LABELS, columnLetter, headerText } from "../engine/headers";
import type { HeaderMapping } from "../engine/headers";
import type { EngineContext } from "../engine";
import type { Lang, OrderRow, Text } from "../engine/types";
import { displayWidth, fit } from "./cellText";
import type { ScreenedSheet } from "./sheetRun";

export interface RunReport {
  inputFile: string;
  outputFile: string;
  format: "csv" | "xlsx";
  /** Sheet name (xlsx) or undefined (csv). */
  sheetName?: string;
  /** Input encoding label (csv). */
  encoding?: string;
  /** 1-based row number of the header row. */
  headerRow: number;
  headerCells: readonly unknown[];
  mapping: HeaderMapping;
  screened: ScreenedSheet;
  /** Notes from loading party lists. */
  listNotes: Text[];
  /** Notes about the input and the run. */
  notes: Text[];
  /** Result of --previous, already rendered per language. */
  previous?: { summary: Text; lines: Text[] };
  /** First output column letter (xlsx). */
  outputFrom?: string;
  /** The engine context and the order rows, for --explain's --what-if and --regimes. */
  engine?: { ctx: EngineContext; rowOf: (index: number) => OrderRow };
  /** Worker threads that screened the rows (0 = the main thread). */
  threads?: number;
}

const L = {
  title: { ja: "anpo-screen 判定結果", en: "anpo-screen results" },
  input: { ja: "入力", en: "Input" },
  output: { ja: "出力", en: "Output" },
  sheet: { ja: "シート", en: "Sheet" },
  headerRow: { ja: "見出し行", en: "Header row" },
  encoding: { ja: "文字コード", en: "Encoding" },
  versions: { ja: "版", en: "Versions" },
  engine: { ja: "エンジン", en: "engine" },
  rules: { ja: "ルール", en: "rules" },
  lists: { ja: "リスト", en: "lists" },
  noLists: { ja: "なし（当事者照合なし）", en: "none (no party screening)" },
  decision: { ja: "判定", en: "Decision" },
  label: { ja: "表示", en: "Label" },
  count: { ja: "件数", en: "Rows" },
  total: { ja: "合計", en: "Total" },
  blank: { ja: "空行（判定せず）", en: "blank rows (not screened)" },
  attention: { ja: "確認が必要な行", en: "Rows needing attention" },
  none: { ja: "なし", en: "none" },
  row: { ja: "行", en: "Row" },
  order: { ja: "注文番号", en: "Order" },
  reasons: { ja: "理由コード", en: "Reasons" },
  redFlags: { ja: "Red Flags", en: "Red flags" },
  more: { ja: "ほか {n} 行は出力ファイルを見てください。", en: "{n} more: see the output file." },
  notes: { ja: "注記", en: "Notes" },
  mapping: { ja: "列の対応", en: "Column mapping" },
  mapped: { ja: "判定に使う列 {n} 個（見出し {m} 個中）", en: "{n} of {m} header(s) used for screening" },
  outputAt: { ja: "結果の列は {c} 列から", en: "output columns start at column {c}" },
  previous: { ja: "前回との比較", en: "Compared with the previous output" },
  packs: { ja: "規制パック", en: "Rule packs" },
  packRows: { ja: "{id}（{n}行）", en: "{id} ({n} {rows})" },
} satisfies Record<string, Text>;

export const REPORT_LABELS = L;

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
}

/** Rows needing attention (present model), most severe first, then in sheet order (at most ATTENTION_KEPT per decision). */
export function attentionRows(report: RunReport) {
  return report.screened.attention;
}

/** How many rows need attention (all of them, also beyond the ones kept). */
export function attentionCount(report: RunReport): number {
  return report.screened.attentionTotal;
}

/** Column-mapping lines: "A 注文番号 → order_id". */
export function mappingLines(mapping: HeaderMapping, headerCells: readonly unknown[], lang: Lang): string[] {
  const lines: string[] = [];
  mapping.columns.forEach((field, i) => {
    const header = headerText(headerCells[i]).trim();
    if (!header) return;
    const target = field
      ? `${field} (${FIELD_LABELS[field][lang]})`
      : lang === "ja"
        ? "（判定に使わない）"
        : "(not screened)";
    lines.push(`${columnLetter(i)} ${header} → ${target}`);
  });
  return lines;
}

/**
 * The rule packs the rows were decided under with their row counts, most rows first — only when that is not simply
 * the batch's pack (rows whose shipment date, or --as-of, chose another): undefined otherwise.
 */
export function packCounts(s: ScreenedSheet, lang: Lang): string | undefined {
  const packs = [...s.byPack.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!packs.length || (packs.length === 1 && packs[0][0] === s.versions.pack)) return undefined;
  return packs
    .map(([id, n]) => fill(L.packRows[lang], { id, n, rows: n === 1 ? "row" : "rows" }))
    .join(lang === "ja" ? "、" : ", ");
}

const MAX_ATTENTION_LINES = 40;

/** The printed summary. */
export function formatReport(report: RunReport, lang: Lang): string {
  const out: string[] = [];
  const s = report.screened;
  const v = s.versions;
  const listText =
    Object.entries(v.lists)
      .map(([k, d]) => `${k}@${d}`)
      .join(", ") || L.noLists[lang];
  out.push(`${L.title[lang]}`);
  out.push(
    `  ${L.input[lang]}: ${report.inputFile}${report.sheetName !== undefined ? ` [${L.sheet[lang]}: ${report.sheetName}]` : ""}${report.encoding ? ` (${report.encoding})` : ""}`,
  );
  out.push(
    `  ${L.output[lang]}: ${report.outputFile}${report.outputFrom ? ` (${fill(L.outputAt[lang], { c: report.outputFrom })})` : ""}`,
  );
  out.push(
    `  ${L.headerRow[lang]}: ${report.headerRow} · ${fill(L.mapped[lang], { n: Object.keys(report.mapping.byField).length, m: report.mapping.columns.filter((_, i) => headerText(report.headerCells[i]).trim() !== "").length })}`,
  );
  out.push(
    `  ${L.versions[lang]}: ${L.engine[lang]} ${v.engine} · ${L.rules[lang]} ${v.rules} · ${L.lists[lang]} ${listText}`,
  );
  const packs = packCounts(s, lang);
  if (packs) out.push(`  ${L.packs[lang]}: ${packs}`);
  out.push("");

  const labels = DECISIONS.map((d) => decisionLabel(d, lang));
  const w1 = Math.max(displayWidth(L.decision[lang]), ...DECISIONS.map(displayWidth), displayWidth(L.total[lang]));
  const w2 = Math.max(displayWidth(L.label[lang]), ...labels.map(displayWidth));
  const w3 = Math.max(displayWidth(L.count[lang]), 5, String(s.total).length);
  const rule = `  ${"-".repeat(w1)}  ${"-".repeat(w2)}  ${"-".repeat(w3)}`;
  out.push(`  ${fit(L.decision[lang], w1)}  ${fit(L.label[lang], w2)}  ${fit(L.count[lang], w3, "right")}`);
  out.push(rule);
  DECISIONS.forEach((d, i) =>
    out.push(`  ${fit(d, w1)}  ${fit(labels[i], w2)}  ${fit(String(s.counts[d]), w3, "right")}`),
  );
  out.push(rule);
  out.push(
    `  ${fit(L.total[lang], w1)}  ${fit("", w2)}  ${fit(String(s.total), w3, "right")}${s.blankRows ? `   (${L.blank[lang]}: ${s.blankRows})` : ""}`,
  );
  out.push("");

  const attention = attentionRows(report);
  const attentionTotal = attentionCount(report);
  out.push(`${L.attention[lang]}: ${attentionTotal}`);
  if (attention.length > 0) {
    const rows = attention.slice(0, MAX_ATTENTION_LINES);
    const rowW = Math.max(displayWidth(L.row[lang]), ...rows.map((o) => String(o.index + 1).length));
    const idW = Math.min(16, Math.max(displayWidth(L.order[lang]), ...rows.map((o) => displayWidth(o.orderId))));
    const decW = Math.max(...rows.map((o) => displayWidth(o.columns.decision_label)), displayWidth(L.decision[lang]));
    out.push(
      `  ${fit(L.row[lang], rowW, "right")}  ${fit(L.order[lang], idW)}  ${fit(L.decision[lang], decW)}  ${L.reasons[lang]} | ${L.redFlags[lang]}`,
    );
    for (const o of rows) {
      const flags = o.columns.red_flags ? ` | ${o.columns.red_flags}` : "";
      out.push(
        `  ${fit(String(o.index + 1), rowW, "right")}  ${fit(o.orderId, idW)}  ${fit(o.columns.decision_label, decW)}  ${o.columns.reasons || "-"}${flags}`,
      );
    }
    if (attentionTotal > rows.length) out.push(`  … ${fill(L.more[lang], { n: attentionTotal - rows.length })}`);
  }

  if (report.previous) {
    out.push("");
    out.push(`${L.previous[lang]}: ${report.previous.summary[lang]}`);
    for (const line of report.previous.lines.slice(0, MAX_ATTENTION_LINES)) out.push(`  ${line[lang]}`);
  }

  const notes = [...report.notes, ...report.listNotes].map((n) => n[lang]);
  if (notes.length > 0) {
    out.push("");
    out.push(`${L.notes[lang]}:`);
    for (const n of notes) out.push(`  - ${n}`);
  }
  return out.join("\n") + "\n";
}
