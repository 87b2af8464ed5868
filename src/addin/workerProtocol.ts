/**
 * Messages between the shared runtime (task pane and custom functions) and the engine worker (worker.ts,
 * engineService.ts). Types only.
 */
import type { PartyList } from "../engine/parties/list-model";
import type { CanonicalField, Lang, OrderRow, ScreenResult, Text, Versions } from "../engine/types";
import type { BlockResult } from "../taskpane/screenRows";
import type { WhatIfChange, WhatIfResult } from "../engine/whatif/whatIf";
import type { PackComparisonView } from "../engine/rules/comparePacks";

/** One call of a custom function, as the functions' batcher collects them. */
export type FunctionJob = { kind: "rows"; rows: OrderRow[] } | { kind: "party"; name: string; country?: string };

/** A function job's answer: label/reasons/red flags/code rows, a PARTY text, or the message of a failed job. */
export type FunctionAnswer = string[][] | string | { error: string };

export type WorkerRequest =
  | {
      type: "configure";
      id: number;
      lists: PartyList[];
      allowListJson: string | null;
      /** Why the workbook's allow-list could not be read (then it is not in force), or undefined. */
      allowListProblem?: Text;
      today?: string;
    }
  | {
      type: "screen";
      id: number;
      rows: unknown[][];
      firstRow: number;
      columns: Array<CanonicalField | null>;
      lang: Lang;
      screenedAt: string;
    }
  | {
      type: "detail";
      id: number;
      raw: unknown[];
      columns: Array<CanonicalField | null>;
      lang: Lang;
      screenedAt: string;
    }
  /** Adds an allow-list entry ("not this party") and answers with the allow-list as JSON. */
  | { type: "allow"; id: number; partyName: string; matchId: string; reviewer: string; date: string; reason: string }
  /** The row screened again with changed facts (what-if), nothing written to the sheet. */
  | { type: "whatIf"; id: number; raw: unknown[]; columns: Array<CanonicalField | null>; changes: WhatIfChange[] }
  /** The row under today's rule pack and the one before 2025-10-09. */
  | { type: "packs"; id: number; raw: unknown[]; columns: Array<CanonicalField | null> }
  /** Every call of one recalculation burst of the custom functions. */
  | { type: "functions"; id: number; jobs: FunctionJob[]; lang: Lang }
  | { type: "cancel"; target: number };

export type WorkerResponse =
  | { type: "configured"; id: number; versions: Versions; allowListProblem?: Text }
  | { type: "progress"; id: number; done: number }
  | { type: "block"; id: number; result: BlockResult }
  | { type: "detail"; id: number; result: ScreenResult; cells: unknown[] }
  | { type: "allowed"; id: number; allowListJson: string }
  | { type: "whatIf"; id: number; result: WhatIfResult }
  | { type: "packs"; id: number; result: PackComparisonView }
  | { type: "answers"; id: number; answers: FunctionAnswer[] }
  | { type: "cancelled"; id: number }
  | { type: "error"; id: number; message: string };
