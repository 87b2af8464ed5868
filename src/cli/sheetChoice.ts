/**
 * Which sheet of a workbook to screen when the user names none. Order workbooks often open with a cover sheet,
 * a notes sheet or a pivot of last month: the first visible sheet whose first 20 rows hold a header row (the same
 * test the screening itself uses) and not named as an example (記入例, 見本, Sample, Template …) is screened, and
 * notes say which sheets were passed over and which other sheets also have a header row. When no visible
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

/**
 * Sheet names that say the sheet is an example or a template (記入例, 見本, Sample …): such a sheet often has the
 * same header row and an example order, and is not screened when another sheet with a header row is there.
 */
const EXAMPLE_NAME =
  /記入例|入力例|記載例|見本|サンプル|雛形|ひな形|テンプレート?|^[(（]?例[)）]?(?:$|[\s_\-:：])|sample|example|template/i;
export const isExampleSheetName = (name: string) => EXAMPLE_NAME.test(name.normalize("NFKC").trim());

/** The sheet to screen when none is named (see the file comment). */
export function chooseSheet(pkg: XlsxPackage, sheets: readonly SheetRef[], ctx: CellContext): SheetChoice {
  const visible = sheets.filter((s) => s.state === "visible");
  if (visible.length === 0) return { sheet: sheets[0], notes: [] };
  if (visible.length === 1) return { sheet: visible[0], notes: [] };
  const withHeader = visible.filter((s) => findHeaderRow(headOf(pkg, s, ctx), HEAD_ROWS));
  if (withHeader.length === 0) throw new InputError(msg.noHeaderInSheets(visible.map((s) => s.name)));
  const sheet = withHeader.find((s) => !isExampleSheetName(s.name)) ?? withHeader[0];
  const notes: Text[] = [];
  const before = visible.slice(0, visible.indexOf(sheet)).filter((s) => !withHeader.includes(s));
  if (before.length)
    notes.push(
      msg.sheetChosen(
        sheet.name,
        before.map((s) => s.name),
      ),
    );
  const examples = withHeader.filter((s) => s !== sheet && isExampleSheetName(s.name)).map((s) => s.name);
  if (examples.length) notes.push(msg.exampleSheetsPassed(sheet.name, examples));
  if (isExampleSheetName(sheet.name)) notes.push(msg.exampleSheetScreened(sheet.name));
  const others = withHeader.filter((s) => s !== sheet && !isExampleSheetName(s.name)).map((s) => s.name);
  if (others.length) notes.push(msg.otherSheetsWithHeader(sheet.name, others));
  return { sheet, notes };
}
