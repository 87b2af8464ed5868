/**
 * The engine as the custom functions use it, loaded on the first call (its own chunk): the lists kept on
 * this computer and the workbook's allow-list are loaded once into the shared runtime and reused until the
 * pane changes them. Identical inputs are answered from a cache.
 */
/// <reference types="office-js" />
import { decisionLabel } from "../engine/present";
import { createContext, screen, versionsOf } from "../engine/screen";
import type { EngineContext } from "../engine/screen";
import { parseAllowListJson } from "../engine/parties/allow-list";
import { createPartyScreener } from "../engine/parties/screener";
import type { DetailedPartyScreener } from "../engine/parties/screener";
import type { PartyList } from "../engine/parties/list-model";
import type { Lang, OrderRow, ScreenResult } from "../engine/types";
import { matchText, reasonsText, redFlagsText } from "../taskpane/blockRow";
import { loadLists } from "../addin/listStore";

export type Job = { kind: "rows"; rows: OrderRow[] } | { kind: "party"; name: string; country?: string };

interface Loaded {
  ctx: EngineContext;
  screener?: DetailedPartyScreener;
}

const CACHE_LIMIT = 50_000;
let loaded: Promise<Loaded> | null = null;
const cache = new Map<string, ScreenResult>();

/** Forget lists, allow-list and cached results (the pane changed them). */
export function invalidate(): void {
  loaded = null;
  cache.clear();
}

/** The allow-list kept in the workbook's settings (read-only access, allowed from a custom function). */
async function readAllowList(): Promise<string | null> {
  if (typeof Excel === "undefined") return null;
  try {
    return await Promise.race([
      Excel.run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject("anpo.allowList");
        item.load("value");
        await context.sync();
        return item.isNullObject ? null : String(item.value);
      }),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
    ]);
  } catch {
    return null;
  }
}

export async function build(lists: PartyList[], allowListJson: string | null): Promise<Loaded> {
  let allowList;
  try {
    allowList = allowListJson ? parseAllowListJson(allowListJson) : undefined;
  } catch {
    allowList = undefined;
  }
  const screener = lists.length > 0 ? createPartyScreener(lists, { allowList }) : undefined;
  return { ctx: createContext({ parties: screener }), screener };
}

function ensure(): Promise<Loaded> {
  if (!loaded) {
    loaded = (async () => {
      const [stored, allow] = await Promise.all([loadLists(), readAllowList()]);
      return build(
        stored.map((s) => s.list),
        allow,
      );
    })();
    loaded.catch(() => {
      loaded = null;
    });
  }
  return loaded;
}

/** Test and benchmark hook: use these lists instead of the stored ones. */
export function useLoaded(l: Loaded): void {
  loaded = Promise.resolve(l);
  cache.clear();
}

function screenCached(row: OrderRow, l: Loaded, versions: ReturnType<typeof versionsOf>): ScreenResult {
  const key = JSON.stringify(row);
  const hit = cache.get(key);
  if (hit) return hit;
  const r = screen(row, l.ctx, versions);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, r);
  return r;
}

/** Rows screened between two yields to the event loop (a burst never blocks the shared runtime for long). */
const SLICE_ROWS = 200;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One engine pass over every job of a recalculation burst. The pass yields to the event loop every
 * SLICE_ROWS rows: Excel restarts an add-in whose runtime stops answering for 5 seconds, and a burst of
 * 10,000 cells takes longer than that.
 */
export async function processJobs(jobs: Job[], lang: Lang): Promise<Array<unknown | Error>> {
  const l = await ensure();
  const versions = versionsOf(l.ctx);
  const out: Array<unknown | Error> = [];
  let sinceYield = 0;
  for (const job of jobs) {
    try {
      if (job.kind === "rows") {
        const rows: string[][] = [];
        for (const row of job.rows) {
          const r = screenCached(row, l, versions);
          rows.push([decisionLabel(r.decision, lang), reasonsText(r, lang), redFlagsText(r, lang)]);
          if (++sinceYield >= SLICE_ROWS) {
            sinceYield = 0;
            await yieldToEventLoop();
          }
        }
        out.push(rows);
      } else if (!l.screener) {
        out.push(lang === "ja" ? "リスト未読込" : "No list loaded");
      } else {
        const { matches } = l.screener.screenPartyDetailed(job.name, job.country, "end_user");
        const best = matches.find((m) => !m.suppressed);
        out.push(best ? matchText(best, lang) : lang === "ja" ? "一致なし" : "No match");
        if (++sinceYield >= SLICE_ROWS) {
          sinceYield = 0;
          await yieldToEventLoop();
        }
      }
    } catch (error) {
      out.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return out;
}
