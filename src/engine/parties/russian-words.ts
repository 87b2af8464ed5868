/**
 * Russian organisation words in Cyrillic and the English words the End User List writes for them (issue 10,
 * recall): the list carries its Russian entries in English or in Latin transliteration only (United Aircraft
 * Corporation, Federal Security Service, Admiralty Shipyard JSC), while orders from Russia write them in Cyrillic
 * (ПАО «Объединённая авиастроительная корпорация», Федеральная служба безопасности, АО «Адмиралтейские верфи»).
 * Russian inflects: a word is matched by its stem (the table's key is the start of the word, ё read as е), longest
 * stem first; keys of three letters or fewer only as whole words. Abbreviations of organisation kinds (ФГУП, НИИ,
 * ОКБ, НПО …) are written out as the list writes them.
 * Sources: the standard dictionary meanings of the words (Russian–English; the English as the End User List's
 * entries render them, e.g. завод → Plant, конструкторское бюро → Design Bureau, Объединённая … корпорация →
 * United … Corporation); the abbreviations are the usual Russian ones for those kinds of organisation (ФГУП:
 * федеральное государственное унитарное предприятие; НИИ: научно-исследовательский институт; ОКБ: опытно-
 * конструкторское бюро; НПО: научно-производственное объединение) and of the three state corporations named on the
 * list, read as their English initials (ОАК UAC United Aircraft Corporation, ОДК UEC United Engine Corporation, ОСК USC
 * United Shipbuilding Corporation).
 * Written for this project, as of 2026-12-01.
 */

/** Word stems (lower case, е for ё) and their English. Longest stems are tried first. */
export const RUSSIAN_STEMS: Array<[string, string]> = [
  ["научно-исследовательск", "scientific research"],
  ["научно-производственн", "scientific production"],
  ["научно-технич", "scientific technical"],
  ["опытно-конструкторск", "experimental design"],
  ["объединенн", "united"],
  ["объединени", "association"],
  ["авиастроительн", "aircraft"],
  ["самолетостроительн", "aircraft"],
  ["двигателестроительн", "engine"],
  ["моторостроительн", "engine"],
  ["двигател", "engine"],
  ["судостроительн", "shipbuilding"],
  ["судоремонт", "ship repair"],
  ["машиностроительн", "machine building"],
  ["машиностроени", "machine building"],
  ["приборостроительн", "instrument"],
  ["приборостроени", "instrument"],
  ["станкостроительн", "machine tool"],
  ["конструкторск", "design"],
  ["бюро", "bureau"],
  ["опытн", "experimental"],
  ["экспериментальн", "experimental"],
  ["научн", "scientific"],
  ["исследовательск", "research"],
  ["производственн", "production"],
  ["центральн", "central"],
  ["центр", "center"],
  ["институт", "institute"],
  ["завод", "plant"],
  ["фабрик", "factory"],
  ["комбинат", "plant"],
  ["корпораци", "corporation"],
  ["госкорпораци", "state corporation"],
  ["концерн", "concern"],
  ["холдинг", "holding"],
  ["компани", "company"],
  ["предприяти", "enterprise"],
  ["унитарн", "unitary"],
  ["федеральн", "federal"],
  ["государственн", "state"],
  ["служб", "service"],
  ["безопасност", "security"],
  ["внешн", "foreign"],
  ["разведк", "intelligence"],
  ["разведывательн", "intelligence"],
  ["министерств", "ministry"],
  ["оборон", "defense"],
  ["российск", "russian"],
  ["россии", "russian"],
  ["федераци", "federation"],
  ["тактическ", "tactical"],
  ["ракетн", "missile"],
  ["ракет", "missile"],
  ["вооружени", "armament"],
  ["адмиралтейск", "admiralty"],
  ["верф", "shipyard"],
  ["вертолет", "helicopters"],
  ["авиационн", "aviation"],
  ["космическ", "space"],
  ["радиоэлектронн", "radio electronic"],
  ["радиотехническ", "radiotechnical"],
  ["микроэлектроник", "microelectronics"],
  ["электроник", "electronics"],
  ["электронн", "electronic"],
  ["электромеханик", "electromechanics"],
  ["технологи", "technologies"],
  ["систем", "systems"],
  ["автоматик", "automatics"],
  ["автоматизаци", "automation"],
  ["академи", "academy"],
  ["университет", "university"],
  ["промышленн", "industrial"],
  ["металлургическ", "metallurgical"],
  ["химическ", "chemical"],
  ["механик", "mechanics"],
  ["механическ", "mechanical"],
  ["оптико-механическ", "optical mechanical"],
  ["оптическ", "optical"],
  ["лазерн", "laser"],
  ["ядерн", "nuclear"],
  ["атомн", "atomic"],
  ["связ", "communications"],
  ["морск", "marine"],
  ["инженерн", "engineering"],
  ["специальн", "special"],
  ["главн", "main"],
  ["управлени", "directorate"],
  ["генеральн", "general"],
  ["испытательн", "test"],
  ["полупроводник", "semiconductor"],
  ["приборн", "instrument"],
  ["прибор", "instruments"],
  ["точн", "precision"],
  ["боеприпас", "ammunition"],
  ["оружи", "weapons"],
  ["артиллери", "artillery"],
  ["танков", "tank"],
  ["автомобил", "automobile"],
  ["торгов", "trading"],
  ["прикладн", "applied"],
  ["акустик", "acoustics"],
  ["композицион", "composite"],
  ["материал", "materials"],
  ["информацион", "information"],
  ["высокоточн", "high precision"],
  // комплекс: a weapon or technical system (ракетный комплекс, высокоточные комплексы)
  ["комплекс", "systems"],
  ["проектно-конструкторск", "design"],
  ["академик", "academician"],
  ["вычислительн", "computer"],
  ["энерготехник", "power engineering"],
  ["техник", "engineering"],
  ["транспортн", "transport"],
  ["биологическ", "biological"],
  ["органическ", "organic"],
  ["квантов", "quantum"],
  ["регионального", "regional"],
  ["региональн", "regional"],
  ["дом", "house"],
];

