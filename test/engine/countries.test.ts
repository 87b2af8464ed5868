/**
 * Country spellings (issue 9 point 3): every common spelling of every country in the reference groups resolves, with
 * the source of each spelling; placeholders are not countries; two-letter words are codes only as the whole cell in
 * capitals; names two countries share are not resolved. Real spellings from the End User List and the OFAC SDN file
 * are read from ../shared at test time.
 */
import * as fs from "fs";
import { countryKey, resolveCountry, resolveCountryList } from "../../src/engine/normalize/country";
import groups from "../../src/engine/reference/data/country-groups.json";
import names from "../../src/engine/reference/data/country-names.json";
import { cleanRow, codes, run } from "./helpers";
import { describeWithShared, sharedPath } from "../helpers/shared";

/** [spelling, ISO 3166-1 alpha-2, where the spelling is used]. */
const SPELLINGS: Array<[string, string, string]> = [
  // Group A (輸出令別表第三)
  ["Argentina", "AR", "ISO"],
  ["Argentine Republic", "AR", "UN formal"],
  ["アルゼンチン", "AR", "JA 通称"],
  ["アルゼンチン共和国", "AR", "JA 正式名称"],
  ["ARG", "AR", "ISO alpha-3"],
  ["Australia", "AU", "ISO"],
  ["Commonwealth of Australia", "AU", "UN formal"],
  ["オーストラリア", "AU", "JA 通称"],
  ["豪州", "AU", "JA kanji"],
  ["オーストラリア連邦", "AU", "JA 正式名称"],
  ["Austria", "AT", "ISO"],
  ["Republic of Austria", "AT", "UN formal"],
  ["Österreich", "AT", "endonym"],
  ["オーストリア", "AT", "JA 通称"],
  ["AUT", "AT", "ISO alpha-3"],
  ["Belgium", "BE", "ISO"],
  ["Kingdom of Belgium", "BE", "UN formal"],
  ["ベルギー", "BE", "JA 通称"],
  ["BE", "BE", "ISO alpha-2 (word code, capitals)"],
  ["Bulgaria", "BG", "ISO"],
  ["Republic of Bulgaria", "BG", "UN formal"],
  ["ブルガリア", "BG", "JA 通称"],
  ["Canada", "CA", "ISO"],
  ["カナダ", "CA", "JA 通称"],
  ["加奈陀", "CA", "JA ateji"],
  ["CAN", "CA", "ISO alpha-3 (word code, capitals)"],
  ["Czechia", "CZ", "UN/ISO"],
  ["Czech Republic", "CZ", "ISO former short name"],
  ["Czech Rep.", "CZ", "ordinary English abbreviation"],
  ["チェコ", "CZ", "JA 通称"],
  ["チェコ共和国", "CZ", "JA 正式名称"],
  ["Denmark", "DK", "ISO"],
  ["Kingdom of Denmark", "DK", "UN formal"],
  ["デンマーク", "DK", "JA 通称"],
  ["Finland", "FI", "ISO"],
  ["フィンランド", "FI", "JA 通称"],
  ["Republic of Finland", "FI", "UN formal"],
  ["Suomi", "FI", "endonym"],
  ["FIN", "FI", "ISO alpha-3 (word code, capitals)"],
  ["France", "FR", "ISO"],
  ["French Republic", "FR", "UN formal"],
  ["フランス", "FR", "JA 通称"],
  ["仏", "FR", "JA kanji abbreviation"],
  ["仏蘭西", "FR", "JA ateji"],
  ["Germany", "DE", "ISO"],
  ["Federal Republic of Germany", "DE", "UN formal"],
  ["Germany, Federal Republic of", "DE", "ISO inverted"],
  ["Deutschland", "DE", "endonym"],
  ["ドイツ", "DE", "JA 通称"],
  ["ドイツ連邦共和国", "DE", "JA 正式名称"],
  ["独", "DE", "JA kanji abbreviation"],
  ["独逸", "DE", "JA ateji"],
  ["Greece", "GR", "ISO"],
  ["Hellenic Republic", "GR", "UN formal"],
  ["ギリシャ", "GR", "JA 通称"],
  ["ギリシア", "GR", "JA older transcription"],
  ["Hungary", "HU", "ISO"],
  ["ハンガリー", "HU", "JA 通称"],
  ["Magyarország", "HU", "endonym"],
  ["HUN", "HU", "ISO alpha-3"],
  ["Ireland", "IE", "ISO"],
  ["Republic of Ireland", "IE", "ordinary English"],
  ["アイルランド", "IE", "JA 通称"],
  ["Italy", "IT", "ISO"],
  ["Italian Republic", "IT", "UN formal"],
  ["イタリア", "IT", "JA 通称"],
  ["IT", "IT", "ISO alpha-2 (word code, capitals)"],
  ["Korea, Republic of", "KR", "ISO inverted"],
  ["Republic of Korea", "KR", "UN"],
  ["Korea, Rep.", "KR", "World Bank"],
  ["KOREA, REP.", "KR", "World Bank, capitals"],
  ["Korea Rep", "KR", "World Bank without punctuation"],
  ["Korea, South", "KR", "OFAC"],
  ["South Korea", "KR", "ordinary English"],
  ["S. Korea", "KR", "ordinary English"],
  ["ROK", "KR", "ordinary English abbreviation"],
  ["Korea (South)", "KR", "ordinary English"],
  ["韓国", "KR", "JA 通称"],
  ["大韓民国", "KR", "JA 正式名称"],
  ["南韓", "KR", "ZH traditional"],
  ["한국", "KR", "KO"],
  ["대한민국", "KR", "KO (library)"],
  ["Luxembourg", "LU", "ISO"],
  ["Grand Duchy of Luxembourg", "LU", "UN formal"],
  ["ルクセンブルク", "LU", "JA 通称"],
  ["Netherlands", "NL", "ISO"],
  ["The Netherlands", "NL", "ordinary English with article"],
  ["Netherlands, The", "NL", "inverted article"],
  ["Netherlands (Kingdom of the)", "NL", "UN"],
  ["Kingdom of the Netherlands", "NL", "UN formal"],
  ["Holland", "NL", "ordinary English"],
  ["オランダ", "NL", "JA 通称"],
  ["New Zealand", "NZ", "ISO"],
  ["ニュージーランド", "NZ", "JA 通称"],
  ["NZL", "NZ", "ISO alpha-3"],
  ["Norway", "NO", "ISO"],
  ["Kingdom of Norway", "NO", "UN formal"],
  ["NO", "NO", "ISO alpha-2 (word code, capitals)"],
  ["ノルウェー", "NO", "JA 通称"],
  ["Poland", "PL", "ISO"],
  ["Republic of Poland", "PL", "UN formal"],
  ["ポーランド", "PL", "JA 通称"],
  ["Portugal", "PT", "ISO"],
  ["Portuguese Republic", "PT", "UN formal"],
  ["ポルトガル", "PT", "JA 通称"],
  ["Spain", "ES", "ISO"],
  ["Kingdom of Spain", "ES", "UN formal"],
  ["España", "ES", "endonym"],
  ["スペイン", "ES", "JA 通称"],
  ["Sweden", "SE", "ISO"],
  ["Kingdom of Sweden", "SE", "UN formal"],
  ["スウェーデン", "SE", "JA 通称"],
  ["Switzerland", "CH", "ISO"],
  ["Swiss Confederation", "CH", "UN formal"],
  ["スイス", "CH", "JA 通称"],
  ["スイス連邦", "CH", "JA 正式名称"],
  ["United Kingdom", "GB", "ISO"],
  ["United Kingdom of Great Britain and Northern Ireland", "GB", "UN formal"],
  ["UK", "GB", "ordinary English"],
  ["U.K.", "GB", "ordinary English"],
  ["Great Britain", "GB", "ordinary English"],
  ["England", "GB", "ordinary English"],
  ["英国", "GB", "JA 通称"],
  ["イギリス", "GB", "JA 通称"],
  ["グレートブリテン及び北アイルランド連合王国", "GB", "JA 正式名称"],
  ["GBR", "GB", "ISO alpha-3"],
  ["United States", "US", "ISO short"],
  ["United States of America", "US", "UN/ISO"],
  ["USA", "US", "ISO alpha-3"],
  ["U.S.A.", "US", "ordinary English"],
  ["U.S.", "US", "ordinary English"],
  ["US", "US", "ISO alpha-2 (word code, capitals)"],
  ["America", "US", "ordinary English"],
  ["米国", "US", "JA 通称"],
  ["アメリカ", "US", "JA 通称"],
  ["アメリカ合衆国", "US", "JA 正式名称"],
  ["米", "US", "JA kanji abbreviation"],
  ["美国", "US", "ZH simplified"],
  ["ＵＳＡ", "US", "full-width"],
  // UN arms-embargo destinations (別表第三の二)
  ["Afghanistan", "AF", "ISO"],
  ["Islamic Republic of Afghanistan", "AF", "End User List / former UN"],
  ["Islamic Emirate of Afghanistan", "AF", "ordinary English (current de facto)"],
  ["アフガニスタン", "AF", "JA 通称"],
  ["阿富汗", "AF", "ZH"],
  ["AFG", "AF", "ISO alpha-3"],
  ["Central African Republic", "CF", "UN/ISO"],
  ["Central African Rep.", "CF", "World Bank"],
  ["CAR", "CF", "ordinary English abbreviation"],
  ["中央アフリカ", "CF", "JA 通称"],
  ["中央アフリカ共和国", "CF", "JA 正式名称"],
  ["Democratic Republic of the Congo", "CD", "UN"],
  ["Congo, The Democratic Republic of the", "CD", "ISO inverted"],
  ["Congo, Dem. Rep.", "CD", "World Bank"],
  ["Congo, Democratic Republic of the", "CD", "OFAC/IMF"],
  ["DR Congo", "CD", "ordinary English"],
  ["DRC", "CD", "ordinary English"],
  ["Congo (Kinshasa)", "CD", "ordinary English"],
  ["Congo-Kinshasa", "CD", "ordinary English"],
  ["Zaire", "CD", "former name"],
  ["コンゴ民主共和国", "CD", "JA 正式名称"],
  ["ザイール", "CD", "JA former name"],
  ["刚果(金)", "CD", "ZH"],
  ["Iraq", "IQ", "ISO"],
  ["Republic of Iraq", "IQ", "UN formal"],
  ["イラク", "IQ", "JA 通称"],
  ["イラク共和国", "IQ", "JA 正式名称"],
  ["IRQ", "IQ", "ISO alpha-3"],
  ["Lebanon", "LB", "ISO"],
  ["Lebanese Republic", "LB", "UN formal"],
  ["Republic of Lebanon", "LB", "End User List"],
  ["レバノン", "LB", "JA 通称"],
  ["Libya", "LY", "ISO"],
  ["State of Libya", "LY", "UN formal"],
  ["Libyan Arab Jamahiriya", "LY", "former UN name"],
  ["リビア", "LY", "JA 通称"],
  ["North Korea", "KP", "ordinary English"],
  ["Korea, Democratic People's Republic of", "KP", "ISO inverted"],
  ["Democratic People's Republic of Korea", "KP", "UN"],
  ["Korea, Dem. People's Rep.", "KP", "World Bank"],
  ["Korea, Dem. Rep.", "KP", "World Bank (older)"],
  ["Korea, North", "KP", "OFAC"],
  ["KOREA, NORTH", "KP", "OFAC, capitals"],
  ["DPRK", "KP", "ordinary English"],
  ["D.P.R.K.", "KP", "ordinary English"],
  ["DPR Korea", "KP", "ordinary English"],
  ["Korea DPR", "KP", "ordinary English"],
  ["Korea (the Democratic People's Republic of)", "KP", "ISO (UN style)"],
  ["N. Korea", "KP", "ordinary English"],
  ["北朝鮮", "KP", "JA 通称"],
  ["朝鮮民主主義人民共和国", "KP", "JA 正式名称"],
  ["北韓", "KP", "ZH traditional"],
  ["朝鲜", "KP", "ZH simplified (library)"],
  ["북한", "KP", "KO"],
  ["PRK", "KP", "ISO alpha-3"],
  ["Somalia", "SO", "ISO"],
  ["Federal Republic of Somalia", "SO", "UN formal"],
  ["SO", "SO", "ISO alpha-2 (word code, capitals)"],
  ["ソマリア", "SO", "JA 通称"],
  ["South Sudan", "SS", "ISO"],
  ["Republic of South Sudan", "SS", "UN formal"],
  ["南スーダン", "SS", "JA 通称"],
  ["SSD", "SS", "ISO alpha-3"],
  ["Sudan", "SD", "ISO"],
  ["The Sudan", "SD", "UN short with article"],
  ["Republic of the Sudan", "SD", "UN formal"],
  ["スーダン", "SD", "JA 通称"],
  ["SDN", "SD", "ISO alpha-3"],
  // Other regimes, Russia-diversion third countries, diversion hubs
  ["Iran", "IR", "OFAC / ordinary English"],
  ["Iran (Islamic Republic of)", "IR", "UN"],
  ["Iran, Islamic Republic of", "IR", "ISO inverted"],
  ["Iran, Islamic Rep.", "IR", "World Bank"],
  ["Islamic Republic of Iran", "IR", "IMF / End User List"],
  ["Persia", "IR", "former name"],
  ["イラン", "IR", "JA 通称"],
  ["イラン・イスラム共和国", "IR", "JA 正式名称"],
  ["伊朗", "IR", "ZH"],
  ["IRN", "IR", "ISO alpha-3"],
  ["Russia", "RU", "OFAC / ordinary English"],
  ["Russian Federation", "RU", "UN/ISO/World Bank/IMF"],
  ["Russian Fed.", "RU", "ordinary English abbreviation"],
  ["Россия", "RU", "endonym"],
  ["Российская Федерация", "RU", "endonym (library)"],
  ["ロシア", "RU", "JA 通称"],
  ["ロシア連邦", "RU", "JA 正式名称"],
  ["露", "RU", "JA kanji abbreviation"],
  ["俄罗斯", "RU", "ZH simplified"],
  ["RUS", "RU", "ISO alpha-3"],
  ["Belarus", "BY", "ISO"],
  ["Republic of Belarus", "BY", "UN formal"],
  ["Byelorussia", "BY", "former name"],
  ["Беларусь", "BY", "endonym"],
  ["ベラルーシ", "BY", "JA 通称"],
  ["白ロシア", "BY", "JA former name"],
  ["BY", "BY", "ISO alpha-2 (word code, capitals)"],
  ["United Arab Emirates", "AE", "UN/ISO"],
  ["UAE", "AE", "ordinary English"],
  ["U.A.E.", "AE", "ordinary English"],
  ["Dubai", "AE", "city used for the country on order sheets"],
  ["Dubai, UAE", "AE", "ordinary English"],
  ["アラブ首長国連邦", "AE", "JA 正式名称"],
  ["ドバイ", "AE", "JA city"],
  ["阿联酋", "AE", "ZH simplified (library)"],
  ["ARE", "AE", "ISO alpha-3 (word code, capitals)"],
  ["Armenia", "AM", "ISO"],
  ["Republic of Armenia", "AM", "UN formal"],
  ["アルメニア", "AM", "JA 通称"],
  ["AM", "AM", "ISO alpha-2 (word code, capitals)"],
  ["China", "CN", "UN/ISO short"],
  ["People's Republic of China", "CN", "UN formal / End User List"],
  ["Peoples Republic of China", "CN", "without apostrophe"],
  ["China, People's Republic of", "CN", "inverted"],
  ["China, P.R.: Mainland", "CN", "IMF"],
  ["P.R. China", "CN", "ordinary English"],
  ["PRC", "CN", "ordinary English"],
  ["Mainland China", "CN", "ordinary English"],
  ["中国", "CN", "JA 通称 / End User List"],
  ["中華人民共和国", "CN", "JA 正式名称"],
  ["中国\nPeople's Republic of China", "CN", "End User List two-line cell"],
  ["中华人民共和国", "CN", "ZH simplified"],
  ["中國", "CN", "ZH traditional"],
  ["CHN", "CN", "ISO alpha-3"],
  ["India", "IN", "ISO"],
  ["Republic of India", "IN", "UN formal"],
  ["Bharat", "IN", "endonym"],
  ["インド", "IN", "JA 通称"],
  ["IN", "IN", "ISO alpha-2 (word code, capitals)"],
  ["Kazakhstan", "KZ", "ISO"],
  ["Republic of Kazakhstan", "KZ", "UN formal"],
  ["カザフスタン", "KZ", "JA 通称"],
  ["Kyrgyzstan", "KG", "ISO"],
  ["Kyrgyz Republic", "KG", "UN/World Bank/IMF"],
  ["Kyrgyz Rep.", "KG", "World Bank abbreviation"],
  ["Kirghizia", "KG", "former name"],
  ["キルギス", "KG", "JA 通称"],
  ["キルギスタン", "KG", "JA older name"],
  ["Syria", "SY", "OFAC / ordinary English"],
  ["Syrian Arab Republic", "SY", "UN/ISO/World Bank"],
  ["Syrian Arab Rep.", "SY", "World Bank abbreviation"],
  ["シリア", "SY", "JA 通称"],
  ["シリア・アラブ共和国", "SY", "JA 正式名称"],
  ["SYR", "SY", "ISO alpha-3"],
  ["Thailand", "TH", "ISO"],
  ["Kingdom of Thailand", "TH", "UN formal"],
  ["Siam", "TH", "former name"],
  ["タイ", "TH", "JA 通称"],
  ["タイ王国", "TH", "JA 正式名称"],
  ["泰国", "TH", "ZH simplified"],
  ["Turkey", "TR", "OFAC / former ISO"],
  ["Türkiye", "TR", "UN/ISO"],
  ["Turkiye", "TR", "World Bank"],
  ["Republic of Türkiye", "TR", "UN formal"],
  ["トルコ", "TR", "JA 通称"],
  ["トルコ共和国", "TR", "JA 正式名称"],
  ["土耳其", "TR", "ZH"],
  ["TUR", "TR", "ISO alpha-3"],
  ["Uzbekistan", "UZ", "ISO"],
  ["Republic of Uzbekistan", "UZ", "UN formal"],
  ["ウズベキスタン", "UZ", "JA 通称"],
  ["Hong Kong", "HK", "ISO"],
  ["Hong Kong SAR, China", "HK", "World Bank"],
  ["China, P.R.: Hong Kong", "HK", "IMF"],
  ["China, Hong Kong Special Administrative Region", "HK", "UN"],
  ["Hong Kong, China", "HK", "ordinary English"],
  ["HKSAR", "HK", "ordinary English"],
  ["香港", "HK", "JA/ZH"],
  ["香港特別行政区", "HK", "JA"],
  ["HKG", "HK", "ISO alpha-3"],
  ["Georgia", "GE", "ISO"],
  ["ジョージア", "GE", "JA 通称"],
  ["グルジア", "GE", "JA former name"],
  ["Azerbaijan", "AZ", "ISO"],
  ["Republic of Azerbaijan", "AZ", "UN formal"],
  ["アゼルバイジャン", "AZ", "JA 通称"],
  ["Serbia", "RS", "ISO"],
  ["Republic of Serbia", "RS", "UN formal"],
  ["セルビア", "RS", "JA 通称"],
  ["Mongolia", "MN", "ISO"],
  ["モンゴル", "MN", "JA 通称"],
  ["モンゴル国", "MN", "JA 正式名称"],
  ["Tajikistan", "TJ", "ISO"],
  ["Republic of Tajikistan", "TJ", "UN formal"],
  ["タジキスタン", "TJ", "JA 通称"],
  // Other common destinations and the names that trip readers up
  ["Taiwan", "TW", "ordinary English / End User List"],
  ["Taiwan, Province of China", "TW", "ISO"],
  ["Taiwan, China", "TW", "World Bank"],
  ["Taiwan Province of China", "TW", "IMF"],
  ["Chinese Taipei", "TW", "ordinary English"],
  ["Republic of China", "TW", "ordinary English"],
  ["台湾", "TW", "JA 通称"],
  ["臺灣", "TW", "ZH traditional"],
  ["中華民國", "TW", "ZH traditional"],
  ["Macao", "MO", "ISO"],
  ["Macau", "MO", "ordinary English"],
  ["Macao SAR, China", "MO", "World Bank"],
  ["マカオ", "MO", "JA 通称"],
  ["澳門", "MO", "ZH traditional"],
  ["Viet Nam", "VN", "UN/World Bank"],
  ["Vietnam", "VN", "ordinary English"],
  ["Socialist Republic of Viet Nam", "VN", "UN formal"],
  ["ベトナム", "VN", "JA 通称"],
  ["ヴェトナム", "VN", "JA older transcription"],
  ["越南", "VN", "ZH / JA kanji"],
  ["Lao People's Democratic Republic", "LA", "UN/ISO"],
  ["Lao PDR", "LA", "World Bank"],
  ["Lao P.D.R.", "LA", "IMF"],
  ["Laos", "LA", "ordinary English"],
  ["ラオス", "LA", "JA 通称"],
  ["Myanmar", "MM", "UN/ISO"],
  ["Burma", "MM", "OFAC / former name"],
  ["ミャンマー", "MM", "JA 通称"],
  ["ビルマ", "MM", "JA former name"],
  ["Singapore", "SG", "ISO"],
  ["Republic of Singapore", "SG", "UN formal"],
  ["シンガポール", "SG", "JA 通称"],
  ["Malaysia", "MY", "ISO"],
  ["MY", "MY", "ISO alpha-2 (word code, capitals)"],
  ["マレーシア", "MY", "JA 通称"],
  ["Indonesia", "ID", "ISO"],
  ["Republic of Indonesia", "ID", "UN formal"],
  ["ID", "ID", "ISO alpha-2 (word code, capitals)"],
  ["インドネシア", "ID", "JA 通称"],
  ["Philippines", "PH", "ISO"],
  ["The Philippines", "PH", "ordinary English with article"],
  ["Philippines, The", "PH", "inverted article"],
  ["フィリピン", "PH", "JA 通称"],
  ["Pakistan", "PK", "ISO"],
  ["Islamic Republic of Pakistan", "PK", "UN formal / End User List"],
  ["パキスタン", "PK", "JA 通称"],
  ["Egypt", "EG", "ISO"],
  ["Egypt, Arab Rep.", "EG", "World Bank"],
  ["Arab Republic of Egypt", "EG", "UN formal / End User List"],
  ["エジプト", "EG", "JA 通称"],
  ["Israel", "IL", "ISO"],
  ["State of Israel", "IL", "UN formal / End User List"],
  ["Yemen", "YE", "ISO"],
  ["Yemen, Rep.", "YE", "World Bank"],
  ["Republic of Yemen", "YE", "UN formal / End User List"],
  ["Saudi Arabia", "SA", "ISO"],
  ["KSA", "SA", "ordinary English"],
  ["Kingdom of Saudi Arabia", "SA", "UN formal"],
  ["Venezuela", "VE", "ordinary English"],
  ["Venezuela, RB", "VE", "World Bank"],
  ["Venezuela (Bolivarian Republic of)", "VE", "UN"],
  ["Venezuela, Bolivarian Republic of", "VE", "ISO inverted"],
  ["Ukraine", "UA", "ISO"],
  ["The Ukraine", "UA", "ordinary English with article"],
  ["North Macedonia", "MK", "UN/ISO"],
  ["North Macedonia, The Republic of", "MK", "OFAC"],
  ["Macedonia", "MK", "former name"],
  ["FYROM", "MK", "former name abbreviation"],
  ["Eswatini", "SZ", "UN/ISO"],
  ["Swaziland", "SZ", "former name"],
  ["Timor-Leste", "TL", "UN/ISO"],
  ["East Timor", "TL", "ordinary English"],
  ["Côte d'Ivoire", "CI", "ISO"],
  ["Cote d'Ivoire", "CI", "World Bank"],
  ["Ivory Coast", "CI", "ordinary English"],
  ["Cabo Verde", "CV", "UN/ISO"],
  ["Cape Verde", "CV", "ordinary English"],
  ["Slovak Republic", "SK", "World Bank/IMF"],
  ["Slovakia", "SK", "ISO"],
  ["Micronesia, Fed. Sts.", "FM", "World Bank"],
  ["Gambia, The", "GM", "World Bank"],
  ["The Gambia", "GM", "OFAC/IMF"],
  ["Bahamas, The", "BS", "World Bank"],
  ["St. Kitts and Nevis", "KN", "World Bank"],
  ["Saint Kitts and Nevis", "KN", "OFAC/ISO"],
  ["St. Lucia", "LC", "World Bank"],
  ["São Tomé and Príncipe", "ST", "IMF"],
  ["Sao Tome and Principe", "ST", "World Bank"],
  ["West Bank and Gaza", "PS", "World Bank"],
  ["Bosnia and Herzegovina", "BA", "ISO/OFAC"],
  ["Bosnia & Herzegovina", "BA", "ordinary English with ampersand"],
  ["Trinidad and Tobago", "TT", "ISO/OFAC"],
  ["Ceylon", "LK", "former name"],
  ["Kampuchea", "KH", "former name"],
  ["Moldova", "MD", "ordinary English"],
  ["Republic of Moldova", "MD", "UN"],
  ["Moldova, Republic of", "MD", "ISO inverted"],
  ["Tanzania", "TZ", "ordinary English"],
  ["United Republic of Tanzania", "TZ", "UN"],
  ["Bolivia (Plurinational State of)", "BO", "UN"],
  ["Holy See", "VA", "UN"],
  ["Brunei Darussalam", "BN", "UN/World Bank"],
  ["Japan", "JP", "ISO"],
  ["日本", "JP", "JA"],
  ["Mexico", "MX", "ISO"],
  ["メキシコ", "MX", "JA 通称"],
  ["Brazil", "BR", "ISO"],
  ["ブラジル", "BR", "JA 通称"],
  ["South Africa", "ZA", "ISO"],
  ["南アフリカ", "ZA", "JA 通称"],
  ["ｖｉｅｔｎａｍ", "VN", "full-width, lower case"],
  ["  Thailand  ", "TH", "padded cell"],
  ["vnm", "VN", "ISO alpha-3, lower case (not a word)"],
];

