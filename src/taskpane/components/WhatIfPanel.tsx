/**
 * What-if in the row detail: change one fact at a time (destination, HS code, list control, the end user's activity,
 * a list match, a red-flag or guideline answer …) and see the decision, the reasons and the path change at once.
 * Nothing is written to the sheet; Reset returns to the row as read. The engine does the work (engine/whatif).
 */
import * as React from "react";
import { Button, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Text } from "../../engine/types";
import { CANONICAL_FIELDS } from "../../engine/types";
import type { WhatIfChange, WhatIfField, WhatIfResult } from "../../engine/whatif/whatIf";
import { LIST_MATCH_FIELD, LIST_MATCH_VALUES } from "../../engine/whatif/whatIf";
import { FIELD_LABELS } from "../../engine/headers";
import { answerLabel } from "../../engine/i18n/answers";
import { packOf } from "../../engine/rules/packs";
import { DecisionBadge } from "./DecisionBadge";
import { FlowDiagram } from "./FlowDiagram";

const T = {
  title: { ja: "もしも（シートは変更しません）", en: "What if (the sheet is not changed)" },
  hint: {
    ja: "事実を一つずつ変えると、判定・理由・経路がすぐに変わります。",
    en: "Change one fact at a time; the decision, reasons and path change at once.",
  },
  field: { ja: "変える項目", en: "Fact to change" },
  value: { ja: "新しい値", en: "New value" },
  apply: { ja: "変える", en: "Apply" },
  reset: { ja: "元に戻す", en: "Reset" },
  changes: { ja: "変えた事実", en: "Changed" },
  decision: { ja: "判定", en: "Decision" },
  unchanged: { ja: "（変わりません）", en: "(unchanged)" },
  gained: { ja: "新たな理由", en: "New reasons" },
  lost: { ja: "なくなる理由", en: "Reasons gone" },
  fork: { ja: "経路が分かれる点: 第{n}段階", en: "The path parts at step {n}" },
  samePath: { ja: "経路は同じです。", en: "The path is the same." },
  was: { ja: "元", en: "was" },
  now: { ja: "後", en: "now" },
  blank: { ja: "（空欄）", en: "(blank)" },
  listMatch: { ja: "リストとの一致（仮定）", en: "List match (assumed)" },
  newPath: { ja: "変えた後の経路", en: "Path after the change" },
  failed: { ja: "再判定できませんでした", en: "Could not screen again" },
} satisfies Record<string, Text>;

const LIST_MATCH_LABELS: Record<(typeof LIST_MATCH_VALUES)[number], Text> = {
  eul: { ja: "需要者が外国ユーザーリストに掲載", en: "End user on the End User List" },
  eul_possible: { ja: "外国ユーザーリストと一致の可能性", en: "Possible End User List match" },
  eul_other_party: { ja: "荷受人が外国ユーザーリストに掲載", en: "Consignee on the End User List" },
  other_list: { ja: "他のリスト（自社等）と一致", en: "Match on another list (own …)" },
  none: { ja: "一致なし", en: "No match" },
};

/** The facts offered first; every other canonical field follows. */
const FIRST: WhatIfField[] = [
  "destination",
  "hs_code",
  "list_control",
  "end_user_weapons_activity",
  "known_weapons_use",
  "meti_inform",
  LIST_MATCH_FIELD,
  "clearly_not_for_weapons",
];
const FIELDS: WhatIfField[] = [...FIRST, ...CANONICAL_FIELDS.filter((f) => f !== "order_id" && !FIRST.includes(f))];

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  form: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "end", marginBottom: "6px" },
  grow: { flexGrow: 1, minWidth: "120px", display: "flex", flexDirection: "column", gap: "2px" },
  list: { margin: "2px 0", paddingLeft: "18px" },
  muted: { color: tokens.colorNeutralForeground2 },
  line: { margin: "4px 0" },
});

export const fieldLabel = (f: WhatIfField, lang: Lang): string =>
  f === LIST_MATCH_FIELD ? T.listMatch[lang] : FIELD_LABELS[f] ? `${FIELD_LABELS[f][lang]} (${f})` : f;

