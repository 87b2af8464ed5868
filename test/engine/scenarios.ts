/**
 * Rule scenarios written from issue 2 ("The rules"), catch-all-brief.md §2–§4 and cw-ordinance-notes.md §1.3,
 * §2.1, §4. Each row differs from the clean baseline (helpers.cleanRow) only in the fields its rule is about,
 * so a reader can check the expected decision against the brief by hand.
 *
 * `steps` pins the answer given at flow nodes (src/engine/rules/flow.ts); `has` lists reason codes that must
 * appear; `hasNot` codes that must not; `notOnPath` nodes the walk must not reach.
 */
import type { Decision, OrderRow, ReasonCode } from "../../src/engine";
import { cleanRow, allRf, allMg, type FakeEntry } from "./helpers";

export interface Scenario {
  name: string;
  row: OrderRow;
  parties?: FakeEntry[];
  /**
   * The lists in force, by id and version (default: an End User List consulted that lists nobody, or METI's list of
   * 2025-09-29 when `parties` are given). `{}` screens with no list at all.
   */
  lists?: Record<string, string>;
  decision: Decision;
  has?: ReasonCode[];
  hasNot?: ReasonCode[];
  steps?: Record<string, string>;
  notOnPath?: string[];
}

/** Destination and both party countries set to the same place. */
const at = (destination: string, iso2: string, delivery_address?: string): OrderRow => ({
  destination,
  consignee_country: iso2,
  end_user_country: iso2,
  ...(delivery_address ? { delivery_address } : {}),
});
const lathe = (over: OrderRow = {}) => cleanRow(over); // HS 8458.11: 16項(1) item 3 (旋盤)
const polyethylene = (over: OrderRow = {}) =>
  cleanRow({
    item_description: "Polyethylene pellets",
    hs_code: "3901.10",
    end_use: "Film extrusion for food packaging",
    ...over,
  }); // 16項(2), ch. 39
const toSomalia = at("Somalia", "SO");
const toThailand = at("Thailand", "TH");
const toUSA = at("USA", "US", "1200 Industrial Parkway, Dayton, OH 45402");

const EUL_END_USER: FakeEntry = {
  name: "Saigon Precision Parts Co., Ltd.",
  band: "HIT",
  entryId: "475",
  cw: true,
  wmd: ["M"],
};

