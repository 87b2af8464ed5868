/**
 * Word lists used by the red-flag detectors and the military-end-user heuristic. Matching is on NFKC lower-case text;
 * Latin words match at word boundaries, CJK words as substrings.
 */

/** Freight forwarders and logistics firms (red flag 9). */
export const FORWARDER_WORDS = [
  "logistics", "logistic", "freight", "forwarding", "forwarder", "shipping", "express", "cargo", "transport", "courier",
  "supply chain", "warehouse", "warehousing", "3pl",
  "物流", "運送", "運輸", "通運", "海運", "倉庫", "フォワーダー", "ロジスティクス", "エクスプレス", "カーゴ",
  "货运", "貨運", "货代", "貨代", "国际货代", "物流", "快递", "快遞", "仓储", "倉儲",
];

/** End-use texts that say nothing (red flag 1). */
export const VAGUE_END_USE = [
  "n/a", "na", "none", "unknown", "tbd", "tba", "to be advised", "to be confirmed", "not known", "-", "?", "various",
  "general", "general use", "general purpose", "trading", "trade", "resale", "re-sale", "stock", "inventory", "distribution",
  "misc", "miscellaneous", "other", "others", "customer use", "for sale",
  "未定", "不明", "なし", "無し", "その他", "在庫", "販売用", "転売", "汎用", "一般用途", "一般", "用途不明", "未確認", "商社", "在庫用",
  "待定", "不详", "其他", "库存", "庫存", "转售",
];

/** Delivery-date texts that are vague (red flag 8). */
export const VAGUE_DATES = ["tbd", "tba", "asap", "n/a", "unknown", "open", "flexible", "any time", "anytime", "later", "未定", "随時", "調整中", "不明", "至急", "待定"];

/** Delivery addresses that are unusual: P.O. boxes, free-trade zones (red flag 8). */
export const REMOTE_ADDRESS_WORDS = ["p.o. box", "po box", "p o box", "pobox", "post box", "free zone", "free trade zone", "freezone", "fze", "fzco", "jafz", "bonded", "私書箱", "保税", "自由貿易区", "自贸区", "保税区"];

/** Cash-like payment terms (red flag 5). */
export const CASH_PAYMENT_WORDS = ["cash", "advance", "prepayment", "pre-payment", "prepaid", "payment in advance", "t/t in advance", "tt in advance", "cia", "cwo", "cash in advance", "現金", "前払", "前払い", "前金", "先払", "現金払", "现金", "預付", "预付"];

/** New customer / first order markers (red flag 4). */
export const NEW_CUSTOMER_WORDS = ["new", "new customer", "first order", "first time", "none", "新規", "初回", "初取引", "新客户", "首次"];

/** Words that mark a military or defence body (heuristic for MILITARY_END_USER_SUSPECTED). */
export const MILITARY_WORDS = [
  "army", "navy", "naval", "air force", "armed forces", "armed force", "military", "ministry of defence", "ministry of defense",
  "department of defense", "department of defence", "defence ministry", "defense ministry", "pla", "people's liberation army",
  "irgc", "revolutionary guard", "national defense", "national defence", "defense science", "defence science",
  "defense industry", "defence industry", "armament", "armaments", "munitions", "ordnance", "marine corps", "missile force", "rocket force", "national guard", "militia",
  "国防", "防衛省", "国防部", "国防省", "陸軍", "海軍", "空軍", "軍隊", "軍", "军", "解放军", "解放軍", "兵器", "武器", "军工", "軍工", "部隊", "部队",
  "армия", "военн", "минобороны", "министерство обороны",
];

/** Names that contain a military word but are not military bodies (checked before MILITARY_WORDS). */
export const NOT_MILITARY_WORDS = ["salvation army", "army surplus", "pla filament", "pla plastic", "軍手", "救世軍"];
