/**
 * What changed on 2025-10-09, for the row in the detail view: the decision under today's rule pack and the one
 * before it side by side, the reasons that carry each decision, the nodes where the two paths part, and (behind a
 * disclosure) each pack's path drawn from that pack's own flow.
 * The engine does the work (engine/rules/comparePacks.ts).
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Text } from "../../engine/types";
import type { PackComparisonView } from "../../engine/rules/comparePacks";
import { answerLabel } from "../../engine/i18n/answers";
import { DecisionBadge } from "./DecisionBadge";
import { FlowDiagram } from "./FlowDiagram";

const T = {
  title: { ja: "2025年10月9日の改正前後の比較", en: "Before and after 2025-10-09" },
  show: { ja: "改正前の規制でも判定する", en: "Screen under the earlier rules too" },
  differ: { ja: "判定が異なります。", en: "The decisions differ." },
  same: { ja: "判定は同じです。", en: "The decisions are the same." },
  parts: { ja: "経路が分かれる節点", en: "Nodes where the paths part" },
  samePath: { ja: "経路は同じです。", en: "The paths are the same." },
  notPassed: { ja: "通らない", en: "not passed" },
  ruleChanged: { ja: "同じ答えで規定が異なる", en: "same answer, different rule" },
  failed: { ja: "比較できませんでした", en: "Could not compare" },
  paths: { ja: "それぞれの規制での経路", en: "The path under each pack" },
} satisfies Record<string, Text>;

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  sides: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "6px" },
  side: { border: `1px solid ${tokens.colorNeutralStroke3}`, borderRadius: "4px", padding: "4px", minWidth: 0 },
  id: { fontSize: "10px", color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  title: { fontWeight: tokens.fontWeightSemibold, margin: "0 0 2px 0" },
  list: { margin: "2px 0", paddingLeft: "16px" },
  muted: { color: tokens.colorNeutralForeground2 },
  pathBox: { marginTop: "6px", paddingTop: "4px", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

export function PackComparison(props: { lang: Lang; run(): Promise<PackComparisonView> }): React.ReactElement {
  const { lang } = props;
  const s = useStyles();
  const [view, setView] = React.useState<PackComparisonView | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [showPaths, setShowPaths] = React.useState(false);
  const load = async () => {
    setError(null);
    try {
      setView(await props.run());
    } catch (e) {
      setError(`${T.failed[lang]}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section className={s.box} aria-labelledby="packs-title" data-testid="pack-comparison">
      <h3 id="packs-title" style={{ fontSize: 14, margin: "0 0 4px 0" }}>
        {T.title[lang]}
      </h3>
      {!view && (
        <Button size="small" onClick={() => void load()} data-testid="pack-compare">
          {T.show[lang]}
        </Button>
      )}
      {error && <p role="alert">{error}</p>}
      {view && (
        <div aria-live="polite" data-testid="pack-result" data-differs={String(view.decisionDiffers)}>
          <div className={s.sides}>
            {[
              { side: view.a, why: view.decisiveA },
              { side: view.b, why: view.decisiveB },
            ].map(({ side, why }) => (
              <div key={side.id} className={s.side} data-pack={side.id}>
                <div className={s.title}>{side.title[lang]}</div>
                <div className={s.id}>{side.id}</div>
                <DecisionBadge decision={side.result.decision} lang={lang} size="small" />
                {why.length > 0 && (
                  <ul className={s.list}>
                    {why.map((r, i) => (
                      <li key={i}>{r.text[lang]}</li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
          <p style={{ margin: "6px 0 2px 0" }}>
            <b>{view.decisionDiffers ? T.differ[lang] : T.same[lang]}</b>
          </p>
          {view.parts.length ? (
            <>
              <b>{T.parts[lang]}</b>
              <ul className={s.list} data-testid="pack-parts">
                {view.parts.map((p) => (
                  <li key={p.nodeId}>
                    {p.label[lang]}:{" "}
                    {p.a === p.b
                      ? lang === "ja"
                        ? `${answerLabel(p.a!, lang)}（${T.ruleChanged[lang]}）`
                        : `${answerLabel(p.a!, lang)} (${T.ruleChanged[lang]})`
                      : `${p.a ? answerLabel(p.a, lang) : T.notPassed[lang]} / ${p.b ? answerLabel(p.b, lang) : T.notPassed[lang]}`}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className={s.muted}>{T.samePath[lang]}</p>
          )}
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={showPaths}
            onClick={() => setShowPaths(!showPaths)}
            data-testid="pack-show-paths"
          >
            {showPaths ? "▾ " : "▸ "}
            {T.paths[lang]}
          </Button>
          {showPaths &&
            [view.a, view.b].map((side) => (
              <div key={side.id} className={s.pathBox} data-testid="pack-path" data-pack={side.id}>
                <FlowDiagram path={side.result.path} lang={lang} pack={side.id} />
              </div>
            ))}
        </div>
      )}
    </section>
  );
}
