/**
 * Reads an order sheet's party cell that holds more than the name (issue 10, point 1): a street address before
 * or after it, a department, school, laboratory or branch, a contact person, a parenthetical note. The cell is cut
 * into segments (commas, semicolons, line breaks, ideographic spaces, parentheses, contact markers); segments that
 * read as an address (street, number, district, city, postcode, country — Latin, Han, kana, Cyrillic), as a unit of
 * the organisation or as a contact person are set aside, and the remaining text is offered as a further *reading*
 * of the cell. The screener scores the cell as written and every reading, keeps the best score per entry and says
 * which words it set aside and why. Countries named in an address are returned too: they support (same country)
 * or weigh against (another country) a match.
 * Pure: tables are data (cell-tables.ts).
 */
import {
  ADDRESS_WORDS_LATIN,
  CONTACT_MARKERS_HAN,
  CONTACT_MARKERS_LATIN,
  HAN_ADDRESS_PREFIX,
  HAN_ORG_ENDINGS,
  PLACES,
  placeKey,
  UNIT_HEADS_LATIN,
  UNIT_TAILS_LATIN,
} from "./cell-tables";

export type SetAsideKind = "address" | "unit" | "contact" | "paren" | "agent" | "label" | "reference";

export interface SetAside {
  kind: SetAsideKind;
  text: string;
}

export interface CellReading {
  /** The cell with the set-aside parts removed. */
  text: string;
  removed: SetAside[];
}

export interface CellParts {
  /** Further readings of the cell (the cell as written is not among them); empty when nothing was set aside. */
  readings: CellReading[];
  /** ISO alpha-2 codes of the countries the address parts name (first mention first). */
  countries: string[];
}

/** Most readings offered for one cell (each is one more search). */
export const MAX_READINGS = 4;

