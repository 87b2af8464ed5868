/** Normalisation of the enumerated and typed input fields (yes/no, list control, weapons facts, dates, money). */
import { cellText, excelErrorOf, isExcelError, textKey } from "./text";
import { findWord } from "../redflags/match";
import cellWords from "../reference/data/cell-value-words.json";
import { fromJapaneseEra, withinEra } from "./japaneseEra";

export type YesNo = "yes" | "no" | "blank" | "invalid";

/**
 * Key for vocabulary look-ups of short answer cells: NFKC, lower case, without spaces, underscores, hyphens between
 * words, trailing full stops and bracketed remarks ("有（2025-03-01受領）" → "有").
 */
export function answerKey(value: unknown): string {
  return textKey(value)
    .replace(/[（(【[［「][^）)】\]］」]*[）)】\]］」]/g, "")
    .replace(/[\s_]+/g, "")
    .replace(/[。.!！]+$/, "");
}

/** Ways people write yes / no in a short answer cell, whatever the field. */
const GENERIC_YES = [
  "yes",
  "y",
  "true",
  "1",
  "はい",
  "有",
  "あり",
  "有り",
  "在り",
  "ある",
  "○",
  "〇",
  "◯",
  "●",
  "✓",
  "✔",
  "☑",
  "該当",
  "要",
  "si",
  "sí",
  "oui",
  "ja",
  "是",
  "有的",
  "예",
  "네",
];
const GENERIC_NO = [
  "no",
  "n",
  "false",
  "0",
  "いいえ",
  "無",
  "なし",
  "無し",
  "ない",
  "無い",
  "×",
  "✗",
  "✘",
  "☐",
  "-",
  "ー",
  "―",
  "非該当",
  "否",
  "不要",
  "none",
  "nil",
  "non",
  "nein",
  "否定",
  "无",
  "没有",
  "아니오",
  "아니요",
];

/** Red-flag checklist (rfNN): yes = the flag is present (a concern). */
const RF_YES = [
  ...GENERIC_YES,
  "懸念あり",
  "懸念有",
  "問題あり",
  "問題有",
  "該当あり",
  "該当有",
  "flag",
  "flagged",
  "concern",
  "present",
  "red",
];
const RF_NO = [
  ...GENERIC_NO,
  "該当なし",
  "該当無し",
  "該当せず",
  "問題なし",
  "問題無し",
  "懸念なし",
  "懸念無し",
  "ok",
  "clear",
  "cleared",
  "notpresent",
  "green",
];

/** Guideline checklist (mgNN): yes = the item is satisfied (no concern); no = a concern. */
const MG_YES = [
  ...GENERIC_YES,
  "ok",
  "問題なし",
  "問題無し",
  "懸念なし",
  "懸念無し",
  "満たす",
  "充足",
  "適合",
  "確認済",
  "確認済み",
  "済",
  "済み",
  "satisfied",
  "met",
  "pass",
  "passed",
  "clear",
  "confirmed",
  "good",
  "green",
];
const MG_NO = [
  ...GENERIC_NO,
  "ng",
  "懸念あり",
  "懸念有",
  "問題あり",
  "問題有",
  "不適合",
  "満たさない",
  "不充足",
  "notmet",
  "notsatisfied",
  "fail",
  "failed",
  "concern",
  "red",
];
const MG_NA = ["n/a", "na", "対象外", "適用外", "notapplicable", "該当せず"];
/**
 * A dash in a guideline cell (「－」, "-", "ー") says nothing was written: read as not checked, never as a concern or as
 * satisfied (a form's dash is not an answer).
 */
const MG_NOT_ANSWERED = ["-", "ー", "―", "－", "—", "–"];

/**
 * clearly_not_for_weapons: yes = the 明らか judgement is made and documented. 「確認済」「済」 ("checked", "done") say
 * that something was looked at, not what was concluded: they are not read as yes (the cell is reported as unreadable
 * and the row is REVIEW until it says はい or いいえ).
 */
const CLEARLY_YES = [...GENERIC_YES, "明らか", "明らかである", "documented", "clear", "cleared", "confirmed"];
const CLEARLY_NO = [
  ...GENERIC_NO,
  "未",
  "未確認",
  "未了",
  "未実施",
  "notdocumented",
  "notclear",
  "unclear",
  "明らかでない",
  "不明確",
];

