/**
 * The summary sheet added to an output workbook: run facts (time in local time with the zone), versions, counts
 * per decision, the rows that need attention, the column mapping used, lists loaded and notes. Built as plain rows
 * (values plus a style key) and written as worksheet XML by xlsxPatch.ts.
 */
import { DECISIONS, decisionLabel } from "../engine";
import type { Decision, Lang } from "../engine/types";
import { REPORT_LABELS as L, RunReport, attentionCount, attentionRows, mappingLines, packCounts } from "./report";
import { localTime } from "./timeText";

export const SUMMARY_BASE_NAME = { ja: "判定サマリー", en: "Screening summary" };

/** A sheet name not yet used in the workbook (Excel compares names case-insensitively). */
export function freeSheetName(taken: readonly string[], wanted: string): string {
  const set = new Set(taken.map((n) => n.toLowerCase()));
  if (!set.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`.slice(0, 31);
    if (!set.has(name.toLowerCase())) return name;
  }
}

export type SummaryStyle = "title" | "section" | "bold" | Decision;
export interface SummaryCell {
  value: string | number;
  style?: SummaryStyle;
}
export type SummaryRow = SummaryCell[];

export function summaryRows(report: RunReport, lang: Lang, now: Date): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const section = (title: string) => {
    rows.push([]);
    rows.push([{ value: title, style: "section" }]);
  };
  rows.push([{ value: L.title[lang], style: "title" }]);
  const v = report.screened.versions;
  const facts: Array<[string, string]> = [
    [L.input[lang], report.inputFile],
    [L.sheet[lang], report.sheetName ?? ""],
    [L.headerRow[lang], String(report.headerRow)],
    [lang === "ja" ? "実行日時" : "Run at", localTime(now)],
    [`${L.versions[lang]}: ${L.engine[lang]}`, v.engine],
    [`${L.versions[lang]}: ${L.rules[lang]}`, v.rules],
    [
      `${L.versions[lang]}: ${L.lists[lang]}`,
      Object.entries(v.lists)
        .map(([k, d]) => `${k}@${d}`)
        .join(", ") || L.noLists[lang],
    ],
  ];
  const packs = packCounts(report.screened, lang);
  if (packs) facts.push([L.packs[lang], packs]);
  if (report.outputFrom) facts.push([lang === "ja" ? "結果の列" : "Output columns", `${report.outputFrom} →`]);
  for (const [k, val] of facts) rows.push([{ value: k, style: "bold" }, { value: val }]);

  section(lang === "ja" ? "判定別の件数" : "Rows per decision");
  rows.push([L.decision[lang], L.label[lang], L.count[lang]].map((value) => ({ value, style: "bold" as const })));
  for (const d of DECISIONS)
    rows.push([{ value: d, style: d }, { value: decisionLabel(d, lang) }, { value: report.screened.counts[d] }]);
  rows.push([
    { value: L.total[lang], style: "bold" },
    { value: "", style: "bold" },
    { value: report.screened.total, style: "bold" },
  ]);
  if (report.screened.blankRows)
    rows.push([{ value: L.blank[lang] }, { value: "" }, { value: report.screened.blankRows }]);

  const attention = attentionRows(report);
  const total = attentionCount(report);
  section(`${L.attention[lang]} (${total})`);
  if (attention.length === 0) rows.push([{ value: L.none[lang] }]);
  else {
    rows.push(
      [L.row[lang], L.order[lang], L.decision[lang], L.reasons[lang], L.redFlags[lang]].map((value) => ({
        value,
        style: "bold" as const,
      })),
    );
    for (const o of attention)
      rows.push([
        { value: o.index + 1 },
        { value: o.orderId },
        { value: o.columns.decision_label, style: o.decision },
        { value: o.columns.reasons },
        { value: o.columns.red_flags },
      ]);
    if (total > attention.length)
      rows.push([{ value: `… ${L.more[lang].replace("{n}", String(total - attention.length))}` }]);
  }

  if (report.previous) {
    section(L.previous[lang]);
    rows.push([{ value: report.previous.summary[lang] }]);
    for (const line of report.previous.lines) rows.push([{ value: line[lang] }]);
  }

  section(L.mapping[lang]);
  for (const line of mappingLines(report.mapping, report.headerCells, lang)) rows.push([{ value: line }]);

  const notes = [...report.notes, ...report.listNotes].map((n) => n[lang]);
  if (notes.length > 0) {
    section(L.notes[lang]);
    for (const n of notes) rows.push([{ value: n }]);
  }
  return rows;
}
