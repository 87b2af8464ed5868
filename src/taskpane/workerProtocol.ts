/** Messages between the task pane and the engine worker (worker.ts). Types only. */
import type { PartyList } from "../engine/parties/list-model";
import type { CanonicalField, Lang, ScreenResult, Versions } from "../engine/types";
import type { BlockResult } from "./screenRows";
import type { WhatIfChange, WhatIfResult } from "../engine/whatif/whatIf";
import type { PackComparisonView } from "../engine/rules/comparePacks";

export type WorkerRequest =
  | { type: "configure"; id: number; lists: PartyList[]; allowListJson: string | null; today?: string }
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
  | { type: "cancel"; target: number }
  /** The row screened again with changed facts (what-if), nothing written to the sheet. */
  | { type: "whatIf"; id: number; raw: unknown[]; columns: Array<CanonicalField | null>; changes: WhatIfChange[] }
  /** The row under today's rule pack and the one before 2025-10-09. */
  | { type: "packs"; id: number; raw: unknown[]; columns: Array<CanonicalField | null> };

export type WorkerResponse =
  | { type: "configured"; id: number; versions: Versions }
  | { type: "progress"; id: number; done: number }
  | { type: "block"; id: number; result: BlockResult }
  | { type: "detail"; id: number; result: ScreenResult; cells: unknown[] }
  | { type: "allowed"; id: number; allowListJson: string }
  | { type: "whatIf"; id: number; result: WhatIfResult }
  | { type: "packs"; id: number; result: PackComparisonView }
  | { type: "cancelled"; id: number }
  | { type: "error"; id: number; message: string };