describe("country spelling table", () => {
  it(`has at least 300 spellings (${SPELLINGS.length})`, () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(300);
  });

  test.each(SPELLINGS)("%p resolves to %s (%s)", (spelling, iso2) => {
    expect(resolveCountry(spelling).iso2).toBe(iso2);
  });

  it("every country of every reference group has at least three spellings in the table", () => {
    const members = new Set(Object.values(groups.groups).flatMap((g) => g.members));
    const short = [...members].filter((c) => SPELLINGS.filter(([, iso]) => iso === c).length < 3);
    expect(short).toEqual([]);
  });

  it("every spelling in the reference data resolves to its own country (no collisions hidden)", () => {
    const wrong: string[] = [];
    for (const [iso, bySource] of Object.entries(names.names))
      for (const [src, list] of Object.entries(bySource))
        for (const n of list as string[]) if (resolveCountry(n).iso2 !== iso) wrong.push(`${n} (${src}) → ${iso}`);
    expect(wrong).toEqual([]);
  });

  it("the reference data names its sources and as-of date", () => {
    expect(names.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const used = new Set(Object.values(names.names).flatMap((s) => Object.keys(s)));
    for (const s of used) expect(Object.keys(names.sources)).toContain(s);
  });
});

describe("word order, punctuation and abbreviations do not matter", () => {
  test.each([
    ["Korea, Republic of", "Republic of Korea"],
    ["Korea, Dem. People's Rep.", "Democratic People's Republic of Korea"],
    ["Lao P.D.R.", "Lao People's Democratic Republic"],
    ["Iran (Islamic Rep. of)", "Iran, Islamic Republic of"],
    ["Congo, Dem. Rep. of the", "Democratic Republic of the Congo"],
    ["St Vincent & the Grenadines", "Saint Vincent and the Grenadines"],
    ["U.S.A.", "USA"],
  ])("%p = %p", (a, b) => {
    expect(countryKey(a)).toBe(countryKey(b));
    expect(resolveCountry(a).iso2).toBeDefined();
  });
});

