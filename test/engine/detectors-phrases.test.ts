/**
 * Red-flag detectors read phrases and languages (issue 9 point 5) and the military/defence-body recogniser (point 4):
 * for each, a table of at least 20 positive and 20 negative phrasings written in the style of real order sheets,
 * pro-forma invoices and end-use statements. Each positive row raises its flag from the data; each negative row,
 * changed in that one field from the clean baseline, raises nothing.
 */
import { findMilitaryBody } from "../../src/engine/redflags/military";
import { MILITARY_LANGUAGES } from "../../src/engine/reference/vocabulary";
import rfVocab from "../../src/engine/reference/data/redflag-vocabulary.json";
import milVocab from "../../src/engine/reference/data/military-vocabulary.json";
import currencies from "../../src/engine/reference/data/currencies.json";
import type { OrderRow } from "../../src/engine";
import { cleanRow, codes, flagCodes, run } from "./helpers";

const flags = (over: OrderRow) => flagCodes(run(cleanRow(over)));

function table(name: string, code: string, field: keyof OrderRow, pos: string[], neg: string[], extra: OrderRow = {}) {
  describe(`${code} ${name}`, () => {
    it(`has at least 20 positive and 20 negative phrasings (${pos.length}/${neg.length})`, () => {
      expect(pos.length).toBeGreaterThanOrEqual(20);
      expect(neg.length).toBeGreaterThanOrEqual(20);
    });
    test.each(pos)(`raises ${code}: %p`, (v) => {
      expect(flags({ ...extra, [field]: v })).toContain(code);
    });
    test.each(neg)(`does not raise ${code}: %p`, (v) => {
      expect(flags({ ...extra, [field]: v })).not.toContain(code);
    });
  });
}

table(
  "generic end use in a sentence",
  "RF01",
  "end_use",
  [
    "Goods are for resale in the domestic market",
    "For stock purposes at our Shenzhen warehouse",
    "General purpose use",
    "Will be used in various applications",
    "Various industries, as per customer requirement",
    "Trading purposes only",
    "Inventory replenishment for Q3",
    "For distribution to our dealers",
    "End use: to be advised by the end customer",
    "Multiple applications in the plant",
    "The end use is confidential",
    "一般用途として使用",
    "在庫用（販売店向け）",
    "転売目的",
    "用途未定のため後日連絡",
    "各種用途に使用予定",
    "用于多种用途",
    "库存备货",
    "贸易用途",
    "재판매용 재고",
    "Para reventa en el mercado local",
    "Uso geral na fábrica",
    "Для перепродажи",
    "For onward sale to customers in the region",
    // stock, resale and unknown end users inside a sentence, in several languages
    "Stock for our distributor network in Java",
    "Parts for dealer stock, end customers not known at this stage",
    "Unknown end user",
    "The end customer is not yet identified",
    "For various industrial purposes",
    "Used in a wide range of applications",
    "Buyer will advise the end use in due course",
    "Will be advised by the importer",
    "Details to follow after order confirmation",
    "エンドユーザー未定（代理店在庫）",
    "用途は後日連絡",
    "最终用户暂不清楚",
    "库存及分销",
    "재고 보충용, 최종 사용자 미정",
    "Para stock del distribuidor",
    "Usuario final por definir",
    "Para estoque do revendedor",
    "Pour revente, client final inconnu",
    "Lagerware für Händler",
    "Для дистрибьютора, конечный пользователь неизвестен",
    "Stok için, son kullanıcı belirsiz",
    "Untuk dijual kembali ke pelanggan",
    "Tồn kho để bán lại",
    "End-user information will be provided after delivery",
    "Customer did not tell us the application",
    "Buyer declined to name the end user",
    "顧客から用途の説明なし",
    "最终用户尚未确定",
    "Конечный пользователь будет определен позже",
  ],
  [
    "Turning bicycle hub shells in the customer's own factory",
    "Machining of aluminium wheel rims for passenger cars",
    "Replacement spindle for the existing lathe line 3",
    "Quality inspection of PCB assemblies at the Penang plant",
    "Grinding of bearing races, 6200 series",
    "Used in a university teaching laboratory (mechanical engineering)",
    "Production of dental implants (titanium)",
    "Drilling of cylinder heads for motorcycle engines",
    "Measuring the output of solar inverters in R&D",
    "Cutting stainless steel sheet for kitchen equipment",
    "Generalized maintenance of the customer's injection moulds",
    "Stocker robot calibration in the automotive paint shop",
    "自社工場での自転車部品の旋削加工",
    "医療機器用部品の研削",
    "大学の教育用実験室で使用",
    "半导体封装测试生产线",
    "汽车零部件加工（发动机缸体）",
    "반도체 검사 장비용",
    "Mecanizado de piezas para bombas de agua",
    "Usinagem de peças automotivas",
    "Обработка деталей насосов на собственном заводе",
    "Restocking is not applicable: the machine goes to line 2",
    // generic-looking words that are specific in their context
    "Turning of bar stock into hydraulic fittings",
    "Overhaul of rolling stock bogies at the metro depot",
    "Stock removal on turbine blades before coating",
    "Preparing stock solutions in the QC laboratory",
    "Analysis of unknown samples in the customer's QC lab",
    "Open-loop control tests of the customer's servo motors",
    "Replacement after many years of use on line 4",
    "Application: valve bodies for the customer's excavators",
    "Users are the plant's own maintenance engineers",
    "在庫管理システムの検証（自社倉庫）",
    "汎用旋盤の主軸交換",
    "库存管理系统测试（本公司仓库）",
    "Measuring various sensor outputs on the test bench",
  ],
);

