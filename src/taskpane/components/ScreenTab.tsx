/**
 * The screening tab: check the data, map the columns, screen, then the results (counts, rows needing
 * attention, and one row's detail).
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { mapHeaders } from "../../engine/headers";
import { DECISIONS, REQUIRED_FIELDS } from "../../engine/types";
import type { CanonicalField, Decision, Lang, PartyMatch, ScreenResult, Text, Versions } from "../../engine/types";
import {
  detectData,
  readRow,
  refreshStale,
  refreshStaleElsewhere,
  rescreenRows,
  saveAllowListJson,
  selectRow,
  SheetProblem,
  watchActiveSheet,
  writeBlockRow,
} from "../excel";
import type { DetectedData, StaleReport } from "../excel";
import type { EngineClient } from "../../addin/engineClient";
import { RunCancel, runSheet, screenedAtText } from "../runController";
import type { RunOutcome, RunProgress } from "../runController";
import type { AttentionRow } from "../screenRows";
import { a1, columnLetter } from "../sheetAddress";
import { t } from "../strings";
import { BLOCK_WIDTH } from "../outputBlock";
import { DecisionBadge } from "./DecisionBadge";
import { AttentionList } from "./AttentionList";
import { MappingSummary, MappingTable } from "./MappingTable";
import { StaleElsewhere } from "./StaleElsewhere";

// A row's detail (reasons, decision path drawn from the flow definition, the "not this party" dialog) is
// loaded when a row is first opened: it brings the flow definition and Fluent's dialog, which the pane does
// not need to start.
const RowDetail = React.lazy(() =>
  import(/* webpackChunkName: "row-detail" */ "./RowDetail").then((m) => ({ default: m.RowDetail })),
);
const TrainerTools = React.lazy(() =>
  import(/* webpackChunkName: "row-detail" */ "./TrainerTools").then((m) => ({ default: m.TrainerTools })),
);
const NotThisPartyDialog = React.lazy(() =>
  import(/* webpackChunkName: "row-detail" */ "./NotThisPartyDialog").then((m) => ({
    default: m.NotThisPartyDialog,
  })),
);