describe("placeholders, word codes and shared names are not countries", () => {
  test.each([
    "NA",
    "N/A",
    "n/a",
    "N.A.",
    "na",
    "-",
    "--",
    "—",
    "TBD",
    "TBA",
    "tbc",
    "?",
    "Unknown",
    "未定",
    "不明",
    "なし",
    "XX",
  ])("%p is not a country", (cell) => {
    const r = resolveCountry(cell);
    expect(r.iso2).toBeUndefined();
    expect(r.placeholder).toBeDefined();
  });

  it("'NA' in a destination cell is COUNTRY_UNKNOWN and never clears; 'Namibia' and 'NAM' are Namibia", () => {
    const row = (d: string) => cleanRow({ destination: d, consignee_country: "", end_user_country: "" });
    const na = run(row("NA"));
    expect(codes(na)).toContain("COUNTRY_UNKNOWN");
    expect(na.decision).not.toBe("NO_LICENSE");
    expect(resolveCountry("Namibia").iso2).toBe("NA");
    expect(resolveCountry("NAM").iso2).toBe("NA");
  });

  test.each(["in", "In", "no", "No", "us", "is", "it", "to", "be", "am", "my", "so", "can", "are", "and", "per"])(
    "the word %p written in lower or mixed case is not a code",
    (w) => {
      expect(resolveCountry(w).iso2).toBeUndefined();
    },
  );

  test.each([
    ["Korea", ["KR", "KP"]],
    ["Congo", ["CD", "CG"]],
    ["コンゴ", []],
    ["朝鮮", []],
    ["USSR", []],
    ["Yugoslavia", []],
  ])("%p is shared by several countries and is not resolved", (n) => {
    const r = resolveCountry(n);
    expect(r.iso2).toBeUndefined();
    expect(r.ambiguous).toBeDefined();
  });

  it("a two-letter word inside a longer cell is not read as a code", () => {
    expect(resolveCountry("made in Japan").iso2).toBeUndefined();
    expect(resolveCountry("ship to Singapore").iso2).toBeUndefined();
  });
});

