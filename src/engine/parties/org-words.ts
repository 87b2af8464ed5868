/**
 * Organisation words and their abbreviations across languages (issue 10, point 2), as data: one row per concept,
 * with the English key the matcher compares on and the ways invoices and counterparts write it.
 *  - `abbr`: English abbreviations seen on invoices and shipping documents (Univ., Inst., Mfg., Imp. & Exp. …),
 *    after the matcher's normalisation (lower case, full stops and apostrophes removed: Nat'l → natl);
 *  - `pinyin`: Hanyu Pinyin of the Chinese word as Chinese firms write it in Latin letters (Keji Youxian Gongsi);
 *  - `ru`: Russian, as any-ascii transliterates it (университет → universitet);
 *  - `ko`: Korean Hangul (South and North Korean usage: 무역 trading, 총회사 general corporation);
 *  - `fa`: Persian (and Arabic) words in Arabic script;
 *  - `ja`: Japanese kanji/katakana used for foreign organisations (ハルビン工業大学); each may read as several English
 *    phrases (工業大学: Polytechnical University, Institute of Technology …).
 * Sources: the abbreviations follow common English business usage (e.g. the abbreviation lists of ISO 4 /
 * LTWA for Univ., Inst., Acad., Sci., Technol.; shipping practice for Imp. & Exp., Mfg., Trdg.); the pinyin,
 * Korean, Persian and Russian words are the standard dictionary words for each concept (checked against the
 * names on METI's End User List 2025-09-29, whose English and native forms pair them, e.g. Sazemane Sanaye Hava
 * Faza / Aerospace Industries Organization, Chayon Kwahak-Won / Academy of Natural Sciences). Written for this
 * project, as of 2026-12-01.
 */

export interface OrgWord {
  /** English key(s) the matcher compares on (space-separated words). */
  en: string;
  abbr?: string[];
  pinyin?: string[];
  ru?: string[];
  ko?: string[];
  fa?: string[];
}