/** service_declined: yes = the customer declined installation, training or maintenance. */
const SERVICE_YES = [...GENERIC_YES, "辞退", "辞退あり", "declined", "refused", "断り", "断られた", "不要と回答"];
const SERVICE_NO = [...GENERIC_NO, "辞退なし", "希望", "要望あり", "requested", "accepted", "受諾", "notdeclined"];

const sets = (yes: string[], no: string[]) => ({
  yes: new Set(yes.map((w) => answerKey(w))),
  no: new Set(no.map((w) => answerKey(w))),
});
const VOCAB = {
  generic: sets(GENERIC_YES, GENERIC_NO),
  rf: sets(RF_YES, RF_NO),
  clearly: sets(CLEARLY_YES, CLEARLY_NO),
  service: sets(SERVICE_YES, SERVICE_NO),
};
export type YesNoKind = keyof typeof VOCAB;

/** What each kind of yes/no cell accepts, for the "write one of …" explanation. */
export const YES_NO_ACCEPTED: Record<YesNoKind | "mg", { ja: string; en: string }> = {
  generic: { ja: "はい／いいえ（yes/no、有/無、○/×）", en: "yes / no (also y/n, はい/いいえ, 有/無, ○/×)" },
  rf: { ja: "はい（懸念あり）／いいえ（懸念なし）", en: "yes (flag present) / no (flag absent)" },
  clearly: { ja: "はい（明らかと判断・文書化済み）／いいえ", en: "yes (judged and documented) / no" },
  service: { ja: "はい（辞退あり）／いいえ（辞退なし）", en: "yes (declined) / no (not declined)" },
  mg: {
    ja: "はい（満たす・懸念なし）／いいえ（懸念あり）／対象外（条件付き項目のみ）",
    en: "yes (satisfied, no concern) / no (a concern) / n/a (conditional items only)",
  },
};

export function parseYesNo(value: unknown, kind: YesNoKind = "generic"): YesNo {
  if (value === undefined || value === null || value === "") return "blank";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (isExcelError(value) || excelErrorOf(value)) return "invalid";
  const k = answerKey(value);
  if (!k) return cellText(value) || typeof value !== "object" ? "blank" : "invalid";
  const v = VOCAB[kind];
  if (v.yes.has(k)) return "yes";
  if (v.no.has(k)) return "no";
  return "invalid";
}

export type GuidelineAnswer = YesNo | "na";
const MG = {
  ...sets(
    MG_YES,
    MG_NO.filter((w) => !MG_NOT_ANSWERED.includes(w)),
  ),
  na: new Set(MG_NA.map((w) => answerKey(w))),
  notAnswered: new Set(MG_NOT_ANSWERED.map((w) => answerKey(w))),
};

/** An answer to a guideline item mgNN: yes = satisfied, no = a concern, na = not applicable, blank = not checked. */
export function parseGuidelineAnswer(value: unknown): GuidelineAnswer {
  if (value === undefined || value === null || value === "") return "blank";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (excelErrorOf(value)) return "invalid";
  const k = answerKey(value);
  if (!k) return cellText(value) || typeof value !== "object" ? "blank" : "invalid";
  if (MG.notAnswered.has(k)) return "blank";
  if (MG.na.has(k)) return "na";
  if (MG.yes.has(k)) return "yes";
  if (MG.no.has(k)) return "no";
  return "invalid";
}

export type ListControl = "controlled" | "non-controlled" | "unknown";

export interface ListControlValue {
  value: ListControl;
  item?: string;
  raw: string;
  /** A qualifier that makes the classification provisional (非該当見込み, "non-controlled (tentative)"): unknown. */
  tentative?: string;
}

/** Qualifiers that make a classification provisional (reference/data/cell-value-words.json, "tentative"). */
const TENTATIVE_WORDS: readonly string[] = Object.values(cellWords.tentative.inside).flat();
/** "一部該当", "partly controlled": part of the shipment is controlled → controlled. */
const PARTLY_CONTROLLED = new RegExp(
  `^(?:${cellWords.list_partly_controlled.prefixes.map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*[:：]?\\s*(.*)$`,
);
/** The name of the list written before the item ("輸出令別表第一 7項(1)", "別表第1の2項"). */
const LIST_NAME = /^(?:(?:輸出貿易管理令|輸出令|外為令|外国為替令)\s*)?別表\s*第?\s*(?:一|1)\s*(?:の\s*(?=\d))?\s*/;

