/**
 * Word tables for party-name matching: legal forms (stripped to a weak feature, never matched alone),
 * generic business and place words (kept, but weighted low), stop words, and spelling synonyms.
 * Latin entries are written as normalised keys (lower case ASCII, punctuation removed); Han entries in any
 * of traditional, simplified or Japanese forms (they are folded before use); kana entries in katakana.
 */

import { latinOrgSynonyms, PINYIN_LEGAL_FORMS } from "./org-words";

export interface LegalForm {
  /** Key sequence, e.g. ["co", "ltd"]. */
  keys: string[];
  /** Family: forms of the same family are interchangeable (missing/extra/other spelling cost nothing). */
  family: string;
  /** Short, ambiguous forms count as legal forms only at the edge of a name (first/last position). */
  edgeOnly?: boolean;
}

const L = (family: string, edgeOnly: boolean, ...forms: string[]): LegalForm[] =>
  forms.map((f) => ({ keys: f.split(" "), family, ...(edgeOnly ? { edgeOnly } : {}) }));

/** Latin-script (and transliterated Cyrillic) legal forms. */
export const LATIN_LEGAL_FORMS: LegalForm[] = [
  ...L(
    "ltd",
    false,
    "co ltd",
    "company limited",
    "company ltd",
    "co limited",
    "ltd",
    "limited",
    "pvt ltd",
    "private limited",
    "pty ltd",
    "pte ltd",
    "pty",
    "pvt",
    "pte",
    "plc",
    "public limited company",
    "llp",
    "ltda",
    "ltd co",
    "limited company",
  ),
  ...L(
    "corp",
    false,
    "corporation",
    "corp",
    "incorporated",
    "inc",
    "company",
    "cos",
    "compania",
    "compagnie",
    "cia",
    "korp",
    "korporatsiya",
    "korporatsii",
    // Госкорпорация (state corporation: Rostec, Rosatom)
    "goskorporatsiya",
    "goskorporatsii",
    "kompaniya",
    "kompanii",
  ),
  ...L("corp", true, "co"),
  ...L(
    "llc",
    false,
    "llc",
    "limited liability company",
    "limited liability partnership",
    "ooo",
    "tov",
    "too",
    "obshchestvo s ogranichennoy otvetstvennostyu",
    "obshchestvo s ogranichennoi otvetstvennostiu",
  ),
  ...L(
    "jsc",
    false,
    "jsc",
    "ojsc",
    "cjsc",
    "pjsc",
    "oao",
    "zao",
    "pao",
    "jsco",
    "nao",
    "jointstock company",
    "joint stock company",
    "open joint stock company",
    "closed joint stock company",
    "public joint stock company",
    "joint stock co",
    "aktsionernoe obshchestvo",
    "aktsionernoye obshchestvo",
    "otkrytoe aktsionernoe obshchestvo",
    "zakrytoe aktsionernoe obshchestvo",
    "publichnoe aktsionernoe obshchestvo",
    "private joint stock company",
    "pjs",
  ),
  ...L("jsc", true, "ao", "joint stock"),
  ...L(
    "state-enterprise",
    false,
    "federal state unitary enterprise",
    "state unitary enterprise",
    "fgup",
    "fsue",
    "fgbu",
    "fkp",
    "gup",
  ),
  ...L(
    "kk",
    false,
    "kabushiki kaisha",
    "kabushiki gaisha",
    "kabushikigaisha",
    "kabushikikaisha",
    "kk",
    "yugen kaisha",
    "yugen gaisha",
    "godo kaisha",
    "godo gaisha",
  ),
  ...L("gmbh", false, "gmbh", "mbh", "gmbh co kg", "ohg"),
  ...L("gmbh", true, "ag", "kg", "se"),
  ...L(
    "sa",
    false,
    "sarl",
    "srl",
    "spa",
    "sp z o o",
    "sp z oo",
    "spzoo",
    "sro",
    "oyj",
    "aps",
    "bvba",
    "sprl",
    "ltd sti",
    "limited sirketi",
    "anonim sirketi",
    "sirketi",
    "sdn bhd",
    "bhd",
    "tbk",
  ),
  ...L("sa", true, "sa", "sas", "sl", "bv", "nv", "ab", "as", "oy", "pt", "sc", "sal", "sae"),
  ...L("fz", false, "fze", "fzc", "fzco", "fz llc", "fzllc", "llc fz", "fzs"),
  // Chinese legal forms in pinyin (org-words.ts)
  ...PINYIN_LEGAL_FORMS.flatMap(([form, family]) => L(family, false, form)),
  ...L("corp", true, "gongsi"),
];

