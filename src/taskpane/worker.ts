/**
 * The engine off the UI thread. The task pane sends the lists and allow-list once (configure), then blocks
 * of raw sheet rows; the worker answers with output-block cells, counts and rows needing attention,
 * in slices so that progress flows and a cancel is honoured between slices.
 */
/// <reference lib="webworker" />
import { createContext } from "../engine/screen";
import type { EngineContext } from "../engine/screen";
import { AllowList, allowListToJson, parseAllowListJson } from "../engine/parties/allow-list";
import { createPartyScreener } from "../engine/parties/screener";
import type { PartyList } from "../engine/parties/list-model";
import { versionsOf, screen } from "../engine/screen";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";
import { newBlockResult, screenSlice, toOrderRow } from "./screenRows";
import { blockRow } from "./blockRow";
import { whatIf } from "../engine/whatif/whatIf";
import { comparePacks, comparisonView } from "../engine/rules/comparePacks";

const SLICE_ROWS = 250;

let ctx: EngineContext = createContext();
let lists: PartyList[] = [];
let allowList = new AllowList();
let today: string | undefined;
const cancelled = new Set<number>();
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

function rebuild(): void {
  const parties = lists.length > 0 ? createPartyScreener(lists, { allowList, today }) : undefined;
  ctx = createContext({ parties, options: today ? { today } : undefined });
}

function configure(newLists: PartyList[], allowListJson: string | null, day?: string): void {
  // Parse first: a bad allow-list leaves the previous configuration in force.
  const allow = allowListJson ? parseAllowListJson(allowListJson) : new AllowList();
  lists = newLists;
  allowList = allow;
  today = day;
  rebuild();
}

/** Lets queued messages (a cancel) in between slices. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  try {
    switch (msg.type) {
      case "configure":
        configure(msg.lists, msg.allowListJson, msg.today);
        post({ type: "configured", id: msg.id, versions: versionsOf(ctx) });
        return;
      case "cancel":
        cancelled.add(msg.target);
        return;
      case "screen": {
        const acc = newBlockResult();
        for (let from = 0; from < msg.rows.length; from += SLICE_ROWS) {
          if (cancelled.has(msg.id)) {
            cancelled.delete(msg.id);
            post({ type: "cancelled", id: msg.id });
            return;
          }
          const to = Math.min(msg.rows.length, from + SLICE_ROWS);
          screenSlice(msg.rows, from, to, msg.firstRow, msg.columns, ctx, msg.lang, msg.screenedAt, acc);
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
        const parties = ctx.parties as ReturnType<typeof createPartyScreener> | undefined;
        const entry = parties?.entryOf(msg.matchId);
        allowList.add({
          partyName: msg.partyName,
          matchId: msg.matchId,
          entryName: entry?.name,
          entryFingerprint: parties?.fingerprintOf(msg.matchId),
          reviewer: msg.reviewer,
          date: msg.date,
          reason: msg.reason,
        });
        rebuild();
        post({ type: "allowed", id: msg.id, allowListJson: allowListToJson(allowList) });
        return;
      }
    }
  } catch (error) {
    post({
      type: "error",
      id: msg.type === "cancel" ? msg.target : msg.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
