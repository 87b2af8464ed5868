/** "Not this party": the reviewer records that a counterparty is not the listed entry (kept in the workbook). */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Textarea,
} from "@fluentui/react-components";
import type { Lang, PartyMatch } from "../../engine/types";
import { t } from "../strings";

const REVIEWER_KEY = "anpo-screen.reviewer";

function lastReviewer(): string {
  try {
    return localStorage.getItem(REVIEWER_KEY) ?? "";
  } catch {
    return "";
  }
}

export function NotThisPartyDialog(props: {
  lang: Lang;
  match: PartyMatch | null;
  busy: boolean;
  onCancel(): void;
  onSave(reviewer: string, reason: string): void;
}): React.ReactElement {
  const { lang, match, busy } = props;
  const [reviewer, setReviewer] = React.useState(lastReviewer);
  const [reason, setReason] = React.useState("");
  // A new match starts with an empty reason (state reset while rendering, as React documents for derived state).
  const matchKey = `${match?.id ?? ""}\u0000${match?.query ?? ""}`;
  const [reasonFor, setReasonFor] = React.useState(matchKey);
  if (reasonFor !== matchKey) {
    setReasonFor(matchKey);
    setReason("");
  }
  const ok = reviewer.trim() !== "" && reason.trim() !== "";
  return (
    <Dialog open={match !== null} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface data-testid="not-this-party-dialog">
        <DialogBody>
          <DialogTitle>{t(lang, "notThisPartyTitle")}</DialogTitle>
          <DialogContent>
            {match && (
              <p style={{ marginTop: 0 }}>
                <b>{match.query}</b> ≠ {match.listName} #{match.entryId} <b>{match.entryName}</b>
              </p>
            )}
            <p style={{ fontSize: 12 }}>{t(lang, "notThisPartyHint")}</p>
            <Field label={t(lang, "reviewer")} required>
              <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} data-testid="reviewer" />
            </Field>
            <Field label={t(lang, "reason")} required>
              <Textarea
                value={reason}
                onChange={(_, d) => setReason(d.value)}
                placeholder={t(lang, "reasonPlaceholder")}
                data-testid="reason"
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onCancel} disabled={busy}>
              {t(lang, "close")}
            </Button>
            <Button
              appearance="primary"
              disabled={!ok || busy}
              data-testid="save-allow"
              onClick={() => {
                try {
                  localStorage.setItem(REVIEWER_KEY, reviewer.trim());
                } catch {
                  // not remembered; harmless
                }
                props.onSave(reviewer.trim(), reason.trim());
              }}
            >
              {t(lang, "save")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
