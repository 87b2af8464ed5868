/**
 * The harder evaluation (issue 10, point 8): listed names written the way order sheets write them — inside a
 * longer cell (an address before or after, a department, school, laboratory or branch, a contact person, a
 * parenthetical acronym, a legal form of another language), abbreviated (Univ., Inst., Tech. …), with Chinese
 * legal forms in pinyin, and foreign institutions in the Japanese way (a katakana place name with kanji
 * organisation words). Generated at test time from the real End User List (nothing of the list is committed);
 * the addresses, departments and people are this file's own inventions. Hand-written renderings in scripts the
 * list does not carry (Persian, Hangul, Korean in Revised Romanisation) are in `positives-scripts.tsv`; real
 * unlisted companies and institutions that share words with listed ones are in `negatives-real/*.txt`.
 * Independent of the matcher: none of its tables are used here.
 */
import * as fs from "fs";
import * as path from "path";
import type { PartyEntry, PartyList } from "../../../src/engine/parties/list-model";
import { katakanaOf, rng, type LabelledQuery } from "./variants";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const KANA = /[\u3040-\u30ff]/;
const NON_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;

function outsideParens(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/\([^()]*\)/g, " ")
    .replace(/\([^()]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function latinForms(e: PartyEntry): string[] {
  return [e.name, ...e.aliases]
    .map(outsideParens)
    .filter((s) => s.length >= 6 && !NON_LATIN.test(s) && /[A-Za-z]{3}/.test(s));
}

function hanForms(e: PartyEntry): string[] {
  const out: string[] = [];
  for (const n of [e.name, ...e.aliases]) {
    const nf = n.normalize("NFKC");
    for (const m of nf.matchAll(/\(([^()]*)\)/g)) if (HAN.test(m[1]) && !KANA.test(m[1])) out.push(m[1].trim());
    if (HAN.test(nf) && !/[A-Za-z]/.test(nf) && !KANA.test(nf)) out.push(nf.trim());
  }
  return out.filter((s) => [...s].length >= 4);
}

function pick<T>(xs: T[], r: () => number): T | undefined {
  return xs.length ? xs[Math.floor(r() * xs.length)] : undefined;
}

const num = (r: () => number, lo = 1, hi = 300) => String(lo + Math.floor(r() * (hi - lo)));

// ---- Addresses (own inventions, per country, in Latin, Han, kana and Cyrillic scripts) ----

type AddressMaker = (r: () => number) => string;
const LATIN_ADDRESS: Record<string, AddressMaker[]> = {
  CN: [
    (r) => `No. ${num(r)} Xueyuan Road, Haidian District, Beijing ${num(r, 100000, 102000)}, China`,
    (r) => `Building ${num(r, 1, 20)}, ${num(r)} Zhangjiang Road, Pudong New Area, Shanghai, P.R. China`,
    (r) => `Room ${num(r, 101, 999)}, Keji Park, Nanshan District, Shenzhen, Guangdong Province, PRC`,
    (r) => `${num(r)} Renmin Road, Chengdu, Sichuan 610000 China`,
  ],
  HK: [
    (r) => `Room ${num(r, 101, 2999)}, ${num(r, 2, 40)}/F, ${num(r)} Nathan Road, Kowloon, Hong Kong`,
    (r) => `Unit ${num(r, 1, 30)}, ${num(r, 2, 30)}/F, Wing Tai Centre, Kwun Tong, Kowloon, HK`,
  ],
  TW: [(r) => `No. ${num(r)}, Sec. 2, Zhongshan N. Rd., Zhongshan Dist., Taipei City ${num(r, 100, 120)}, Taiwan`],
  KP: [
    () => `Sosong District, Pyongyang, DPRK`,
    () => `Central District, Pyongyang, Democratic People's Republic of Korea`,
    () => `Pyongyang, North Korea`,
  ],
  IR: [
    (r) => `No. ${num(r)}, Azadi Street, Tehran, Iran`,
    (r) => `P.O. Box ${num(r, 11000, 19999)}-${num(r, 100, 999)}, Tehran, Islamic Republic of Iran`,
    (r) => `Unit ${num(r, 1, 20)}, Chaharbagh Ave, Isfahan ${num(r, 81000, 81999)}, I.R. Iran`,
  ],
  RU: [
    (r) => `ul. Lenina ${num(r, 1, 120)}, Moscow ${num(r, 101000, 129999)}, Russian Federation`,
    (r) => `${num(r, 1, 80)} Nevsky Prospekt, St. Petersburg 191025, Russia`,
  ],
  PK: [
    (r) => `Plot ${num(r, 1, 99)}, Street ${num(r, 1, 40)}, I-9 Industrial Area, Islamabad, Pakistan`,
    (r) => `${num(r)} Mall Road, Lahore ${num(r, 54000, 54999)}, Pakistan`,
  ],
  AE: [
    (r) => `P.O. Box ${num(r, 1000, 99999)}, Jebel Ali Free Zone, Dubai, U.A.E.`,
    (r) => `Office ${num(r, 101, 999)}, Al Qusais Industrial Area, Sharjah, United Arab Emirates`,
  ],
  SY: [() => `Mezzeh, Damascus, Syria`],
  LB: [() => `Hamra Street, Beirut, Lebanon`],
};
const DEFAULT_LATIN_ADDRESS: AddressMaker[] = [(r) => `${num(r)} Main Street, Central District`];

const HAN_ADDRESS: Record<string, AddressMaker[]> = {
  CN: [
    (r) => `中国北京市海淀区学院路${num(r)}号`,
    (r) => `上海市浦东新区张江路${num(r)}号`,
    (r) => `广东省深圳市南山区科技园${num(r)}栋`,
    (r) => `中華人民共和国四川省成都市人民南路${num(r)}号`,
  ],
  HK: [(r) => `香港九龍彌敦道${num(r)}號${num(r, 2, 30)}樓`],
  TW: [(r) => `台北市中山區中山北路二段${num(r)}號`],
  KP: [() => `朝鮮民主主義人民共和国平壌市中区域`, () => `平壌市西城区域`],
};
// The way a Japanese order sheet writes a foreign address (katakana place names).
const KANA_ADDRESS: Record<string, AddressMaker[]> = {
  IR: [() => `イラン・イスラム共和国 テヘラン市`, () => `イラン テヘラン`],
  RU: [() => `ロシア連邦 モスクワ市`, () => `ロシア サンクトペテルブルク`],
  PK: [() => `パキスタン イスラマバード`],
  AE: [() => `アラブ首長国連邦 ドバイ`],
  CN: [() => `中国 北京市`, () => `中華人民共和国 上海市`],
  KP: [() => `北朝鮮 ピョンヤン`],
  HK: [() => `香港 九龍`],
  SY: [() => `シリア ダマスカス`],
};
const CYRILLIC_ADDRESS: AddressMaker[] = [
  (r) => `г. Москва, ул. Ленина, д. ${num(r, 1, 120)}`,
  (r) => `${num(r, 101000, 129999)}, Россия, Москва, Ленинский проспект, ${num(r, 1, 90)}`,
  () => `Санкт-Петербург, Невский пр.`,
];

function addressFor(e: PartyEntry, script: "latin" | "han", r: () => number): string {
  const c = e.country ?? "";
  if (script === "han") return pick(HAN_ADDRESS[c] ?? KANA_ADDRESS[c] ?? [() => `東京都千代田区`], r)!(r);
  const roll = r();
  if (c === "RU" && roll < 0.3) return pick(CYRILLIC_ADDRESS, r)!(r);
  if (KANA_ADDRESS[c] && roll > 0.8) return pick(KANA_ADDRESS[c], r)!(r);
  return pick(LATIN_ADDRESS[c] ?? DEFAULT_LATIN_ADDRESS, r)!(r);
}

// ---- Units inside an organisation ----

const ACADEMIC = /\b(universit|institute|academy|college|polytechn)/i;
const LATIN_ACADEMIC_UNITS = [
  (n: string) => `School of Materials Science and Engineering, ${n}`,
  (n: string) => `${n}, Department of Mechanical Engineering`,
  (n: string) => `${n} College of Automation`,
  (n: string) => `State Key Laboratory of Advanced Welding, ${n}`,
  (n: string) => `Faculty of Physics, ${n}`,
  (n: string) => `${n}, Laser Research Lab`,
];
const LATIN_COMPANY_UNITS = [
  (n: string) => `${n}, Shanghai Branch`,
  (n: string) => `${n} Sales Department`,
  (n: string) => `${n} - Procurement Office`,
  (n: string) => `${n} Representative Office in Dubai`,
  (n: string) => `Purchasing Dept., ${n}`,
];
const HAN_ACADEMIC_UNITS = [
  (n: string) => `${n}材料科学与工程学院`,
  (n: string) => `${n}机电学院`,
  (n: string) => `${n}物理系`,
  (n: string) => `${n}先进焊接国家重点实验室`,
  (n: string) => `${n}自動化学部`,
];
const HAN_COMPANY_UNITS = [
  (n: string) => `${n}上海分公司`,
  (n: string) => `${n}采购部`,
  (n: string) => `${n}北京办事处`,
  (n: string) => `${n} 営業部`,
];

// ---- Contact persons ----

const LATIN_CONTACTS = [
  (n: string) => `${n}, Attn: Mr. Wang Lei`,
  (n: string) => `${n} c/o Dr. Ahmad Rezaei`,
  (n: string) => `Contact: Ms. Olga Ivanova, ${n}`,
  (n: string) => `${n} (Attention: Kim Song Chol, Purchasing Manager)`,
  (n: string) => `Mr. Imran Khan, ${n}`,
];
const HAN_CONTACTS = [
  (n: string) => `${n} 联系人：李明`,
  (n: string) => `${n} 担当：張偉様`,
  (n: string) => `${n}\u3000御中\u3000王芳様`,
];

// ---- Legal forms of other languages ----

const LATIN_LEGAL_TAIL =
  /[\s,]*(co\.?,? ?ltd\.?|company limited|co\.? limited|limited|ltd\.?|llc|l\.l\.c\.?|inc\.?|corp\.?|corporation|company|co\.?|jsc|fze|pvt\.? ltd\.?|\(pvt\) ltd\.?|pte\.? ltd\.?|pty\.? ltd\.?|gmbh)\s*$/i;
function stripLegalTail(s: string): string {
  let cur = s.trim();
  for (let k = 0; k < 3; k++) {
    const next = cur.replace(LATIN_LEGAL_TAIL, "").trim();
    if (next === cur || next.length < 3) break;
    cur = next;
  }
  return cur.replace(/[,.]+$/, "");
}
const FOREIGN_LEGAL = [
  (c: string) => `${c} GmbH`,
  (c: string) => `${c} S.A.`,
  (c: string) => `${c}株式会社`,
  (c: string) => `株式会社 ${c}`,
  (c: string) => `${c} 有限公司`,
  (c: string) => `ООО «${c}»`,
  (c: string) => `${c} Sdn. Bhd.`,
  (c: string) => `${c} S.r.l.`,
  (c: string) => `${c} Sp. z o.o.`,
  (c: string) => `${c} (Pvt.) Ltd.`,
  (c: string) => `${c} Ltda.`,
  (c: string) => `${c} AG`,
];

// ---- Abbreviations as invoices write them ----

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bUniversity\b/gi, "Univ."],
  [/\bInstitute\b/gi, "Inst."],
  [/\bAcademy\b/gi, "Acad."],
  [/\bSciences?\b/gi, "Sci."],
  [/\bTechnology\b/gi, "Tech."],
  [/\bTechnologies\b/gi, "Techs."],
  [/\bNational\b/gi, "Nat'l"],
  [/\bInternational\b/gi, "Int'l"],
  [/\bCorporation\b/gi, "Corp."],
  [/\bManufacturing\b/gi, "Mfg."],
  [/\bEngineering\b/gi, "Eng."],
  [/\bImport (and|&) Export\b/gi, "Imp. & Exp."],
  [/\bDepartment\b/gi, "Dept."],
  [/\bResearch\b/gi, "Res."],
  [/\bCent(er|re)\b/gi, "Ctr."],
  [/\bIndustries\b/gi, "Inds."],
  [/\bIndustrial\b/gi, "Indl."],
  [/\bIndustry\b/gi, "Ind."],
  [/\bElectronics?\b/gi, "Elec."],
  [/\bLaboratory\b/gi, "Lab."],
  [/\bDevelopment\b/gi, "Dev."],
  [/\bCompany\b/gi, "Co."],
  [/\bInformation\b/gi, "Info."],
  [/\bInternational Trading\b/gi, "Intl. Trdg."],
  [/\bTrading\b/gi, "Trdg."],
  [/\bGeneral\b/gi, "Gen."],
  [/\bAssociation\b/gi, "Assn."],
  [/\bMachinery\b/gi, "Mach."],
  [/\bEquipment\b/gi, "Equip."],
  [/\bAeronautics\b/gi, "Aero."],
  [/\bAeronautical\b/gi, "Aeronaut."],
  [/\bPolytechnical\b/gi, "Polytech."],
  [/\bGroup\b/gi, "Grp."],
];

