/**
 * Countries written in an order's free text (normalize/textCountries.ts) and the flow node that reads them
 * (TEXT_COUNTRY, fact countryInText): a country or city in the remarks, the delivery address, the end use, a party
 * cell or a destination note whose rules are stricter than the destination's makes the row REVIEW; prohibitions,
 * negations and origins are not destinations; a country no stricter than the destination changes nothing.
 */
import { countriesInText } from "../../src/engine/normalize/textCountries";
import { resolveCountry } from "../../src/engine/normalize/country";
import { strictness } from "../../src/engine/rules/textCountryFact";
import { FakePartyScreener, cleanRow, codes, pathIds, run, step, expectWellFormed } from "./helpers";
import { presentResult } from "../../src/engine/present/model";

const explanationOf = (r: ReturnType<typeof run>, lang: "ja" | "en") => presentResult(r, lang).reasonLines.join("\n");
const isoIn = (text: string) => countriesInText(text).map((c) => c.iso2);
/** A list is consulted in every screen here, so only the text decides (an empty End User List). */
const screener = () => new FakePartyScreener([]);

describe("countries named in free text", () => {
  it.each([
    ["ship on to Pyongyang after arrival", "KP"],
    ["平壌市 中区域", "KP"],
    ["final destination: Iran", "IR"],
    ["最終仕向地はイラン", "IR"],
    ["到货后转运至俄罗斯", "RU"],
    ["최종 목적지: 러시아", "RU"],
    ["Weiterversand nach Russland durch den Kunden", "RU"],
    ["Livraison finale en Syrie", "SY"],
    ["Entrega final en Irán", "IR"],
    ["Минск, ул. Притыцкого 62", "BY"],
    ["ул. Ленина 15, Москва, Россия", "RU"],
    ["Arya Trading LLC, Tehran, Iran", "IR"],
    ["Rosneft PJSC (Moscow)", "RU"],
    ["Iranian end user", "IR"],
    ["deliver to Vladivostok port", "RU"],
    ["الوجهة النهائية إيران", "IR"],
    ["Kuala Lumpur", "MY"],
  ])("%s → %s", (text, iso2) => {
    expect(isoIn(text)).toContain(iso2);
  });

  it.each([
    "Re-export to Iran, North Korea or Syria is prohibited",
    "本製品を北朝鮮・イランへ再輸出することを禁ずる",
    "禁止转口至伊朗",
    "Made in China",
    "原産国：中国",
    "Country of origin: Russia",
    "not for re-export to Russia",
    "イラン向けではない",
    "except Iran",
    "Atlanta, Georgia 30301",
    "Albuquerque, New Mexico",
    "Attn: Jordan Lee",
    "Chad Smith, purchasing",
    "수출이란 무엇인가",
    "ミライランド株式会社",
    "L/C at sight",
    "Plant 2, Industrial Estate",
  ])("%s names no destination", (text) => {
    expect(isoIn(text).filter((c) => strictness(c) > 1)).toEqual([]);
  });

  it("keeps a negation after the name away from a later clause", () => {
    expect(isoIn("Customer in Iran (did not disclose the end use)")).toEqual(["IR"]);
    expect(isoIn("PO No. 5, final destination Iran")).toEqual(["IR"]);
  });

  it("does not read the exporter's own country as a destination", () => {
    expect(isoIn("Tokyo office of the buyer, Japan")).toEqual([]);
  });
});

describe("destination cells written as a city, with a country, or in another language", () => {
  it.each([
    ["Pyongyang", "KP"],
    ["平壌", "KP"],
    ["Corée du Nord", "KP"],
    ["Corea del Norte", "KP"],
    ["Nordkorea", "KP"],
    ["Estados Unidos", "US"],
    ["Aotearoa New Zealand", "NZ"],
    ["Kyiv, Ukraine", "UA"],
    ["Tehran, Iran", "IR"],
    ["Minsk, Belarus", "BY"],
    ["Hong Kong, China", "HK"],
    ["Seoul, Korea", "KR"],
    ["Pyongyang, Korea", "KP"],
    ["Khartoum", "SD"],
    ["Russland", "RU"],
  ])("%s → %s", (cell, iso2) => {
    expect(resolveCountry(cell).iso2).toBe(iso2);
  });

  it("leaves a cell naming two different countries unresolved", () => {
    expect(resolveCountry("Germany / Russia").iso2).toBeUndefined();
    expect(resolveCountry("Korea").iso2).toBeUndefined();
    expect(resolveCountry("朝鮮").iso2).toBeUndefined();
  });
});

describe("the TEXT_COUNTRY node", () => {
  it("makes a row to Singapore REVIEW when the remarks say the goods go on to Iran, in both packs", () => {
    for (const date of ["2026-12-15", "2025-09-01"]) {
      const r = run(
        cleanRow({
          destination: "Singapore",
          consignee_country: "SG",
          end_user_country: "SG",
          remarks: "buyer will ship the goods on to a customer in Iran",
          delivery_date: date,
        }),
        screener(),
      );
      if (date > "2025-10-09") expectWellFormed(r, { "meti-eul": "2025-09-29" });
      expect(r.decision).not.toBe("NO_LICENSE");
      expect(codes(r)).toContain("COUNTRY_IN_TEXT");
      expect(step(r, "TEXT_COUNTRY")).toBe("yes");
    }
  });

  it("reads a Group A consignee whose delivery address is in Russia", () => {
    const r = run(
      cleanRow({
        destination: "Germany",
        consignee: "Rhein Werkzeugmaschinen GmbH",
        end_user: "Rhein Werkzeugmaschinen GmbH",
        consignee_country: "DE",
        end_user_country: "DE",
        delivery_address: "ул. Ленина 15, Москва, Россия",
      }),
      screener(),
    );
    expect(r.decision).toBe("REVIEW");
    expect(codes(r)).toContain("COUNTRY_IN_TEXT");
    const ja = explanationOf(r, "ja");
    const en = explanationOf(r, "en");
    expect(ja).toContain("納入先住所");
    expect(ja).toContain("ロシア");
    expect(en).toContain("delivery address");
    expect(en).toContain("Russia");
  });

  it("ignores a country no stricter than the destination, and the destination's own country", () => {
    for (const remarks of ["transship via Malaysia", "Vietnamese customer, Hanoi office", "Made in China"]) {
      const r = run(cleanRow({ remarks }), screener());
      expect(step(r, "TEXT_COUNTRY")).toBe("no");
    }
    const iran = run(
      cleanRow({ destination: "Iran", consignee_country: "IR", end_user_country: "IR", remarks: "Tehran office" }),
      screener(),
    );
    expect(step(iran, "TEXT_COUNTRY")).toBe("no");
  });

  it("asks nothing when the destination itself is unknown (the COUNTRY node reviews that)", () => {
    const r = run(
      cleanRow({ destination: "Narnia", consignee_country: "", end_user_country: "", remarks: "to Iran" }),
      screener(),
    );
    expect(pathIds(r)).toContain("TEXT_COUNTRY");
    expect(step(r, "TEXT_COUNTRY")).toBe("no");
  });

  it("leaves a boilerplate prohibition in the remarks alone", () => {
    const r = run(cleanRow({ remarks: "Re-export to North Korea, Iran or Syria is prohibited." }), screener());
    expect(step(r, "TEXT_COUNTRY")).toBe("no");
  });
});
