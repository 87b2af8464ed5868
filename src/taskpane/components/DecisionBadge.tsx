/** The decision as a coloured label (the presentation model's colour token, as in the sheet's decision cells). */
import * as React from "react";
import { COLOUR_FILL, COLOUR_INK, DECISION_COLOUR, decisionLabel } from "../../engine/present";
import type { Decision, Lang } from "../../engine/types";

export function DecisionBadge({
  decision,
  lang,
  size = "medium",
}: {
  decision: Decision;
  lang: Lang;
  size?: "small" | "medium";
}): React.ReactElement {
  return (
    <span
      data-decision={decision}
      style={{
        display: "inline-block",
        background: COLOUR_FILL[DECISION_COLOUR[decision]],
        color: COLOUR_INK,
        borderRadius: 4,
        padding: size === "small" ? "0 6px" : "2px 8px",
        fontSize: size === "small" ? 12 : 13,
        fontWeight: 600,
        whiteSpace: "nowrap",
      }}
    >
      {decisionLabel(decision, lang)}
    </span>
  );
}
