/**
 * The engine of the shared runtime, as the worker runs it (worker.ts): the task pane and the custom functions
 * send it the lists and allow-list once (configure), then blocks of sheet rows (answered with output-block
 * cells, in slices so that progress flows and a cancel is honoured between slices), single rows for the
 * detail view, "not this party" entries, and the custom functions' bursts. No DOM, no Office.js.
 */
import { createContext, screen, versionsOf } from "../engine/screen";
import type { EngineContext } from "../engine/screen";
import { AllowList, allowListToJson, parseAllowListJson } from "../engine/parties/allow-list";
import { createPartyScreener } from "../engine/parties/screener";
import type { DetailedPartyScreener } from "../engine/parties/screener";
import type { PartyList } from "../engine/parties/list-model";
import type { ScreenResult, Text } from "../engine/types";
import { newBlockResult, screenSlice, toOrderRow } from "../taskpane/screenRows";
import { blockRow } from "../taskpane/blockRow";
import { whatIf } from "../engine/whatif/whatIf";
import { comparePacks, comparisonView } from "../engine/rules/comparePacks";
import { answerJobs } from "./functionJobs";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";

const SLICE_ROWS = 250;

/** Lets queued messages (a cancel) in between slices. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createEngineService(post: (message: WorkerResponse) => void): (msg: WorkerRequest) => Promise<void> {
  let ctx: EngineContext = createContext();
  let screener: DetailedPartyScreener | undefined;
  let lists: PartyList[] = [];
  let allowList = new AllowList();
  let allowListProblem: Text | undefined;
  let today: string | undefined;
  const cache = new Map<string, ScreenResult>();
  const cancelled = new Set<number>();

  function rebuild(): void {
    screener = lists.length > 0 ? createPartyScreener(lists, { allowList, today }) : undefined;
    ctx = createContext({ parties: screener, options: today ? { today } : undefined });
    cache.clear();
  }

  function configure(msg: Extract<WorkerRequest, { type: "configure" }>): void {
    let allow = new AllowList();
    let problem = msg.allowListProblem;
    if (!problem && msg.allowListJson) {
      try {
        allow = parseAllowListJson(msg.allowListJson);
      } catch (error) {
        // Damaged: the lists are used without it, and every answer it could change says so.
        const why = error instanceof Error ? error.message : String(error);
        problem = {
          ja: `ブックの許可リストが壊れていて使えません（${why}）。許可リストで除外した照合も一致として表示しています`,
          en: `the workbook's allow-list is damaged (${why}); matches you allow-listed are shown as matches`,
        };
      }
    }
    lists = msg.lists;
    allowList = allow;
    allowListProblem = problem;
    today = msg.today;
    rebuild();
  }

  return async (msg: WorkerRequest): Promise<void> => {
    try {
      switch (msg.type) {
        case "configure":
          configure(msg);
          post({ type: "configured", id: msg.id, versions: versionsOf(ctx), allowListProblem });
          return;
        case "cancel":
          cancelled.add(msg.target);
          return;
        case "screen": {
          // The context of this block stays the same while it is screened, even if a configure arrives.
          const blockCtx = ctx;
          const acc = newBlockResult();
          for (let from = 0; from < msg.rows.length; from += SLICE_ROWS) {
            if (cancelled.delete(msg.id)) {
              post({ type: "cancelled", id: msg.id });
              return;
            }
            const to = Math.min(msg.rows.length, from + SLICE_ROWS);
            screenSlice(msg.rows, from, to, msg.firstRow, msg.columns, blockCtx, msg.lang, msg.screenedAt, acc);
            post({ type: "progress", id: msg.id, done: to });
            await yieldToMessages();
          }
          if (cancelled.delete(msg.id)) {
            post({ type: "cancelled", id: msg.id });
            return;
          }
          post({ type: "block", id: msg.id, result: acc });
          return;
        }
        case "detail": {
          const row = toOrderRow(msg.raw, msg.columns) ?? {};
          const result = screen(row, ctx);
          post({ type: "detail", id: msg.id, result, cells: blockRow(result, msg.lang, msg.screenedAt) });
          return;
        }
        case "whatIf": {
          const row = toOrderRow(msg.raw, msg.columns) ?? {};
          post({ type: "whatIf", id: msg.id, result: whatIf(row, msg.changes, ctx) });
          return;
        }
        case "packs": {
          const row = toOrderRow(msg.raw, msg.columns) ?? {};
          post({ type: "packs", id: msg.id, result: comparisonView(comparePacks(row, ctx)) });
          return;
        }
        case "allow": {
          const entry = screener?.entryOf(msg.matchId);
          allowList.add({
            partyName: msg.partyName,
            matchId: msg.matchId,
            entryName: entry?.name,
            entryFingerprint: screener?.fingerprintOf(msg.matchId),
            reviewer: msg.reviewer,
            date: msg.date,
            reason: msg.reason,
          });
          rebuild();
          post({ type: "allowed", id: msg.id, allowListJson: allowListToJson(allowList) });
          return;
        }
        case "functions":
          post({
            type: "answers",
            id: msg.id,
            answers: answerJobs(msg.jobs, msg.lang, { ctx, screener, allowListProblem, cache }),
          });
          return;
      }
    } catch (error) {
      post({
        type: "error",
        id: msg.type === "cancel" ? msg.target : msg.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