const useStyles = makeStyles({
  // The stale-rows list (binding) — plain rows, not buttons.
  list: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    maxHeight: "380px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "6px 2px",
    fontSize: tokens.fontSizeBase200,
  },
  step: { marginTop: tokens.spacingVerticalL },
  stepTitle: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
  },
  hint: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
  },
  facts: { fontSize: tokens.fontSizeBase200, margin: 0, paddingLeft: "16px" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  counts: {
    display: "grid",
    gridTemplateColumns: "max-content max-content",
    gap: "4px 12px",
    fontSize: tokens.fontSizeBase300,
    alignItems: "center",
  },
  messages: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

type RunState =
  | { status: "idle" }
  | { status: "running" | "cancelling"; progress: RunProgress }
  | { status: "finished"; outcome: RunOutcome };

export interface ListsSummary {
  count: number;
  /** Whether an End User List is among the lists (parties/list-model.ts endUserListState); absent = not known. */
  endUserList?: "yes" | "standIn" | "no";
  demoOnly: boolean;
  demoLoaded: boolean;
  /** "name (version)" of every list in force. */
  names?: string[];
  /** Why the lists will not survive a restart (a failed write to this computer's storage), or null. */
  storageProblem?: Text | null;
}

function initialColumns(d: DetectedData): Array<CanonicalField | null> {
  const auto = mapHeaders(d.region.headers).columns;
  if (!d.savedMapping) return auto;
  return d.region.headers.map((h, i) => {
    const saved = d.savedMapping?.[h];
    if (saved === undefined) return auto[i] ?? null;
    return saved === "" ? null : saved;
  });
}

export function ScreenTab(props: {
  lang: Lang;
  engine: EngineClient;
  versions: Versions | null;
  lists: ListsSummary;
  /** False when the host lacks the Excel API set the pane needs: its buttons are off. */
  supported?: boolean;
  onAllowListChanged(json: string): void;
}): React.ReactElement {
  const { lang, engine, versions } = props;
  const supported = props.supported ?? true;
  const [showMapping, setShowMapping] = React.useState(false);
  const s = useStyles();
  const [checking, setChecking] = React.useState(false);
  const [detected, setDetected] = React.useState<DetectedData | null>(null);
  const [problem, setProblem] = React.useState<Text | null>(null);
  const [columns, setColumns] = React.useState<Array<CanonicalField | null>>([]);
  const [run, setRun] = React.useState<RunState>({ status: "idle" });
  const cancelRef = React.useRef<RunCancel | null>(null);
  const [selected, setSelected] = React.useState<AttentionRow | null>(null);
  /** The lists in force when the run started (named in the run's status). */
  const [runLists, setRunLists] = React.useState<string[]>([]);
  /** Rows whose results no longer match their orders (checked on open, after runs and on sheet changes). */
  const [stale, setStale] = React.useState<StaleReport | null>(null);
  const [rescreening, setRescreening] = React.useState(false);
  const [staleNote, setStaleNote] = React.useState<string | null>(null);
  /** The same for every other sheet with a recorded block (looked at on open and on Check data). */
  const [elsewhere, setElsewhere] = React.useState<StaleReport[]>([]);
  const [elsewhereBusy, setElsewhereBusy] = React.useState<string | null>(null);
  const [elsewhereNote, setElsewhereNote] = React.useState<string | null>(null);
  const busyRef = React.useRef(false);
  const columnsRef = React.useRef<Array<CanonicalField | null> | undefined>(undefined);

  const refreshStaleRows = React.useCallback(
    async (cols?: Array<CanonicalField | null>, ranges?: Array<{ from: number; count: number }>) => {
      if (cols) columnsRef.current = cols;
      try {
        const r = await refreshStale(lang, cols ?? columnsRef.current, ranges);
        setStale((prev) => {
          if (!r) return null;
          // A look at some rows only: keep what is known about the others.
          const inScan = (row: number) => r.scanned.some((x) => row >= x.from && row < x.from + x.count);
          const kept =
            ranges && prev && prev.region.sheet === r.region.sheet ? prev.rows.filter((x) => !inScan(x.row)) : [];
          const rows = [...kept, ...r.rows].sort((a, b) => a.row - b.row);
          return rows.length > 0 || r.legacy ? { ...r, rows } : null;
        });
      } catch {
        // the sheet cannot be read as order data right now; nothing to show
      }
    },
    [lang],
  );

  // On opening the pane the whole block is looked at; whenever the watched sheet changes, the rows the
  // change names (debounced; not while the pane itself writes). The watch follows the sheet of the data
  // found by Check data.
  const watchRef = React.useRef<(() => Promise<void>) | null>(null);
  const pendingRef = React.useRef<Array<{ from: number; count: number }> | null>([]);
  const timerRef = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const startWatching = React.useCallback(async () => {
    const old = watchRef.current;
    watchRef.current = null;
    if (old) await old().catch(() => undefined);
    try {
      watchRef.current = await watchActiveSheet((change) => {
        const pending = pendingRef.current;
        if (pending) {
          if (!change.boxes) pendingRef.current = null;
          else for (const b of change.boxes) pending.push({ from: b.row, count: b.rows });
        }
        if (timerRef.current) clearTimeout(timerRef.current);
        timerRef.current = setTimeout(() => {
          const ranges = pendingRef.current ?? undefined;
          pendingRef.current = [];
          if (!busyRef.current) void refreshStaleRows(undefined, ranges);
        }, 600);
      });
    } catch {
      // no events in this host: stale rows are still found on open, after runs and on Check data
    }
  }, [refreshStaleRows]);

  const refreshElsewhere = React.useCallback(async () => {
    try {
      setElsewhere(await refreshStaleElsewhere(lang));
    } catch {
      // the workbook's settings cannot be read right now; the active sheet is still looked at
    }
  }, [lang]);

  const rescreenElsewhere = async (report: StaleReport) => {
    if (!versions) return;
    setElsewhereBusy(report.region.sheet);
    busyRef.current = true;
    setElsewhereNote(null);
    try {
      const at = screenedAtText(new Date());
      const r = await rescreenRows(
        report.region,
        report.columns,
        report.rows.map((x) => x.row),
        async (rows, firstRow) =>
          (await engine.screenBlock(rows, firstRow, report.columns, lang, at, () => undefined)).out,
      );
      const text =
        r.skipped.length > 0
          ? t(lang, "rescreenSkipped")
              .replace("{n}", String(r.written))
              .replace("{cells}", r.skipped.slice(0, 5).join(", "))
          : t(lang, "rescreenDone").replace("{n}", String(r.written));
      setElsewhereNote(`${report.region.sheet}: ${text}`);
    } catch (e) {
      setElsewhereNote(
        e instanceof SheetProblem
          ? e.text[lang]
          : `${t(lang, "errorTitle")}: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      busyRef.current = false;
      setElsewhereBusy(null);
      await refreshElsewhere();
    }
  };

  React.useEffect(() => {
    void refreshStaleRows().then(() => refreshElsewhere());
    void startWatching();
    return () => {
      if (timerRef.current) clearTimeout(timerRef.current);
      void watchRef.current?.();
    };
  }, [refreshStaleRows, refreshElsewhere, startWatching]);

  const rescreenStale = async () => {
    if (!stale || !versions) return;
    setRescreening(true);
    busyRef.current = true;
    setStaleNote(null);
    try {
      const at = screenedAtText(new Date());
      const r = await rescreenRows(
        stale.region,
        stale.columns,
        stale.rows.map((x) => x.row),
        async (rows, firstRow) =>
          (await engine.screenBlock(rows, firstRow, stale.columns, lang, at, () => undefined)).out,
      );
      setStaleNote(
        r.skipped.length > 0
          ? t(lang, "rescreenSkipped")
              .replace("{n}", String(r.written))
              .replace("{cells}", r.skipped.slice(0, 5).join(", "))
          : t(lang, "rescreenDone").replace("{n}", String(r.written)),
      );
    } catch (e) {
      setStaleNote(
        e instanceof SheetProblem
          ? e.text[lang]
          : `${t(lang, "errorTitle")}: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      busyRef.current = false;
      setRescreening(false);
      await refreshStaleRows();
    }
  };

  const check = async () => {
    setChecking(true);
    setProblem(null);
    setSelected(null);
    try {
      const d = await detectData();
      setDetected(d);
      const cols = initialColumns(d);
      setColumns(cols);
      // Everything required found its column: the mapping is a one-line summary with "change".
      setShowMapping(REQUIRED_FIELDS.some((f) => !cols.includes(f)));
      setRun({ status: "idle" });
      void refreshStaleRows(initialColumns(d))
        .then(() => refreshElsewhere())
        .then(() => startWatching());
    } catch (error) {
      setDetected(null);
      const m = error instanceof Error ? error.message : String(error);
      setProblem(error instanceof SheetProblem ? error.text : { ja: `エラー: ${m}`, en: `Error: ${m}` });
    } finally {
      setChecking(false);
    }
  };

  const start = async () => {
    if (!detected || !versions) return;
    const cancel = new RunCancel(engine);
    cancelRef.current = cancel;
    setSelected(null);
    const zero: RunProgress = {
      done: 0,
      total: detected.region.rowCount,
      counts: { PROHIBITED: 0, LICENSE_REQUIRED: 0, REVIEW: 0, NO_LICENSE: 0 },
      blank: 0,
      attention: [],
      attentionTotal: 0,
      endUserList: { all: 0, only: 0 },
    };
    setRunLists(props.lists.names ?? []);
    busyRef.current = true;
    setRun({ status: "running", progress: zero });
    const outcome = await runSheet({
      region: detected.region,
      columns,
      lang,
      engine,
      versions,
      cancel,
      onProgress: (p) =>
        setRun((prev) =>
          prev.status === "cancelling" ? { status: "cancelling", progress: p } : { status: "running", progress: p },
        ),
    });
    cancelRef.current = null;
    busyRef.current = false;
    setRun({ status: "finished", outcome });
    void refreshStaleRows(columns);
    if (outcome.status === "completed") setDetected({ ...detected, region: { ...detected.region, hasBlock: true } });
  };

  const cancel = () => {
    cancelRef.current?.cancel();
    setRun((prev) => (prev.status === "running" ? { status: "cancelling", progress: prev.progress } : prev));
  };

  const missing = REQUIRED_FIELDS.filter((f) => !columns.includes(f));
  const running = run.status === "running" || run.status === "cancelling";
  const region = detected?.region;

  if (selected && region && run.status === "finished") {
    return (
      <DetailView
        lang={lang}
        engine={engine}
        row={selected}
        regionSheet={region.sheet}
        region={region}
        columns={columns}
        screenedAt={run.outcome.screenedAt}
        onBack={() => setSelected(null)}
        onAllowListChanged={props.onAllowListChanged}
        onRowUpdated={(decision) =>
          setRun((prev) => {
            if (prev.status !== "finished") return prev;
            const attention = prev.outcome.attention.map((a) => (a.row === selected.row ? { ...a, decision } : a));
            return { status: "finished", outcome: { ...prev.outcome, attention } };
          })
        }
      />
    );
  }

  return (
    <div>
      {stale && (
        <StaleBanner
          lang={lang}
          stale={stale}
          busy={rescreening || running}
          note={staleNote}
          canRescreen={!!versions}
          onRescreen={rescreenStale}
        />
      )}
      <StaleElsewhere
        lang={lang}
        reports={elsewhere}
        busySheet={elsewhereBusy}
        disabled={elsewhereBusy !== null || rescreening || running || !versions}
        note={elsewhereNote}
        onRescreen={(r) => void rescreenElsewhere(r)}
        onGoTo={(r) => void selectRow(r.region, r.rows[0]?.row ?? r.region.firstRow).catch(() => undefined)}
      />
      <section className={s.step}>
        <h2 className={s.stepTitle}>{t(lang, "step1")}</h2>
        <p className={s.hint}>{t(lang, "step1Hint")}</p>
        <div className={s.row}>
          <Button
            appearance={detected ? "secondary" : "primary"}
            onClick={check}
            disabled={checking || running || !supported}
            data-testid="check-data"
          >
            {checking ? t(lang, "checking") : t(lang, "checkData")}
          </Button>
          {checking && <Spinner size="tiny" />}
        </div>
        {problem && (
          <MessageBar intent="error" style={{ marginTop: 8 }} data-testid="problem">
            <MessageBarBody>{problem[lang]}</MessageBarBody>
          </MessageBar>
        )}
        {region && (
          <ul className={s.facts} data-testid="data-facts">
            <li>
              {t(lang, "dataFound")}: {region.address} — {region.rowCount.toLocaleString()} {t(lang, "rows")}
              {lang === "ja" ? "、" : ", "}
              {region.colCount} {t(lang, "columns")}
              {region.tableName ? ` (${t(lang, "table")} ${region.tableName})` : ""}
            </li>
            <li>
              {t(lang, "blockAt")}:{" "}
              {a1(region.sheet, region.headerRow, region.blockCol, 1, BLOCK_WIDTH).replace(
                /\d+$/,
                String(region.firstRow + region.rowCount),
              )}{" "}
              {region.hasBlock ? t(lang, "blockReplace") : ""}
            </li>
            {detected?.notes.map((n, i) => (
              <li key={i}>{n[lang]}</li>
            ))}
          </ul>
        )}
      </section>

      {region && (
        <section className={s.step}>
          <h2 className={s.stepTitle}>{t(lang, "step2")}</h2>
          {showMapping ? (
            <>
              <p className={s.hint}>
                {t(lang, "mappingHint")} {detected?.savedMapping ? t(lang, "savedMappingUsed") : ""}
              </p>
              <MappingTable
                lang={lang}
                headers={region.headers}
                firstCol={region.firstCol}
                columns={columns}
                onChange={setColumns}
                disabled={running}
              />
            </>
          ) : (
            <MappingSummary
              lang={lang}
              headers={region.headers}
              firstCol={region.firstCol}
              columns={columns}
              onChange={() => setShowMapping(true)}
              disabled={running}
            />
          )}
        </section>
      )}

      {region && (
        <section className={s.step}>
          <h2 className={s.stepTitle}>{t(lang, "step3")}</h2>
          <div className={s.messages}>
            {props.lists.count === 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>{t(lang, "noListsWarning")}</MessageBarBody>
              </MessageBar>
            )}
            {props.lists.storageProblem && (
              <MessageBar intent="warning" data-testid="lists-not-stored">
                <MessageBarBody>{props.lists.storageProblem[lang]}</MessageBarBody>
              </MessageBar>
            )}
            {props.lists.endUserList === "no" && (
              <MessageBar intent="warning" data-testid="no-end-user-list">
                <MessageBarBody>{t(lang, "noEndUserList")}</MessageBarBody>
              </MessageBar>
            )}
            {props.lists.demoLoaded && (
              <MessageBar intent="warning" data-testid="demo-in-use">
                <MessageBarBody>
                  {t(lang, "demoInUse")}
                  {props.lists.endUserList === "standIn" ? ` ${t(lang, "demoStandsIn")}` : ""}
                </MessageBarBody>
              </MessageBar>
            )}
            {region.rowCount > 100_000 && (
              <MessageBar intent="info">
                <MessageBarBody>{t(lang, "largeSheet")}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <div className={s.row} style={{ marginTop: 8 }}>
            <Button
              appearance="primary"
              onClick={start}
              disabled={running || missing.length > 0 || !versions || !supported}
              data-testid="run"
            >
              {t(lang, "run")}
            </Button>
            {running && (
              <Button onClick={cancel} disabled={run.status === "cancelling"} data-testid="cancel">
                {run.status === "cancelling" ? t(lang, "cancelling") : t(lang, "cancel")}
              </Button>
            )}
          </div>
          {running && (
            <div style={{ marginTop: 8 }} data-testid="progress">
              <ProgressBar value={run.progress.total ? run.progress.done / run.progress.total : 0} />
              <span className={s.hint}>
                {t(lang, "progress")} {run.progress.done.toLocaleString()} / {run.progress.total.toLocaleString()}
              </span>
            </div>
          )}
          {run.status === "finished" && (
            <Results
              lang={lang}
              outcome={run.outcome}
              onSelect={(row) => setSelected(row)}
              region={region}
              listNames={runLists}
              staleSince={stale && !stale.legacy && stale.region.sheet === region.sheet ? stale.rows.length : 0}
            />
          )}
        </section>
      )}
    </div>
  );
}

/** Results whose orders changed since screening (greyed in the sheet), listed, with "re-screen changed rows". */
function StaleBanner(props: {
  lang: Lang;
  stale: StaleReport;
  busy: boolean;
  note: string | null;
  canRescreen: boolean;
  onRescreen(): void;
}): React.ReactElement {
  const { lang, stale } = props;
  const s = useStyles();
  if (stale.legacy) {
    return (
      <MessageBar intent="info" style={{ marginTop: 8 }} data-testid="stale-legacy">
        <MessageBarBody>{t(lang, "staleLegacy")}</MessageBarBody>
      </MessageBar>
    );
  }
  const changed = stale.rows.filter((r) => r.kind === "changed").length;
  const shown = stale.rows.slice(0, 50);
  return (
    <div data-testid="stale" data-count={stale.rows.length} style={{ marginTop: 8 }}>
      <MessageBar intent="warning">
        <MessageBarBody>
          <b>{t(lang, "staleTitle")}</b> —{" "}
          {t(lang, "staleBody")
            .replace("{n}", stale.rows.length.toLocaleString())
            .replace("{changed}", changed.toLocaleString())}
          {changed < stale.rows.length ? ` ${t(lang, "staleBodyUnscreened")}` : ""}
        </MessageBarBody>
      </MessageBar>
      <ul className={s.list} style={{ maxHeight: 200, marginTop: 4 }} data-testid="stale-list">
        {shown.map((r) => (
          <li key={r.row} className={s.item} style={{ cursor: "default" }} data-stale-row={r.row + 1}>
            {t(lang, "row")} {r.row + 1}
            {r.orderId ? ` · ${r.orderId}` : ""}
            {" — "}
            {r.kind === "unscreened"
              ? t(lang, "staleNoResult")
              : `${t(lang, "staleChanged")}${r.keyOrderId && r.keyOrderId !== r.orderId ? ` (${t(lang, "staleWasFor")} ${r.keyOrderId})` : ""}${r.was ? ` · ${t(lang, "staleWas")} ${r.was}` : ""}`}
          </li>
        ))}
      </ul>
      {stale.rows.length > shown.length && (
        <p className={s.hint}>{t(lang, "staleMore").replace("{n}", shown.length.toLocaleString())}</p>
      )}
      <div className={s.row} style={{ marginTop: 4 }}>
        <Button onClick={props.onRescreen} disabled={props.busy || !props.canRescreen} data-testid="rescreen-stale">
          {t(lang, "rescreen")}
        </Button>
        {props.busy && <Spinner size="tiny" />}
      </div>
      {props.note && (
        <p className={s.hint} data-testid="rescreen-note">
          {props.note}
        </p>
      )}
    </div>
  );
}

function Results(props: {
  lang: Lang;
  outcome: RunOutcome;
  region: DetectedData["region"];
  onSelect(row: AttentionRow): void;
  listNames: string[];
  /** Rows of this sheet changed since screening (the list below shows rows as they were screened). */
  staleSince?: number;
}): React.ReactElement {
  const { lang, outcome } = props;
  const s = useStyles();
  const summaryRef = React.useRef<HTMLDivElement>(null);
  // After a run, focus and scroll move to the summary (a screen reader reads it; the results are in view).
  React.useEffect(() => {
    summaryRef.current?.focus({ preventScroll: true });
    summaryRef.current?.scrollIntoView({ block: "start" });
  }, []);
  const intent = outcome.status === "completed" ? "success" : outcome.status === "cancelled" ? "warning" : "error";
  // A run stopped because the rows or the block changed: its counts include results that were not written.
  const withheld = outcome.report.error?.code === "ROWS_CHANGED" || outcome.report.error?.code === "FOREIGN_CONTENT";
  const title =
    outcome.status === "completed"
      ? t(lang, "done")
      : outcome.status === "cancelled"
        ? t(lang, "cancelled")
        : t(lang, "failed");
  return (
    <div data-testid="results" data-status={outcome.status}>
      <div
        ref={summaryRef}
        tabIndex={-1}
        role="region"
        aria-label={t(lang, "resultsSummary")}
        data-testid="results-summary"
        style={{ outline: "none", scrollMarginTop: 8 }}
      >
        <MessageBar intent={intent} style={{ marginTop: 8 }}>
          <MessageBarBody>
            <b>{title}</b> — {t(lang, "rowsScreened")}: {outcome.report.rowsScreened.toLocaleString()} /{" "}
            {outcome.total.toLocaleString()}
            {outcome.status !== "completed" && outcome.report.rowsScreened > 0 ? ` ${t(lang, "cancelledNote")}` : ""}
            {outcome.report.error ? ` ${outcome.report.error.text[lang]}` : ""}
            <span style={{ display: "block" }} data-testid="lists-in-force">
              {t(lang, "listsInForce")}:{" "}
              {props.listNames.length > 0 ? props.listNames.join(lang === "ja" ? "、" : "; ") : t(lang, "noList")}
            </span>
          </MessageBarBody>
        </MessageBar>
        {!withheld && outcome.endUserList.all > 0 && (
          <MessageBar intent="warning" style={{ marginTop: 8 }} data-testid="end-user-list-rows">
            <MessageBarBody>
              {t(lang, "endUserListRows")
                .replace("{all}", outcome.endUserList.all.toLocaleString())
                .replace("{only}", outcome.endUserList.only.toLocaleString())}
            </MessageBarBody>
          </MessageBar>
        )}
        {withheld && (
          <p className={s.hint} data-testid="counts-withheld">
            {t(lang, "countsWithheld")}
          </p>
        )}
        {!withheld && (
          <h3 className={s.stepTitle} style={{ marginTop: 12 }}>
            {t(lang, "results")}
          </h3>
        )}
        {!withheld && (
          <div className={s.counts} data-testid="counts">
            {DECISIONS.map((d) => (
              <React.Fragment key={d}>
                <DecisionBadge decision={d} lang={lang} />
                <span data-count={d}>{outcome.counts[d].toLocaleString()}</span>
              </React.Fragment>
            ))}
            {outcome.blank > 0 && (
              <>
                <span>{t(lang, "blankRows")}</span>
                <span>{outcome.blank.toLocaleString()}</span>
              </>
            )}
          </div>
        )}
      </div>
      {!withheld && (
        <h3 className={s.stepTitle} style={{ marginTop: 12 }}>
          {t(lang, "attention")} ({outcome.attentionTotal.toLocaleString()})
        </h3>
      )}
      {!withheld && (props.staleSince ?? 0) > 0 && (
        <p className={s.hint} data-testid="attention-outdated">
          {t(lang, "attentionOutdated").replace("{n}", (props.staleSince ?? 0).toLocaleString())}
        </p>
      )}
      {withheld ? null : outcome.attentionTotal === 0 ? (
        <span className={s.hint}>{t(lang, "noAttention")}</span>
      ) : (
        <AttentionList lang={lang} rows={outcome.attention} onSelect={props.onSelect} />
      )}
    </div>
  );
}

function DetailView(props: {
  lang: Lang;
  engine: EngineClient;
  row: AttentionRow;
  regionSheet: string;
  region: DetectedData["region"];
  columns: Array<CanonicalField | null>;
  screenedAt: string;
  onBack(): void;
  onAllowListChanged(json: string): void;
  onRowUpdated(decision: Decision): void;
}): React.ReactElement {
  const { lang, engine, row, region, columns } = props;
  const [result, setResult] = React.useState<ScreenResult | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<string | null>(null);
  const [message, setMessage] = React.useState<string | undefined>();
  const [match, setMatch] = React.useState<PartyMatch | null>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    (async () => {
      try {
        await selectRow(region, row.row);
        const raw = await readRow(region, row.row);
        const { result: r } = await engine.detail(raw, columns, lang, props.screenedAt);
        if (live) setResult(r);
      } catch (e) {
        if (live)
          setError(
            e instanceof SheetProblem
              ? e.text[lang]
              : `${t(lang, "errorTitle")}: ${e instanceof Error ? e.message : String(e)}`,
          );
      } finally {
        if (live) setLoading(false);
      }
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only when another row is selected, not on every render
  }, [row.row]);

  const saveAllow = async (reviewer: string, reason: string) => {
    if (!match) return;
    setBusy(true);
    try {
      const today = screenedAtText(new Date()).slice(0, 10);
      const json = await engine.allow({ partyName: match.query, matchId: match.id, reviewer, date: today, reason });
      await saveAllowListJson(
        json,
        {
          time: new Date().toISOString(),
          kind: "allow-list",
          sheet: region.sheet,
          range: a1(region.sheet, row.row, region.firstCol, 1, region.colCount),
          engineVersion: result?.versions.engine ?? "",
          rulesVersion: result?.versions.rules ?? "",
          lists: result?.versions.lists ?? {},
          rowsScreened: 1,
          rowsTotal: 1,
          counts: {},
          status: "completed",
          detail: `"${match.query}" ≠ ${match.id} ${match.entryName}; ${reviewer}; ${today}; ${reason}`,
        },
        lang,
      );
      props.onAllowListChanged(json);
      const raw = await readRow(region, row.row);
      const again = await engine.detail(raw, columns, lang, screenedAtText(new Date()));
      await writeBlockRow(region, row.row, again.cells, { raw, columns });
      setResult(again.result);
      props.onRowUpdated(again.result.decision);
      setMessage(t(lang, "allowSaved"));
      setMatch(null);
    } catch (e) {
      setError(
        e instanceof SheetProblem
          ? e.text[lang]
          : `${t(lang, "errorTitle")}: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const title = `${t(lang, "row")} ${row.row + 1}${row.orderId ? ` · ${row.orderId}` : ""} (${columnLetter(region.firstCol)}${row.row + 1})`;
  return (
    <>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <React.Suspense fallback={<Spinner size="small" label={t(lang, "loadingDetail")} />}>
        <RowDetail
          lang={lang}
          title={title}
          result={result}
          loading={loading}
          writtenDecision={message ? undefined : row.decision}
          message={message}
          onBack={props.onBack}
          onNotThisParty={(m) => setMatch(m)}
        >
          <TrainerTools
            key={row.row}
            lang={lang}
            whatIf={async (changes) => engine.whatIf(await readRow(region, row.row), columns, changes)}
            comparePacks={async () => engine.comparePacks(await readRow(region, row.row), columns)}
          />
        </RowDetail>
        <NotThisPartyDialog lang={lang} match={match} busy={busy} onCancel={() => setMatch(null)} onSave={saveAllow} />
      </React.Suspense>
    </>
  );
}
