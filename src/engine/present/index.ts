/**
 * The engine's presentation code: one model of a result (model.ts) that every surface formats — the CLI's
 * columns (columns.ts), cell texts for the sheet and the custom functions (cells.ts), the pane's views.
 */
export { decisionLabel, ROLE_LABELS, CONFIDENCE_LABELS, NO_RED_FLAGS } from "./labels";
export { DECISION_COLOUR, COLOUR_FILL, COLOUR_INK } from "./colours";
export type { ColourToken } from "./colours";
export {
  presentResult,
  presentGuidelineItem,
  needsAttention,
  severityOf,
  groupMatches,
  endUserListNotChecked,
} from "./model";
export type {
  Presentation,
  PresentedReason,
  PresentedRedFlag,
  PresentedMatchGroup,
  PresentedMatchRole,
  PresentedGuidelineItem,
} from "./model";
export {
  reasonsCell,
  redFlagsCell,
  matchesCell,
  matchGroupLine,
  explanationCell,
  guidelineCell,
  guidelineCodes,
} from "./cells";
export { OUTPUT_COLUMNS, toOutputColumns, explanationText } from "./columns";
export type { OutputColumns } from "./columns";
