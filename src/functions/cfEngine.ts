/**
 * The engine as the custom functions use it, loaded on the first call (its own chunk): the lists kept on
 * this computer and the workbook's allow-list are loaded once into the shared runtime and reused until the
 * pane changes them. Identical inputs are answered from a cache. When the allow-list cannot be read (Excel
 * does not answer, the setting is damaged) every answer it could have changed says so, and the read is tried
 * again on a later burst; it is never dropped silently.
 */
/// <reference types="office-js" />
import { groupMatches, matchGroupLine, presentResult, reasonsCell, redFlagsCell } from "../engine/present";
import { createContext, screen, versionsOf } from "../engine/screen";
import type { EngineContext } from "../engine/screen";
import { parseAllowListJson } from "../engine/parties/allow-list";
import { createPartyScreener } from "../engine/parties/screener";
import type { DetailedPartyScreener } from "../engine/parties/screener";
import type { PartyList } from "../engine/parties/list-model";
import type { Lang, OrderRow, ScreenResult, Text } from "../engine/types";
import { loadLists } from "../addin/listStore";

export type Job = { kind: "rows"; rows: OrderRow[] } | { kind: "party"; name: string; country?: string };

interface Loaded {
  ctx: EngineContext;
  screener?: DetailedPartyScreener;
  /** Why the workbook's allow-list is not in force (could not be read, or damaged), or undefined. */
  allowListProblem?: Text;
  /** Date.now() after which a failed allow-list read is tried again. */
  retryAt?: number;
}

const CACHE_LIMIT = 50_000;
/** How long to wait for the workbook's settings before saying that the allow-list could not be read. */
let allowListWaitMs = 15_000;
/** A failed read is tried again on the first burst after this many ms. */
const RETRY_MS = 20_000;
let loaded: Promise<Loaded> | null = null;
const cache = new Map<string, ScreenResult>();

/** Forget lists, allow-list and cached results (the pane changed them). */
export function invalidate(): void {
  loaded = null;
  cache.clear();
}

/** Test hook: how long the allow-list read may take. */
export function setAllowListWait(ms: number): void {
  allowListWaitMs = ms;
}

export type AllowListRead = { ok: true; json: string | null } | { ok: false; problem: Text };

function unreadable(why: string): AllowListRead {
  return {
    ok: false,
    problem: {
      ja: `ブックの許可リストを読めませんでした（${why}）。許可リストで除外した照合も一致として表示しています`,
      en: `the workbook's allow-list could not be read (${why}); matches you allow-listed are shown as matches`,
    },
  };
}

/**
 * The allow-list kept in the workbook's settings (read-only access, allowed from a custom function). Never
 * silently empty: a read that fails or does not answer in time comes back as a problem the results name.
 */
export async function readAllowList(): Promise<AllowListRead> {
  if (typeof Excel === "undefined") return { ok: true, json: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      Excel.run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject("anpo.allowList");
        item.load("value");
        await context.sync();
        return { ok: true, json: item.isNullObject ? null : String(item.value) } as AllowListRead;
      }),
      new Promise<AllowListRead>((resolve) => {
        timer = setTimeout(
          () => resolve(unreadable(`no answer from Excel in ${Math.round(allowListWaitMs / 1000)} s`)),
          allowListWaitMs,
        );
      }),
    ]);
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

export async function build(lists: PartyList[], allowListJson: string | null | AllowListRead): Promise<Loaded> {
  const read: AllowListRead =
    allowListJson !== null && typeof allowListJson === "object" ? allowListJson : { ok: true, json: allowListJson };
  let allowList;
  let allowListProblem: Text | undefined;
  if (!read.ok) allowListProblem = read.problem;
  else if (read.json) {
    try {
      allowList = parseAllowListJson(read.json);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      allowListProblem = {
        ja: `ブックの許可リストが壊れていて使えません（${why}）。許可リストで除外した照合も一致として表示しています`,
        en: `the workbook's allow-list is damaged (${why}); matches you allow-listed are shown as matches`,
      };
    }
  }
  const screener = lists.length > 0 ? createPartyScreener(lists, { allowList }) : undefined;
  return {
    ctx: createContext({ parties: screener }),
    screener,
    allowListProblem,
    retryAt: allowListProblem && !read.ok ? Date.now() + RETRY_MS : undefined,
  };
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
  let l = await ensure();
  if (l.retryAt !== undefined && Date.now() >= l.retryAt) {
    // The allow-list could not be read last time: try again rather than keep working without it.
    invalidate();
    l = await ensure();
  }
  const note = l.allowListProblem && l.screener ? l.allowListProblem[lang] : null;
  const flag = (text: string, matched: boolean) =>
    note && matched ? `${text}${lang === "ja" ? "（注意: " : " (note: "}${note}${lang === "ja" ? "）" : ")"}` : text;
  const versions = versionsOf(l.ctx);
  const out: Array<unknown | Error> = [];
  let sinceYield = 0;
  for (const job of jobs) {
    try {
      if (job.kind === "rows") {
        const rows: string[][] = [];
        for (const row of job.rows) {
          const p = presentResult(screenCached(row, l, versions), lang);
          const matched = p.matches.some((g) => !g.suppressed);
          // Label, reasons, red flags (SCREENROW's three columns), then the fixed code (SCREEN's "code" result).
          rows.push([
            flag(p.label, matched),
            note && matched ? `${reasonsCell(p)}\n${note}` : reasonsCell(p),
            redFlagsCell(p),
            p.code,
          ]);
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
        const best = groupMatches(matches, lang).find((g) => !g.suppressed);
        out.push(best ? flag(matchGroupLine(best, lang), true) : lang === "ja" ? "一致なし" : "No match");
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
