/**
 * Answers to the flow's questions, read off the normalised row, the party matches and the red flags.
 * These functions only look facts up (country groups, HS class, input values); what an answer means legally is
 * decided by the flow definition (rules/flow.ts), not here.
 */
import type { Decision, PartyMatch, Text } from "../types";
import type { EndUserListState } from "../parties/list-model";
import type { NormalizedRow } from "../normalize/row";
import type { RedFlagSummary } from "../redflags";
import type { FactKey } from "./flowTypes";
import type { AnswerOf } from "./answers";
import { countryName } from "../normalize/country";
import { findContextAcronym, findMilitaryBody, findMilitarySite, findSecurityBody } from "../redflags/military";
import { findWeaponsUse } from "../redflags/weaponsUse";
import { informIn, technologyIn } from "../redflags/textFacts";
import groups from "../reference/data/country-groups.json";
import { destinationGroup, uncertainClass } from "./groups";
import { observeGuideline } from "./clearly";
import { unusualPaymentIn } from "../redflags/paymentText";
import { describe as describeTextCountries, stricterCountriesInText } from "./textCountryFact";

const G = groups.groups;
const GROUP_A = new Set(G.GROUP_A.members);
const TOTAL_BAN = new Set(G.TOTAL_BAN.members);
const OTHER_REGIME = new Set(G.OTHER_REGIME.members);

export interface FactInput {
  row: NormalizedRow;
  matches: PartyMatch[];
  redFlags: RedFlagSummary;
  decisionSoFar: Decision;
  /** Whether an End User List was consulted for this run (parties/list-model.ts endUserListState). */
  endUserList: EndUserListState;
}

export interface FactAnswer<A extends string = string> {
  answer: A;
  /** Row-specific evidence for the explanation (a function when costly to build and often unused). */
  detail?: Text | (() => Text);
}

const t = (ja: string, en: string): Text => ({ ja, en });

function partyCountries(row: NormalizedRow): Array<{ role: Text; iso2: string }> {
  const out: Array<{ role: Text; iso2: string }> = [];
  if (row.destination.iso2) out.push({ role: t("仕向地", "destination"), iso2: row.destination.iso2 });
  if (row.consigneeCountry.iso2)
    out.push({ role: t("荷受人所在国", "consignee country"), iso2: row.consigneeCountry.iso2 });
  if (row.endUserCountry.iso2) out.push({ role: t("需要者所在国", "end-user country"), iso2: row.endUserCountry.iso2 });
  return out;
}

/** Detail-free answers are shared frozen objects (no allocation per row). */
const answers = new Map<string, FactAnswer>();
function ans<A extends string>(answer: A): FactAnswer<A> {
  let a = answers.get(answer);
  if (!a) answers.set(answer, (a = Object.freeze({ answer })));
  return a as FactAnswer<A>;
}
const NO = ans("no");
const YES = ans("yes");

function countriesIn(row: NormalizedRow, set: Set<string>): FactAnswer<"yes" | "no"> {
  const d = row.destination.iso2,
    c = row.consigneeCountry.iso2,
    e = row.endUserCountry.iso2;
  if (!(d && set.has(d)) && !(c && set.has(c)) && !(e && set.has(e))) return NO;
  const hits = partyCountries(row).filter((p) => set.has(p.iso2));
  if (!hits.length) return ans("no");
  return {
    answer: "yes",
    detail: t(
      hits.map((h) => `${h.role.ja}: ${countryName(h.iso2, "ja")}`).join("、"),
      hits.map((h) => `${h.role.en}: ${countryName(h.iso2, "en")}`).join(", "),
    ),
  };
}

const endUserHits = (m: PartyMatch[]) =>
  m.filter((x) => x.isEndUserList && !x.suppressed && x.band === "HIT" && x.role === "end_user");
const otherPartyHits = (m: PartyMatch[]) =>
  m.filter((x) => x.isEndUserList && !x.suppressed && x.band === "HIT" && x.role !== "end_user");
const eulPossible = (m: PartyMatch[]) => m.filter((x) => x.isEndUserList && !x.suppressed && x.band === "REVIEW");

function matchDetail(ms: PartyMatch[]): Text {
  const s = ms.map((m) => `${m.query} ≈ ${m.matchedName} (${m.id}, ${m.score.toFixed(2)})`).join("; ");
  return t(s, s);
}

