/**
 * The free-text weapons-use recogniser (src/engine/redflags/weaponsUse.ts): WMD and conventional-weapons wording in
 * the languages of the vocabulary is found; negated statements, false friends and ordinary industrial text are not.
 */
import { findWeaponsUse } from "../../src/engine/redflags/weaponsUse";
import vocab from "../../src/engine/reference/data/weapons-use-vocabulary.json";

const kinds = (text: string) => findWeaponsUse(text).map((h) => h.kind);

describe("weapons use written in free text", () => {
  it.each([
    ["Customer letter states use in a uranium enrichment cascade", "WMD"],
    ["Missile production line support", "WMD"],
    ["for missile guidance units", "WMD"],
    ["ミサイル部品の加工", "WMD"],
    ["用于导弹弹体加工", "WMD"],
    ["미사일 부품 생산", "WMD"],
    ["производство ракет", "WMD"],
    ["ракетный двигатель", "WMD"],
    ["研究用原子炉の保守", "WMD"],
    ["nerve agent precursor handling", "WMD"],
    ["تخصيب اليورانيوم", "WMD"],
    ["For mounting machine guns on technicals", "CW"],
    ["装甲車両の砲塔部品加工", "CW"],
    ["軍用", "CW"],
    ["Packing of artillery shells for the army", "CW"],
    ["Machining gun barrels under a defence contract", "CW"],
    ["弹药生产线", "CW"],
    ["탄약 생산", "CW"],
    ["производство боеприпасов", "CW"],
    ["Teflon seals for the Navy", "CW"],
    ["uso militar", "CW"],
    ["askeri araç bakımı", "CW"],
    ["兵器の製造に使用。民生用ではない", "CW"],
  ])("%s → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it("reads a WMD and a CW word in the same text as two hits", () => {
    expect(kinds("missile launcher and artillery shells")).toEqual(["WMD", "CW"]);
  });

  it.each([
    "Not for military use",
    "non-military use only",
    "will not be used for any weapons",
    "Military use: none",
    "軍事用途には使用しない",
    "民生用。軍事用途ではない",
    "兵器とは無関係",
    "不用于军事用途",
    "비군사용",
    "не для военных целей",
  ])("a negated statement is not a hit: %s", (text) => {
    expect(findWeaponsUse(text)).toEqual([]);
  });

  it.each([
    "Spray gun for automotive painting",
    "Pumps for explosive atmospheres (ATEX)",
    "Turret lathe for valve bodies",
    "Gun drilling of hydraulic manifolds",
    "Navy blue fabric",
    "Bath bombs",
    "military-grade rugged tablet",
    "Combat corrosion in pipes",
    "Cement mortar mixer",
    "water tank",
    "welding torch 焊枪",
    "無機顔料 무기 안료 생산",
    "ракетка для тенниса",
    "токарный патрон",
    "防爆モーター",
    "タレット旋盤",
    "Machining of automotive transmission housings",
    "Calibration laboratory",
    "Brewery piping",
    "Motorcycle parts",
    "軍手（作業用手袋）",
  ])("ordinary text is not a hit: %s", (text) => {
    expect(findWeaponsUse(text)).toEqual([]);
  });

  it("does not read 'No' before a number as a negation", () => {
    expect(kinds("No 3 Missile Factory")).toEqual(["WMD"]);
  });

  it("keeps an affirmed mention when another one is negated", () => {
    expect(kinds("Not for civil use; for military use")).toEqual(["CW"]);
  });

  it("has sources for every part of the vocabulary", () => {
    for (const k of ["wmd", "cw", "negations", "false_friends"] as const)
      expect(vocab.sources[k].length).toBeGreaterThan(40);
    expect(vocab.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
