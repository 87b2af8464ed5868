/**
 * The `countryInText` fact: does the order's free text name a country whose rules are stricter than the
 * destination's? Strictness, from strictest: North Korea (total ban), a UN arms-embargo destination (別表第三の二),
 * Russia / Belarus / Iran (regimes outside item 16), any other country outside Group A, Group A. The destination's
 * own strictness is that of its strictest column (destination, consignee country, end-user country).
 */
import type { NormalizedRow } from "../normalize/row";
import type { Text } from "../types";
import { countryName } from "../normalize/country";
import { countriesInText } from "../normalize/textCountries";
import groups from "../reference/data/country-groups.json";

const G = groups.groups;
const TOTAL_BAN = new Set(G.TOTAL_BAN.members);
const EMBARGO = new Set(G.UN_ARMS_EMBARGO.members);
const OTHER_REGIME = new Set(G.OTHER_REGIME.members);
const GROUP_A = new Set(G.GROUP_A.members);

/** 5 total ban, 4 arms embargo, 3 other regime, 2 outside Group A, 1 Group A. */
export function strictness(iso2: string): number {
  if (TOTAL_BAN.has(iso2)) return 5;
  if (EMBARGO.has(iso2)) return 4;
  if (OTHER_REGIME.has(iso2)) return 3;
  return GROUP_A.has(iso2) ? 1 : 2;
}

const t = (ja: string, en: string): Text => ({ ja, en });

/**
 * The free-text fields read, with their names for the explanation, and the least strictness a country named there
 * must have to count. Remarks, delivery address, end use and a destination note say where the goods go: any stricter
 * country counts. A party's name often carries a place of origin or a parent's country ("Shanghai Electric America",
 * "Taiwan Semiconductor Arizona"): there only the sanctioned and embargoed countries count.
 */
function texts(row: NormalizedRow): Array<[string, Text, number]> {
  return [
    [row.remarks, t("備考", "remarks"), 1],
    [row.deliveryAddress, t("納入先住所", "delivery address"), 1],
    [row.endUse, t("用途", "end use"), 1],
    [row.destination.input, t("仕向地", "destination"), 1],
    [row.endUser, t("需要者", "end user"), 3],
    [row.consignee, t("荷受人", "consignee"), 3],
    [row.buyer, t("買主", "buyer"), 3],
  ];
}

export interface CountryInText {
  field: Text;
  iso2: string;
  words: string;
}

/** Every stricter country the text names (empty when the destination is unknown: the COUNTRY node asks that). */
export function stricterCountriesInText(row: NormalizedRow): CountryInText[] {
  const d = row.destination.iso2;
  if (!d) return [];
  let base = strictness(d);
  for (const c of [row.consigneeCountry.iso2, row.endUserCountry.iso2]) if (c) base = Math.max(base, strictness(c));
  const out: CountryInText[] = [];
  for (const [text, field, least] of texts(row)) {
    for (const c of countriesInText(text)) {
      const s = strictness(c.iso2);
      if (s > base && s >= least && !out.some((o) => o.iso2 === c.iso2))
        out.push({ field, iso2: c.iso2, words: c.words });
    }
  }
  return out;
}

/** The evidence line: 「備考「…イラン…」: イラン」. */
export function describe(found: readonly CountryInText[]): Text {
  return t(
    found.map((f) => `${f.field.ja}「${f.words}」: ${countryName(f.iso2, "ja")}`).join("、"),
    found.map((f) => `${f.field.en} "${f.words}": ${countryName(f.iso2, "en")}`).join("; "),
  );
}
