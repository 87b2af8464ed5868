/**
 * Armed bodies the military-name check must recognise where the conventional-weapons prongs apply (a UN arms-embargo
 * destination, or 16項(1) goods): armed-forces abbreviations with their context (the destination they belong to, or a
 * force word), guards, paramilitary and armed groups, army-owned companies, a military site in the delivery address,
 * Arabic end-use text, peace-keeping missions; police and internal-security bodies as their own, uncertain case
 * (SECURITY_END_USER_SUSPECTED, REVIEW). And the false friends: the same abbreviations without context, civil names
 * holding military words, Vietnamese hải quan (customs) against hải quân (navy).
 */
import type { OrderRow } from "../../src/engine";
import {
  findContextAcronym,
  findMilitaryBody,
  findMilitarySite,
  findSecurityBody,
} from "../../src/engine/redflags/military";
import { findWeaponsUse } from "../../src/engine/redflags/weaponsUse";
import { cleanRow, codes, run } from "./helpers";

/** A 16項(2) laptop to an embargo destination: only a CW prong fact can make it anything but NO_LICENSE. */
const embargo = (destination: string, over: OrderRow) =>
  run(
    cleanRow({
      item_description: "Rugged laptop",
      hs_code: "8471.30",
      destination,
      consignee_country: "",
      end_user_country: "",
      end_use: "office administration",
      ...over,
    }),
  );

describe("armed-forces abbreviations count with the destination they belong to", () => {
  test.each([
    ["Sudan", "SAF Engineering Corps"],
    ["Iraq", "ISF 9th Division"],
    ["Lebanon", "LAF Directorate of Engineering"],
    ["Central African Republic", "FACA"],
    ["Somalia", "SNA 60th Division"],
    ["Afghanistan", "ANDSF legacy depot"],
    ["Afghanistan", "ANA 201st Corps"],
    ["Libya", "LNA logistics"],
    ["South Sudan", "SSPDF HQ"],
  ])("%s, end user %p → REVIEW (MILITARY_END_USER_SUSPECTED)", (dest, name) => {
    const r = embargo(dest, { consignee: name, end_user: name });
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("MILITARY_END_USER_SUSPECTED");
  });

  test.each([
    ["ANA", "JP"],
    ["AFP", "FR"],
    ["RSF", "FR"],
    ["SAF", "DE"],
  ])("%p with no country of its own and no force word is an ordinary abbreviation", (name, country) => {
    expect(findContextAcronym(`${name} Holdings`, [country])).toBeUndefined();
  });

  test("a force word gives the abbreviation its meaning without a country", () => {
    expect(findContextAcronym("SAF forces workshop", [undefined])?.kind).toBe("military");
  });

  test("lower-case letters are not the abbreviation (saf is not SAF)", () => {
    expect(findContextAcronym("saf engineering", ["SD"])).toBeUndefined();
  });
});

describe("guards, paramilitary and armed groups, peace-keeping missions, army-owned companies", () => {
  test.each([
    "Republican Guard workshop",
    "Presidential Guard",
    "Rapid Support Forces",
    "Popular Mobilization Forces (al-Hashd al-Shaabi)",
    "Hezbollah-affiliated construction arm",
    "Ansar Allah",
    "Quds Force",
    "AMISOM contingent",
    "Viettel High Technology Industries Corp.",
    "Myanma Economic Holdings Ltd",
    "Fauji Foundation",
    "الحرس الجمهوري",
    "قوات الدعم السريع",
    "حزب الله",
    "革命防衛隊",
    "维和部队",
    "Ciidamada Xoogga Dalka",
  ])("%p is a military body", (name) => {
    expect(findMilitaryBody(name)).toBeDefined();
  });

  test.each([
    ["end use", { end_use: "للقوات المسلحة السودانية" }],
    ["end use", { end_use: "for AMISOM / ATMIS troop-contributing contingents" }],
    ["end use", { end_use: "لدعم قوات حفظ السلام" }],
  ])("a military body in the %s at an embargo destination → REVIEW", (_f, over) => {
    const r = embargo("Sudan", over as OrderRow);
    expect(r.decision).toBe("REVIEW");
  });
});