/** The qualifier that makes this part of a list-control cell provisional, or undefined. */
export function tentativeWord(text: string): string | undefined {
  const q = /[?？]/.exec(text);
  if (q) return q[0];
  return findWord(text, TENTATIVE_WORDS);
}

const listControlCache = new Map<string, ListControlValue>();

/** 該非判定: controlled/該当 (optionally with 項番), non-controlled/非該当; blank, 未判定 or anything else = unknown. */
export function parseListControl(value: unknown): ListControlValue {
  const raw = cellText(value);
  let hit = listControlCache.get(raw);
  if (!hit) {
    if (listControlCache.size > 5000) listControlCache.clear();
    listControlCache.set(raw, (hit = Object.freeze(parseListControlText(raw))));
  }
  return hit;
}

/** True when every opening bracket in the text has its closing one. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if ("(（[［".includes(ch)) depth++;
    else if (")）]］".includes(ch) && --depth < 0) return false;
  }
  return depth === 0;
}

const NON_CONTROLLED =
  /^(non[- ]?controlled|not controlled|非該当|該当なし|該当せず|該当しない|対象外|リスト規制非該当)/;

function parseListControlText(raw: string): ListControlValue {
  let k = raw.toLowerCase().replace(/\s+/g, " ");
  if (!k) return { value: "unknown", raw };
  // US classifications (EAR99, NLR) say nothing about Japan's 該非判定 → unknown.
  const nc = NON_CONTROLLED.exec(k);
  if (nc) {
    // "非該当見込み", "非該当（暫定）", "non-controlled (to be confirmed)", "非該当?": not a determination yet.
    const hedge = tentativeWord(k.slice(nc[0].length));
    return hedge ? { value: "unknown", raw, tentative: hedge } : { value: "non-controlled", raw };
  }
  // "多分非該当", "probably non-controlled": a hedge before the word.
  if (/非該当|non[- ]?controlled|not controlled/.test(k)) {
    const hedge = tentativeWord(k);
    if (hedge) return { value: "unknown", raw, tentative: hedge };
  }
  k = k.replace(LIST_NAME, "");
  const partly = PARTLY_CONTROLLED.exec(k);
  if (partly) {
    const hedge = tentativeWord(partly[1]);
    if (hedge) return { value: "unknown", raw, tentative: hedge };
    const inner = partly[1].replace(/^[(（[［]\s*(.*?)\s*[)）\]］]$/, "$1").trim();
    return { value: "controlled", item: /^\d/.test(inner) ? inner : undefined, raw };
  }
  const m = /^(controlled|リスト規制該当|該当|listed)\s*[:：]?\s*(.*)$/.exec(k);
  let item: string | undefined;
  if (m) {
    const hedge = tentativeWord(m[2]);
    if (hedge) return { value: "unknown", raw, tentative: hedge };
    // "該当（2項(12)）" → 2項(12); the item's own brackets stay ("該当 2項(12)" → 2項(12)).
    const inner = m[2].trim();
    const wrapped = /^[(（[［]\s*(.*?)\s*[)）\]］]$/.exec(inner);
    const unwrapped = wrapped && balanced(wrapped[1]) ? wrapped[1] : inner;
    item = unwrapped.trim() || undefined;
  } else if (/^\d+(の\d+)?\s*項/.test(k)) {
    // a bare 項番 such as "2項" or "3の2項(1)", or the item before the word ("7項(1) 該当")
    const hedge = tentativeWord(k);
    if (hedge) return { value: "unknown", raw, tentative: hedge };
    if (/非該当|該当しない|該当せず|該当なし/.test(k)) return { value: "unknown", raw };
    item = k.replace(/\s*[:：]?\s*(?:該当|controlled)$/, "").trim() || raw;
  } else return { value: "unknown", raw };
  // 16項 is the catch-all itself, not list control (別表第一 1–15項).
  if (item && /^16\s*項/.test(item)) return { value: "non-controlled", raw };
  if (item) {
    const n = /^(\d+)/.exec(item);
    if (n && (Number(n[1]) < 1 || Number(n[1]) > 15)) return { value: "unknown", raw };
  }
  return { value: "controlled", item, raw };
}

/**
 * What is known about weapons (use or end-user activity): nothing (`none`), WMD, conventional weapons (`CW`), a
 * weapons use/activity whose kind is not said (`ANY`: both prongs are applied, the stricter reading), `unknown`
 * (end-user activity only: the exporter does not know) or `invalid` (cannot be read → review).
 */