export const ORG_WORDS: OrgWord[] = [
  {
    en: "university",
    abbr: ["univ", "universty"],
    pinyin: ["daxue"],
    ru: ["universitet"],
    ko: ["대학", "대학교", "종합대학"],
    fa: ["دانشگاه", "جامعة"],
  },
  {
    en: "institute",
    abbr: ["inst", "instt"],
    pinyin: ["yanjiusuo"],
    ru: ["institut"],
    ko: ["연구소", "연구원"],
    fa: ["موسسه", "مؤسسه", "پژوهشگاه", "معهد", "المعهد"],
  },
  {
    en: "academy",
    abbr: ["acad"],
    pinyin: ["kexueyuan"],
    ru: ["akademiya", "akademii"],
    ko: ["과학원", "원"],
    fa: ["آکادمی", "فرهنگستان"],
  },
  {
    en: "science",
    abbr: ["sci", "scien"],
    pinyin: ["kexue"],
    ru: ["nauk", "nauchnyy"],
    ko: ["과학"],
    fa: ["علم", "علوم", "العلوم"],
  },
  {
    en: "technology",
    abbr: ["tech", "techs", "technol", "tecnologia"],
    pinyin: ["keji", "jishu"],
    ru: ["tekhnologii", "tekhnologiya"],
    ko: ["기술"],
    fa: ["تکنولوژی", "فناوری", "فن آوری", "التكنولوجيا", "والتكنولوجيا"],
  },
  { en: "national", abbr: ["natl"], pinyin: ["guojia"], ru: ["natsionalnyy"], ko: ["국가"], fa: ["ملی", "الوطنية"] },
  {
    en: "international",
    abbr: ["intl", "internatl"],
    pinyin: ["guoji"],
    ru: ["mezhdunarodnyy"],
    ko: ["국제"],
    fa: ["بین المللی", "بین‌المللی", "الدولية"],
  },
  { en: "corporation", abbr: ["corpn"] },
  { en: "general corporation", ko: ["총회사"] },
  { en: "university technology", fa: ["دانشگاه صنعتی"] },
  { en: "manufacturing", abbr: ["mfg", "mfrs", "manuf", "mfr"], pinyin: ["zhizao"], ko: ["제작"], fa: ["سازی", "ساز"] },
  {
    en: "engineering",
    abbr: ["eng", "engg", "engrg"],
    pinyin: ["gongcheng"],
    ko: ["공학"],
    fa: ["مهندسی", "الهندسية"],
  },
  { en: "import", abbr: ["imp"], pinyin: ["jinkou"], ko: ["수입"] },
  { en: "export", abbr: ["exp"], pinyin: ["chukou"], ko: ["수출"] },
  { en: "import export", pinyin: ["jinchukou"], ko: ["수출입"] },
  { en: "department", abbr: ["dept"], ko: ["부"] },
  {
    en: "research",
    abbr: ["rsch"],
    pinyin: ["yanjiu"],
    ru: ["issledovatelskiy"],
    ko: ["연구"],
    fa: ["تحقیقات", "پژوهش", "البحوث", "والبحوث"],
  },
  { en: "center", abbr: ["ctr", "cntr"], ru: ["tsentr", "centr"], ko: ["센터", "쎈터"], fa: ["مرکز", "مركز"] },
  {
    en: "industry",
    abbr: ["ind", "inds", "indl", "indus", "industr"],
    pinyin: ["gongye", "shiye"],
    ru: ["promyshlennost"],
    ko: ["공업", "산업"],
    fa: ["صنایع", "صنعتی", "صنعت", "للصناعات", "الصناعات"],
  },
  {
    en: "electronic",
    abbr: ["elec", "electr"],
    pinyin: ["dianzi"],
    ru: ["elektronika", "elektronnyy"],
    ko: ["전자"],
    fa: ["الکترونیک", "الکترونیکی", "الإلكترونية"],
  },
  {
    en: "laboratory",
    abbr: ["lab", "labs", "labo"],
    pinyin: ["shiyanshi"],
    ru: ["laboratoriya"],
    ko: ["실험실"],
    fa: ["آزمایشگاه"],
  },
  {
    en: "development",
    abbr: ["dev", "devt", "devel"],
    pinyin: ["fazhan", "kaifa"],
    ru: ["razvitiya"],
    ko: ["개발", "발전"],
    fa: ["توسعه"],
  },
  { en: "company", abbr: ["cmpy", "compy"], ko: ["회사"], fa: ["شرکت", "الشركة", "شركة"] },
  { en: "information", abbr: ["info", "infor"], pinyin: ["xinxi"], ko: ["정보"], fa: ["اطلاعات"] },
  {
    en: "trading",
    abbr: ["trdg", "trdng"],
    pinyin: ["maoyi", "shangmao"],
    ru: ["torgovyy"],
    ko: ["무역"],
    fa: ["بازرگانی", "تجارت", "تجاری"],
  },
  { en: "general", abbr: ["gen", "genl"], ko: ["총"], fa: ["عمومی", "العامة"] },
  { en: "association", abbr: ["assn", "assoc", "asso"], pinyin: ["xiehui"], ko: ["협회", "연합"], fa: ["انجمن"] },
  { en: "machinery", abbr: ["machy"], pinyin: ["jixie"], ko: ["기계"], fa: ["ماشین آلات", "ماشین‌سازی"] },
  { en: "equipment", abbr: ["equip", "eqpt"], pinyin: ["shebei"], ko: ["설비"], fa: ["تجهیزات"] },
  { en: "aeronautical", abbr: ["aeronaut", "aeron"], pinyin: ["hangkong"], ko: ["항공"], fa: ["هوایی", "هوانوردی"] },
  { en: "polytechnic", abbr: ["polytech", "polytechn"] },
  { en: "group", abbr: ["grp"], pinyin: ["jituan"], ru: ["gruppa"], ko: ["그룹"], fa: ["گروه", "مجموعه"] },
  { en: "system", abbr: ["sys", "syst"], pinyin: ["xitong"], ko: ["시스템"], fa: ["سیستم", "سامانه"] },
  { en: "communication", abbr: ["comms", "commun"], ko: ["통신"], fa: ["ارتباطات", "مخابرات"] },
  { en: "material", abbr: ["matl", "matls"], pinyin: ["cailiao"], ko: ["재료"], fa: ["مواد"] },
  { en: "composite", pinyin: ["fuhe"], fa: ["کامپوزیت"] },
  { en: "chemical", abbr: ["chem"], pinyin: ["huagong", "huaxue"], ko: ["화학"], fa: ["شیمیایی", "شیمی"] },
  { en: "bank", pinyin: ["yinhang"], ko: ["은행"], fa: ["بانک", "بنك"] },
  { en: "shipping", ko: ["해운"], fa: ["کشتیرانی"] },
  { en: "commercial", pinyin: ["shangye"], ko: ["상업"], fa: ["تجاری"] },
  { en: "organization", abbr: ["orgn"], ko: ["기구"], fa: ["سازمان", "المؤسسة", "منظمة"] },
  { en: "committee", abbr: ["cttee"], pinyin: ["weiyuanhui"], ko: ["위원회"], fa: ["کمیته", "لجنة"] },
  { en: "general bureau", ko: ["총국"] },
  { en: "bureau", ko: ["국"], fa: ["اداره"] },
  { en: "administration", ko: ["국", "관리국"] },
  { en: "general trading", ko: ["총무역"] },
  { en: "munitions", ko: ["군수"] },
  { en: "reconnaissance", ko: ["정찰"] },
  { en: "economic", abbr: ["econ"], pinyin: ["jingji"], ko: ["경제"], fa: ["اقتصادی"] },
  { en: "aerospace", pinyin: ["hangtian"], ko: ["우주", "항공우주"], fa: ["هوافضا", "هوا فضا"] },
  { en: "defense", pinyin: ["guofang"], ko: ["국방"], fa: ["دفاع", "دفاعی"] },
  { en: "complex", ko: ["련합기업소", "연합기업소"], fa: ["مجتمع", "مجموعه"] },
  { en: "services", ko: ["봉사"], fa: ["خدمات"] },
  { en: "marine", ko: ["해양"], fa: ["دریایی"] },
  { en: "optic", fa: ["اپتیک"] },
  { en: "energy", ko: ["에네르기", "에너지"], fa: ["انرژی"] },
  { en: "atomic", ko: ["원자력"], fa: ["اتمی"] },
  { en: "central", ko: ["중앙"], fa: ["مرکزی"] },
  { en: "credit", ko: ["신용"] },
  { en: "banking", ko: ["금융"] },
  { en: "mining", ko: ["광업"] },
  { en: "korea", ko: ["조선"] },
  { en: "air", ko: ["항공"] },
  { en: "united", ko: ["통일"] },
  // Korean words of North Korean bodies' names that the table lacked (third session)
  { en: "iron works", ko: ["제철소", "제강소"] },
  { en: "factory", ko: ["공장"] },
  { en: "hospital", ko: ["병원"] },
  { en: "motor", ko: ["자동차"] },
  { en: "joint venture", ko: ["합영", "합작"] },
  { en: "engine", ko: ["원동기"] },
  { en: "trust", ko: ["신탁"] },
  { en: "electric", ko: ["전기"] },
  { en: "foreign trade", ko: ["대외무역"] },
  { en: "shipbuilding", ko: ["조선소"] },
  { en: "complex", ko: ["기업소"] },
  // Korean words of listed North Korean bodies (fourth session), each checked against the entry's English name and
  // the Han form the list gives beside it (黄海製鉄連合企業所 Hwanghai Steel Union, 朝鮮赤十字病院 Korea Red Cross
  // Hospital, 朝鮮柳城商社 Korea Ryusong Co., Ltd., 原子力工業省 Ministry of Atomic Energy Industry …)
  { en: "steel", ko: ["제철"] },
  { en: "union", ko: ["련합기업소", "연합기업소", "련합", "연합"] },
  { en: "foreign trade bank", ko: ["무역은행"] },
  { en: "computer", ko: ["콤퓨터", "컴퓨터"] },
  { en: "co operation", ko: ["협력"] },
  { en: "red cross", ko: ["적십자"] },
  { en: "company", ko: ["상사"] },
  { en: "zinc", ko: ["아연"] },
  { en: "space", ko: ["우주공간"] },
  { en: "industry ministry", ko: ["공업성"] },
  { en: "rocket", ko: ["로케트", "로켓"] },
  { en: "national defense college", ko: ["국방대학"] },
  { en: "natural sciences", ko: ["자연과학"] },
  { en: "heavy machinery", ko: ["중기계"] },
  { en: "nuclear", ko: ["원자력"] },
  { en: "transport", ko: ["운수"] },
  { en: "first", ko: ["제일"] },
  { en: "health", ko: ["보건"] },
  { en: "food", ko: ["식품", "식료"] },
  { en: "construction", ko: ["건설"] },
  { en: "external", ko: ["대외"] },
  { en: "complex", ko: ["종합"] },
  { en: "city", ko: ["도시"] },
  { en: "road", ko: ["도로"] },
  { en: "office", ko: ["사업소"] },
  { en: "telephone exchange", ko: ["전화교환국"] },
  { en: "maternity hospital", ko: ["산원"] },
  { en: "friendship", ko: ["친선"] },
  { en: "glass", ko: ["유리"] },
  { en: "rubber", ko: ["고무"] },
  { en: "technical university", ko: ["기술대학"] },
  { en: "academy of national defense science", ko: ["국방과학원"] },
  // North Korean places as the list writes them (McCune–Reischauer), cut out of a run like organisation words
  { en: "pyongyang", ko: ["평양"] },
  { en: "pyongyang", ko: ["평양시"] },
  { en: "nampho", ko: ["남포"] },
  { en: "hamhung", ko: ["함흥"] },
  { en: "chongjin", ko: ["청진"] },
  { en: "sinuiju", ko: ["신의주"] },
  { en: "rason", ko: ["라선"] },
  { en: "kaesong", ko: ["개성"] },
  { en: "wonsan", ko: ["원산"] },
  { en: "haeju", ko: ["해주"] },
  { en: "kanggye", ko: ["강계"] },
  { en: "hyesan", ko: ["혜산"] },
  { en: "tanchon", ko: ["단천"] },
  { en: "yongbyon", ko: ["영변", "녕변"] },
  // second renderings (script-readings.ts reads the first, then these): 공업 in 김책공업종합대학 is "of Technology"
  { en: "technology", ko: ["공업"] },
  { en: "mechanic", fa: ["مکانیک"] },
  { en: "islamic", fa: ["اسلامی"] },
  { en: "revolutionary", fa: ["انقلاب"] },
  { en: "guard", fa: ["پاسداران"] },
  { en: "corps", fa: ["سپاه"] },
  { en: "iran", fa: ["ایران"] },
  { en: "tehran", fa: ["تهران"] },
  { en: "isfahan", fa: ["اصفهان"] },
  { en: "shiraz", fa: ["شیراز"] },
  { en: "aircraft", fa: ["هواپیما", "هواپیماسازی"] },
  { en: "studies", fa: ["الدراسات"] },
  { en: "scientific", fa: ["العلمية"] },
  { en: "applied", fa: ["التطبيقية"] },
  { en: "higher", fa: ["العالي"] },
  { en: "syrian arab", fa: ["العربية السورية"] },
  // Russian words of the End User List's Russian names (as any-ascii transliterates the Cyrillic), third session
  { en: "ministry", ru: ["ministerstvo", "ministerstva"] },
  { en: "defence", ru: ["oborony", "oboronnyy", "oboronnaya"] },
  { en: "helicopters", ru: ["vertolety", "vertolety"] },
  { en: "russian", ru: ["rossii", "rossiyskoy", "rossiyskaya", "rossiyskiy"] },
  { en: "federation", ru: ["federatsii", "federatsiya"] },
  { en: "aircraft", ru: ["aviastroitelnaya", "aviatsionnyy"] },
  { en: "plant", ru: ["zavod", "zavoda"] },
  { en: "design", ru: ["konstruktorskoe", "konstruktorskoye"] },
  { en: "bureau", ru: ["byuro"] },
  { en: "central", ru: ["tsentralnoe", "tsentralnyy"] },
  { en: "scientific", ru: ["nauchno", "nauchnyy", "nauchnoe"] },
  { en: "production", ru: ["proizvodstvennoe", "proizvodstvennoye", "proizvodstvennyy"] },
  { en: "association", ru: ["obedinenie", "obyedinenie"] },
  { en: "state", ru: ["gosudarstvennyy", "gosudarstvennoe", "gosudarstvennaya"] },
  // ordinals written with digits read as the words (2nd Academy / Second Academy; 7th of Tir / Seventh of Tir)
  { en: "first", abbr: ["1st"] },
  { en: "second", abbr: ["2nd"] },
  { en: "third", abbr: ["3rd"] },
  { en: "fourth", abbr: ["4th"] },
  { en: "fifth", abbr: ["5th"] },
  { en: "sixth", abbr: ["6th"] },
  { en: "seventh", abbr: ["7th"] },
  { en: "eighth", abbr: ["8th"] },
  { en: "ninth", abbr: ["9th"] },
  { en: "tenth", abbr: ["10th"] },
  // Arabic business words (third session): the stems; the article and the prefixes li-, bi-, wa- are taken off by
  // script-readings.ts (للتجارة, والاستيراد). Standard dictionary words, checked against the Arabic names of
  // Syrian, Lebanese, Emirati and Egyptian companies as they write them (e.g. ... للتجارة العامة ذ.م.م for
  // "... General Trading LLC").
  { en: "trading", fa: ["تجارة", "التجارية", "تجارية"] },
  { en: "general", fa: ["عامة", "عام"] },
  { en: "group", fa: ["مجموعة"] },
  { en: "organization", fa: ["مؤسسة", "هيئة", "تنظيم"] },
  { en: "factory", fa: ["مصنع", "معمل", "کارخانه", "كارخانه"] },
  { en: "industry", fa: ["صناعات", "صناعة", "صناعية"] },
  { en: "electronic", fa: ["إلكترونيات", "الكترونيات", "إلكترونية", "الكترونية"] },
  { en: "chemical", fa: ["كيماويات", "كيميائية", "كيمياويات"] },
  { en: "speciality", fa: ["متخصصة"] },
  { en: "international", fa: ["دولي", "دولية"] },
  { en: "transport", fa: ["نقل", "حمل و نقل"] },
  { en: "import", fa: ["استيراد", "واردات"] },
  { en: "export", fa: ["تصدير", "صادرات"] },
  { en: "development", fa: ["تنمية", "تطوير"] },
  { en: "investment", fa: ["استثمار", "سرمایه گذاری"] },
  { en: "advanced", fa: ["متطورة", "متقدمة", "پیشرفته"] },
  { en: "developed", fa: ["متطورة"] },
  { en: "technology", fa: ["تقنية", "تكنولوجيا"] },
  { en: "information", fa: ["معلومات"] },
  { en: "cars", fa: ["سيارات", "خودرو"] },
  { en: "land", fa: ["بري"] },
  { en: "wholesale", fa: ["جملة"] },
  { en: "laboratory", fa: ["مختبر", "مخبر"] },
  { en: "office", fa: ["مكتب", "دفتر"] },
  { en: "syrian", fa: ["سورية", "السوري", "سوري"] },
  { en: "arab", fa: ["عربية", "العربي", "عربي"] },
  { en: "emirates", fa: ["الإمارات", "امارات"] },
  // Persian words of the End User List's Iranian names that the table lacked (third session)
  { en: "electric", fa: ["الکتریک", "الکتریکی", "برق"] },
  { en: "comprehensive", fa: ["جامع"] },
  { en: "science and technology", fa: ["علم و صنعت"] },
  { en: "aviation", fa: ["هوایی", "هواپیمایی"] },
  { en: "nuclear", fa: ["هسته ای", "هسته‌ای", "نووية"] },
  { en: "missile", fa: ["موشکی", "موشک", "صواريخ"] },
  { en: "metal", fa: ["فلزات", "فلزی", "معادن", "معدنية"] },
  { en: "steel", fa: ["فولاد", "الصلب"] },
  { en: "petrochemical", fa: ["پتروشیمی"] },
  { en: "navigation", fa: ["ناوبری"] },
  { en: "laser", fa: ["لیزر"] },
  // Persian and Arabic words of more listed Iranian and Syrian names (fourth session), each checked against the
  // entry's English name: Iran Saffron Company, Ministry of Defense and Armed Forces Logistics, Passive Defense
  // Organization, Armament Industries Group, Cruise Missile Industry Group, Iran Aircraft Industries, Armed Forces
  // Geographical Organisation, Iran Composites Institute, National Standards and Calibration Laboratory, Mechanical
  // Construction Factory, Army Supply Bureau, Industrial Establishment of Defense, Organisation for Technological
  // Industries
  { en: "saffron", fa: ["زعفران"] },
  { en: "yazd", fa: ["یزد"] },
  { en: "ministry", fa: ["وزارت", "وزارة"] },
  { en: "logistics", fa: ["پشتیبانی"] },
  { en: "armed forces", fa: ["نیروهای مسلح", "القوات المسلحة"] },
  // (نیروی "force of"; نیرو alone is often a name: Niru Battery Manufacturing Company)
  { en: "force", fa: ["نیروی"] },
  { en: "battery", fa: ["باتری"] },
  { en: "qods", fa: ["قدس"] },
  { en: "irgc", fa: ["سپاه پاسداران", "سپاه"] },
  { en: "innovation", fa: ["نوین"] },
  { en: "passive defense", fa: ["پدافند غیرعامل", "پدافند غیر عامل"] },
  { en: "defense", fa: ["پدافند", "دفاعية", "الدفاعية"] },
  { en: "armament", fa: ["تسلیحات", "تسلیحاتی"] },
  { en: "missile", fa: ["موشک‌های", "موشکهای", "موشک های"] },
  { en: "cruise", fa: ["کروز"] },
  { en: "aircraft", fa: ["هواپیمایی"] },
  { en: "air", fa: ["هوایی"] },
  { en: "medical", fa: ["پزشکی"] },
  { en: "geographical", fa: ["جغرافیایی"] },
  { en: "institute", fa: ["پژوهشکده"] },
  { en: "technic", fa: ["تکنیک"] },
  { en: "control", fa: ["کنترل"] },
  { en: "centrifuge", fa: ["سانتریفیوژ", "سانتریفیوج"] },
  { en: "metallurgy", fa: ["متالورژی"] },
  { en: "ammunition", fa: ["مهمات"] },
  { en: "national", fa: ["وطني", "الوطني"] },
  { en: "standards", fa: ["معايير", "المعايير"] },
  { en: "calibration", fa: ["معايرة", "المعايرة"] },
  { en: "construction", fa: ["إنشاءات", "الإنشاءات", "انشاءات"] },
  { en: "mechanical", fa: ["ميكانيكية", "الميكانيكية"] },
  { en: "metallic", fa: ["معدنية", "المعدنية"] },
  { en: "supply", fa: ["إمداد", "امداد", "تموين"] },
  { en: "army", fa: ["جيش", "الجيش"] },
  { en: "technological", fa: ["تكنولوجية", "التكنولوجية"] },
  { en: "establishment", fa: ["مؤسسة", "المؤسسة"] },
  // English business words as Arabic-script names write them (loanwords, as in the Arabic names of Emirati and
  // Lebanese firms: فيوتشر ترندز إنترناشيونال Future Trends International); fourth session
  { en: "tech", fa: ["تك", "تيك", "تک"] },
  { en: "technologies", fa: ["تكنولوجيز", "تكنولوجيس", "تکنولوژیز"] },
  { en: "business", fa: ["بيزنس", "بیزینس"] },
  { en: "lab", fa: ["لاب"] },
  { en: "international", fa: ["إنترناشيونال", "انترناشيونال", "انترناشونال", "اینترنشنال"] },
  { en: "trends", fa: ["ترندز"] },
  { en: "future", fa: ["فيوتشر", "فیوچر"] },
  { en: "top", fa: ["توب"] },
  { en: "group", fa: ["جروب", "غروب", "گروپ"] },
  { en: "systems", fa: ["سيستمز", "سیستمز"] },
  { en: "solutions", fa: ["سوليوشنز"] },
  { en: "electronics", fa: ["إلكترونيكس", "الكترونيكس"] },
  { en: "media", fa: ["ميديا", "مدیا"] },
  { en: "smart", fa: ["سمارت", "اسمارت"] },
  { en: "global", fa: ["جلوبال", "غلوبال", "گلوبال"] },
  { en: "star", fa: ["ستار"] },
  { en: "golden", fa: ["جولدن", "غولدن", "گلدن"] },
  { en: "digital", fa: ["ديجيتال", "دیجیتال"] },
  { en: "services", fa: ["سيرفيسز"] },
  { en: "holding", fa: ["هولدينج", "هولدينغ", "هلدینگ"] },
  { en: "power", fa: ["باور"] },
];