describe("lists of countries (transit)", () => {
  test.each([
    ["Korea, Republic of; Singapore", ["KR", "SG"]],
    ["SG, MY, TH", ["SG", "MY", "TH"]],
    ["Korea, North, China", ["KP", "CN"]],
    ["HK / CN", ["HK", "CN"]],
    ["Dubai -> Iran", ["AE", "IR"]],
    ["シンガポール、香港", ["SG", "HK"]],
    ["Iran, Islamic Rep., Turkey", ["IR", "TR"]],
  ])("%p → %p", (cell, want) => {
    expect(resolveCountryList(cell).map((r) => r.iso2)).toEqual(want);
  });

  test.each(["N/A", "NA", "none", "-", "なし", "direct", "直送"])("%p means no transit", (cell) => {
    expect(resolveCountryList(cell)).toEqual([]);
  });

  it("'TBD' transit is kept as an unrecognised entry (route unknown)", () => {
    const r = resolveCountryList("TBD");
    expect(r).toHaveLength(1);
    expect(r[0].iso2).toBeUndefined();
  });

  it("a transit of N/A raises no routing flag; an unknown transit does", () => {
    const base = { destination: "TH", consignee_country: "TH", end_user_country: "TH" };
    const na = run(cleanRow({ ...base, transit_countries: "N/A" }));
    expect(na.redFlags.map((f) => f.code)).not.toContain("RF10");
    const tbd = run(cleanRow({ ...base, transit_countries: "TBD" }));
    expect(tbd.redFlags.map((f) => f.code)).toContain("RF10");
  });
});

