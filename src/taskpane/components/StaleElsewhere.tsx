/**
 * Stale results on the other sheets of the workbook (every sheet with a block recorded in its settings):
 * one line per sheet with how many rows changed since screening, "re-screen" for that sheet's rows and
 * "go to sheet". The active sheet's stale rows are listed in full by the banner above the steps.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import type { StaleReport } from "../excel";
import { t } from "../strings";

export function StaleElsewhere(props: {
  lang: Lang;
  reports: StaleReport[];
  /** The sheet being re-screened, or null. */
  busySheet: string | null;
  disabled: boolean;
  note: string | null;
  onRescreen(report: StaleReport): void;
  onGoTo(report: StaleReport): void;
}): React.ReactElement | null {
  const { lang, reports } = props;
  if (reports.length === 0 && !props.note) return null;
  return (
    <div data-testid="stale-elsewhere" style={{ marginTop: 8 }}>
      {reports.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <b>{t(lang, "staleElsewhereTitle")}</b>
            <ul style={{ margin: "4px 0 0 0", paddingLeft: 16 }}>
              {reports.map((r) => (
                <li key={r.region.sheet} data-stale-sheet={r.region.sheet} style={{ marginBottom: 4 }}>
                  {r.legacy
                    ? t(lang, "staleElsewhereLegacy").replace("{sheet}", r.region.sheet)
                    : t(lang, "staleElsewhereLine")
                        .replace("{sheet}", r.region.sheet)
                        .replace("{n}", r.rows.length.toLocaleString())}{" "}
                  <span style={{ display: "inline-flex", gap: 4, flexWrap: "wrap" }}>
                    {!r.legacy && (
                      <Button
                        size="small"
                        onClick={() => props.onRescreen(r)}
                        disabled={props.disabled}
                        data-testid="rescreen-elsewhere"
                      >
                        {t(lang, "rescreenSheet")}
                      </Button>
                    )}
                    <Button size="small" appearance="subtle" onClick={() => props.onGoTo(r)}>
                      {t(lang, "goToSheet")}
                    </Button>
                    {props.busySheet === r.region.sheet && <Spinner size="tiny" />}
                  </span>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {props.note && (
        <p style={{ fontSize: 12, margin: "4px 0 0 0" }} data-testid="rescreen-elsewhere-note">
          {props.note}
        </p>
      )}
    </div>
  );
}
