/**
 * Which sheet of a workbook to screen when the user names none. Order workbooks often open with a cover sheet,
 * a notes sheet or a pivot of last month: the first visible sheet whose first 20 rows hold a header row (the same
 * test the screening itself uses) is screened, and a note says which sheets were passed over. When no visible
 * sheet has a header row the run stops with the list of sheets, so the user can name one with --sheet.
 */
import { findHeaderRow } from "../engine/headers";
import type { Text } from "../engine/types";
import { InputError, msg } from "./messages";
import type { SheetRef, XlsxPackage } from "./xlsxPackage";
import { rowValues, sheetPieces, type CellContext } from "./xlsxSheet";
import { entryChunks } from "./zipPackage";

/** Rows looked at per sheet: the header search's own limit. */
const HEAD_ROWS = 20;

export interface SheetChoice {
  sheet: SheetRef;
  notes: Text[];
}

/** The first `HEAD_ROWS` rows of a sheet as values (missing rows as []), read from the start of its part only. */
function headOf(pkg: XlsxPackage, sheet: SheetRef, ctx: CellContext): unknown[][] {
  const entry = pkg.entry(sheet.part);
  if (!entry) return [];
  // A context of its own: reading the head must not count formula cells of sheets that are not screened.
  const probe: CellContext = {
    ...ctx,
    formulaCells: [],
    formulaNoCache: [],
    formulaCount: { all: 0, noCache: 0 },
  };
  const head: unknown[][] = [];
  for (const piece of sheetPieces(entryChunks(pkg.buf, entry, pkg.file))) {
    if (piece.kind !== "row") continue;
    if (piece.r > HEAD_ROWS) break;
    while (head.length < piece.r - 1) head.push([]);
    head.push(rowValues(piece.text, piece.r, probe));
  }
  return head;
}

/** The sheet to screen when none is named (see the file comment). */
export function chooseSheet(pkg: XlsxPackage, sheets: readonly SheetRef[], ctx: CellContext): SheetChoice {
  const visible = sheets.filter((s) => s.state === "visible");
  if (visible.length === 0) return { sheet: sheets[0], notes: [] };
  if (visible.length === 1) return { sheet: visible[0], notes: [] };
  const passed: string[] = [];
  for (const s of visible) {
    if (findHeaderRow(headOf(pkg, s, ctx), HEAD_ROWS)) {
      return { sheet: s, notes: passed.length ? [msg.sheetChosen(s.name, passed)] : [] };
    }
    passed.push(s.name);
  }
  throw new InputError(msg.noHeaderInSheets(visible.map((s) => s.name)));
}