/** Han legal forms (folded before use). */
export const HAN_LEGAL_FORMS: Array<[string, string]> = [
  ["股份有限公司", "ltd"],
  ["有限责任公司", "llc"],
  ["有限責任公司", "llc"],
  ["有限公司", "ltd"],
  ["總公司", "corp"],
  ["总公司", "corp"],
  ["公司", "corp"],
  ["株式会社", "kk"],
  ["有限会社", "kk"],
  ["合同会社", "llc"],
  ["合資会社", "kk"],
  ["合名会社", "kk"],
  ["総会社", "corp"],
  ["会社", "corp"],
  ["株", "kk"],
  ["社", "corp"],
];

/** Katakana legal forms, stripped at the start or end of a kana run. */
export const KANA_LEGAL_FORMS: Array<[string, string]> = [
  ["カブシキガイシャ", "kk"],
  ["カブシキカイシャ", "kk"],
  ["ユウゲンガイシャ", "kk"],
  ["ゴウドウガイシャ", "llc"],
  ["コーポレーション", "corp"],
  ["カンパニー", "corp"],
  ["リミテッド", "ltd"],
  ["インコーポレイテッド", "corp"],
  ["インコーポレーテッド", "corp"],
  ["エルエルシー", "llc"],
];

/**
 * Katakana loanwords of company names that say little about which party is meant (standard spellings).
 * Katakana written without word breaks is cut around them, as Han is cut around GENERIC_HAN.
 */
export const GENERIC_KANA: string[] = (
  "テクノロジー テクノロジーズ テック トレーディング トレード インターナショナル エンジニアリング エレクトロニクス エレクトロニック " +
  "エレクトリック インダストリー インダストリーズ インダストリアル グループ システム システムズ サービス サービシズ ホールディングス " +
  "ホールディング ジャパン グローバル ソリューション ソリューションズ マシナリー マテリアル マテリアルズ ケミカル ケミカルズ メディカル " +
  "エナジー エナジー パワー デベロップメント ディベロップメント リサーチ センター サイエンス アカデミー ユニバーシティ エンタープライズ " +
  "ロジスティクス シッピング マリン エアロスペース アビエーション オプティカル プレシジョン プロダクツ コンポーネンツ パーツ サプライ " +
  "インベストメント ファイナンス ネットワーク ワールド ユナイテッド ナショナル ゼネラル ジェネラル アジア パシフィック イースト ウエスト " +
  "ノース サウス ニュー スマート アドバンスト アドバンス マニュファクチャリング エクスポート インポート オートメーション デザイン " +
  "ファクトリー プラント ワークス ラボ ラボラトリー オフィス ブランチ コンサルティング マネジメント"
).split(/\s+/);

