/**
 * Unreadable is not blank. Every decision-relevant field of a row is read as one of three things: a value, a blank
 * (nothing known — the documented meaning of an empty cell) or unreadable (an Excel error, a value outside the
 * field's vocabulary, a number or date that does not parse, two columns that disagree). An unreadable field is
 * recorded here and the flow's INPUT node turns it into a REVIEW that names the field: it is never read as blank.
 *
 * Any module may register a problem on a normalised row (the normaliser itself, a red-flag detector that finds an
 * amount in an unknown currency, an HS reader that finds nonsense): call `registerUnreadable` / `registerConflict`
 * with the row before the flow is walked (screen.ts walks it last).
 */
import type { Text } from "../types";

export type InputProblemKind = "unreadable" | "conflict";

export interface InputProblem {
  /** Canonical field name (e.g. "destination", "rf05", "mg11") or another stable name for a derived input. */
  field: string;
  /** The cell text as read (for a conflict, the values joined). */
  raw: string;
  kind: InputProblemKind;
  /** Why it cannot be read, and what the user should do, in both languages. */
  why: Text;
}

/** Anything that carries the list (the normalised row). */
export interface HasInputProblems {
  inputProblems: InputProblem[];
}

const t = (ja: string, en: string): Text => ({ ja, en });

/** Records that `field` could not be read. One entry per field and kind: later calls for the same pair are ignored. */
export function registerUnreadable(row: HasInputProblems, field: string, raw: string, why: Text): void {
  if (row.inputProblems.some((p) => p.field === field && p.kind === "unreadable")) return;
  row.inputProblems.push({ field, raw, kind: "unreadable", why });
}

/** Records that two or more columns mapped to `field` hold different values. */
export function registerConflict(row: HasInputProblems, field: string, values: readonly string[]): void {
  if (row.inputProblems.some((p) => p.field === field && p.kind === "conflict")) return;
  const ja = values.map((v) => `「${v}」`).join("と");
  const en = values.map((v) => `"${v}"`).join(" and ");
  row.inputProblems.push({
    field,
    raw: values.join(" | "),
    kind: "conflict",
    why: t(
      `同じ項目の列が複数あり、値が食い違っています（${ja}）。正しい値を一つの列に残してください`,
      `several columns feed this field and disagree (${en}); keep the right value in one column`,
    ),
  });
}

/** Standard explanations, so every module words the common cases alike. */
export const WHY = {
  excelError: (err: string): Text =>
    t(
      `セルがExcelのエラー値（${err}）です。元の数式・参照を直して値を入れてください`,
      `the cell holds an Excel error (${err}); fix the formula or reference so the cell holds a value`,
    ),
  notInVocabulary: (accepted: Text): Text =>
    t(
      `この値を解釈できません。次のいずれかで記入してください: ${accepted.ja}`,
      `this value is not understood; write one of: ${accepted.en}`,
    ),
  notANumber: (): Text =>
    t("数値として読めません。数字だけを入れてください", "this is not a number; enter the figure only"),
  notADate: (): Text =>
    t(
      "日付として読めません。yyyy-mm-dd（例 2026-04-01）で記入してください",
      "this is not a date; write it as yyyy-mm-dd (e.g. 2026-04-01)",
    ),
  formulaNoValue: (): Text =>
    t(
      "セルは数式ですが、計算結果がファイルに保存されていません（Excel以外のプログラムで作られたブック）。Excelで開いて保存し直すか、値を貼り付けてください",
      "the cell is a formula whose result is not stored in the file (a workbook written by a program other than Excel); open and save it in Excel, or paste the values",
    ),
  cellObject: (): Text =>
    t(
      "セルの内容を文字として読めません。値を貼り付け直してください",
      "the cell's content cannot be read as text; paste the value again",
    ),
};

/** A cell value built by `orderRowFromCells` when two columns of the same field disagree. */
export interface ConflictingCells {
  readonly conflicting: readonly unknown[];
}

export function isConflictingCells(v: unknown): v is ConflictingCells {
  return typeof v === "object" && v !== null && Array.isArray((v as ConflictingCells).conflicting);
}
