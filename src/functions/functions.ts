// Custom functions of the add-in, namespace ANPO (manifest.xml): =ANPO.SCREEN(...), =ANPO.SCREENROW(...),
// =ANPO.PARTY(...). They run in the shared runtime with the task pane. Non-volatile; every call of a
// recalculation burst is batched into one engine pass; they never write to any cell.
import type { OrderRow } from "../engine/types";
import { detectLang } from "../addin/lang";
import { LISTS_CHANGED_EVENT } from "../addin/listStore";
import { createBatcher } from "./batch";
import type { Job } from "./cfEngine";
import { isEmptyCall, rowFromArgs, rowsFromRange } from "./inputs";

const engine = () => import(/* webpackChunkName: "functions-engine" */ "./cfEngine");

const batcher = createBatcher<Job, unknown>({
  process: async (jobs) => (await engine()).processJobs(jobs, detectLang()),
});

if (typeof window !== "undefined") {
  // The pane imported or removed a list, or changed the allow-list: reload before the next call.
  const reload = () => void engine().then((e) => e.invalidate());
  window.addEventListener(LISTS_CHANGED_EVENT, reload);
  window.addEventListener("anpo-allow-list-changed", reload);
}

/** The part of Excel's `CustomFunctions` global used here (no type package for it is installed). */
interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string };
}

function invalid(message: string): Error {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  return cf ? new cf.Error(cf.ErrorCode.invalidValue, message) : new Error(message);
}

/**
 * Screens one order under Japan's catch-all controls and returns the decision (Prohibited, Licence required, Review, No licence).
 * @customfunction SCREEN
 * @param destination Destination country: name (English or Japanese) or ISO code.
 * @param hsCode HS code of the goods (6 or 9 digits).
 * @param endUser End user's name.
 * @param [endUse] What the goods will be used for.
 * @param [consignee] Consignee's name.
 * @param [knownUse] Weapons use you know of: none, WMD or CW.
 * @param [endUserActivity] End user's weapons activity: none, WMD, CW or unknown.
 * @param [listControl] List-control classification (該非判定): controlled or non-controlled. Omitted means not classified, which gives Review.
 * @param [inform] Whether METI has informed you about this deal: yes or no.
 * @returns The decision label.
 */
export async function screenOrder(
  destination: unknown,
  hsCode: unknown,
  endUser: unknown,
  endUse?: unknown,
  consignee?: unknown,
  knownUse?: unknown,
  endUserActivity?: unknown,
  listControl?: unknown,
  inform?: unknown,
): Promise<string> {
  const args = { destination, hsCode, endUser, endUse, consignee, knownUse, endUserActivity, listControl, inform };
  if (isEmptyCall(args)) return "";
  const out = (await batcher.enqueue({ kind: "rows", rows: [rowFromArgs(args)] })) as string[][];
  return out[0][0];
}

/**
 * Screens order rows mapped by their header row; spills the decision, the reasons and the red flags for each row.
 * @customfunction SCREENROW
 * @param row One or more order rows (a range as wide as the header row).
 * @param headers The header row of the order table.
 * @returns Decision, reasons and red flags (one row per input row, three columns).
 */
export async function screenRow(row: unknown[][], headers: unknown[][]): Promise<string[][]> {
  const mapped = rowsFromRange(row, headers);
  if (mapped.problem) throw invalid(mapped.problem);
  const rows: OrderRow[] = mapped.rows;
  return (await batcher.enqueue({ kind: "rows", rows })) as string[][];
}

/**
 * Checks a party name against the lists loaded in the add-in and returns the best match (list, entry, matched name, score) or No match.
 * @customfunction PARTY
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
