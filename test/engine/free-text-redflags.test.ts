/**
 * Red flags written as sentences in the remarks (the 明らか route must be earned): installation or training declined in
 * the languages clerks write, plain or unmarked packing (RF11), an evasive answer about the end use (RF01), secrecy
 * about the final destination (RF12), a delivery date or place left open (RF08), an abnormal quantity of spares
 * (guideline ⑧, raised as RF13) and a route list (RF10). Each positive phrase raises its flag from a clean row; each
 * negative phrase (ordinary remarks that share words with it) raises nothing. A raised flag contradicts a documented
 * 'clearly not for weapons' for a listed end user, so that row is no longer NO_LICENSE.
 */
import type { OrderRow } from "../../src/engine";
import { allMg, cleanRow, FakePartyScreener, flagCodes, run } from "./helpers";

const flags = (over: OrderRow) => flagCodes(run(cleanRow(over)));

function table(name: string, code: string, pos: string[], neg: string[]) {
  describe(`${code} ${name} (remarks)`, () => {
    test.each(pos)(`raises ${code}: %p`, (v) => {
      expect(flags({ remarks: v })).toContain(code);
    });
    test.each(neg)(`does not raise ${code}: %p`, (v) => {
      expect(flags({ remarks: v })).not.toContain(code);
    });
  });
}

table(
  "installation, training or maintenance declined",
  "RF07",
  [
    "Der Kunde verzichtet auf Inbetriebnahme und Schulung",
    "Schulung nicht erforderlich",
    "El cliente no necesita puesta en marcha",
    "Sin capacitación ni mantenimiento",
    "Le client refuse l'installation",
    "sans mise en service ni formation",
    "买方不需要培训",
    "无需调试",
    "Покупатель отказался от монтажа",
    "обучение не требуется",
    "Müşteri kurulum istemiyor",
    "Khách hàng không cần lắp đặt",
    "Pembeli tidak memerlukan pelatihan",
    "العميل لا يحتاج إلى تركيب",
    "据付・試運転は不要とのこと",
    "buyer refused the commissioning visit",
  ],
  [
    "Installation and training by our service engineer included",
    "No information yet on the site layout",
    "Formation of the project team next week",
    "Kurulum ve eğitim dahildir",
    "安装调试由我方工程师负责",
    "Установка и обучение включены в цену",
    "Instalación y capacitación incluidas",
    "据付・試運転は当社が実施",
  ],
);

table(
  "plain or unmarked packing, labels removed",
  "RF11",
  [
    "Ship in plain cartons without shipping marks",
    "Customer asks us to remove the nameplates before packing",
    "Please take off all manufacturer labels",
    "Neutrale Verpackung ohne Etiketten",
    "Embalaje neutro, sin marcas",
    "Emballage neutre demandé",
    "Без маркировки и этикеток",
    "中性包装，去掉铭牌",
    "無地の段ボールで出荷希望",
    "ラベルを剥がして出荷",
    "라벨 제거 후 포장",
    "Kemasan polos tanpa merek",
    "بدون ملصقات",
    "Relabel the cartons as spare parts",
  ],
  [
    "Standard export packing, seaworthy wooden crates",
    "Please attach our labels to each carton",
    "Country of origin marking as usual",
    "Plain bearing housings, 4 pcs",
    "Remove the protective film before installation",
    "通常の輸出梱包",
    "标准出口包装",
  ],
);

table(
  "evasive about the end use",
  "RF01",
  [
    "Asked about the end use, the buyer refused to say",
    "The customer would not explain the intended use",
    "用途について説明を拒まれた",
    "客户拒绝说明用途",
    "용도에 대해 답변을 거부함",
    "Der Kunde verweigert die Angabe des Verwendungszwecks",
    "El cliente se negó a indicar el uso final",
    "Le client a refusé de préciser l'utilisation finale",
    "Покупатель отказался сообщить назначение",
  ],
  [
    "End use confirmed in the customer's letter of 3 May",
    "用途は自動車部品の加工（工場見学で確認済み）",
    "客户说明了用途",
    "The customer explained the end use in detail",
  ],
);

