/** Russian organisation words in Cyrillic read in English (issue 10, recall). */
import { russianInEnglish, russianWordInEnglish } from "../../src/engine/parties/russian-words";
import { scriptReadings } from "../../src/engine/parties/script-readings";

describe("russianWordInEnglish", () => {
  test("a word by its stem, whatever its ending (ё read as е)", () => {
    expect(russianWordInEnglish("Объединённая")).toBe("united");
    expect(russianWordInEnglish("объединенной")).toBe("united");
    expect(russianWordInEnglish("верфи")).toBe("shipyard");
    expect(russianWordInEnglish("Вертолёты")).toBe("helicopters");
    expect(russianWordInEnglish("разведки")).toBe("intelligence");
  });
  test("the longest stem wins; short words only whole", () => {
    expect(russianWordInEnglish("центральный")).toBe("central");
    expect(russianWordInEnglish("центр")).toBe("center");
    expect(russianWordInEnglish("научно-исследовательский")).toBe("scientific research");
    expect(russianWordInEnglish("НИИ")).toBe("scientific research institute");
    expect(russianWordInEnglish("дома")).toBeUndefined(); // дом is matched whole only
    expect(russianWordInEnglish("Ангстрем")).toBeUndefined();
  });
});

describe("russianInEnglish", () => {
  test("organisation words in English, names and legal forms as written", () => {
    expect(russianInEnglish("ПАО «Объединённая авиастроительная корпорация»")).toBe(
      "ПАО « united aircraft corporation »",
    );
    expect(russianInEnglish("АО «Адмиралтейские верфи»")).toBe("АО « admiralty shipyard »");
    // a phrase the list writes as one word
    expect(russianInEnglish("Корпорация «Тактическое ракетное вооружение»")).toBe("corporation « tactical missiles »");
    // named after: the surname out of the genitive
    expect(russianInEnglish("МКБ «Искра» им. И.И. Картукова")).toBe(
      "machine building design bureau «Искра» named after Картуков",
    );
    // a hyphenated word by its parts; the state corporations by their English initials
    expect(russianInEnglish("ПАО «ОДК-Сатурн»")).toBe("ПАО « uec Сатурн»");
  });
  test("nothing for a name without Cyrillic or without a word of the table", () => {
    expect(russianInEnglish("United Aircraft Corporation")).toBeUndefined();
    expect(russianInEnglish("АО «Ангстрем»")).toBeUndefined();
  });
  test("offered among the script readings, only for Cyrillic", () => {
    expect(scriptReadings("АО «Вертолёты России»").map((r) => r.text)).toContain("АО « helicopters russian »");
    expect(scriptReadings("Russian Helicopters")).toEqual([]);
  });
});