const NONE: CellParts = { readings: [], countries: [] };
// Cells without any of these cannot hold anything to set aside (the common case: a plain name).
const MAY_HOLD_EXTRAS =
  /[^\u0000-\u007f]|[,;|(\d:@/]|\s[-–—]\s|\b(?:attn|attention|c\/o|care of|account of|behalf of|messrs|aka|a\.k\.a|also known|formerly|ref|inn|contract|mr|mrs|ms|dr|prof|contact|branch|department|dept|office|school|college|faculty|laboratory|lab|division)\b|\n/i;
const HAS_NON_LATIN = /[^\u0000-\u024f]/;
/** What, besides commas, may set off extras in an ASCII cell. */
const ASCII_EXTRAS =
  /[;|(\d:@/]|\s[-–—]\s|\b(?:attn|attention|c\/o|care of|account of|behalf of|messrs|aka|a\.k\.a|also known|formerly|ref|inn|contract|mr|mrs|ms|dr|prof|contact|branch|department|dept|office|school|college|faculty|laboratory|lab|division)\b|\n/i;

const ASCII = /^[\x00-\x7f]*$/;
const norm = placeKey;

let placeStarts: Set<string> | undefined;
/** First words of the places (a word that starts none needs no longer lookup). */
function startsPlace(w: string): boolean {
  if (!placeStarts) {
    placeStarts = new Set();
    for (const k of PLACES.keys()) placeStarts.add(k.split(" ")[0]);
  }
  return placeStarts.has(w);
}

function placeOf(words: string): string | undefined {
  return PLACES.get(words);
}

/**
 * Whether a Latin (or Cyrillic) segment is address data: a street line (a number with a street word, a box, a
 * room), a postcode, or place names only (Tehran; Iran; Islamic Republic of Iran; Beijing 100081).
 */
/** A place name with a romanised administrative-unit suffix, as one word ("Minato-ku", "Sosong-guyok", "Haeju-si"). */
const ADMIN_UNIT_WORD = /^[A-Za-z]+-(?:dong|gu|guyok|kuyok|ku|shi|si|ri|gun|kun|cho|machi|ken|myeon|eup)$/i;

/** A Russian town written with its marker г. (город), whatever the town: "г. Зеленоград", "г. Набережные Челны". */
const RUSSIAN_TOWN = /^\s*(?:г|гор)\.\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*$/u;

function latinAddress(seg: string, countries: string[]): boolean {
  if (ADMIN_UNIT_WORD.test(seg.trim()) || RUSSIAN_TOWN.test(seg)) return true;
  const ws = norm(seg).split(" ").filter(Boolean);
  if (ws.length === 0) return false;
  let places = 0;
  let street = 0;
  let digits = 0;
  let other = 0;
  for (let i = 0; i < ws.length; i++) {
    // places of up to four words (islamic republic of iran, russian federation, hong kong)
    let hit = false;
    for (let n = startsPlace(ws[i]) ? Math.min(5, ws.length - i) : 0; n >= 1; n--) {
      const iso = placeOf(ws.slice(i, i + n).join(" "));
      if (iso !== undefined) {
        if (iso && !countries.includes(iso)) countries.push(iso);
        places++;
        i += n - 1;
        hit = true;
        break;
      }
    }
    if (hit) continue;
    const w = ws[i];
    if (/^\d/.test(w)) digits++;
    else if (ADDRESS_WORDS_LATIN.has(w)) street++;
    else other++;
  }
  // street words need a number or a place with them ("Azadi Street, Tehran"); a lone name word may be a street's name
  if (other === 0) return places + street + digits > 0 && (places > 0 || digits > 0 || street > 0);
  return (digits > 0 && street > 0 && other <= 3) || (street > 0 && places > 0 && other <= 2);
}

/** Leading Han/kana address of a segment ("中国北京市海淀区学院路37号"), as the length of the prefix. */
function hanAddressPrefix(seg: string, countries: string[]): number {
  const m = HAN_ADDRESS_PREFIX.exec(seg);
  // a place name alone is often part of the name (香港理工大學, 深圳市华瑞电子): an address has two parts or more
  // (province and city, city and district, road and number …) and ends in an address word
  if (!m || m[0].length < 3 || !/[省州道市都区區县縣郡号號栋棟楼樓階室园園村镇鎮域]$/.test(m[0])) return 0;
  if ((m[0].match(/[省州道市都区區县縣郡路街号號栋棟楼樓室园園村镇鎮]/g) ?? []).length < 2) return 0;
  for (const [word, iso] of nonLatinPlaces())
    if (iso && m[0].includes(word) && !countries.includes(iso)) countries.push(iso);
  return m[0].length;
}

let nonLatin: Array<[string, string]> | undefined;
let byFirst: Map<string, Array<[string, string]>> | undefined;
/** The places written in Han, kana, Hangul, Cyrillic or Arabic script. */
function nonLatinPlaces(): Array<[string, string]> {
  // without spaces: a non-Latin segment is compared with its spaces taken out (الإمارات العربية المتحدة)
  nonLatin ??= [...PLACES].filter(([w]) => HAS_NON_LATIN.test(w)).map(([w, iso]) => [w.replace(/\s+/g, ""), iso]);
  return nonLatin;
}
function placesByFirst(): Map<string, Array<[string, string]>> {
  if (!byFirst) {
    byFirst = new Map();
    for (const p of nonLatinPlaces()) {
      const l = byFirst.get(p[0][0]);
      if (l) l.push(p);
      else byFirst.set(p[0][0], [p]);
    }
  }
  return byFirst;
}

/** Whether a whole non-Latin segment is address data (イラン テヘラン; 香港 九龍; 平壌市西城区域). */
function hanAddress(seg: string, countries: string[]): boolean {
  const t = seg.replace(/[\s・]+/g, "");
  if (t === "") return false;
  if (hanAddressPrefix(t, countries) === t.length) return true;
  // place names only
  let rest = t;
  let found = false;
  for (;;) {
    let hit = "";
    let hitIso = "";
    for (const [word, iso] of placesByFirst().get(rest[0]) ?? []) {
      if (rest.startsWith(word) && word.length > hit.length) {
        hit = word;
        hitIso = iso;
      }
    }
    if (hitIso && !countries.includes(hitIso)) countries.push(hitIso);
    if (!hit) break;
    found = true;
    rest = rest.slice(hit.length).replace(/^[市都州区區省県道]/, "");
  }
  return found && rest === "";
}

function isContactStart(seg: string): boolean {
  return CONTACT_MARKERS_LATIN.test(seg) || CONTACT_MARKERS_HAN.test(seg);
}

/** A Latin segment that is a unit of an organisation (School of …, Department of …, Sales Department, … Branch). */
function isUnit(seg: string): boolean {
  const n = norm(seg);
  return UNIT_HEADS_LATIN.test(n) || UNIT_TAILS_LATIN.test(n);
}

/** Splits at top-level separators, keeping parenthesised parts as their own segments. */
function segments(cell: string): Array<{ text: string; paren: boolean }> {
  const out: Array<{ text: string; paren: boolean }> = [];
  let cur = "";
  let depth = 0;
  let inner = "";
  const flush = () => {
    if (cur.trim()) out.push({ text: cur.trim(), paren: false });
    cur = "";
  };
  for (const ch of cell) {
    if (ch === "(" || ch === "（") {
      if (depth === 0) flush();
      else inner += ch;
      depth++;
    } else if ((ch === ")" || ch === "）") && depth > 0) {
      depth--;
      if (depth === 0) {
        if (inner.trim()) out.push({ text: inner.trim(), paren: true });
        inner = "";
      } else inner += ch;
    } else if (depth > 0) inner += ch;
    else if (/[,;，、；\n|\u3000]/.test(ch)) flush();
    else cur += ch;
  }
  if (depth > 0) cur += inner;
  flush();
  // " - ", "–" and " / " between parts (a name written twice, in two scripts, is often set off by a slash)
  return out.flatMap((s) =>
    s.paren
      ? [s]
      : s.text
          .split(/\s[-–—/／]\s|\s?／\s?/)
          .map((t) => t.trim())
          .filter(Boolean)
          .map((t) => ({ text: t, paren: false })),
  );
}

/**
 * A segment that changes script between words — a run of non-Latin words and a run of two or more Latin words
 * ("Невский пр. NIIME AND MIKRON", "総合貴金属連合体 Green Pine Associated Corporation") — is two parts.
 */
function splitAtScriptChange(seg: { text: string; paren: boolean }): Array<{ text: string; paren: boolean }> {
  if (seg.paren || !HAS_NON_LATIN.test(seg.text) || !/[A-Za-z]/.test(seg.text)) return [seg];
  // word by word (no backtracking regular expression: a long cell must not take long)
  const ws = seg.text.split(/\s+/).filter(Boolean);
  const latin = ws.map((w) => /^[\x21-\x7e]+$/.test(w));
  let k = 0;
  while (k < ws.length && latin[k] === latin[0]) k++;
  // exactly one change of script, and the Latin run is two words or more starting with a letter
  for (let m = k; m < ws.length; m++) if (latin[m] === latin[0]) return [seg];
  if (k === 0 || k === ws.length) return [seg];
  const head = ws.slice(0, k).join(" ");
  const tail = ws.slice(k).join(" ");
  const latinRun = latin[0] ? ws.slice(0, k) : ws.slice(k);
  if (latinRun.length < 2 || !/^[A-Za-z]/.test(latinRun[0]) || [...head].length < 2 || [...tail].length < 2)
    return [seg];
  return [
    { text: head, paren: false },
    { text: tail, paren: false },
  ];
}

/** Legal forms and the like that are their own comma segment but belong to the name ("Co., Ltd.", "Inc."). */
const NAME_TAIL =
  /^(co|ltd|pvt|pty|pte|limited|llc|l ?l ?c|inc|corp|corporation|company|jsc|fze|pvt ltd|pte ltd|gmbh|sa|sarl|sal|plc|pjsc|ojsc|fz llc|co ltd)$/;

/** Where a contact marker starts inside a segment ("… c/o Dr. Ahmad Rezaei", "…联系人：李明"), or -1. */
function contactAt(seg: string): number {
  const re = /\s(?:attn|attention|c\/o|contact(?: person)?|mr|mrs|ms|dr|prof)\b\.?:?\s/i;
  const m = re.exec(seg);
  if (m) return m.index;
  const h = /(?:联系人|聯繫人|联络人|担当者?|御中|收件人|ご担当|TEL(?![A-Za-z])|Tel(?![A-Za-z]))[:：\s]?/.exec(seg);
  return h && h.index > 0 ? h.index : -1;
}

/** A department of the buyer written on its own (購買部, 資材課, 采购部, 営業本部). */
const HAN_UNIT_SEGMENT = /^[\u4e00-\u9fff\u30a0-\u30ff]{1,6}(?:本部|部|課|科|室|係|处|處|组|組|センター)$/;

/** A numbered body after a group's name: 第十研究所, 第九研究院, 第771研究所, 二院. */
const NUMBERED_BODY = /^第?[一二三四五六七八九十百〇零\d]+(?:研究所|研究院|研究室|院|所|厂|廠|工厂|工場)/;

/** Cuts a Han segment after the first organisation ending that leaves more text ("北京理工大学材料学院" → 北京理工大学). */
function hanOrgCut(seg: string): number {
  let best = -1;
  for (const w of HAN_ORG_ENDINGS) {
    const i = seg.indexOf(w);
    // a numbered institute of a group is a listed body of its own (中国電子科技集団公司第十研究所), not a unit
    if (NUMBERED_BODY.test(seg.slice(i + w.length))) continue;
    if (i > 0 && i + w.length < seg.length && (best < 0 || i + w.length < best)) best = i + w.length;
  }
  if (best < 0) return -1;
  // the name must keep more than a legal form (株式会社…, 有限公司…), and the unit be more than one (…社)
  const name = seg.slice(0, best).replace(/^(株式|有限|合同|合資|合名)?会社$/, "");
  const rest = seg.slice(best).replace(/^(株式会社|有限公司|股份有限公司|会社|公司)$/, "");
  return [...name].length >= 3 && [...rest].length >= 2 ? best : -1;
}

/**
 * A forwarder or agent the goods go through, and the party they are for: "Gulf Freight LLC for account of X" (the
 * party after the marker), "X care of Gulf Freight LLC" (before it). `c/o` before a person stays a contact (contactAt).
 */
const FOR_ACCOUNT_OF =
  /^(.+?)[\s,(]+(?:for (?:and on behalf of|the account of|account of)|on behalf of|a\/c of|o\/b of)\s+(.+)$/i;
const CARE_OF = /^(.+?)[\s,]+(?:in care of|care of|c\/o)\s+(?!(?:mr|mrs|ms|dr|prof)\b)(.+)$/i;

/**
 * Telephone, fax, e-mail and web details after the name, as the length of the name before them: a marker (Tel,
 * Phone, Fax, E-mail, T:, F:, 電話 …) followed by a number or an address, a bare international number, an e-mail
 * address or a web address.
 */
const CONTACT_DETAILS =
  /(?:^|[\s,])(?:(?:tel(?:ephone)?|phone|ph|fax|facsimile|mob(?:ile)?|cell|whatsapp|t|f|e-?mail|email|電話|电话|傳真|传真|手机|手機|携帯|ファックス|ファクス|تلفن|هاتف|فاکس|فاكس|☎|📞)(?:\s?\/\s?(?:fax|tel|phone|e-?mail))?\s*(?:no\.?)?\s*[.:：]?\s*(?=[+(\d\u06f0-\u06f9\u0660-\u0669]|[\w.-]+@)|\+\d[\d\s()-]{6,}|[\w.-]+@[\w-]+\.[\w.]+|(?:https?:\/\/|www\.)\S+)/i;
/** An address label (地址：, 住所：, Address:) and what follows it. */
const ADDRESS_LABEL = /(?:^|(?<=[\s,]))(?:地址|住所|所在地|address|addr\.?)\s*[:：]/i;
/** A post-office box after the name ("… PO BOX 81347"). */
const BOX_TAIL = /(?:^|\s)(?:p\.?\s?o\.?\s?box|pob|p\.o\.b\.?|post(?:al)? box|postfach|box)\s*[.:#]?\s*\d[\d-]*\b.*$/i;

/**
 * A label before the name, as order forms and shipping documents print it: "Consignee:", "Ship to:", "Notify Party:",
 * "End User:", "Messrs.", "M/s", "To:", 荷受人：, 送り先：, 【納入先】, 收货人：, 购买方： and any short Han/kana heading
 * ending in a colon. Set aside (not counted against the match).
 */
const LABEL_LATIN =
  /^\s*(?:(?:messrs|m\/s)\b\.?\s*[:：\-–]?\s*|(?:to|consignee|ship(?:ped)? to|sold to|bill to|deliver(?:ed)? to|delivery to|buyer|purchaser|customer|client|end[- ]?user|ultimate consignee|intermediate consignee|notify(?: party)?|importer(?: of record)?|applicant|beneficiary|receiver|recipient|accountee|company|party)(?: name)?\s*(?:[:：]|\s[-–])\s*)(?=\S)/i;
const LABEL_CJK =
  /^\s*(?:【[^】]{1,10}】|〔[^〕]{1,10}〕|\[[^\]]{1,12}\]|[\u3040-\u30ff\u4e00-\u9fff]{1,8}[:：]|(?:送り先|届け先|納入先|荷受人|荷送人|仕向先|需要者|最終需要者|購入者|買主|収货人|收货人|收货单位|购买方|购货单位|买方|客户)\s+)\s*/;
/** References after the name: contract, invoice, order, L/C numbers, tax ids (INN, ИНН, 纳税人识别号). */
const REFERENCE_TAIL =
  /(?:^|[\s,;(])(?:-\s*)?(?:contract(?: no\.?)?|ref(?:erence)?\.?(?: no\.?)?|inv(?:oice)?\.?(?: no\.?)?|order(?: no\.?)?|p\.?o\.?\s?(?:no\.?|#)|po#|l\/c(?: no\.?)?|lc no\.?|inn|kpp|ogrn|vat(?: no\.?)?|tax id|trn|инн|кпп|огрн|纳税人识别号|統一社会信用代码|统一社会信用代码|注文番号|契約番号)\s*[.:：#]?\s*[A-Za-z]{0,4}[\d/\-#][\w/\-#.]*.*$/i;
/** Another name of the party in the same cell ("X a.k.a. Y", "X also known as Y", "X formerly Y"). */
const ALIAS_MARKER =
  /\s+(?:a\.?k\.?a\.?|f\.?k\.?a\.?|also known as|formerly(?: known as)?|trading as|t\/a|d\/b\/a|dba)\s+/i;

/** The country of a run of words that are all places ("" for a place without one), or undefined. */
function placesOnly(ws: string[]): string | undefined {
  let iso = "";
  for (let a = 0; a < ws.length;) {
    let hit = 0;
    for (let b = Math.min(ws.length, a + 5); b > a; b--) {
      const code = placeOf(norm(ws.slice(a, b).join(" ")));
      if (code !== undefined) {
        iso ||= code;
        hit = b - a;
        break;
      }
    }
    if (!hit) return undefined;
    a += hit;
  }
  return iso;
}

/** Whether the cell's last word (or two) is a place of the tables (a cheap first test for a place after the name). */
function endsInPlace(raw: string): boolean {
  const t = raw.trimEnd();
  const i = t.lastIndexOf(" ");
  if (i < 0) return false;
  const last = norm(t.slice(i + 1));
  if (placeOf(last) !== undefined) return true;
  const j = t.lastIndexOf(" ", i - 1);
  return j >= 0 && startsPlace(norm(t.slice(j + 1, i))) && placeOf(norm(t.slice(j + 1))) !== undefined;
}

/** The further readings of a party cell, and the countries its address names. */
export function readCell(raw: string): CellParts {
  if (!raw || raw.length > 400) return NONE;
  if (!MAY_HOLD_EXTRAS.test(raw) && !endsInPlace(raw)) return NONE;
  // the common Latin case: a name whose only separators set off its legal form ("Hitachi, Ltd.", "X Co., Ltd.")
  if (ASCII.test(raw) && !ASCII_EXTRAS.test(raw)) {
    const parts = raw.split(",");
    let tails = true;
    for (let k = 1; k < parts.length && tails; k++) if (!NAME_TAIL.test(norm(parts[k]))) tails = false;
    // …unless places follow the name without a separator ("Candid General Trading LLC Dubai UAE")
    if (tails && !endsInPlace(raw)) return NONE;
  }
  // an ideographic space separates parts (NFKC would make it an ordinary space), as does the Arabic comma; a word
  // broken at a line end with a hyphen is joined (Euro-⏎moto)
  const whole = raw
    // (between full-width Latin words it is only a space, as in full-width IRAN SAFFRON)
    .replace(/\u3000+(?![\uff01-\uff5e\x00-\x7f])|(?<![\uff01-\uff5e\x00-\x7f])\u3000+/g, "\n")
    .replace(/([A-Za-z])-\s*\n\s*([a-z])/g, "$1$2")
    .replace(/،/g, ",")
    .normalize("NFKC");
  let cell = whole;
  /** The cell read differently from the way it is written (a broken word joined): a reading even with nothing set aside. */
  const rejoined = /-\s*\n/.test(raw) && whole !== raw.normalize("NFKC");
  const countries: string[] = [];
  const removed: SetAside[] = [];
  /** Further names of the party written in the same cell (a.k.a.): offered alone. */
  const aliases: string[] = [];
  // labels before the name (Consignee:, Messrs., 荷受人：, 【納入先】 …), possibly two (Ship to: Messrs. X)
  for (let k = 0; k < 2; k++) {
    const m = LABEL_LATIN.exec(cell) ?? LABEL_CJK.exec(cell);
    if (!m || cell.length - m[0].length < 3) break;
    removed.push({ kind: "label", text: m[0].trim() });
    cell = cell.slice(m[0].length);
  }
  const am = ALIAS_MARKER.exec(cell);
  if (am) {
    aliases.push(cell.slice(am.index + am[0].length).trim());
    removed.push({ kind: "label", text: am[0].trim() });
    cell = cell.slice(0, am.index);
  }
  const fa = FOR_ACCOUNT_OF.exec(cell);
  if (fa) {
    removed.push({ kind: "agent", text: fa[1].replace(/\($/, "").trim() });
    cell = fa[2].replace(/\)\s*$/, "");
  } else {
    const co = CARE_OF.exec(cell);
    if (co) {
      removed.push({ kind: "agent", text: co[2].trim() });
      cell = co[1];
    }
  }
  const kept: string[] = [];
  /** Segments set aside as units: given back as the name when nothing else is left. */
  const units: string[] = [];
  /** Name parts with leading/trailing place words cut ("Iran Shahid Hemmat …" after "Tehran,"). */
  const segs = segments(cell).flatMap(splitAtScriptChange);
  for (const s of segs) {
    let t = s.text;
    const ref = REFERENCE_TAIL.exec(t);
    if (ref) {
      const at = ref.index + (/^[\s,;(]/.test(ref[0]) ? 1 : 0);
      if (at === 0) {
        removed.push({ kind: "reference", text: t });
        continue;
      }
      removed.push({ kind: "reference", text: t.slice(at).trim() });
      t = t.slice(0, at).replace(/[\s\-–,;]+$/, "");
    }
    // a person's name with an honorific after the organisation's (… 張様, … ペトロフ様)
    const hon = /\s+\S{1,8}(?:様|さま|殿|先生)$/.exec(t);
    if (hon && HAS_NON_LATIN.test(hon[0]) && /[A-Za-z\u3040-\u9fff]{3}/.test(t.slice(0, hon.index))) {
      removed.push({ kind: "contact", text: hon[0].trim() });
      t = t.slice(0, hon.index);
    }
    // an address label inside the segment (… 地址：北京市海淀区… , … Address: …): the rest is the address
    const al = ADDRESS_LABEL.exec(t);
    if (al && al.index === 0) {
      removed.push({ kind: "address", text: t });
      continue;
    }
    if (al && al.index > 0) {
      removed.push({ kind: "address", text: t.slice(al.index).trim() });
      t = t.slice(0, al.index).trim();
    }
    const cd = CONTACT_DETAILS.exec(t);
    if (cd && cd.index === 0) {
      removed.push({ kind: "contact", text: t });
      continue;
    }
    if (cd && cd.index > 0) {
      removed.push({ kind: "contact", text: t.slice(cd.index).trim() });
      t = t.slice(0, cd.index).trim();
    }
    if (!s.paren && !HAS_NON_LATIN.test(t)) {
      const box = BOX_TAIL.exec(t);
      if (box && box.index > 0 && /[A-Za-z]{2}/.test(t.slice(0, box.index))) {
        removed.push({ kind: "address", text: t.slice(box.index).trim() });
        t = t.slice(0, box.index).trim();
      }
    }
    if (t === "" || isContactStart(t)) {
      removed.push({ kind: "contact", text: t });
      continue;
    }
    const c = contactAt(t);
    if (c > 0) {
      removed.push({ kind: "contact", text: t.slice(c).trim() });
      t = t.slice(0, c).trim();
    }
    if (/[様さま]$/.test(t) && [...t].length <= 6 && HAS_NON_LATIN.test(t)) {
      removed.push({ kind: "contact", text: t });
      continue;
    }
    if (!HAS_NON_LATIN.test(t) || /[\u0400-\u04ff]/.test(t)) {
      const n = norm(t);
      if (NAME_TAIL.test(n)) {
        kept.push(t);
        continue;
      }
      if (latinAddress(t, countries)) {
        // an address that runs into the name without a separator ("P.R. China Shanghai North Begins International"):
        // the words after its last place, street word or number, when there are two or more, are the name
        const ws = t.split(/\s+/);
        let k = 0;
        while (k < ws.length) {
          const w = norm(ws[ws.length - 1 - k]);
          if (!w || /^\d/.test(w) || ADDRESS_WORDS_LATIN.has(w) || placeOf(w) !== undefined) break;
          k++;
        }
        if (k >= 2 && k < ws.length && s === segs[segs.length - 1]) {
          removed.push({ kind: "address", text: ws.slice(0, ws.length - k).join(" ") });
          kept.push(ws.slice(ws.length - k).join(" "));
          continue;
        }
        removed.push({ kind: "address", text: t });
        continue;
      }
      if (s.paren) {
        // an acronym or a note in parentheses: the cell is also scored without it
        removed.push({ kind: "paren", text: t });
        continue;
      }
      // a segment that ends in a legal form is a name ("Laboratory Systems and Technologies LTD"), not a unit
      const lastWord = n.split(" ").pop() ?? "";
      if (isUnit(t) && segs.length > 1 && !NAME_TAIL.test(lastWord)) {
        removed.push({ kind: "unit", text: t });
        units.push(t);
        continue;
      }
      // a unit or a trailing address run glued to the name without a separator
      const tail =
        /^(.*\S)\s+((?:school|college|faculty|department|dept|division|laboratory|lab|state key laboratory|key laboratory)\s+of\s+.+|[\w\s]{0,30}?\b(?:branch|sales department|sales dept|procurement office|purchasing department|purchasing dept|representative office(?:\s+in\s+[\w\s]+)?|liaison office|head office|office))$/i.exec(
          t,
        );
      if (tail && tail[1].split(/\s+/).length >= 2) {
        removed.push({ kind: "unit", text: tail[2] });
        t = tail[1];
      }
      kept.push(t);
      continue;
    }
    // Han, kana or mixed
    if (segs.length > 1 && HAN_UNIT_SEGMENT.test(t)) {
      removed.push({ kind: "unit", text: t });
      continue;
    }
    if (hanAddress(t, countries)) {
      removed.push({ kind: "address", text: t });
      continue;
    }
    const compact = t.replace(/\s+/g, "");
    let body = compact;
    const pre = hanAddressPrefix(body, countries);
    if (pre > 0 && pre < body.length) {
      removed.push({ kind: "address", text: body.slice(0, pre) });
      body = body.slice(pre);
    }
    // a non-Latin address run before a Latin name ("イラン テヘラン Shahid …"), or after it ("Arfa Paint Company تهران ایران")
    const mixed = /^([^A-Za-z]+?)\s*([A-Za-z].*)$/.exec(t);
    if (mixed && hanAddress(mixed[1], countries)) {
      removed.push({ kind: "address", text: mixed[1].trim() });
      kept.push(mixed[2]);
      continue;
    }
    const after = /^([A-Za-z].*?[A-Za-z.)])\s+([^A-Za-z]+)$/.exec(t);
    if (after && hanAddress(after[2], countries)) {
      removed.push({ kind: "address", text: after[2].trim() });
      kept.push(after[1]);
      continue;
    }
    const cut = hanOrgCut(body);
    if (cut > 0) {
      removed.push({ kind: "unit", text: body.slice(cut) });
      body = body.slice(0, cut);
    }
    kept.push(body === compact ? t : body);
  }
  if (kept.length === 0 && units.length > 0) {
    // every part read as a unit ("Procurement Department, Laboratory Systems …"): the last one is the name
    const name = units[units.length - 1];
    removed.splice(
      removed.findIndex((r) => r.kind === "unit" && r.text === name),
      1,
    );
    kept.push(name);
  }
  if (kept.length === 0) return { readings: [], countries };
  const readings: CellReading[] = [];
  const add = (text: string, extra: SetAside[] = [], alone = false) => {
    const tx = text.replace(/\s+/g, " ").trim();
    if (!tx || norm(tx) === norm(raw.normalize("NFKC")) || readings.some((r) => norm(r.text) === norm(tx))) return;
    // a reading needs more than a legal form
    if (
      norm(tx)
        .split(" ")
        .every((w) => NAME_TAIL.test(w))
    )
      return;
    if (removed.length + extra.length === 0 && !alone) return;
    if (readings.length < MAX_READINGS) readings.push({ text: tx, removed: [...removed, ...extra] });
  };
  const joined = kept.join(" ");
  add(joined, [], rejoined);
  // each kept part alone, when the cell had several (a name beside words the tables do not know)
  // the name written twice, in two scripts ("北京海立連合科技有限公司 / Beijing Haili …"): each script's part alone
  const twoScripts =
    kept.length > 1 && kept.some((k) => HAS_NON_LATIN.test(k)) && kept.some((k) => !HAS_NON_LATIN.test(k));
  // …and names set apart by a slash ("Iran Pouya / Iran Pooya": two names of the party)
  const slashed = /\s[/／]\s|／/.test(cell);
  if (kept.length > 1) for (const k of kept) if (!NAME_TAIL.test(norm(k))) add(k, [], twoScripts || slashed);
  // leading place words of a name part after an address ("Tehran, Iran Shahid Hemmat Industrial Group"); at
  // least two words that are not a legal form must remain
  // (a one-word alias — a place, a surname — is not read alone: it would need the support a one-word cell needs)
  for (const a of aliases) if (a.trim().split(/\s+/).length >= 2) add(a, [], true);
  // places after the name without a separator ("Candid General Trading LLC Dubai UAE"); two words must remain
  for (const part of kept) {
    const ws = part.split(/\s+/);
    for (let n = Math.min(4, ws.length - 2); n >= 1; n--) {
      if (ws.slice(0, ws.length - n).filter((w) => !NAME_TAIL.test(norm(w))).length < 2) continue;
      // "University of Tehran", "Bank of Kunlun": a place after of/in/de is part of the name
      if (/^(of|in|de|the|for|and|at|du|des|la|al|el|di|da)$/i.test(ws[ws.length - n - 1])) continue;
      const tail = ws.slice(ws.length - n);
      const iso = placesOnly(tail);
      if (iso !== undefined) {
        if (iso && !countries.includes(iso)) countries.push(iso);
        add(ws.slice(0, ws.length - n).join(" "), [{ kind: "address", text: tail.join(" ") }]);
        break;
      }
    }
  }
  const afterAddress = removed.some((r) => r.kind === "address");
  for (const part of afterAddress ? [...kept].reverse() : []) {
    const ws = part.split(/\s+/);
    for (let n = Math.min(6, ws.length - 2); n >= 1; n--) {
      if (ws.slice(n).filter((w) => !NAME_TAIL.test(norm(w))).length < 2) continue;
      const lead = ws.slice(0, n).join(" ");
      // one place or a run of places ("P.R. China Shanghai North Begins …")
      const iso = placesOnly(ws.slice(0, n));
      if (iso !== undefined) {
        if (iso && !countries.includes(iso)) countries.push(iso);
        add(ws.slice(n).join(" "), [{ kind: "address", text: lead }]);
        break;
      }
    }
  }
  return { readings, countries };
}
