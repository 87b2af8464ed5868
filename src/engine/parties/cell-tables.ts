/**
 * Tables for reading party cells that hold more than the name (cell-parts.ts): places with their country,
 * address vocabulary, units of organisations and contact markers, in Latin, Cyrillic, Han and kana scripts.
 * Sources: country names as ISO 3166-1 gives them (English short and formal names) and as the METI End User List
 * writes them in Japanese (国名); Chinese, Japanese and Russian exonyms and the cities and provinces named in the
 * End User List's and OFAC SDN list's entries, written for this project from general knowledge (as of 2026-12-01).
 * Latin keys are normalised as cell-parts.ts does (lower case, full stops and apostrophes removed, other
 * punctuation a space).
 */
import { CITY_NAMES } from "../reference/cityNames";

const COUNTRIES: Array<[string, string]> = [
  [
    "CN",
    "china|pr china|p r china|prc|peoples republic of china|the peoples republic of china|中国|中華人民共和国|中华人民共和国|中國|китай|кнр",
  ],
  ["HK", "hong kong|hongkong|hk|hong kong sar|hksar|香港|ホンコン"],
  ["MO", "macau|macao|澳門|澳门|マカオ"],
  ["TW", "taiwan|roc|republic of china|台湾|臺灣|台灣|タイワン"],
  [
    "KP",
    "north korea|dprk|d p r k|dpr korea|democratic peoples republic of korea|朝鮮民主主義人民共和国|朝鲜|朝鮮|北朝鮮|조선민주주의인민공화국|кндр",
  ],
  ["KR", "south korea|republic of korea|rok|korea republic|大韓民国|韓国|韩国|대한민국|한국"],
  [
    "IR",
    "iran|ir iran|islamic republic of iran|i r of iran|the islamic republic of iran|イラン|イラン・イスラム共和国|イランイスラム共和国|伊朗|ایران|جمهوری اسلامی ایران|иран",
  ],
  [
    "RU",
    "russia|russian federation|the russian federation|ロシア|ロシア連邦|俄罗斯|俄羅斯|россия|российская федерация|рф",
  ],
  ["PK", "pakistan|islamic republic of pakistan|パキスタン|巴基斯坦|پاکستان"],
  [
    "AE",
    "uae|united arab emirates|the united arab emirates|アラブ首長国連邦|阿联酋|阿拉伯联合酋长国|الإمارات|الإمارات العربية المتحدة|الامارات|امارات",
  ],
  ["SY", "syria|syrian arab republic|シリア|叙利亚|سوريا|سورية|الجمهورية العربية السورية"],
  ["LB", "lebanon|レバノン|黎巴嫩|لبنان"],
  ["EG", "egypt|エジプト|埃及|مصر"],
  ["YE", "yemen|イエメン|也门|اليمن"],
  ["IN", "india|インド|印度"],
  ["IL", "israel|イスラエル|以色列"],
  ["AF", "afghanistan|アフガニスタン|阿富汗"],
  ["TR", "turkey|turkiye|トルコ|土耳其"],
  ["JP", "japan|日本|日本国"],
  ["BY", "belarus|ベラルーシ|белоруссия|беларусь"],
  ["SG", "singapore|シンガポール|新加坡"],
  ["MY", "malaysia|マレーシア|马来西亚"],
  ["TH", "thailand|タイ|泰国"],
  ["US", "usa|united states|united states of america|アメリカ|米国|美国"],
  ["DE", "germany|ドイツ|德国"],
];