export type WeaponsKnown = "none" | "WMD" | "CW" | "ANY" | "unknown" | "invalid";

const WEAPON_NONE = [
  "none",
  "no",
  "n",
  "nil",
  "false",
  "0",
  "-",
  "ー",
  "なし",
  "無",
  "無し",
  "ない",
  "無い",
  "いいえ",
  "該当なし",
  "該当無し",
  "非該当",
  "特になし",
  "特に無し",
  "notknown",
  "noneknown",
  "nothingknown",
  "noweapons",
  "兵器用途なし",
  "兵器関連なし",
  "懸念なし",
  "civilian",
  "civil",
  "民生",
  "民生用",
];
const WEAPON_WMD = [
  "wmd",
  "大量破壊兵器",
  "大量破壊兵器等",
  "核兵器等",
  "核兵器",
  "nuclear",
  "nuclearweapons",
  "chemical",
  "chemicalweapons",
  "biological",
  "biologicalweapons",
  "missile",
  "missiles",
  "化学兵器",
  "生物兵器",
  "ミサイル",
  "nbc",
  "nbcm",
  "cbrn",
  "weaponsofmassdestruction",
  "massdestruction",
  "核",
  "核開発",
  "核兵器開発",
  "原爆",
  "生物",
  "化学",
  "生物化学",
  "生物化学兵器",
  "nbc兵器",
  "nuke",
  "nukes",
  "核武器",
  "导弹",
  "導彈",
  "化学武器",
  "生物武器",
  "大规模杀伤性武器",
  "핵",
  "핵무기",
  "미사일",
  "화학무기",
  "생물무기",
  "대량살상무기",
];
const WEAPON_CW = [
  "cw",
  "通常兵器",
  "conventional",
  "conventionalweapons",
  "conventionalarms",
  "arms",
  "武器",
  "military",
  "軍事",
  "軍用",
  "軍事用",
  "defence",
  "defense",
  "軍",
  "兵器開発",
  "1項",
  "1項貨物",
  "军用",
  "军事",
  "军",
  "軍需",
  "武器開発",
  "군용",
  "군사",
];
const WEAPON_ANY = [
  "yes",
  "y",
  "true",
  "1",
  "有",
  "あり",
  "有り",
  "はい",
  "該当",
  "○",
  "〇",
  "weapons",
  "weapon",
  "兵器",
  "兵器用途",
  "兵器用途あり",
  "兵器関連",
  "懸念あり",
];
const WEAPON_UNKNOWN = [
  "unknown",
  "不明",
  "未確認",
  "?",
  "？",
  "調査中",
  "確認中",
  "わからない",
  "分からない",
  "unclear",
  "notchecked",
  "tbd",
  "未定",
];

const weaponSets = {
  none: new Set(WEAPON_NONE.map((w) => answerKey(w))),
  WMD: new Set(WEAPON_WMD.map((w) => answerKey(w))),
  CW: new Set(WEAPON_CW.map((w) => answerKey(w))),
  ANY: new Set(WEAPON_ANY.map((w) => answerKey(w))),
  unknown: new Set(WEAPON_UNKNOWN.map((w) => answerKey(w))),
};

/** Splits "WMD, CW" / "大量破壊兵器及び通常兵器" / "nuclear/missile" into the words to classify. */
function answerTokens(key: string): string[] {
  return key
    .split(/[,、，;；/／・+＋&＆|]+|および|及び|ならびに|並びに|and|or|または|又は/)
    .map((x) => x.replace(/\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?/g, ""))
    .filter(Boolean);
}

function weaponToken(k: string): WeaponsKnown | undefined {
  for (const kind of ["none", "WMD", "CW", "ANY", "unknown"] as const) if (weaponSets[kind].has(k)) return kind;
  return undefined;
}