// ---- Chinese legal forms and words in pinyin ----

const PINYIN: Array<[RegExp, string]> = [
  [/\b(co\.?,? ?ltd\.?|company limited|co\.?,? limited|limited|ltd\.?)\s*$/i, "Youxian Gongsi"],
  [/\bImport (and|&) Export\b/gi, "Jinchukou"],
  [/\bScience (and|&) Technology\b/gi, "Keji"],
  [/\bTechnology\b/gi, "Keji"],
  [/\bTrading\b/gi, "Maoyi"],
  [/\bTrade\b/gi, "Maoyi"],
  [/\bElectronics?\b/gi, "Dianzi"],
  [/\bIndustrial\b/gi, "Shiye"],
  [/\bIndustry\b/gi, "Gongye"],
  [/\bGroup\b/gi, "Jituan"],
  [/\bInternational\b/gi, "Guoji"],
  [/\bDevelopment\b/gi, "Fazhan"],
  [/\bMachinery\b/gi, "Jixie"],
  [/\bComposites?\b/gi, "Fuhe Cailiao"],
];

// ---- Foreign institutions the Japanese way ----

/** English organisation phrases and how a Japanese sheet writes them in kanji (the place stays in katakana). */
const JA_ORG: Array<[RegExp, string]> = [
  [/^(.+?) University of Science and Technology$/i, "科学技術大学"],
  [/^(.+?) University of Technology$/i, "工科大学"],
  [/^(.+?) Institute of Technology$/i, "工科大学"],
  [/^(.+?) Polytechnic(al)? University$/i, "工業大学"],
  [/^(.+?) Engineering University$/i, "工程大学"],
  [/^(.+?) University$/i, "大学"],
  [/^(.+?) Research Institute$/i, "研究所"],
  [/^(.+?) Research Cent(er|re)$/i, "研究センター"],
  [/^(.+?) Industrial Group$/i, "工業グループ"],
  [/^(.+?) Industries Group$/i, "工業グループ"],
  [/^(.+?) Industries$/i, "工業"],
  [/^(.+?) Trading (Corporation|Company|Co\.?|Corp\.?)$/i, "貿易会社"],
  [/^(.+?) Trading$/i, "貿易"],
  [/^(.+?) Shipping (Company|Co\.?)( Ltd\.?)?$/i, "海運"],
  [/^(.+?) Bank$/i, "銀行"],
];
/** Place words a Japanese writer puts into kanji rather than katakana. */
const JA_PLACE: Record<string, string> = { korea: "朝鮮", iran: "イラン", china: "中国", korean: "朝鮮" };