/** Cities, provinces and districts, with their country. */
const CITIES: Array<[string, string]> = [
  [
    "CN",
    "beijing|shanghai|shenzhen|guangzhou|tianjin|chongqing|chengdu|wuhan|xian|xi an|nanjing|harbin|dalian|qingdao|hangzhou|suzhou|changsha|shenyang|changchun|dandong|ningbo|xiamen|hefei|zhengzhou|jinan|baotou|guilin|zibo|changzhou|sanming|fushun|liaoyang|mianyang|kunming|haidian|haidian district|chaoyang district|pudong|pudong new area|nanshan district|futian district|guangdong|guangdong province|sichuan|sichuan province|jiangsu|jiangsu province|zhejiang|zhejiang province|liaoning|liaoning province|hubei|hunan|shaanxi|shandong|heilongjiang|hebei|henan|fujian|anhui|jiangxi|yunnan|guizhou|gansu|jilin|inner mongolia|北京|北京市|上海|上海市|深圳|深圳市|广州|广州市|廣州|天津|天津市|重庆|重慶|成都|成都市|武汉|西安|南京|南京市|哈尔滨|哈爾浜|大连|大連|青岛|青島|杭州|苏州|丹东|丹東|广东省|広東省|四川省|江苏省|浙江省|辽宁省|湖北省|陕西省|山东省|黑龙江省|海淀区|朝阳区|浦东新区|南山区|ペキン|シャンハイ|シンセン|пекин|шанхай",
  ],
  [
    "HK",
    "kowloon|kwun tong|tsim sha tsui|wan chai|causeway bay|sheung wan|mong kok|kwai chung|new territories|九龍|九龙|灣仔|湾仔|尖沙咀|観塘|觀塘|荃灣",
  ],
  ["TW", "taipei|taipei city|new taipei|kaohsiung|taichung|hsinchu|台北|臺北|台北市|臺北市|新竹|高雄|台中"],
  [
    "KP",
    "pyongyang|pyongyang city|sosong district|central district|rason|nampo|hamhung|sinuiju|kanggye|chongjin|平壌|平壤|平壌市|羅先|南浦|咸興|ピョンヤン|평양",
  ],
  ["KR", "seoul|busan|incheon|daejeon|ソウル|서울|부산"],
  [
    "IR",
    "tehran|teheran|isfahan|esfahan|shiraz|tabriz|mashhad|karaj|qom|kish|kish island|ahvaz|kerman|yazd|bandar abbas|kashan|semnan|テヘラン|イスファハン|エスファハン|シラーズ|德黑兰|تهران|اصفهان|شیراز|тегеран",
  ],
  [
    "RU",
    "moscow|saint petersburg|st petersburg|petersburg|novosibirsk|yekaterinburg|ekaterinburg|kazan|tula|izhevsk|nizhny novgorod|samara|perm|ufa|omsk|chelyabinsk|rostov on don|krasnoyarsk|voronezh|moscow region|モスクワ|サンクトペテルブルク|莫斯科|москва|санкт петербург|новосибирск|екатеринбург|казань|тула|ижевск|московская область",
  ],
  ["PK", "islamabad|karachi|lahore|rawalpindi|peshawar|faisalabad|イスラマバード|カラチ|ラホール"],
  [
    "AE",
    "dubai|abu dhabi|sharjah|ajman|jebel ali|jebel ali free zone|jafza|ras al khaimah|fujairah|ドバイ|アブダビ|迪拜|دبي|أبوظبي|ابوظبي|الشارقة|عجمان|جبل علي",
  ],
  ["SY", "damascus|aleppo|homs|mezzeh|latakia|ダマスカス|アレッポ|دمشق|حلب|حمص|اللاذقية"],
  ["LB", "beirut|ベイルート|بيروت"],
  ["EG", "cairo|alexandria|カイロ|القاهرة|الإسكندرية"],
  ["YE", "sanaa|aden|サヌア|صنعاء|عدن"],
  ["JP", "tokyo|osaka|東京|東京都|大阪|大阪府"],
  ["BY", "minsk|ミンスク|минск"],
];

/** Place (normalised) → ISO alpha-2. */
export const PLACES = new Map<string, string>();
/**
 * The comparison key of cell-parts.ts for places and address words: lower case, full stops and apostrophes dropped,
 * other punctuation a space (NFKC first outside ASCII).
 */