table(
  "final destination kept secret",
  "RF12",
  [
    "Buyer will not disclose the final destination",
    "The ultimate consignee is confidential",
    "最終仕向地は開示できないとのこと",
    "最终目的地保密",
    "최종 목적지는 비공개",
    "Endbestimmung ist vertraulich",
    "El destino final es confidencial",
    "La destination finale ne peut être divulguée",
    "Конечный получатель не раскрывается",
  ],
  [
    "Final destination: Ho Chi Minh City plant",
    "Confidentiality agreement signed for the drawings",
    "最終仕向地はベトナム（工場所在地確認済み）",
  ],
);

table(
  "delivery date or place not fixed",
  "RF08",
  [
    "Delivery date to be advised",
    "納期未定",
    "交期待定，等通知",
    "납기 미정",
    "Liefertermin noch nicht festgelegt",
    "Fecha de entrega por confirmar",
    "Date de livraison à confirmer",
    "Срок поставки не определён",
    "Deliver to P.O. Box 1234",
    "Deliver to an undisclosed location",
  ],
  [
    "Delivery date 15 Dec 2026 confirmed",
    "納期 2026年12月15日",
    "Delivery by truck to the customer's plant",
    "Open the crate carefully",
  ],
);

table(
  "abnormal quantity of spares",
  "RF13",
  [
    "Spare parts quantity 30x the usual",
    "予備品を通常の20倍",
    "备件数量为正常的10倍",
    "Excessive spares requested: 200 pcs",
    "25 sets of spares",
    "Ersatzteile in übermäßig großer Menge",
    "запасных частей в чрезмерном количестве",
  ],
  [
    "1 set of spare parts",
    "2 sets of spares included",
    "Spare parts list attached",
    "予備品1セット同梱",
    "50 sets of fasteners",
  ],
);

table(
  "a route list through diversion hubs",
  "RF10",
  ["Route: Tokyo – Istanbul – Tbilisi – Hanoi", "経路：東京→イスタンブール→ハノイ", "маршрут: Токио — Баку — Ханой"],
  ["Route: Tokyo – Singapore – Ho Chi Minh City", "Shipped by sea, door to door"],
);

describe("a route list that ends away from the destination", () => {
  test("raises RF10 and names the country the route ends in", () => {
    const r = run(cleanRow({ remarks: "route: Tokyo – Singapore – Bangkok" }));
    const hit = r.redFlags.find((f) => f.code === "RF10");
    expect(hit?.evidence.en).toMatch(/ends in Thailand/);
    expect(hit?.evidence.ja).toMatch(/タイ/);
  });
});

describe("a free-text red flag defeats a documented 'clearly not for weapons'", () => {
  const listed = new FakePartyScreener([{ name: "Listed Research Institute", band: "HIT", wmd: ["N"] }]);
  const base = (remarks: string) =>
    cleanRow({
      item_description: "Ultrasonic thickness gauge",
      hs_code: "9031.80",
      end_user: "Listed Research Institute",
      consignee: "Listed Research Institute",
      clearly_not_for_weapons: "yes",
      ...allMg("yes"),
      remarks,
    });

  test("clean remarks: the documented judgement clears the row", () => {
    expect(run(base("Packed in standard export crates"), listed).decision).toBe("NO_LICENSE");
  });

  test.each([
    ["RF07", "Kunde verzichtet auf Installation und Schulung"],
    ["RF11", "ship in unmarked boxes"],
    ["RF01", "用途を尋ねたが回答を拒否された"],
    ["RF08", "納期未定"],
    ["RF13", "spare parts quantity 40x the installed base"],
    ["RF12", "the final destination must not be disclosed"],
    ["RF10", "route: Tokyo – Istanbul – Tbilisi – Baku"],
  ])("%s in the remarks (%p) → not NO_LICENSE, and the guideline item shows it", (code, remarks) => {
    const r = run(base(remarks), listed);
    expect(flagCodes(r)).toContain(code);
    expect(r.decision).not.toBe("NO_LICENSE");
    expect(r.guideline?.some((g) => g.state === "contradicted" && g.evidence?.en.includes(code))).toBe(true);
  });
});
