/**
 * Header mapping: turns the header row of an order sheet into canonical fields (types.ts CANONICAL_FIELDS).
 * English and common Japanese headers are accepted; matching ignores case, width (NFKC), spaces, underscores
 * and punctuation. Pure: no Node, DOM or Office.js APIs, so the CLI and the add-in share it.
 */
import { CANONICAL_FIELDS, REQUIRED_FIELDS } from "./types";
import type { CanonicalField, OrderRow, Text } from "./types";

/** Human labels of the canonical fields, for messages and summaries. */
export const FIELD_LABELS: Record<CanonicalField, Text> = {
  order_id: { ja: "注文番号", en: "Order ID" },
  item_description: { ja: "品名", en: "Item description" },
  hs_code: { ja: "HSコード（統計品目番号）", en: "HS code" },
  list_control: { ja: "該非判定", en: "List control (classification)" },
  destination: { ja: "仕向地", en: "Destination" },
  consignee: { ja: "荷受人", en: "Consignee" },
  consignee_country: { ja: "荷受人の国", en: "Consignee country" },
  end_user: { ja: "最終需要者", en: "End user" },
  end_user_country: { ja: "最終需要者の国", en: "End-user country" },
  buyer: { ja: "買主", en: "Buyer" },
  end_use: { ja: "用途", en: "End use" },
  transaction_type: { ja: "取引区分（貨物／技術）", en: "Transaction type (goods/technology)" },
  known_weapons_use: { ja: "兵器用途の判明", en: "Known weapons use" },
  end_user_weapons_activity: { ja: "需要者の兵器開発等", en: "End-user weapons activity" },
  meti_inform: { ja: "経済産業省からのインフォーム", en: "METI inform" },
  clearly_not_for_weapons: { ja: "明らかガイドラインによる確認", en: "Clearly not for weapons (documented)" },
  payment_terms: { ja: "決済条件", en: "Payment terms" },
  order_value: { ja: "金額", en: "Order value" },
  currency: { ja: "通貨", en: "Currency" },
  transit_countries: { ja: "経由地", en: "Transit countries" },
  delivery_date: { ja: "納期", en: "Delivery date" },
  delivery_address: { ja: "納入先", en: "Delivery address" },
  customer_since: { ja: "取引開始日", en: "Customer since" },
  service_declined: { ja: "据付・保守の辞退", en: "Service declined" },
  remarks: { ja: "備考", en: "Remarks" },
  rf01: { ja: "RF01", en: "RF01" },
  rf02: { ja: "RF02", en: "RF02" },
  rf03: { ja: "RF03", en: "RF03" },
  rf04: { ja: "RF04", en: "RF04" },
  rf05: { ja: "RF05", en: "RF05" },
  rf06: { ja: "RF06", en: "RF06" },
  rf07: { ja: "RF07", en: "RF07" },
  rf08: { ja: "RF08", en: "RF08" },
  rf09: { ja: "RF09", en: "RF09" },
  rf10: { ja: "RF10", en: "RF10" },
  rf11: { ja: "RF11", en: "RF11" },
  rf12: { ja: "RF12", en: "RF12" },
  rf13: { ja: "RF13", en: "RF13" },
  rf14: { ja: "RF14", en: "RF14" },
  rf15: { ja: "RF15", en: "RF15" },
  rf16: { ja: "RF16", en: "RF16" },
  rf17: { ja: "RF17", en: "RF17" },
  rf18: { ja: "RF18", en: "RF18" },
  rf19: { ja: "RF19", en: "RF19" },
  mg01: { ja: "明らか01", en: "MG01" },
  mg02: { ja: "明らか02", en: "MG02" },
  mg03: { ja: "明らか03", en: "MG03" },
  mg04: { ja: "明らか04", en: "MG04" },
  mg05: { ja: "明らか05", en: "MG05" },
  mg06: { ja: "明らか06", en: "MG06" },
  mg07: { ja: "明らか07", en: "MG07" },
  mg08: { ja: "明らか08", en: "MG08" },
  mg09: { ja: "明らか09", en: "MG09" },
  mg10: { ja: "明らか10", en: "MG10" },
  mg11: { ja: "明らか11", en: "MG11" },
  mg12: { ja: "明らか12", en: "MG12" },
  mg13: { ja: "明らか13", en: "MG13" },
  mg14: { ja: "明らか14", en: "MG14" },
  mg15: { ja: "明らか15", en: "MG15" },
  mg16: { ja: "明らか16", en: "MG16" },
  mg17: { ja: "明らか17", en: "MG17" },
  mg18: { ja: "明らか18", en: "MG18" },
  mg19: { ja: "明らか19", en: "MG19" },
  mg20: { ja: "明らか20", en: "MG20" },
};

