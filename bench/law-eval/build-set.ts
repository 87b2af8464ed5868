/**
 * Writes `bench/law-eval/law-eval-set.csv`: order rows written from the law as enacted on 2025-10-09, each with the
 * set of acceptable decisions, a kind and the legal reason. Run `npx tsx bench/law-eval/build-set.ts` after editing.
 *
 * Written independently of the engine's rule code, from 外為法48条, 輸出令 (4条1項3号・4号, 4条2項, 1条3項, 2条1項,
 * 別表第一16項, 別表第三, 別表第三の二), 貨物等省令14条の2, 核兵器等開発等省令 / 通常兵器開発等省令 一〜三 (用途・需要者,
 * 明らか exception), the End User List notice (20250922貿局第1号), the 明らかガイドライン items ①–⑳ (補完規制通達 1.(6),
 * known only from a secondary summary) and the EAR red flags (15 CFR Part 732 Supp. 3).
 *
 * The principle: NO_LICENSE is acceptable only where every fact the decision needs could be read and none points
 * to weapons; where in doubt the acceptable set is REVIEW|LICENSE_REQUIRED.
 *
 * A cell written `#num:<n>` is passed to the engine as the number n (what Excel hands over for a numeric cell).
 * No End User List data is in this file: rows naming listed parties are generated at run time from ../shared.
 */
import * as fs from "fs";
import * as path from "path";
import { stringify } from "csv-stringify/sync";
import { CANONICAL_FIELDS } from "../../src/engine/types";

export const MG_FIELDS = Array.from({ length: 20 }, (_, i) => `mg${String(i + 1).padStart(2, "0")}`);
export const RF_FIELDS = Array.from({ length: 19 }, (_, i) => `rf${String(i + 1).padStart(2, "0")}`);
/** The CLI's canonical input columns, in the CLI's order. */
export const INPUT_FIELDS: readonly string[] = CANONICAL_FIELDS;
export const SET_COLUMNS = [...INPUT_FIELDS, "expected", "kind", "why"];

export type EvalRow = Record<string, string>;

// Acceptable sets.
const NL = "NO_LICENSE";
const NL_R = "NO_LICENSE|REVIEW";
const R_L = "REVIEW|LICENSE_REQUIRED";
const R_L_P = "REVIEW|LICENSE_REQUIRED|PROHIBITED";
const L = "LICENSE_REQUIRED";
const L_R = "LICENSE_REQUIRED|REVIEW";
const P = "PROHIBITED";
const R = "REVIEW";

// Citations used in `why`.
const C = {
  s1: "貨物等省令14条の2 (16項(1) HS list)",
  s2: "輸出令別表第一16項 (chapters 25–40, 54–59, 63, 68–93, 95)",
  out: "輸出令別表第一16項: chapter outside 16項, no catch-all",
  gen31: "輸出令4条1項3号イ〜ニ (16項(1) to 一般国)",
  gen42: "輸出令4条1項4号 括弧書 (16項(2) to 一般国: イ、ロ、ニ only; no CW 客観要件)",
  emb: "輸出令4条1項4号 + 別表第三の二 (CW 用途・需要者 apply to all 16項 goods)",
  grpA: "輸出令1条3項, 4条2項3号 (Group A: licence only when informed)",
  wmdUse: "核兵器等開発等省令 一 (用途要件, no 明らか exception)",
  cwUse: "通常兵器開発等省令 一 (用途要件, no 明らか exception)",
  wmdUser: "核兵器等開発等省令 二・三 (需要者要件, licence unless 明らか)",
  cwUser: "通常兵器開発等省令 二・三 (需要者要件, licence unless 明らか)",
  eul: "20250922貿局第1号 (End User List: both 需要者 prongs met, licence unless 明らか)",
  guide: "補完規制通達1.(6) 明らかガイドライン ①–⑳ [secondary summary]",
  g19: "明らかガイドライン⑲: 明らか closed at 別表第三の二 for 16項(1) goods [secondary summary]",
  inform: "輸出令4条1項3号ロ・ニ / 4号ロ・ニ; 4条2項3号 (inform → licence)",
  list: "外為法48条1項, 輸出令別表第一1–15項 (list control)",
  kp: "輸出令2条1項1号の2 / 外為法48条3項 (North Korea: all goods)",
  other: "Russia/Belarus/Iran measures outside 16項 (輸出令2条, 別表第二の三 etc.)",
  ear: "EAR Part 732 Supp. 3 red flags (inquire before proceeding) / 明らかガイドライン",
  unread: "principle: a fact the decision needs could not be read → never NO_LICENSE",
};

// ---------------------------------------------------------------------------------------------------------------
// Reference goods

export interface Good {
  item: string;
  hs: string;
}
export const S1: Good[] = [
  { item: "CNC lathe (turning centre)", hs: "8458.11" },
  { item: "5-axis machining centre", hs: "8457.10" },
  { item: "Wire EDM machine", hs: "8456.30" },
  { item: "Fibre laser cutting machine", hs: "8456.11" },
  { item: "CNC milling machine", hs: "8459.61" },
  { item: "Surface grinding machine", hs: "8460.12" },
  { item: "Gear hobbing machine", hs: "8461.40" },
  { item: "Marine radar set", hs: "8526.10" },
  { item: "Microcontroller ICs (MCU)", hs: "8542.31" },
  { item: "DRAM memory ICs", hs: "8542.32" },
  { item: "Industrial inspection drone", hs: "8806.22" },
  { item: "Inertial navigation unit", hs: "9014.20" },
  { item: "GNSS navigation receiver", hs: "9014.80" },
  { item: "FT-IR spectrometer", hs: "9027.50" },
  { item: "Digital oscilloscope", hs: "9030.20" },
  { item: "Power analyser with recording", hs: "9030.39" },
];
export const S2: Good[] = [
  { item: "Coordinate measuring machine", hs: "9031.10" },
  { item: "Centrifugal pump", hs: "8413.70" },
  { item: "PET resin pellets", hs: "3907.61" },
  { item: "Seamless steel tubes", hs: "7304.19" },
  { item: "Notebook computers", hs: "8471.30" },
  { item: "Industrial robot", hs: "8479.50" },
  { item: "Ball bearings", hs: "8482.10" },
  { item: "Digital multimeter without recording device", hs: "9030.31" },
  { item: "Hydraulic excavator", hs: "8429.52" },
  { item: "Injection moulding machine", hs: "8477.10" },
];
const OUT: Good[] = [
  { item: "Roasted coffee beans", hs: "0901.21" },
  { item: "Bottled sake", hs: "2206.00" },
  { item: "Cotton T-shirts", hs: "6109.10" },
  { item: "Office chairs", hs: "9401.31" },
  { item: "Printing paper", hs: "4802.56" },
  { item: "Leather shoes", hs: "6403.99" },
  { item: "Ballpoint pens", hs: "9608.10" },
  { item: "Green tea", hs: "0902.10" },
  { item: "Woven cotton fabric", hs: "5208.12" },
  { item: "Wooden furniture", hs: "9403.60" },
];
const s1 = (i: number) => S1[i % S1.length];
const s2 = (i: number) => S2[i % S2.length];

// Ordinary, fictional customers by country (ISO2 → [name, address]).
const CUSTOMERS: Record<string, [string, string]> = {
  TH: ["Siam Brake Components Co., Ltd.", "88/12 Moo 3, Bangna-Trad Road, Bang Phli, Samut Prakan 10540"],
  VN: ["Hai Phong Precision Mould JSC", "Lot C5, Trang Due Industrial Park, An Duong, Hai Phong"],
  CN: ["Ningbo Kitchen Appliance Manufacturing Co., Ltd.", "No. 18 Chuangye Road, Yinzhou District, Ningbo 315100"],
  IN: ["Pune Auto Gear Pvt. Ltd.", "Plot 42, MIDC Bhosari, Pune 411026, Maharashtra"],
  ID: ["PT Cikarang Presisi Komponen", "Jl. Jababeka XII Blok W No. 5, Cikarang, Bekasi 17530"],
  MY: ["Penang Test Fixture Sdn. Bhd.", "Plot 88, Bayan Lepas Phase 4, 11900 Penang"],
  PH: ["Cavite Wire Harness Inc.", "Block 7 Lot 2, Gateway Business Park, General Trias, Cavite"],
  MX: ["Moldes de Querétaro S.A. de C.V.", "Av. de la Luz 1200, Parque Industrial Benito Juárez, Querétaro"],
  BR: ["Autopeças Campinas Ltda.", "Rua Dr. Heitor Penteado 500, Campinas SP 13087-000"],
  TR: ["Bursa Otomotiv Parça Sanayi A.Ş.", "Nilüfer OSB, Ahmet Taner Kışlalı Cd. No:12, Bursa"],
  EG: ["Alexandria Dairy Equipment S.A.E.", "Borg El Arab Industrial Zone 3, Alexandria"],
  SG: ["Jurong Marine Services Pte. Ltd.", "21 Tuas South Avenue 6, Singapore 637021"],
  AE: ["Dubai Aluminium Extrusions LLC", "Street 18, Al Quoz Industrial Area 3, Dubai"],
  SA: ["Dammam Pipe Coating Co.", "2nd Industrial City, Street 84, Dammam 34326"],
  HK: ["Kowloon Watch Movement Ltd.", "Unit 5, 8/F, Kwun Tong Industrial Centre, 472 Kwun Tong Road, Kowloon"],
  TW: ["Taichung Spindle Works Co., Ltd.", "No. 66, Gongye 38th Rd, Xitun District, Taichung 407"],
  ZA: ["Durban Sugar Machinery (Pty) Ltd", "14 Jacobs Road, Mobeni, Durban 4052"],
  KZ: ["Karaganda Mining Equipment LLP", "Bukhar-Zhyrau Ave 47, Karaganda 100000"],
  CL: ["Maestranza Antofagasta SpA", "Av. Pedro Aguirre Cerda 10650, Antofagasta"],
  PE: ["Minera Arequipa Servicios S.A.C.", "Parque Industrial Mz. C Lt. 4, Arequipa"],
  MA: ["Tanger Câblage Automobile SARL", "Zone Industrielle Gzenaya, Lot 112, Tanger"],
  KE: ["Nairobi Water Meters Ltd", "Enterprise Road, Industrial Area, Nairobi"],
  BD: ["Gazipur Textile Machinery Ltd.", "Plot 21, BSCIC Industrial Estate, Tongi, Gazipur"],
  LK: ["Colombo Rubber Moulding (Pvt) Ltd", "No. 45, Biyagama Road, Kelaniya"],
  PK: ["Sialkot Surgical Steel (Pvt) Ltd", "Small Industrial Estate, Sialkot 51310"],
  US: ["Ohio Gear & Shaft Inc.", "4400 Industrial Parkway, Dayton OH 45414"],
  GB: ["Midlands Precision Castings Ltd", "Unit 3, Tyseley Industrial Estate, Birmingham B11 2AA"],
  DE: ["Schwäbische Werkzeugbau GmbH", "Industriestraße 14, 73479 Ellwangen"],
  KR: ["Changwon Hydraulics Co., Ltd.", "55 Gongdan-ro, Seongsan-gu, Changwon"],
  NL: ["Eindhoven Vacuum Systems B.V.", "De Run 5110, 5503 LT Veldhoven"],
  CZ: ["Brno Turbiny s.r.o.", "Olomoucká 7/9, 618 00 Brno"],
  CH: ["Jura Micromécanique SA", "Rue de l'Industrie 12, 2800 Delémont"],
  IQ: ["Basra Water Treatment Company", "Shatt al-Arab Street, Basra"],
  LB: ["Beirut Printing House SAL", "Corniche El Nahr, Beirut"],
  LY: ["Misrata Desalination Services", "Coastal Road km 4, Misrata"],
  NA: ["Windhoek Brewery Equipment (Pty) Ltd", "Iscor Street, Northern Industrial Area, Windhoek"],
  CD: ["Lubumbashi Mining Supplies SARL", "Avenue Kasavubu 120, Lubumbashi"],
  CF: ["Bangui Agro Services SARL", "Avenue Boganda, Bangui"],
  AF: ["Kabul Solar Pumps Ltd", "Darulaman Road, Kabul"],
  SO: ["Mogadishu Port Cold Storage", "Port Road, Mogadishu"],
  SS: ["Juba Water Supply Co.", "Ministries Road, Juba"],
  SD: ["Khartoum Sugar Works", "Industrial Area, Khartoum North"],
  LA: ["Vientiane Hydro Services Co., Ltd.", "Thadeua Road km 5, Vientiane"],
  MM: ["Yangon Garment Machinery Co., Ltd.", "No. 12, Hlaing Tharyar Industrial Zone 3, Yangon"],
  CI: ["Abidjan Cacao Process SA", "Zone Industrielle de Yopougon, Abidjan"],
  VE: ["Valencia Envases C.A.", "Zona Industrial Municipal Norte, Valencia, Carabobo"],
  CG: ["Pointe-Noire Bois SARL", "Zone Portuaire, Pointe-Noire"],
};

