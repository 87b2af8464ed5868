/**
 * Normalises one order row into typed facts the flow and the red-flag detectors use.
 * Never throws. Each decision-relevant field is read as a value, a blank (nothing known) or unreadable: an
 * unreadable field is registered in `inputProblems` (normalize/unreadable.ts) and the flow turns it into a REVIEW
 * naming the field, so an Excel error or a value outside the field's vocabulary is never silently read as blank.
 */
import { CANONICAL_FIELDS, type CanonicalField, type OrderRow, type Text } from "../types";
import { cellText, excelErrorOf } from "./text";
import { resolveCountry, resolveCountryList, type CountryResolution } from "./country";
import { classifyHs, type HsClassification } from "./hs";
import {
  parseListControl,
  parseTransactionType,
  parseWeapons,
  parseInform,
  parseYesNo,
  parseGuidelineAnswer,
  parseDate,
  parseDateRange,
  parseAmount,
  WEAPONS_ACCEPTED,
  YES_NO_ACCEPTED,
  type GuidelineAnswer,
  type InformValue,
  type ListControl,
  type WeaponsKnown,
  type YesNo,
} from "./values";
import { currencyCode, currencyMarkInAmount } from "./money";
import { findWord } from "../redflags/match";
import { CASH_PAYMENT_WORDS } from "../reference/vocabulary";
import { controlledClaim } from "./itemClaims";
import { isConflictingCells, registerConflict, registerUnreadable, WHY, type InputProblem } from "./unreadable";
import { cellWord, cellWordWhy } from "./cellWords";

export interface NormalizedRow {
  orderId: string;
  item: string;
  hs: HsClassification;
  listControl: ListControl;
  listControlItem?: string;
  destination: CountryResolution;
  consignee: string;
  consigneeCountry: CountryResolution;
  endUser: string;
  endUserCountry: CountryResolution;
  buyer: string;
  endUse: string;
  /** Free text of a remarks / 備考 column: read for weapons uses and red flags like the other free text. */
  remarks: string;
  technology: boolean;
  transactionTypeInvalid: boolean;
  knownUse: WeaponsKnown;
  activity: WeaponsKnown;
  inform: InformValue;
  clearlyNotForWeapons: boolean;
  /** The clearly_not_for_weapons answer itself: "no" says the exporter judged it NOT clear. */
  clearlyAnswer: YesNo;
  paymentTerms: string;
  orderValue?: number;
  currency: string;
  transit: CountryResolution[];
  /** Whether the sheet has the delivery columns at all (a missing column is not a vague delivery). */
  hasDeliveryDate: boolean;
  hasDeliveryAddress: boolean;
  deliveryDateRaw: string;
  deliveryDate?: string;
  deliveryAddress: string;
  customerSinceRaw: string;
  customerSince?: string;
  serviceDeclined: YesNo;
  /** Checklist answers RF01…RF19 (index 0 = RF01). */
  checklist: YesNo[];
  /** 明らかガイドライン answers ①…⑳ (index 0 = mg01): yes = satisfied, no = a concern, blank = not checked. */
  guideline: GuidelineAnswer[];
  /** Whether the sheet has any guideline column (mg01…mg20) at all. */
  hasGuideline: boolean;
  /** Fields that could not be read (or whose columns disagree). Any entry makes the row at least REVIEW. */
  inputProblems: InputProblem[];
  notes: Text[];
}

const note = (ja: string, en: string): Text => ({ ja, en });

/** The checklist of a row with no answers at all: shared, frozen. */
const NO_ANSWERS = Object.freeze(new Array<YesNo>(19).fill("blank")) as YesNo[];
const NO_GUIDELINE = Object.freeze(new Array<GuidelineAnswer>(20).fill("blank")) as GuidelineAnswer[];

const RF_KEYS = Array.from({ length: 19 }, (_, i) => `rf${String(i + 1).padStart(2, "0")}` as CanonicalField);
const MG_KEYS = Array.from({ length: 20 }, (_, i) => `mg${String(i + 1).padStart(2, "0")}` as CanonicalField);

