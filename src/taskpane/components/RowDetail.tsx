/**
 * One row's decision explained: the path through the rules (picture), reasons with legal citations, red
 * flags with evidence, party matches with the matched name and score, and "Not this party".
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, PartyMatch, ScreenResult } from "../../engine/types";
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
  cite: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, display: "block" },
  match: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const CONFIDENCE: Record<string, { ja: string; en: string }> = {
  law: { ja: "法令", en: "law" },
  meti: { ja: "経産省資料", en: "METI document" },
  secondary: { ja: "二次資料", en: "secondary source" },
  inference: { ja: "推論", en: "inference" },
};

const ROLE: Record<PartyMatch["role"], { ja: string; en: string }> = {
  end_user: { ja: "需要者", en: "End user" },
  consignee: { ja: "荷受人", en: "Consignee" },
  buyer: { ja: "買主", en: "Buyer" },
};

export function RowDetail(props: {
  lang: Lang;
  title: string;
  result: ScreenResult | null;
  loading: boolean;
  writtenDecision?: string;
  message?: string;
  onBack(): void;
  onNotThisParty(match: PartyMatch): void;
}): React.ReactElement {
  const { lang, result } = props;
  const s = useStyles();
  return (
    <div data-testid="row-detail">
      <Button size="small" appearance="subtle" onClick={props.onBack}>
        ← {t(lang, "back")}
      </Button>
      <h3 style={{ margin: "6px 0" }}>
        {props.title} {result && <DecisionBadge decision={result.decision} lang={lang} />}
      </h3>
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
      {result && (
        <>
          <div className={s.section}>
            <p className={s.h}>{t(lang, "reasons")}</p>
            <ul className={s.list} data-testid="reasons">
              {result.reasons.map((r, i) => (
                <li key={i} data-code={r.code}>
                  <DecisionBadge decision={r.outcome} lang={lang} size="small" /> {r.text[lang]}
                  <span className={s.cite}>
                    {r.citation[lang]} — {t(lang, "confidence")}:{" "}
                    {CONFIDENCE[r.citation.confidence]?.[lang] ?? r.citation.confidence}
                  </span>
                </li>
              ))}
            </ul>
          </div>
          {result.notes.length > 0 && (
            <div className={s.section}>
              <p className={s.h}>{t(lang, "notes")}</p>
              <ul className={s.list}>
                {result.notes.map((n, i) => (
                  <li key={i}>{n[lang]}</li>
                ))}
              </ul>
            </div>
          )}
          <div className={s.section}>
            <p className={s.h}>{t(lang, "redFlags")}</p>
            {result.redFlags.length === 0 ? (
              <span className={s.muted}>{t(lang, "noRedFlags")}</span>
            ) : (
              <ul className={s.list} data-testid="red-flags">
                {result.redFlags.map((f, i) => (
                  <li key={i}>
                    <b>{f.code}</b> ({t(lang, f.source === "detected" ? "detected" : "answered")}): {f.evidence[lang]}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {result.guideline && <GuidelineList items={result.guideline} lang={lang} className={s.section} />}
          <div className={s.section} data-testid="party-matches">
            <p className={s.h}>{t(lang, "partyMatches")}</p>
            {result.partyMatches.length === 0 && <span className={s.muted}>{t(lang, "noMatches")}</span>}
            {result.partyMatches.map((m, i) => (
              <div key={i} className={s.match} data-match={m.id}>
                <div>
                  <b>{ROLE[m.role][lang]}</b> “{m.query}” → {m.listName} #{m.entryId} <b>{m.entryName}</b>
                </div>
                <div>
                  {t(lang, "matchedAlias")}: {m.matchedName} · {t(lang, "score")}: {m.score.toFixed(2)} ({m.band})
                  {m.entryCountry ? ` · ${m.entryCountry}` : ""}
                </div>
                {m.suppressed ? (
                  <div className={s.muted}>
                    {t(lang, "allowListed")}: {m.suppressed.reviewer}, {m.suppressed.date} — {m.suppressed.reason}
                  </div>
                ) : (
                  <Button
                    size="small"
                    appearance="outline"
                    style={{ marginTop: 4 }}
                    onClick={() => props.onNotThisParty(m)}
                    data-testid="not-this-party"
                  >
                    {t(lang, "notThisParty")}
                  </Button>
                )}
              </div>
            ))}
          </div>
          <div className={s.section}>
            <p className={s.h}>{t(lang, "path")}</p>
            <p className={s.muted} style={{ fontSize: 11, margin: "0 0 4px 0" }}>
              {t(lang, "pathHint")}
            </p>
            <FlowDiagram path={result.path} lang={lang} />
          </div>
        </>
      )}
    </div>
  );
}
