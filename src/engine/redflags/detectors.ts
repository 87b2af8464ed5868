/**
 * Red-flag detectors: each reads the normalised row and returns evidence when its flag is raised from the data.
 * Flags that data cannot show are left to the checklist columns rf01…rf19 (redflags/checklist.ts).
 */
import type { RedFlagCode, Text } from "../types";
import type { NormalizedRow } from "../normalize/row";
import { toYen } from "../normalize/money";
import { countryName } from "../normalize/country";
import { findInside, findNear, findWord, isOneOf, removeWords } from "./match";
import groups from "../reference/data/country-groups.json";
import {
  declinedServiceIn,
  destinationSecrecyIn,
  evasiveEndUseIn,
  excessSparesIn,
  packagingIn,
  routeCountriesIn,
  routeListEnd,
  vagueDeliveryIn,
} from "./textFacts";
import {
  CASH_PAYMENT_WORDS,
  FORWARDER_INSIDE,
  FORWARDER_WORDS,
  GENERIC_END_USE_NEAR,
  GENERIC_END_USE_PHRASES,
  NEW_CUSTOMER_CELLS,
  NEW_CUSTOMER_PHRASES,
  NOT_FORWARDER_WORDS,
  NOT_GENERIC_END_USE,
  REMOTE_ADDRESS_WORDS,
  UNDECIDED_ADDRESS,
  VAGUE_DATES,
  VAGUE_END_USE,
} from "../reference/vocabulary";

export interface DetectorOptions {
  highValueJpy: number;
  today: string;
}

export interface Detector {
  code: RedFlagCode;
  /** Position of the flag (RF01 = 0). */
  index: number;
  detect(row: NormalizedRow, opts: DetectorOptions): Text | null;
}

const t = (ja: string, en: string): Text => ({ ja, en });

const dayCache = new Map<string, number>();
/** Milliseconds of an ISO date, remembered (the same few dates recur on every row). */
function dayMs(iso: string): number {
  let v = dayCache.get(iso);
  if (v === undefined) {
    if (dayCache.size > 20000) dayCache.clear();
    dayCache.set(iso, (v = Date.parse(iso)));
  }
  return v;
}

/** 12000000 → "12,000,000" without Intl (cheap, and the same in every runtime). */
function groupDigits(n: number): string {
  const [int, frac] = String(Math.round(n * 100) / 100).split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}

/** Texts recur down a sheet: remember what each end-use text and party name gave (bounded). */
function remembered(cache: Map<string, string | undefined>, key: string, find: () => string | undefined) {
  if (cache.has(key)) return cache.get(key);
  const v = find();
  if (cache.size > 20000) cache.clear();
  cache.set(key, v);
  return v;
}
const phraseCache = new Map<string, string | undefined>();
const forwarderCache = new Map<string, string | undefined>();

/** Generic wording in an end-use text, once the words that make it specific (bar stock …) are cut out. */
function genericPhrase(endUse: string): string | undefined {
  return remembered(phraseCache, endUse, () => {
    const specific = removeWords(endUse, NOT_GENERIC_END_USE);
    return findWord(specific, GENERIC_END_USE_PHRASES) ?? findNear(specific, GENERIC_END_USE_NEAR);
  });
}

const endUseVague: Detector = {
  code: "RF01",
  index: 0,
  detect(row) {
    if (!row.endUse) return t("最終用途が空欄です", "End use is blank");
    if (isOneOf(row.endUse, VAGUE_END_USE))
      return t(`最終用途「${row.endUse}」は具体的でありません`, `End use "${row.endUse}" says nothing specific`);
    const phrase = genericPhrase(row.endUse);
    if (phrase)
      return t(
        `最終用途「${row.endUse}」は一般的な表現（${phrase}）で、具体的な用途を示していません`,
        `End use "${row.endUse}" is generic wording ("${phrase}") and names no specific use`,
      );
    for (const text of [row.remarks, row.endUse]) {
      const said = evasiveEndUseIn(text);
      if (said)
        return t(
          `記述に用途についての回答拒否・説明不足があります（「${said}」）`,
          `The text says the customer would not or could not explain the end use ("${said}")`,
        );
    }
    if (!row.endUser) return t("最終需要者が空欄です", "End user is blank");
    return null;
  },
};

const newCustomer: Detector = {
  code: "RF04",
  index: 3,
  detect(row, opts) {
    if (row.customerSince) {
      const days = (dayMs(opts.today) - dayMs(row.customerSince)) / 86400000;
      if (days < 365)
        return t(
          `取引開始日 ${row.customerSince} から1年未満です`,
          `Customer since ${row.customerSince}: under one year`,
        );
      return null;
    }
    const raw = row.customerSinceRaw;
    const w = raw && (isOneOf(raw, NEW_CUSTOMER_CELLS) ? raw : findWord(raw, NEW_CUSTOMER_PHRASES));
    if (w) return t(`取引開始「${raw}」：新規顧客です（${w}）`, `Customer since "${raw}": a new customer ("${w}")`);
    return null;
  },
};