table(
  "new-customer wording",
  "RF04",
  "customer_since",
  [
    "New customer",
    "new",
    "First order",
    "First-time buyer",
    "New account opened Nov 2026",
    "Initial order, no previous business",
    "Trial order",
    "No trading history with us",
    "Never dealt with before",
    "初取引",
    "新規",
    "新規顧客（紹介）",
    "初回取引",
    "取引実績なし",
    "新客户",
    "首次合作",
    "신규 거래처",
    "Nuevo cliente",
    "Cliente novo",
    "Nouveau client",
    "Yeni müşteri",
    "Новый клиент",
    "Khách hàng mới",
  ],
  [
    "2015-04-01",
    "2009/06/15",
    "2012年4月1日",
    "Long-standing customer since 2009",
    "Regular customer, 10+ years",
    "Existing account",
    "Repeat order",
    "Renewed framework agreement 2024",
    "継続取引",
    "既存顧客",
    "老客户",
    "Since 2011 (Newcastle office)",
    "Customer since 2013",
    "Old customer",
    "Known customer, audited 2025",
    "10年以上の取引",
    "Cliente habitual desde 2010",
    "Постоянный клиент с 2012 года",
    "Renewal of annual contract",
    "New York office, customer since 2010",
  ],
);

describe("RF05 cash or advance terms on a high-value order, currencies by code, symbol and local form", () => {
  const pay = (payment_terms: string, order_value: number | string, currency: string) =>
    flags({ payment_terms, order_value, currency });

  const pos: Array<[string, number | string, string]> = [
    ["Cash in advance", 15_000_000, "JPY"],
    ["100% T/T in advance", 120_000, "USD"],
    ["TT advance before shipment", 120_000, "US$"],
    ["Payment: cash", 100_000, "$"],
    ["Full prepayment", 90_000, "€"],
    ["Prepaid", 90_000, "EUR"],
    ["现金", 800_000, "RMB"],
    ["款到发货", 800_000, "人民币"],
    ["预付款 100%", 800_000, "元"],
    ["前払い", 1_500_000, "HK$"],
    ["現金一括", 120_000_000, "₩"],
    ["선불", 120_000_000, "원"],
    ["Advance payment", 150_000, "S$"],
    ["Cash with order", 3_000_000, "NT$"],
    ["前金", 12_000_000, "円"],
    ["Pago anticipado", 80_000, "USD"],
    ["Предоплата 100%", 9_000_000, "руб"],
    ["Peşin ödeme", 100_000, "USD"],
    ["Cash on order", 5_000_000, "THB"],
    ["Wire in advance", 70_000, "£"],
    ["Paid upfront", 20_000_000, "¥"],
    ["CIA", 250_000, "AED"],
  ];
  const neg: Array<[string, number | string, string]> = [
    ["Cash in advance", 300_000, "JPY"],
    ["T/T in advance", 20_000, "USD"],
    ["L/C at sight", 90_000_000, "JPY"],
    ["L/C 90 days", 500_000, "USD"],
    ["Net 60 days after B/L", 800_000, "EUR"],
    ["D/P at sight", 5_000_000, "CNY"],
    ["Open account 30 days", 1_000_000, "USD"],
    ["月末締め翌月末払い", 50_000_000, "円"],
    ["信用证 即期", 900_000, "人民币"],
    ["Documentary collection D/A 90 days", 300_000, "USD"],
    ["Letter of credit, confirmed", 200_000, "€"],
    ["Prepayment", 20_000, "RMB"],
    ["Cash", 50_000, "THB"],
    ["Advance", 5_000_000, "₩"],
    ["Net 30", 10_000_000, "HK$"],
    ["前払い", 500_000, "円"],
    ["现金", 30_000, "元"],
    ["Installments over 12 months, bank financed", 40_000_000, "JPY"],
    ["Consignment stock, paid on use", 80_000, "USD"],
    ["Carta de crédito a 90 días", 500_000, "USD"],
    ["Аккредитив", 90_000_000, "RUB"],
  ];
  it(`has at least 20 positive and 20 negative phrasings (${pos.length}/${neg.length})`, () => {
    expect(pos.length).toBeGreaterThanOrEqual(20);
    expect(neg.length).toBeGreaterThanOrEqual(20);
  });
  test.each(pos)("raises RF05: %p, %p %p", (p, v, c) => expect(pay(p, v, c)).toContain("RF05"));
  test.each(neg)("does not raise RF05: %p, %p %p", (p, v, c) => expect(pay(p, v, c)).not.toContain("RF05"));

  test.each([
    ["Cash in advance", 100_000, "XYZ"],
    ["T/T in advance", 9_000, "dinar"],
    ["現金", 100, "ペソ"],
  ])(
    "an unknown currency is never compared as yen: %p %p %p → RF05 says it could not convert, at least REVIEW",
    (p, v, c) => {
      const r = run(cleanRow({ payment_terms: p, order_value: v, currency: c }));
      const f = r.redFlags.find((x) => x.code === "RF05");
      expect(f?.evidence.en).toMatch(/cannot be converted to yen/);
      expect(f?.evidence.ja).toMatch(/円に換算できない/);
      expect(r.decision).not.toBe("NO_LICENSE");
    },
  );

  it("without cash or advance terms an unknown currency does not matter to RF05", () => {
    expect(pay("L/C at sight", 100_000, "XYZ")).not.toContain("RF05");
  });

  it("the currency table names its source and as-of date, and every rate is positive", () => {
    expect(currencies.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(currencies.source).toMatch(/ISO 4217/);
    for (const c of Object.values(currencies.currencies)) expect(c.jpy).toBeGreaterThan(0);
  });
});

table(
  "P.O. boxes and free-trade zones by name and abbreviation",
  "RF08",
  "delivery_address",
  [
    "P.O. Box 17845, Dubai, UAE",
    "PO Box 5523, Sharjah",
    "Plot S30412, Jebel Ali Free Zone (JAFZA), Dubai",
    "Warehouse 4, JAFZ South",
    "DAFZA, Building 6W, Dubai Airport Free Zone",
    "Unit 1203, DMCC, Jumeirah Lakes Towers",
    "SAIF Zone, Q1-05-112/B, Sharjah",
    "RAKEZ Business Centre, Ras Al Khaimah",
    "KEZAD, Khalifa Industrial Zone Abu Dhabi",
    "Sohar Free Zone, Oman",
    "Keppel Distripark, Singapore FTZ",
    "上海外高桥保税区 富特北路 88号",
    "深圳前海综合保税区",
    "海南自由贸易港 海口",
    "Mersin Serbest Bölgesi, Mersin",
    "Ege Serbest Bölge, İzmir",
    "Zona Libre de Colón, Manzana 32, Colón, Panamá",
    "Colon Free Zone, Panama",
    "Kish Free Zone, Iran",
    "Alabuga SEZ, Tatarstan",
    "私書箱 第12号 那覇中央郵便局",
    "а/я 123, Москва",
    "Casilla postal 4521, Santiago",
    "Caixa Postal 2210, São Paulo",
    "Postfach 10 20 30, Hamburg",
    "صندوق بريد 1234 دبي",
    "Bonded warehouse, Changi Airfreight Centre",
  ],
  [
    "12 Nguyen Van Linh, District 7, Ho Chi Minh City",
    "3-5-1 Marunouchi, Chiyoda-ku, Tokyo",
    "Plot 45, Phase 2, Penang Science Park, Bayan Lepas",
    "Building 3, 88 Zhangjiang Road, Pudong, Shanghai",
    "Lot 12, Amata City Industrial Estate, Chonburi",
    "Jl. Jababeka Raya Blok A, Cikarang, Bekasi",
    "Av. Paulista 1000, São Paulo",
    "Calle 50, Ciudad de Panamá (head office)",
    "Boxhagener Str. 12, Berlin",
    "Carrer de la Marina 16, Barcelona",
    "Avenida Zona Rosa 22, Ciudad de México",
    "Dubai Investments Park, Plot 598-1073",
    "Al Quoz Industrial Area 3, Dubai",
    "Musaffah M-40, Abu Dhabi",
    "Organize Sanayi Bölgesi, 3. Cadde No: 12, Bursa",
    "ул. Ленина, д. 5, Екатеринбург",
    "苏州工业园区 星湖街 328号",
    "경기도 화성시 동탄산업단지 12",
    "Toolbox Lane 3, Sheffield",
    "Inbox Business Park, Unit 4, Warsaw",
    "Free-standing building behind the main plant, Pune",
    "Boxberg Industrial Estate 7, Stuttgart",
  ],
);

table(
  "forwarder and logistics words across languages",
  "RF09",
  "end_user",
  [
    "Gulf Star Logistics LLC",
    "Pacific Freight Forwarders Pte Ltd",
    "Harbour Cargo Services",
    "Sino Express Shipping Co.",
    "ABC Customs Brokerage Inc.",
    "Hamburg Spedition GmbH",
    "Rhein-Logistik GmbH",
    "Anadolu Lojistik ve Nakliyat A.Ş.",
    "Transportes Rápidos del Sur S.A.",
    "Agencia de Aduanas Pacífico",
    "Despachante Aduaneiro Santos Ltda",
    "Transitaire Atlas SARL",
    "ООО «Восток Логистик»",
    "ТЭК Сибирь",
    "深圳市华通国际货代有限公司",
    "香港速運物流有限公司",
    "한진 물류",
    "大和運輸株式会社",
    "Công ty TNHH Giao nhận Vận tải Sài Gòn",
    "PT Ekspedisi Nusantara",
    "บริษัท ขนส่ง สยาม จำกัด",
    "شركة الخليج للشحن",
    // compound words and the Iberian and Russian forms
    "Transportadora Rápida Ltda.",
    "Transportadora Sul Cargas S.A.",
    "Transportes y Mensajería Andina S.A.",
    "Operador Logístico del Pacífico S.A.C.",
    "Nordlogistik GmbH",
    "Seefrachtkontor Bremen GmbH",
    "Internationale Speditionsgesellschaft mbH",
    "ООО «ТрансЛогистик Евразия»",
    "ООО «Автоэкспедиция Урал»",
    "Транспортно-экспедиционная компания «Степь»",
    "AnadoluLojistik A.Ş.",
    "EuroFreight Solutions Ltd.",
  ],
  [
    "Saigon Precision Parts Co., Ltd.",
    "Hanoi Bearing Manufacturing JSC",
    "Shenzhen Bright Electronics Co., Ltd.",
    "Penang Precision Engineering Sdn Bhd",
    "Bursa Otomotiv Parça Sanayi A.Ş.",
    "Industrias Metálicas del Norte S.A.",
    "Usinagem Paulista Ltda",
    "Mécanique de Précision Lyon SAS",
    "ООО «Уральский Станкозавод»",
    "苏州精密机械有限公司",
    "대한 정밀 공업",
    "株式会社東京精機",
    "Công ty Cơ khí Chính xác Hà Nội",
    "PT Mesin Presisi Indonesia",
    "Nanjing Rail Transport Equipment Co., Ltd.",
    "Warehouse Automation Systems GmbH",
    "American Express Travel (Singapore)",
    "Logistics Robotics Lab, Tsinghua University",
    "上海运输设备制造有限公司",
    "Expressway Auto Parts Ltd.",
    "Transportation Equipment Mfg. Corp.",
    "Cargill Agri Foods",
    "SSI Schäfer Intralogistik GmbH",
    "Logistiksysteme Bauer GmbH (Regalbau)",
    "Freightliner Trucks Parts Centre",
    "ООО «Трансмашхолдинг»",
    "Transparent Plastics S.A.",
    "Transformadores del Norte S.A.",
  ],
);

describe("military and defence bodies are recognised in every language of the vocabulary", () => {
  const POS: Array<[string, string]> = [
    ["Army Engineering Depot 12", "en"],
    ["Royal Thai Navy Dockyard", "en"],
    ["Ministry of Defence, Procurement Directorate", "en (British)"],
    ["Department of Defense Logistics Agency", "en (US)"],
    ["Air Force Materiel Command", "en"],
    ["PLA Unit 63981", "abbreviation"],
    ["MoD Abbey Wood", "abbreviation"],
    ["DRDO Defence Research & Development Laboratory", "abbreviation / hi-ur English"],
    ["Ordnance Factory Board, Kolkata", "hi-ur English"],
    ["Base Repair Depot EME, Pune Cantt", "hi-ur English"],
    ["Heavy Industries Taxila", "hi-ur English"],
    ["中国人民解放军第4808工厂", "zh simplified"],
    ["國防部軍備局", "zh traditional"],
    ["中央军委装备发展部", "zh simplified"],
    ["국방부 방위사업청", "ko"],
    ["국방과학연구소", "ko"],
    ["Министерство обороны Российской Федерации", "ru"],
    ["Войсковая часть 12345", "ru"],
    ["Ministerio de Defensa Nacional", "es"],
    ["Secretaría de la Defensa Nacional (SEDENA)", "es"],
    ["Comando Logístico do Exército", "pt"],
    ["Arsenal de Marinha do Rio de Janeiro", "pt"],
    ["Ministère des Armées, DGA", "fr"],
    ["Direction générale de l'armement", "fr"],
    ["Kementerian Pertahanan Republik Indonesia", "id"],
    ["Markas Besar TNI Angkatan Darat", "id"],
    ["Angkatan Tentera Malaysia", "ms"],
    ["กองทัพเรือ กรมสรรพาวุธทหารเรือ", "th"],
    ["Tổng cục Kỹ thuật - Bộ Quốc phòng", "vi"],
    ["Armed Forces of the Philippines Logistics Command", "fil"],
    ["Directorate of Defence Industries (Ka Pa Sa)", "my (Latin)"],
    ["Tatmadaw Signals Corps", "my (Latin)"],
    ["وزارة الدفاع - القوات الجوية", "ar"],
    ["وزارت دفاع و پشتیبانی نیروهای مسلح", "fa"],
    ["Sepah Pasdaran Research Centre", "fa (Latin)"],
    ["Millî Savunma Bakanlığı", "tr"],
    ["Savunma Sanayii Başkanlığı", "tr"],
    ["防衛装備庁", "ja"],
    ["IRGC Aerospace Force", "abbreviation"],
    ["Salvation Army Hall, next to the Army Logistics Command", "a false friend does not hide a real body"],
    ["Wazarat-e-Difa, Rawalpindi", "ur (Latin)"],
    ["Wazarat-e-Difai Paidawar", "ur (Latin)"],
    ["Vezarat-e Defa va Poshtibani-ye Niruha-ye Mosallah", "fa (Latin)"],
    ["Niru-ye Havai-ye Artesh", "fa (Latin)"],
    ["Wizarat al-Difa, Baghdad", "ar (Latin)"],
    ["Azərbaycan Respublikası Müdafiə Nazirliyi", "az"],
    ["Azerbaycan Respublikasi Mudafie Nazirliyi", "az (without diacritics)"],
    ["Azərbaycan Müdafiə Sənayesi Nazirliyi", "az"],
    ["Qazaqstan Respýblıkasy Qorǵanys ministrligi", "kk (Latin)"],
    ["Қазақстан Республикасы Қорғаныс министрлігі", "kk (Cyrillic)"],
    ["O‘zbekiston Respublikasi Mudofaa vazirligi", "uz (Latin)"],
    ["Мудофаа вазирлиги", "uz (Cyrillic)"],
    ["Türkmenistanyň Goranmak ministrligi", "tk"],
    ["Кыргыз Республикасынын Коргоо министрлиги", "ky"],
    ["中国人民解放军海军工程大学", "zh: a given-name guard never hides 海军"],
    ["王建军, 中国人民解放军第5719工厂", "zh: a personal name beside a real body"],
    ["陆军军医大学第一附属医院", "zh: a street-name guard never hides an army body"],
  ];
  const NEG: string[] = [
    "The Salvation Army Thrift Store",
    "Army & Navy Stores Ltd",
    "Army Surplus Warehouse Outlet",
    "Old Navy Clothing Co.",
    "Navy Blue Textiles Sdn Bhd",
    "Navy Federal Credit Union",
    "Swiss Army Knife Distributors",
    "Nike Air Force 1 Store",
    "Navy Bean Foods Inc.",
    "Military Style Apparel Ltd",
    "Mil-spec Connectors Trading",
    "PLA Filament Factory Shenzhen",
    "Biodegradable PLA Cups Co.",
    "Pla de l'Estany Metalls SL",
    "Armyworm Research Station (agriculture)",
    "Fire Brigade Equipment Supplies",
    "Boys' Brigade Hong Kong",
    "Ordnance Survey mapping office",
    "Arsenal FC Merchandise",
    "Mod Pizza Holdings",
    "冠军体育用品有限公司",
    "將軍澳工業邨 精密科技",
    "軍手・作業用品の山田商店",
    "Marine Products Export Co.",
    "Garrison Manufacturing LLC",
    "Plan B Engineering",
    "ATM Machines Service Centre",
    "Saigon Precision Parts Co., Ltd.",
    "부대시설 관리 주식회사",
    "Cantonese Kitchen Supplies",
    "杭州建军五金机电有限公司",
    "王军机械厂",
    "温州志军阀门有限公司",
    "李建軍貿易行",
    "Marines Seafood Co., Ltd.",
    "Navy Café and Bakery",
    "Army Surplus Store",
    "Bahria Town (Pvt) Ltd",
    "Askari Bank Limited",
    "Defa Film Studio",
    "海军路五金店",
    "Navy Pier Restaurant",
    "Military Road Hardware",
  ];
  it(`has at least 20 positive and 20 negative names (${POS.length}/${NEG.length})`, () => {
    expect(POS.length).toBeGreaterThanOrEqual(20);
    expect(NEG.length).toBeGreaterThanOrEqual(20);
  });
  test.each(POS)("recognised: %p (%s)", (name) => expect(findMilitaryBody(name)).toBeDefined());
  test.each(NEG)("not a defence body: %p", (name) => expect(findMilitaryBody(name)).toBeUndefined());

  it("every language the issue names has a vocabulary with its source", () => {
    for (const lang of [
      "en",
      "zh",
      "ko",
      "ru",
      "es",
      "pt",
      "fr",
      "id_ms",
      "th",
      "vi",
      "fil",
      "my_latn",
      "ar",
      "fa",
      "tr",
      "hi_ur_en",
      "ur_latn",
      "ar_latn",
      "az",
      "kk",
      "uz",
    ]) {
      expect(MILITARY_LANGUAGES[lang]?.terms.length).toBeGreaterThan(3);
      expect(MILITARY_LANGUAGES[lang]?.source).toBeTruthy();
    }
    expect(milVocab.false_friends.source).toBeTruthy();
    expect(milVocab.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("a recognised body on a 16項(1) row to a general country leads to review (MILITARY_END_USER_SUSPECTED)", () => {
    const r = run(cleanRow({ end_user: "Tổng cục Kỹ thuật - Bộ Quốc phòng" }));
    expect(codes(r)).toContain("MILITARY_END_USER_SUSPECTED");
    expect(r.decision).not.toBe("NO_LICENSE");
  });
});

describe("the red-flag vocabularies are data with sources", () => {
  it("each vocabulary names its source and the file its as-of date", () => {
    expect(rfVocab.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const v of [
      rfVocab.end_use_generic,
      rfVocab.new_customer,
      rfVocab.forwarder,
      rfVocab.remote_address,
      rfVocab.cash_payment,
      rfVocab.vague_dates,
    ])
      expect(v.source).toMatch(/EAR red flag \d/);
  });
});
