/** Reading party cells that hold more than the name (issue 10, point 1): what is set aside, and what is kept. */
import { MAX_READINGS, readCell } from "../../src/engine/parties/cell-parts";
import { createPartyScreener } from "../../src/engine/parties/screener";
import type { PartyList } from "../../src/engine/parties/list-model";

const texts = (cell: string) => readCell(cell).readings.map((r) => r.text);

describe("readCell", () => {
  test("invoice extras: forwarder or agent, telephone/fax/e-mail, a post-office box (issue 10, third session)", () => {
    const agent = readCell("Gulf Star Freight LLC, Jebel Ali for account of Kalaye Electric Company");
    expect(agent.readings[0].text).toBe("Kalaye Electric Company");
    expect(agent.readings[0].removed).toEqual([{ kind: "agent", text: "Gulf Star Freight LLC, Jebel Ali" }]);
    expect(texts("Kalaye Electric Company, care of Nordic Cargo OOO")).toContain("Kalaye Electric Company");
    expect(texts("Kalaye Electric Company C/O BLUE SEA LOGISTICS LTD")).toContain("Kalaye Electric Company");
    expect(texts("Kalaye Electric Company TEL: +98-21 1234 5678 FAX: +98-21 1234 5679")).toContain(
      "Kalaye Electric Company",
    );
    expect(texts("Kalaye Electric Company, Tel. +98 21 1234, E-mail: sales@kalaye.ir")).toContain(
      "Kalaye Electric Company",
    );
    expect(texts("Army Supply Bureau / T: +963-11 4303 6373 / F: +963-11 4303 6378")).toContain("Army Supply Bureau");
    expect(texts("Kalaye Electric Company 電話 +98-21-1234-5678")).toContain("Kalaye Electric Company");
    const box = readCell("Techserve PO BOX 81347");
    expect(box.readings[0]).toEqual({ text: "Techserve", removed: [{ kind: "address", text: "PO BOX 81347" }] });
    expect(texts("P.O.Box 99985, Blue Calm Marine Services Company")).toContain("Blue Calm Marine Services Company");
    // a name with a number is not cut at the number
    expect(readCell("Korea 56 Trading Corp.").readings).toEqual([]);
  });

  test("labels, references, a.k.a., places after the name without a separator, Japanese and Chinese form words", () => {
    const kinds = (cell: string) => readCell(cell).readings[0]?.removed.map((r) => r.kind);
    expect(texts("Consignee: Candid General Trading LLC")).toEqual(["Candid General Trading LLC"]);
    expect(kinds("Consignee: Candid General Trading LLC")).toEqual(["label"]);
    expect(texts("Notify Party: Kalaye Electric Company")).toEqual(["Kalaye Electric Company"]);
    expect(texts("Messrs. Kalaye Electric Company")).toEqual(["Kalaye Electric Company"]);
    expect(texts("M/s Kalaye Electric Company")).toEqual(["Kalaye Electric Company"]);
    expect(texts("荷受人：Kalaye Electric Company")).toEqual(["Kalaye Electric Company"]);
    expect(texts("【納入先】Kalaye Electric Company")).toEqual(["Kalaye Electric Company"]);
    expect(texts("收货人：西安導航技術研究所")).toEqual(["西安導航技術研究所"]);
    // a word that starts a name is not a label without its colon
    expect(readCell("Customer Service Center Ltd").readings).toEqual([]);
    expect(texts("Kalaye Electric Company - Contract IR/2025/51")).toEqual(["Kalaye Electric Company"]);
    expect(kinds("Kalaye Electric Company Ref. No. INV/2025/627")).toEqual(["reference"]);
    expect(texts("АО «Туполев» ИНН 7787177266")).toEqual(["АО «Туполев»"]);
    expect(texts("Kalaye Electric Company a.k.a. Kalaye Electric Co.")).toEqual([
      "Kalaye Electric Company",
      "Kalaye Electric Co.",
    ]);
    expect(texts("Candid General Trading LLC Dubai UAE")).toEqual(["Candid General Trading LLC"]);
    expect(readCell("University of Tehran").readings).toEqual([]);
    expect(texts("Kalaye Electric Company تهران، ایران")).toEqual(["Kalaye Electric Company"]);
    expect(texts("Pegasus General Trading FZE\u3000購買部\u3000御中")).toEqual(["Pegasus General Trading FZE"]);
    expect(texts("DES INTERNATIONAL CO., LTD. 張様")[0]).toBe("DES INTERNATIONAL CO. LTD.");
    expect(texts("Gulf Agency Company (GAC) Dubai (for account of Emirates Alloys LLC)")).toEqual([
      "Emirates Alloys LLC",
    ]);
    expect(texts("Euro-\nmoto Middle East FZE")).toEqual(["Euromoto Middle East FZE"]);
    // a name starting with TEL is not a telephone marker
    expect(texts("Purchasing Dept., TELEC Electronics & Machinery Ltd.")).toContain(
      "TELEC Electronics & Machinery Ltd.",
    );
  });

  test("an address running into the name, a script change inside a segment, 道路 is a road", () => {
    expect(texts("279 Zhangjiang Road, Pudong New Area, P.R. China Shanghai North Begins International")).toContain(
      "Begins International",
    );
    expect(texts("Tehran, Iran Shahid Hemmat Industrial Group")).toContain("Shahid Hemmat Industrial Group");
    expect(texts("Санкт-Петербург, Невский пр. NIIME AND MIKRON")).toContain("NIIME AND MIKRON");
    expect(texts("総合貴金属連合体 Green Pine Associated Corporation")).toEqual([
      "総合貴金属連合体",
      "Green Pine Associated Corporation",
    ]);
    expect(texts("平壌市道路建設事務所\u3000朝鮮民主主義人民共和国平壌市中区域")[0]).toBe("平壌市道路建設事務所");
  });

  test("long cells of mixed scripts are read word by word (a pattern that backtracks would not return)", () => {
    for (const cell of ["中国 ".repeat(60) + "x", "漢字 Latin word ".repeat(20), "ＡＢＣ漢字 ".repeat(40)])
      expect(readCell(cell).readings.length).toBeLessThanOrEqual(MAX_READINGS);
  });

  test("a name written twice in two scripts: each part alone", () => {
    expect(texts("Beijing Haili Lianhe Keji Youxian Gongsi / 北京海立連合科技有限公司")).toEqual([
      "Beijing Haili Lianhe Keji Youxian Gongsi",
      "北京海立連合科技有限公司",
    ]);
    expect(texts("端川商業銀行\u3000Tanchon Commercial Bank")).toEqual(["端川商業銀行", "Tanchon Commercial Bank"]);
  });

  test("a town of the engine's city table after the name, and an office after the legal form, are set aside", () => {
    // towns named in the lists' addresses that clerks write after an acronym (the city table of
    // reference/data/city-names.json is also the cell reader's), and "<place> Office" after the company's name
    expect(readCell("KRL, Kahuta").readings[0]).toEqual({
      text: "KRL",
      removed: [{ kind: "address", text: "Kahuta" }],
    });
    expect(texts("POF, Wah Cantt")).toContain("POF");
    expect(readCell("POF, Wah Cantt").countries).toEqual(["PK"]);
    expect(texts("Korea Ryonbong General Corp., Dandong Office")).toContain("Korea Ryonbong General Corp.");
    expect(texts("Korea Ryonbong General Corp. Dandong office")).toContain("Korea Ryonbong General Corp. Dandong");
  });

  test("a plain name has no further reading", () => {
    expect(readCell("Shahid Hemmat Industrial Group")).toEqual({ readings: [], countries: [] });
    expect(readCell("Beijing Chengxing Trading Co., Ltd.").readings).toEqual([]);
    expect(readCell("北京理工大学").readings).toEqual([]);
  });

  test("a Latin street address after the name is set aside, and its country read", () => {
    const r = readCell("Kalaye Electric Company, No. 12, Azadi Street, Tehran, Iran");
    expect(r.readings[0].text).toBe("Kalaye Electric Company");
    expect(r.readings[0].removed.map((x) => x.kind)).toEqual(["address", "address", "address", "address"]);
    expect(r.countries).toEqual(["IR"]);
  });

  test("an address before the name, ending in the country without a separator", () => {
    expect(texts("P.O. Box 16765-1835, Tehran, Islamic Republic of Iran Shahid Hemmat Industrial Group")).toContain(
      "Shahid Hemmat Industrial Group",
    );
    expect(texts("イラン テヘラン Sanam Industrial Group")).toContain("Sanam Industrial Group");
  });

  test("Han addresses before or after the name (province, city, district, road, number)", () => {
    expect(texts("中国北京市海淀区学院路37号北京理工大学")).toContain("北京理工大学");
    expect(texts("广东省深圳市南山区科技园12栋深圳嘉思博科技有限公司")).toContain("深圳嘉思博科技有限公司");
    const r = readCell("北京理工大学\u3000中国北京市海淀区学院路5号");
    expect(r.readings[0].text).toBe("北京理工大学");
    expect(r.countries).toEqual(["CN"]);
  });

  test("a place or a legal form alone is not set aside from a Han name", () => {
    expect(readCell("深圳市华瑞电子有限公司").readings).toEqual([]);
    expect(readCell("香港理工大學").readings).toEqual([]);
    expect(readCell("株式会社セパサドエンジニアリング").readings).toEqual([]);
    expect(readCell("Zhejiang Qingji Industrial Co., Ltd.").readings).toEqual([]);
    expect(readCell("Lahore Industrial Supplies (Pvt) Ltd").readings).toEqual([]);
  });

  test("Cyrillic address parts are address data", () => {
    expect(texts("АО «Концерн Радиоэлектронные Технологии», г. Москва, ул. Ленина, д. 5")).toContain(
      "АО «Концерн Радиоэлектронные Технологии»",
    );
    // a Chinese address label inside the name's segment, a mobile number
    expect(texts("上海微电子装备有限公司 地址：上海市浦东新区张东路1525号 电话：+86-21-1234-5678")).toContain(
      "上海微电子装备有限公司",
    );
    expect(texts("Shanghai Micro Electronics Equipment Co., Ltd. Address: 1525 Zhangdong Road, Shanghai")).toContain(
      "Shanghai Micro Electronics Equipment Co. Ltd.",
    );
    expect(texts("西安电子工程研究所 联系人 李先生 手机：13912345678")[0]).toBe("西安电子工程研究所");
    // a Persian telephone marker with Persian digits
    expect(texts("شرکت فولاد مبارکه تلفن: ۰۳۱-۳۳۳۳۳۳۳۳")).toContain("شرکت فولاد مبارکه");
    // a numbered institute of a group is the name, not a unit of the group
    expect(texts("收货人：中国兵器工业集团公司第二〇二研究所")).toEqual(["中国兵器工业集团公司第二〇二研究所"]);
    expect(texts("北京理工大学材料学院")).toEqual(["北京理工大学"]);
    // a town after г. (город) is an address whether or not the place table knows it
    expect(texts("АО «Сигнал», г. Зеленоград")).toContain("АО «Сигнал»");
    expect(texts("ООО «Ромашка», г. Набережные Челны")).toContain("ООО «Ромашка»");
    expect(readCell("г. Петров").readings).toEqual([]);
  });

  test("departments, schools, laboratories and branches are set aside as units", () => {
    expect(texts("School of Materials Science and Engineering, Harbin Institute of Technology")).toContain(
      "Harbin Institute of Technology",
    );
    expect(texts("Harbin Engineering University College of Automation")).toContain("Harbin Engineering University");
    expect(texts("Iran Electronics Industries Sales Department")).toContain("Iran Electronics Industries");
    expect(texts("北京理工大学材料科学与工程学院")).toContain("北京理工大学");
    expect(readCell("北京理工大学材料科学与工程学院").readings[0].removed).toEqual([
      { kind: "unit", text: "材料科学与工程学院" },
    ]);
  });

  test("contact persons are set aside", () => {
    expect(texts("Kalaye Electric Company, Attn: Mr. Wang Lei")).toContain("Kalaye Electric Company");
    expect(texts("Contact: Ms. Olga Ivanova, JSC Almaz-Antey")).toContain("JSC Almaz-Antey");
    expect(texts("Kalaye Electric Company c/o Dr. Ahmad Rezaei")).toContain("Kalaye Electric Company");
    expect(texts("北京理工大学 联系人：李明")).toContain("北京理工大学");
  });

  test("a parenthetical is also read without it; a legal form in its own segment stays with the name", () => {
    expect(texts("Safe Technical Equipment Services LLC (STES)")).toContain("Safe Technical Equipment Services LLC");
    expect(readCell("Hitachi, Ltd.").readings).toEqual([]);
  });

  test("place words before a name are cut only after an address, and two name words must remain", () => {
    expect(texts("Japan Radio Co., Ltd.")).not.toContain("Radio Co Ltd.");
    expect(texts("Tehran, Iran Electronics Industries")).toContain("Electronics Industries");
  });
});