const EXCEL_ERRORS_EARLY = ["#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#SPILL!", "#CALC!"];

let seq = 0;
const rows: EvalRow[] = [];

interface Spec extends Partial<EvalRow> {
  kind: string;
  expected: string;
  why: string;
}

/** A fully filled, ordinary row for `iso`: every fact read, nothing pointing to weapons. */
export function base(iso: string, good: Good): EvalRow {
  const [name, addr] = CUSTOMERS[iso] ?? CUSTOMERS.TH;
  return {
    item_description: good.item,
    hs_code: good.hs,
    list_control: "非該当",
    destination: iso,
    consignee: name,
    consignee_country: iso,
    end_user: name,
    end_user_country: iso,
    buyer: name,
    end_use: "Production of automotive and household parts in the customer's own plant",
    transaction_type: "goods",
    known_weapons_use: "none",
    end_user_weapons_activity: "none",
    meti_inform: "none",
    clearly_not_for_weapons: "",
    payment_terms: "T/T 60 days after B/L date",
    order_value: "25000000",
    currency: "JPY",
    transit_countries: "",
    delivery_date: "2027-02-15",
    delivery_address: addr,
    customer_since: "2012-04-01",
    service_declined: "no",
  };
}

function add(iso: string, good: Good, spec: Spec): void {
  const r = base(iso, good);
  for (const [k, v] of Object.entries(spec)) if (v !== undefined) r[k] = v;
  seq += 1;
  r.order_id = `LE-${String(seq).padStart(4, "0")}`;
  rows.push(r);
}

const GENERAL = ["TH", "VN", "CN", "IN", "ID", "MY", "PH", "MX", "BR", "TR", "EG", "SG", "AE", "SA", "HK", "TW"];
const GROUP_A = ["US", "GB", "DE", "KR", "NL", "CZ", "CH"];

// ---------------------------------------------------------------------------------------------------------------
// 1. Clean rows (false alarms are measured on these)