/**
 * Accepted header spellings per field (besides the canonical name itself). Written as a person would type
 * them; they are normalised with `normalizeHeader` before lookup, so case, width, spaces, underscores and
 * punctuation do not matter.
 */
const ALIASES: Partial<Record<CanonicalField, string[]>> = {
  order_id: [
    "order id",
    "order no",
    "order number",
    "order #",
    "order ref",
    "order reference",
    "po",
    "po no",
    "po number",
    "purchase order",
    "purchase order no",
    "sales order",
    "sales order no",
    "reference",
    "ref",
    "ref no",
    "注文番号",
    "受注番号",
    "発注番号",
    "注文No",
    "受注No",
    "発注No",
    "オーダー番号",
    "オーダーNo",
    "案件番号",
    "管理番号",
    "整理番号",
    "契約番号",
  ],
  item_description: [
    "item",
    "item description",
    "item name",
    "description",
    "product",
    "product name",
    "product description",
    "goods",
    "goods description",
    "description of goods",
    "commodity",
    "commodity description",
    "article",
    "品名",
    "品目",
    "品目名",
    "商品名",
    "製品名",
    "貨物",
    "貨物名",
    "品名・型式",
    "品名型式",
    "品名・型番",
    "品名型番",
  ],
  hs_code: [
    "hs",
    "hs code",
    "hs no",
    "hs number",
    "hs6",
    "hs 6",
    "hs tariff",
    "hts",
    "hts code",
    "tariff code",
    "tariff number",
    "commodity code",
    "customs code",
    "statistical code",
    "statistical number",
    "HSコード",
    "HS番号",
    "HSCD",
    "統計品目番号",
    "輸出統計品目番号",
    "統計番号",
    "統計コード",
    "関税番号",
    "税番",
    "関税分類番号",
    "品目番号",
  ],
  list_control: [
    "list control",
    "list controlled",
    "control status",
    "export control",
    "export control status",
    "export classification",
    "classification",
    "control classification",
    "controlled",
    "該非判定",
    "該非",
    "該非判定結果",
    "該非区分",
    "該非判定区分",
    "リスト規制",
    "リスト規制該非",
    "リスト規制該当",
    "該当非該当",
    "該当・非該当",
    "該非(項番)",
    "該非判定(項番)",
  ],
  destination: [
    "destination",
    "destination country",
    "country of destination",
    "dest",
    "dest country",
    "ship to country",
    "final destination",
    "export destination",
    "country",
    "仕向地",
    "仕向国",
    "仕向け地",
    "仕向け国",
    "仕向地国",
    "仕向国名",
    "仕向地名",
    "最終仕向地",
    "最終仕向国",
    "輸出先",
    "輸出先国",
    "輸出国名",
    "向け先",
    "向先",
  ],
  consignee: [
    "consignee",
    "consignee name",
    "ship to",
    "ship to name",
    "receiver",
    "recipient",
    "importer",
    "荷受人",
    "荷受人名",
    "荷受け人",
    "荷受人名称",
    "受荷主",
    "輸入者",
    "荷受人（輸入者）",
  ],
  consignee_country: [
    "consignee country",
    "consignee country code",
    "country of consignee",
    "ship to country of consignee",
    "importer country",
    "荷受人国",
    "荷受人の国",
    "荷受人国名",
    "荷受人所在国",
    "荷受人所在地国",
    "荷受人の所在国",
    "輸入者国",
  ],
  end_user: [
    "end user",
    "enduser",
    "end user name",
    "final user",
    "ultimate end user",
    "ultimate consignee",
    "user",
    "最終需要者",
    "最終需要者名",
    "エンドユーザー",
    "エンドユーザ",
    "エンドユーザー名",
    "需要者",
    "需要者名",
    "最終ユーザー",
    "最終ユーザ",
    "ユーザー",
    "ユーザ",
  ],
  end_user_country: [
    "end user country",
    "enduser country",
    "country of end user",
    "end user country code",
    "user country",
    "最終需要者国",
    "最終需要者の国",
    "最終需要者国名",
    "最終需要者所在国",
    "最終需要者の所在国",
    "需要者国",
    "需要者の国",
    "需要者所在国",
    "エンドユーザー国",
    "エンドユーザーの国",
    "エンドユーザ国",
  ],
  buyer: [
    "buyer",
    "buyer name",
    "purchaser",
    "customer",
    "customer name",
    "sold to",
    "sold to party",
    "client",
    "買主",
    "買い主",
    "購入者",
    "購入者名",
    "顧客",
    "顧客名",
    "取引先",
    "取引先名",
    "得意先",
    "得意先名",
    "発注者",
    "注文者",
    "契約相手",
    "契約先",
  ],
  end_use: [
    "end use",
    "enduse",
    "use",
    "usage",
    "purpose",
    "application",
    "intended use",
    "purpose of use",
    "用途",
    "最終用途",
    "使用目的",
    "使用用途",
    "用途・目的",
    "用途目的",
    "使用用途・目的",
    "エンドユース",
  ],
  transaction_type: [
    "transaction type",
    "goods or technology",
    "goods/technology",
    "type of transaction",
    "transaction",
    "取引区分",
    "取引種別",
    "取引の種類",
    "貨物技術区分",
    "貨物・技術",
    "貨物/技術",
    "貨物又は技術",
    "輸出/提供",
  ],
  known_weapons_use: [
    "known weapons use",
    "weapons use",
    "known use",
    "weapons end use",
    "known weapon use",
    "用途要件",
    "兵器用途",
    "兵器用途の判明",
    "兵器転用用途",
    "用途要件該当",
  ],
  end_user_weapons_activity: [
    "end user weapons activity",
    "weapons activity",
    "end user activity",
    "end user weapons",
    "需要者要件",
    "需要者の兵器開発等",
    "需要者兵器活動",
    "需要者の兵器活動",
    "需要者要件該当",
    "最終需要者の兵器開発等",
  ],
  meti_inform: [
    "inform",
    "informed",
    "meti inform",
    "meti informed",
    "meti notice",
    "meti notification",
    "インフォーム",
    "インフォーム通知",
    "インフォーム有無",
    "経産省インフォーム",
    "経済産業省インフォーム",
    "経済産業大臣通知",
    "経済産業大臣からの通知",
  ],
  clearly_not_for_weapons: [
    "clearly not for weapons",
    "clearly",
    "clearly not weapons",
    "clear judgement",
    "clear judgment",
    "明らか",
    "明らか判定",
    "明らか確認",
    "明らかガイドライン",
    "明らかガイドライン確認",
    "明らかに用いられない",
    "明らかガイドラインによる確認",
  ],
  payment_terms: [
    "payment terms",
    "payment",
    "terms of payment",
    "payment method",
    "payment condition",
    "payment conditions",
    "決済条件",
    "支払条件",
    "支払い条件",
    "支払方法",
    "支払い方法",
    "決済方法",
  ],
  order_value: [
    "order value",
    "value",
    "amount",
    "order amount",
    "price",
    "total",
    "total amount",
    "total value",
    "invoice value",
    "contract value",
    "金額",
    "受注金額",
    "契約金額",
    "注文金額",
    "取引金額",
    "合計金額",
    "総額",
    "価格",
    "単価合計",
  ],
  currency: ["currency", "ccy", "currency code", "通貨", "通貨単位", "通貨コード"],
  transit_countries: [
    "transit",
    "transit country",
    "transit countries",
    "via",
    "routing",
    "route",
    "transshipment",
    "transhipment",
    "transshipment port",
    "transit via",
    "経由地",
    "経由国",
    "経由",
    "積替地",
    "積替え地",
    "積替港",
    "中継地",
    "中継国",
    "経由地（国）",
  ],
  delivery_date: [
    "delivery date",
    "delivery",
    "ship date",
    "shipping date",
    "shipment date",
    "etd",
    "due date",
    "requested delivery date",
    "納期",
    "納入日",
    "納品日",
    "出荷日",
    "船積日",
    "出荷予定日",
    "納入予定日",
    "納期（予定）",
    "希望納期",
  ],
  delivery_address: [
    "delivery address",
    "ship to address",
    "shipping address",
    "delivery place",
    "delivery location",
    "納入先",
    "納品先",
    "納入先住所",
    "納品先住所",
    "届け先",
    "届先",
    "送り先",
    "配送先",
    "納入場所",
  ],
  customer_since: [
    "customer since",
    "first order date",
    "relationship since",
    "relationship start",
    "customer start date",
    "first transaction",
    "first transaction date",
    "取引開始日",
    "取引開始",
    "取引開始年月日",
    "初回取引日",
    "取引開始時期",
    "初回取引",
  ],
  service_declined: [
    "service declined",
    "declined service",
    "declines service",
    "installation declined",
    "service refused",
    "据付辞退",
    "サービス辞退",
    "保守辞退",
    "据付・保守辞退",
    "据付保守辞退",
    "据付・保守の辞退",
    "据付等辞退",
    "据付・保守不要",
  ],
  remarks: [
    "remarks",
    "remark",
    "notes",
    "note",
    "comments",
    "comment",
    "memo",
    "special instructions",
    "additional information",
    "other information",
    "備考",
    "備考欄",
    "摘要",
    "特記事項",
    "特記",
    "注記",
    "メモ",
    "コメント",
    "連絡事項",
    "备注",
    "備註",
    "비고",
    "примечание",
    "примечания",
  ],
};