const cashPayment: Detector = {
  code: "RF05",
  index: 4,
  detect(row, opts) {
    // Payment terms first; a remarks column that asks for cash ("現金一括払い希望") says the same.
    const inTerms = findWord(row.paymentTerms, CASH_PAYMENT_WORDS);
    const word = inTerms ?? findWord(row.remarks, CASH_PAYMENT_WORDS);
    if (!word || row.orderValue === undefined) return null;
    const terms = inTerms ? row.paymentTerms : row.remarks;
    const { jpy, code } = toYen(row.orderValue, row.currency);
    if (jpy === undefined) {
      // Never compared as yen: the flag is raised (at least REVIEW) and says what could not be done.
      const amount = `${groupDigits(row.orderValue)} ${row.currency}`;
      return t(
        `決済条件が「${terms}」（${word}）で、金額 ${amount} の通貨「${row.currency}」を円に換算できないため高額かどうか判定できません。通貨をISOコード（USD、CNY等）で記入してください`,
        `Payment "${terms}" ("${word}") on ${amount}: the currency "${row.currency}" cannot be converted to yen, so whether the order is high-value cannot be judged. Write the currency as an ISO code (USD, CNY …)`,
      );
    }
    if (jpy < opts.highValueJpy) return null;
    const amount = `${groupDigits(row.orderValue)} ${code}`;
    const yen = code === "JPY" ? "" : `（約${groupDigits(Math.round(jpy))}円）`;
    const yenEn = code === "JPY" ? "" : ` (about JPY ${groupDigits(Math.round(jpy))})`;
    return t(
      `高額（${amount}${yen}）なのに決済条件が「${terms}」です`,
      `High-value order (${amount}${yenEn}) paid "${terms}"`,
    );
  },
};

const serviceDeclined: Detector = {
  code: "RF07",
  index: 6,
  detect(row) {
    if (row.serviceDeclined === "yes")
      return t("据付・訓練・保守サービスを辞退しています", "Installation, training or maintenance declined");
    for (const text of [row.remarks, row.endUse]) {
      const said = declinedServiceIn(text);
      if (said)
        return t(
          `記述に据付・訓練・保守の辞退があります（「${said}」）`,
          `The text says installation, training or maintenance is declined ("${said}")`,
        );
    }
    return null;
  },
};

const vagueDelivery: Detector = {
  code: "RF08",
  index: 7,
  detect(row) {
    const issues: Text[] = [];
    if (!row.deliveryDateRaw) {
      if (row.hasDeliveryDate) issues.push(t("納期が空欄", "delivery date blank"));
    } else if (!row.deliveryDate && (isOneOf(row.deliveryDateRaw, VAGUE_DATES) || !/\d/.test(row.deliveryDateRaw)))
      issues.push(t(`納期「${row.deliveryDateRaw}」が曖昧`, `delivery date "${row.deliveryDateRaw}" is vague`));
    // A blank address cell is not a flag: the consignee's address stands. An address not decided yet is.
    if (row.deliveryAddress) {
      const w = findWord(row.deliveryAddress, REMOTE_ADDRESS_WORDS);
      if (w)
        issues.push(
          t(`納入先に「${w}」（私書箱・フリーゾーン等）`, `delivery address mentions "${w}" (P.O. box / free zone)`),
        );
      else if (isOneOf(row.deliveryAddress, UNDECIDED_ADDRESS))
        issues.push(
          t(
            `納入先住所「${row.deliveryAddress}」が決まっていません`,
            `delivery address "${row.deliveryAddress}" is not decided`,
          ),
        );
    }
    const said = vagueDeliveryIn(row.remarks);
    if (said)
      issues.push(
        t(
          `備考に納期・納入先が未確定の記載（「${said}」）`,
          `remarks leave the delivery date or place open ("${said}")`,
        ),
      );
    if (issues.length === 0) return null;
    return t(issues.map((i) => i.ja).join("、"), issues.map((i) => i.en).join("; "));
  },
};

/** A forwarder word in a party name: a whole word or phrase, or a distinctive stem inside a compound word. */
function forwarderWord(name: string): string | undefined {
  if (!name) return undefined;
  return remembered(forwarderCache, name, () => {
    const rest = removeWords(name, NOT_FORWARDER_WORDS);
    return findWord(rest, FORWARDER_WORDS) ?? findInside(rest, FORWARDER_INSIDE);
  });
}

