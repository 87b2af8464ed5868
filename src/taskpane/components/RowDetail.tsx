/**
 * One row's decision explained: the path through the rules (picture), reasons with legal citations, red
 * flags with evidence, party matches with the matched name and score, and "Not this party".
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, PartyMatch, ScreenResult } from "../../engine/types";
import { NO_RED_FLAGS, presentResult } from "../../engine/present";
import { DecisionBadge } from "./DecisionBadge";
import { FlowDiagram } from "./FlowDiagram";
import { GuidelineList } from "./GuidelineList";
import { t } from "../strings";

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalM },
  h: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
  },
  list: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  cite: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, display: "block" },
  match: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function RowDetail(props: {
  lang: Lang;
  title: string;
  result: ScreenResult | null;
  loading: boolean;
  writtenDecision?: string;
  message?: string;
  onBack(): void;
  onNotThisParty(match: PartyMatch): void;
  /** Trainer tools (what-if, the pack comparison: TrainerTools.tsx), shown above the decision path. */
  children?: React.ReactNode;
}): React.ReactElement {
  const { lang, result } = props;
  const s = useStyles();
  // The same presentation the sheet, the CLI and the custom functions format.
  const p = React.useMemo(() => (result ? presentResult(result, lang) : null), [result, lang]);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => headingRef.current?.focus(), []);
  return (
    <div data-testid="row-detail">
      <Button size="small" appearance="subtle" onClick={props.onBack} data-testid="detail-back">
        ← {t(lang, "back")}
      </Button>
      <h2 style={{ margin: "6px 0", fontSize: 16 }} tabIndex={-1} ref={headingRef} data-testid="detail-heading">
        {props.title} {p && <DecisionBadge decision={p.code} lang={lang} />}
      </h2>
      {props.loading && <Spinner size="tiny" />}
      {props.message && (
        <MessageBar intent="success">
          <MessageBarBody>{props.message}</MessageBarBody>
        </MessageBar>
      )}
      {result && props.writtenDecision && props.writtenDecision !== result.decision && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(lang, "decisionChanged")}</MessageBarBody>
        </MessageBar>
      )}
      {result && p && (
        <>
          <section className={s.section} aria-labelledby="detail-reasons">
            <h3 className={s.h} id="detail-reasons">
              {t(lang, "reasons")}
            </h3>
            <ul className={s.list} data-testid="reasons">
              {p.reasons.map((r, i) => (
                <li key={i} data-code={r.code}>
                  <DecisionBadge decision={r.outcome} lang={lang} size="small" /> {r.text}
                  <span className={s.cite}>
                    {r.citation} — {t(lang, "confidence")}: {r.confidence}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          {p.notes.length > 0 && (
            <section className={s.section} aria-labelledby="detail-notes">
              <h3 className={s.h} id="detail-notes">
                {t(lang, "notes")}
              </h3>
              <ul className={s.list}>
                {p.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </section>
          )}
          <section className={s.section} aria-labelledby="detail-flags">
            <h3 className={s.h} id="detail-flags">
              {t(lang, "redFlags")}
            </h3>
            {p.redFlags.length === 0 ? (
              <span className={s.muted}>{NO_RED_FLAGS[lang]}</span>
            ) : (
              <ul className={s.list} data-testid="red-flags">
                {p.redFlags.map((f, i) => (
                  <li key={i}>
                    <b>{f.code}</b> ({t(lang, f.source === "detected" ? "detected" : "answered")}): {f.evidence}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {result.guideline && <GuidelineList items={result.guideline} lang={lang} className={s.section} />}
          <section className={s.section} data-testid="party-matches" aria-labelledby="detail-matches">
            <h3 className={s.h} id="detail-matches">
              {t(lang, "partyMatches")}
            </h3>
            {p.matches.length === 0 && <span className={s.muted}>{t(lang, "noMatches")}</span>}
            {p.matches.map((g) => (
              <div key={g.id} className={s.match} data-match={g.id}>
                <div>
                  {g.listName} #{g.entryId} <b>{g.entryName}</b>
                  {g.entryCountry ? ` · ${g.entryCountry}` : ""} · {t(lang, "score")}: {g.bestScore.toFixed(2)} (
                  {g.band})
                </div>
                <ul className={s.list}>
                  {g.roles.map((x, k) => (
                    <li key={k}>
                      <b>{x.roleLabel}</b> “{x.query}” · {t(lang, "matchedAlias")}: {x.matchedName} · {t(lang, "score")}
                      : {x.score.toFixed(2)} ({x.band})
                      {x.match.suppressed ? (
                        <div className={s.muted}>
                          {t(lang, "allowListed")}: {x.match.suppressed.reviewer}, {x.match.suppressed.date} —{" "}
                          {x.match.suppressed.reason}
                        </div>
                      ) : (
                        <div>
                          <Button
                            size="small"
                            appearance="outline"
                            style={{ marginTop: 4 }}
                            onClick={() => props.onNotThisParty(x.match)}
                            data-testid="not-this-party"
                          >
                            {t(lang, "notThisParty")}
                          </Button>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          {props.children && <div className={s.section}>{props.children}</div>}
          <section className={s.section} aria-labelledby="detail-path">
            <h3 className={s.h} id="detail-path">
              {t(lang, "path")}
            </h3>
            <p className={s.muted} style={{ fontSize: 12, margin: "0 0 4px 0" }}>
              {t(lang, "pathHint")}
            </p>
            <FlowDiagram path={result.path} lang={lang} pack={result.pack} />
          </section>
        </>
      )}
    </div>
  );
}