export const SCENARIOS: Scenario[] = [
  // ---- baseline ---------------------------------------------------------------------------------------------
  {
    name: "baseline: non-controlled lathe HS 8458.11 to Vietnam, nothing known, 19 red flags answered no → NO_LICENSE",
    row: lathe(),
    decision: "NO_LICENSE",
    has: ["SPECIFIED_ITEM_16_1", "NO_REQUIREMENT"],
    steps: {
      TECH: "no",
      KP: "no",
      OTHER_REGIME: "no",
      COUNTRY: "yes",
      OTHER_LIST: "no",
      LIST: "non-controlled",
      HS: "S1",
      GROUP: "GENERAL",
      INFORM: "no",
      WMD_USE: "no",
      WMD_USER: "none",
      CW_SCOPE: "specified",
      CW_USE: "no",
      CW_USER: "none",
      MILITARY: "no",
      RED_FLAGS: "allClear",
      END: "NO_LICENSE",
    },
  },

  // ---- North Korea: destination or any party country → PROHIBITED ------------------------------------------
  {
    name: "polyethylene HS 3901.10 to 北朝鮮 → PROHIBITED (KP_TOTAL_BAN), walk stops at KP",
    row: polyethylene(at("北朝鮮", "")),
    decision: "PROHIBITED",
    has: ["KP_TOTAL_BAN"],
    steps: { KP: "yes" },
    notOnPath: ["LIST", "HS"],
  },
  {
    name: "destination China, end user country 'DPRK' → PROHIBITED",
    row: polyethylene({ destination: "China", consignee_country: "CN", end_user_country: "DPRK" }),
    decision: "PROHIBITED",
    has: ["KP_TOTAL_BAN"],
  },
  {
    name: "destination USA (Group A), consignee country 'PRK' → PROHIBITED",
    row: lathe({ destination: "USA", consignee_country: "PRK", end_user_country: "US" }),
    decision: "PROHIBITED",
    has: ["KP_TOTAL_BAN"],
  },
  {
    name: "list-controlled item to KP → PROHIBITED (more severe than the licence)",
    row: lathe({ ...at("KP", "KP"), list_control: "該当" }),
    decision: "PROHIBITED",
    has: ["KP_TOTAL_BAN"],
  },
  {
    name: "food (HS 0402.10) to North Korea → PROHIBITED: the ban is on all goods, not only 16項",
    row: cleanRow({ hs_code: "0402.10", ...at("North Korea", "KP") }),
    decision: "PROHIBITED",
    has: ["KP_TOTAL_BAN"],
  },

  // ---- Russia, Belarus, Iran → at least REVIEW (OTHER_REGIME) ----------------------------------------------
  {
    name: "polyethylene to Russia, nothing else → REVIEW (OTHER_REGIME)",
    row: polyethylene(at("Russia", "RU")),
    decision: "REVIEW",
    has: ["OTHER_REGIME"],
    steps: { OTHER_REGIME: "yes" },
  },
  {
    name: "destination Thailand, end user country ベラルーシ → REVIEW (OTHER_REGIME)",
    row: polyethylene({ ...toThailand, end_user_country: "ベラルーシ" }),
    decision: "REVIEW",
    has: ["OTHER_REGIME"],
  },
  {
    name: "destination IRN (Iran) → REVIEW (OTHER_REGIME)",
    row: polyethylene(at("IRN", "IR")),
    decision: "REVIEW",
    has: ["OTHER_REGIME"],
  },
  {
    name: "Russia does not lower a licence: list-controlled to Russia → LICENSE_REQUIRED",
    row: polyethylene({ ...at("ロシア", "RU"), list_control: "controlled" }),
    decision: "LICENSE_REQUIRED",
    has: ["OTHER_REGIME", "LIST_CONTROLLED"],
  },

  // ---- Country not recognised → REVIEW ---------------------------------------------------------------------
  {
    name: "destination 'Atlantis' → REVIEW (COUNTRY_UNKNOWN); the checks go on as for a general country",
    row: lathe({ destination: "Atlantis", consignee_country: "", end_user_country: "" }),
    decision: "REVIEW",
    has: ["COUNTRY_UNKNOWN"],
    steps: { COUNTRY: "no", GROUP: "UNKNOWN", END: "REVIEW" },
  },
  {
    name: "destination blank → REVIEW (COUNTRY_UNKNOWN)",
    row: lathe({ destination: "", consignee_country: "", end_user_country: "" }),
    decision: "REVIEW",
    has: ["COUNTRY_UNKNOWN"],
  },
  {
    name: "end user country 'Narnia' → REVIEW (COUNTRY_UNKNOWN)",
    row: lathe({ end_user_country: "Narnia" }),
    decision: "REVIEW",
    has: ["COUNTRY_UNKNOWN"],
  },

  // ---- Other loaded lists ----------------------------------------------------------------------------------
  {
    name: "end user on the company's own deny list → REVIEW (OTHER_LIST_MATCH)",
    row: lathe(),
    parties: [{ name: "Saigon Precision Parts Co., Ltd.", band: "HIT", listId: "own-deny", isEndUserList: false }],
    decision: "REVIEW",
    has: ["OTHER_LIST_MATCH"],
    steps: { OTHER_LIST: "yes" },
  },

  // ---- list_control ------------------------------------------------------------------------------------------
  {
    name: "list_control 該当 → LICENSE_REQUIRED (LIST_CONTROLLED); the catch-all is not walked",
    row: lathe({ list_control: "該当" }),
    decision: "LICENSE_REQUIRED",
    has: ["LIST_CONTROLLED"],
    steps: { LIST: "controlled" },
    notOnPath: ["HS", "GROUP"],
  },
  {
    name: "list_control '該当（2項(12)）' → LICENSE_REQUIRED",
    row: lathe({ list_control: "該当（2項(12)）" }),
    decision: "LICENSE_REQUIRED",
    has: ["LIST_CONTROLLED"],
  },
  {
    name: "list_control 'Controlled' → LICENSE_REQUIRED",
    row: lathe({ list_control: "Controlled" }),
    decision: "LICENSE_REQUIRED",
    has: ["LIST_CONTROLLED"],
  },
  {
    name: "list_control bare item number '3項(1)' → LICENSE_REQUIRED",
    row: lathe({ list_control: "3項(1)" }),
    decision: "LICENSE_REQUIRED",
    has: ["LIST_CONTROLLED"],
  },
  {
    name: "list_control controlled to Group A (USA) → LICENSE_REQUIRED: list control applies to every destination",
    row: lathe({ ...toUSA, list_control: "controlled" }),
    decision: "LICENSE_REQUIRED",
    has: ["LIST_CONTROLLED"],
  },
  {
    name: "list_control blank → REVIEW (CLASSIFICATION_UNKNOWN) and the catch-all still runs to the end",
    row: lathe({ list_control: "" }),
    decision: "REVIEW",
    has: ["CLASSIFICATION_UNKNOWN"],
    steps: { LIST: "unknown", HS: "S1", END: "REVIEW" },
  },
  {
    name: "list_control 未判定 → REVIEW (CLASSIFICATION_UNKNOWN)",
    row: lathe({ list_control: "未判定" }),
    decision: "REVIEW",
    has: ["CLASSIFICATION_UNKNOWN"],
  },
  {
    name: "list_control unknown does not stop the catch-all: lathe to Somalia, CW end user → LICENSE_REQUIRED",
    row: lathe({ ...toSomalia, list_control: "未判定", end_user_weapons_activity: "CW" }),
    decision: "LICENSE_REQUIRED",
    has: ["CLASSIFICATION_UNKNOWN", "CW_END_USER", "CLEARLY_ROUTE_CLOSED"],
  },
  {
    name: "list_control 'non-controlled' → no licence on a clean row",
    row: lathe({ list_control: "non-controlled" }),
    decision: "NO_LICENSE",
    hasNot: ["LIST_CONTROLLED", "CLASSIFICATION_UNKNOWN"],
  },
  {
    name: "list_control 'Non-Controlled' (case) → no licence on a clean row",
    row: lathe({ list_control: "Non-Controlled" }),
    decision: "NO_LICENSE",
    hasNot: ["LIST_CONTROLLED", "CLASSIFICATION_UNKNOWN"],
  },

  // ---- HS scope --------------------------------------------------------------------------------------------
  {
    name: "milk powder HS 0402.10 (ch. 4) → NO_LICENSE (NOT_CATCH_ALL_SCOPE)",
    row: cleanRow({ item_description: "Milk powder", hs_code: "0402.10" }),
    decision: "NO_LICENSE",
    has: ["NOT_CATCH_ALL_SCOPE"],
    steps: { HS: "OUT" },
    notOnPath: ["GROUP"],
  },
  {
    // Changed by issue 9: no catch-all for ch. 44, but a recorded weapons fact is never cleared silently.
    name: "sawn wood HS 4407.11 to Somalia, CW end user, no checklist → REVIEW (OUT_WEAPONS): 16項 does not cover ch. 44",
    row: cleanRow({ hs_code: "4407.11", ...toSomalia, end_user_weapons_activity: "CW", ...allRf("") }),
    decision: "REVIEW",
    has: ["NOT_CATCH_ALL_SCOPE", "OUT_OF_SCOPE_WEAPONS_FACT"],
    hasNot: ["CW_END_USER"],
    steps: { OUT_WEAPONS: "yes" },
  },
  {
    name: "sawn wood HS 4407.11 to Vietnam, nothing known → NO_LICENSE (OUT_WEAPONS no)",
    row: cleanRow({ hs_code: "4407.11" }),
    decision: "NO_LICENSE",
    steps: { OUT_WEAPONS: "no" },
  },
  {
    name: "wooden furniture HS 9403.60 (ch. 94) → NOT_CATCH_ALL_SCOPE",
    row: cleanRow({ hs_code: "9403.60" }),
    decision: "NO_LICENSE",
    has: ["NOT_CATCH_ALL_SCOPE"],
  },
  {
    name: "out of scope but classification unknown → REVIEW (CLASSIFICATION_UNKNOWN) with NOT_CATCH_ALL_SCOPE",
    row: cleanRow({ hs_code: "6109.10", list_control: "" }),
    decision: "REVIEW",
    has: ["CLASSIFICATION_UNKNOWN", "NOT_CATCH_ALL_SCOPE"],
  },
  {
    name: "HS blank → REVIEW (HS_INVALID), checks continue",
    row: lathe({ hs_code: "" }),
    decision: "REVIEW",
    has: ["HS_INVALID"],
    steps: { HS: "INVALID", CW_SCOPE: "hsInvalid" },
  },
  { name: "HS 'abc' → REVIEW (HS_INVALID)", row: lathe({ hs_code: "abc" }), decision: "REVIEW", has: ["HS_INVALID"] },
  {
    name: "HS '845' (3 digits) → REVIEW (HS_INVALID)",
    row: lathe({ hs_code: "845" }),
    decision: "REVIEW",
    has: ["HS_INVALID"],
  },
  {
    name: "HS with 11 digits → REVIEW (HS_INVALID)",
    row: lathe({ hs_code: "84581100001" }),
    decision: "REVIEW",
    has: ["HS_INVALID"],
  },
  {
    name: "HS 9901.00 (no chapter 99) → REVIEW (HS_INVALID)",
    row: lathe({ hs_code: "9901.00" }),
    decision: "REVIEW",
    has: ["HS_INVALID"],
  },
  {
    name: "HS '#N/A' to Somalia, CW end user, red flags all no → REVIEW (16項 class unknown, so neither cleared nor closed)",
    row: lathe({ hs_code: "#N/A", ...toSomalia, end_user_weapons_activity: "CW" }),
    decision: "REVIEW",
    has: ["HS_INVALID", "CW_END_USER"],
    hasNot: ["NO_REQUIREMENT"],
  },

  // ---- Group A ---------------------------------------------------------------------------------------------
  {
    name: "lathe to USA, no inform, parties in the USA → NO_LICENSE (GROUP_A): no objective requirement",
    row: lathe(toUSA),
    decision: "NO_LICENSE",
    has: ["GROUP_A"],
    steps: { GROUP: "A", A_INFORM: "no", A_DIVERSION: "no" },
    notOnPath: ["WMD_USE", "CW_SCOPE", "MILITARY"],
  },
  {
    name: "Group A: documented CW end user engages no legal prong, but a known weapons concern is reviewed (consult METI)",
    row: lathe({ ...toUSA, end_user_weapons_activity: "CW", ...allRf("") }),
    decision: "REVIEW",
    has: ["GROUP_A", "GROUP_A_WEAPONS_CONCERN"],
    hasNot: ["CW_END_USER"],
    steps: { A_WEAPONS: "no", A_ACTIVITY: "yes", A_CLEARLY: "incomplete" },
  },
  {
    name: "Group A: documented CW end user with every guideline item satisfied → NO_LICENSE (the concern is resolved and recorded)",
    row: lathe({ ...toUSA, end_user_weapons_activity: "CW", ...allMg("yes") }),
    decision: "NO_LICENSE",
    hasNot: ["GROUP_A_WEAPONS_CONCERN"],
    steps: { A_WEAPONS: "no", A_ACTIVITY: "yes", A_CLEARLY: "satisfied" },
  },
  {
    name: "16項(2) to Vietnam, CW end user with every guideline item satisfied → NO_LICENSE (the advisory is resolved)",
    row: polyethylene({ end_user_weapons_activity: "CW", ...allMg("yes") }),
    decision: "NO_LICENSE",
    hasNot: ["CW_END_USER"],
    steps: { CW_OUT_OF_SCOPE: "no", CW_OUT_OF_SCOPE_ACTIVITY: "yes", CW_OUT_OF_SCOPE_CLEARLY: "satisfied" },
  },
  {
    name: "Group A: known WMD use → REVIEW (no objective requirement for Group A, but never a silent clearance)",
    row: lathe({ ...toUSA, known_weapons_use: "WMD" }),
    decision: "REVIEW",
    has: ["GROUP_A_WEAPONS_CONCERN"],
    hasNot: ["WMD_END_USE"],
  },
  {
    name: "Group A: end user activity 'unknown' asks nothing (the prong does not apply)",
    row: lathe({ ...toUSA, end_user_weapons_activity: "unknown" }),
    decision: "NO_LICENSE",
    hasNot: ["END_USER_ACTIVITY_UNKNOWN"],
  },
  {
    name: "lathe to ドイツ with METI inform WMD → LICENSE_REQUIRED (INFORM, 48条2項)",
    row: lathe({ ...at("ドイツ", "DE"), meti_inform: "WMD" }),
    decision: "LICENSE_REQUIRED",
    has: ["INFORM"],
    steps: { A_INFORM: "yes" },
  },
  {
    name: "polyethylene to France with METI inform CW → LICENSE_REQUIRED (INFORM)",
    row: polyethylene({ ...at("France", "FR"), meti_inform: "CW" }),
    decision: "LICENSE_REQUIRED",
    has: ["INFORM"],
  },
  {
    name: "Group A inform value 'pending' (not understood) → REVIEW (INFORM)",
    row: lathe({ ...toUSA, meti_inform: "pending" }),
    decision: "REVIEW",
    has: ["INFORM"],
    steps: { A_INFORM: "invalid" },
  },
  {
    name: "lathe to USA, end user in China → REVIEW (GROUP_A_DIVERSION_RISK)",
    row: lathe({ ...toUSA, end_user_country: "China" }),
    decision: "REVIEW",
    has: ["GROUP_A", "GROUP_A_DIVERSION_RISK"],
    steps: { A_DIVERSION: "yes" },
  },
  {
    name: "lathe to 英国, consignee in Hong Kong → REVIEW (GROUP_A_DIVERSION_RISK)",
    row: lathe({ ...at("英国", "GB"), consignee_country: "Hong Kong" }),
    decision: "REVIEW",
    has: ["GROUP_A_DIVERSION_RISK"],
  },
  {
    name: "lathe to 韓国, end user on the End User List → REVIEW (GROUP_A_DIVERSION_RISK)",
    row: lathe(at("韓国", "KR")),
    parties: [EUL_END_USER],
    decision: "REVIEW",
    has: ["GROUP_A_DIVERSION_RISK"],
  },
  {
    name: "lathe to USA, possible End User List match → REVIEW (GROUP_A_DIVERSION_RISK)",
    row: lathe(toUSA),
    parties: [{ ...EUL_END_USER, band: "REVIEW" }],
    decision: "REVIEW",
    has: ["GROUP_A_DIVERSION_RISK"],
  },
  {
    name: "lathe to USA, checklist rf12 answered yes → REVIEW (RED_FLAGS; Group A included)",
    row: lathe({ ...toUSA, rf12: "yes" }),
    decision: "REVIEW",
    has: ["RED_FLAGS"],
    steps: { RED_FLAGS: "any" },
  },
  {
    name: "lathe to USA, delivery date 'TBD' (RF08 detected) → REVIEW (RED_FLAGS)",
    row: lathe({ ...toUSA, delivery_date: "TBD" }),
    decision: "REVIEW",
    has: ["RED_FLAGS"],
  },

  // ---- WMD, non-Group-A ------------------------------------------------------------------------------------
  {
    name: "polyethylene to Thailand, METI inform WMD → LICENSE_REQUIRED (INFORM)",
    row: polyethylene({ ...toThailand, meti_inform: "WMD" }),
    decision: "LICENSE_REQUIRED",
    has: ["INFORM"],
    steps: { INFORM: "yes" },
  },
  {
    name: "polyethylene to Thailand, METI inform 通常兵器 → LICENSE_REQUIRED (INFORM: 4号ニ applies to general countries too)",
    row: polyethylene({ ...toThailand, meti_inform: "通常兵器" }),
    decision: "LICENSE_REQUIRED",
    has: ["INFORM"],
  },
  {
    name: "polyethylene to Thailand, inform 'pending' → REVIEW (INFORM)",
    row: polyethylene({ ...toThailand, meti_inform: "pending" }),
    decision: "REVIEW",
    has: ["INFORM"],
    steps: { INFORM: "invalid" },
  },
  {
    name: "polyethylene to Thailand, known WMD use → LICENSE_REQUIRED (WMD_END_USE)",
    row: polyethylene({ ...toThailand, known_weapons_use: "WMD" }),
    decision: "LICENSE_REQUIRED",
    has: ["WMD_END_USE"],
    steps: { WMD_USE: "yes" },
  },
  {
    name: "known WMD use with clearly_not_for_weapons=yes → still LICENSE_REQUIRED (use prong has no 明らか exception)",
    row: polyethylene({ ...toThailand, known_weapons_use: "大量破壊兵器", clearly_not_for_weapons: "yes" }),
    decision: "LICENSE_REQUIRED",
    has: ["WMD_END_USE"],
  },
  {
    name: "known_weapons_use 'maybe' (not understood) → REVIEW",
    row: polyethylene({ ...toThailand, known_weapons_use: "maybe" }),
    decision: "REVIEW",
    has: ["WMD_END_USE"],
    steps: { WMD_USE: "invalid" },
  },
  {
    name: "end user documented WMD activity, guideline not worked through → REVIEW (WMD_END_USER + CLEARLY_CHECK_INCOMPLETE)",
    row: polyethylene({ ...toThailand, end_user_weapons_activity: "WMD" }),
    decision: "REVIEW",
    has: ["WMD_END_USER", "CLEARLY_CHECK_INCOMPLETE"],
    steps: { WMD_USER: "documented", WMD_DOC_CLEARLY: "incomplete" },
  },
  {
    name: "end user documented WMD activity, 明らか documented → NO_LICENSE (WMD_END_USER + CLEARLY_NOT_FOR_WEAPONS)",
    row: polyethylene({ ...toThailand, end_user_weapons_activity: "WMD", clearly_not_for_weapons: "yes" }),
    decision: "NO_LICENSE",
    has: ["WMD_END_USER", "CLEARLY_NOT_FOR_WEAPONS"],
    steps: { WMD_DOC_CLEARLY: "documented" },
  },
  {
    name: "end user on the End User List (HIT), polyethylene to Thailand, guideline not worked through → REVIEW (EUL_MATCH + CLEARLY_CHECK_INCOMPLETE)",
    row: polyethylene(toThailand),
    parties: [EUL_END_USER],
    decision: "REVIEW",
    has: ["EUL_MATCH", "CLEARLY_CHECK_INCOMPLETE"],
    hasNot: ["CLEARLY_NOT_FOR_WEAPONS"],
    steps: { WMD_USER: "eul", WMD_EUL_CLEARLY: "incomplete" },
  },
  {
    name: "End User List HIT with 明らか documented → NO_LICENSE (EUL_MATCH + CLEARLY_NOT_FOR_WEAPONS)",
    row: polyethylene({ ...toThailand, clearly_not_for_weapons: "yes" }),
    parties: [EUL_END_USER],
    decision: "NO_LICENSE",
    has: ["EUL_MATCH", "CLEARLY_NOT_FOR_WEAPONS"],
    steps: { WMD_EUL_CLEARLY: "documented" },
  },
  {
    name: "possible End User List match on the end user → REVIEW (EUL_POSSIBLE_MATCH)",
    row: polyethylene(toThailand),
    parties: [{ ...EUL_END_USER, band: "REVIEW" }],
    decision: "REVIEW",
    has: ["EUL_POSSIBLE_MATCH"],
    steps: { WMD_USER: "possible" },
  },
  {
    name: "consignee (not the end user) on the End User List → REVIEW (EUL_MATCH)",
    row: polyethylene({ ...toThailand, consignee: "Bangkok Trading House" }),
    parties: [{ name: "Bangkok Trading House", band: "HIT" }],
    decision: "REVIEW",
    has: ["EUL_MATCH"],
    steps: { WMD_USER: "eulOtherParty" },
  },
  {
    name: "suppressed End User List match does not drive the decision",
    row: polyethylene(toThailand),
    parties: [
      {
        ...EUL_END_USER,
        suppressed: { reviewer: "K. Sato", date: "2026-10-01", reason: "different entity, checked registration" },
      },
    ],
    decision: "NO_LICENSE",
    hasNot: ["EUL_MATCH", "EUL_POSSIBLE_MATCH"],
  },
  {
    name: "end_user_weapons_activity 'unknown' → REVIEW (END_USER_ACTIVITY_UNKNOWN)",
    row: polyethylene({ ...toThailand, end_user_weapons_activity: "unknown" }),
    decision: "REVIEW",
    has: ["END_USER_ACTIVITY_UNKNOWN"],
    steps: { WMD_USER: "unknown" },
  },
  {
    name: "end_user_weapons_activity 不明 → REVIEW",
    row: polyethylene({ ...toThailand, end_user_weapons_activity: "不明" }),
    decision: "REVIEW",
    has: ["END_USER_ACTIVITY_UNKNOWN"],
  },
  {
    name: "blank known_weapons_use / end_user_weapons_activity / meti_inform mean nothing is known → NO_LICENSE",
    row: polyethylene({ ...toThailand, known_weapons_use: "", end_user_weapons_activity: "", meti_inform: "" }),
    decision: "NO_LICENSE",
    hasNot: ["END_USER_ACTIVITY_UNKNOWN", "INFORM", "WMD_END_USE"],
  },
  {
    name: "the same three fields absent from the row → NO_LICENSE",
    row: (() => {
      const r = polyethylene(toThailand);
      delete r.known_weapons_use;
      delete r.end_user_weapons_activity;
      delete r.meti_inform;
      return r;
    })(),
    decision: "NO_LICENSE",
  },

  // ---- Conventional weapons --------------------------------------------------------------------------------
  {
    // Changed by issue 9: this row encoded the interim report's figure 3 (all red flags no → 明らか). The enacted
    // proviso is judged by the 明らかガイドライン ①–⑳, not by the red flags, so the row is no longer cleared.
    name: "lathe HS 8458.11 to Vietnam, CW end user documented, all 19 red flags no → REVIEW (CLEARLY_CHECK_INCOMPLETE; figure 3 was not enacted)",
    row: lathe({ end_user_weapons_activity: "CW" }),
    decision: "REVIEW",
    has: ["SPECIFIED_ITEM_16_1", "CW_END_USER", "CLEARLY_CHECK_INCOMPLETE"],
    hasNot: ["NO_REQUIREMENT", "CLEARLY_NOT_FOR_WEAPONS"],
    steps: { CW_SCOPE: "specified", CW_USER: "documented", CW_USER_CLEARLY: "incomplete" },
  },
  {
    name: "same lathe to Somalia → LICENSE_REQUIRED, 明らか closed (guideline ⑲)",
    row: lathe({ ...toSomalia, end_user_weapons_activity: "CW" }),
    decision: "LICENSE_REQUIRED",
    has: ["ARMS_EMBARGO_DEST", "SPECIFIED_ITEM_16_1", "CW_END_USER", "CLEARLY_ROUTE_CLOSED"],
    steps: { CW_SCOPE: "embargoSpecified", CW_USER_CLEARLY: "closed" },
  },
  {
    name: "lathe to Somalia, CW end user, clearly_not_for_weapons=yes → still LICENSE_REQUIRED (⑲)",
    row: lathe({ ...toSomalia, end_user_weapons_activity: "CW", clearly_not_for_weapons: "yes" }),
    decision: "LICENSE_REQUIRED",
    has: ["CLEARLY_ROUTE_CLOSED"],
    hasNot: ["CLEARLY_NOT_FOR_WEAPONS"],
  },
  {
    name: "16項(2) HS 3901 to Somalia, CW end user, red flags all no → REVIEW (おそれの強い貨物例 not held)",
    row: polyethylene({ ...toSomalia, end_user_weapons_activity: "CW" }),
    decision: "REVIEW",
    has: ["ARMS_EMBARGO_DEST", "CW_END_USER"],
    hasNot: ["NO_REQUIREMENT", "SPECIFIED_ITEM_16_1"],
    steps: { CW_SCOPE: "embargo", CW_USER_CLEARLY: "embargoNotClear" },
  },
  {
    // Changed by issue 9: ⑲ cannot be confirmed without METI's high-concern goods examples, so it never clears.
    name: "16項(2) HS 3901 to Somalia, CW end user, clearly_not_for_weapons=yes → REVIEW (⑲ cannot be confirmed)",
    row: polyethylene({ ...toSomalia, end_user_weapons_activity: "CW", clearly_not_for_weapons: "yes" }),
    decision: "REVIEW",
    has: ["CW_END_USER", "CLEARLY_CHECK_INCOMPLETE"],
    hasNot: ["CLEARLY_NOT_FOR_WEAPONS"],
    steps: { CW_USER_CLEARLY: "embargoNotClear" },
  },
  {
    name: "16項(2) HS 3901 to Somalia, CW end user, rf02 yes → LICENSE_REQUIRED (RED_FLAGS)",
    row: polyethylene({ ...toSomalia, end_user_weapons_activity: "CW", rf02: "yes" }),
    decision: "LICENSE_REQUIRED",
    has: ["CW_END_USER", "RED_FLAGS"],
    steps: { CW_USER_CLEARLY: "redFlags" },
  },
  {
    // Changed by issue 9 ("a NO_LICENSE means … none of the facts points to weapons"): no licence is legally
    // required, but a documented CW activity is reviewed (advisory) unless its 明らか judgement is recorded.
    name: "16項(2) HS 3901 to Vietnam (general country), CW end user → REVIEW (advisory): no CW objective requirement (4条1項4号)",
    row: polyethylene({ end_user_weapons_activity: "CW" }),
    decision: "REVIEW",
    has: ["CW_END_USER"],
    hasNot: ["SPECIFIED_ITEM_16_1", "CLEARLY_CHECK_INCOMPLETE"],
    steps: { CW_SCOPE: "no", CW_OUT_OF_SCOPE_ACTIVITY: "yes", CW_OUT_OF_SCOPE_CLEARLY: "incomplete" },
    notOnPath: ["CW_USER"],
  },
  {
    name: "lathe to Vietnam, CW end user, rf03 yes → LICENSE_REQUIRED (CW_END_USER + RED_FLAGS)",
    row: lathe({ end_user_weapons_activity: "CW", rf03: "yes" }),
    decision: "LICENSE_REQUIRED",
    has: ["CW_END_USER", "RED_FLAGS"],
    steps: { CW_USER_CLEARLY: "redFlags" },
  },
  {
    name: "lathe to Vietnam, CW end user, delivery date blank (RF08 detected) → LICENSE_REQUIRED",
    row: lathe({ end_user_weapons_activity: "CW", delivery_date: "" }),
    decision: "LICENSE_REQUIRED",
    has: ["CW_END_USER", "RED_FLAGS"],
  },
  {
    name: "lathe to Vietnam, CW end user, checklist blank → REVIEW (incomplete)",
    row: lathe({ end_user_weapons_activity: "CW", ...allRf("") }),
    decision: "REVIEW",
    has: ["CW_END_USER"],
    steps: { CW_USER_CLEARLY: "incomplete" },
  },
  {
    name: "lathe to Vietnam, CW end user, 18 answered no and rf19 blank → REVIEW (incomplete)",
    row: lathe({ end_user_weapons_activity: "CW", rf19: "" }),
    decision: "REVIEW",
    has: ["CW_END_USER"],
    steps: { CW_USER_CLEARLY: "incomplete" },
  },
  {
    name: "lathe to Vietnam, CW end user, 明らか documented, checklist blank → NO_LICENSE",
    row: lathe({ end_user_weapons_activity: "CW", clearly_not_for_weapons: "yes", ...allRf("") }),
    decision: "NO_LICENSE",
    has: ["CW_END_USER", "CLEARLY_NOT_FOR_WEAPONS"],
    steps: { CW_USER_CLEARLY: "documented" },
  },
  {
    name: "lathe to Vietnam, known CW use → LICENSE_REQUIRED (CW_END_USE)",
    row: lathe({ known_weapons_use: "CW" }),
    decision: "LICENSE_REQUIRED",
    has: ["CW_END_USE"],
    steps: { CW_USE: "yes" },
  },
  {
    name: "lathe to Vietnam, known CW use, clearly_not_for_weapons=yes → still LICENSE_REQUIRED (no exception on the use prong)",
    row: lathe({ known_weapons_use: "CW", clearly_not_for_weapons: "yes" }),
    decision: "LICENSE_REQUIRED",
    has: ["CW_END_USE"],
  },
  {
    name: "polyethylene to Vietnam, known CW use → REVIEW only (general country, 16項(2): inform only)",
    row: polyethylene({ known_weapons_use: "CW" }),
    decision: "REVIEW",
    has: ["CW_END_USE"],
    steps: { CW_OUT_OF_SCOPE: "yes" },
  },
  {
    name: "polyethylene to Somalia, known CW use → LICENSE_REQUIRED (CW_END_USE)",
    row: polyethylene({ ...toSomalia, known_weapons_use: "CW" }),
    decision: "LICENSE_REQUIRED",
    has: ["CW_END_USE", "ARMS_EMBARGO_DEST"],
  },
  {
    name: "lathe to Vietnam, end user on the End User List, guideline not worked through → REVIEW (EUL_MATCH, CW_END_USER, CLEARLY_CHECK_INCOMPLETE)",
    row: lathe(),
    parties: [EUL_END_USER],
    decision: "REVIEW",
    has: ["EUL_MATCH", "CW_END_USER", "CLEARLY_CHECK_INCOMPLETE"],
    steps: { CW_USER: "eul", CW_EUL_CLEARLY: "incomplete" },
  },
  {
    // Changed by issue 9: guideline ⑰ロ — a CW-coded entry and 16項(1) goods need every other item satisfied.
    name: "lathe to Vietnam, CW-coded End User List HIT, only clearly=yes → REVIEW (⑰ロ needs every item)",
    row: lathe({ clearly_not_for_weapons: "yes" }),
    parties: [EUL_END_USER],
    decision: "REVIEW",
    has: ["EUL_MATCH", "CLEARLY_CHECK_INCOMPLETE"],
    hasNot: ["CLEARLY_NOT_FOR_WEAPONS"],
    steps: { CW_EUL_CLEARLY: "incomplete" },
  },
  {
    name: "lathe to Vietnam, CW-coded End User List HIT, every guideline item satisfied → NO_LICENSE (CLEARLY_NOT_FOR_WEAPONS)",
    row: lathe(allMg("yes")),
    parties: [EUL_END_USER],
    decision: "NO_LICENSE",
    has: ["EUL_MATCH", "CLEARLY_NOT_FOR_WEAPONS"],
    steps: { CW_EUL_CLEARLY: "satisfied", WMD_EUL_CLEARLY: "satisfied" },
  },
  {
    name: "End User List HIT, red flags all no but no guideline check → REVIEW (CLEARLY_CHECK_INCOMPLETE), never cleared",
    row: lathe(),
    parties: [EUL_END_USER],
    decision: "REVIEW",
    has: ["CLEARLY_CHECK_INCOMPLETE"],
    hasNot: ["CLEARLY_NOT_FOR_WEAPONS"],
  },
  {
    name: "HS 9030 (4 digits) to Somalia, End User List HIT, 明らか documented → REVIEW (⑲ may close it)",
    row: cleanRow({ hs_code: "9030", ...toSomalia, clearly_not_for_weapons: "yes" }),
    parties: [EUL_END_USER],
    decision: "REVIEW",
    has: ["EUL_MATCH", "CLEARLY_ROUTE_CLOSED"],
    steps: { CW_EUL_CLEARLY: "maybeClosed" },
  },
  {
    name: "HS 8807.30 to Somalia, CW end user, red flags all no → REVIEW (a UAV part would close 明らか)",
    row: cleanRow({ hs_code: "8807.30", ...toSomalia, end_user_weapons_activity: "CW" }),
    decision: "REVIEW",
    has: ["CW_END_USER", "CLEARLY_ROUTE_CLOSED"],
    steps: { CW_USER_CLEARLY: "maybeClosed" },
  },
  {
    name: "lathe to Vietnam, consignee (not end user) confirmed on the End User List → REVIEW (EUL_MATCH at both prongs)",
    row: lathe({ consignee: "Red River Components JSC" }),
    parties: [{ ...EUL_END_USER, name: "Red River Components JSC" }],
    decision: "REVIEW",
    has: ["EUL_MATCH"],
    hasNot: ["EUL_POSSIBLE_MATCH"],
    steps: { WMD_USER: "eulOtherParty", CW_USER: "eulOtherParty" },
  },
  {
    name: "transaction_type 'software licence' (not understood) → REVIEW (TECH_TRANSFER)",
    row: lathe({ transaction_type: "software licence" }),
    decision: "REVIEW",
    has: ["TECH_TRANSFER"],
    steps: { TECH: "invalid" },
  },
  {
    name: "lathe to Somalia, End User List HIT, 明らか documented → LICENSE_REQUIRED (⑲ closes it)",
    row: lathe({ ...toSomalia, clearly_not_for_weapons: "yes" }),
    parties: [EUL_END_USER],
    decision: "LICENSE_REQUIRED",
    has: ["EUL_MATCH", "CLEARLY_ROUTE_CLOSED"],
    steps: { CW_EUL_CLEARLY: "closed" },
  },
  {
    name: "lathe to Vietnam, possible End User List match on the end user → REVIEW",
    row: lathe(),
    parties: [{ ...EUL_END_USER, band: "REVIEW" }],
    decision: "REVIEW",
    has: ["EUL_POSSIBLE_MATCH"],
    steps: { CW_USER: "possible" },
  },
  {
    name: "lathe to Vietnam, end user activity unknown → REVIEW (END_USER_ACTIVITY_UNKNOWN at both prongs)",
    row: lathe({ end_user_weapons_activity: "unknown" }),
    decision: "REVIEW",
    has: ["END_USER_ACTIVITY_UNKNOWN"],
    steps: { WMD_USER: "unknown", CW_USER: "unknown" },
  },
  {
    name: "polyethylene to UAE with the end user resident in Somalia, CW end user → REVIEW (embargo treatment, brief §9.3)",
    row: polyethylene({
      destination: "UAE",
      consignee_country: "AE",
      end_user_country: "ソマリア",
      end_user_weapons_activity: "CW",
    }),
    decision: "REVIEW",
    has: ["ARMS_EMBARGO_DEST", "CW_END_USER"],
  },
  {
    name: "HS 8807.30 (UAV part or manned-aircraft part) to Vietnam, known CW use → REVIEW (16項(1) status unsettled)",
    row: cleanRow({ hs_code: "8807.30", known_weapons_use: "CW" }),
    decision: "REVIEW",
    has: ["HS_AMBIGUOUS", "CW_END_USE"],
    steps: { HS: "S1_CONDITIONAL", CW_SCOPE: "unknown" },
  },
  {
    name: "HS 9030 (4 digits: oscilloscope 9030.20 or not) to Vietnam, CW end user, checklist blank → REVIEW",
    row: cleanRow({ hs_code: "9030", end_user_weapons_activity: "CW", ...allRf("") }),
    decision: "REVIEW",
    has: ["HS_AMBIGUOUS"],
    steps: { HS: "S1_AMBIGUOUS" },
  },
  {
    name: "HS 8542.90 (IC parts) is not 16項(1): to Vietnam, CW end user, checklist blank → REVIEW only as an advisory (CW_OUT_OF_SCOPE)",
    row: cleanRow({ hs_code: "8542.90", end_user_weapons_activity: "CW", ...allRf("") }),
    decision: "REVIEW",
    hasNot: ["SPECIFIED_ITEM_16_1", "CLEARLY_CHECK_INCOMPLETE"],
    steps: { HS: "S2", CW_SCOPE: "no", CW_OUT_OF_SCOPE_ACTIVITY: "yes", CW_OUT_OF_SCOPE_CLEARLY: "incomplete" },
  },
  {
    name: "HS 8542.31 (ICs) is 16項(1): same row → REVIEW (checklist incomplete)",
    row: cleanRow({ hs_code: "8542.31", end_user_weapons_activity: "CW", ...allRf("") }),
    decision: "REVIEW",
    has: ["SPECIFIED_ITEM_16_1", "CW_END_USER"],
    steps: { HS: "S1" },
  },
  {
    name: "manned aircraft HS 8802.30 is not 16項(1) (only 8802.60): CW end user to Vietnam, checklist blank → REVIEW only as an advisory",
    row: cleanRow({ hs_code: "8802.30", end_user_weapons_activity: "CW", ...allRf("") }),
    decision: "REVIEW",
    hasNot: ["SPECIFIED_ITEM_16_1", "CLEARLY_CHECK_INCOMPLETE"],
    steps: { CW_OUT_OF_SCOPE_ACTIVITY: "yes", CW_OUT_OF_SCOPE_CLEARLY: "incomplete" },
  },
  {
    name: "spacecraft HS 8802.60 is 16項(1): CW end user to Vietnam, checklist blank → REVIEW",
    row: cleanRow({ hs_code: "8802.60", end_user_weapons_activity: "CW", ...allRf("") }),
    decision: "REVIEW",
    has: ["SPECIFIED_ITEM_16_1"],
  },

  // ---- Another country, or an unusual payment, written in free text ----------------------------------------
  {
    name: "lathe to Vietnam, remarks 'Buyer will ship the goods on to a customer in Iran' → REVIEW (COUNTRY_IN_TEXT)",
    row: lathe({ remarks: "Buyer will ship the goods on to a customer in Iran" }),
    decision: "REVIEW",
    has: ["COUNTRY_IN_TEXT"],
    steps: { TEXT_COUNTRY: "yes" },
  },
  {
    name: "lathe to USA delivered to an address in Moscow → REVIEW (COUNTRY_IN_TEXT; Group A diversion)",
    row: lathe({ ...toUSA, delivery_address: "ул. Ленина 15, Москва, Россия" }),
    decision: "REVIEW",
    has: ["COUNTRY_IN_TEXT", "GROUP_A"],
    steps: { TEXT_COUNTRY: "yes" },
  },
  {
    name: "a boilerplate prohibition naming North Korea in the remarks changes nothing → NO_LICENSE",
    row: lathe({ remarks: "Re-export to North Korea, Iran or Syria is prohibited." }),
    decision: "NO_LICENSE",
    has: ["NO_REQUIREMENT"],
    steps: { TEXT_COUNTRY: "no" },
  },
  {
    name: "lathe to Vietnam paid 'T/T from a third party in Dubai (not the buyer)' → REVIEW (UNUSUAL_PAYMENT)",
    row: lathe({ payment_terms: "T/T from a third party in Dubai (not the buyer)" }),
    decision: "REVIEW",
    has: ["UNUSUAL_PAYMENT"],
    steps: { PAYMENT_TEXT: "yes" },
  },

  // ---- A weapons use written in free text ------------------------------------------------------------------
  {
    name: "lathe to Vietnam, end use 'Missile production line support', known_weapons_use blank → REVIEW (WEAPONS_USE_MENTIONED)",
    row: lathe({ end_use: "Missile production line support", known_weapons_use: "" }),
    decision: "REVIEW",
    has: ["WEAPONS_USE_MENTIONED"],
    steps: { USE_TEXT: "yes" },
  },
  {
    name: "known_weapons_use 'none' does not outweigh 'artillery shell casings' in the end use → REVIEW",
    row: lathe({ end_use: "Machining artillery shell casings", known_weapons_use: "none" }),
    decision: "REVIEW",
    has: ["WEAPONS_USE_MENTIONED"],
    steps: { USE_TEXT: "yes" },
  },
  {
    name: "a weapons use in the remarks column (備考) → REVIEW",
    row: lathe({ remarks: "最終的に軍用車両の部品加工に使うと聞いている" }),
    decision: "REVIEW",
    has: ["WEAPONS_USE_MENTIONED"],
    steps: { USE_TEXT: "yes" },
  },
  {
    name: "a negated statement in the end use ('not for military use') clears → NO_LICENSE",
    row: lathe({ end_use: "Brake disc machining; not for military use" }),
    decision: "NO_LICENSE",
    has: ["NO_REQUIREMENT"],
    steps: { USE_TEXT: "no" },
  },
  {
    name: "food (outside item 16) with 'for the army' in the end use → REVIEW (OUT_OF_SCOPE_WEAPONS_FACT)",
    row: lathe({ hs_code: "0402.10", item_description: "Milk powder", end_use: "Rations for the army" }),
    decision: "REVIEW",
    has: ["OUT_OF_SCOPE_WEAPONS_FACT"],
  },

  // ---- Military-sounding parties ---------------------------------------------------------------------------
  {
    name: "lathe to Vietnam, end user 'Army Engineering Depot 12', no activity stated → REVIEW (MILITARY_END_USER_SUSPECTED)",
    row: lathe({ end_user: "Army Engineering Depot 12" }),
    decision: "REVIEW",
    has: ["MILITARY_END_USER_SUSPECTED"],
    steps: { MILITARY: "yes" },
  },
  {
    name: "lathe to Vietnam, end user 'Bộ Công an' (police ministry) → REVIEW (SECURITY_END_USER_SUSPECTED, law unsettled)",
    row: lathe({ end_user: "Bộ Công an – Cục Kỹ thuật" }),
    decision: "REVIEW",
    has: ["SECURITY_END_USER_SUSPECTED"],
    hasNot: ["MILITARY_END_USER_SUSPECTED"],
    steps: { MILITARY: "security" },
  },
  {
    name: "consignee 'Ministry of Defence Procurement Office' → REVIEW (MILITARY_END_USER_SUSPECTED)",
    row: lathe({ consignee: "Ministry of Defence Procurement Office" }),
    decision: "REVIEW",
    has: ["MILITARY_END_USER_SUSPECTED"],
  },
  {
    name: "end user 国防部第三研究所 → REVIEW (MILITARY_END_USER_SUSPECTED)",
    row: lathe({ ...at("中国", "CN"), end_user: "国防部第三研究所" }),
    decision: "REVIEW",
    has: ["MILITARY_END_USER_SUSPECTED"],
  },
  {
    name: "end user 中国人民解放军第九研究所 (军) → REVIEW",
    row: lathe({ ...at("CN", "CN"), end_user: "中国人民解放军第九研究所" }),
    decision: "REVIEW",
    has: ["MILITARY_END_USER_SUSPECTED"],
  },
  {
    // Changed by issue 9 point 4: for 16項(2) goods to a general country no conventional-weapons prong applies, so
    // the military-name heuristic does not run there (a REVIEW was a false alarm).
    name: "polyethylene to Thailand, end user 'Royal Thai Navy Dockyard' → NO_LICENSE (no CW prong for 16項(2) to a general country)",
    row: polyethylene({ ...toThailand, end_user: "Royal Thai Navy Dockyard" }),
    decision: "NO_LICENSE",
    hasNot: ["MILITARY_END_USER_SUSPECTED"],
    notOnPath: ["MILITARY"],
  },
  {
    name: "polyethylene to Somalia, end user 'Somali National Army Workshop' → REVIEW (CW prongs apply at embargo destinations)",
    row: polyethylene({ ...toSomalia, end_user: "Somali National Army Workshop" }),
    decision: "REVIEW",
    has: ["MILITARY_END_USER_SUSPECTED"],
  },
  {
    name: "military end user with CW activity stated, all red flags no → REVIEW via the CW user prong (guideline not done), no MILITARY reason",
    row: lathe({ end_user: "Army Engineering Depot 12", end_user_weapons_activity: "CW" }),
    decision: "REVIEW",
    has: ["CW_END_USER", "CLEARLY_CHECK_INCOMPLETE"],
    hasNot: ["MILITARY_END_USER_SUSPECTED"],
  },

  // ---- Red flags on an otherwise clear row ------------------------------------------------------------------
  {
    name: "clean lathe to Vietnam, rf11 answered yes → REVIEW (RED_FLAGS)",
    row: lathe({ rf11: "yes" }),
    decision: "REVIEW",
    has: ["RED_FLAGS"],
    hasNot: ["NO_REQUIREMENT"],
    steps: { RED_FLAGS: "any", END: "REVIEW" },
  },
  {
    name: "polyethylene to Thailand, end use 'N/A' (RF01 detected) → REVIEW (RED_FLAGS)",
    row: polyethylene({ ...toThailand, end_use: "N/A" }),
    decision: "REVIEW",
    has: ["RED_FLAGS"],
  },
  {
    name: "clean lathe, checklist blank and nothing detected → NO_LICENSE (blank answers are not 'yes')",
    row: lathe(allRf("")),
    decision: "NO_LICENSE",
    has: ["NO_REQUIREMENT"],
    steps: { RED_FLAGS: "incomplete" },
  },
  {
    name: "red flags do not apply out of 16項 scope: food with rf01 yes → NO_LICENSE",
    row: cleanRow({ hs_code: "0402.10", rf01: "yes" }),
    decision: "NO_LICENSE",
    has: ["NOT_CATCH_ALL_SCOPE"],
    hasNot: ["RED_FLAGS"],
  },

  // ---- Technology ----------------------------------------------------------------------------------------------
  {
    name: "clean lathe row as a technology transfer → REVIEW (TECH_TRANSFER), the goods checks still run",
    row: lathe({ transaction_type: "technology" }),
    decision: "REVIEW",
    has: ["TECH_TRANSFER", "SPECIFIED_ITEM_16_1"],
    steps: { TECH: "yes", END: "REVIEW" },
  },
  {
    name: "technology (技術提供) of lathe know-how to Somalia, CW end user → LICENSE_REQUIRED + TECH_TRANSFER",
    row: lathe({ ...toSomalia, transaction_type: "技術提供", end_user_weapons_activity: "CW" }),
    decision: "LICENSE_REQUIRED",
    has: ["TECH_TRANSFER", "CLEARLY_ROUTE_CLOSED"],
  },
  {
    name: "technology to North Korea → PROHIBITED",
    row: lathe({ ...at("KP", "KP"), transaction_type: "Technology" }),
    decision: "PROHIBITED",
    has: ["TECH_TRANSFER", "KP_TOTAL_BAN"],
  },

  ...guidelineScenarios(),

  // ---- Unreadable is not blank (issue 9 point 2) --------------------------------------------------------------
  {
    name: "consignee country #N/A on the clean lathe row → REVIEW (INPUT_UNREADABLE), not read as blank",
    row: lathe({ consignee_country: "#N/A" }),
    decision: "REVIEW",
    has: ["INPUT_UNREADABLE"],
    steps: { INPUT: "unreadable" },
  },
  {
    name: "two destination columns saying Vietnam and Somalia → REVIEW (INPUT_CONFLICT) naming both",
    row: lathe({ destination: { conflicting: ["Vietnam", "Somalia"] } }),
    decision: "REVIEW",
    has: ["INPUT_CONFLICT"],
    steps: { INPUT: "conflict" },
  },
  {
    name: "a conflicting end user and an Excel error in the order value → REVIEW with both reasons",
    row: lathe({ end_user: { conflicting: ["A Co", "B Co"] }, order_value: "#VALUE!" }),
    decision: "REVIEW",
    has: ["INPUT_UNREADABLE", "INPUT_CONFLICT"],
    steps: { INPUT: "both" },
  },
];