function japaneseStyle(f: string): string | undefined {
  const core = stripLegalTail(f.replace(/^the /i, ""));
  for (const [re, org] of JA_ORG) {
    const m = re.exec(core);
    if (!m) continue;
    // a number stays a number (Korea 56 Trading → 朝鮮56貿易; an ordinal 20th → 第20)
    const place = m[1]
      .split(/[\s-]+/)
      .filter(Boolean)
      .map((w) => {
        const ord = /^(\d+)(st|nd|rd|th)$/i.exec(w);
        if (ord) return `第${ord[1]}`;
        if (/^\d+$/.test(w)) return w;
        return JA_PLACE[w.toLowerCase()] ?? katakanaOf(w);
      })
      .join("");
    if (!place || /[A-Za-z]/.test(place)) return undefined;
    return place + org;
  }
  return undefined;
}

// ---- What else invoices and shipping documents write beside the name (own inventions) ----

/** Freight forwarders and agents a consignment is sent in care of (invented names). */
const FORWARDERS = [
  "Gulf Horizon Freight LLC, Jebel Ali",
  "Blue Harbour Logistics (HK) Ltd.",
  "Kasra Cargo Forwarding Co., Bandar Abbas",
  "Nordvik Transport OOO",
  "Meridian Air Cargo Services",
  "Sakura Kaiun Forwarding K.K.",
];
const FORWARDER_CELLS = [
  (n: string, fw: string) => `${n} c/o ${fw}`,
  (n: string, fw: string) => `${n} C/O ${fw.toUpperCase()}`,
  (n: string, fw: string) => `${fw} for account of ${n}`,
  (n: string, fw: string) => `${n}, care of ${fw}`,
];
const DIAL: Record<string, string> = {
  CN: "+86-10",
  HK: "+852",
  TW: "+886-2",
  KP: "+850-2",
  IR: "+98-21",
  RU: "+7-495",
  PK: "+92-51",
  AE: "+971-4",
  SY: "+963-11",
  LB: "+961-1",
};
function phone(e: PartyEntry, r: () => number): string {
  return `${DIAL[e.country ?? ""] ?? "+44-20"} ${num(r, 1000, 9999)} ${num(r, 1000, 9999)}`;
}
function mailDomain(n: string): string {
  const w =
    n
      .toLowerCase()
      .replace(/[^a-z ]/g, "")
      .split(/\s+/)
      .filter((x) => x.length >= 3)[0] ?? "mail";
  return `${w}-trade.com`;
}
const PHONE_CELLS = [
  (n: string, p: string) => `${n} TEL: ${p} FAX: ${p.replace(/\d$/, "9")}`,
  (n: string, p: string) => `${n}, Tel. ${p}, E-mail: sales@${mailDomain(n)}`,
  (n: string, p: string) => `${n} Phone ${p} Email info@${mailDomain(n)}`,
  (n: string, p: string) => `${n} / T: ${p} / F: ${p.replace(/\d$/, "8")}`,
  (n: string, p: string) => `${n} 電話 ${p}`,
];
const PO_BOX_CELLS = [
  (n: string, b: string) => `${n}, P.O. Box ${b}`,
  (n: string, b: string) => `${n} PO BOX ${b}`,
  (n: string, b: string) => `P.O.Box ${b}, ${n}`,
  (n: string, b: string) => `${n}, POB ${b}`,
];
const GLUED_LEGAL = [
  (c: string) => `${c} Co.,Ltd.`,
  (c: string) => `${c}Co.,Ltd.`,
  (c: string) => `${c} CO.,LTD`,
  (c: string) => `${c} Co.,Ltd`,
  (c: string) => `${c},Ltd.`,
  (c: string) => `${c} Co.Ltd.`,
];
const LABELS = [
  "Consignee: ",
  "SHIP TO: ",
  "Sold to: ",
  "Buyer: ",
  "End User: ",
  "Notify Party: ",
  "Messrs. ",
  "M/s ",
  "To: ",
];
const REFERENCES = [
  (r: () => number) => ` - Contract No. ${num(r, 10, 99)}/2025/${num(r, 1, 999)}`,
  (r: () => number) => ` Ref. No. INV-2025-${num(r, 100, 9999)}`,
  (r: () => number) => ` L/C No. ${num(r, 100000, 999999)}`,
  (r: () => number) => `, PO# ${num(r, 1000, 99999)}`,
];
/** Japanese order-form wrappers (a Japanese exporter's sheet). */
const JA_FORMS = [
  (n: string) => `荷受人：${n}`,
  (n: string) => `送り先：${n}\u3000御中`,
  (n: string) => `【納入先】${n}`,
  (n: string) => `${n}\u3000購買部\u3000御中`,
  (n: string) => `最終需要者：${n}`,
  (n: string) => `${n} 御中`,
];
/** The destination in the local language after the name (Persian, Arabic, Cyrillic, Chinese, Korean). */
const LOCAL_PLACE: Record<string, string[]> = {
  IR: ["تهران، ایران", "اصفهان ایران"],
  AE: ["دبي، الإمارات العربية المتحدة", "الشارقة الإمارات"],
  SY: ["دمشق، سوريا"],
  LB: ["بيروت، لبنان"],
  RU: ["Москва, Россия"],
  CN: ["中国北京市", "上海市"],
  HK: ["香港九龍"],
  KP: ["평양", "朝鮮民主主義人民共和国平壌市"],
  PK: ["پاکستان"],
};