export function WhatIfPanel(props: {
  lang: Lang;
  run(changes: WhatIfChange[]): Promise<WhatIfResult>;
}): React.ReactElement {
  const { lang } = props;
  const s = useStyles();
  const [field, setField] = React.useState<WhatIfField>("destination");
  const [value, setValue] = React.useState("");
  const [changes, setChanges] = React.useState<WhatIfChange[]>([]);
  const [result, setResult] = React.useState<WhatIfResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [showPath, setShowPath] = React.useState(false);
  const fieldId = React.useId();
  const valueId = React.useId();

  const apply = async (next: WhatIfChange[]) => {
    setChanges(next);
    setError(null);
    if (!next.length) return setResult(null);
    try {
      setResult(await props.run(next));
    } catch (e) {
      setError(`${T.failed[lang]}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const onApply = () => {
    const v = field === LIST_MATCH_FIELD && !value ? LIST_MATCH_VALUES[0] : value;
    void apply([...changes.filter((c) => c.field !== field), { field, value: v }]);
  };
  // Steps are named from the pack each path was walked in (a shipment date may choose the earlier rules).
  const step = (id: string, answer: string, pack?: string) =>
    `${packOf(pack).nodes.get(id)?.label[lang] ?? id} → ${answerLabel(answer, lang)}`;

  return (
    <section className={s.box} aria-labelledby="whatif-title" data-testid="what-if">
      <h3 id="whatif-title" style={{ fontSize: 14, margin: "0 0 4px 0" }}>
        {T.title[lang]}
      </h3>
      <p className={s.muted} style={{ margin: "0 0 6px 0" }}>
        {T.hint[lang]}
      </p>
      <div className={s.form}>
        <div className={s.grow}>
          <label htmlFor={fieldId}>{T.field[lang]}</label>
          <Select
            id={fieldId}
            size="small"
            value={field}
            onChange={(_, d) => {
              setField(d.value as WhatIfField);
              setValue("");
            }}
            data-testid="what-if-field"
          >
            {FIELDS.map((f) => (
              <option key={f} value={f}>
                {fieldLabel(f, lang)}
              </option>
            ))}
          </Select>
        </div>
        <div className={s.grow}>
          <label htmlFor={valueId}>{T.value[lang]}</label>
          {field === LIST_MATCH_FIELD ? (
            <Select
              id={valueId}
              size="small"
              value={value || LIST_MATCH_VALUES[0]}
              onChange={(_, d) => setValue(d.value)}
              data-testid="what-if-value"
            >
              {LIST_MATCH_VALUES.map((v) => (
                <option key={v} value={v}>
                  {LIST_MATCH_LABELS[v][lang]}
                </option>
              ))}
            </Select>
          ) : (
            <Input
              id={valueId}
              size="small"
              value={value}
              onChange={(_, d) => setValue(d.value)}
              onKeyDown={(e) => e.key === "Enter" && onApply()}
              data-testid="what-if-value"
            />
          )}
        </div>
        <Button size="small" appearance="primary" onClick={onApply} data-testid="what-if-apply">
          {T.apply[lang]}
        </Button>
        <Button size="small" onClick={() => void apply([])} disabled={!changes.length} data-testid="what-if-reset">
          {T.reset[lang]}
        </Button>
      </div>
      {error && <p role="alert">{error}</p>}
      {changes.length > 0 && (
        <p className={s.line} data-testid="what-if-changes">
          {T.changes[lang]}:{" "}
          {changes.map((c) => `${fieldLabel(c.field, lang)} = ${c.value === "" ? T.blank[lang] : c.value}`).join(", ")}
        </p>
      )}
      {result && (
        <div aria-live="polite" data-testid="what-if-result">
          <p className={s.line}>
            {T.decision[lang]}: <DecisionBadge decision={result.before.decision} lang={lang} size="small" />
            {result.decisionChanged ? (
              <>
                {" → "}
                <DecisionBadge decision={result.after.decision} lang={lang} size="small" />
              </>
            ) : (
              ` ${T.unchanged[lang]}`
            )}
          </p>
          {result.gained.length > 0 && (
            <>
              <b>{T.gained[lang]}</b>
              <ul className={s.list} data-testid="what-if-gained">
                {result.gained.map((r, i) => (
                  <li key={i}>
                    <DecisionBadge decision={r.outcome} lang={lang} size="small" /> {r.text[lang]}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.lost.length > 0 && (
            <>
              <b>{T.lost[lang]}</b>
              <ul className={s.list} data-testid="what-if-lost">
                {result.lost.map((r, i) => (
                  <li key={i}>{r.text[lang]}</li>
                ))}
              </ul>
            </>
          )}
          {result.fork ? (
            <>
              <b>{T.fork[lang].replace("{n}", String(result.fork.index + 1))}</b>
              <ul className={s.list} data-testid="what-if-fork">
                {result.fork.before.map((st, i) => (
                  <li key={`b${i}`} className={s.muted}>
                    {T.was[lang]}: {step(st.nodeId, st.answer, result.before.pack)}
                  </li>
                ))}
                {result.fork.after.map((st, i) => (
                  <li key={`a${i}`}>
                    {T.now[lang]}: {step(st.nodeId, st.answer, result.after.pack)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className={s.line}>{T.samePath[lang]}</p>
          )}
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={showPath}
            onClick={() => setShowPath(!showPath)}
            data-testid="what-if-show-path"
          >
            {showPath ? "▾ " : "▸ "}
            {T.newPath[lang]}
          </Button>
          {showPath && <FlowDiagram path={result.after.path} lang={lang} pack={result.after.pack} />}
        </div>
      )}
    </section>
  );
}