/**
 * Fields a decision can depend on. An Excel error (or an unreadable cell object) in any of them is an input problem;
 * in order_id it is only a note. The item description counts: a weapons use written in it is read.
 */
export const DECISION_FIELDS: ReadonlySet<string> = new Set<string>(CANONICAL_FIELDS.filter((f) => f !== "order_id"));

const hasValue = (v: unknown) => v !== undefined && v !== null && v !== "";

const RF = 1;
const MG = 2;
/** The checklist keys (rf01…rf19, mg01…mg20) by kind. */
const KEY_KIND = new Map<string, number>([
  ...RF_KEYS.map((k) => [k, RF] as const),
  ...MG_KEYS.map((k) => [k, MG] as const),
]);

/**
 * Whether a text cell could be an Excel error ("#N/A", " #REF!") or formula text ("=VLOOKUP(…)"): error texts start
 * with #, a space or a tab, formula text with = (or a full-width ＝).
 */
function mayBeError(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 35 || c === 32 || c === 9 || c === 61 || c === 0xff1d;
}

/** The parties, by field, with their names in both languages for the explanations. */
const PARTY_LABEL = {
  end_user: note("最終需要者", "end user"),
  consignee: note("荷受人", "consignee"),
  buyer: note("買主", "buyer"),
} as const;
/** Free-text fields where a ditto mark stands for a value written elsewhere (never read as the value). */
const TEXT_LABEL = {
  end_use: note("用途", "end use"),
  item_description: note("品名", "item description"),
  delivery_address: note("納入先住所", "delivery address"),
  payment_terms: note("決済条件", "payment terms"),
  remarks: note("備考", "remarks"),
} as const;
const ANY_FIELD = note("この項目", "this field");

/** A cell object that yields no text (not a rich-text, hyperlink or formula-result cell). */
function unreadableObject(v: unknown): boolean {
  if (typeof v !== "object" || v === null || v instanceof Date) return false;
  return cellText(v) === "" && !("result" in v && (v as { result: unknown }).result == null);
}

/** A formula cell object without a result ({ formula } as the CLI's workbook reader and ExcelJS give it). */
function formulaWithoutResult(v: unknown): boolean {
  return typeof v === "object" && v !== null && "formula" in v && !("result" in v);
}

/** HS cells that say "no code known" rather than holding a code (HS_INVALID, not unreadable). */
const HS_PLACEHOLDER = /^(?:-+|—|―|ー|n\/?a|tbd|tba|none|unknown|未定|不明|なし|無し|\?|？)$/i;

