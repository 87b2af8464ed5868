/**
 * One screening run: excel.ts reads and writes the sheet, the engine worker screens each block; this module
 * joins them, keeps the counts and the rows needing attention, and builds the audit row.
 */
import { ENGINE_VERSION, RULES_VERSION } from "../engine/version";
import { DECISIONS } from "../engine/types";
import type { CanonicalField, Decision, Lang, Versions } from "../engine/types";
import type { AuditEntry, RunStatus } from "./auditLog";
import { Cancelled } from "../addin/engineClient";
import type { EngineClient } from "../addin/engineClient";
import { runScreening } from "./excel";
import type { DataRegion, RunReport } from "./excel";
import { columnLetter } from "./sheetAddress";
import type { AttentionRow } from "./screenRows";

/** Rows kept for the attention list: every row of a full sheet (the pane's list is virtualised). */
export const MAX_ATTENTION_ROWS = 1_048_576;

export interface RunProgress {
  done: number;
  total: number;
  counts: Record<Decision, number>;
  blank: number;
  attention: AttentionRow[];
  attentionTotal: number;
  /** Rows the missing End User List held back (END_USER_LIST_NOT_CHECKED): all, and those held back by it alone. */
  endUserList: { all: number; only: number };
}

export interface RunOutcome extends RunProgress {
  status: RunStatus;
  report: RunReport;
  screenedAt: string;
}

/** Local time as Excel users read it: 2026-11-25 14:03. */
export function screenedAtText(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "destination=E (Destination), hs_code=C (HS code)…" for the audit row. */
export function mappingText(region: DataRegion, columns: ReadonlyArray<CanonicalField | null>): string {
  const parts: string[] = [];
  columns.forEach((f, i) => {
    if (f) parts.push(`${f}=${columnLetter(region.firstCol + i)} (${region.headers[i]})`);
  });
  return parts.join(", ");
}

export class RunCancel {
  private cancelled = false;
  constructor(private readonly engine: EngineClient) {}
  cancel(): void {
    this.cancelled = true;
    this.engine.cancel();
  }
  get isCancelled(): boolean {
    return this.cancelled;
  }
}

export async function runSheet(args: {
  region: DataRegion;
  columns: Array<CanonicalField | null>;
  lang: Lang;
  engine: EngineClient;
  versions: Versions;
  cancel: RunCancel;
  onProgress(p: RunProgress): void;
  now?: () => Date;
}): Promise<RunOutcome> {
  const { region, columns, lang, engine, versions, cancel } = args;
  const now = args.now ?? (() => new Date());
  const screenedAt = screenedAtText(now());
  const progress: RunProgress = {
    done: 0,
    total: region.rowCount,
    // Not screenRows.emptyCounts: that module brings the whole engine into the pane's start-up bundle.
    counts: Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>,
    blank: 0,
    attention: [],
    attentionTotal: 0,
    endUserList: { all: 0, only: 0 },
  };
  const emit = () =>
    args.onProgress({
      ...progress,
      counts: { ...progress.counts },
      attention: progress.attention,
      endUserList: { ...progress.endUserList },
    });

  const report = await runScreening({
    region,
    columns,
    lang,
    isCancelled: () => cancel.isCancelled,
    onProgress: () => undefined,
    processBlock: async (rows, firstRow) => {
      const base = firstRow - region.firstRow;
      try {
        const block = await engine.screenBlock(rows, firstRow, columns, lang, screenedAt, (done) => {
          progress.done = base + done;
          emit();
        });
        for (const d of Object.keys(block.counts) as Decision[]) progress.counts[d] += block.counts[d];
        progress.blank += block.blank;
        if (block.endUserList) {
          progress.endUserList.all += block.endUserList.all;
          progress.endUserList.only += block.endUserList.only;
        }
        progress.attentionTotal += block.attention.length;
        const room = MAX_ATTENTION_ROWS - progress.attention.length;
        if (room > 0) progress.attention = progress.attention.concat(block.attention.slice(0, room));
        progress.done = base + rows.length;
        emit();
        return block.out;
      } catch (error) {
        if (error instanceof Cancelled) return null;
        throw error;
      }
    },
    audit: (status: RunStatus, rowsScreened: number, message?: string): AuditEntry => ({
      time: now().toISOString(),
      kind: "run",
      sheet: region.sheet,
      range: region.address,
      engineVersion: versions.engine || ENGINE_VERSION,
      rulesVersion: versions.rules || RULES_VERSION,
      lists: versions.lists,
      rowsScreened,
      rowsTotal: region.rowCount,
      counts: { ...progress.counts },
      status,
      detail: mappingText(region, columns),
      message,
    }),
  });
  return { ...progress, endUserList: { ...progress.endUserList }, status: report.status, report, screenedAt };
}