/** `none`, `WMD`, `CW`, a kind-less yes (`ANY`), and for end-user activity `unknown`. Blank means nothing is known = none. */
export function parseWeapons(value: unknown, allowUnknown: boolean): WeaponsKnown {
  if (value === undefined || value === null || value === "") return "none";
  if (excelErrorOf(value)) return "invalid";
  if (typeof value === "boolean") return value ? "ANY" : "none";
  const key = answerKey(value).replace(/-/g, "");
  if (!key) return cellText(value) || typeof value !== "object" ? "none" : "invalid";
  const whole = weaponToken(key) ?? weaponToken(key.replace(/(?:用途|関連|開発等?|活動)$/, ""));
  const kinds = whole ? [whole] : answerTokens(key).map(weaponToken);
  if (!kinds.length || kinds.some((k) => k === undefined)) return "invalid";
  const set = new Set(kinds as WeaponsKnown[]);
  if (set.has("unknown") && !allowUnknown) return "invalid";
  if (set.has("none")) return set.size === 1 ? "none" : "invalid"; // "none, WMD" contradicts itself
  const weapons = [...set].filter((k) => k === "WMD" || k === "CW" || k === "ANY");
  if (!weapons.length) return set.has("unknown") ? "unknown" : "invalid";
  if (set.has("ANY") || (set.has("WMD") && set.has("CW"))) return "ANY";
  return weapons[0];
}

/**
 * METI inform (インフォーム): any way of saying one was received → `WMD`, `CW` or `received` (kind not said; the
 * licence requirement is the same), a way of saying none → `none`, anything else → `invalid` (review).
 */
export type InformValue = "none" | "WMD" | "CW" | "received" | "invalid";

const INFORM_NONE = [
  ...WEAPON_NONE.filter((w) => !["civilian", "civil", "民生", "民生用"].includes(w)),
  "未受領",
  "受領なし",
  "受領無し",
  "通知なし",
  "通知無し",
  "インフォームなし",
  "インフォーム無し",
  "インフォーム無",
  "notreceived",
  "noinform",
  "noinformreceived",
  "noneReceived",
  "noinformation",
  "受けていない",
  "なし(未受領)",
  ...cellWords.inform_marks.no,
];
const INFORM_YES = [
  "yes",
  "y",
  "true",
  "1",
  "有",
  "あり",
  "有り",
  "はい",
  "受領",
  "受領済",
  "受領済み",
  "受領あり",
  "通知あり",
  "通知有",
  "通知受領",
  "インフォーム",
  "インフォームあり",
  "インフォーム有",
  "インフォーム受領",
  "informed",
  "inform",
  "received",
  "informreceived",
  "informed(meti)",
  "metiinform",
  "notified",
  "notice",
  "noticereceived",
  "○",
  "〇",
  "該当",
  "インフォーム通知",
  "インフォーム要件該当",
  "通知受領済",
  "インフォーム受領済",
  "インフォーム受領済み",
  "informedbymeti",
  "yesinformed",
  ...cellWords.inform_marks.yes,
];

const informSets = {
  none: new Set(INFORM_NONE.map((w) => answerKey(w).replace(/-/g, ""))),
  received: new Set(INFORM_YES.map((w) => answerKey(w).replace(/-/g, ""))),
};

function informToken(k: string): InformValue | undefined {
  if (informSets.none.has(k)) return "none";
  if (informSets.received.has(k)) return "received";
  const w = weaponToken(k);
  if (w === "WMD" || w === "CW") return w;
  if (w === "ANY") return "received";
  return undefined;
}

/** Dates and the remark words around them ("Received 2026-11-20", "inform received on 20/11/2026", "受領 2026年11月20日付"). */
const INFORM_DATE =
  /\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}/g;
const INFORM_REMARK =
  /(?:^|[\s:：,，])(?:on|dated|date|as of|at|letter|by letter|ref\.?|付け?|日付)(?=$|[\s:：,，])|[:：]/g;

/**
 * A written negation of an inform as a whole cell ("not received", "inform not yet received", "no inform received",
 * 受けていない, インフォームは受領していない, 没有收到, 받지 않음): none, not unreadable. Anything else in the cell keeps
 * it out of this reading.
 */