let orgKeys: Set<string> | undefined;
/** Han words that name an organisation (folded forms are what the analyser gives). */
const HAN_ORG =
  /(大学|大學|学院|學院|研究所|研究院|科学院|科學院|公司|会社|會社|集团|集團|集団|银行|銀行|工厂|工場|工廠|中心|委员会|委員会)/;

/**
 * Whether an analysed name reads as an organisation rather than a person: it has a legal form (Co., Ltd.,
 * 株式会社 …) or an organisation word of ORG_WORDS (university, trading, industry, group …).
 */
export function readsAsOrganisation(a: {
  core: Array<{ key: string; script: string }>;
  legalFamilies: string[];
}): boolean {
  if (a.legalFamilies.length > 0) return true;
  if (!orgKeys) {
    orgKeys = new Set<string>();
    for (const w of ORG_WORDS) for (const k of w.en.split(" ")) orgKeys.add(k);
    for (const k of ["trading", "industry", "group", "company", "holding", "enterprise", "factory", "plant", "works"])
      orgKeys.add(k);
    for (const k of ["korea", "iran", "tehran", "isfahan", "shiraz", "air", "united", "central", "islamic", "guard"])
      orgKeys.delete(k);
    // English loanwords of Arabic-script names that name no kind of organisation ("Korval Star" is a ship's name)
    for (const k of [
      "star",
      "golden",
      "future",
      "trends",
      "top",
      "smart",
      "global",
      "digital",
      "media",
      "power",
      "tech",
    ])
      orgKeys.delete(k);
  }
  for (const t of a.core) {
    if (t.script === "han" ? HAN_ORG.test(t.key) : orgKeys.has(t.key)) return true;
  }
  return false;
}

