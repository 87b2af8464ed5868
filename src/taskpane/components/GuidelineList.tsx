/** The 明らかガイドライン items of one row with their state (row detail). Labels come from the engine. */
import type { GuidelineItemState, Lang } from "../../engine/types";
import { GUIDELINE_HEADING, GUIDELINE_NOTE, GUIDELINE_STATE_LABELS } from "../../engine/i18n/guideline";

const COLOUR: Record<GuidelineItemState["state"], string> = {
  satisfied: "#107c10",
  concern: "#a4262c",
  contradicted: "#a4262c",
  closed: "#a4262c",
  cannotConfirm: "#8a6d00",
  notApplicable: "#616161",
  notChecked: "#8a6d00",
  unreadable: "#8a6d00",
};

export function GuidelineList(props: { items: GuidelineItemState[]; lang: Lang; className?: string }) {
  const { items, lang } = props;
  return (
    <div className={props.className} data-testid="guideline-items">
      <p style={{ fontWeight: 600, margin: "4px 0" }}>{GUIDELINE_HEADING[lang]}</p>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {items.map((it) => (
          <li key={it.id} data-item={it.id} data-state={it.state}>
            {it.number} {it.text[lang]} —{" "}
            <b style={{ color: COLOUR[it.state] }}>{GUIDELINE_STATE_LABELS[it.state][lang]}</b>
            {it.evidence ? `: ${it.evidence[lang]}` : ""}
          </li>
        ))}
      </ul>
      <span style={{ fontSize: 11, color: "#616161" }}>{GUIDELINE_NOTE[lang]}</span>
    </div>
  );
}
