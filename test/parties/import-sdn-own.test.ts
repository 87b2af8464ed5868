import * as fs from "fs";
import * as path from "path";
import { describeWithShared } from "../helpers/shared";
import { importSdnCsv, sdnAliasesFromRemarks } from "../../src/engine/parties/import-sdn";
import { importOwnList } from "../../src/engine/parties/import-own-list";
import { ListImportError } from "../../src/engine/parties/list-model";
import { readCsv } from "../../src/engine/parties/csv-text";
import { SDN_FILE, loadSdn, sdnText, tempDir } from "./fixtures";

function importError(fn: () => unknown): ListImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ListImportError) return e;
    throw e;
  }
  throw new Error("expected a ListImportError");
}

describe("CSV reader", () => {
  test("quotes, doubled quotes, line breaks inside quotes, CRLF, DOS end-of-file mark", () => {
    expect(readCsv('a,"b ""x""",c\r\n1,"two\nlines",3\r\n\u001a').rows).toEqual([
      ["a", 'b "x"', "c"],
      ["1", "two\nlines", "3"],
    ]);
  });
  test("reports an unterminated quote", () => {
    expect(readCsv('a,"b\nc').unterminatedQuoteAtLine).toBe(1);
  });
});

describe("SDN aliases in remarks", () => {
  test("a.k.a., f.k.a., apostrophes inside the alias", () => {
    expect(sdnAliasesFromRemarks("a.k.a. 'BNC'.")).toEqual(["BNC"]);
    expect(sdnAliasesFromRemarks("DOB 1951; a.k.a. 'ABU-'UMAR'.")).toEqual(["ABU-'UMAR"]);
    expect(sdnAliasesFromRemarks("a.k.a. 'THE CHESS PLAYER'; a.k.a. 'LUCAS'; f.k.a. 'OLD NAME LTD'.")).toEqual([
      "THE CHESS PLAYER",
      "LUCAS",
      "OLD NAME LTD",
    ]);
    expect(sdnAliasesFromRemarks("Website www.example.com.")).toEqual([]);
  });
});

describeWithShared(SDN_FILE, "OFAC SDN CSV 2024-05-03 (real file)", () => {
  test("all rows import with ids, names and remark aliases", () => {
    const l = loadSdn();
    expect(l.id).toBe("ofac-sdn");
    expect(l.version).toBe("2024-05-03");
    // Every non-empty line of the file is one entry.
    const lines = sdnText()
      .split("\r\n")
      .filter((x) => /^\d+,/.test(x)).length;
    expect(l.entries.length).toBe(lines);
    expect(l.entries.length).toBeGreaterThan(14000);
    const bnc = l.entries.find((e) => e.id === "306");
    expect(bnc).toMatchObject({ name: "BANCO NACIONAL DE CUBA", aliases: ["BNC"] });
    const aliasCount = l.entries.reduce((n, e) => n + e.aliases.length, 0);
    expect(aliasCount).toBeGreaterThan(3000);
  });
  test("truncated copies are rejected with the line named", () => {
    const text = sdnText();
    const dir = tempDir();
    for (const frac of [0.3, 0.5, 0.77]) {
      const p = path.join(dir, `sdn-${frac}.csv`);
      // Cut mid-line: the last line is then incomplete (too few columns or an open quote).
      let cut = Math.floor(text.length * frac);
      while (text[cut] === "\n" || text[cut - 1] === "\n") cut++;
      fs.writeFileSync(p, text.slice(0, cut));
      const err = importError(() => importSdnCsv(fs.readFileSync(p, "utf8")));
      expect(err.text.en).toMatch(/cut off/);
      expect(err.text.ja).toMatch(/途中で切れています/);
    }
  });
});

describe("SDN importer on bad input", () => {
  test("empty, an own list, a garbled row", () => {
    expect(importError(() => importSdnCsv("")).text.en).toMatch(/empty/);
    expect(importError(() => importSdnCsv("name,aliases\nAcme,\n")).text.en).toMatch(/columns/);
    expect(
      importError(() => importSdnCsv('x1,"A",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n')).text.en,
    ).toMatch(/ent_num/);
  });
});

describe("own list importer", () => {
  const good =
    '# id: mylist\n# name: My deny list\n# version: 2025-10-01\nname,aliases,country,note\nAcme Rocket Works,ACME RW|Acme Rockets,RU,test\n"Beta, Gamma Ltd",,cn,\n';
  test("metadata, aliases, country upper-cased, line numbers as ids", () => {
    const l = importOwnList(good);
    expect(l).toMatchObject({ id: "mylist", name: "My deny list", version: "2025-10-01", date: "2025-10-01" });
    expect(l.entries).toEqual([
      { id: "5", name: "Acme Rocket Works", aliases: ["ACME RW", "Acme Rockets"], country: "RU", remarks: "test" },
      { id: "6", name: "Beta, Gamma Ltd", aliases: [], country: "CN" },
    ]);
  });
  test("without metadata the version is a content fingerprint", () => {
    const a = importOwnList("name\nFoo Industries\n");
    const b = importOwnList("name\nFoo Industries Two\n");
    expect(a.id).toBe("own");
    expect(a.version).toMatch(/^content-[0-9a-f]{8}$/);
    expect(a.version).not.toBe(b.version);
  });
  test("rejections name the problem", () => {
    expect(importError(() => importOwnList("")).text.en).toMatch(/empty/);
    expect(importError(() => importOwnList("company,country\nX,RU\n")).text.en).toMatch(/no "name" column/);
    expect(importError(() => importOwnList("name,country\nX,Russia\n")).text.en).toMatch(/ISO alpha-2/);
    expect(importError(() => importOwnList("name,country\n,RU\n")).text.en).toMatch(/line 2: the name is empty/);
    expect(importError(() => importOwnList('name,note\nX,"unfinished\n')).text.en).toMatch(/cut off/);
    expect(importError(() => importOwnList("name\nX,Y,Z\n")).text.en).toMatch(/more than the header/);
    expect(importError(() => importOwnList('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- \n')).text.en).toMatch(/SDN/);
    expect(importError(() => importOwnList("name\n")).text.en).toMatch(/no entries/);
    expect(importError(() => importOwnList("name,aliases,country\nAcme,A|B,RU\nBeta,Bet")).text.en).toMatch(
      /last line \(3\) has fewer columns .* cut off/,
    );
  });
  test("a last line without a line end is fine when it is complete", () => {
    expect(importOwnList("name,country\nAcme,RU").entries).toEqual([
      { id: "2", name: "Acme", aliases: [], country: "RU" },
    ]);
  });
});