function informAnswer(row: NormalizedRow): FactAnswer<AnswerOf<"inform">> {
  if (row.inform === "WMD" || row.inform === "CW" || row.inform === "received") {
    const kind =
      row.inform === "received" ? t("受領（種類の記載なし）", "received (kind not stated)") : t(row.inform, row.inform);
    return { answer: "yes", detail: t(`インフォーム: ${kind.ja}`, `Inform: ${kind.en}`) };
  }
  if (row.inform === "invalid") return ans("invalid");
  // An inform written only in the remarks is an inform all the same (the safe reading; the column may be stale).
  const said = informIn(row.remarks);
  if (said)
    return {
      answer: "yes",
      detail: t(
        `備考にインフォームの記載（「${said}」、種類の記載なし）。meti_inform 欄にも記入してください`,
        `The remarks record an inform ("${said}", kind not stated); record it in meti_inform as well`,
      ),
    };
  return ans("no");
}

function cwScope(row: NormalizedRow): FactAnswer<AnswerOf<"cwScope">> {
  const group = destinationGroup(row);
  const cls = row.hs.itemClass;
  const embargo = group === "EMBARGO";
  const specified = cls === "S1";
  if (cls === "INVALID" && !embargo) return ans("hsInvalid");
  const uncertain = cls === "S1_AMBIGUOUS" || cls === "S1_CONDITIONAL";
  const spec = row.hs.specified;
  const itemDetail = spec
    ? () =>
        t(
          `HS ${row.hs.digits}: 16項(1) 第${spec.order_item}号 ${spec.ja}`,
          `HS ${row.hs.digits}: 16項(1) item ${spec.order_item}, ${spec.en}`,
        )
    : undefined;
  if (embargo && specified) return { answer: "embargoSpecified", detail: itemDetail };
  if (embargo) return ans("embargo");
  if (specified) return { answer: "specified", detail: itemDetail };
  if (uncertain) {
    const why = row.hs.note
      ? row.hs.note
      : cls === "S1_CONDITIONAL"
        ? t(
            `HS ${row.hs.digits}: 無人航空機・宇宙飛行体の部分品なら16項(1)`,
            `HS ${row.hs.digits}: 16項(1) only if a part of a UAV or spacecraft`,
          )
        : t(
            `HS ${row.hs.digits}: 4桁では16項(1)の号を特定できません`,
            `HS ${row.hs.digits}: four digits cannot show the 16項(1) subheading`,
          );
    return { answer: "unknown", detail: why };
  }
  return ans("no");
}

/**
 * The end-user prong, the same for WMD and conventional weapons: a listed end user first, then documented activity
 * of this kind, then a listed consignee/buyer, a possible list match, an explicit "unknown".
 */
function userProng(row: NormalizedRow, matches: PartyMatch[], kind: "WMD" | "CW"): FactAnswer<AnswerOf<"cwUser">> {
  const eu = endUserHits(matches);
  if (eu.length) return { answer: "eul", detail: matchDetail(eu) };
  if (row.activity === kind || row.activity === "ANY") return ans("documented");
  const other = otherPartyHits(matches);
  if (other.length) return { answer: "eulOtherParty", detail: matchDetail(other) };
  const possible = eulPossible(matches);
  if (possible.length) return { answer: "possible", detail: matchDetail(possible) };
  if (row.activity === "unknown" || row.activity === "invalid") return ans("unknown");
  return ans("none");
}

/** The End User List match of the end user, as detail for the 明らか facts (which party the prong is about). */
function withWho(matches: PartyMatch[], d: Text | undefined): Text | (() => Text) | undefined {
  if (!d) return undefined;
  const eu = endUserHits(matches);
  if (!eu.length) return d;
  return () => {
    const who = matchDetail(eu);
    return t(`${who.ja}／${d.ja}`, `${who.en}; ${d.en}`);
  };
}

/** Technology named in the item text of a row whose HS code is printed matter (chapter 49), or undefined. */
function printedTechnology(row: NormalizedRow): string | undefined {
  return row.hs.itemClass === "OUT" && row.hs.chapter === 49 ? technologyIn(row.item) : undefined;
}

/** A stated weapons use of any kind (WMD, conventional or both). */
const weaponsUse = (row: NormalizedRow) => row.knownUse === "WMD" || row.knownUse === "CW" || row.knownUse === "ANY";

function inputReadable(row: NormalizedRow): FactAnswer<AnswerOf<"inputReadable">> {
  const ps = row.inputProblems;
  if (!ps.length) return ans("readable");
  const unreadable = ps.some((p) => p.kind === "unreadable");
  const conflict = ps.some((p) => p.kind === "conflict");
  const show = (p: (typeof ps)[number], lang: "ja" | "en") => {
    const raw = p.raw ? (lang === "ja" ? `「${p.raw}」` : ` "${p.raw}"`) : "";
    return lang === "ja" ? `${p.field}${raw}: ${p.why.ja}` : `${p.field}${raw}: ${p.why.en}`;
  };
  return {
    answer: unreadable && conflict ? "both" : conflict ? "conflict" : "unreadable",
    detail: () => t(ps.map((p) => show(p, "ja")).join("／"), ps.map((p) => show(p, "en")).join("; ")),
  };
}