describe("readCell: classes the law evaluation found (romanised Korean addresses, a unit before a name that starts like one)", () => {
  test.each([
    ["Kangan 2-dong, Office 39", "Office 39"],
    ["Kangan 2-dong, Taean Heavy Machinery Complex (大安重機械連合企業所)", "Taean Heavy Machinery Complex"],
    ["Sosong-guyok, Pyongyang, Korea Ryonbong General Corporation", "Korea Ryonbong General Corporation"],
    ["Haeju-si 3-ri, Korea Tangun Trading Corporation", "Korea Tangun Trading Corporation"],
    ["2-chome 5-1, Minato-ku, Tokyo, Example Seiki Co., Ltd.", "Example Seiki Co. Ltd."],
  ])("a romanised district or town unit before the name is set aside: %s", (cell, name) => {
    const r = readCell(cell);
    expect(r.readings.map((x) => x.text)).toContain(name);
    expect(r.readings[0].removed.some((x) => x.kind === "address")).toBe(true);
  });

  test("a unit before a name that itself starts with a unit word and ends in a legal form: the name is kept", () => {
    const r = readCell("Procurement Department, Laboratory Systems and Technologies LTD");
    expect(r.readings.map((x) => x.text)).toContain("Laboratory Systems and Technologies LTD");
    expect(r.readings[0].removed).toEqual([{ kind: "unit", text: "Procurement Department" }]);
  });

  test("when every part reads as a unit, the last one is given back as the name", () => {
    const r = readCell("Sales Department, Laser Research Lab");
    expect(r.readings.map((x) => x.text)).toContain("Laser Research Lab");
  });
});