const INFORM_NEGATED = [
  /^(?:(?:meti\s+)?(?:inform(?:ation)?|notice|notification)\s+)?(?:(?:was|has|have)\s+)?(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:received|given|issued|notified|informed)$/,
  /^no\s+(?:meti\s+)?(?:inform|informs|notice|notices|notification|notifications)(?:\s+(?:yet\s+)?(?:received|given|issued))?$/,
  /^(?:none|nothing)\s+(?:yet\s+)?received(?:\s+yet)?$/,
  /^(?:インフォーム|通知|経済産業省からの通知|経産省からの通知)?(?:は|を)?(?:まだ)?(?:受けていない|受けてない|受けていません|受領していない|受領していません|受領せず|受けず|未受領|受領なし|受領無し|ありません|来ていない|届いていない)$/,
  /^(?:没有|沒有|未|尚未|无|無)(?:收到|接到|受领|受領)(?:通知)?$/,
  /^(?:인폼|통보)?(?:없음|미수령|받지않음|받지않았음|수령하지않음)$/,
];

function informNegated(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  const compact = t.replace(/\s+/g, "");
  return INFORM_NEGATED.some((re) => re.test(t) || re.test(compact));
}

/** Who sent the inform ("by METI", 経産省から): removed before the answer is read. */
const INFORM_SOURCE = new RegExp(
  cellWords.inform_source_words.words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s*"))
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);

export function parseInform(value: unknown): InformValue {
  if (value === undefined || value === null || value === "") return "none";
  if (excelErrorOf(value)) return "invalid";
  if (typeof value === "boolean") return value ? "received" : "none";
  if (typeof value === "string") {
    const text = textKey(value)
      .replace(/[（(【[［「][^）)】\]］」]*[）)】\]］」]/g, " ")
      .replace(INFORM_DATE, " ")
      .replace(INFORM_SOURCE, " ")
      .replace(INFORM_REMARK, " ")
      .replace(/[。.!！]+\s*$/, "")
      .trim();
    if (text && informNegated(text)) return "none";
    if (text !== textKey(value)) {
      if (!text) return "invalid"; // only a date or a sender: whether an inform came is not said
      const read = parseInformKey(answerKey(text).replace(/-/g, ""));
      if (read !== "invalid") return read;
    }
    // "Yes - informed", "あり：通知受領": two parts that each give the same answer.
    const parts = text.split(/[\s\-–—:：]+/).filter(Boolean);
    if (parts.length > 1) {
      const reads = new Set(parts.map((p) => parseInformKey(answerKey(p).replace(/-/g, ""))));
      if (reads.size === 1 && !reads.has("invalid")) return [...reads][0];
    }
  }
  return parseInformKey(answerKey(value).replace(/-/g, ""), value);
}

function parseInformKey(key: string, value?: unknown): InformValue {
  if (!key) return value === undefined || cellText(value) || typeof value !== "object" ? "none" : "invalid";
  // "WMDインフォーム", "CW inform", "大量破壊兵器インフォーム受領": the kind with an inform word around it.
  const bare = key.replace(/(?:インフォーム|inform(?:ed|ation)?|通知)(?:受領済み?|受領|あり|有|received)?$/, "");
  const whole = informToken(key) ?? (bare && bare !== key ? informToken(bare) : undefined);
  const kinds = whole ? [whole] : answerTokens(key).map(informToken);
  if (!kinds.length || kinds.some((k) => k === undefined)) return "invalid";
  const set = new Set(kinds as InformValue[]);
  if (set.has("none")) return set.size === 1 ? "none" : "invalid";
  if (set.has("WMD") && !set.has("CW")) return "WMD";
  if (set.has("CW") && !set.has("WMD")) return "CW";
  return "received";
}

/** What the weapons and inform fields accept, for the "write one of …" explanation. */
export const WEAPONS_ACCEPTED = {
  use: {
    ja: "なし／WMD（大量破壊兵器）／CW（通常兵器）。種類が不明な「あり」は両方として扱います",
    en: "none / WMD / CW (conventional weapons); a kind-less yes is treated as both",
  },
  activity: {
    ja: "なし／WMD／CW／不明",
    en: "none / WMD / CW / unknown",
  },
  inform: {
    ja: "なし／あり（受領）／WMD／CW",
    en: "none / received (yes) / WMD / CW",
  },
};

export function parseTransactionType(value: unknown): "goods" | "technology" | "invalid" {
  if (isExcelError(value)) return "invalid";
  const k = textKey(value);
  if (!k || k === "goods" || k === "貨物" || k === "物品") return "goods";
  if (
    k === "technology" ||
    k === "tech" ||
    k === "技術" ||
    k === "技術提供" ||
    k === "software" ||
    k === "ソフトウェア"
  )
    return "technology";
  return "invalid";
}