describeWithShared(
  ["meti-eul", "end-user-list-20250929-full.csv"],
  "End User List country cells resolve to the list's own ISO code",
  () => {
    it("every country_en and country_ja of the list", () => {
      const text = fs.readFileSync(sharedPath("meti-eul", "end-user-list-20250929-full.csv"), "utf8");
      const [header, ...lines] = text.split(/\r?\n/).filter(Boolean);
      const cols = header.split(",");
      const iIso = cols.indexOf("country_iso2"),
        iJa = cols.indexOf("country_ja"),
        iEn = cols.indexOf("country_en");
      const seen = new Map<string, string>();
      for (const line of lines) {
        const f = line.split(",");
        if (f.length <= iEn || !/^[A-Z]{2}$/.test(f[iIso])) continue;
        seen.set(f[iJa], f[iIso]);
        seen.set(f[iEn].replace(/^"|"$/g, ""), f[iIso]);
      }
      expect(seen.size).toBeGreaterThan(10);
      const wrong = [...seen].filter(([n, iso]) => resolveCountry(n).iso2 !== iso);
      expect(wrong).toEqual([]);
    });
  },
);

describeWithShared(["lists", "ofac-sdn-2024-05-03", "sdn.csv"], "OFAC SDN nationality spellings resolve", () => {
  it("every 'nationality X' / 'citizen X' country spelling seen at least twice in the SDN file", () => {
    const text = fs.readFileSync(sharedPath("lists", "ofac-sdn-2024-05-03", "sdn.csv"), "latin1");
    const counts = new Map<string, number>();
    for (const m of text.matchAll(/(?:[Nn]ationality|[Cc]itizen) ([A-Z][A-Za-z ,.'-]+?)(?:;|\."|\. )/g))
      counts.set(m[1].trim(), (counts.get(m[1].trim()) ?? 0) + 1);
    // Adjectives and regions that are not a country name.
    const notCountries = new Set(["Palestinian", "Kosovo"]);
    const spellings = [...counts].filter(([n, c]) => c >= 2 && !notCountries.has(n)).map(([n]) => n);
    expect(spellings.length).toBeGreaterThan(100);
    const unresolved = spellings.filter((n) => !resolveCountry(n).iso2);
    expect(unresolved).toEqual([]);
  });
});