export function normalizeRow(row: OrderRow): NormalizedRow {
  const src = (row ?? {}) as OrderRow;
  const notes: Text[] = [];
  const problems: InputProblem[] = [];
  const sink = { inputProblems: problems };
  let r = src;
  // One pass over the row's keys (Object.keys: a for-in over a 40-field row costs more than the rest of this
  // function). Blank and plain-text cells, nearly all of a sheet, need no check beyond a first character.
  const keys = Object.keys(src);
  let checks: string[] | undefined;
  let hasGuideline = false;
  let answered = false;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const v = src[key as keyof OrderRow];
    if (v === undefined) continue;
    const kind = KEY_KIND.get(key);
    if (kind === MG) hasGuideline = true;
    else if (kind === RF && !answered && !isConflictingCells(v)) answered = hasValue(v);
    if (v === null || (typeof v === "string" && !mayBeError(v))) continue;
    (checks ??= []).push(key);
  }
  // Conflicting columns: the field is a problem; the first value is still used for the walk (any answer is REVIEW).
  if (checks) {
    for (const key of checks) {
      const v = src[key as keyof OrderRow];
      if (isConflictingCells(v)) {
        if (r === src) r = { ...src };
        registerConflict(
          sink,
          key,
          v.conflicting.map((c) => cellText(c) || excelErrorOf(c) || String(c)),
        );
        r[key as keyof OrderRow] = v.conflicting[0];
      }
    }
    if (r !== src) {
      // The first value of a conflict is the one screened: the checklists are answered by it.
      answered = RF_KEYS.some((k) => hasValue(r[k]));
      hasGuideline = MG_KEYS.some((k) => r[k] !== undefined);
    }
    for (const key of checks) {
      const v = r[key as keyof OrderRow];
      const err = excelErrorOf(v);
      if (err) {
        if (DECISION_FIELDS.has(key)) registerUnreadable(sink, key, err, WHY.excelError(err));
        else
          notes.push(
            note(
              `${key} のセルがExcelエラー（${err}）です。空欄ではなく不明として扱います`,
              `${key} holds an Excel error (${err}); treated as unknown, not as blank`,
            ),
          );
      } else if (DECISION_FIELDS.has(key) && typeof v === "string" && cellWord(v) === "formula")
        registerUnreadable(sink, key, cellText(v), cellWordWhy("formula", ANY_FIELD));
      else if (DECISION_FIELDS.has(key) && unreadableObject(v))
        registerUnreadable(sink, key, "", formulaWithoutResult(v) ? WHY.formulaNoValue() : WHY.cellObject());
      else if (DECISION_FIELDS.has(key) && typeof v === "number" && !Number.isFinite(v))
        registerUnreadable(sink, key, String(v), WHY.notANumber());
    }
  }
  const unread = (field: CanonicalField, why: Text) => registerUnreadable(sink, field, cellText(r[field]), why);
  /**
   * A party cell: its name, or "" when the cell holds a word instead of a name. "None" words (なし, N/A, -) read as a
   * blank; an "unknown" word (不明, TBD, ?), a ditto mark or formula text is unreadable (REVIEW, saying what to do).
   */
  const party = (field: keyof typeof PARTY_LABEL): string => {
    const v = r[field];
    const word = cellWord(v);
    if (!word) return cellText(v);
    if (word !== "none") unread(field, cellWordWhy(word, PARTY_LABEL[field]));
    return "";
  };
  /** A free-text cell: its text, or "" for a ditto mark or formula text (unreadable). */
  const freeText = (field: keyof typeof TEXT_LABEL): string => {
    const v = r[field];
    const word = cellWord(v);
    if (word !== "ditto" && word !== "formula") return cellText(v);
    unread(field, cellWordWhy(word, TEXT_LABEL[field]));
    return "";
  };

  const lc = parseListControl(r.list_control);
  if (lc.tentative)
    unread("list_control", {
      ja: `該非判定「${lc.raw}」は確定していません（「${lc.tentative}」）。暫定の判定は非該当として扱えません。該非判定を確定させ、判定書の結果（該当（項番）／非該当）を記入してください`,
      en: `the classification "${lc.raw}" is not final ("${lc.tentative}"); a provisional classification cannot be read as non-controlled. Complete the classification and write its result (controlled with the item / non-controlled)`,
    });
  else if (
    lc.value === "unknown" &&
    lc.raw &&
    !/^(unknown|不明|未判定|未了|判定中|pending|tbd|未定|\?|？)$/i.test(lc.raw)
  )
    unread(
      "list_control",
      WHY.notInVocabulary({
        ja: "該当（項番）／非該当／未判定",
        en: "controlled (with the item) / non-controlled / not classified",
      }),
    );
  if (lc.value === "non-controlled") {
    const item = cellText(r.item_description);
    const remarks = cellText(r.remarks);
    const claim = controlledClaim(item) ?? controlledClaim(remarks);
    if (claim)
      sink.inputProblems.push({
        field: "list_control",
        raw: `${lc.raw} | ${claim}`,
        kind: "conflict",
        why: {
          ja: `該非判定は「${lc.raw}」ですが、品名・備考に「${claim}」とあります。該非判定書で分類を確かめ、正しい判定を記入してください`,
          en: `list control says "${lc.raw}" but the item description or remarks say "${claim}"; check the classification sheet and write the right classification`,
        },
      });
  }
  const tx = parseTransactionType(r.transaction_type);
  if (tx === "invalid") unread("transaction_type", WHY.notInVocabulary({ ja: "貨物／技術", en: "goods / technology" }));
  const knownUse = parseWeapons(r.known_weapons_use, false);
  const activity = parseWeapons(r.end_user_weapons_activity, true);
  const inform = parseInform(r.meti_inform);
  if (knownUse === "invalid") unread("known_weapons_use", WHY.notInVocabulary(WEAPONS_ACCEPTED.use));
  if (activity === "invalid") unread("end_user_weapons_activity", WHY.notInVocabulary(WEAPONS_ACCEPTED.activity));
  if (inform === "invalid") unread("meti_inform", WHY.notInVocabulary(WEAPONS_ACCEPTED.inform));
  const clearly = parseYesNo(r.clearly_not_for_weapons, "clearly");
  if (clearly === "invalid") unread("clearly_not_for_weapons", WHY.notInVocabulary(YES_NO_ACCEPTED.clearly));
  const serviceDeclined = parseYesNo(r.service_declined, "service");
  if (serviceDeclined === "invalid") unread("service_declined", WHY.notInVocabulary(YES_NO_ACCEPTED.service));

  let checklist: YesNo[] = NO_ANSWERS;
  if (answered) {
    checklist = [];
    for (let i = 0; i < 19; i++) {
      const v = parseYesNo(r[RF_KEYS[i]], "rf");
      if (v === "invalid") unread(RF_KEYS[i], WHY.notInVocabulary(YES_NO_ACCEPTED.rf));
      checklist.push(v);
    }
  }
  let guideline: GuidelineAnswer[] = NO_GUIDELINE;
  if (hasGuideline) {
    guideline = [];
    for (let i = 0; i < 20; i++) {
      const v = parseGuidelineAnswer(r[MG_KEYS[i]]);
      if (v === "invalid") unread(MG_KEYS[i], WHY.notInVocabulary(YES_NO_ACCEPTED.mg));
      guideline.push(v);
    }
  }

  const deliveryDateRaw = cellText(r.delivery_date);
  const customerSinceRaw = cellText(r.customer_since);
  const orderValue = parseAmount(r.order_value);
  if (cellText(r.order_value) && orderValue === undefined) unread("order_value", WHY.notANumber());
  const customerSince = parseDate(r.customer_since);
  if (customerSinceRaw && !customerSince && /\d/.test(customerSinceRaw)) unread("customer_since", WHY.notADate());
  // The shipment date chooses the rule pack. A period ("2025年10月上旬") is screened from its first day: the pack of
  // that day and today's pack are both walked and the more severe decision is shown (screen.ts), so a period that
  // spans a rule change is never decided under the later rules alone.
  const shipment = parseDateRange(r.delivery_date);
  const deliveryDate = shipment?.first;
  if (shipment && shipment.first !== shipment.last)
    notes.push(
      note(
        `納期「${deliveryDateRaw}」は期間（${shipment.first}〜${shipment.last}）のため、初日 ${shipment.first} の規制で判定しました（現行規制より軽くはなりません）`,
        `The delivery date "${deliveryDateRaw}" is a period (${shipment.first} to ${shipment.last}); it was screened under the rules of its first day, ${shipment.first} (never less strictly than today's rules)`,
      ),
    );
  // A date that was written but not understood never silently picks today's rules.
  if (deliveryDateRaw && !deliveryDate && /[\d〇一二三四五六七八九十元]|令和|平成|昭和/.test(deliveryDateRaw))
    unread("delivery_date", {
      ja: "出荷日（納期）を日付として読めないため、出荷日に適用される規制を選べません（現行規制で判定しています）。yyyy-mm-dd（例 2025-09-30）または実在する和暦（例 令和7年9月30日）で記入してください",
      en: "the shipment (delivery) date cannot be read as a date, so the rules in force on that date cannot be chosen (today's rules were used); write it as yyyy-mm-dd (e.g. 2025-09-30) or as an existing Japanese-era date (e.g. 令和7年9月30日)",
    });

  const transit = resolveCountryList(r.transit_countries);
  const unknownTransit = transit.filter((c) => !c.iso2).map((c) => c.input);
  if (unknownTransit.length)
    registerUnreadable(sink, "transit_countries", unknownTransit.join(", "), {
      ja: "国・地域として認識できません。国名またはISOコード（例 AE, SG）で、区切りはカンマで記入してください",
      en: "not recognised as a country; write country names or ISO codes (e.g. AE, SG) separated by commas",
    });

  // An HS code that does not parse (letters, a chapter that does not exist, exponent form, a digit count no
  // spreadsheet produces) is unreadable, not merely missing; a placeholder (-, N/A, 未定) stays "nothing known".
  const hs = classifyHs(r.hs_code);
  const hsRaw = typeof r.hs_code === "number" ? String(r.hs_code) : cellText(r.hs_code);
  if (hs.itemClass === "INVALID" && hsRaw && !HS_PLACEHOLDER.test(hsRaw))
    registerUnreadable(sink, "hs_code", hsRaw, {
      ja: `${hs.note?.ja ?? "HSコードとして読めません"}。統計品目番号（6〜9桁、例 8458.11）を文字列として記入してください`,
      en: `${hs.note?.en ?? "not an HS code"}; write the statistical code (6–9 digits, e.g. 8458.11) as text`,
    });

  // An amount in a currency the table does not know matters where cash or advance terms make the amount decide red
  // flag 5: the currency is then unreadable (never compared as yen).
  const currency = cellText(r.currency) || currencyMarkInAmount(r.order_value);
  if (
    orderValue !== undefined &&
    currency &&
    currencyCode(currency) === undefined &&
    findWord(cellText(r.payment_terms), CASH_PAYMENT_WORDS)
  )
    registerUnreadable(sink, cellText(r.currency) ? "currency" : "order_value", currency, {
      ja: `通貨「${currency}」を認識できないため、前払・現金条件の金額が高額かどうか判定できません。通貨をISOコード（USD、CNY、EUR等）で記入してください`,
      en: `the currency "${currency}" is not recognised, so whether this cash/advance order is high-value cannot be judged; write the currency as an ISO code (USD, CNY, EUR …)`,
    });

  return {
    orderId: cellText(r.order_id),
    item: freeText("item_description"),
    hs,
    listControl: lc.value,
    listControlItem: lc.item,
    destination: resolveCountry(r.destination),
    consignee: party("consignee"),
    consigneeCountry: resolveCountry(r.consignee_country),
    endUser: party("end_user"),
    endUserCountry: resolveCountry(r.end_user_country),
    buyer: party("buyer"),
    endUse: freeText("end_use"),
    remarks: freeText("remarks"),
    technology: tx === "technology",
    transactionTypeInvalid: tx === "invalid",
    knownUse,
    activity,
    inform,
    clearlyNotForWeapons: clearly === "yes",
    clearlyAnswer: clearly,
    paymentTerms: freeText("payment_terms"),
    orderValue,
    // A blank currency column with a currency written in the amount cell takes that one (never yen by default).
    currency,
    transit,
    hasDeliveryDate: r.delivery_date !== undefined,
    hasDeliveryAddress: r.delivery_address !== undefined,
    deliveryDateRaw,
    deliveryDate,
    deliveryAddress: freeText("delivery_address"),
    customerSinceRaw,
    customerSince,
    serviceDeclined,
    checklist,
    guideline,
    hasGuideline,
    inputProblems: problems,
    notes,
  };
}