const forwarder: Detector = {
  code: "RF09",
  index: 8,
  detect(row) {
    const eu = forwarderWord(row.endUser);
    if (eu)
      return t(
        `最終需要者「${row.endUser}」は運送・物流業者の名称です（${eu}）`,
        `End user "${row.endUser}" is named like a forwarder (${eu})`,
      );
    const cn = forwarderWord(row.consignee);
    if (cn && !row.endUser)
      return t(
        `荷受人「${row.consignee}」は運送・物流業者で、最終需要者が空欄です`,
        `Consignee "${row.consignee}" is a forwarder and no end user is given`,
      );
    return null;
  },
};

const HUBS = new Set(groups.groups.DIVERSION_HUBS.members);
/** Transit through a sanctioned or embargoed country is abnormal for any legitimate route. */
const SANCTIONED = new Set([
  ...groups.groups.TOTAL_BAN.members,
  ...groups.groups.OTHER_REGIME.members,
  ...groups.groups.UN_ARMS_EMBARGO.members,
]);

const routing: Detector = {
  code: "RF10",
  index: 9,
  detect(row) {
    const dest = row.destination.iso2;
    const hubs = row.transit
      .map((c) => c.iso2)
      .filter((c): c is string => !!c && c !== dest && (HUBS.has(c) || SANCTIONED.has(c)));
    const unknown = row.transit.filter((c) => !c.iso2).map((c) => c.input);
    for (const text of [row.remarks, row.deliveryAddress]) {
      for (const c of routeCountriesIn(text)) {
        if (c !== dest && (HUBS.has(c) || SANCTIONED.has(c)) && !hubs.includes(c)) hubs.push(c);
      }
    }
    const parts: Text[] = [];
    // A written route that ends in another country than the destination: the goods go somewhere else.
    const last = routeListEnd(row.remarks);
    if (dest && last && last !== dest)
      parts.push(
        t(
          `備考の輸送経路が仕向地（${countryName(dest, "ja")}）ではなく${countryName(last, "ja")}で終わっています`,
          `The route in the remarks ends in ${countryName(last, "en")}, not in the destination (${countryName(dest, "en")})`,
        ),
      );
    if (hubs.length) {
      parts.push(
        t(
          `経由地 ${hubs.map((c) => countryName(c, "ja")).join("・")} は迂回拠点または制裁・禁輸対象国です`,
          `Transit via ${hubs.map((c) => countryName(c, "en")).join(", ")}: a known diversion hub or a sanctioned/embargoed country`,
        ),
      );
    }
    if (unknown.length)
      parts.push(
        t(
          `経由地「${unknown.join("、")}」を国として認識できません`,
          `Transit "${unknown.join(", ")}" not recognised as a country`,
        ),
      );
    if (parts.length === 0) return null;
    return t(parts.map((p) => p.ja).join("。"), parts.map((p) => p.en).join(". "));
  },
};

/** A flag read from the remarks or the end-use text by one of the free-text facts (redflags/textFacts.ts). */
function textDetector(
  code: RedFlagCode,
  index: number,
  find: (text: string) => string | undefined,
  what: Text,
  fields: (row: NormalizedRow) => string[] = (row) => [row.remarks, row.endUse],
): Detector {
  return {
    code,
    index,
    detect(row) {
      for (const text of fields(row)) {
        const said = find(text);
        if (said) return t(`${what.ja}（「${said}」）`, `${what.en} ("${said}")`);
      }
      return null;
    },
  };
}

const packaging = textDetector(
  "RF11",
  10,
  packagingIn,
  t(
    "無地・無表示の梱包、ラベル・銘板の除去や表示の付け替えを求める記載があります",
    "The text asks for plain or unmarked packing, removed labels or nameplates, or re-labelling",
  ),
);

const secrecy = textDetector(
  "RF12",
  11,
  destinationSecrecyIn,
  t(
    "最終仕向地・再輸出先を明かさない、または秘密にする旨の記載があります",
    "The text says the final destination or re-export is not to be disclosed",
  ),
);

const spares = textDetector(
  "RF13",
  12,
  excessSparesIn,
  t(
    "予備品・交換部品の数量が通常の範囲を超える旨の記載があります（明らかガイドライン⑧。米国EARのRed Flag 13と同じ懸念ですが、その600番台品目の限定はここでは問いません）",
    "The text gives spares or replacement parts in an abnormal quantity ('clearly' guideline item 8; the concern of EAR red flag 13, without its 600-series scope)",
  ),
  (row) => [row.remarks],
);

/** All detectors, in red-flag order. */
export const DETECTORS: readonly Detector[] = [
  endUseVague,
  newCustomer,
  cashPayment,
  serviceDeclined,
  vagueDelivery,
  forwarder,
  routing,
  packaging,
  secrecy,
  spares,
];
