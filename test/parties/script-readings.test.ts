/** Readings of Hangul, Persian/Arabic script and Japanese writing of foreign institutions (issue 10, point 3). */
import {
  arabicScriptSound,
  mccuneReischauer,
  persianRomanised,
  scriptReadings,
} from "../../src/engine/parties/script-readings";
import { PLACE_NAMES, japanesePlaceNames } from "../../src/engine/parties/place-names";
import { createPartyScreener } from "../../src/engine/parties/screener";
import type { PartyList } from "../../src/engine/parties/list-model";

const texts = (s: string) => scriptReadings(s).map((r) => r.text);

describe("scriptReadings", () => {
  test("McCune–Reischauer as the lists write North Korean names (voicing between voiced sounds)", () => {
    expect(mccuneReischauer("련봉")).toBe("ryonbong");
    expect(mccuneReischauer("단천")).toBe("tanchon");
    expect(mccuneReischauer("남천강")).toBe("namchongang");
    expect(mccuneReischauer("대동")).toBe("taedong");
  });

  test("Hangul: organisation words in English, the rest in both romanisations", () => {
    expect(texts("조선련봉총회사")).toEqual([
      "korea ryonbong general corporation",
      "korea lyeonbong general corporation",
      // the country word romanised, as the list also writes it (Choson Central Bank)
      "choson ryonbong general corporation",
    ]);
    // a word with a second English rendering gives a third reading with it (항공: aeronautical, air)
    expect(texts("고려항공")).toContain("koryo air");
    // ordinals written 제N
    expect(texts("제2경제위원회")[0]).toBe("second economic committee");
    // a North Korean place as the list writes it, in every reading (단천 Tanchon)
    expect(texts("단천상업은행")).toEqual(["tanchon commercial bank"]);
    expect(texts("평양시도로건설사업소")).toEqual(["pyongyang road construction office"]);
    // a one-syllable word is not cut from a two-syllable name (락원 Rakwon, not 락 + 원 "academy")
    expect(texts("락원929수입회사")[0]).toBe("rakwon 929 import company");
    // a word that is also a name: romanised in a reading of its own (Korea Ryonhap Trading)
    expect(texts("조선련합무역회사")).toContain("korea ryonhap trading company");
    // 주식회사 set apart only where the name reads as a North Korean trading body
    expect(texts("조선광성무역 주식회사")[0]).toBe("korea kwangsong trading");
    expect(texts("주식회사 신흥")[0]).toBe("chusik company sinhung");
    expect(texts("조선소 주식회사")[0]).toMatch(/chusik/);
  });

  test("Persian and Arabic words of more listed names, and English loanwords in Arabic script (fourth session)", () => {
    expect(texts("گروه صنایع تسلیحات")[0]).toBe("group industry armament");
    expect(texts("وزارت دفاع و پشتیبانی نیروهای مسلح")[0]).toBe("ministry defense and logistics armed forces");
    expect(texts("مكتب إمداد الجيش")[0]).toBe("office supply army");
    // و before a vowel is v; with the o guess the long vowel is ou (Eyvaz, Pouya); the plural suffix after a ZWNJ
    expect(persianRomanised("ایواز")).toBe("ayvaz");
    expect(texts("شرکت پویا کنترل")).toContain("company pouya control");
    expect(texts("سازمان پژوهش‌های نوین دفاعی")[0]).toBe("organization research innovation defense");
    // نیرو alone is a name (Niru), نیروی "force of"
    expect(texts("شرکت باتری سازی نیرو")[0]).toBe("company battery manufacturing niru");
    // an English word written in Arabic script (Future Trends International FZE)
    expect(texts("فيوتشر ترندز إنترناشيونال م.م.ح")[0]).toBe("future trends international FZE");
  });

  test("Persian: organisation words in English, names with their short vowels guessed", () => {
    expect(persianRomanised("شهید")).toBe("shahid");
    expect(persianRomanised("شریف")).toBe("sharif");
    // the short vowels guessed as a, then e and o (بهشتی: Beheshti)
    expect(texts("گروه صنعتی شهید همت")).toEqual([
      "group industry shahid hamat",
      "group industry shehid hemet",
      "group industry shohid homot",
      // by sound: consonants and long vowels in katakana, compared on the consonant skeleton
      "group industry シュヒド ホムト",
    ]);
    expect(texts("دانشگاه صنعتی شریف")[0]).toBe("university technology sharif");
    expect(texts("دانشگاه شهید بهشتی")).toContain("university shehid behesheti");
    // ال at the start of a Persian word (الکتریک) is not the Arabic article
    expect(texts("الیاف")[0]).toMatch(/^al/);
    expect(texts("شرکت کالای الکتریک")[0]).toBe("company kalai electric");
    // و alone is "and"; a phrase of three words (علم و صنعت: Science and Technology)
    expect(texts("دانشگاه علم و صنعت ایران")[0]).toBe("university science and technology iran");
  });

  test("Arabic: prefixes taken off organisation words, legal forms by their initials, names by sound", () => {
    expect(arabicScriptSound("تربیت")).toBe("トルビト");
    expect(arabicScriptSound("فيوتشر")).toBe("フィウチル");
    const r = texts("مبروكة للتجارة العامة ذ.م.م");
    expect(r[0]).toBe("mabarukae trading general LLC");
    expect(r).toContain("ムブルクア trading general LLC");
    // ب is b, and p in a foreign name (بولو Polo)
    expect(texts("بولو للتجارة")).toEqual(expect.arrayContaining(["ブル trading", "プル trading"]));
  });

  test("Japanese writing: a katakana place and kanji organisation words read as each English phrase", () => {
    expect(texts("ハルビン工業大学")).toContain("Harbin Institute of Technology");
    // places of the place-name table in katakana or kanji read in English
    expect(texts("ピョンヤン技術大学")).toContain("Pyongyang Technical University");
    expect(texts("テヘラン大学")).toEqual(["Tehran University"]);
    // kanji words of the table inside the name (third session): 原子力 Atomic Energy, 電子 Electronics, 総会社 …
    expect(texts("寧辺原子力研究センター")).toEqual(["Yongbyon Atomic Energy Research Center"]);
    expect(texts("イラン電子工業")).toContain("Iran Electronics Industries");
    expect(texts("朝鮮リョンボン総会社")).toContain("Korea リョンボン General Corporation");
    expect(texts("イラン遠心分離機技術会社")).toContain("Iran Centrifuge Technology Company");
    // 第N as an ordinal; kanji the tables do not know: no reading
    expect(texts("第7オフティー工業")).toContain("Seventh オフティー Industries");
    expect(texts("ミスミ精工会社")).toEqual([]);
    expect(texts("朝鮮クムサン貿易会社")).toContain("Korea クムサン Trading Corporation");
    // kanji names are compared as Han, not through this table
    expect(texts("北京理工大学")).toEqual([]);
    expect(texts("Sharif University of Technology")).toEqual([]);
  });
});

