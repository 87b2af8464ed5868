/**
 * Public types of the screening engine. Pure data: no Office.js, DOM or Node types.
 */

/** The four decisions, most severe first. */
export const DECISIONS = ["PROHIBITED", "LICENSE_REQUIRED", "REVIEW", "NO_LICENSE"] as const;
export type Decision = (typeof DECISIONS)[number];

export type Lang = "ja" | "en";
export interface Text {
  ja: string;
  en: string;
}

/** Canonical input fields of one order row (CSV header names of the CLI). */
export const CANONICAL_FIELDS = [
  "order_id",
  "item_description",
  "hs_code",
  "list_control",
  "destination",
  "consignee",
  "consignee_country",
  "end_user",
  "end_user_country",
  "buyer",
  "end_use",
  "transaction_type",
  "known_weapons_use",
  "end_user_weapons_activity",
  "meti_inform",
  "clearly_not_for_weapons",
  "payment_terms",
  "order_value",
  "currency",
  "transit_countries",
  "delivery_date",
  "delivery_address",
  "customer_since",
  "service_declined",
  "remarks",
  "rf01",
  "rf02",
  "rf03",
  "rf04",
  "rf05",
  "rf06",
  "rf07",
  "rf08",
  "rf09",
  "rf10",
  "rf11",
  "rf12",
  "rf13",
  "rf14",
  "rf15",
  "rf16",
  "rf17",
  "rf18",
  "rf19",
  "mg01",
  "mg02",
  "mg03",
  "mg04",
  "mg05",
  "mg06",
  "mg07",
  "mg08",
  "mg09",
  "mg10",
  "mg11",
  "mg12",
  "mg13",
  "mg14",
  "mg15",
  "mg16",
  "mg17",
  "mg18",
  "mg19",
  "mg20",
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Fields without which a sheet cannot be screened meaningfully. */
export const REQUIRED_FIELDS: readonly CanonicalField[] = ["destination", "hs_code", "list_control", "end_user"];

/**
 * One order row as the engine receives it. Values may be anything a spreadsheet cell can hold
 * (string, number, boolean, Date, null, an Excel error text such as "#N/A"); the engine normalises them.
 */
export type OrderRow = Partial<Record<CanonicalField, unknown>>;

export type ReasonCode =
  | "LIST_CONTROLLED"
  | "CLASSIFICATION_UNKNOWN"
  | "NOT_CATCH_ALL_SCOPE"
  | "HS_INVALID"
  | "HS_AMBIGUOUS"
  | "COUNTRY_UNKNOWN"
  | "COUNTRY_IN_TEXT"
  | "UNUSUAL_PAYMENT"
  | "KP_TOTAL_BAN"
  | "GROUP_A"
  | "GROUP_A_DIVERSION_RISK"
  | "GROUP_A_WEAPONS_CONCERN"
  | "ARMS_EMBARGO_DEST"
  | "SPECIFIED_ITEM_16_1"
  | "INFORM"
  | "WMD_END_USE"
  | "CW_END_USE"
  | "WMD_END_USER"
  | "CW_END_USER"
  | "END_USER_ACTIVITY_UNKNOWN"
  | "EUL_MATCH"
  | "EUL_POSSIBLE_MATCH"
  | "OTHER_LIST_MATCH"
  | "RED_FLAGS"
  | "CLEARLY_NOT_FOR_WEAPONS"
  | "CLEARLY_ROUTE_CLOSED"
  | "TECH_TRANSFER"
  | "OTHER_REGIME"
  | "MILITARY_END_USER_SUSPECTED"
  | "SECURITY_END_USER_SUSPECTED"
  | "NO_REQUIREMENT"
  | "INPUT_UNREADABLE"
  | "INPUT_CONFLICT"
  | "CLEARLY_CHECK_INCOMPLETE"
  | "CLEARLY_CONCERN"
  | "CLEARLY_CONTRADICTED"
  | "OUT_OF_SCOPE_WEAPONS_FACT"
  | "WEAPONS_USE_MENTIONED"
  | "END_USER_LIST_NOT_CHECKED"
  | "END_USER_LIST_STAND_IN";

export interface Citation {
  /** Short legal reference, e.g. 輸出令第4条第1項第3号ハ. */
  ja: string;
  en: string;
  /** Confidence of the legal reading: verified law, METI document, secondary source or inference. */
  confidence: "law" | "meti" | "secondary" | "inference";
}

export interface Reason {
  code: ReasonCode;
  /** Outcome this check contributed. */
  outcome: Decision;
  text: Text;
  citation: Citation;
  /** Node of the flow that produced it. */
  nodeId: string;
}

export type RedFlagCode =
  | "RF01"
  | "RF02"
  | "RF03"
  | "RF04"
  | "RF05"
  | "RF06"
  | "RF07"
  | "RF08"
  | "RF09"
  | "RF10"
  | "RF11"
  | "RF12"
  | "RF13"
  | "RF14"
  | "RF15"
  | "RF16"
  | "RF17"
  | "RF18"
  | "RF19";

export interface RedFlagHit {
  code: RedFlagCode;
  source: "detected" | "answered";
  evidence: Text;
}

export type MatchBand = "HIT" | "REVIEW";
export type PartyRole = "end_user" | "consignee" | "buyer";

export interface PartyMatch {
  /** `<list-id>#<entry-id>`, e.g. meti-eul#475. */
  id: string;
  listId: string;
  listName: string;
  /** True for METI's End User List (drives EUL_MATCH / EUL_POSSIBLE_MATCH). */
  isEndUserList: boolean;
  entryId: string;
  entryName: string;
  matchedName: string;
  score: number;
  band: MatchBand;
  role: PartyRole;
  query: string;
  entryCountry?: string;
  /** CW flag / WMD codes of a METI End User List entry. */
  cw?: boolean;
  wmd?: string[];
  /** Normalised forms and aligned tokens, for the explanation. */
  explain?: {
    queryNormalized: string;
    candidateNormalized: string;
    aligned: Array<[string, string, number]>;
    notes?: string[];
  };
  /** Set when an allow-list entry suppressed this match; suppressed matches do not drive the decision. */
  suppressed?: { reviewer: string; date: string; reason: string };
}

export interface PartyScreener {
  /** Screens one party name; returns matches at REVIEW band or above (suppressed ones included, marked). */
  screenParty(name: string, country: string | undefined, role: PartyRole): PartyMatch[];
  /** Versions of the loaded lists, e.g. { "meti-eul": "2025-09-29" }. */
  listVersions(): Record<string, string>;
}

export interface StepTaken {
  nodeId: string;
  answer: string;
}

export interface Versions {
  engine: string;
  rules: string;
  /** Rule pack id (rules/packs/); a row screened under another pack says so in its own versions and `pack`. */
  pack?: string;
  lists: Record<string, string>;
}

/** State of one 明らかガイドライン item (①–⑳) for a row, for the pane's detail and the output. */
export interface GuidelineItemState {
  /** mg01 … mg20 */
  id: string;
  /** ① … ⑳ */
  number: string;
  text: Text;
  /**
   * satisfied (answered yes, or n/a on a conditional item), concern (answered no), contradicted (the data disagrees),
   * closed / cannotConfirm (⑲ computed), notApplicable (⑰ without a listed end user, ⑲ outside embargo
   * destinations), notChecked (blank), unreadable.
   */
  state:
    | "satisfied"
    | "concern"
    | "contradicted"
    | "closed"
    | "cannotConfirm"
    | "notApplicable"
    | "notChecked"
    | "unreadable";
  /** The answer in the row's mgNN column. */
  answer: "yes" | "no" | "na" | "blank" | "invalid";
  evidence?: Text;
}

export interface ScreenResult {
  decision: Decision;
  reasons: Reason[];
  redFlags: RedFlagHit[];
  partyMatches: PartyMatch[];
  /** The path through the flow definition: node ids and the answers that chose each branch. */
  path: StepTaken[];
  /** Notes about the input itself (bad values, ignored cells), in both languages. */
  notes: Text[];
  versions: Versions;
  /**
   * The rule pack the row was screened under (`jp-catch-all@2025-10-09`, `jp-catch-all@2023-07-21`; rules/packs/),
   * chosen by --as-of, the row's shipment date or today. Its legal-text version is versions.rules.
   */
  pack?: string;
  /**
   * The 明らかガイドライン items and their state, when the row reached a 明らか node (a user-prong hit) or the sheet
   * has guideline columns (mg01…mg20). Absent otherwise.
   */
  guideline?: GuidelineItemState[];
}

export interface ScreenOptions {
  /** Order value (in JPY) above which cash/advance payment counts as RF05. */
  highValueJpy?: number;
  /** Reference date for "customer for under a year" (RF04); defaults to today. ISO yyyy-mm-dd. */
  today?: string;
}