/** A personal title or honorific that marks a cell as a person's name (Mr. Ivan Petrov, 山田太郎様). */
const PERSON_TITLE = /^\s*(mr|mrs|ms|miss|dr|prof|herr|frau|mme|m|gospodin|господин|госпожа|г-н|г-жа)\.?\s+\S/i;
const PERSON_HONORIFIC = /(様|殿|氏|さん|先生|님|씨)\s*$/;

/**
 * Whether a cell reads as a person: a personal title before the name or a Japanese/Korean honorific after it, and
 * nothing that reads as an organisation (the reverse of `readsAsOrganisation`: such a cell does not match an SDN
 * entity, vessel or aircraft).
 */
export function readsAsPerson(
  raw: string,
  a: { core: Array<{ key: string; script: string }>; legalFamilies: string[] },
): boolean {
  const s = raw.normalize("NFKC");
  return (PERSON_TITLE.test(s) || PERSON_HONORIFIC.test(s)) && !readsAsOrganisation(a);
}

/** Pinyin legal forms (Chinese firms' Latin names): the legal-form family the matcher uses for each. */
export const PINYIN_LEGAL_FORMS: Array<[string, string]> = [
  ["gufen youxian gongsi", "ltd"],
  ["youxian zeren gongsi", "llc"],
  ["youxian gongsi", "ltd"],
  ["zong gongsi", "corp"],
];

/** Latin spelling (abbreviation, pinyin, Russian transliteration) → English key, derived from ORG_WORDS. */
export function latinOrgSynonyms(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of ORG_WORDS) for (const s of [...(w.abbr ?? []), ...(w.pinyin ?? []), ...(w.ru ?? [])]) out[s] ??= w.en;
  return out;
}

/**
 * Hangul or Arabic-script word → every English key the table gives it, in table order (항공: aeronautical, air;
 * 공업: industry, technology; 국: bureau, administration).
 */
export function scriptOrgAlternatives(field: "ko" | "fa"): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of ORG_WORDS)
    for (const s of w[field] ?? []) {
      const l = out.get(s);
      if (!l) out.set(s, [w.en]);
      else if (!l.includes(w.en)) l.push(w.en);
    }
  return out;
}

/** Hangul or Arabic-script word → English key (longest words first when cutting a run). */
export function scriptOrgWords(field: "ko" | "fa"): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of ORG_WORDS) for (const s of w[field] ?? []) if (!out.has(s)) out.set(s, w.en);
  return out;
}
