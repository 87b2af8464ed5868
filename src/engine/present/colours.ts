/**
 * Colour of a decision, as a token every surface maps the same way: the sheet's cell fill, the pane's badge,
 * the CLI's xlsx summary. Fills are light enough for the ink colour (contrast ≥ 4.5:1, checked in tests).
 */
import type { Decision } from "../types";

export type ColourToken = "prohibited" | "licence-required" | "review" | "no-licence" | "not-screened";

export const DECISION_COLOUR: Record<Decision, ColourToken> = {
  PROHIBITED: "prohibited",
  LICENSE_REQUIRED: "licence-required",
  REVIEW: "review",
  NO_LICENSE: "no-licence",
};

/** Fill per token (hex) and the one ink colour written on every fill. */
export const COLOUR_FILL: Record<ColourToken, string> = {
  prohibited: "#F4A7A7",
  "licence-required": "#F8C99A",
  review: "#FBE89A",
  "no-licence": "#C6E7C1",
  "not-screened": "#D9D9D9",
};
export const COLOUR_INK = "#1B1B1B";