/** Words that say little about which party is meant (business vocabulary, common place names). */
export const GENERIC_LATIN = new Set<string>(
  (
    "trading trade trader technology technical international industry group holding enterprise development engineering " +
    "electronic electric electrical import export imp exp general science scientific research institute institution " +
    "university academy center service system solution manufacturing manufacture machinery machine equipment material " +
    "logistics shipping commercial business global national state production product design bureau factory plant works " +
    "office branch department agency organization association committee ministry foundation network union joint venture " +
    "complex concern firm partners associates bank banking economic investment finance financial resources energy power " +
    "metal chemical aerospace aviation space defense military scientific automation control optical optics precision " +
    "composite new smart hi high world universal united tech pacific asia east west north south middle central first second third " +
    "china chinese korea korean dprk russia russian federal federation iran iranian beijing shanghai shenzhen guangzhou tianjin " +
    "dalian qingdao hangzhou nanjing chengdu xian wuhan hong kong hongkong hk pyongyang tehran moscow petersburg dubai emirates " +
    "uae sharjah pakistan karachi lahore islamabad rawalpindi syria syrian damascus lebanon egypt taiwan taipei japan tokyo osaka " +
    "sanat sanaye tejarat mohandesi sherkat pars " +
    "advanced advance modern component part supply supplies device instrument tool product house pioneer pioneers team " +
    "star golden gold green blue sky red white black silver diamond royal crown oriental orient eastern western northern southern " +
    "sun sunrise new century smart power energy optic optics trade commerce establishment laboratory laboratories lab " +
    "quality information system solution consulting consultants consultant construction transport transportation marine " +
    "ocean sea air airlines land mining medical pharma pharmaceutical food foods textile textiles auto motors motor " +
    "isfahan esfahan shiraz tabriz mashhad karaj qom kish ahvaz kerman yazd bandar abbas " +
    "petersburg novosibirsk yekaterinburg kazan tula izhevsk nizhny novgorod samara perm ufa omsk " +
    "shenyang harbin changchun jinan zhengzhou changsha xiamen fuzhou ningbo suzhou wuxi dongguan foshan zhuhai " +
    "hefei nanchang kunming guiyang lanzhou taiyuan shijiazhuang hohhot urumqi macau macao " +
    "seoul busan incheon gwangju daegu " +
    "kontsern koncern zavod kombinat obyedinenie obedinenie nauchno proizvodstvennoe proizvodstvennoye predpriyatie " +
    "institut tsentr centr byuro konstruktorskoe gosudarstvennoe nauchnoe issledovatelskiy federalnoe " +
    "zagros alborz caspian khazar persian persia gulf hormoz hormuz arvand karun damavand sahand sabalan " +
    "saffron carpet tea rice cotton steel oil gas petrochemical petroleum cement sugar fruit dates leather wood paper glass " +
    "rubber plastic plastics textile garment furniture " +
    "singapore malaysia thailand vietnam indonesia philippines india bangladesh turkey turkiye germany france italy spain " +
    "netherlands belgium switzerland austria sweden norway finland denmark poland czech ukraine belarus kazakhstan uzbekistan " +
    "kyrgyzstan armenia georgia azerbaijan iraq jordan kuwait qatar bahrain oman saudi arabia yemen sudan libya nigeria " +
    "cyprus greece bulgaria romania serbia hungary slovakia latvia lithuania estonia canada mexico brazil argentina chile " +
    "venezuela cuba panama australia zealand america american usa british england london europe european africa african " +
    "istanbul ankara baku tashkent almaty minsk kyiv kiev riga vilnius yerevan tbilisi delhi mumbai kolkata chennai bangalore " +
    "bangkok jakarta manila kuala lumpur hanoi saigon seoul taipei kaohsiung macau abu dhabi riyadh jeddah doha muscat " +
    "kuwait cairo beirut baghdad basra amman sanaa khartoum tripoli buenos aires " +
    "siberian siberia ural urals volga baltic caucasus arctic far great grand"
  ).split(/\s+/),
);

export const STOP_WORDS = new Set<string>(
  "the and of for in at on by to from de la le el al da du des der die und y et no named after".split(" "),
);

/** Han words weighted low (folded before use). */
export const GENERIC_HAN: string[] = (
  "贸易 國際 国际 科技 技术 技術 电子 電子 工业 工業 实业 實業 发展 發展 进出口 進出口 进口 出口 商贸 工贸 经贸 集团 集團 集団 " +
  "研究所 研究院 研究 大学 大學 学院 中心 工程 机械 機械 设备 設備 材料 制造 製造 物流 投资 控股 电气 電気 航空 航天 化学 化工 " +
  "工厂 工場 银行 銀行 委员会 委員会 联合 連合 合营 合営 企业 企業 企业所 企業所 商社 支社 分公司 事务所 事務所 代表处 办事处 " +
  "香港 中国 中國 朝鲜 朝鮮 北京 上海 深圳 广州 天津 平壤 国家 国防 总局 高新 复合 信息 网络 光电 精密 第 号 " +
  "東洋 东洋 日本 東方 东方 東亜 东亚 亜洲 亚洲 太平洋 中華 中华 環球 环球 商事 商会 産業 产业 物産 通商 精機 精工 電機 電子工業 製作所 工業所"
).split(/\s+/);

/** Spelling variants folded to one key before comparison. */
export const SYNONYMS: Record<string, string> = {
  // abbreviations, pinyin and Russian organisation words (org-words.ts); the entries below take precedence
  ...latinOrgSynonyms(),
  organisation: "organization",
  organisations: "organization",
  organizations: "organization",
  centre: "center",
  centres: "center",
  centers: "center",
  defence: "defense",
  aluminium: "aluminum",
  technologies: "technology",
  tech: "technology",
  techn: "technology",
  industries: "industry",
  industrial: "industry",
  ind: "industry",
  indus: "industry",
  intl: "international",
  internatl: "international",
  electronics: "electronic",
  elec: "electronic",
  systems: "system",
  services: "service",
  svcs: "service",
  solutions: "solution",
  holdings: "holding",
  enterprises: "enterprise",
  materials: "material",
  chemicals: "chemical",
  sciences: "science",
  products: "product",
  machines: "machine",
  traders: "trader",
  mfg: "manufacturing",
  engg: "engineering",
  eng: "engineering",
  dev: "development",
  devt: "development",
  univ: "university",
  inst: "institute",
  dept: "department",
  assn: "association",
  assoc: "association",
  natl: "national",
  corpn: "corporation",
  limted: "limited",
  institut: "institute",
  instituta: "institute",
  tsentr: "center",
  centr: "center",
  byuro: "bureau",
  laboratories: "laboratory",
  components: "component",
  parts: "part",
  devices: "device",
  instruments: "instrument",
  tools: "tool",
  optics: "optic",
  pioneers: "pioneer",
  jointstock: "joint stock",
};

