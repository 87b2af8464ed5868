/**
 * The key that binds a result row to the order it was computed from, written in the block's last column
 * ("ANPO Input key"): the order id (where a column is mapped to it, for people), a fingerprint of the mapped
 * input values (to find results whose order changed: edited, sorted, inserted, deleted) and a fingerprint of
 * the block row as written (to find cells of the block the add-in did not write). Pure.
 *
 *   PO-0001 #k1-3f9a0c2e11b4d-07c1e2a9d3f5b
 *
 * Fingerprints are 53-bit string hashes (hex): a changed row that hashes the same is a 1-in-9×10^15 chance.
 */
import type { CanonicalField } from "../engine/types";
import { BLOCK_INDEX, BLOCK_WIDTH } from "./outputBlock";

export const KEY_VERSION = "k1";
/** Input part of the key of a row that has no result (marked "not screened"). */
export const NO_INPUT = "none";

const KEY_PATTERN = /^(.*?) ?#k1-([0-9a-f]+|none)-([0-9a-f]+)$/;

/** 53-bit hash of a string (two 32-bit multiply-xor lanes), as hex. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** A cell value as compared: Excel returns numbers, booleans and strings; blanks come back as "". */
function cellText(v: unknown): string {
  if (v === undefined || v === null) return "";
  return typeof v === "string" ? `s${v}` : typeof v === "number" ? `n${v}` : `b${String(v)}`;
}

/** Fingerprint of the mapped input cells of one sheet row (unmapped columns do not count). */
export function inputFingerprint(raw: readonly unknown[], columns: ReadonlyArray<CanonicalField | null>): string {
  const parts: string[] = [];
  for (let i = 0; i < columns.length; i++) if (columns[i]) parts.push(`${columns[i]}=${cellText(raw[i])}`);
  return hash53(parts.join("\u0001"));
}

/** True when every mapped cell is blank (such rows get an empty block row and no key). */
export function isBlankInput(raw: readonly unknown[], columns: ReadonlyArray<CanonicalField | null>): boolean {
  for (let i = 0; i < columns.length; i++) {
    if (!columns[i]) continue;
    const v = raw[i];
    if (!(v === undefined || v === null || (typeof v === "string" && v.trim() === ""))) return false;
  }
  return true;
}

/**
 * Fingerprint of a block row's cells other than the key, compared as text (what was written, before Excel's
 * text prefix; what is read back, where Excel has removed it).
 */
export function outputFingerprint(cells: readonly unknown[]): string {
  const parts: string[] = [];
  for (let j = 0; j < BLOCK_WIDTH; j++) {
    if (j === BLOCK_INDEX.input_key) continue;
    const v = cells[j];
    parts.push(v === undefined || v === null ? "" : String(v));
  }
  return hash53(parts.join("\u0001"));
}

export interface ParsedKey {
  orderId: string;
  /** Input fingerprint, or NO_INPUT for a row without a result. */
  input: string;
  output: string;
}

export function makeKey(orderId: string, input: string, cells: readonly unknown[]): string {
  const id = orderId.replace(/\s+/g, " ").trim().slice(0, 60);
  return `${id ? `${id} ` : ""}#${KEY_VERSION}-${input}-${outputFingerprint(cells)}`;
}

export function parseKey(value: unknown): ParsedKey | null {
  if (typeof value !== "string") return null;
  const m = KEY_PATTERN.exec(value);
  return m ? { orderId: m[1], input: m[2], output: m[3] } : null;
}

/** Order id of a row as the key shows it (the cell mapped to order_id, if any). */
export function orderIdOf(raw: readonly unknown[], columns: ReadonlyArray<CanonicalField | null>): string {
  const i = columns.indexOf("order_id");
  if (i < 0) return "";
  const v = raw[i];
  return v === undefined || v === null ? "" : String(v);
}

/**
 * The block row as it will be written: the screened cells with the key in the last column. Rows without
 * order data keep an empty block row (no key).
 */
export function withKey(
  cells: readonly unknown[],
  raw: readonly unknown[],
  columns: ReadonlyArray<CanonicalField | null>,
): unknown[] {
  const out = cells.length >= BLOCK_WIDTH ? [...cells] : [...cells, ...new Array(BLOCK_WIDTH - cells.length).fill("")];
  if (isBlankInput(raw, columns) && out.every((v) => v === "" || v === undefined || v === null)) {
    out[BLOCK_INDEX.input_key] = "";
    return out;
  }
  out[BLOCK_INDEX.input_key] = makeKey(orderIdOf(raw, columns), inputFingerprint(raw, columns), out);
  return out;
}

export type RowState =
  /** Every cell empty. */
  | { kind: "empty" }
  /** Our row, with the parsed key. */
  | { kind: "ours"; key: ParsedKey }
  /** Cells the add-in did not write (0-based block column indexes). */
  | { kind: "foreign"; columns: number[] };

/** Classifies one row of the block area as read from the sheet. */
export function classifyBlockRow(cells: readonly unknown[]): RowState {
  let any = false;
  for (let j = 0; j < BLOCK_WIDTH; j++) {
    const v = cells[j];
    if (!(v === "" || v === undefined || v === null)) any = true;
  }
  if (!any) return { kind: "empty" };
  const key = parseKey(cells[BLOCK_INDEX.input_key]);
  if (key && key.output === outputFingerprint(cells)) return { kind: "ours", key };
  const filled: number[] = [];
  for (let j = 0; j < BLOCK_WIDTH; j++) {
    const v = cells[j];
    if (!(v === "" || v === undefined || v === null)) filled.push(j);
  }
  return { kind: "foreign", columns: key ? likelyEdited(cells, filled) : filled };
}

/**
 * With a key whose output fingerprint no longer matches, the cells that look least like the add-in's:
 * a code that is not one of ours, an RF column that holds more than the mark; else every free-text cell.
 */
function likelyEdited(cells: readonly unknown[], filled: number[]): number[] {
  const codes = new Set(["PROHIBITED", "LICENSE_REQUIRED", "REVIEW", "NO_LICENSE", "NOT_SCREENED", "STALE"]);
  const odd = filled.filter((j) => {
    const v = String(cells[j]);
    if (j === BLOCK_INDEX.code) return !codes.has(v);
    if (j >= BLOCK_INDEX.rf01 && j < BLOCK_INDEX.rf01 + 19) return v !== "●";
    return false;
  });
  if (odd.length > 0) return odd;
  const free = [
    BLOCK_INDEX.decision,
    BLOCK_INDEX.reasons,
    BLOCK_INDEX.red_flags,
    BLOCK_INDEX.guideline,
    BLOCK_INDEX.party,
    BLOCK_INDEX.screened_at,
  ];
  const hit = free.filter((j) => filled.includes(j));
  return hit.length > 0 ? hit : filled;
}