describe("an exact short acronym of a listed entry, to another country", () => {
  const list: PartyList = {
    id: "t",
    name: "test",
    version: "1",
    date: "2026-12-01",
    source: "test",
    entries: [{ id: "9", name: "Example Revolutionary Guard Corps", aliases: ["XGRC"], country: "IR" }],
  };
  const s = createPartyScreener([list]);
  test("stays at REVIEW after the country penalty (a listed party to look at, not a clearance)", () => {
    const same = s.screenParty("XGRC", "IR", "end_user");
    const other = s.screenParty("XGRC", "TH", "end_user");
    expect(same[0]?.band).toBe("REVIEW");
    expect(other[0]?.id).toBe("t#9");
    expect(other[0].band).toBe("REVIEW");
    expect(other[0].score).toBeLessThan(same[0].score);
  });
  test("misspelt, it does not", () => {
    expect(s.screenParty("XGRD", "TH", "end_user").filter((m) => m.id === "t#9")).toEqual([]);
  });
});

describe("the screener with longer cells", () => {
  const list: PartyList = {
    id: "t",
    name: "test",
    version: "1",
    date: "2026-12-01",
    source: "test",
    entries: [
      { id: "1", name: "Kalaye Electric Company", aliases: [], country: "IR" },
      { id: "2", name: "Harbin Institute of Technology", aliases: ["哈爾浜工業大学"], country: "CN" },
    ],
  };
  const s = createPartyScreener([list]);

  test("a listed name followed by its address is a HIT, and the note names the address words", () => {
    const m = s.screenParty("Kalaye Electric Company, No. 12, Azadi Street, Tehran, Iran", undefined, "end_user");
    expect(m[0]?.id).toBe("t#1");
    expect(m[0].band).toBe("HIT");
    const notes = m[0].explain!.notes!.join("\n");
    expect(notes).toMatch(/set aside as address/);
    expect(notes).toMatch(/Azadi Street/);
    expect(notes).toMatch(/the address names the entry's country \(IR\)/);
  });

  test("the country read from the address weighs against an entry of another country", () => {
    const here = s.screenParty("Kalaye Electric Company, Tehran, Iran", undefined, "end_user")[0];
    const there = s.screenParty("Kalaye Electric Company, Moscow, Russia", undefined, "end_user")[0];
    expect(there.score).toBeLessThan(here.score);
    expect(there.explain!.notes!.join("\n")).toMatch(/country was read from the address/);
  });

  test("a department after the name: found, and explained", () => {
    const m = s.screenParty("哈爾浜工業大学材料科学与工程学院", undefined, "end_user");
    expect(m[0]?.id).toBe("t#2");
    expect(m[0].explain!.notes!.join("\n")).toMatch(/set aside as department, school or branch/);
  });

  test("the cell as written still counts (an entry that is itself a long cell)", () => {
    expect(s.screenParty("Harbin Institute of Technology", "CN", "end_user")[0].band).toBe("HIT");
  });
});
