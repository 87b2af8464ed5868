/**
 * Country / region cells of METI's End User List (Japanese line, English line) to ISO 3166-1 alpha-2.
 * Covers the 15 countries/regions of the 2025-09-29 list plus names a later revision could plausibly add;
 * an unknown cell is not an error (the entry keeps no country and the import reports it).
 */
const JA_TO_ISO: Record<string, string> = {
  アフガニスタン: "AF",
  アラブ首長国連邦: "AE",
  イエメン: "YE",
  イスラエル: "IL",
  イラン: "IR",
  インド: "IN",
  エジプト: "EG",
  北朝鮮: "KP",
  シリア: "SY",
  台湾: "TW",
  中国: "CN",
  パキスタン: "PK",
  香港: "HK",
  レバノン: "LB",
  ロシア: "RU",
  ベラルーシ: "BY",
  イラク: "IQ",
  ミャンマー: "MM",
  トルコ: "TR",
  ウズベキスタン: "UZ",
  カザフスタン: "KZ",
  キルギス: "KG",
  アルメニア: "AM",
  ジョージア: "GE",
  スーダン: "SD",
  リビア: "LY",
  ベネズエラ: "VE",
  キューバ: "CU",
  マレーシア: "MY",
  シンガポール: "SG",
  タイ: "TH",
  ベトナム: "VN",
  インドネシア: "ID",
  サウジアラビア: "SA",
  ヨルダン: "JO",
  オマーン: "OM",
  カタール: "QA",
};

const EN_TO_ISO: Record<string, string> = {
  "islamic republic of afghanistan": "AF",
  afghanistan: "AF",
  "united arab emirates": "AE",
  "republic of yemen": "YE",
  yemen: "YE",
  "state of israel": "IL",
  israel: "IL",
  "islamic republic of iran": "IR",
  iran: "IR",
  india: "IN",
  "arab republic of egypt": "EG",
  egypt: "EG",
  "north korea": "KP",
  "democratic people's republic of korea": "KP",
  "syrian arab republic": "SY",
  syria: "SY",
  taiwan: "TW",
  "people's republic of china": "CN",
  china: "CN",
  "islamic republic of pakistan": "PK",
  pakistan: "PK",
  "hong kong": "HK",
  "republic of lebanon": "LB",
  lebanon: "LB",
  "russian federation": "RU",
  russia: "RU",
  belarus: "BY",
  "republic of belarus": "BY",
  iraq: "IQ",
  myanmar: "MM",
  turkey: "TR",
  "republic of turkey": "TR",
  türkiye: "TR",
};

/** Resolves a two-line country cell; returns undefined when neither line is known. */
export function eulCountryToIso(cell: string): string | undefined {
  const lines = cell
    .normalize("NFKC")
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  for (const l of lines) {
    const iso = JA_TO_ISO[l];
    if (iso) return iso;
  }
  for (const l of lines) {
    const iso = EN_TO_ISO[l.toLowerCase().replace(/’/g, "'")];
    if (iso) return iso;
  }
  return undefined;
}