describe("a military site in the delivery address (guideline ④)", () => {
  test.each([
    "Camp Taji military base, Baghdad",
    "Al Asad Air Base, Anbar",
    "в/ч 12345, Тикси",
    "陸上自衛隊 駐屯地内",
    "空军基地 3号楼",
    "Kaserne Nord, Tor 2",
    "قاعدة عسكرية، الخرطوم",
  ])("%p is a military site", (address) => {
    expect(findMilitarySite(address)).toBeDefined();
  });

  test.each([
    "12 Garrison Road, Singapore",
    "Military Road, Mosman NSW",
    "Barracks Street 5, Dublin",
    "Lot 12, Industrial Estate Road 5",
    "生産基地 2号棟",
  ])("%p is not", (address) => {
    expect(findMilitarySite(address)).toBeUndefined();
  });

  test("the address alone makes an embargo-destination row REVIEW", () => {
    const r = embargo("Iraq", {
      consignee: "General Trading Co.",
      end_user: "General Trading Co.",
      delivery_address: "Camp Taji military base, Baghdad",
    });
    expect(r.decision).toBe("REVIEW");
    expect(r.reasons.find((x) => x.code === "MILITARY_END_USER_SUSPECTED")?.text.en).toMatch(/military site/);
  });
});

describe("police and internal-security bodies: REVIEW, with the legal uncertainty said", () => {
  test.each([
    ["Iraq", "Iraqi Federal Police"],
    ["Lebanon", "Internal Security Forces (ISF)"],
    ["Libya", "Ministry of Interior – Deterrence Apparatus (Rada)"],
    ["Somalia", "Somali Police Force"],
    ["South Sudan", "National Security Service"],
    ["Afghanistan", "Ministry of Interior"],
  ])("%s, end user %p → REVIEW (SECURITY_END_USER_SUSPECTED)", (dest, name) => {
    const r = embargo(dest, { consignee: name, end_user: name });
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("SECURITY_END_USER_SUSPECTED");
    const reason = r.reasons.find((x) => x.code === "SECURITY_END_USER_SUSPECTED")!;
    expect(reason.text.en).toMatch(/not settled/);
    expect(reason.text.ja).toMatch(/確定していません/);
  });

  test.each([
    ["Myanmar", "Myanmar Police Force"],
    ["Viet Nam", "Bộ Công an (Ministry of Public Security)"],
    ["Philippines", "Philippine National Police"],
    ["Egypt", "Central Security Forces"],
    ["Nigeria", "Nigerian Police Force Mobile Unit"],
    ["China", "上海市公安局"],
    ["Indonesia", "Kepolisian Negara Republik Indonesia"],
    ["Turkey", "Emniyet Genel Müdürlüğü"],
  ])("16項(1) oscilloscope to %s, end user %p → REVIEW", (dest, name) => {
    const r = run(
      cleanRow({
        item_description: "Oscilloscope",
        hs_code: "9030.20",
        destination: dest,
        consignee_country: "",
        end_user_country: "",
        consignee: name,
        end_user: name,
      }),
    );
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("SECURITY_END_USER_SUSPECTED");
  });

  test.each(["Policy Research Institute", "Interior Design Studio", "Security Printing Press Ltd", "Polish Trading"])(
    "%p is not a security body",
    (name) => {
      expect(findSecurityBody(name)).toBeUndefined();
    },
  );

  test("a military name wins over a police word (military police is military)", () => {
    const r = embargo("Iraq", { consignee: "Military Police Battalion", end_user: "Military Police Battalion" });
    expect(codes(r)).toContain("MILITARY_END_USER_SUSPECTED");
    expect(codes(r)).not.toContain("SECURITY_END_USER_SUSPECTED");
  });
});

describe("false friends stay clean", () => {
  test.each([
    "Army Navy Outdoor Supplies Sdn Bhd",
    "PT Marine Corps Boatyard",
    "Hai Quan Seafood JSC",
    "Tổng cục Hải quan",
    "Thai Military Bank",
    "ANA Trading Corporation",
  ])("%p is not a military body", (name) => {
    expect(findMilitaryBody(name)).toBeUndefined();
  });

  test("hải quân written with its diacritics is the navy, in a name and in the end use", () => {
    expect(findMilitaryBody("Bộ Tư lệnh Hải quân")).toBeDefined();
    expect(findWeaponsUse("phục vụ Hải quân nhân dân").map((h) => h.kind)).toContain("CW");
    expect(findWeaponsUse("thủ tục hải quan")).toEqual([]);
  });

  test("a clean 16項(1) row to a civil seafood company stays NO_LICENSE", () => {
    const r = run(
      cleanRow({
        hs_code: "9030.20",
        item_description: "Oscilloscope",
        consignee: "Hai Quan Seafood JSC",
        end_user: "Hai Quan Seafood JSC",
      }),
    );
    expect(r.decision).toBe("NO_LICENSE");
  });
});
