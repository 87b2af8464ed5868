/**
 * The summary sheet added to an output workbook: run facts, versions, counts per decision, the rows that
 * need attention, the column mapping used, lists loaded and notes.
 */
import type ExcelJS from "exceljs";
import { DECISIONS, decisionLabel } from "../engine";
import type { Lang } from "../engine/types";
import { REPORT_LABELS as L, RunReport, attentionCount, attentionRows, mappingLines } from "./report";
import { DECISION_COLOURS } from "./xlsxFile";

const BASE_NAME = { ja: "判定サマリー", en: "Screening summary" };

/** A sheet name not yet used in the workbook (Excel compares names case-insensitively). */
export function freeSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`.slice(0, 31);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function addSummarySheet(
  workbook: ExcelJS.Workbook,
  report: RunReport,
  lang: Lang,
  now: Date,
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(freeSheetName(workbook, BASE_NAME[lang]));
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 22;
  ws.getColumn(3).width = 40;
  ws.getColumn(4).width = 40;
  const bold = { bold: true };
  const section = (title: string) => {
    ws.addRow([]);
    const r = ws.addRow([title]);
    r.font = { bold: true, size: 12 };
  };

  const title = ws.addRow([L.title[lang]]);
  title.font = { bold: true, size: 14 };
  const v = report.screened.versions;
  const facts: Array<[string, string]> = [
    [L.input[lang], report.inputFile],
    [L.sheet[lang], report.sheetName ?? ""],
    [L.headerRow[lang], String(report.headerRow)],
    [lang === "ja" ? "実行日時" : "Run at", now.toISOString()],
    [`${L.versions[lang]}: ${L.engine[lang]}`, v.engine],
    [`${L.versions[lang]}: ${L.rules[lang]}`, v.rules],
    [
      `${L.versions[lang]}: ${L.lists[lang]}`,
      Object.entries(v.lists)
        .map(([k, d]) => `${k}@${d}`)
        .join(", ") || L.noLists[lang],
    ],
  ];
  if (report.outputFrom) facts.push([lang === "ja" ? "結果の列" : "Output columns", `${report.outputFrom} →`]);
  for (const [k, val] of facts) {
    const r = ws.addRow([k, val]);
    r.getCell(1).font = bold;
  }

  section(lang === "ja" ? "判定別の件数" : "Rows per decision");
  const head = ws.addRow([L.decision[lang], L.label[lang], L.count[lang]]);
  head.font = bold;
  for (const d of DECISIONS) {
    const r = ws.addRow([d, decisionLabel(d, lang), report.screened.counts[d]]);
    const c = DECISION_COLOURS[d];
    r.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.fill } };
    r.getCell(1).font = { color: { argb: c.font }, bold: c.bold };
  }
  const total = ws.addRow([L.total[lang], "", report.screened.total]);
  total.font = bold;
  if (report.screened.blankRows) ws.addRow([L.blank[lang], "", report.screened.blankRows]);

  const attention = attentionRows(report);
  section(`${L.attention[lang]} (${attentionCount(report)})`);
  if (attention.length === 0) ws.addRow([L.none[lang]]);
  else {
    ws.addRow([L.row[lang], L.order[lang], L.decision[lang], L.reasons[lang], L.redFlags[lang]]).font = bold;
    for (const o of attention) {
      const r = ws.addRow([o.index + 1, o.orderId, o.columns.decision_label, o.columns.reasons, o.columns.red_flags]);
      const c = DECISION_COLOURS[o.decision];
      r.getCell(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.fill } };
      r.getCell(3).font = { color: { argb: c.font }, bold: c.bold };
    }
  }

  if (report.previous) {
    section(L.previous[lang]);
    ws.addRow([report.previous.summary[lang]]);
    for (const line of report.previous.lines) ws.addRow([line[lang]]);
  }

  section(L.mapping[lang]);
  for (const line of mappingLines(report.mapping, report.headerCells, lang)) ws.addRow([line]);

  const notes = [...report.notes.map((n) => n[lang]), ...report.listNotes];
  if (notes.length > 0) {
    section(L.notes[lang]);
    for (const n of notes) ws.addRow([n]);
  }
  return ws;
}
