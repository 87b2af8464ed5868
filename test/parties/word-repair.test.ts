/** Word breaks repaired against the list's words: a word broken at a line end, words run together (issue 10). */
import { piecesStandTogether, repairWordBreaks, splitRun } from "../../src/engine/parties/word-repair";
import { createPartyScreener } from "../../src/engine/parties/screener";
import { describeWithShared } from "../helpers/shared";
import { EUL_FILE, loadEul } from "./fixtures";

const words = new Set(
  "east star sanam electro kavan electronic iran ship building shipbuilding research institute pegasus general trading mahrous of npo electromechanics ts"
    .split(" ")
    .concat(["technology"]),
);
const has = (k: string) => words.has(k);
// neighbours in the (imagined) list's names
const pairs = new Set([
  "east star",
  "kavan electronic",
  "iran ship",
  "ship building",
  "research institute",
  "mahrous trading",
  "npo of",
  "of electromechanics",
  "star technology",
]);
const pair = (a: string, b: string) => pairs.has(`${a} ${b}`);

describe("splitRun", () => {
  test("cuts a run into the fewest words of the list, or the most", () => {
    expect(splitRun("eaststar", has)).toEqual(["east", "star"]);
    expect(splitRun("kavanelectronic", has)).toEqual(["kavan", "electronic"]);
    expect(splitRun("iranshipbuilding", has)).toEqual(["iran", "shipbuilding"]);
    expect(splitRun("iranshipbuilding", has, true)).toEqual(["iran", "ship", "building"]);
  });

  test("legal-form words count; a two-letter piece only at the start or as a legal form or stop word", () => {
    expect(splitRun("tscompany", has)).toEqual(["ts", "company"]);
    expect(splitRun("npoofelectromechanics", has)).toEqual(["npo", "of", "electromechanics"]);
    // "ts" is a word of the list, but not in the middle of a run
    expect(splitRun("easttsstar", has)).toBeUndefined();
  });

  test("nothing when a piece is not a word of the list, the run is short or is itself one word", () => {
    expect(splitRun("macnica", has)).toBeUndefined();
    expect(splitRun("eastx", has)).toBeUndefined();
    expect(splitRun("star", has)).toBeUndefined();
    expect(splitRun("eaststarsanamelectroeast", has)).toBeUndefined(); // more than four pieces
  });
});

describe("repairWordBreaks", () => {
  test("a line break inside a word is taken out when the joined word is the list's", () => {
    expect(repairWordBreaks("Mah\nrous Trading FZE", has, pair)).toEqual(["Mahrous Trading FZE"]);
    expect(repairWordBreaks("BAH-\nPEGASUS", has, pair)).toEqual([]);
    expect(repairWordBreaks("Pega-\nsus General Trading", has, pair)).toEqual(["Pegasus General Trading"]);
    // a legal-form word (LIABI⏎LITY)
    expect(repairWordBreaks("AZMOON LIMITED LIABI\nLITY COMPANY", has, pair)).toEqual([
      "AZMOON LIMITED LIABILITY COMPANY",
    ]);
    // a break between words stays: the join is no word of the list
    expect(repairWordBreaks("Pegasus General\nTrading", has, pair)).toEqual([]);
    // spaces around the break: a break between words
    expect(repairWordBreaks("Mah \nrous", has, pair)).toEqual([]);
  });

  test("words run together are cut, keeping the writer's letters; an ordinal's letters after its number", () => {
    expect(repairWordBreaks("EastStar", has, pair)).toEqual(["East Star"]);
    expect(repairWordBreaks("KAVANELECTRONIC LLC", has, pair)).toEqual(["KAVAN ELECTRONIC LLC"]);
    // iran·shipbuilding are no neighbours in a list name; iran·ship·building are
    expect(repairWordBreaks("IRANSHIPBUILDING LLC", has, pair)).toEqual(["IRAN SHIP BUILDING LLC"]);
    expect(repairWordBreaks("23RDRESEARCHINSTITUTE", has, pair)).toEqual(["23RD RESEARCH INSTITUTE"]);
    // an abbreviation the analyser reads as a word of the list (tech: technology)
    expect(repairWordBreaks("StarTech", has, pair)).toEqual(["Star Tech"]);
  });

  test("words of the list that are no neighbours in a list name are not a cut (AIRBUS is not air·bus)", () => {
    expect(repairWordBreaks("StarEast", has, pair)).toEqual([]);
    expect(piecesStandTogether(["east", "star"], pair)).toBe(true);
    expect(piecesStandTogether(["star", "east"], pair)).toBe(false);
    // legal-form words are left out of the test; abbreviations read as the analyser reads them
    expect(piecesStandTogether(["east", "star", "company"], pair)).toBe(true);
    expect(piecesStandTogether(["star", "tech"], pair)).toBe(true);
  });

  test("nothing to repair: no reading (other scripts, short words, words of the list)", () => {
    expect(repairWordBreaks("Macnica Inc.", has, pair)).toEqual([]);
    expect(repairWordBreaks("East Star", has, pair)).toEqual([]);
    expect(repairWordBreaks("株式会社イーストスター", has, pair)).toEqual([]);
    expect(repairWordBreaks("", has, pair)).toEqual([]);
  });
});

describeWithShared(
  EUL_FILE,
  "screener on the End User List: repaired word breaks find the listed name, and say so",
  () => {
    test.each([
      ["EastStar", /^East Star Company$/],
      ["Mah\nrous Trading FZE", /^Mahrous Trading FZE$/],
      ["KAVANELECTRONIC LLC", /^KAVAN ELECTRONICS? /],
      ["Korea Tong\nhae Shipping Company", /^Korea Tonghae Shipping Company/],
    ])("%j → %s", (cell, name: RegExp) => {
      const s = createPartyScreener([loadEul()]);
      const m = s.screenParty(cell, undefined, "end_user").find((x) => name.test(x.matchedName));
      expect(m?.score).toBeGreaterThanOrEqual(0.9);
      expect((m?.explain?.notes ?? []).join(" ")).toMatch(/word breaks repaired/);
    });
    test("an ordinary name is not cut into list words", () => {
      const s = createPartyScreener([loadEul()]);
      for (const cell of [
        "Macnica Inc.",
        "Panasonic Corporation",
        "Sumitomo Electric Industries",
        "Eastern Starlight Ltd",
      ])
        expect([cell, s.screenParty(cell, undefined, "end_user")]).toEqual([cell, []]);
    });
  },
);