/** Normalises a header text for lookup: NFKC, lower case, no whitespace, underscores or punctuation. */
export function normalizeHeader(value: unknown): string {
  const text = headerText(value);
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

/** The same, with parenthesised remarks removed: "仕向地（国名）" → "仕向地", "HS code (9 digits)" → "hscode". */
function normalizeWithoutRemarks(value: unknown): string {
  const text = headerText(value)
    .normalize("NFKC")
    .replace(/[([【〔［{<＜「『][^)\]】〕］}>＞」』]*[)\]】〕］}>＞」』]/g, "");
  return normalizeHeader(text);
}

/** Text of a header cell; non-string cells (numbers, dates, rich-text objects) are turned into text sensibly. */
export function headerText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { richText?: Array<{ text?: unknown }>; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => (typeof r.text === "string" ? r.text : "")).join("");
    if (typeof v.text === "string") return v.text;
    if (v.result !== undefined) return headerText(v.result);
  }
  return "";
}

const LOOKUP: Map<string, CanonicalField> = buildLookup();

function buildLookup(): Map<string, CanonicalField> {
  const map = new Map<string, CanonicalField>();
  const add = (alias: string, field: CanonicalField) => {
    const key = normalizeHeader(alias);
    const existing = map.get(key);
    if (existing && existing !== field) {
      // A programming error in the alias table; fail loudly at load time rather than map silently.
      throw new Error(`header alias "${alias}" is claimed by both ${existing} and ${field}`);
    }
    map.set(key, field);
  };
  for (const field of CANONICAL_FIELDS) {
    add(field, field);
    for (const alias of ALIASES[field] ?? []) add(alias, field);
  }
  return map;
}

