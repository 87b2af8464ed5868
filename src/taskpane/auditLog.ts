/**
 * The audit row a run appends to the log sheet, and the log sheet's header. Pure: excel.ts writes it.
 */
import { DECISIONS } from "../engine/types";
import type { Decision, Lang, Text } from "../engine/types";

export const LOG_SHEET_NAME = "ANPO Log";

export type RunStatus = "completed" | "cancelled" | "failed";

export interface AuditEntry {
  /** ISO timestamp of the end of the run. */
  time: string;
  /** What happened: a run, or an allow-list entry recorded from the pane. */
  kind: "run" | "allow-list";
  sheet: string;
  range: string;
  engineVersion: string;
  rulesVersion: string;
  /** e.g. { "meti-eul": "2025-09-29" } */
  lists: Record<string, string>;
  rowsScreened: number;
  rowsTotal: number;
  counts: Partial<Record<Decision, number>>;
  status: RunStatus;
  /** Field → column header used, or the allow-list entry details. */
  detail: string;
  message?: string;
}

const LOG_HEADERS: Array<{ en: string; ja: string }> = [
  { en: "Time", ja: "日時" },
  { en: "Kind", ja: "種別" },
  { en: "Sheet", ja: "シート" },
  { en: "Range", ja: "範囲" },
  { en: "Engine version", ja: "エンジン版" },
  { en: "Rules version", ja: "規則版" },
  { en: "Lists", ja: "リスト" },
  { en: "Rows screened", ja: "審査行数" },
  { en: "Rows in data", ja: "データ行数" },
  ...DECISIONS.map((d) => ({ en: d, ja: d })),
  { en: "Status", ja: "状態" },
  { en: "Mapping / detail", ja: "対応付け／詳細" },
  { en: "Message", ja: "メッセージ" },
];

export const LOG_WIDTH = LOG_HEADERS.length;

export function logHeaders(lang: Lang): string[] {
  return LOG_HEADERS.map((h) => h[lang]);
}

const STATUS_TEXT: Record<RunStatus, Text> = {
  completed: { ja: "完了", en: "completed" },
  cancelled: { ja: "中断（利用者）", en: "cancelled by user" },
  failed: { ja: "失敗", en: "failed" },
};

const KIND_TEXT: Record<AuditEntry["kind"], Text> = {
  run: { ja: "審査", en: "screening run" },
  "allow-list": { ja: "許可リスト登録", en: "allow-list entry" },
};

/** One row of the log sheet (strings and numbers only). */
export function auditRow(entry: AuditEntry, lang: Lang): Array<string | number> {
  const lists = Object.entries(entry.lists)
    .map(([id, v]) => `${id}@${v}`)
    .join("; ");
  return [
    entry.time,
    KIND_TEXT[entry.kind][lang],
    entry.sheet,
    entry.range,
    entry.engineVersion,
    entry.rulesVersion,
    lists || "-",
    entry.rowsScreened,
    entry.rowsTotal,
    ...DECISIONS.map((d) => entry.counts[d] ?? 0),
    STATUS_TEXT[entry.status][lang],
    entry.detail,
    entry.message ?? "",
  ];
}