/** A date or the period a date cell names (a day: first = last), as ISO yyyy-mm-dd. */
export interface DateRange {
  first: string;
  last: string;
}

const dateCache = new Map<string, DateRange | undefined>();

/**
 * Parses a date cell: Date, Excel serial number (also as the text of a CSV export, 5 digits), yyyy-mm-dd, yyyy/mm/dd,
 * yyyy年m月d日, yyyymmdd, the Japanese calendar (令和7年9月30日, R7.9.30), month or year precision. Returns the LAST
 * day of the period named (so "customer since 2025" is not read as longer-standing than it can be), or undefined.
 */
export function parseDate(value: unknown): string | undefined {
  return parseDateRange(value)?.last;
}

/** The period a date cell names: first and last day ("2025年10月上旬" → 2025-10-01 … 2025-10-10), or undefined. */
export function parseDateRange(value: unknown): DateRange | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") {
    if (dateCache.has(value)) return dateCache.get(value);
    if (dateCache.size > 20000) dateCache.clear();
    const parsed = parseDateUncached(value);
    dateCache.set(value, parsed);
    return parsed;
  }
  return parseDateUncached(value);
}

const day = (d: string | undefined): DateRange | undefined => (d ? { first: d, last: d } : undefined);

/** Excel serial date (1900 system): day 25569 is 1970-01-01. */
const fromSerial = (n: number) => new Date(Math.round((n - 25569) * 86400000)).toISOString().slice(0, 10);

function parseDateUncached(value: unknown): DateRange | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : day(value.toISOString().slice(0, 10));
  if (typeof value === "number" && Number.isFinite(value) && value > 20000 && value < 80000)
    return day(fromSerial(value));
  const s = cellText(value);
  // A CSV export of a date cell formatted as a number: "45939" (1982–2064 as serials; never a year or a yyyymm).
  if (/^\d{5}(?:\.0+)?$/.test(s) && Number(s) >= 30000 && Number(s) < 60000) return day(fromSerial(Number(s)));
  const era = fromJapaneseEra(s);
  if (era) {
    const range = parseDateText(era.western);
    // 平成37年 does not exist (平成 ended in 2019): unreadable, never moved into 令和.
    return range && withinEra(range.first, era.era) && withinEra(range.last, era.era) ? range : undefined;
  }
  return parseDateText(s);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const iso = (y: number, mo: number, d: number): string | undefined => {
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > last) return undefined;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};
const lastDay = (y: number, mo: number) => new Date(Date.UTC(y, mo, 0)).getUTCDate();
const period = (y: number, mo: number, from: number, to: number): DateRange | undefined => {
  const first = iso(y, mo, from);
  const last = iso(y, mo, to);
  return first && last ? { first, last } : undefined;
};
const monthOf = (name: string) => MONTHS[name.slice(0, 3).toLowerCase()];

