/**
 * Dates written in the Japanese calendar: 令和7年9月30日, R7.9.30, R07/09/30, 令7.9.30, 平成31年4月30日, 令和元年5月1日,
 * with kanji numerals (令和七年九月三十日) too. The era year becomes the Western year; the date must fall within the
 * era (reference/data/japanese-eras.json): 平成37年 (平成 ended in 2019) does not exist and is not read.
 */
import data from "../reference/data/japanese-eras.json";

interface Era {
  name: string;
  letter: string;
  firstDay: string;
  /** The day before the next era's first day ("" for the current era). */
  lastDay: string;
  startYear: number;
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);

const ERAS: readonly Era[] = [...data.eras]
  .sort((a, b) => (a.first_day < b.first_day ? 1 : -1))
  .map((e, i, all) => ({
    name: e.name,
    letter: e.letter,
    firstDay: e.first_day,
    lastDay: i === 0 ? "" : dayBefore(all[i - 1].first_day),
    startYear: Number(e.first_day.slice(0, 4)),
  }));

const BY_PREFIX = new Map<string, Era>();
for (const e of ERAS) {
  BY_PREFIX.set(e.name, e);
  BY_PREFIX.set(e.name[0], e);
  BY_PREFIX.set(e.letter.toLowerCase(), e);
}

const ERA_DATE = new RegExp(
  `^(${[...BY_PREFIX.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?\\s*(元|\\d{1,2})\\s*(年|[-/.]|(?=\\s*$))(.*)$`,
  "i",
);

const KANJI_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Kanji numerals up to 99 (七, 十, 三十一, 〇九) as digits; other text unchanged. */
export function kanjiNumeralsToDigits(s: string): string {
  return s.replace(/[〇零一二三四五六七八九十]+/g, (run) => {
    if (!run.includes("十")) return [...run].map((c) => KANJI_DIGIT[c]).join("");
    const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(run);
    if (!m) return run;
    return String((m[1] ? KANJI_DIGIT[m[1]] : 1) * 10 + (m[2] ? KANJI_DIGIT[m[2]] : 0));
  });
}

export interface EraDate {
  /** The same date with the Western year ("2025年9月30日", "2025.9.30"). */
  western: string;
  era: { name: string; firstDay: string; lastDay: string };
}

/** A Japanese-calendar date rewritten with the Western year, or undefined when the text does not start with an era. */
export function fromJapaneseEra(text: string): EraDate | undefined {
  const s = kanjiNumeralsToDigits(text.trim());
  const m = ERA_DATE.exec(s);
  if (!m) return undefined;
  const era = BY_PREFIX.get(m[1].toLowerCase()) ?? BY_PREFIX.get(m[1]);
  if (!era) return undefined;
  const year = m[2] === "元" ? 1 : Number(m[2]);
  if (year < 1) return undefined;
  const sep = m[3] === "年" || m[3] === "" ? "年" : m[3];
  return {
    western: `${era.startYear + year - 1}${sep}${m[4]}`.trim(),
    era: { name: era.name, firstDay: era.firstDay, lastDay: era.lastDay },
  };
}

/** Whether an ISO date lies within the era. */
export function withinEra(iso: string, era: EraDate["era"]): boolean {
  return iso >= era.firstDay && (!era.lastDay || iso <= era.lastDay);
}