/** Red-flag checklist columns: RF1, RF01, "RF01 end use refused", "Red flag 1", レッドフラグ1, RF01（回答）. */
function redFlagField(header: unknown): CanonicalField | null {
  const text = headerText(header).normalize("NFKC").trim().toLowerCase();
  const m = /^(?:rf|red\s*flag|レッドフラグ|懸念兆候|チェック項目)\s*[-_#.:：]?\s*(\d{1,2})(?!\d)/u.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  if (n < 1 || n > 19) return null;
  return `rf${String(n).padStart(2, "0")}` as CanonicalField;
}

/**
 * 明らかガイドライン checklist columns (items ①–⑳): MG01, mg1, "MG-11 route", 明らか01, 明らか⑪, ガイドライン⑪,
 * 明らかガイドライン11, 明らかチェック11, "Guideline 11", "clearly 11". Circled numbers become digits under NFKC.
 */
function guidelineField(header: unknown): CanonicalField | null {
  const text = headerText(header).normalize("NFKC").trim().toLowerCase();
  const m =
    /^(?:mg|明らかガイドライン|明らか|ガイドライン|明らかチェック|明らか確認|guideline|clearly|clearly\s*guideline)\s*(?:項目|item|no\.?|#)?\s*[-_#.:：]?\s*(\d{1,2})(?!\d)/u.exec(
      text,
    );
  if (!m) return null;
  const n = Number(m[1]);
  if (n < 1 || n > 20) return null;
  return `mg${String(n).padStart(2, "0")}` as CanonicalField;
}

/** Field for one header cell, or null when it is not recognised. */
export function fieldForHeader(header: unknown): CanonicalField | null {
  const key = normalizeHeader(header);
  if (!key) return null;
  const direct = LOOKUP.get(key);
  if (direct) return direct;
  const rf = redFlagField(header);
  if (rf) return rf;
  const mg = guidelineField(header);
  if (mg) return mg;
  const bare = normalizeWithoutRemarks(header);
  if (bare && bare !== key) return LOOKUP.get(bare) ?? null;
  return null;
}

export interface DuplicateHeader {
  field: CanonicalField;
  /** Column (0-based) that was ignored. */
  index: number;
  header: string;
  /** Column (0-based) whose values are used. */
  usedIndex: number;
  usedHeader: string;
  message: Text;
}

export interface UnmappedHeader {
  index: number;
  header: string;
}

export interface HeaderMapping {
  /** Per column of the header row (0-based): the field it feeds, or null (unrecognised, blank or a duplicate). */
  columns: Array<CanonicalField | null>;
  /** Column index (0-based) used for each mapped field. */
  byField: Partial<Record<CanonicalField, number>>;
  /** Non-blank headers that map to no field (their values are kept in the output but not screened). */
  unmapped: UnmappedHeader[];
  /** Second and later columns for a field already mapped; the first column wins. */
  duplicates: DuplicateHeader[];
  /** Required fields with no column. */
  missingRequired: CanonicalField[];
  /** Messages about the mapping (unmapped, duplicates, missing), in both languages. */
  messages: Text[];
  /** True when every required field has a column. */
  ok: boolean;
}

/** Spreadsheet column letters for a 0-based index (0 → A, 26 → AA); used in messages. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Unrecognised headers named one by one in the mapping message; the rest are counted. */
export const UNMAPPED_NAMED = 20;

/** Maps a header row to canonical fields. Never throws on cell content. */
export function mapHeaders(headerRow: readonly unknown[]): HeaderMapping {
  const columns: Array<CanonicalField | null> = [];
  const byField: Partial<Record<CanonicalField, number>> = {};
  const unmapped: UnmappedHeader[] = [];
  const duplicates: DuplicateHeader[] = [];
  const messages: Text[] = [];
  const row = Array.isArray(headerRow) ? headerRow : [];

  for (let i = 0; i < row.length; i++) {
    const header = headerText(row[i]).trim();
    const field = header ? fieldForHeader(row[i]) : null;
    if (!field) {
      columns.push(null);
      if (header) unmapped.push({ index: i, header });
      continue;
    }
    const used = byField[field];
    if (used !== undefined) {
      const usedHeader = headerText(row[used]).trim();
      const message: Text = {
        ja: `列${columnLetter(i)}「${header}」は列${columnLetter(used)}「${usedHeader}」と同じ項目（${FIELD_LABELS[field].ja} / ${field}）です。空欄でない方の値を使い、両方の値が食い違う行は要確認とします。`,
        en: `Column ${columnLetter(i)} "${header}" is the same field (${field}) as column ${columnLetter(used)} "${usedHeader}". The non-blank value is used; a row where the two disagree is marked for review.`,
      };
      duplicates.push({ field, index: i, header, usedIndex: used, usedHeader, message });
      messages.push(message);
      columns.push(null);
      continue;
    }
    byField[field] = i;
    columns.push(field);
  }

  if (unmapped.length > 0) {
    // A sheet with thousands of unrecognised headers gets the first ones named and the rest counted.
    const named = unmapped.slice(0, UNMAPPED_NAMED);
    const more = unmapped.length - named.length;
    const list =
      named.map((u) => `${columnLetter(u.index)}「${u.header}」`).join("、") + (more > 0 ? `、ほか ${more} 列` : "");
    const listEn =
      named.map((u) => `${columnLetter(u.index)} "${u.header}"`).join(", ") + (more > 0 ? ` and ${more} more` : "");
    messages.push({
      ja: `認識できない見出しの列は判定に使わず、そのまま出力に残します: ${list}`,
      en: `Columns with unrecognised headers are not screened and are kept unchanged in the output: ${listEn}`,
    });
  }

  const missingRequired = REQUIRED_FIELDS.filter((f) => byField[f] === undefined);
  for (const f of missingRequired) messages.push(missingFieldMessage(f));

  return { columns, byField, unmapped, duplicates, missingRequired, messages, ok: missingRequired.length === 0 };
}

/**
 * A function that builds order rows from grid rows for one mapping. Where several columns feed one field (the
 * duplicates of the mapping, or a user mapping that assigns a field twice), the first non-blank value is used;
 * when two non-blank values differ, the field's cell becomes a `ConflictingCells` value and the engine answers at
 * least REVIEW naming both values (INPUT_CONFLICT). Shared by the CLI, the task pane and the custom functions.
 */
export function orderRowBuilderFor(
  columns: ReadonlyArray<CanonicalField | null>,
  duplicates: ReadonlyArray<{ field: CanonicalField; index: number }> = [],
): (cells: readonly unknown[]) => OrderRow {
  const byField = new Map<CanonicalField, number[]>();
  columns.forEach((f, i) => {
    if (f) byField.set(f, [...(byField.get(f) ?? []), i]);
  });
  for (const d of duplicates) {
    const list = byField.get(d.field) ?? [];
    if (!list.includes(d.index)) byField.set(d.field, [...list, d.index]);
  }
  const single: Array<[CanonicalField, number]> = [];
  const multi: Array<[CanonicalField, number[]]> = [];
  for (const [f, idx] of byField) {
    if (idx.length === 1) single.push([f, idx[0]]);
    else multi.push([f, idx]);
  }
  // Every row gets the same keys in the same order. A row built key by key from `{}` turns into a dictionary-mode
  // object in V8 after a dozen keys (slow to read field by field); a copy of a template parsed from JSON keeps the
  // fast layout. The template's values are all overwritten below.
  const template = JSON.parse(
    JSON.stringify(Object.fromEntries([...single.map(([f]) => [f, null]), ...multi.map(([f]) => [f, null])])),
  ) as OrderRow;
  return (cells) => {
    const row: OrderRow = { ...template };
    for (let k = 0; k < single.length; k++) {
      const v = cells[single[k][1]];
      row[single[k][0]] = v === undefined ? null : v;
    }
    for (const [f, idx] of multi) {
      const values = idx.map((i) => cells[i]).filter((v) => !isBlankValue(v));
      const distinct: unknown[] = [];
      for (const v of values) if (!distinct.some((d) => sameCell(d, v))) distinct.push(v);
      row[f] =
        distinct.length === 0
          ? (cells[idx[0]] ?? null)
          : distinct.length === 1
            ? distinct[0]
            : { conflicting: distinct };
    }
    return row;
  };
}

/** Order row builder for a header mapping (its duplicate columns included). */
export function orderRowBuilder(mapping: HeaderMapping): (cells: readonly unknown[]) => OrderRow {
  return orderRowBuilderFor(mapping.columns, mapping.duplicates);
}

function isBlankValue(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ka = headerText(a).normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
  const kb = headerText(b).normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
  return ka !== "" && ka === kb;
}

/** Message for a required field without a column, naming accepted header spellings. */
export function missingFieldMessage(field: CanonicalField): Text {
  const examplesJa = acceptedHeaders(field)
    .filter((a) => /[^\x00-\x7f]/.test(a))
    .slice(0, 4);
  const examplesEn = acceptedHeaders(field)
    .filter((a) => !/[^\x00-\x7f]/.test(a))
    .slice(0, 4);
  return {
    ja: `必須の列「${FIELD_LABELS[field].ja}」（${field}）が見つかりません。見出しの例: ${[field, ...examplesJa].join("、")}`,
    en: `Required column "${FIELD_LABELS[field].en}" (${field}) was not found. Accepted headers include: ${[field, ...examplesEn].join(", ")}`,
  };
}

/** Header spellings accepted for a field (canonical name first). */
export function acceptedHeaders(field: CanonicalField): string[] {
  return [field, ...(ALIASES[field] ?? [])];
}

export interface HeaderRowGuess {
  /** 0-based index of the header row among the rows given. */
  index: number;
  mapping: HeaderMapping;
}

/**
 * Finds the header row among the first `maxRows` rows of a sheet (title lines or blank rows above the
 * header are common). Picks the row that maps the most required fields, then the most fields overall;
 * a row must map at least two fields to count. Returns null when no row qualifies.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], maxRows = 20): HeaderRowGuess | null {
  let best: HeaderRowGuess | null = null;
  let bestScore = -1;
  const limit = Math.min(rows.length, maxRows);
  for (let i = 0; i < limit; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length === 0) continue;
    const mapping = mapHeaders(row);
    const mapped = Object.keys(mapping.byField).length;
    if (mapped < 2) continue;
    const required = REQUIRED_FIELDS.length - mapping.missingRequired.length;
    const score = required * 1000 + mapped;
    if (score > bestScore) {
      best = { index: i, mapping };
      bestScore = score;
    }
  }
  return best;
}