export function placeKey(s: string): string {
  return /^[\x00-\x7f]*$/.test(s)
    ? s
        .toLowerCase()
        .replace(/['.]/g, "")
        .replace(/[^a-z0-9]+/g, " ")
        .trim()
    : s
        .normalize("NFKC")
        .toLowerCase()
        .replace(/['’.]/g, "")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
}
for (const [iso, names] of [...COUNTRIES, ...CITIES]) for (const n of names.split("|")) PLACES.set(n, iso);
// …and the cities the engine reads in destination cells and free text (reference/data/city-names.json), as the
// places of addresses written after a name ("KRL, Kahuta", "POF, Wah Cantt")
for (const [iso, names] of Object.entries(CITY_NAMES))
  for (const n of names) {
    const k = placeKey(n);
    if (k && !PLACES.has(k)) PLACES.set(k, iso);
  }

/** Words of street lines (normalised): kinds of street, building parts, boxes, districts, postcodes. */
export const ADDRESS_WORDS_LATIN = new Set<string>(
  (
    "no number nr road rd street st avenue ave av boulevard blvd lane ln way drive dr square sq highway hwy expressway " +
    "building bldg bld mansion block blk floor fl f room rm unit suite ste flat " +
    "plot lot sector phase area zone freezone district dist county province prov city town " +
    "village region state oblast krai raion rayon po box pob pobox postal postcode zip code sec section alley ally " +
    "ul ulitsa prospekt prospect pr pereulok per shosse naberezhnaya d dom kv korpus str stroenie g gorod " +
    "ул улица пр проспект пер переулок ш шоссе наб набережная д дом кв корп корпус стр строение г город обл область р н район " +
    "xueyuan zhongshan renmin jianguo chang an keji nathan azadi valiasr enghelab shariati chaharbagh mall nevsky leninsky lenina tverskaya " +
    "tehran north south east west n s e w gate " +
    // romanised Korean and Japanese address units (Kangan 2-dong, Sosong-guyok, Haeju-si, 2-chome, Minato-ku)
    "dong gu guyok kuyok ri ro gil si gun kun myeon myon eup up chome cho machi ku shi ken"
  ).split(/\s+/),
);

/** Leading Han/kana address: country, province, city, district, road and number, in any combination. */
export const HAN_ADDRESS_PREFIX =
  /^(?:中国|中華人民共和国|中华人民共和国|中國|朝鮮民主主義人民共和国|北朝鮮|イラン(?:・イスラム共和国)?|ロシア(?:連邦)?|香港|台湾|臺灣)?(?:[\u4e00-\u9fff]{2,4}?[省州道](?!路))?(?:[\u4e00-\u9fff]{1,4}?[市都])?(?:[\u4e00-\u9fff]{1,4}?(?:新区|区域|区|區|县|縣|郡))?(?:[\u4e00-\u9fff]{1,6}?(?:路|街|道|大街|大道)(?:[一二三四五六七八九十]段)?(?:\d+(?:号|號|番地?))?)?(?:[\u4e00-\u9fff]{0,4}?(?:科技园|科技園|工业园|工業園|开发区|開発区|园区|村|镇|鎮)(?:区|區)?)?(?:\d+(?:号|號|栋|棟|楼|樓|階|室))*/;

/** Han words that end an organisation's name: what follows is a unit of it (学院, 系, 实验室, 分公司 …). */
export const HAN_ORG_ENDINGS = [
  "大学",
  "大學",
  "研究所",
  "研究院",
  "科学院",
  "科學院",
  "有限公司",
  "股份有限公司",
  "有限責任公司",
  "有限责任公司",
  "集团公司",
  "集團公司",
  "集団公司",
  "会社",
  "總公司",
  "总公司",
];

/** A Latin segment that names a unit (normalised text): School of …, Department of …, State Key Laboratory of … */
export const UNIT_HEADS_LATIN =
  /^(school|college|faculty|department|dept|division|state key laboratory|key laboratory|national key laboratory|laboratory|lab|research group|purchasing dept|purchasing department|procurement department|sales department|import department|export department|international cooperation office|graduate school)\b/;
/** …or ends like one: Shanghai Branch, Sales Department, Procurement Office, Laser Research Lab. */
export const UNIT_TAILS_LATIN =
  /\b(branch|branch office|sales department|sales dept|procurement office|purchasing office|representative office( in [a-z ]+)?|liaison office|head office|office|research lab|laboratory|lab)$/;

/** Segments that name a contact person (Attn:, c/o, Contact:, Mr., Dr. …). */
export const CONTACT_MARKERS_LATIN =
  /^(attn|attention|c\/o|care of|in care of|contact( person)?|tel|telephone|phone|fax|e-?mail|mob|mobile|mr|mrs|ms|dr|prof)\b\.?:?/i;
export const CONTACT_MARKERS_HAN =
  /^(联系人|聯繫人|联络人|担当者?|御中|收件人|ご担当|電話|电话|傳真|传真|TEL(?![A-Za-z])|FAX(?![A-Za-z]))/;