/** A fact function per fact, each typed to give only its fact's declared answers (rules/answers.ts). */
export type FactFunctions = { [K in FactKey]: (f: FactInput) => FactAnswer<AnswerOf<K>> };

const KIND_TEXT = {
  WMD: t("大量破壊兵器", "weapons of mass destruction"),
  CW: t("通常兵器・軍事", "conventional weapons / military"),
};

/**
 * Weapons or military wording in the order's free text (end use, item description, remarks), by kind, leaving out
 * a kind the known-weapons-use column already records (an observation; the flow decides what it means).
 */
function weaponsUseInText(row: NormalizedRow): Text[] {
  const recorded = (k: "WMD" | "CW") => row.knownUse === "ANY" || row.knownUse === k;
  const out: Text[] = [];
  for (const [text, field] of [
    [row.endUse, t("用途", "end use")],
    [row.item, t("品名", "item")],
    [row.remarks, t("備考", "remarks")],
  ] as const) {
    for (const hit of findWeaponsUse(text)) {
      if (recorded(hit.kind)) continue;
      const kind = KIND_TEXT[hit.kind];
      out.push(
        t(
          `${field.ja}「${text}」に「${hit.term}」（${kind.ja}）`,
          `${field.en} "${text}" says "${hit.term}" (${kind.en})`,
        ),
      );
    }
  }
  return out;
}

