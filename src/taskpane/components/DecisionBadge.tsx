/** The decision as a coloured label (same colours as the sheet's decision cells). */
import * as React from "react";
import { decisionLabel } from "../../engine/present";
import type { Decision, Lang } from "../../engine/types";
import { DECISION_FILLS } from "../outputBlock";

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
        background: DECISION_FILLS[decision],
        color: "#1b1b1b",
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
