/**
 * The possible answers of every fact the flow asks about. The fact functions (rules/facts.ts) are typed to return
 * only these, and a flow node may only have branches for its fact's answers (plus the `*` fallback): a misspelt
 * answer in a rule pack is a compile error (test/rules/packs.test.ts shows one), and a test checks that every
 * answer listed here has a branch in every node that asks the fact.
 */
import { DECISIONS } from "../types";
import type { FactKey } from "./flowTypes";

const USER_PRONG = ["eul", "documented", "eulOtherParty", "possible", "unknown", "none"] as const;
const YES_NO = ["yes", "no"] as const;

export const FACT_ANSWERS = {
  inputReadable: ["readable", "unreadable", "conflict", "both"],
  technology: ["yes", "no", "invalid"],
  northKorea: ["yes", "no"],
  otherRegime: ["yes", "no"],
  countryKnown: ["yes", "no"],
  countryInText: ["yes", "no"],
  otherListMatch: ["yes", "no"],
  listControl: ["controlled", "non-controlled", "unknown"],
  hsScope: ["S1", "S1_CONDITIONAL", "S1_AMBIGUOUS", "S2", "OUT", "INVALID"],
  destinationGroup: ["A", "EMBARGO", "GENERAL", "UNKNOWN"],
  informGroupA: ["yes", "no", "invalid"],
  groupADiversion: ["yes", "no"],
  inform: ["yes", "no", "invalid"],
  wmdUse: ["yes", "no", "invalid"],
  endUserList: ["yes", "standIn", "no"],
  wmdUser: USER_PRONG,
  weaponsUse: YES_NO,
  weaponsActivity: YES_NO,
  cwScope: ["embargo", "specified", "embargoSpecified", "unknown", "hsInvalid", "no"],
  cwUse: ["yes", "no"],
  cwUser: USER_PRONG,
  cwActivity: YES_NO,
  embargoGoods: ["S1", "uncertain", "other", "notEmbargo"],
  guidelineConcern: YES_NO,
  redFlagsAnswered: YES_NO,
  guidelineContradicted: ["none", "unanswered", "answered"],
  eulCwCoded: YES_NO,
  guidelineOpen: YES_NO,
  clearlyDocumented: YES_NO,
  outOfScopeWeapons: ["yes", "no"],
  militaryName: ["yes", "security", "no"],
  useText: ["yes", "no"],
  paymentText: ["yes", "no"],
  redFlags: ["any", "allClear", "incomplete"],
  decisionSoFar: DECISIONS,
} as const satisfies Record<FactKey, readonly string[]>;

/** The answers fact K can give. */
export type AnswerOf<K extends FactKey> = (typeof FACT_ANSWERS)[K][number];
