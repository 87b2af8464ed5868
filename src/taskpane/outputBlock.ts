/**
 * The add-in's output block: the columns it writes to the right of the order data, their header names in
 * both languages, and how the add-in recognises a block it wrote before. Pure (no Excel; colours from the engine's presentation palette).
 *
 * Every header starts with "ANPO " so that our columns cannot be mistaken for the user's, and a header in
 * either language is recognised, so a Japanese and an English user can re-run each other's sheets.
 */
import type { Lang, Text } from "../engine/types";
import { COLOUR_FILL, DECISION_COLOUR } from "../engine/present/colours";

export type BlockKey =
  "decision" | "code" | "reasons" | "red_flags" | `rf${string}` | "guideline" | "party" | "screened_at" | "input_key";

export interface BlockColumn {
  key: BlockKey;
  header: Text;
  /** Column width in characters (Excel's standard-width unit is about 7 px). */
  width: number;
}

const RF_KEYS = Array.from({ length: 19 }, (_, i) => `rf${String(i + 1).padStart(2, "0")}`);

export const BLOCK_COLUMNS: readonly BlockColumn[] = [
  { key: "decision", header: { en: "ANPO Decision", ja: "ANPO 判定" }, width: 18 },
  { key: "code", header: { en: "ANPO Code", ja: "ANPO コード" }, width: 18 },
  { key: "reasons", header: { en: "ANPO Reasons", ja: "ANPO 理由" }, width: 60 },
  { key: "red_flags", header: { en: "ANPO Red flags", ja: "ANPO レッドフラグ" }, width: 36 },
  ...RF_KEYS.map((k) => ({
    key: k as BlockKey,
    header: { en: `ANPO ${k.toUpperCase()}`, ja: `ANPO ${k.toUpperCase()}` },
    width: 5.5,
  })),
  // The 明らか guideline items (mg01–mg20) still open for this row; blank where no 明らか test was in play.
  { key: "guideline", header: { en: "ANPO Clearly guideline", ja: "ANPO 明らかガイドライン" }, width: 36 },
  { key: "party", header: { en: "ANPO Party match", ja: "ANPO リスト照合" }, width: 44 },
  { key: "screened_at", header: { en: "ANPO Screened at", ja: "ANPO 審査日時" }, width: 20 },
  // The order the row's result was computed from: its order id and fingerprints of the inputs and of the
  // block row as written (rowKey.ts). Checked before every write and when the pane looks for stale results.
  { key: "input_key", header: { en: "ANPO Input key", ja: "ANPO 入力キー" }, width: 14 },
];

export const BLOCK_WIDTH = BLOCK_COLUMNS.length;
export const BLOCK_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  BLOCK_COLUMNS.map((c, i) => [c.key, i]),
);

/** Mark written in a narrow RF column where the flag applies. */
export const RF_MARK = "●";

/** Header row of the block in the user's language. */
export function blockHeaders(lang: Lang): string[] {
  return BLOCK_COLUMNS.map((c) => c.header[lang]);
}

function norm(value: unknown): string {
  return typeof value === "string" ? value.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ") : "";
}

const OWN_HEADERS: ReadonlyMap<string, number> = new Map(
  BLOCK_COLUMNS.flatMap((c, i) => [[norm(c.header.en), i] as const, [norm(c.header.ja), i] as const]),
);

/** Index of our block column a header cell names (either language), or -1. */
export function ownColumnIndex(header: unknown): number {
  return OWN_HEADERS.get(norm(header)) ?? -1;
}

/** True when the header cell is one of ours. */
export function isOwnHeader(header: unknown): boolean {
  return ownColumnIndex(header) >= 0;
}

/**
 * Where our block starts in a header row (0-based), or -1 when the row holds none of our headers.
 * The block is recognised by its first column (decision); columns after it up to the block width must be
 * ours or blank for the block to be reusable (checked by the caller, which knows the cells below).
 */
export function findOwnBlockStart(headerRow: readonly unknown[]): number {
  for (let i = 0; i < headerRow.length; i++) if (ownColumnIndex(headerRow[i]) === 0) return i;
  // A block whose decision column was deleted: the first of our headers still marks it.
  for (let i = 0; i < headerRow.length; i++) if (isOwnHeader(headerRow[i])) return i;
  return -1;
}

/** Decision colours (fills of the decision cell): the presentation model's palette, light enough for black text. */
export const DECISION_FILLS: Readonly<Record<string, string>> = {
  PROHIBITED: COLOUR_FILL[DECISION_COLOUR.PROHIBITED],
  LICENSE_REQUIRED: COLOUR_FILL[DECISION_COLOUR.LICENSE_REQUIRED],
  REVIEW: COLOUR_FILL[DECISION_COLOUR.REVIEW],
  NO_LICENSE: COLOUR_FILL[DECISION_COLOUR.NO_LICENSE],
  NOT_SCREENED: COLOUR_FILL["not-screened"],
  STALE: "#BFBFBF",
};

/** Code written in the code column for rows that a cancelled or failed run did not reach. */
export const NOT_SCREENED_CODE = "NOT_SCREENED";
export const NOT_SCREENED_LABEL: Text = { ja: "未審査（中断）", en: "Not screened (stopped)" };

/**
 * Code written over a result whose order's inputs changed after it was screened (edited, sorted, inserted,
 * deleted): the result no longer belongs to the row beside it. The decision cell says so, greyed.
 */
export const STALE_CODE = "STALE";
export const STALE_LABEL: Text = { ja: "入力が変更されました", en: "Inputs changed since screening" };
