/**
 * The decision flow as a picture that reads in a narrow pane, drawn from the flow of the rule pack the row was
 * decided under (the same definition the engine walked: engine/rules/packs/): the path the row took in full — each step's question, the answer given, the
 * outcome a deciding answer contributed and the legal citation, as text that keyboard and screen-reader users
 * reach like any other — joined by a line; the steps the row did not take are collapsed behind "show all".
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { packOf } from "../../engine/rules/packs";
import type { FlowNode } from "../../engine/rules/flowTypes";
import { answerLabel } from "../../engine/i18n/answers";
import type { Lang, StepTaken } from "../../engine/types";
import { DecisionBadge } from "./DecisionBadge";
import { t } from "../strings";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  step: {
    position: "relative",
    paddingLeft: "22px",
    paddingBottom: tokens.spacingVerticalS,
    // The connecting line of the picture.
    "::before": {
      content: '""',
      position: "absolute",
      left: "6px",
      top: "14px",
      bottom: 0,
      borderLeft: `2px solid ${tokens.colorBrandStroke1}`,
    },
    ":last-child::before": { display: "none" },
  },
  dot: {
    position: "absolute",
    left: 0,
    top: "4px",
    width: "10px",
    height: "10px",
    borderRadius: "50%",
    border: `2px solid ${tokens.colorBrandStroke1}`,
    background: tokens.colorNeutralBackground1,
  },
  dotDecides: { background: tokens.colorBrandBackground },
  question: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  answer: { fontSize: tokens.fontSizeBase200, margin: "2px 0 0 0" },
  cite: { fontSize: "12px", color: tokens.colorNeutralForeground2, margin: "2px 0 0 0", lineHeight: "16px" },
  untaken: {
    position: "relative",
    paddingLeft: "22px",
    paddingBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  untakenDot: {
    position: "absolute",
    left: "2px",
    top: "5px",
    width: "6px",
    height: "6px",
    borderRadius: "50%",
    background: tokens.colorNeutralStroke1,
  },
  number: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});

function branchOf(node: FlowNode, answer: string) {
  return node.answers[answer] ?? node.answers["*"];
}

/** `pack`: the id of the rule pack the path was walked in (ScreenResult.pack); today's pack when absent. */
export function FlowDiagram({
  path,
  lang,
  pack,
}: {
  path: readonly StepTaken[];
  lang: Lang;
  pack?: string;
}): React.ReactElement {
  const s = useStyles();
  const [all, setAll] = React.useState(false);
  const taken = new Map(path.map((st) => [st.nodeId, st.answer]));
  const rules = packOf(pack);
  const nodes = rules.flow.nodes;
  const untakenCount = nodes.filter((n) => !taken.has(n.id)).length;
  const listId = React.useId();
  let stepNo = 0;

  return (
    <div data-testid="flow-diagram" data-pack={rules.id}>
      <p className={s.cite} style={{ margin: "0 0 4px 0" }} data-testid="flow-pack">
        {t(lang, "pathPack")}: {rules.title[lang]}{" "}
        <span style={{ whiteSpace: "nowrap" }}>{lang === "ja" ? `（${rules.id}）` : `(${rules.id})`}</span>
      </p>
      <ol className={s.list} id={listId} aria-label={t(lang, "path")}>
        {nodes.map((n) => {
          const answer = taken.get(n.id);
          if (answer === undefined) {
            if (!all) return null;
            return (
              <li key={n.id} className={s.untaken} data-node={n.id} data-on-path="no">
                <span className={s.untakenDot} aria-hidden="true" />
                <span className={s.number}>{t(lang, "notAsked")}: </span>
                {n.question[lang]}
                <p className={s.cite}>{n.citation[lang]}</p>
              </li>
            );
          }
          stepNo++;
          const outcome = branchOf(n, answer)?.outcome;
          const decides = outcome !== undefined && outcome !== "NO_LICENSE";
          return (
            <li key={n.id} className={s.step} data-node={n.id} data-on-path="yes">
              <span className={`${s.dot} ${decides ? s.dotDecides : ""}`} aria-hidden="true" />
              <p className={s.question}>
                <span className={s.number}>{stepNo}. </span>
                {n.question[lang]}
              </p>
              <p className={s.answer}>
                {t(lang, "answer")}: <b>{answerLabel(answer, lang)}</b>
                {outcome && decides && (
                  <>
                    {" "}
                    → <DecisionBadge decision={outcome} lang={lang} size="small" />
                  </>
                )}
              </p>
              <p className={s.cite}>{n.citation[lang]}</p>
            </li>
          );
        })}
      </ol>
      {untakenCount > 0 && (
        <Button
          size="small"
          appearance="secondary"
          onClick={() => setAll((v) => !v)}
          aria-expanded={all}
          aria-controls={listId}
          data-testid="flow-show-all"
        >
          {all ? t(lang, "showPathOnly") : t(lang, "showAllSteps").replace("{n}", String(untakenCount))}
        </Button>
      )}
    </div>
  );
}
