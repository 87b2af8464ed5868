// Custom functions of the add-in, namespace ANPO (manifest.xml): =ANPO.SCREEN(row, headers) (or the argument
// form), =ANPO.SCREENROW(row, headers), =ANPO.PARTY(name). Descriptions in Japanese: functions.ja.json,
// built from metadata.ja.json by webpack.config.js and named in the manifest's ja-JP override. They run in the
// shared runtime with the task pane, in its one bundle, and use its engine worker. Non-volatile; every call of a
// recalculation burst is batched into one engine pass; they never write to any cell.
import type { OrderRow, Text } from "../engine/types";
import { detectLang } from "../addin/lang";
import { createBatcher } from "./batch";
import { processJobs } from "./cfEngine";
import type { Job } from "./cfEngine";
import { argsFromCall, badResultKind, isEmptyCall, isRowForm, resultKind, rowFromArgs, rowsFromRange } from "./inputs";

// The engine runs in the shared runtime's one worker, with the lists and allow-list the pane hands it (the pane
// hands it new ones whenever they change; a "not this party" entry goes to the same worker).
const batcher = createBatcher<Job, unknown>({
  process: (jobs) => processJobs(jobs, detectLang()),
});

/** The part of Excel's `CustomFunctions` global used here (no type package for it is installed). */
interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string };
}

/** #VALUE! with a message in the user's language (Excel shows it when the cell is selected). */
function invalid(message: Text): Error {
  const text = message[detectLang()];
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  return cf ? new cf.Error(cf.ErrorCode.invalidValue, text) : new Error(text);
}

/** One output row of the engine pass: label, reasons, red flags, code. */
type Out = string[][];

/**
 * Screens orders under Japan's catch-all controls and returns the decision. Main form: =ANPO.SCREEN(row, headers) with a row of the order table and its header row, mapped as the task pane maps them; or the argument form =ANPO.SCREEN(destination, hsCode, endUser, ...).
 * @customfunction SCREEN
 * @helpurl https://localhost:3000/help.html#screen
 * @param row The order row (one or more rows of the table), or the destination country in the argument form.
 * @param headers The table's header row, as wide as the row; or the HS code in the argument form.
 * @param [endUserOrResult] Row form: "code" for the fixed decision code (PROHIBITED, LICENSE_REQUIRED, REVIEW, NO_LICENSE) or "label". Argument form: the end user's name.
 * @param [endUse] Argument form: what the goods will be used for.
 * @param [consignee] Argument form: the consignee's name.
 * @param [knownUse] Argument form: weapons use you know of (none, WMD or CW).
 * @param [endUserActivity] Argument form: the end user's weapons activity (none, WMD, CW or unknown).
 * @param [listControl] Argument form: list-control classification (該非判定), controlled or non-controlled. Omitted means not classified, which gives Review.
 * @param [inform] Argument form: whether METI has informed you about this deal (yes or no).
 * @param [result] Argument form: "code" for the fixed decision code or "label" (default) for the decision's name in your language.
 * @returns The decision, one per row.
 */
export async function screenOrder(
  row: unknown[][],
  headers: unknown[][],
  endUserOrResult?: unknown,
  endUse?: unknown,
  consignee?: unknown,
  knownUse?: unknown,
  endUserActivity?: unknown,
  listControl?: unknown,
  inform?: unknown,
  result?: unknown,
): Promise<unknown[][]> {
  if (isRowForm(row, headers)) {
    const kind = resultKind(endUserOrResult);
    if (!kind) throw invalid(badResultKind(endUserOrResult));
    const mapped = rowsFromRange(row, headers);
    if (mapped.problem) throw invalid(mapped.problem);
    const out = (await batcher.enqueue({ kind: "rows", rows: mapped.rows })) as Out;
    return out.map((r) => [kind === "code" ? r[3] : r[0]]);
  }
  const kind = resultKind(result);
  if (!kind) throw invalid(badResultKind(result));
  const args = argsFromCall([
    row,
    headers,
    endUserOrResult,
    endUse,
    consignee,
    knownUse,
    endUserActivity,
    listControl,
    inform,
  ]);
  if (isEmptyCall(args)) return [[""]];
  const out = (await batcher.enqueue({ kind: "rows", rows: [rowFromArgs(args)] })) as Out;
  return [[kind === "code" ? out[0][3] : out[0][0]]];
}

/**
 * Screens order rows mapped by their header row; spills the decision, the reasons and the red flags for each row.
 * @customfunction SCREENROW
 * @helpurl https://localhost:3000/help.html#screenrow
 * @param row One or more order rows (a range as wide as the header row).
 * @param headers The header row of the order table.
 * @returns Decision, reasons and red flags (one row per input row, three columns).
 */
export async function screenRow(row: unknown[][], headers: unknown[][]): Promise<string[][]> {
  const mapped = rowsFromRange(row, headers);
  if (mapped.problem) throw invalid(mapped.problem);
  const rows: OrderRow[] = mapped.rows;
  const out = (await batcher.enqueue({ kind: "rows", rows })) as Out;
  return out.map((r) => r.slice(0, 3));
}

/**
 * Checks a party name against the lists loaded in the add-in and returns the best match (list, entry, matched name, score) or No match.
 * @customfunction PARTY
 * @helpurl https://localhost:3000/help.html#party
 * @param name Party name (company or person).
 * @param [country] Party's country (ISO code), to weigh matches.
 * @returns The best list match.
 */
export async function party(name: string, country?: string): Promise<string> {
  if (typeof name !== "string" || name.trim() === "") return "";
  return (await batcher.enqueue({
    kind: "party",
    name,
    country: typeof country === "string" && country.trim() ? country.trim().toUpperCase() : undefined,
  })) as string;
}
