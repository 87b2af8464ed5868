/**
 * `--previous FILE`: reads an earlier output of the CLI (.csv or .xlsx), pairs its rows with this run's by order
 * id (previous.ts compareWithPrevious) and renders the rows whose decision or party match changed.
 */
import * as fs from "fs";
import * as path from "path";
import { findHeaderRow, headerText } from "../engine/headers";
import type { Text } from "../engine/types";
import { cellToText } from "./cellText";
import { openCsv, readCsvRecords } from "./csvStream";
import { InputError, msg } from "./messages";
import { compareWithPrevious } from "./previous";
import { isZip, openWorkbook, SheetReader } from "./xlsxPatch";

export interface PreviousRow {
  order_id: string;
  decision: string;
  party_match_id: string;
}

/**
 * Rows of a previous output that carry a decision (i.e. were screened), in sheet order. Read as a stream with the
 * readers of the input (csvStream.ts, xlsxPatch.ts): only order id, decision and match ids are kept per row.
 */
export async function readPreviousOutput(file: string, sheetName?: string): Promise<PreviousRow[]> {
  let size: number;
  const head = Buffer.alloc(4);
  try {
    size = fs.statSync(file).size;
    const fd = fs.openSync(file, "r");
    fs.readSync(fd, head, 0, 4, 0);
    fs.closeSync(fd);
  } catch {
    throw new InputError(msg.missingFile(file));
  }
  if (size === 0) throw new InputError(msg.emptyFile(file));
  const xlsx = isZip(head) || /\.xls[xm]$/i.test(file);
  const rows: AsyncIterable<unknown[]> = xlsx
    ? new SheetReader(openWorkbook(file, sheetName), { keepText: false }).rows()
    : readCsvRecords(openCsv(file, size)).records;
  const iterator = rows[Symbol.asyncIterator]();
  const first: unknown[][] = [];
  while (first.length < 20) {
    const next = await iterator.next();
    if (next.done) break;
    first.push(next.value);
  }
  const guess = findHeaderRow(first);
  if (!guess) {
    await iterator.return?.();
    throw new InputError(msg.previousNotOutput(file));
  }
  const header = first[guess.index].map((h) => headerText(h).trim());
  // A re-screened file has several output blocks: the rightmost (newest) one counts.
  const decisionCol = header.lastIndexOf("decision");
  const matchCol = header.lastIndexOf("party_match_id");
  if (decisionCol < 0) {
    await iterator.return?.();
    throw new InputError(msg.previousNotOutput(file));
  }
  const idCol = guess.mapping.byField.order_id;
  const out: PreviousRow[] = [];
  const take = (cells: unknown[]) => {
    const decision = cellToText(cells[decisionCol]);
    if (!decision) return;
    out.push({
      order_id: idCol === undefined ? "" : cellToText(cells[idCol]),
      decision,
      party_match_id: matchCol < 0 ? "" : cellToText(cells[matchCol]),
    });
  };
  for (const cells of first.slice(guess.index + 1)) take(cells);
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    take(next.value);
  }
  return out;
}

const dash = (s: string) => s || "–";
const idSet = (s: string) =>
  s
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean)
    .sort()
    .join(";");

/** Changes against the previous output, as a summary line and one line per changed row, in both languages. */
export function describeChanges(
  previous: PreviousRow[],
  current: ReadonlyArray<{ order_id: string; decision: string; party_match_id: string }>,
  file: string,
): { summary: Text; lines: Text[] } {
  const changes = compareWithPrevious(
    previous.map((r) => ({ ...r })),
    current.slice(),
    "order_id",
  );
  const name = path.basename(file);
  const summary: Text = {
    ja: `${name} と比べて判定または当事者照合の結果が変わった行: ${changes.length} 行（前回 ${previous.length} 行、今回 ${current.length} 行）`,
    en: `${changes.length} row(s) changed decision or party match since ${name} (${previous.length} rows then, ${current.length} now)`,
  };
  const lines = changes.map((c): Text => {
    if (!c.before.decision)
      return { ja: `${c.key}: 新しい行（${c.after.decision}）`, en: `${c.key}: new row (${c.after.decision})` };
    if (!c.after.decision)
      return {
        ja: `${c.key}: 今回の入力にない行（前回 ${c.before.decision}）`,
        en: `${c.key}: no longer in the input (was ${c.before.decision})`,
      };
    const parts: Text[] = [];
    if (c.before.decision !== c.after.decision)
      parts.push({
        ja: `判定 ${c.before.decision} → ${c.after.decision}`,
        en: `decision ${c.before.decision} → ${c.after.decision}`,
      });
    if (idSet(c.before.party_match_id) !== idSet(c.after.party_match_id)) {
      parts.push({
        ja: `照合 ${dash(c.before.party_match_id)} → ${dash(c.after.party_match_id)}`,
        en: `party match ${dash(c.before.party_match_id)} → ${dash(c.after.party_match_id)}`,
      });
    }
    return {
      ja: `${c.key}: ${parts.map((p) => p.ja).join("、")}`,
      en: `${c.key}: ${parts.map((p) => p.en).join("; ")}`,
    };
  });
  return { summary, lines };
}