/**
 * Words that tell near-miss institutions apart (issue 10, point 5): a university, institute or academy named with
 * one of them is another institution than one named without it (北京师范大学 is not 北京大学, 理工, 医科, Normal,
 * Medical, Polytechnic …). Applied between names that both contain an institution word. Latin keys after synonyms;
 * Han in any form (folded before use).
 */
export const INSTITUTION_WORDS: string[] = (
  "university institute academy college polytechnic school laboratory " +
  "大学 大學 学院 學院 研究所 研究院 科学院 科學院 工科大学 工業大学 工业大学"
).split(/\s+/);
export const QUALIFIER_WORDS: string[] = (
  "normal medical medicine polytechnic polytechnical technology technological science sciences engineering " +
  "agricultural agriculture forestry jiaotong aeronautics astronautics aeronautical aerospace defense electronic " +
  "chemical posts telecommunications petroleum mining geosciences maritime ocean foreign languages economics finance " +
  "pharmaceutical traditional normal teachers arts business management physics mathematics nuclear information " +
  "师范 師範 医科 醫科 医学 醫學 理工 工业 工業 工程 农业 農業 林业 林業 交通 航空 航天 国防 國防 科技 科学 科學 技术 技術 " +
  "电子 電子 化工 邮电 郵電 石油 矿业 礦業 海事 海洋 外国语 外國語 财经 財經 中医药 中醫藥 药科 藥科 政法 体育 體育 艺术 藝術 信息"
).split(/\s+/);
/**
 * Kinds of organisation that cannot be one another (issue 10, point 5: 고려대학교 Korea University is not Koryo Bank
 * nor Air Koryo): a word of one kind left unpaired on one side and a word of another kind left unpaired on the other
 * is a strong mismatch. Keys as the analysis gives them (synonyms applied: universities → university); Han folded.
 */
export const ORGANISATION_KINDS: Record<string, string[]> = {
  education: "university college school polytechnic 大学 大學 学院 學院".split(" "),
  research: "institute academy laboratory 研究所 研究院 科学院 科學院".split(" "),
  bank: "bank 銀行 银行".split(" "),
  airline: "air airline airlines airways 航空公司".split(" "),
  shipping: "shipping ship vessel maritime 海运 海運".split(" "),
};
/** Cities, provinces and countries (Latin keys and Han): a different place on each side is a strong mismatch. */
export const PLACE_WORDS: string[] = (
  "beijing shanghai shenzhen guangzhou tianjin chongqing chengdu wuhan xian nanjing harbin dalian qingdao hangzhou " +
  "suzhou changsha shenyang changchun dandong ningbo xiamen hefei zhengzhou jinan kunming lanzhou taiyuan hong kong " +
  "taipei pyongyang tehran isfahan esfahan shiraz tabriz mashhad moscow petersburg novosibirsk kazan karachi lahore " +
  "islamabad dubai sharjah damascus beirut seoul busan tokyo osaka northwest northeast southwest southeast " +
  "china korea iran russia pakistan syria taiwan japan " +
  "北京 上海 深圳 广州 廣州 天津 重庆 重慶 成都 武汉 武漢 西安 南京 哈尔滨 哈爾浜 哈爾濱 大连 大連 青岛 青島 杭州 苏州 蘇州 长沙 長沙 " +
  "沈阳 瀋陽 长春 長春 丹东 丹東 宁波 寧波 厦门 廈門 合肥 郑州 鄭州 济南 濟南 昆明 兰州 蘭州 太原 香港 台北 臺北 平壌 平壤 " +
  "西北 东北 東北 西南 东南 東南 华中 華中 华南 華南 华东 華東 中国 中國 朝鲜 朝鮮 上海市 北京市 浙江 江苏 江蘇 山东 山東 四川 河北 湖北 湖南 吉林"
).split(/\s+/);