/** A weekday after a date ("2025年9月30日(火)", "30 Sep 2025 (Tue)"): not part of the date. */
const WEEKDAY = /\s*[(（](?:[月火水木金土日](?:曜日?)?|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[)）]\s*$/i;

/**
 * yyyy-mm-dd (also / . 年月日, with a time after it), yyyymmdd, dd/mm/yyyy or mm/dd/yyyy where only one reading is
 * possible, "15 Dec 2026" / "Dec 15, 2026" / "15-Dec-2026", and month or year precision (yyyy-mm, yyyy年m月上旬,
 * yyyy) as the period named. Anything else: undefined.
 */
function parseDateText(text: string): DateRange | undefined {
  const s = text.replace(WEEKDAY, "");
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/.exec(s);
  if (m) return day(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(s);
  if (m) return day(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12 && b <= 12) return day(iso(y, b, a));
    if (b > 12 && a <= 12) return day(iso(y, a, b));
    if (a === b) return day(iso(y, a, b));
    return undefined; // 03/04/2026: 3 April or March 4 — cannot tell
  }
  m = /^(\d{1,2})(?:\s+|\s*-\s*)([a-z]{3,9})\.?,?(?:\s+|\s*-\s*)(\d{4})$/i.exec(s);
  if (m && monthOf(m[2])) return day(iso(Number(m[3]), monthOf(m[2]), Number(m[1])));
  m = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (m && monthOf(m[1])) return day(iso(Number(m[3]), monthOf(m[1]), Number(m[2])));
  // 「2027年3月末」「3月下旬」「上旬」「中旬」「頃」, "end of March 2027": the part of the month named.
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*(末|末日|下旬|中旬|上旬|初旬|頃|ごろ|中)$/.exec(s);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return undefined;
    const end = lastDay(y, mo);
    const part = m[3];
    if (part === "上旬" || part === "初旬") return period(y, mo, 1, 10);
    if (part === "中旬") return period(y, mo, 11, 20);
    if (part === "下旬") return period(y, mo, 21, end);
    if (part === "末" || part === "末日") return period(y, mo, end, end);
    return period(y, mo, 1, end); // 頃, ごろ, 中: some day of that month
  }
  m = /^(?:end\s+of\s+|late\s+)([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(s);
  if (m && monthOf(m[1])) {
    const [y, mo] = [Number(m[2]), monthOf(m[1])];
    return /^late/i.test(s) ? period(y, mo, 21, lastDay(y, mo)) : period(y, mo, lastDay(y, mo), lastDay(y, mo));
  }
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? period(y, mo, 1, lastDay(y, mo)) : undefined;
  }
  m = /^(\d{4})\s*年?$/.exec(s);
  if (m && Number(m[1]) >= 1900 && Number(m[1]) <= 2100) {
    const first = iso(Number(m[1]), 1, 1);
    const last = iso(Number(m[1]), 12, 31);
    return first && last ? { first, last } : undefined;
  }
  return undefined;
}

/** Currency marks around an amount (the currency itself is read from its own column). */
const AMOUNT_NOISE =
  /[,\s¥$€£₩￥円元]|人民币|人民元|(?<![a-z])(?:JPY|USD|EUR|GBP|CNY|RMB|HKD|KRW|TWD|SGD|THB|AUD|CHF|RUB|INR|MYR|IDR|VND|PHP|AED|SAR|TRY|BRL|MXN|CAD|NZD)(?![a-z])|^(?:US|HK|S|NT|A|C)(?=\$)/gi;

/** Parses an amount such as 12,000,000 / ¥12,000,000 / 1.2e6 / 1200万; undefined when not a number. */
export function parseAmount(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  let s = cellText(value);
  // European grouping ("150.000,00", "1.250.000"): dots group thousands, a comma marks decimals.
  const digits = s.replace(/[^\d.,]/g, "");
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(digits) && (/,\d{1,2}$/.test(digits) || /(\.\d{3}){2,}/.test(digits)))
    s = s.replace(/\./g, "").replace(",", ".");
  s = s.replace(AMOUNT_NOISE, "");
  let factor = 1;
  const suffix = /^(.*?)(k|m|mn|mm|bn|b|千|百万)$/i.exec(s);
  if (suffix) {
    const f: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mm: 1e6, bn: 1e9, b: 1e9, 千: 1e3, 百万: 1e6 };
    factor = f[suffix[2].toLowerCase()];
    s = suffix[1];
  } else if (s.endsWith("億")) {
    factor = 1e8;
    s = s.slice(0, -1);
  } else if (s.endsWith("万")) {
    factor = 1e4;
    s = s.slice(0, -1);
  }
  if (!/^[+]?\d+(\.\d+)?(e[+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s) * factor;
  return Number.isFinite(n) ? n : undefined;
}

/** Rough conversion to JPY for the high-value test; unknown currencies are treated as JPY (noted by the caller). */
const JPY_PER_UNIT: Record<string, number> = {
  JPY: 1,
  USD: 150,
  EUR: 160,
  GBP: 190,
  CNY: 21,
  HKD: 19,
  KRW: 0.11,
  TWD: 4.7,
  SGD: 110,
  THB: 4.2,
  AUD: 100,
  CHF: 170,
  RUB: 1.6,
};

export function toJpy(amount: number, currency: unknown): { jpy: number; known: boolean } {
  const c = cellText(currency).toUpperCase().replace("円", "JPY").replace("¥", "JPY");
  if (!c) return { jpy: amount, known: true };
  const rate = JPY_PER_UNIT[c];
  return rate === undefined ? { jpy: amount, known: false } : { jpy: amount * rate, known: true };
}