/**
 * Issue 9 point 1: every answer of every 明らか node, on a row that reaches it. The guideline items are answered in
 * columns mg01…mg20 (yes = satisfied); ④ is conditional (n/a allowed).
 */
function guidelineScenarios(): Scenario[] {
  const satisfied = { ...allMg("yes"), mg04: "n/a" };
  const EUL_NOT_CW: FakeEntry = { ...EUL_END_USER, cw: false, wmd: ["N"] };
  const nodes: Array<{
    node: string;
    prong: string;
    row: (o: OrderRow) => OrderRow;
    parties?: FakeEntry[];
    /** An advisory chain (no legal prong): not clear → REVIEW with the prong's code, clear → nothing. */
    advisory?: boolean;
  }> = [
    {
      node: "WMD_DOC_CLEARLY",
      prong: "WMD_END_USER",
      row: (o) => polyethylene({ ...toThailand, end_user_weapons_activity: "WMD", ...o }),
    },
    {
      node: "WMD_EUL_CLEARLY",
      prong: "EUL_MATCH",
      row: (o) => polyethylene({ ...toThailand, ...o }),
      parties: [EUL_NOT_CW],
    },
    { node: "CW_USER_CLEARLY", prong: "CW_END_USER", row: (o) => lathe({ end_user_weapons_activity: "CW", ...o }) },
    { node: "CW_EUL_CLEARLY", prong: "EUL_MATCH", row: (o) => lathe(o), parties: [EUL_NOT_CW] },
    {
      node: "A_CLEARLY",
      prong: "GROUP_A_WEAPONS_CONCERN",
      row: (o) => lathe({ ...toUSA, end_user_weapons_activity: "WMD", ...o }),
      advisory: true,
    },
    {
      node: "CW_OUT_OF_SCOPE_CLEARLY",
      prong: "CW_END_USER",
      row: (o) => polyethylene({ end_user_weapons_activity: "CW", ...o }),
      advisory: true,
    },
  ];
  const out: Scenario[] = [
    // ---- the End User List not consulted (rules/flow.ts EUL_CHECKED) -------------------------------------------
    {
      name: "clean lathe to Vietnam with no list loaded → REVIEW (END_USER_LIST_NOT_CHECKED): the end-user prong cannot be answered 'none'",
      row: lathe(),
      lists: {},
      decision: "REVIEW",
      has: ["END_USER_LIST_NOT_CHECKED", "SPECIFIED_ITEM_16_1"],
      hasNot: ["NO_REQUIREMENT"],
      steps: { EUL_CHECKED: "no", WMD_USER: "none", CW_USER: "none", END: "REVIEW" },
    },
    {
      name: "polyethylene to Thailand with only an OFAC SDN list and an own deny list loaded → REVIEW (END_USER_LIST_NOT_CHECKED)",
      row: polyethylene(toThailand),
      lists: { "ofac-sdn": "2026-01-01", "own-deny": "3" },
      decision: "REVIEW",
      has: ["END_USER_LIST_NOT_CHECKED"],
      steps: { OTHER_LIST: "no", EUL_CHECKED: "no", WMD_USER: "none" },
    },
    {
      name: "polyethylene to Thailand with only the demo list loaded → NO_LICENSE, the demo list standing in for the End User List (END_USER_LIST_STAND_IN)",
      row: polyethylene(toThailand),
      lists: { demo: "2025-10-01" },
      decision: "NO_LICENSE",
      has: ["END_USER_LIST_STAND_IN", "NO_REQUIREMENT"],
      hasNot: ["END_USER_LIST_NOT_CHECKED"],
      steps: { EUL_CHECKED: "standIn", WMD_USER: "none" },
    },
    {
      name: "the demo list and METI's End User List both loaded → the End User List counts (EUL_CHECKED yes, no stand-in reason)",
      row: polyethylene(toThailand),
      lists: { demo: "2025-10-01", "meti-eul": "2025-09-29" },
      decision: "NO_LICENSE",
      hasNot: ["END_USER_LIST_STAND_IN", "END_USER_LIST_NOT_CHECKED"],
      steps: { EUL_CHECKED: "yes" },
    },
    {
      name: "no list loaded, list-controlled lathe to Vietnam → LICENSE_REQUIRED stays (the catch-all is not walked)",
      row: lathe({ list_control: "該当" }),
      lists: {},
      decision: "LICENSE_REQUIRED",
      hasNot: ["END_USER_LIST_NOT_CHECKED"],
      notOnPath: ["EUL_CHECKED"],
    },
    {
      name: "no list loaded, known WMD use, lathe to Vietnam → LICENSE_REQUIRED stays; the missing list is recorded too",
      row: lathe({ known_weapons_use: "WMD" }),
      lists: {},
      decision: "LICENSE_REQUIRED",
      has: ["WMD_END_USE", "END_USER_LIST_NOT_CHECKED"],
      steps: { EUL_CHECKED: "no" },
    },
    {
      name: "no list loaded, lathe to North Korea → PROHIBITED stays (the walk stops at KP)",
      row: lathe(at("North Korea", "KP")),
      lists: {},
      decision: "PROHIBITED",
      hasNot: ["END_USER_LIST_NOT_CHECKED"],
      notOnPath: ["EUL_CHECKED"],
    },
    {
      name: "no list loaded, lathe to USA (Group A, no inform) → NO_LICENSE: the end-user prong is not asked for Group A",
      row: lathe(toUSA),
      lists: {},
      decision: "NO_LICENSE",
      has: ["GROUP_A"],
      hasNot: ["END_USER_LIST_NOT_CHECKED"],
      notOnPath: ["EUL_CHECKED", "WMD_USER"],
    },
    {
      name: "no list loaded, milk powder HS 0402.10 to Vietnam → NO_LICENSE: outside 16項 no prong is asked",
      row: cleanRow({ item_description: "Milk powder", hs_code: "0402.10", end_use: "Retail sale" }),
      lists: {},
      decision: "NO_LICENSE",
      has: ["NOT_CATCH_ALL_SCOPE"],
      notOnPath: ["EUL_CHECKED"],
    },
    {
      name: "no list loaded, lathe to Somalia (UN arms embargo) → REVIEW at least (END_USER_LIST_NOT_CHECKED with the embargo checks)",
      row: lathe(toSomalia),
      lists: {},
      decision: "REVIEW",
      has: ["END_USER_LIST_NOT_CHECKED", "ARMS_EMBARGO_DEST"],
      steps: { EUL_CHECKED: "no" },
    },
  ];
  for (const n of nodes) {
    const add = (answer: string, over: OrderRow, decision: Decision, has: ReasonCode[], why: string) => {
      // An advisory chain has one outcome for every conclusion that is not 'clear', and none for a clear one.
      const clear = answer === "satisfied" || answer === "documented";
      const d: Decision = n.advisory ? (clear ? "NO_LICENSE" : "REVIEW") : decision;
      out.push({
        name: `${n.node} ${answer}: ${why} → ${d}`,
        row: n.row(over),
        parties: n.parties,
        decision: d,
        has: n.advisory ? (clear ? [] : [n.prong as ReasonCode]) : [n.prong as ReasonCode, ...has],
        hasNot: n.advisory && clear ? [n.prong as ReasonCode] : undefined,
        steps: { [n.node]: answer },
      });
    };
    add("satisfied", satisfied, "NO_LICENSE", ["CLEARLY_NOT_FOR_WEAPONS"], "every applicable item answered yes");
    add("documented", { clearly_not_for_weapons: "はい" }, "NO_LICENSE", ["CLEARLY_NOT_FOR_WEAPONS"], "clearly=はい");
    add("incomplete", { ...satisfied, mg07: "" }, "REVIEW", ["CLEARLY_CHECK_INCOMPLETE"], "item ⑦ not checked");
    add("concern", { ...satisfied, mg03: "いいえ" }, "LICENSE_REQUIRED", ["CLEARLY_CONCERN"], "item ③ answered no");
    add("concern", { clearly_not_for_weapons: "no" }, "LICENSE_REQUIRED", ["CLEARLY_CONCERN"], "clearly=no");
    add("redFlags", { ...satisfied, rf06: "yes" }, "LICENSE_REQUIRED", ["RED_FLAGS"], "rf06 answered yes");
    add(
      "contradicted",
      { transit_countries: "UAE" },
      "LICENSE_REQUIRED",
      ["CLEARLY_CONTRADICTED"],
      "RF10 detected contradicts ⑪",
    );
    add(
      "disputed",
      { ...satisfied, transit_countries: "UAE" },
      "REVIEW",
      ["CLEARLY_CONTRADICTED"],
      "⑪ answered yes but RF10 detected",
    );
    add(
      "disputed",
      { clearly_not_for_weapons: "yes", service_declined: "yes" },
      "REVIEW",
      ["CLEARLY_CONTRADICTED"],
      "clearly=yes but RF07 detected contradicts ⑮",
    );
    if (n.node.startsWith("CW") && !n.advisory) {
      add(
        "closed",
        { ...satisfied, ...toSomalia },
        "LICENSE_REQUIRED",
        ["CLEARLY_ROUTE_CLOSED"],
        "16項(1) to Somalia (⑲)",
      );
      add(
        "maybeClosed",
        { ...satisfied, ...toSomalia, hs_code: "9030" },
        "REVIEW",
        ["CLEARLY_ROUTE_CLOSED"],
        "HS 9030 to Somalia (⑲ may close)",
      );
      add(
        "embargoNotClear",
        { ...satisfied, ...toSomalia, hs_code: "3901.10" },
        "REVIEW",
        ["CLEARLY_CHECK_INCOMPLETE"],
        "16項(2) to Somalia (⑲ cannot be confirmed)",
      );
    }
  }
  out.push({
    name: "a forwarder end user (RF09 detected) contradicts ② even when every item is answered yes → REVIEW (CLEARLY_CONTRADICTED)",
    row: lathe({ ...satisfied, end_user: "Speedy Cargo Logistics", end_user_weapons_activity: "CW" }),
    decision: "REVIEW",
    has: ["CLEARLY_CONTRADICTED"],
    steps: { CW_USER_CLEARLY: "disputed" },
  });
  out.push({
    name: "a CW-coded End User List entry and 16項(1) goods: clearly=yes alone is not enough (⑰ロ) → REVIEW",
    row: lathe({ clearly_not_for_weapons: "yes" }),
    parties: [EUL_END_USER],
    decision: "REVIEW",
    has: ["CLEARLY_CHECK_INCOMPLETE"],
    steps: { CW_EUL_CLEARLY: "incomplete" },
  });
  // ⑰ロ asks the goods: 16項(1), or possibly so (4 digits, a part of a UAV or spacecraft, an invalid code).
  for (const [hs, cls] of [
    ["9030", "S1_AMBIGUOUS"],
    ["8807.30", "S1_CONDITIONAL"],
    ["12", "INVALID"],
  ] as const)
    out.push({
      name: `a CW-coded End User List entry and HS ${hs} (${cls}): clearly=yes alone is not enough (⑰ロ) → REVIEW`,
      row: lathe({ hs_code: hs, clearly_not_for_weapons: "yes" }),
      parties: [EUL_END_USER],
      decision: "REVIEW",
      has: ["CLEARLY_CHECK_INCOMPLETE"],
      steps: {
        WMD_EUL_CLEARLY_17_GOODS: cls,
        WMD_EUL_CLEARLY: "incomplete",
        CW_EUL_CLEARLY_17_GOODS: cls,
        CW_EUL_CLEARLY: "incomplete",
      },
    });
  // The same on a Group A row with a stated weapons activity: the advisory stays (and the listed party is a diversion risk).
  for (const [hs, cls] of [
    ["8458.11", "S1"],
    ["9030", "S1_AMBIGUOUS"],
    ["8807.30", "S1_CONDITIONAL"],
    ["12", "INVALID"],
  ] as const)
    out.push({
      name: `Group A, a CW-coded End User List entry working on weapons, HS ${hs} (${cls}), clearly=yes only (⑰ロ) → REVIEW`,
      row: lathe({ ...toUSA, hs_code: hs, end_user_weapons_activity: "WMD", clearly_not_for_weapons: "yes" }),
      parties: [EUL_END_USER],
      decision: "REVIEW",
      has: ["GROUP_A_DIVERSION_RISK", "GROUP_A_WEAPONS_CONCERN"],
      steps: { A_CLEARLY_17: "yes", A_CLEARLY_17_GOODS: cls, A_CLEARLY: "incomplete" },
    });
  out.push({
    name: "Group A, a CW-coded End User List entry working on weapons, every item answered and clearly=yes → REVIEW only for the diversion risk",
    row: lathe({ ...toUSA, ...satisfied, end_user_weapons_activity: "WMD", clearly_not_for_weapons: "yes" }),
    parties: [EUL_END_USER],
    decision: "REVIEW",
    has: ["GROUP_A_DIVERSION_RISK"],
    hasNot: ["GROUP_A_WEAPONS_CONCERN"],
    steps: { A_CLEARLY_17_OPEN: "no", A_CLEARLY: "documented" },
  });
  return out;
}

/** Answer values that reach a node's `*` branch and must each be exercised too. */
export const WILDCARD_ANSWERS: Record<string, string[]> = {
  HS: ["S1", "S1_CONDITIONAL", "S1_AMBIGUOUS", "S2"],
  GROUP: ["EMBARGO", "GENERAL", "UNKNOWN"],
  RED_FLAGS: ["allClear", "incomplete"],
  END: ["REVIEW", "LICENSE_REQUIRED"],
};
