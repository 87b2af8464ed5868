/**
 * The custom functions' answers, computed in the engine worker (engineService.ts): one pass over every call
 * of a recalculation burst. Identical rows are answered from a cache kept until the lists or the allow-list
 * change. When the workbook's allow-list is not in force (it could not be read, or it is damaged), every
 * answer it could have changed (a live list match) says so; it is never dropped silently.
 */
import { groupMatches, matchGroupLine, presentResult, reasonsCell, redFlagsCell } from "../engine/present";
import { screen, versionsOf } from "../engine/screen";
import type { EngineContext } from "../engine/screen";
import type { DetailedPartyScreener } from "../engine/parties/screener";
import type { Lang, OrderRow, ScreenResult, Text } from "../engine/types";
import type { FunctionAnswer, FunctionJob } from "./workerProtocol";

const CACHE_LIMIT = 50_000;

export interface FunctionEngine {
  ctx: EngineContext;
  screener?: DetailedPartyScreener;
  /** Why the workbook's allow-list is not in force, or undefined. */
  allowListProblem?: Text;
  cache: Map<string, ScreenResult>;
}

function screenCached(row: OrderRow, e: FunctionEngine, versions: ReturnType<typeof versionsOf>): ScreenResult {
  const key = JSON.stringify(row);
  const hit = e.cache.get(key);
  if (hit) return hit;
  const r = screen(row, e.ctx, versions);
  if (e.cache.size >= CACHE_LIMIT) e.cache.clear();
  e.cache.set(key, r);
  return r;
}

/** Answers of one burst, in order: label, reasons, red flags and code per row (SCREEN, SCREENROW), or PARTY's text. */
export function answerJobs(jobs: FunctionJob[], lang: Lang, e: FunctionEngine): FunctionAnswer[] {
  const note = e.allowListProblem && e.screener ? e.allowListProblem[lang] : null;
  const flag = (text: string, matched: boolean) =>
    note && matched ? `${text}${lang === "ja" ? "（注意: " : " (note: "}${note}${lang === "ja" ? "）" : ")"}` : text;
  const versions = versionsOf(e.ctx);
  return jobs.map((job): FunctionAnswer => {
    try {
      if (job.kind === "rows") {
        return job.rows.map((row) => {
          const p = presentResult(screenCached(row, e, versions), lang);
          const matched = p.matches.some((g) => !g.suppressed);
          return [
            flag(p.label, matched),
            note && matched ? `${reasonsCell(p)}\n${note}` : reasonsCell(p),
            redFlagsCell(p),
            p.code,
          ];
        });
      }
      if (!e.screener) return lang === "ja" ? "リスト未読込" : "No list loaded";
      const { matches } = e.screener.screenPartyDetailed(job.name, job.country, "end_user");
      const best = groupMatches(matches, lang).find((g) => !g.suppressed);
      return best ? flag(matchGroupLine(best, lang), true) : lang === "ja" ? "一致なし" : "No match";
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}