/** A name written in capitals with its punctuation taken out (as some systems print it). */
function capsStripped(s: string): string {
  return s
    .toUpperCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

type Maker = (e: PartyEntry, r: () => number) => { query: string; from: string } | undefined;

const MAKERS: Record<string, Maker> = {
  "address-after": (e, r) => {
    const useHan = hanForms(e).length > 0 && r() < 0.35;
    const f = pick(useHan ? hanForms(e) : latinForms(e), r);
    if (!f) return undefined;
    const a = addressFor(e, useHan ? "han" : "latin", r);
    return { query: useHan ? `${f}\u3000${a}` : `${f}, ${a}`, from: f };
  },
  "address-before": (e, r) => {
    const useHan = hanForms(e).length > 0 && r() < 0.35;
    const f = pick(useHan ? hanForms(e) : latinForms(e), r);
    if (!f) return undefined;
    const a = addressFor(e, useHan ? "han" : "latin", r);
    return { query: useHan ? `${a}${f}` : `${a} ${f}`, from: f };
  },
  department: (e, r) => {
    const useHan = hanForms(e).length > 0 && r() < 0.4;
    const f = pick(useHan ? hanForms(e) : latinForms(e), r);
    if (!f) return undefined;
    const academic = ACADEMIC.test([e.name, ...e.aliases].join(" ")) || /(大学|大學|研究|学院|科学院)/.test(f);
    const unit = useHan
      ? pick(academic ? HAN_ACADEMIC_UNITS : HAN_COMPANY_UNITS, r)!
      : pick(academic ? LATIN_ACADEMIC_UNITS : LATIN_COMPANY_UNITS, r)!;
    return { query: unit(f), from: f };
  },
  contact: (e, r) => {
    const useHan = hanForms(e).length > 0 && r() < 0.3;
    const f = pick(useHan ? hanForms(e) : latinForms(e), r);
    if (!f) return undefined;
    return { query: pick(useHan ? HAN_CONTACTS : LATIN_CONTACTS, r)!(f), from: f };
  },
  acronym: (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const core = stripLegalTail(f);
    const initials = core
      .split(/[\s-]+/)
      .filter((w) => /^[A-Za-z]/.test(w) && !/^(of|and|the|for|&|de)$/i.test(w))
      .map((w) => w[0].toUpperCase())
      .join("");
    if (initials.length < 2 || initials.length > 6) return undefined;
    return { query: `${f} (${initials})`, from: f };
  },
  "foreign-legal": (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const core = stripLegalTail(f);
    if (core.split(/\s+/).length < 1 || core.length < 4) return undefined;
    return { query: pick(FOREIGN_LEGAL, r)!(core), from: f };
  },
  abbreviation: (e, r) => {
    const fs = latinForms(e).filter((s) => ABBREVIATIONS.some(([re]) => new RegExp(re.source, "i").test(s)));
    const f = pick(fs, r);
    if (!f) return undefined;
    let q = f;
    for (const [re, ab] of ABBREVIATIONS) q = q.replace(re, ab);
    return q !== f ? { query: q, from: f } : undefined;
  },
  "pinyin-legal": (e, r) => {
    if (!["CN", "HK", "TW"].includes(e.country ?? "")) return undefined;
    const fs = latinForms(e).filter((s) => PINYIN.some(([re]) => new RegExp(re.source, "i").test(s)));
    const f = pick(fs, r);
    if (!f) return undefined;
    let q = f.replace(/\s*\(.*?\)\s*/g, " ").trim();
    for (const [re, py] of PINYIN) q = q.replace(re, py);
    q = q.replace(/\s+/g, " ").trim();
    return q !== f && /Youxian Gongsi|Keji|Maoyi|Jinchukou|Gongye|Shiye|Dianzi|Jituan|Guoji/.test(q)
      ? { query: q, from: f }
      : undefined;
  },
  "katakana-place": (e, r) => {
    const fs = latinForms(e)
      .map((f) => ({ f, q: japaneseStyle(f) }))
      .filter((x) => x.q);
    const x = pick(fs, r);
    return x ? { query: x.q!, from: x.f } : undefined;
  },
  // Kinds added in the third session (issue 10): what else invoices write in the party cell.
  forwarder: (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    return { query: pick(FORWARDER_CELLS, r)!(f, pick(FORWARDERS, r)!), from: f };
  },
  "phone-email": (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    return { query: pick(PHONE_CELLS, r)!(f, phone(e, r)), from: f };
  },
  "po-box": (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    return { query: pick(PO_BOX_CELLS, r)!(f, num(r, 100, 99999)), from: f };
  },
  "caps-stripped": (e, r) => {
    const f = pick(
      latinForms(e).filter((x) => /[^A-Za-z0-9\s]/.test(x) || x !== x.toUpperCase()),
      r,
    );
    if (!f) return undefined;
    const q = capsStripped(f);
    return q !== f ? { query: q, from: f } : undefined;
  },
  "glued-legal": (e, r) => {
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const core = stripLegalTail(f);
    if (core.length < 4) return undefined;
    return { query: pick(GLUED_LEGAL, r)!(core), from: f };
  },
  "two-scripts": (e, r) => {
    const h = pick(hanForms(e), r);
    const l = pick(latinForms(e), r);
    if (!h || !l) return undefined;
    const roll = r();
    const q = roll < 0.4 ? `${h} (${l})` : roll < 0.7 ? `${l} / ${h}` : `${h}\u3000${l}`;
    return { query: q, from: `${h} + ${l}` };
  },
  label: (e, r) => {
    const f = pick(latinForms(e), r);
    return f ? { query: pick(LABELS, r)! + f, from: f } : undefined;
  },
  reference: (e, r) => {
    const f = pick(latinForms(e), r);
    return f ? { query: f + pick(REFERENCES, r)!(r), from: f } : undefined;
  },
  "alias-in-cell": (e, r) => {
    const fs = latinForms(e);
    if (fs.length < 2) return undefined;
    const a = pick(fs, r)!;
    const b = pick(
      fs.filter((x) => x !== a),
      r,
    )!;
    const sep = pick([" a.k.a. ", " / ", " also known as "], r)!;
    return { query: `${a}${sep}${b}`, from: `${a} + ${b}` };
  },
  "japanese-form": (e, r) => {
    const useHan = hanForms(e).length > 0 && r() < 0.3;
    const f = pick(useHan ? hanForms(e) : latinForms(e), r);
    return f ? { query: pick(JA_FORMS, r)!(f), from: f } : undefined;
  },
  "local-place": (e, r) => {
    const places = LOCAL_PLACE[e.country ?? ""];
    const f = pick(latinForms(e), r);
    if (!places || !f) return undefined;
    const p = pick(places, r)!;
    return { query: r() < 0.5 ? `${f} ${p}` : `${f}\n${p}`, from: f };
  },
  // Kinds added in the fourth session (issue 10, recall): word breaks as invoices print them.
  "word-broken": (e, r) => {
    // a word of six letters or more broken at a line end, without a hyphen (two in three) or with one
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const words = [...f.matchAll(/[A-Za-z]{6,}/g)];
    const w = pick(words, r);
    if (!w) return undefined;
    const cut = 2 + Math.floor(r() * (w[0].length - 3));
    const at = w.index! + cut;
    const q = f.slice(0, at) + (r() < 0.67 ? "\n" : "-\n") + f.slice(at);
    return { query: q, from: f };
  },
  "run-together": (e, r) => {
    // two or three neighbouring words of the name written without a space (CamelCase, capitals or as written)
    const f = pick(latinForms(e), r);
    if (!f) return undefined;
    const core = stripLegalTail(f);
    const words = core.split(/\s+/).filter(Boolean);
    const wordy = words.map((w) => /^[A-Za-z]{2,}$/.test(w));
    const starts = words.map((_, i) => i).filter((i) => wordy[i] && wordy[i + 1]);
    const i = pick(starts, r);
    if (i === undefined) return undefined;
    const n = wordy[i + 2] && r() < 0.3 ? 3 : 2;
    const style = r();
    const glued = words
      .slice(i, i + n)
      .map((w) => (style < 0.5 ? w[0].toUpperCase() + w.slice(1).toLowerCase() : style < 0.8 ? w.toUpperCase() : w))
      .join("");
    const rest = f.slice(core.length).trim();
    const q = [...words.slice(0, i), glued, ...words.slice(i + n)].join(" ") + (rest ? ` ${rest}` : "");
    return q !== f ? { query: q, from: f } : undefined;
  },
};

export const HARD_KINDS = Object.keys(MAKERS);

/**
 * Up to `perKind` queries of every kind, each from a different entry where the list allows (entries in a seeded
 * order; the entry's country is given with 40 % of the queries, as an order sheet's country column would).
 */
export function generateHardPositives(list: PartyList, seed = 20251201, perKind = 60): LabelledQuery[] {
  const out: LabelledQuery[] = [];
  HARD_KINDS.forEach((kind, k) => {
    const r = rng(seed + k * 7919);
    const order = list.entries.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let n = 0;
    for (const ei of order) {
      if (n >= perKind) break;
      const e = list.entries[ei];
      const v = MAKERS[kind](e, r);
      if (!v || v.query.trim() === "") continue;
      const q: LabelledQuery = { query: v.query, expected: `${list.id}#${e.id}`, kind, from: v.from };
      if (r() < 0.4 && e.country) q.country = e.country;
      out.push(q);
      n++;
    }
  });
  return out;
}

function readLines(file: string): string[] {
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** Hand-written renderings in scripts the list does not carry: `query<TAB>country<TAB>METI No.<TAB>kind<TAB>note`. */
export function loadScriptPositives(listId = "meti-eul"): LabelledQuery[] {
  const file = path.join(__dirname, "..", "positives-scripts.tsv");
  return readLines(file).map((line) => {
    const [query, country, id, kind, note] = line.split("\t");
    const q: LabelledQuery = { query, expected: `${listId}#${id}`, kind, from: note };
    if (country) q.country = country;
    return q;
  });
}

/** Real unlisted companies, universities and institutes: `name` or `name<TAB>country`, in negatives-real/*.txt. */
export function loadRealNegatives(): LabelledQuery[] {
  const dir = path.join(__dirname, "..", "negatives-real");
  const out: LabelledQuery[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith(".txt"))
    .sort()) {
    for (const line of readLines(path.join(dir, f))) {
      const [query, country] = line.split("\t");
      const q: LabelledQuery = { query, kind: `real-negative:${f.replace(/\.txt$/, "")}` };
      if (country) q.country = country.trim();
      out.push(q);
    }
  }
  return out;
}