GENERAL.forEach((iso, i) => {
  add(iso, s1(i), {
    kind: "clean-16-1-general",
    expected: NL,
    why: `16項(1) goods to 一般国, ordinary end user, all facts read, nothing points to weapons: no prong met (${C.gen31})`,
  });
  add(iso, s2(i), {
    kind: "clean-16-2-general",
    expected: NL,
    why: `16項(2) goods to 一般国, ordinary end user, no inform, no WMD fact (${C.gen42})`,
  });
});
GROUP_A.forEach((iso, i) => {
  add(iso, s1(i + 3), {
    kind: "clean-group-a",
    expected: NL,
    why: `Group A, no inform, parties in Group A (${C.grpA})`,
  });
});
["TH", "CN", "IN", "VN", "US", "DE", "EG", "MX"].forEach((iso, i) => {
  add(iso, OUT[i], {
    kind: "clean-out-of-scope",
    expected: NL,
    why: `${C.out}; no other regime applies to this destination`,
  });
});
// Consignee is a forwarder, end user is the real customer: normal logistics, not EAR red flag 9.
[
  ["TH", "Nippon Express (Thailand) Co., Ltd."],
  ["VN", "Yusen Logistics (Vietnam) Co., Ltd."],
  ["MY", "Kintetsu World Express (Malaysia) Sdn Bhd"],
  ["IN", "Schenker India Pvt. Ltd."],
].forEach(([iso, fwd], i) =>
  add(iso, s1(i + 5), {
    kind: "clean-forwarder-consignee",
    expected: NL,
    consignee: fwd,
    why: "A forwarder as consignee with a named industrial end user is ordinary logistics; EAR red flag 9 is a forwarder as FINAL destination (Part 732 Supp. 3 (9))",
  }),
);
// 16項 goods to an arms-embargo country, civilian end user, everything read: no prong met; REVIEW not gross.
["IQ", "LB", "LY", "CD", "AF", "SD"].forEach((iso, i) =>
  add(iso, s2(i + 1), {
    kind: "clean-embargo-civil",
    expected: NL_R,
    end_use: "Water treatment and pumping for the municipal supply",
    why: `${C.emb}: CW prongs apply, but no use or user fact; all facts read. REVIEW acceptable at an embargo destination`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 2. Country names as people write them

const CLEAN_SPELLINGS: Array<[string, string, string]> = [
  ["TH", "Thailand", "ordinary English"],
  ["TH", "Kingdom of Thailand", "UN formal"],
  ["TH", "タイ王国", "Japanese formal"],
  ["TH", "泰国", "Chinese"],
  ["TH", "THA", "ISO alpha-3"],
  ["VN", "Viet Nam", "UN/ISO"],
  ["VN", "Socialist Republic of Viet Nam", "UN formal"],
  ["VN", "ベトナム", "Japanese katakana"],
  ["VN", "越南", "Chinese/kanji"],
  ["VN", "Vietnam, Socialist Republic of", "OFAC-style inverted"],
  ["CN", "People's Republic of China", "UN formal"],
  ["CN", "China, People's Republic of", "inverted"],
  ["CN", "P.R. China", "invoice usage"],
  ["CN", "PRC", "abbreviation"],
  ["CN", "中華人民共和国", "Japanese formal"],
  ["CN", "中华人民共和国", "Chinese simplified"],
  ["CN", "Mainland China", "ordinary English"],
  ["IN", "Republic of India", "formal"],
  ["IN", "インド", "katakana"],
  ["IN", "IND", "ISO alpha-3"],
  ["ID", "Republic of Indonesia", "formal"],
  ["ID", "インドネシア共和国", "Japanese formal"],
  ["MY", "マレーシア", "katakana"],
  ["PH", "Philippines (the)", "ISO 3166 short name"],
  ["PH", "The Philippines", "ordinary English"],
  ["PH", "フィリピン", "katakana"],
  ["MX", "United Mexican States", "formal"],
  ["MX", "México", "Spanish"],
  ["BR", "Brasil", "Portuguese"],
  ["BR", "Federative Republic of Brazil", "formal"],
  ["TR", "Türkiye", "UN since 2022"],
  ["TR", "Turkiye", "ASCII"],
  ["TR", "Republic of Türkiye", "formal"],
  ["TR", "トルコ", "katakana"],
  ["EG", "Egypt, Arab Rep.", "World Bank"],
  ["EG", "Arab Republic of Egypt", "formal"],
  ["HK", "Hong Kong SAR, China", "World Bank"],
  ["HK", "Hong Kong, China", "WTO"],
  ["HK", "香港", "kanji"],
  ["TW", "Taiwan, Province of China", "ISO 3166"],
  ["TW", "Chinese Taipei", "WTO/APEC"],
  ["TW", "台湾", "Japanese"],
  ["TW", "臺灣", "traditional"],
  ["AE", "UAE", "abbreviation"],
  ["AE", "U.A.E.", "abbreviation with dots"],
  ["AE", "アラブ首長国連邦", "Japanese"],
  ["SA", "Kingdom of Saudi Arabia", "formal"],
  ["SA", "KSA", "abbreviation"],
  ["SG", "Republic of Singapore", "formal"],
  ["SG", "シンガポール", "katakana"],
  ["LA", "Lao PDR", "World Bank"],
  ["LA", "Lao People's Democratic Republic", "UN"],
  ["LA", "Laos", "ordinary English"],
  ["MM", "Burma", "former name / US usage"],
  ["MM", "ミャンマー", "katakana"],
  ["CI", "Côte d'Ivoire", "UN/ISO"],
  ["CI", "Ivory Coast", "ordinary English"],
  ["VE", "Venezuela, RB", "World Bank"],
  ["VE", "Venezuela (Bolivarian Republic of)", "UN"],
  ["CG", "Congo, Rep.", "World Bank"],
  ["CG", "Republic of the Congo", "formal"],
  ["NA", "Namibia", "the country whose ISO code is NA"],
  ["US", "United States of America", "UN"],
  ["US", "U.S.A.", "invoice usage"],
  ["US", "アメリカ合衆国", "Japanese formal"],
  ["US", "米国", "Japanese"],
  ["GB", "United Kingdom of Great Britain and Northern Ireland", "UN formal"],
  ["GB", "Great Britain", "ordinary English"],
  ["GB", "U.K.", "abbreviation"],
  ["GB", "イギリス", "katakana"],
  ["KR", "Korea, Republic of", "ISO inverted"],
  ["KR", "Republic of Korea", "UN"],
  ["KR", "South Korea", "ordinary English"],
  ["KR", "Korea, Rep.", "World Bank"],
  ["KR", "韓国", "Japanese"],
  ["KR", "대한민국", "Korean"],
  ["DE", "Deutschland", "German"],
  ["DE", "Federal Republic of Germany", "formal"],
  ["NL", "Holland", "ordinary usage"],
  ["NL", "The Netherlands", "with article"],
  ["NL", "Netherlands (Kingdom of the)", "ISO 3166 (2023)"],
  ["CZ", "Czech Republic", "former short name"],
  ["CZ", "Czechia", "current short name"],
  ["CH", "Swiss Confederation", "formal"],
];
CLEAN_SPELLINGS.forEach(([iso, spelling, source], i) => {
  const all = GROUP_A.includes(iso);
  add(iso, all ? s1(i) : s2(i), {
    kind: "country-spelling-clean",
    expected: NL,
    destination: spelling,
    consignee_country: spelling,
    end_user_country: spelling,
    why: `'${spelling}' is ${iso} (${source}); clean row (${all ? C.grpA : C.gen42}). A COUNTRY_UNKNOWN here is a false alarm`,
  });
});

const KP_SPELLINGS: Array<[string, string]> = [
  ["North Korea", "ordinary English"],
  ["DPRK", "abbreviation"],
  ["D.P.R.K.", "abbreviation with dots"],
  ["Korea, Democratic People's Republic of", "ISO inverted"],
  ["Democratic People's Republic of Korea", "UN"],
  ["Korea, Dem. People's Rep.", "World Bank"],
  ["Korea, North", "OFAC/CIA style"],
  ["Korea (North)", "ordinary"],
  ["Korea DPR", "sports/FIFA usage"],
  ["N. Korea", "abbreviated"],
  ["北朝鮮", "Japanese"],
  ["朝鮮民主主義人民共和国", "Japanese formal"],
  ["朝鲜", "Chinese"],
  ["조선민주주의인민공화국", "Korean (DPRK usage)"],
  ["PRK", "ISO alpha-3"],
];
KP_SPELLINGS.forEach(([spelling, source], i) =>
  add("CN", i % 3 === 0 ? OUT[i % OUT.length] : s2(i), {
    kind: "country-kp",
    expected: P,
    destination: spelling,
    consignee_country: spelling,
    end_user_country: spelling,
    why: `'${spelling}' is North Korea (${source}): ${C.kp}. Misreading it as South Korea (Group A) would clear it`,
  }),
);

const SANCTIONED_SPELLINGS: Array<[string, string]> = [
  ["Russian Federation", "UN/ISO"],
  ["Russian Federation (the)", "ISO 3166 short name"],
  ["ロシア連邦", "Japanese formal"],
  ["Россия", "Russian"],
  ["Российская Федерация", "Russian formal"],
  ["RUS", "ISO alpha-3"],
  ["Republic of Belarus", "formal"],
  ["Byelorussia", "former name"],
  ["ベラルーシ", "katakana"],
  ["Беларусь", "Belarusian/Russian"],
  ["BLR", "ISO alpha-3"],
  ["Iran, Islamic Republic of", "ISO inverted"],
  ["Iran (Islamic Republic of)", "UN"],
  ["Islamic Republic of Iran", "formal"],
  ["Iran, Islamic Rep.", "World Bank"],
  ["ایران", "Persian"],
  ["IRN", "ISO alpha-3"],
];
SANCTIONED_SPELLINGS.forEach(([spelling, source], i) =>
  add("TH", i % 4 === 0 ? OUT[i % OUT.length] : s2(i), {
    kind: "country-sanctioned",
    expected: R_L_P,
    destination: spelling,
    consignee_country: spelling,
    end_user_country: spelling,
    why: `'${spelling}' (${source}): ${C.other} — never a silent clearance`,
  }),
);

const EMBARGO_SPELLINGS: Array<[string, string, string]> = [
  ["IQ", "Republic of Iraq", "formal"],
  ["IQ", "العراق", "Arabic"],
  ["IQ", "IRQ", "ISO alpha-3"],
  ["LB", "Lebanese Republic", "formal"],
  ["LB", "レバノン", "katakana"],
  ["LB", "لبنان", "Arabic"],
  ["LY", "State of Libya", "formal (since 2013)"],
  ["LY", "Libyan Arab Jamahiriya", "former UN name"],
  ["LY", "ليبيا", "Arabic"],
  ["SO", "Federal Republic of Somalia", "formal"],
  ["SO", "ソマリア", "katakana"],
  ["SS", "Republic of South Sudan", "formal"],
  ["SS", "南スーダン", "Japanese"],
  ["SD", "Republic of the Sudan", "formal"],
  ["SD", "Sudan (the)", "ISO 3166 short name"],
  ["CD", "Congo, Dem. Rep.", "World Bank"],
  ["CD", "Democratic Republic of the Congo", "UN"],
  ["CD", "Congo, Democratic Republic of the", "ISO inverted"],
  ["CD", "Congo (Kinshasa)", "US State Dept. usage"],
  ["CD", "DR Congo", "ordinary"],
  ["CD", "Zaire", "former name"],
  ["CD", "コンゴ民主共和国", "Japanese (別表第三の二 text)"],
  ["CF", "Central African Rep.", "abbreviated"],
  ["CF", "中央アフリカ", "Japanese (別表第三の二 text)"],
  ["CF", "中央アフリカ共和国", "Japanese formal"],
  ["AF", "Islamic Republic of Afghanistan", "former formal"],
  ["AF", "Islamic Emirate of Afghanistan", "Taliban usage"],
  ["AF", "افغانستان", "Persian/Pashto"],
];
EMBARGO_SPELLINGS.forEach(([iso, spelling, source], i) =>
  add(iso, s2(i), {
    kind: "country-embargo",
    expected: R_L,
    destination: spelling,
    consignee_country: spelling,
    end_user_country: spelling,
    consignee: "Ministry of Defence, Procurement Directorate",
    end_user: "Ministry of Defence, Procurement Directorate",
    buyer: "Ministry of Defence, Procurement Directorate",
    end_use: "Maintenance workshop",
    why: `'${spelling}' is ${iso} (${source}), 別表第三の二: ${C.emb}; a defence ministry uses 1項 goods (${C.cwUser}). Read as a general country the CW prongs would be skipped`,
  }),
);

const PLACEHOLDERS = ["N/A", "NA", "n/a", "TBD", "TBA", "-", "—", "?", "未定", "不明", "Unknown", "various", "0", "xx"];
PLACEHOLDERS.forEach((ph, i) =>
  add("TH", s1(i), {
    kind: "country-placeholder",
    expected: R_L,
    destination: ph,
    why: `destination '${ph}' is a placeholder, not a country: the destination decides every prong (${C.unread})`,
  }),
);
["TBD", "N/A", "-", "unknown", "#N/A"].forEach((ph, i) =>
  add("TH", s1(i + 4), {
    kind: "country-placeholder",
    expected: R_L,
    end_user_country: ph,
    why: `end user country '${ph}' not read: an end user resident in 別表第三の二 or North Korea changes the outcome (${C.unread})`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 3. Use and user prongs

["TH", "CN", "IN", "MY", "AE", "TR"].forEach((iso, i) => {
  add(iso, i % 2 ? s2(i) : s1(i), {
    kind: "use-wmd",
    expected: L,
    known_weapons_use: "WMD",
    why: `${C.wmdUse}; 16項 goods to a non-Group-A destination`,
  });
});
[
  ["TH", "大量破壊兵器"],
  ["CN", "核兵器開発"],
  ["IN", "missile development"],
  ["AE", "nuclear"],
  ["PK", "ミサイル"],
].forEach(([iso, v], i) =>
  add(iso, s2(i + 2), {
    kind: "use-wmd",
    expected: L_R,
    known_weapons_use: v,
    why: `known use '${v}' is a WMD use as people write it: ${C.wmdUse}`,
  }),
);
["TH", "VN", "IN", "SA"].forEach((iso, i) =>
  add(iso, s1(i + 7), {
    kind: "use-cw",
    expected: L,
    known_weapons_use: "CW",
    why: `${C.cwUse} with 16項(1) goods to 一般国 (${C.gen31})`,
  }),
);
[
  ["TH", "通常兵器"],
  ["VN", "conventional weapons"],
  ["ID", "used in tank production"],
].forEach(([iso, v], i) =>
  add(iso, s1(i + 1), {
    kind: "use-cw",
    expected: L_R,
    known_weapons_use: v,
    why: `known use '${v}' is a CW use as people write it: ${C.cwUse}`,
  }),
);
["IQ", "LY"].forEach((iso, i) =>
  add(iso, s2(i), {
    kind: "use-cw",
    expected: L,
    known_weapons_use: "CW",
    why: `${C.cwUse} at 別表第三の二 applies to 16項(2) goods too (${C.emb})`,
  }),
);
["TH", "IN"].forEach((iso, i) =>
  add(iso, s2(i + 3), {
    kind: "use-cw-16-2-general",
    expected: R_L,
    known_weapons_use: "CW",
    why: `A known CW use for 16項(2) goods to 一般国 meets no legal prong (${C.gen42}), but it points to weapons: not a silent clearance (consult METI; an inform is likely)`,
  }),
);
["US", "DE"].forEach((iso, i) =>
  add(iso, s1(i), {
    kind: "group-a-weapons",
    expected: R_L,
    known_weapons_use: i ? "CW" : "WMD",
    why: `${C.grpA}: no objective requirement at Group A, but a known weapons use must not be cleared silently (consult METI)`,
  }),
);

["TH", "CN", "IN", "AE"].forEach((iso, i) =>
  add(iso, s2(i + 4), {
    kind: "user-wmd",
    expected: L_R,
    end_user_weapons_activity: "WMD",
    why: `${C.wmdUser}; 明らか not documented`,
  }),
);
["CN", "IN"].forEach((iso, i) =>
  add(iso, s2(i + 6), {
    kind: "user-wmd",
    expected: L_R,
    end_user_weapons_activity: "WMD",
    ...Object.fromEntries(RF_FIELDS.map((f) => [f, "no"])),
    why: `${C.wmdUser}: all 19 red flags answered no is NOT the 明らか test (the enacted text reversed the interim report's figure 3); ${C.guide}`,
  }),
);
["TH", "VN", "IN", "MY", "CN"].forEach((iso, i) =>
  add(iso, s1(i + 2), {
    kind: "user-cw",
    expected: L_R,
    end_user_weapons_activity: "CW",
    why: `${C.cwUser} with 16項(1) goods (${C.gen31}); 明らか not documented`,
  }),
);
["TH", "VN", "IN", "MY"].forEach((iso, i) =>
  add(iso, s1(i + 9), {
    kind: "user-cw-figure3",
    expected: L_R,
    end_user_weapons_activity: "CW",
    ...Object.fromEntries(RF_FIELDS.map((f) => [f, "no"])),
    why: `${C.cwUser}: 19 red flags all 'no' does not establish 明らか; work through ${C.guide}`,
  }),
);
["TH", "IN", "ID"].forEach((iso, i) =>
  add(iso, s2(i + 1), {
    kind: "user-cw-16-2-general",
    expected: R,
    end_user_weapons_activity: "CW",
    why: `CW end user with 16項(2) goods to 一般国: the CW prongs do not apply (${C.gen42}), but the documented weapons activity points to weapons: REVIEW (principle), a licence is not legally required`,
  }),
);
["TH", "VN", "IN"].forEach((iso, i) =>
  add(iso, s1(i + 4), {
    kind: "user-unknown",
    expected: R_L,
    end_user_weapons_activity: i === 0 ? "unknown" : i === 1 ? "不明" : "?",
    why: `Whether the end user develops weapons is not known (${C.cwUser}); cannot clear`,
  }),
);

// 明らか documented
["TH", "VN", "IN"].forEach((iso, i) =>
  add(iso, s1(i + 5), {
    kind: "clearly-documented",
    expected: NL_R,
    end_user_weapons_activity: "CW",
    clearly_not_for_weapons: "yes",
    why: `${C.cwUser}: the 明らか judgement is documented → no licence (${C.guide})`,
  }),
);
["CN", "MY"].forEach((iso, i) =>
  add(iso, s2(i + 5), {
    kind: "clearly-documented",
    expected: NL_R,
    end_user_weapons_activity: "WMD",
    clearly_not_for_weapons: "yes",
    why: `${C.wmdUser}: 明らか documented → no licence`,
  }),
);
["TH", "IN"].forEach((iso, i) =>
  add(iso, s1(i), {
    kind: "clearly-guideline",
    expected: NL_R,
    end_user_weapons_activity: "CW",
    ...Object.fromEntries(MG_FIELDS.map((f) => [f, "yes"])),
    why: `every 明らかガイドライン item answered yes, nothing detected against them (${C.guide})`,
  }),
);
["TH", "IN", "VN"].forEach((iso, i) =>
  add(iso, s1(i + 2), {
    kind: "clearly-guideline",
    expected: L_R,
    end_user_weapons_activity: "CW",
    ...Object.fromEntries(MG_FIELDS.map((f) => [f, "yes"])),
    [MG_FIELDS[[1, 10, 12][i]]]: "no",
    why: `guideline item ${["②", "⑪", "⑬"][i]} answered no: not 明らか → licence (${C.cwUser})`,
  }),
);
["IQ", "LY", "SO"].forEach((iso, i) =>
  add(iso, s1(i), {
    kind: "clearly-closed-embargo",
    expected: L_R,
    end_user_weapons_activity: "CW",
    clearly_not_for_weapons: "yes",
    why: `${C.g19}: a CW end user at 別表第三の二 with 16項(1) goods cannot be cleared by 明らか`,
  }),
);
["AE", "TR"].forEach((iso, i) =>
  add(iso, s1(i + 3), {
    kind: "clearly-closed-embargo",
    expected: L_R,
    end_user_weapons_activity: "CW",
    end_user_country: i ? "Libya" : "Iraq",
    clearly_not_for_weapons: "yes",
    why: `end user resident in 別表第三の二 (${i ? "LY" : "IQ"}) with 16項(1) goods: ${C.g19} (non-residents as 需要者 included)`,
  }),
);

// The 明らかガイドライン answered yes throughout, but the data contradicts an item (issue 9 §1: a detected red flag
// that contradicts an item → LICENSE_REQUIRED, or REVIEW where that item is answered yes; never a clearance).
const ALL_MG_YES = Object.fromEntries(MG_FIELDS.map((f) => [f, "yes"]));
const CONTRADICTED: Array<[Partial<EvalRow>, string]> = [
  [{ payment_terms: "Cash in advance", order_value: "60000000", currency: "JPY" }, "cash for ¥60m contradicts ⑬"],
  [{ transit_countries: "United Arab Emirates, Kyrgyzstan" }, "route via diversion hubs contradicts ⑪"],
  [{ service_declined: "yes" }, "installation and training declined contradicts ⑮"],
  [{ end_user: "Global Freight Forwarding Logistics Co., Ltd." }, "a forwarder as end user contradicts ②"],
  [{ end_use: "" }, "no end use given contradicts ①"],
  [{ delivery_address: "P.O. Box 4411" }, "a P.O. box as delivery address contradicts ③"],
  [{ rf01: "yes" }, "red flag 1 answered yes (reluctant about end use)"],
  [{ rf12: "yes" }, "red flag 12 answered yes (evasive about re-export)"],
];
CONTRADICTED.forEach(([over, what], i) =>
  add(GENERAL[i % GENERAL.length], s1(i + 6), {
    kind: "clearly-guideline-contradicted",
    expected: L_R,
    end_user_weapons_activity: "CW",
    ...ALL_MG_YES,
    ...over,
    why: `CW end user, every guideline item answered yes, but ${what}: not 明らか (${C.cwUser}; ${C.guide})`,
  }),
);
MG_FIELDS.forEach((field, i) =>
  add(GENERAL[i % GENERAL.length], s1(i), {
    kind: "clearly-guideline-unreadable",
    expected: R_L,
    end_user_weapons_activity: i % 2 ? "CW" : "WMD",
    ...ALL_MG_YES,
    [field]: i % 3 === 0 ? EXCEL_ERRORS_EARLY[i % EXCEL_ERRORS_EARLY.length] : ["maybe", "一部", "?", "n/a"][i % 4],
    why: `${i % 2 ? "CW" : "WMD"} end user; guideline item ${field} cannot be read, so 明らか is not established (${C.guide}; ${C.unread})`,
  }),
);
["IQ", "LY", "SO"].forEach((iso, i) =>
  add(iso, i === 2 ? s2(i) : s1(i + 5), {
    kind: "clearly-guideline-embargo",
    expected: L_R,
    end_user_weapons_activity: "CW",
    ...ALL_MG_YES,
    why:
      i === 2
        ? `CW end user at 別表第三の二 with 16項(2) goods: ⑲ needs the goods to be outside the 34 おそれの強い貨物例, which this data cannot show → never cleared (${C.g19})`
        : `${C.g19}: guideline answers cannot open a route ⑲ closes`,
  }),
);
add("AE", s1(7), {
  kind: "clearly-guideline-embargo",
  expected: L_R,
  end_user_weapons_activity: "CW",
  end_user_country: "Sudan",
  ...ALL_MG_YES,
  why: `CW end user resident in Sudan (別表第三の二), 16項(1) goods via the UAE: ${C.g19} (residents as 需要者)`,
});
// Technology transfers follow the parallel 外為法25条 regime, which the goods rows do not decide.
["technology", "技術", "software", "技術提供", "tech transfer"].forEach((v, i) =>
  add(GENERAL[i], s1(i), {
    kind: "technology",
    expected: R_L,
    transaction_type: v,
    why: `transaction '${v}' is a technology transfer (外為法25条, 外為令別表16項, 貿易外省令9条2項7号・8号): not decided by the goods rules`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 4. Informs, written every way

const INFORMS_YES = [
  "WMD",
  "CW",
  "有",
  "有り",
  "あり",
  "受領",
  "受領済",
  "yes",
  "Yes",
  "Y",
  "received",
  "Received 2026-11-20",
  "大量破壊兵器",
  "通常兵器",
  "インフォーム有",
  "インフォーム通知受領",
  "informed",
  "Inform received (CW)",
  "○",
  "TRUE",
];
INFORMS_YES.forEach((v, i) => {
  const iso = i % 5 === 4 ? "US" : GENERAL[i % GENERAL.length];
  add(iso, i % 2 ? s2(i) : s1(i), {
    kind: "inform",
    expected: L,
    meti_inform: v,
    why: `meti_inform '${v}' records an inform: ${C.inform}${iso === "US" ? " (Group A: 外為法48条2項)" : ""}`,
  });
});
["none", "無", "なし", "No", "not received", "該当なし"].forEach((v, i) =>
  add(GENERAL[i], s1(i), {
    kind: "inform-none",
    expected: NL,
    meti_inform: v,
    why: `meti_inform '${v}' = no inform received; clean row`,
  }),
);
add("TH", s1(3), {
  kind: "inform-none",
  expected: NL_R,
  meti_inform: "-",
  why: "'-' usually means none; REVIEW acceptable",
});
["pending", "確認中", "see e-mail from METI", "?", "要確認"].forEach((v, i) =>
  add(GENERAL[i + 2], s1(i + 6), {
    kind: "inform-unreadable",
    expected: R_L,
    meti_inform: v,
    why: `meti_inform '${v}' cannot be read as none: an inform means a licence (${C.inform}, ${C.unread})`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 5. Group A diversion

const DIVERSION: Array<[string, Partial<EvalRow>, string]> = [
  ["US", { end_user: "Shenzhen Hongda Electronics Co., Ltd.", end_user_country: "CN" }, "end user in China"],
  ["DE", { end_user: "Almaty Instrument Trading LLP", end_user_country: "Kazakhstan" }, "end user in Kazakhstan"],
  ["NL", { end_user: "Tehran Industrial Parts Co.", end_user_country: "Iran" }, "end user in Iran"],
  ["GB", { end_user: "Dubai General Trading FZE", end_user_country: "UAE" }, "end user in the UAE"],
  ["KR", { end_user: "Pyongyang Trading Corporation", end_user_country: "DPRK" }, "end user in North Korea"],
  ["US", { transit_countries: "Hong Kong, China" }, "transit through Hong Kong after Group A"],
  ["CH", { end_user: "Moscow Machine Tools LLC", end_user_country: "Russia" }, "end user in Russia"],
  ["CZ", { end_user: "Baghdad Engineering Workshop", end_user_country: "Iraq" }, "end user in Iraq (別表第三の二)"],
  ["DE", { consignee: "Istanbul Makine Ticaret Ltd. Şti.", consignee_country: "Turkey" }, "consignee in Türkiye"],
  ["US", { end_user: "Lahore Precision Works", end_user_country: "Pakistan" }, "end user in Pakistan"],
];
DIVERSION.forEach(([iso, over, what], i) =>
  add(iso, s1(i), {
    kind: "group-a-diversion",
    expected: over.end_user_country === "DPRK" || over.end_user_country === "Iran" ? R_L_P : R_L,
    ...over,
    why: `Group A destination, ${what}: the Group A diversion inform (${C.grpA}) targets exactly this; not a silent clearance`,
  }),
);
[
  ["US", "US Army Corps of Engineers, Huntsville Center"],
  ["DE", "Bundeswehr Wehrtechnische Dienststelle 91"],
  ["GB", "Ministry of Defence, Defence Equipment & Support"],
].forEach(([iso, name], i) =>
  add(iso, s1(i + 1), {
    kind: "military-group-a",
    expected: NL_R,
    end_user: name,
    consignee: name,
    buyer: name,
    why: `military end user in Group A: no objective requirement (${C.grpA}); REVIEW acceptable`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 6. Embargo destinations and residents

[
  ["IQ", "Iraqi Army Signal Directorate"],
  ["LB", "Lebanese Armed Forces Logistics Brigade"],
  ["LY", "Libyan National Army"],
  ["SO", "Somali National Army"],
  ["SD", "Military Industry Corporation"],
  ["CD", "Forces Armées de la République Démocratique du Congo"],
].forEach(([iso, name], i) =>
  add(iso, s2(i), {
    kind: "embargo-military",
    expected: R_L,
    end_user: name,
    consignee: name,
    buyer: name,
    why: `${C.emb}: armed forces use 1項 goods (${C.cwUser}; military as 需要者 is an inference → REVIEW at least)`,
  }),
);
[
  ["AE", "LY", "Libya"],
  ["TR", "IQ", "Iraq"],
  ["EG", "SD", "Sudan"],
  ["KE", "SS", "South Sudan"],
].forEach(([iso, , name], i) =>
  add(iso, s2(i + 2), {
    kind: "embargo-resident",
    expected: R_L,
    end_user: `${name} Army Logistics Command`,
    end_user_country: name,
    why: `military end user resident in 別表第三の二 (${name}), goods shipped via ${iso}: the CW prongs reach an embargo-country end user (${C.emb}; ⑲ covers residents as 需要者) — not a general-country row`,
  }),
);
["IQ", "LY"].forEach((iso, i) =>
  add(iso, s2(i + 4), {
    kind: "embargo-user-cw",
    expected: L_R,
    end_user_weapons_activity: "CW",
    ...Object.fromEntries(RF_FIELDS.map((f) => [f, "no"])),
    why: `${C.emb} + ${C.cwUser}; for 16項(2) goods at 別表第三の二 the 34 おそれの強い貨物例 decide ⑲ — not held, so never clear on red flags`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 7. 16項(1) vs 16項(2) and HS codes

// A documented CW end user: 16(1) → licence unless 明らか; the 16(1) status decides.
const HS_CW: Array<[string, string, string]> = [
  ["8456.40", "Plasma cutting machine", "16項(1) item 1"],
  ["8457.30", "Multi-station transfer machine", "16項(1) item 2"],
  ["8458.91", "Vertical lathe, numerically controlled", "16項(1) item 3"],
  ["8459.10", "Way-type unit head machine", "16項(1) item 4"],
  ["8460.29", "Cylindrical grinding machine", "16項(1) item 5"],
  ["8461.50", "Band sawing machine for metal", "16項(1) item 6"],
  ["8526.92", "Radio remote control apparatus", "16項(1) item 7"],
  ["8542.33", "RF amplifier ICs", "16項(1) item 8"],
  ["8542.39", "FPGA devices", "16項(1) item 8"],
  ["8802.60", "Small satellite bus", "16項(1) item 9"],
  ["8806.10", "Unmanned passenger-carrying aircraft", "16項(1) item 9"],
  ["8806.92", "Agricultural spraying drone", "16項(1) item 9"],
  ["9014.80", "Ship's echo sounder", "16項(1) item 10"],
  ["9027.50", "UV-Vis spectrophotometer", "16項(1) item 11"],
  ["9030.32", "Multimeter with recording device", "16項(1) item 12"],
  ["9030.39", "Data logger for voltage/current", "16項(1) item 12"],
];
HS_CW.forEach(([hs, item, what], i) =>
  add(
    GENERAL[i % GENERAL.length],
    { item, hs },
    {
      kind: "hs-16-1-cw-user",
      expected: L_R,
      end_user_weapons_activity: "CW",
      why: `${hs} is ${what} (${C.s1}); a CW end user → ${C.cwUser}`,
    },
  ),
);
const HS_S2_MIL: Array<[string, string, string]> = [
  ["8542.90", "Parts of integrated circuits", "8542.90 excluded from 16項(1)"],
  ["9014.10", "Direction-finding compasses", "9014.10 not listed"],
  ["9030.31", "Multimeter without recording device", "9030.31 not listed"],
  ["8802.11", "Light helicopter", "manned aircraft not listed"],
  ["9031.80", "Laser distance meter", "9031 not listed"],
  ["8462.11", "Hot forging press", "8462 not listed (not material removal)"],
  ["9027.20", "Gas chromatograph", "9027.20 not listed (only 9027.50)"],
  ["8543.70", "Signal generator", "8543 not listed"],
];
HS_S2_MIL.forEach(([hs, item, what], i) =>
  add(
    ["TH", "VN", "IN", "MY", "PH", "ID", "MX", "BR"][i],
    { item, hs },
    {
      kind: "hs-16-2-military",
      expected: NL_R,
      end_user: [
        "Royal Thai Army Ordnance Department",
        "Vietnam People's Navy Technical Department",
        "Indian Army Base Workshop, Meerut",
        "Royal Malaysian Air Force, No. 1 Air Division",
        "Philippine Army, Fort Bonifacio",
        "Indonesian National Armed Forces (TNI)",
        "Secretaría de la Defensa Nacional (SEDENA)",
        "Força Aérea Brasileira",
      ][i],
      why: `${hs}: ${what} → 16項(2); to 一般国 the CW prongs do not apply (${C.gen42}); a military name alone is no WMD fact. REVIEW acceptable, not required`,
    },
  ),
);

// Spreadsheet-mangled HS codes with a military end user (16(1) status decides whether the CW prongs apply).
const MIL_TH = "Royal Thai Army Ordnance Department";
const HS_MANGLED: Array<[string, string, string, string]> = [
  ["#num:8456", "Laser cutting machine", R_L, "number 8456 = heading 84.56, 16項(1) whatever the subheading"],
  ["#num:8456.1", "Laser cutting machine", R_L, "8456.10 with the trailing zero lost → 8456.1x, 16項(1)"],
  ["#num:84561", "Laser cutting machine", R_L, "84561: 0845.61 does not exist, so 8456.10 → 16項(1)"],
  ["#num:8458.1", "CNC lathe", R_L, "8458.1x, 16項(1)"],
  ["#num:845811", "CNC lathe", R_L, "845811 stored as number, 16項(1)"],
  ["#num:845811000", "CNC lathe", R_L, "9-digit statistical code stored as number, 16項(1)"],
  ["#num:85423100", "Processor ICs", R_L, "8-digit stored as number, 16項(1)"],
  ["#num:8542.3", "Memory ICs", R_L, "8542.3x, all 16項(1)"],
  ["#num:8526.1", "Radar", R_L, "8526.10, 16項(1)"],
  ["#num:9030.2", "Oscilloscope", R_L, "9030.20 lost zero, 16項(1)"],
  ["#num:9014.2", "Navigation instrument", R_L, "9014.20 lost zero, 16項(1)"],
  ["#num:9027.5", "IR spectrometer", R_L, "9027.50 lost zero, 16項(1)"],
  ["#num:8806.2", "Drone", R_L, "8806.2x unmanned aircraft, 16項(1)"],
  [
    "#num:9030.3",
    "Electrical measuring instrument",
    R_L,
    "9030.3x: 9030.31 not listed, .32/.39 listed → ambiguous → REVIEW at most",
  ],
  ["#num:9014", "Navigation instrument", R_L, "four-digit 9014: .10 not listed, .20/.80 listed → ambiguous"],
  ["#num:9027", "Analysis instrument", R_L, "four-digit 9027: only .50 listed → ambiguous"],
  ["#num:8542", "Integrated circuits", R_L, "four-digit 8542: .90 excluded → ambiguous"],
  ["#num:8802", "Aircraft", R_L, "four-digit 8802: only .60 listed → ambiguous"],
  ["#num:8807.3", "Aircraft parts", R_L, "8807.30 parts: 16項(1) only for UAV/spacecraft parts → cannot tell"],
  ["8.4581E+05", "CNC lathe", R_L, "exponent form as a spreadsheet shows it: not a code → HS_INVALID"],
  ["8.5423E+07", "Processor ICs", R_L, "exponent form: not a code"],
  ["#num:8542.9", "IC parts", NL_R, "8542.90 lost zero: only 8542.90 reads → 16項(2)"],
  ["#num:9014.1", "Compass", NL_R, "9014.10 lost zero → compasses, 16項(2)"],
  ["#num:84.58", "CNC lathe", R_L, "84.58 heading as number 84.58 → 16項(1)"],
  ["84 58 11 000", "CNC lathe", R_L, "spaced statistical code, 16項(1)"],
  ["8458-11", "CNC lathe", R_L, "hyphenated, 16項(1)"],
];
HS_MANGLED.forEach(([hs, item, exp, what]) =>
  add(
    "TH",
    { item, hs },
    {
      kind: "hs-mangled",
      expected: exp,
      end_user: MIL_TH,
      consignee: MIL_TH,
      buyer: MIL_TH,
      why: `${what}. Military end user in 一般国: CW prongs apply only to 16項(1) (${C.gen31} vs ${C.gen42})`,
    },
  ),
);
// Lost leading zero: chapters 01–09 (outside 16項) vs a 16項 reading; matters at an embargo destination.
[
  ["#num:90121", "Roasted coffee", "90121 = 0901.21 (coffee, outside 16項) or 9012.10 (electron microscopes, 16項(2))"],
  ["#num:90210", "Green tea", "90210 = 0902.10 (tea) or 9021.0x (orthopaedic appliances, 16項(2))"],
].forEach(([hs, item, what]) =>
  add(
    "IQ",
    { item, hs },
    {
      kind: "hs-mangled",
      expected: R_L,
      end_user: "Iraqi Army Signal Directorate",
      consignee: "Iraqi Army Signal Directorate",
      buyer: "Iraqi Army Signal Directorate",
      why: `${what}: at 別表第三の二 with a military end user the two readings differ (${C.emb}) → ambiguous → REVIEW`,
    },
  ),
);
[
  ["#num:40210", "Milk powder", "40210: 4021 is no heading, so 0402.10 (milk, outside 16項)"],
  ["#num:90121", "Roasted coffee", "90121: either reading (coffee or 16項(2)) clears a clean row"],
  ["#num:8458.11", "CNC lathe", "numeric 8458.11, clean row"],
  ["#num:854231", "Processor ICs", "numeric 854231, clean row"],
].forEach(([hs, item, what], i) =>
  add(
    GENERAL[i],
    { item, hs },
    {
      kind: "hs-mangled-clean",
      expected: NL,
      why: `${what}; nothing depends on the lost digits on a clean row`,
    },
  ),
);
["", "TBD", "#num:0", "12345678901234", "9999", "7700", "Infinity", "NaN", "abc", "84XX", "HS code pending"].forEach(
  (hs) =>
    add(
      "TH",
      { item: "Machine", hs },
      {
        kind: "hs-invalid",
        expected: R_L,
        why: `HS '${hs}' cannot be read: 16項 scope and 16項(1) status unknown (${C.s1}; ${C.unread})`,
      },
    ),
);

// ---------------------------------------------------------------------------------------------------------------
// 8. List control

[
  ["controlled", L],
  ["該当", L],
  ["該当（3項）", L],
  ["該当 2項(12)", L],
  ["リスト規制該当", L],
  ["Controlled (8項)", L],
  ["Yes", L_R],
  ["3A001.a.2", L_R],
].forEach(([v, exp], i) =>
  add(GENERAL[i], i % 2 ? s1(i) : OUT[i], {
    kind: "list-controlled",
    expected: exp,
    list_control: v,
    why: `classification '${v}' = list-controlled (${C.list}) — licence for any destination, whatever the HS chapter`,
  }),
);
["non-controlled", "Non controlled", "Not controlled", "該当なし", "非該当品"].forEach((v, i) =>
  add(GENERAL[i + 3], s1(i), {
    kind: "list-noncontrolled",
    expected: NL,
    list_control: v,
    why: `classification '${v}' = not list-controlled; clean row`,
  }),
);
["", "未判定", "判定中", "?", "EAR99", "NLR", "see spec sheet"].forEach((v, i) =>
  add(GENERAL[i + 5], s1(i + 2), {
    kind: "list-unknown",
    expected: R_L,
    list_control: v,
    why: `classification '${v}' is not a Japanese 該非判定 result (blank = unknown; EAR99/NLR are US classifications): ${C.list} cannot be excluded`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 9. North Korea, Russia, Belarus, Iran

[
  { destination: "KP", why: "destination KP" },
  {
    destination: "North Korea",
    hs_code: "0901.21",
    item_description: "Roasted coffee",
    why: "food to North Korea: the ban covers all goods",
  },
  { end_user_country: "North Korea", why: "end user in North Korea, shipped to China" },
  { consignee_country: "KP", why: "consignee in North Korea" },
  {
    end_user: "Korea Ryonbong General Corporation",
    end_user_country: "DPRK",
    why: "DPRK end user (as written on the order)",
  },
].forEach((o, i) =>
  add("CN", s2(i), {
    kind: "kp",
    expected: o.destination ? P : "PROHIBITED|LICENSE_REQUIRED|REVIEW",
    ...o,
    why: `${o.why}: ${C.kp}`,
  }),
);
[
  { destination: "RU" },
  { destination: "BY" },
  { destination: "IR" },
  { destination: "Russia", hs_code: "2208.30", item_description: "Whisky (luxury goods)" },
  { end_user_country: "Russia", destination: "KZ" },
  { end_user_country: "Belarus", destination: "AM" },
  { end_user_country: "Iran", destination: "AE" },
  { consignee_country: "Russian Federation", destination: "KG" },
].forEach((o, i) =>
  add(o.destination ?? "TH", s2(i), {
    kind: "sanctions",
    expected: R_L_P,
    ...o,
    why: `${C.other}; ${o.end_user_country ? "end user" : o.consignee_country ? "consignee" : "destination"} in a sanctioned country — not a silent clearance`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 10. Military and defence end users, in many languages (16項(1) goods → CW prongs apply in 一般国)

const MILITARY: Array<[string, string, string]> = [
  ["IN", "Ministry of Defence, Government of India – DGQA", "English (British spelling)"],
  ["IN", "Defence Research and Development Organisation (DRDO), Hyderabad", "English"],
  ["IN", "Ordnance Factory Board, Kolkata", "English, Indian usage"],
  ["IN", "Raksha Mantralaya (Ministry of Defence)", "Hindi usage"],
  ["IN", "Bharatiya Vayu Sena – Base Repair Depot", "Hindi usage (Indian Air Force)"],
  ["PK", "Pak Army Corps of Signals", "Urdu/English usage"],
  ["PK", "Wazarat-e-Difa, Rawalpindi", "Urdu usage (Ministry of Defence)"],
  ["BD", "Bangladesh Navy Dockyard, Chattogram", "English"],
  ["LK", "Sri Lanka Air Force Base Katunayake", "English"],
  ["SG", "Defence Science and Technology Agency", "English"],
  ["SG", "Republic of Singapore Navy", "English"],
  ["MY", "Royal Malaysian Air Force, No. 1 Air Division", "English"],
  ["TH", "Royal Thai Navy Dockyard Department", "English"],
  ["PH", "Armed Forces of the Philippines – Logistics Command", "English"],
  ["PH", "Department of National Defense", "English (US spelling)"],
  ["EG", "Egyptian Armed Forces Engineering Authority", "English"],
  ["SA", "Ministry of Defense, Kingdom of Saudi Arabia", "English (US spelling)"],
  ["AE", "UAE Armed Forces General Headquarters", "English"],
  ["ZA", "South African National Defence Force", "English"],
  ["KE", "Kenya Defence Forces", "English"],
  ["CL", "Chilean Navy Hydrographic Service", "English"],
  ["TW", "Ministry of National Defense, R.O.C.", "English"],
  ["CN", "中国人民解放军第63961部队", "Chinese simplified (PLA unit)"],
  ["CN", "解放军信息工程大学", "Chinese simplified (PLA university)"],
  ["CN", "中国人民解放军海军装备部", "Chinese simplified (PLA Navy equipment dept.)"],
  ["CN", "国防科技大学", "Chinese simplified (National University of Defense Technology)"],
  ["CN", "中国兵器工业集团有限公司", "Chinese simplified (arms industry group)"],
  ["CN", "PLA Rocket Force Engineering University", "English (PLA)"],
  ["TW", "國防部軍備局生產製造中心", "Chinese traditional"],
  ["TW", "中華民國海軍司令部", "Chinese traditional"],
  ["HK", "駐香港部隊", "Chinese traditional (garrison)"],
  ["VN", "주베트남 대한민국 대사관 국방무관부", "Korean (defence attaché)"],
  ["VN", "국방부 조달본부", "Korean (MND procurement)"],
  ["ID", "인도네시아 육군", "Korean (Indonesian Army)"],
  ["KZ", "Министерство обороны Республики Казахстан", "Russian"],
  ["KG", "Войсковая часть 12345 Вооружённых сил Кыргызской Республики", "Russian (military unit)"],
  ["UZ", "Министерство обороны Республики Узбекистан", "Russian"],
  ["AM", "Военно-воздушные силы Армении", "Russian (air force)"],
  ["MX", "Secretaría de la Defensa Nacional (SEDENA)", "Spanish"],
  ["CO", "Ejército Nacional de Colombia", "Spanish"],
  ["CL", "Armada de Chile", "Spanish"],
  ["PE", "Fuerza Aérea del Perú", "Spanish"],
  ["CO", "Industria Militar (INDUMIL)", "Spanish"],
  ["EC", "Ministerio de Defensa Nacional del Ecuador", "Spanish"],
  ["BR", "Exército Brasileiro – Arsenal de Guerra de São Paulo", "Portuguese"],
  ["BR", "Marinha do Brasil – Centro Tecnológico", "Portuguese"],
  ["AO", "Forças Armadas Angolanas", "Portuguese"],
  ["MZ", "Ministério da Defesa Nacional de Moçambique", "Portuguese"],
  ["MA", "Forces Armées Royales", "French"],
  ["DZ", "Ministère de la Défense Nationale", "French"],
  ["SN", "Armée de l'Air du Sénégal", "French"],
  ["TN", "Armée de Terre tunisienne", "French"],
  ["ID", "Kementerian Pertahanan Republik Indonesia", "Indonesian"],
  ["ID", "TNI Angkatan Udara", "Indonesian"],
  ["ID", "Tentara Nasional Indonesia Angkatan Darat", "Indonesian"],
  ["MY", "Kementerian Pertahanan Malaysia", "Malay"],
  ["MY", "Tentera Laut Diraja Malaysia", "Malay"],
  ["TH", "กระทรวงกลาโหม", "Thai (Ministry of Defence)"],
  ["TH", "กองทัพบกไทย", "Thai (Royal Thai Army)"],
  ["TH", "กองทัพอากาศ", "Thai (Air Force)"],
  ["VN", "Bộ Quốc phòng Việt Nam", "Vietnamese"],
  ["VN", "Quân chủng Phòng không – Không quân", "Vietnamese (Air Defence–Air Force)"],
  ["VN", "Tổng cục Công nghiệp Quốc phòng", "Vietnamese (defence industry)"],
  ["VN", "Quân đội nhân dân Việt Nam", "Vietnamese (People's Army)"],
  ["PH", "Hukbong Katihan ng Pilipinas", "Filipino (Philippine Army)"],
  ["PH", "Hukbong Dagat ng Pilipinas", "Filipino (Philippine Navy)"],
  ["MM", "Tatmadaw Kyi (Myanmar Army)", "Burmese in Latin letters"],
  ["MM", "Ka Pa Sa – Directorate of Defence Industries", "Burmese in Latin letters"],
  ["SA", "وزارة الدفاع", "Arabic (Ministry of Defence)"],
  ["EG", "القوات المسلحة المصرية", "Arabic (Egyptian Armed Forces)"],
  ["AE", "القوات الجوية والدفاع الجوي", "Arabic (Air Force and Air Defence)"],
  ["JO", "القوات المسلحة الأردنية - الجيش العربي", "Arabic (Jordan Armed Forces)"],
  ["AE", "سازمان صنایع دفاع", "Persian (Defence Industries Organisation)"],
  ["TJ", "وزارت دفاع", "Persian (Ministry of Defence)"],
  ["TR", "Milli Savunma Bakanlığı", "Turkish"],
  ["TR", "Türk Silahlı Kuvvetleri", "Turkish"],
  ["TR", "Kara Kuvvetleri Komutanlığı", "Turkish (Land Forces Command)"],
  ["TR", "Savunma Sanayii Başkanlığı (SSB)", "Turkish (defence industry agency)"],
  ["AZ", "Azərbaycan Respublikası Müdafiə Nazirliyi", "Azerbaijani"],
  ["TH", "タイ王国陸軍", "Japanese (Royal Thai Army)"],
  ["VN", "ベトナム国防省", "Japanese (Vietnamese MoD)"],
  ["IN", "インド国防研究開発機構", "Japanese (DRDO)"],
];
MILITARY.forEach(([iso, name, lang], i) =>
  add(iso, s1(i), {
    kind: "military-name",
    expected: R_L,
    consignee: name,
    end_user: name,
    buyer: name,
    end_use: "Machining of spare parts in the organisation's maintenance workshop",
    why: `'${name}' is a military or defence body (${lang}); 16項(1) goods to 一般国: a body that uses 1項 goods meets the CW 需要者 prong on a documented reading (${C.cwUser}; inference → REVIEW at least)`,
  }),
);

// False friends: ordinary bodies whose names collide with military words (16項(1) goods, should clear).
const FALSE_FRIENDS: Array<[string, string, string]> = [
  ["PH", "The Salvation Army Philippines – Social Services", "a charity"],
  ["IN", "Navy Blue Garments Pvt. Ltd.", "a clothing colour"],
  ["TH", "Army & Navy Outdoor Store Co., Ltd.", "a surplus/outdoor shop"],
  ["CN", "Shenzhen PLA Filament Technology Co., Ltd.", "PLA = polylactic acid 3D-printing filament"],
  ["CN", "杭州建军五金机电有限公司", "建军 is a common given name"],
  ["TR", "Ordu Fındık Sanayi A.Ş.", "Ordu is a Turkish city (hazelnuts), also the word for army"],
  ["MY", "Angkatan Belia Islam Malaysia", "a youth movement ('angkatan' = generation/force)"],
  ["ID", "PT Armada Bus Pariwisata", "'armada' = fleet of buses"],
  ["IN", "Defence Colony Dental Clinic, New Delhi", "Defence Colony is a Delhi neighbourhood"],
  ["SG", "Commando Fitness Pte. Ltd.", "a gym"],
  ["TH", "Marines Seafood Co., Ltd.", "a seafood company"],
  ["VN", "Tank Cleaning Services JSC", "industrial tank cleaning"],
  ["MX", "Cuartel de Tacos S.A. de C.V.", "a restaurant ('cuartel' = barracks)"],
  ["BR", "Comando Pizzaria Ltda.", "a pizzeria"],
  ["PH", "Legion of Mary Parish Office", "a Catholic lay association"],
  ["IN", "Cadet Uniform Tailors", "school uniforms"],
];
FALSE_FRIENDS.forEach(([iso, name, what], i) =>
  add(iso, s1(i + 1), {
    kind: "military-false-friend",
    expected: NL,
    consignee: name,
    end_user: name,
    buyer: name,
    end_use: "Equipment for the organisation's own workshop",
    why: `'${name}' is ${what}, not a military body; a REVIEW is a false alarm`,
  }),
);
MILITARY.filter((_, i) => i % 10 === 3).forEach(([iso, name, lang], i) =>
  add(iso, s2(i), {
    kind: "military-16-2-general",
    expected: NL_R,
    consignee: name,
    end_user: name,
    buyer: name,
    end_use: "Office and workshop use",
    why: `'${name}' (${lang}) with 16項(2) goods to 一般国: CW prongs do not apply (${C.gen42}); REVIEW acceptable, not required`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 11. Red flags written as phrases (EAR Supp. 3; 明らかガイドライン) — an unresolved red flag is never cleared silently

const RF_PHRASES: Array<[string, Partial<EvalRow>, string]> = [
  ["TH", { end_use: "For resale to various customers in the region" }, "RF1/① end use not given (resale)"],
  ["VN", { end_use: "General purpose use" }, "RF1 generic end use"],
  ["IN", { end_use: "Various applications" }, "RF1 generic end use"],
  ["CN", { end_use: "一般用途" }, "RF1 generic end use (Japanese)"],
  ["MY", { end_use: "在庫用（販売先未定）" }, "RF1 stock, buyer unknown"],
  ["ID", { end_use: "Stock for distributor, end users not yet known" }, "RF1 stock"],
  ["PH", { end_use: "To be used for various industrial purposes" }, "RF1 generic"],
  ["MX", { end_use: "Customer will advise later" }, "RF1 reluctant"],
  ["BR", { end_use: "Not disclosed by customer" }, "RF1 reluctant"],
  ["TR", { end_use: "用途不明" }, "RF1 unknown (Japanese)"],
  ["EG", { end_use: "転売用" }, "RF1 resale (Japanese)"],
  ["TH", { customer_since: "初取引" }, "RF4 first transaction (Japanese)"],
  ["VN", { customer_since: "First order from this customer" }, "RF4 new customer"],
  ["IN", { customer_since: "New account opened Nov 2026" }, "RF4 new customer"],
  ["MY", { customer_since: "新規顧客" }, "RF4 new customer (Japanese)"],
  ["CN", { customer_since: "2026-10-15" }, "RF4 first trade 7 weeks ago"],
  ["TR", { end_user: "Internationale Spedition Krause GmbH & Co. KG" }, "RF9 forwarder as end user (German)"],
  ["TR", { end_user: "Yıldız Nakliyat ve Lojistik Ltd. Şti." }, "RF9 forwarder (Turkish)"],
  ["MX", { end_user: "Transportes y Logística del Norte S.A. de C.V." }, "RF9 forwarder (Spanish)"],
  ["PE", { end_user: "Agencia de Carga Internacional Andina S.A.C." }, "RF9 forwarder (Spanish)"],
  ["BR", { end_user: "Transportadora Rápida Ltda." }, "RF9 forwarder (Portuguese)"],
  ["BR", { end_user: "Despachante Aduaneiro Silva & Filhos" }, "RF9 customs broker (Portuguese)"],
  ["MA", { end_user: "Transitaire Atlas SARL" }, "RF9 forwarder (French)"],
  ["KZ", { end_user: "ООО «ТрансЛогистик Евразия»" }, "RF9 forwarder (Russian)"],
  ["KZ", { end_user: "Экспедиторская компания «Степь»" }, "RF9 forwarder (Russian)"],
  ["CN", { end_user: "深圳市环球国际货运代理有限公司" }, "RF9 forwarder (Chinese)"],
  ["HK", { end_user: "香港速達貨運代理有限公司" }, "RF9 forwarder (Chinese traditional)"],
  ["VN", { end_user: "대한국제물류(주) 하노이지점" }, "RF9 forwarder (Korean)"],
  ["TH", { end_user: "東洋通関株式会社 バンコク支店" }, "RF9 customs broker (Japanese)"],
  ["AE", { delivery_address: "Plot S30210, JAFZA South, Jebel Ali Free Zone, Dubai" }, "RF8 free zone (JAFZA)"],
  ["AE", { delivery_address: "Building 6W, Dubai Airport Free Zone (DAFZA)" }, "RF8 free zone (DAFZA)"],
  ["AE", { delivery_address: "Warehouse Q4-112, SAIF Zone, Sharjah" }, "RF8 free zone (SAIF)"],
  ["AE", { delivery_address: "Hamriyah Free Zone Phase 2, Sharjah" }, "RF8 free zone (HFZA)"],
  ["AE", { delivery_address: "KIZAD Logistics Park, Abu Dhabi" }, "RF8 free zone (KIZAD)"],
  ["PA", { delivery_address: "Zona Libre de Colón, Calle 16, Colón" }, "RF8 free zone (Colón)"],
  ["TR", { delivery_address: "Mersin Serbest Bölgesi, 3. Cadde No:5, Mersin" }, "RF8 free zone (Mersin, Turkish)"],
  ["CN", { delivery_address: "上海外高桥保税区 富特北路 211号" }, "RF8 bonded zone (Waigaoqiao)"],
  ["CN", { delivery_address: "Waigaoqiao Free Trade Zone, Pudong, Shanghai" }, "RF8 free trade zone"],
  ["SG", { delivery_address: "Keppel Distripark FTZ, 511 Kampong Bahru Road" }, "RF8 free trade zone (Singapore)"],
  ["AE", { delivery_address: "P.O. Box 18231, Dubai" }, "RF8 P.O. box"],
  ["SA", { delivery_address: "POB 4411, Jeddah 21491" }, "RF8 P.O. box"],
  ["BR", { delivery_address: "Caixa Postal 2041, São Paulo" }, "RF8 P.O. box (Portuguese)"],
  ["PE", { delivery_address: "Apartado Postal 1234, Lima" }, "RF8 P.O. box (Spanish)"],
  ["KZ", { delivery_address: "а/я 115, Алматы" }, "RF8 P.O. box (Russian)"],
  ["TH", { delivery_address: "私書箱 12号, Bangkok" }, "RF8 P.O. box (Japanese)"],
  ["TH", { delivery_date: "ASAP" }, "RF8 vague delivery"],
  ["VN", { delivery_date: "as soon as possible" }, "RF8 vague delivery"],
  ["IN", { delivery_date: "To be confirmed" }, "RF8 vague delivery"],
  ["MY", { delivery_date: "未定" }, "RF8 vague delivery"],
  ["ID", { delivery_date: "whenever ready" }, "RF8 vague delivery"],
  ["TH", { service_declined: "Customer declined installation and training" }, "RF7 services declined"],
  ["VN", { service_declined: "辞退" }, "RF7 declined (Japanese)"],
  ["IN", { service_declined: "declined – will install themselves" }, "RF7 declined"],
  ["TH", { transit_countries: "via Dubai" }, "RF10 route via a diversion hub"],
  ["VN", { transit_countries: "トルコ経由" }, "RF10 route via Türkiye (Japanese)"],
  ["IN", { transit_countries: "Kazakhstan, Kyrgyzstan" }, "RF10 route via 別表第二の四 states"],
  ["MY", { transit_countries: "Almaty (KZ)" }, "RF10 route via Kazakhstan"],
];
RF_PHRASES.forEach(([iso, over, what], i) =>
  add(iso, i % 2 ? s2(i) : s1(i), {
    kind: "redflag-phrase",
    expected: R_L,
    ...over,
    why: `${what}: ${C.ear}`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 12. Amounts in foreign currencies (EAR red flag 5: cash for an expensive item; engine threshold ¥10,000,000)

const CASH_BIG: Array<[string, string, string]> = [
  ["250000", "USD", "USD 250,000 ≈ ¥37m"],
  ["$250,000", "", "$250,000"],
  ["US$ 250,000", "", "US$ 250,000"],
  ["250,000", "US$", "currency written US$"],
  ["RMB 2,000,000", "", "RMB 2m ≈ ¥42m"],
  ["2000000", "CNY", "CNY 2m"],
  ["2,000,000", "元", "2m 元"],
  ["200万", "人民币", "人民币 200万 (2m)"],
  ["€150.000,00", "", "EUR 150,000 in German notation"],
  ["150,000", "EUR", "EUR 150,000"],
  ["₩300,000,000", "", "KRW 300m ≈ ¥33m"],
  ["HK$2,000,000", "", "HKD 2m ≈ ¥39m"],
  ["S$200,000", "", "SGD 200k ≈ ¥23m"],
  ["¥15,000,000", "", "¥15m"],
  ["15,000,000円", "", "¥15m (円)"],
  ["1500万円", "", "¥15m (万円)"],
  ["£100,000", "", "GBP 100k ≈ ¥19m"],
  ["20,000,000", "INR", "INR 20m ≈ ¥36m"],
  ["10,000,000", "THB", "THB 10m ≈ ¥44m"],
  ["800,000", "AED", "AED 800k ≈ ¥33m"],
];
const CASH_TERMS = [
  "Cash in advance",
  "100% T/T in advance",
  "CIA",
  "前払い",
  "現金",
  "Prepayment 100% before shipment",
];
CASH_BIG.forEach(([v, cur, what], i) =>
  add(GENERAL[i % GENERAL.length], s1(i), {
    kind: "currency-cash-large",
    expected: R_L,
    payment_terms: CASH_TERMS[i % CASH_TERMS.length],
    order_value: v,
    currency: cur,
    why: `${what} with '${CASH_TERMS[i % CASH_TERMS.length]}': cash for an expensive item (EAR red flag 5; ⑬) — never compared as yen`,
  }),
);
[
  ["3,000,000", "XYZ"],
  ["3,000,000", "ZZD"],
  ["3000000", "ドル"],
].forEach(([v, cur], i) =>
  add(GENERAL[i], s1(i + 4), {
    kind: "currency-unknown",
    expected: R_L,
    payment_terms: "Cash in advance",
    order_value: v,
    currency: cur,
    why: `amount in '${cur}' cannot be converted (ドル alone does not say which dollar); with cash terms RF5 cannot be excluded (${C.unread})`,
  }),
);
[
  ["20000", "USD", "USD 20,000 ≈ ¥3m"],
  ["€5.000,00", "", "EUR 5,000"],
  ["3,000,000", "JPY", "¥3m"],
  ["RMB 50,000", "", "RMB 50k ≈ ¥1m"],
].forEach(([v, cur, what], i) =>
  add(GENERAL[i + 1], s1(i + 8), {
    kind: "currency-cash-small",
    expected: NL,
    payment_terms: "Cash in advance",
    order_value: v,
    currency: cur,
    why: `${what} in cash: not a very expensive item, no red flag; clean row`,
  }),
);
[
  ["5,000,000", "USD"],
  ["€2.500.000,00", ""],
].forEach(([v, cur], i) =>
  add(GENERAL[i + 5], s1(i + 3), {
    kind: "currency-credit-large",
    expected: NL,
    payment_terms: "L/C at sight",
    order_value: v,
    currency: cur,
    why: "a large order on normal credit terms (L/C) is no red flag; clean row",
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 13. Excel error values in every decision-relevant field

const EXCEL_ERRORS = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];
const CORE_FIELDS = [
  "hs_code",
  "list_control",
  "destination",
  "end_user",
  "end_user_country",
  "consignee_country",
  "known_weapons_use",
  "end_user_weapons_activity",
  "meti_inform",
];
CORE_FIELDS.forEach((field, fi) =>
  EXCEL_ERRORS.forEach((err, ei) =>
    add(GENERAL[(fi + ei) % GENERAL.length], s1(fi + ei), {
      kind: "excel-error",
      expected: R_L,
      [field]: err,
      why: `${field} = ${err}: the field decides the outcome and could not be read (${C.unread})`,
    }),
  ),
);
const OTHER_FIELDS = [
  "consignee",
  "buyer",
  "end_use",
  "transaction_type",
  "payment_terms",
  "transit_countries",
  "delivery_date",
  "delivery_address",
  "customer_since",
  "service_declined",
];
OTHER_FIELDS.forEach((field, fi) =>
  [0, 1, 2].forEach((k) => {
    const err = EXCEL_ERRORS[(fi * 3 + k) % EXCEL_ERRORS.length];
    add(GENERAL[(fi + k) % GENERAL.length], s1(fi + k), {
      kind: "excel-error",
      expected: R_L,
      [field]: err,
      why: `${field} = ${err}: could not be read (party screening / red flags depend on it; ${C.unread})`,
    });
  }),
);
["order_value", "currency"].forEach((field, fi) =>
  [0, 1, 2].forEach((k) =>
    add(GENERAL[fi + k], s1(fi + k + 5), {
      kind: "excel-error",
      expected: R_L,
      payment_terms: "Cash in advance",
      order_value: "3000000",
      [field]: EXCEL_ERRORS[(fi * 3 + k + 4) % EXCEL_ERRORS.length],
      why: `${field} unreadable with cash-in-advance terms: EAR red flag 5 cannot be excluded (${C.unread})`,
    }),
  ),
);
RF_FIELDS.forEach((field, i) =>
  add(GENERAL[i % GENERAL.length], s1(i), {
    kind: "excel-error",
    expected: R_L,
    [field]: EXCEL_ERRORS[i % EXCEL_ERRORS.length],
    why: `red-flag answer ${field} unreadable (${C.unread})`,
  }),
);
EXCEL_ERRORS.slice(0, 5).forEach((err, i) =>
  add(GENERAL[i], s1(i + 2), {
    kind: "excel-error",
    expected: R_L,
    end_user_weapons_activity: "CW",
    clearly_not_for_weapons: err,
    why: `CW end user and the 明らか field is ${err}: the exception is not documented (${C.cwUser})`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// 14. Other unreadable values

const UNREADABLE: Array<[Partial<EvalRow>, string]> = [
  [{ known_weapons_use: "maybe" }, "known_weapons_use 'maybe'"],
  [{ known_weapons_use: "要確認" }, "known_weapons_use '要確認'"],
  [{ end_user_weapons_activity: "??" }, "end_user_weapons_activity '??'"],
  [{ transaction_type: "services" }, "transaction_type 'services' (not goods/technology)"],
  [{ customer_since: "31/31/2020" }, "customer_since not a date"],
  [{ delivery_date: "2026-13-45" }, "delivery_date not a date"],
  [{ service_declined: "perhaps" }, "service_declined 'perhaps'"],
  [{ rf03: "maybe" }, "rf03 'maybe'"],
  [{ rf09: "不明" }, "rf09 '不明'"],
  [{ payment_terms: "Cash in advance", order_value: "approx. five million" }, "amount in words with cash terms"],
  [{ payment_terms: "Cash in advance", order_value: "#num:Infinity" }, "non-finite amount with cash terms"],
  [{ list_control: "see attachment" }, "list_control 'see attachment'"],
  [{ end_user_weapons_activity: "CW", clearly_not_for_weapons: "probably" }, "明らか 'probably' on a CW end user"],
  [{ meti_inform: "#num:1" }, "meti_inform as the number 1 (a checkbox exported as 1)"],
];
UNREADABLE.forEach(([over, what], i) =>
  add(GENERAL[i % GENERAL.length], s1(i), {
    kind: "unreadable",
    expected: R_L,
    ...over,
    why: `${what}: cannot be read as a known value (${C.unread})`,
  }),
);
// Out of 16項 scope but a weapons fact present: no catch-all, but never a silent clearance.
[
  { known_weapons_use: "WMD" },
  { end_user_weapons_activity: "CW", end_user: "Ministry of Defence, Logistics Directorate" },
  { meti_inform: "WMD" },
].forEach((o, i) =>
  add(["TH", "IN", "VN"][i], OUT[i + 2], {
    kind: "out-of-scope-weapons-fact",
    expected: R_L,
    ...o,
    why: `${C.out}, but a weapons fact is present (use, user or an inform that names these goods): consult METI before shipping; not a silent clearance`,
  }),
);

// ---------------------------------------------------------------------------------------------------------------

export function buildSet(): EvalRow[] {
  return rows;
}

if (require.main === module) {
  const out = path.join(__dirname, "law-eval-set.csv");
  const csv = stringify(
    rows.map((r) => SET_COLUMNS.map((c) => r[c] ?? "")),
    { header: true, columns: SET_COLUMNS },
  );
  fs.writeFileSync(out, csv);
  const kinds = new Map<string, number>();
  for (const r of rows) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  console.log(`${rows.length} rows → ${out}`);
  for (const [k, n] of kinds) console.log(`  ${k}: ${n}`);
}