describe("the screener finds listed names written in these scripts", () => {
  const list: PartyList = {
    id: "t",
    name: "test",
    version: "1",
    date: "2026-12-01",
    source: "test",
    entries: [
      { id: "1", name: "Korea Ryonbong General Corporation", aliases: [], country: "KP" },
      { id: "2", name: "Shahid Hemmat Industrial Group", aliases: [], country: "IR" },
      { id: "3", name: "Harbin Institute of Technology", aliases: [], country: "CN" },
    ],
  };
  const s = createPartyScreener([list]);
  test.each([
    ["조선련봉총회사", "t#1"],
    ["گروه صنعتی شهید همت", "t#2"],
    ["ハルビン工業大学", "t#3"],
  ])("%s → %s, with the reading explained", (q, id) => {
    const m = s.screenParty(q, undefined, "end_user");
    expect(m[0]?.id).toBe(id);
    expect(m[0].explain!.notes!.join("\n")).toMatch(/Hangul|Persian|Japanese organisation word/);
  });
});

describe("place-name table (place-names.ts)", () => {
  test("every Japanese form names one place; longest forms are tried first", () => {
    const seen = new Map<string, string>();
    for (const p of PLACE_NAMES)
      for (const j of p.ja) {
        expect([j, seen.get(j) ?? p.en]).toEqual([j, p.en]);
        seen.set(j, p.en);
      }
    const order = japanesePlaceNames().map(([j]) => j.length);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(japanesePlaceNames().find(([j]) => "北朝鮮".startsWith(j))?.[1]).toBe("Korea");
  });
});