export const FACTS: FactFunctions = {
  inputReadable: ({ row }) => inputReadable(row),
  technology: ({ row }) => {
    if (row.technology) return YES;
    if (row.transactionTypeInvalid) return ans("invalid");
    const w = printedTechnology(row);
    if (!w) return NO;
    return {
      answer: "yes",
      detail: t(
        `品名「${row.item}」は技術（${w}）を示しています。HS ${row.hs.digits}（第49類・印刷物）は図面・資料などの媒体の分類で、技術の提供として扱います。transaction_type を「技術」とし、技術が係る貨物のHSコードで再判定してください`,
        `Item "${row.item}" names technology ("${w}"). HS ${row.hs.digits} (chapter 49, printed matter) classifies the paper or file that carries it, so this is read as a technology transfer: set transaction_type to technology and screen again with the HS code of the goods the technology is for`,
      ),
    };
  },
  northKorea: ({ row }) => countriesIn(row, TOTAL_BAN),
  otherRegime: ({ row }) => countriesIn(row, OTHER_REGIME),
  countryKnown: ({ row }) => {
    const bad: Text[] = [];
    if (!row.destination.iso2)
      bad.push(
        row.destination.input
          ? t(`仕向地「${row.destination.input}」`, `destination "${row.destination.input}"`)
          : t("仕向地が空欄", "destination blank"),
      );
    if (row.consigneeCountry.input && !row.consigneeCountry.iso2)
      bad.push(t(`荷受人所在国「${row.consigneeCountry.input}」`, `consignee country "${row.consigneeCountry.input}"`));
    if (row.endUserCountry.input && !row.endUserCountry.iso2)
      bad.push(t(`需要者所在国「${row.endUserCountry.input}」`, `end-user country "${row.endUserCountry.input}"`));
    if (!bad.length) return YES;
    return { answer: "no", detail: t(bad.map((b) => b.ja).join("、"), bad.map((b) => b.en).join(", ")) };
  },
  countryInText: ({ row }) => {
    const found = stricterCountriesInText(row);
    return found.length ? { answer: "yes", detail: () => describeTextCountries(found) } : NO;
  },
  otherListMatch: ({ matches }) => {
    const ms = matches.filter((m) => !m.isEndUserList && !m.suppressed);
    return ms.length ? { answer: "yes", detail: matchDetail(ms) } : { answer: "no" };
  },
  listControl: ({ row }) => ({
    answer: row.listControl,
    detail: row.listControlItem ? () => t(`項番: ${row.listControlItem}`, `Item: ${row.listControlItem}`) : undefined,
  }),
  hsScope: ({ row }) => {
    // Technology carried on printed matter: chapter 49 is the medium's code and cannot decide the technology's scope.
    if (row.hs.itemClass === "OUT" && row.hs.chapter === 49 && (row.technology || printedTechnology(row)))
      return {
        answer: "INVALID",
        detail: t(
          `HS ${row.hs.digits}（第49類・印刷物）は技術を載せた媒体の分類です。技術の提供の対象（外為令別表16項）はその技術が係る貨物で決まるため、このHSコードでは判断できません`,
          `HS ${row.hs.digits} (chapter 49, printed matter) is the code of the medium that carries the technology; the scope of a technology transfer (Foreign Exchange Order Appended Table item 16) follows the goods the technology is for, so this code cannot decide it`,
        ),
      };
    const spec = row.hs.specified;
    return {
      answer: row.hs.itemClass,
      detail: row.hs.digits
        ? () =>
            t(
              `HS ${row.hs.digits}${spec ? `（16項(1) ${spec.ja}）` : ""}${row.hs.note ? `。${row.hs.note.ja}` : ""}`,
              `HS ${row.hs.digits}${spec ? ` (16項(1) ${spec.en})` : ""}${row.hs.note ? `. ${row.hs.note.en}` : ""}`,
            )
        : row.hs.note
          ? () => row.hs.note!
          : undefined,
    };
  },
  destinationGroup: ({ row }) => {
    const g = destinationGroup(row);
    const d = row.destination.iso2;
    return { answer: g, detail: d ? () => t(countryName(d, "ja"), countryName(d, "en")) : undefined };
  },
  informGroupA: ({ row }) => informAnswer(row),
  groupADiversion: ({ row, matches }) => {
    const outside: Text[] = [];
    for (const [c, role] of [
      [row.consigneeCountry.iso2, t("荷受人", "consignee")],
      [row.endUserCountry.iso2, t("需要者", "end user")],
    ] as const) {
      if (c && !GROUP_A.has(c))
        outside.push(t(`${role.ja}所在国 ${countryName(c, "ja")}`, `${role.en} in ${countryName(c, "en")}`));
    }
    const listed = matches.filter((m) => m.isEndUserList && !m.suppressed);
    if (listed.length) outside.push(matchDetail(listed));
    if (!outside.length) return ans("no");
    return { answer: "yes", detail: t(outside.map((o) => o.ja).join("、"), outside.map((o) => o.en).join("; ")) };
  },
  inform: ({ row }) => informAnswer(row),
  wmdUse: ({ row }) =>
    ans(row.knownUse === "WMD" || row.knownUse === "ANY" ? "yes" : row.knownUse === "invalid" ? "invalid" : "no"),
  endUserList: ({ endUserList }) => ans(endUserList),
  wmdUser: ({ row, matches }) => userProng(row, matches, "WMD"),
  weaponsUse: ({ row }) => {
    if (!weaponsUse(row)) return NO;
    const d = `known_weapons_use=${row.knownUse}`;
    return { answer: "yes", detail: t(d, d) };
  },
  weaponsActivity: ({ row }) => {
    if (row.activity !== "WMD" && row.activity !== "CW" && row.activity !== "ANY") return NO;
    const d = `end_user_weapons_activity=${row.activity}`;
    return { answer: "yes", detail: t(d, d) };
  },
  cwActivity: ({ row }) => (row.activity === "CW" || row.activity === "ANY" ? YES : NO),
  cwScope: ({ row }) => cwScope(row),
  embargoGoods: ({ row }) => {
    if (destinationGroup(row) !== "EMBARGO") return ans("notEmbargo");
    if (row.hs.itemClass === "S1") return ans("S1");
    if (uncertainClass(row))
      return {
        answer: "uncertain",
        detail: t(
          `HS ${row.hs.digits || "—"}: HSコードから16項(1)でないと確かめられません`,
          `HS ${row.hs.digits || "—"}: the HS code cannot show that the goods are not 16項(1)`,
        ),
      };
    return ans("other");
  },
  guidelineConcern: ({ row, matches, redFlags }) => {
    const d = observeGuideline(row, matches, redFlags).concern;
    return d ? { answer: "yes", detail: withWho(matches, d) } : NO;
  },
  redFlagsAnswered: ({ row, matches, redFlags }) => {
    const d = observeGuideline(row, matches, redFlags).answeredYes;
    return d ? { answer: "yes", detail: withWho(matches, d) } : NO;
  },
  guidelineContradicted: ({ row, matches, redFlags }) => {
    const o = observeGuideline(row, matches, redFlags);
    return o.contradicted === "none"
      ? ans("none")
      : { answer: o.contradicted, detail: withWho(matches, o.contradictedDetail) };
  },
  eulCwCoded: ({ matches }) => {
    const cw = endUserHits(matches).filter((h) => h.cw);
    return cw.length ? { answer: "yes", detail: matchDetail(cw) } : NO;
  },
  guidelineOpen: ({ row, matches, redFlags }) => {
    const d = observeGuideline(row, matches, redFlags).open;
    return d ? { answer: "yes", detail: withWho(matches, d) } : NO;
  },
  clearlyDocumented: ({ row }) => (row.clearlyNotForWeapons ? YES : NO),
  outOfScopeWeapons: ({ row }) => {
    const parts: string[] = [];
    if (row.knownUse !== "none" && row.knownUse !== "invalid") parts.push(`known_weapons_use=${row.knownUse}`);
    if (row.activity !== "none" && row.activity !== "invalid" && row.activity !== "unknown")
      parts.push(`end_user_weapons_activity=${row.activity}`);
    if (row.inform !== "none" && row.inform !== "invalid") parts.push(`meti_inform=${row.inform}`);
    const text = weaponsUseInText(row);
    if (!parts.length && !text.length) return NO;
    const ja = [...parts, ...text.map((x) => x.ja)];
    const en = [...parts, ...text.map((x) => x.en)];
    return { answer: "yes", detail: t(ja.join("、"), en.join("; ")) };
  },

  cwUse: ({ row }) => (row.knownUse === "CW" || row.knownUse === "ANY" ? YES : NO),
  cwUser: ({ row, matches }) => userProng(row, matches, "CW"),
  militaryName: ({ row }) => {
    const parties = [
      [row.endUser, t("需要者", "End user")],
      [row.consignee, t("荷受人", "Consignee")],
      [row.buyer, t("買主", "Buyer")],
    ] as const;
    const countries = [row.destination.iso2, row.consigneeCountry.iso2, row.endUserCountry.iso2];
    let security: FactAnswer<"security"> | undefined;
    for (const [name, role] of parties) {
      const w = findMilitaryBody(name);
      if (w) return { answer: "yes", detail: t(`${role.ja}「${name}」（${w}）`, `${role.en} "${name}" (${w})`) };
      const a = findContextAcronym(name, countries);
      const ctx = a && (a.why.length === 2 ? countryName(a.why, "ja") : a.why);
      const ctxEn = a && (a.why.length === 2 ? countryName(a.why, "en") : a.why);
      if (a?.kind === "military")
        return {
          answer: "yes",
          detail: t(
            `${role.ja}「${name}」（${a.acronym}：${ctx}の軍・武装組織の略称）`,
            `${role.en} "${name}" (${a.acronym}: the abbreviation of an armed force or group of ${ctxEn})`,
          ),
        };
      if (!security) {
        const s = a?.kind === "security" ? a.acronym : findSecurityBody(name);
        if (s)
          security = {
            answer: "security",
            detail: t(`${role.ja}「${name}」（${s}）`, `${role.en} "${name}" (${s})`),
          };
      }
    }
    const site = findMilitarySite(row.deliveryAddress);
    if (site)
      return {
        answer: "yes",
        detail: t(
          `納入先住所「${row.deliveryAddress}」（${site}）は軍事施設内です（明らかガイドライン④）`,
          `Delivery address "${row.deliveryAddress}" (${site}) is inside a military site ('clearly' guideline item 4)`,
        ),
      };
    return security ?? ans("no");
  },
  useText: ({ row }) => {
    const found = weaponsUseInText(row);
    if (!found.length) return NO;
    return {
      answer: "yes",
      detail: t(found.map((f) => f.ja).join("、"), found.map((f) => f.en).join("; ")),
    };
  },
  paymentText: ({ row }) => {
    for (const [text, field, where] of [
      [row.paymentTerms, t("決済条件", "payment terms"), "terms"],
      [row.remarks, t("備考", "remarks"), "remarks"],
    ] as const) {
      const hit = unusualPaymentIn(text, where);
      if (hit)
        return {
          answer: "yes",
          detail: () => t(`${field.ja}「${hit.clause}」（${hit.term}）`, `${field.en} "${hit.clause}" ("${hit.term}")`),
        };
    }
    return NO;
  },
  redFlags: ({ redFlags }) => {
    if (!redFlags.hits.length) return ans(redFlags.state);
    const codes = () => redFlags.hits.map((h) => h.code).join(", ");
    return { answer: "any", detail: () => t(codes(), codes()) };
  },
  decisionSoFar: ({ decisionSoFar }) => ans(decisionSoFar),
};

export function answerFact(key: FactKey, input: FactInput): FactAnswer {
  return FACTS[key](input);
}

/** The function that answers a fact (looked up once per flow node when the flow is compiled). */
export function factFunction(key: FactKey, facts: FactFunctions = FACTS): (input: FactInput) => FactAnswer {
  const fn = facts[key];
  if (!fn) throw new Error(`No fact function for ${key}`);
  return fn;
}
