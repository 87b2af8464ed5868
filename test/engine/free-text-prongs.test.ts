/**
 * Facts of the legal prongs written only in free text: technology named in the item text with a printed-matter HS code
 * (read as a technology transfer, never NOT_CATCH_ALL_SCOPE), a rocket or UAV range or payload at the MTCR thresholds
 * (a WMD-delivery use, REVIEW), a METI inform recorded only in the remarks (as the inform column would), and the
 * nuclear-fuel activities of the WMD ordinance's 別表 (UF6 conversion, MOX fabrication, heavy water, hot cells).
 */
import type { OrderRow } from "../../src/engine";
import { findWeaponsUse } from "../../src/engine/redflags/weaponsUse";
import { informIn, technologyIn } from "../../src/engine/redflags/textFacts";
import { cleanRow, codes, FakePartyScreener, run } from "./helpers";

describe("technology named in the item text with a chapter-49 HS code", () => {
  const listed = new FakePartyScreener([{ name: "Listed Research Institute", band: "HIT", wmd: ["N"] }]);
  const row = (item: string, over: OrderRow = {}) =>
    cleanRow({
      item_description: item,
      hs_code: "4906.00",
      transaction_type: "",
      end_user: "Listed Research Institute",
      consignee: "Listed Research Institute",
      ...over,
    });

  test.each([
    "CNC旋盤 製造技術ライセンス (manufacturing know-how)",
    "source code for flight controller firmware",
    "技術指導（技術者の現地派遣）",
    "設計図面一式",
    "技术资料一套",
    "Technische Zeichnungen, Satz",
    "Documentación técnica del proceso",
    "техническая документация",
  ])("%p → not NO_LICENSE, TECH_TRANSFER, never NOT_CATCH_ALL_SCOPE", (item) => {
    const r = run(row(item), listed);
    expect(r.decision).not.toBe("NO_LICENSE");
    expect(codes(r)).toContain("TECH_TRANSFER");
    expect(codes(r)).not.toContain("NOT_CATCH_ALL_SCOPE");
  });

  test("even with transaction_type = goods, 技術資料 on HS 4911 is read as technology", () => {
    const r = run(row("運転マニュアル・技術資料", { hs_code: "4911.99", transaction_type: "goods" }), listed);
    expect(codes(r)).toContain("TECH_TRANSFER");
    expect(r.decision).not.toBe("NO_LICENSE");
  });

  test.each(["printed manuals", "catalogue, 200 pages", "Kalender 2027", "取扱説明書"])(
    "%p on HS 4901 stays outside the catch-all (no technology named)",
    (item) => {
      const r = run(cleanRow({ item_description: item, hs_code: "4901.99" }));
      expect(r.decision).toBe("NO_LICENSE");
      expect(codes(r)).toContain("NOT_CATCH_ALL_SCOPE");
    },
  );

  test("technology words on a goods HS code do not make a goods row a technology transfer", () => {
    expect(technologyIn("CNC lathe with software")).toBeDefined();
    const r = run(cleanRow({ item_description: "CNC lathe with control software" }));
    expect(codes(r)).not.toContain("TECH_TRANSFER");
  });
});

describe("a rocket or UAV range or payload at the MTCR thresholds", () => {
  test.each([
    "development of a sounding rocket with 400 km range",
    "long-endurance UAV, 1,500 km range",
    "射程300kmのロケット",
    "航程500公里的无人机",
    "무인기 사거리 600 km",
    "беспилотник дальностью 500 км",
    "drone, payload 600 kg",
    "UAV with a 0.5 t payload",
    "cohete con alcance de 350 km",
    "rocket, range 200 miles",
  ])("%p is a WMD-delivery use", (text) => {
    expect(findWeaponsUse(text).map((h) => h.kind)).toContain("WMD");
  });

  test.each([
    "agricultural drone, payload 30 kg, range 5 km",
    "EV with 400 km range",
    "rocket range 250 km",
    "drone delivery within 300 m",
    "pipeline 500 km long, survey drone",
    "無人機 ペイロード 2kg",
  ])("%p is not", (text) => {
    expect(findWeaponsUse(text).filter((h) => h.kind === "WMD")).toEqual([]);
  });

  test("a 16項(1) part for such a rocket → REVIEW (WEAPONS_USE_MENTIONED)", () => {
    const r = run(cleanRow({ hs_code: "8542.39", item_description: "IC", end_use: "sounding rocket, 400 km range" }));
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("WEAPONS_USE_MENTIONED");
  });
});

describe("a METI inform recorded only in the remarks", () => {
  test.each([
    ["Viet Nam", "経産省よりインフォーム通知あり (2026/11/20)"],
    ["Viet Nam", "METI informed us on 2026-11-20 that a licence application is required"],
    ["USA", "インフォーム受領済 — 許可申請中"],
  ])("to %s, remarks %p → LICENSE_REQUIRED (INFORM)", (destination, remarks) => {
    const r = run(cleanRow({ destination, consignee_country: "", end_user_country: "", remarks }));
    expect(r.decision).toBe("LICENSE_REQUIRED");
    expect(codes(r)).toContain("INFORM");
  });

  test.each([
    "インフォームなし",
    "no inform received",
    "METI informed us that no licence is required",
    "インフォーム通知は受けていない",
    "informed the customer of the delivery date",
  ])("%p is not an inform", (remarks) => {
    expect(informIn(remarks)).toBeUndefined();
    expect(run(cleanRow({ remarks })).decision).toBe("NO_LICENSE");
  });
});

describe("nuclear-fuel activities of the WMD ordinance's 別表", () => {
  test.each([
    "uranium hexafluoride conversion line",
    "UF6 conversion",
    "MOX fuel fabrication",
    "核燃料物質の加工",
    "六フッ化ウラン転換",
    "重水製造プラント",
    "hot cell for irradiated fuel",
    "六氟化铀转化",
    "гексафторид урана",
    "eau lourde",
  ])("%p is a WMD use", (text) => {
    expect(findWeaponsUse(text).map((h) => h.kind)).toContain("WMD");
  });

  test.each(["濃縮果汁の製造", "成型加工ライン", "data reprocessing", "yellow cake bakery", "後処理工程"])(
    "%p is not",
    (text) => {
      expect(findWeaponsUse(text).filter((h) => h.kind === "WMD")).toEqual([]);
    },
  );

  test("a vacuum pump for a UF6 conversion line → not NO_LICENSE", () => {
    const r = run(
      cleanRow({
        hs_code: "8414.10",
        item_description: "Vacuum pump",
        end_use: "uranium hexafluoride conversion line",
      }),
    );
    expect(r.decision).not.toBe("NO_LICENSE");
  });
});