/** Whole words (lower case) and abbreviations of kinds of organisation, written out. */
export const RUSSIAN_WORDS: Record<string, string> = {
  им: "named after",
  имени: "named after",
  и: "and",
  фгуп: "federal state unitary enterprise",
  фгбу: "federal state budgetary establishment",
  нии: "scientific research institute",
  цнии: "central scientific research institute",
  окб: "experimental design bureau",
  кб: "design bureau",
  мкб: "machine building design bureau",
  нпо: "scientific production association",
  нпп: "scientific production enterprise",
  нпк: "scientific production corporation",
  нпц: "scientific production center",
  гнц: "state scientific center",
  // the state corporations, by their English initials as the list writes them (UEC-Saturn)
  оак: "uac",
  одк: "uec",
  оск: "usc",
};

/** Phrases translated as a whole (the list writes one English word for them). */
export const RUSSIAN_PHRASES: Array<[RegExp, string]> = [
  // ракетное вооружение "missile armament": Tactical Missiles Corporation
  [/ракетно[ег]о?\s+вооружени[еяю]/giu, " missiles "],
];

let stems: Array<[string, string]> | undefined;

/** The English of one Cyrillic word (lower case, ё as е), or undefined. */
export function russianWordInEnglish(word: string): string | undefined {
  const w = word.toLowerCase().replace(/ё/g, "е");
  const whole = RUSSIAN_WORDS[w];
  if (whole !== undefined) return whole;
  if (w.length <= 3) return undefined;
  stems ??= [...RUSSIAN_STEMS].sort((a, b) => b[0].length - a[0].length);
  for (const [stem, en] of stems) if (stem.length >= 4 && w.startsWith(stem)) return en;
  return undefined;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const WORD = /[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*/g;

/** "Named after" a person: им. (имени), a title (академика), initials and the surname in the genitive. */
const NAMED_AFTER =
  /(?<![\p{L}])(?:им\.|имени)\s*(?:(?:академика|генерального конструктора|профессора)\s+)?(?:\p{Lu}\.\s*){0,2}(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;

/** The surname out of the genitive the phrase puts it in (Картукова → Картуков, Доллежаля → Доллежаль). */
function nominative(surname: string): string {
  if (/(?:ого|его)$/.test(surname)) return surname.slice(0, -3) + "ий";
  if (/[^аеиоуыэюя]я$/.test(surname)) return surname.slice(0, -1) + "ь";
  if (/[^аеиоуыэюя]а$/.test(surname)) return surname.slice(0, -1);
  return surname;
}

/** Adjective endings of a Russian word the table does not know (Уральский → Ураль, Тураевское → Тураев). */
const ADJECTIVE_ENDING = /(?:ский|ская|ское|ские|ского|ской|ском|ских|ный|ная|ное|ные|ного|ной)$/;

/**
 * A Russian name with its organisation words put into English, the other words left as written (the analyser
 * transliterates them): ПАО «Объединённая авиастроительная корпорация» → ПАО «united aircraft corporation».
 * Undefined when the name has no Cyrillic or no word the table knows. A hyphenated word is looked up whole, then
 * by its parts (ОДК-Сатурн → uec Сатурн). With `short`, as lists often shorten a Russian name: abbreviations as
 * written (НПО, НИИ: the list may write them so), "named after …" left out, and the adjective endings taken off
 * the words the table does not know (Уральский научно-исследовательский институт → Ураль scientific research
 * institute: the list writes Ural).
 */
export function russianInEnglish(name: string, short = false): string | undefined {
  if (!CYRILLIC.test(name)) return undefined;
  let translated = false;
  let src = name;
  for (const [re, en] of RUSSIAN_PHRASES)
    src = src.replace(re, () => {
      translated = true;
      return en;
    });
  src = src.replace(NAMED_AFTER, (_m, surname: string) => {
    translated = true;
    return short ? " " : ` named after ${nominative(surname)} `;
  });
  const word = (w: string): string | undefined => {
    if (short && /^\p{Lu}{2,}$/u.test(w) && RUSSIAN_WORDS[w.toLowerCase()] !== undefined) return undefined;
    return russianWordInEnglish(w);
  };
  const rest = (w: string) => (short && w.length >= 6 ? w.replace(ADJECTIVE_ENDING, "") : w);
  const text = src.replace(WORD, (w) => {
    // legal forms (АО, ПАО, ООО …) stay: the analyser knows them
    const whole = word(w);
    if (whole !== undefined) {
      translated = true;
      return ` ${whole} `;
    }
    if (!w.includes("-")) return rest(w);
    return w
      .split("-")
      .map((p) => {
        const en = word(p);
        if (en === undefined) return rest(p);
        translated = true;
        return ` ${en} `;
      })
      .join(" ");
  });
  return translated ? text.replace(/\s+/g, " ").trim() : undefined;
}
