/**
 * Near-miss rules of issue 10, point 5, each on a list made for it: a match resting on one katakana word alike in
 * sound only (held below REVIEW on a large list, not on a small one), a short acronym not spelt exactly or beside
 * another distinctive word, and different kinds of organisation (university / bank / airline).
 */
import { importOwnList } from "../../src/engine/parties/import-own-list";
import type { PartyList } from "../../src/engine/parties/list-model";
import { SOUND_ONLY_LIST_ENTRIES } from "../../src/engine/parties/score-names";
import { createPartyScreener } from "../../src/engine/parties/screener";

function ownList(names: string[]): PartyList {
  return importOwnList(
    [
      "# id: t",
      "# name: test",
      "# version: 1",
      "id,name,aliases,country,note",
      ...names.map((n, i) => `${i + 1},"${n}",,,`),
    ].join("\n"),
  );
}

/** Filler names of invented words, so that a list reaches the size at which the sound-only hold applies. */
function filler(n: number): string[] {
  const syl = ["ka", "ro", "mi", "tu", "zel", "var", "nok", "pe", "dri", "sul"];
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const a =
      syl[i % 10] + syl[Math.floor(i / 10) % 10] + syl[Math.floor(i / 100) % 10] + syl[Math.floor(i / 1000) % 10];
    out.push(`${a} Holdings`);
  }
  return out;
}

const bandOf = (list: PartyList, query: string, name: string) =>
  createPartyScreener([list])
    .screenParty(query, undefined, "end_user")
    .find((m) => m.entryName === name)?.band;

describe("one katakana word alike in sound only", () => {
  const names = ["FINIKIA", "Kepler Trading", "Sukhoi"];
  const small = ownList(names);
  const large = ownList([...names, ...filler(SOUND_ONLY_LIST_ENTRIES)]);

  test("a small list (as the End User List) keeps it at REVIEW", () => {
    expect(bandOf(small, "ファナック株式会社", "FINIKIA")).toBe("REVIEW");
    expect(bandOf(small, "ケプレー", "Kepler Trading")).toBe("REVIEW");
  });

  test("a large list holds it below REVIEW, unless another word is paired", () => {
    expect(bandOf(large, "ファナック株式会社", "FINIKIA")).toBeUndefined();
    expect(bandOf(large, "ケプレー", "Kepler Trading")).toBeUndefined();
    expect(bandOf(large, "ケプレー・トレーディング", "Kepler Trading")).toBeDefined();
    // the cost, on the SDN list: a katakana rendering of a short one-word name needs more than the word
    expect(bandOf(large, "スホーイ", "Sukhoi")).toBeUndefined();
    expect(bandOf(large, "SUKHOI", "Sukhoi")).toBe("HIT");
  });
});

describe("short acronyms need whole-token support", () => {
  const list = ownList(["BID", "SAIC", "KOMID"]);
  test("spelt exactly and alone: REVIEW; one letter off or beside a distinctive word: not", () => {
    expect(bandOf(list, "SAIC", "SAIC")).toBe("REVIEW");
    expect(bandOf(list, "SAIC Co., Ltd.", "SAIC")).toBe("REVIEW");
    expect(bandOf(list, "BYD Company Limited", "BID")).toBeUndefined();
    expect(bandOf(list, "SAIC Zhelkar Corporation", "SAIC")).toBeUndefined();
  });
});

describe("different kinds of organisation", () => {
  const list = ownList(["Koryo Bank", "Air Koryo", "Koryo University"]);
  test("a university is not a bank or an airline of the same name", () => {
    expect(bandOf(list, "고려대학교", "Koryo Bank")).toBeUndefined();
    expect(bandOf(list, "고려대학교", "Air Koryo")).toBeUndefined();
    expect(bandOf(list, "고려대학교", "Koryo University")).toBe("HIT");
    expect(bandOf(list, "Koryo Bank Pyongyang Branch", "Koryo Bank")).toBeDefined();
  });
});

describe("a person is not a listed organisation, and an organisation not a listed person (SDN types)", () => {
  const typed: PartyList = {
    ...ownList(["placeholder"]),
    entries: [
      { id: "1", name: "PETROV TRADING", aliases: [], kind: "entity" },
      { id: "2", name: "IVAN PETROV", aliases: [], kind: "individual" },
      { id: "3", name: "MARIA PETROVA", aliases: [], kind: "vessel" },
    ],
  };
  const ids = (q: string) =>
    createPartyScreener([typed])
      .screenParty(q, undefined, "end_user")
      .map((m) => m.entryId);

  test("a titled or honorific name matches individuals only", () => {
    expect(ids("Mr. Ivan Petrov")).toContain("2");
    expect(ids("Mrs. Maria Petrova")).not.toContain("3");
    expect(ids("Maria Petrova")).toContain("3");
    expect(ids("ペトロフ トレーディング様")).not.toContain("1");
  });

  test("a cell that reads as an organisation matches no individual", () => {
    expect(ids("Ivan Petrov Trading LLC")).not.toContain("2");
    expect(ids("Petrov Trading LLC")).toContain("1");
  });
});
