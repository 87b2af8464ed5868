/**
 * --report FILE.html on the bundled example with the demo list: the page loads nothing, its counts are the output
 * file's, it lists every row needing attention (the presentation model's rule) with the model's labels and
 * colours, in the chosen language. The page is looked at in Chromium in test/e2e/report.e2e.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { DECISIONS } from "../../src/engine";
import { COLOUR_FILL, DECISION_COLOUR, decisionLabel, needsAttention } from "../../src/engine/present";
import { countryName, resolveCountry } from "../../src/engine/normalize/country";
import { MIN_HEADER, REPO, cli, readOutputCsv, records, tempDir } from "./helpers";

const HAS_JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const DEMO = path.join(REPO, "examples", "demo-list.csv");

describe("--report FILE.html", () => {
  let dir: string;
  const page: Record<"en" | "ja", string> = { en: "", ja: "" };

  beforeAll(async () => {
    dir = tempDir();
    for (const lang of ["en", "ja"] as const) {
      const r = await cli(["--list", DEMO, "--out", `o-${lang}.csv`, "--report", `r-${lang}.html`, "--lang", lang], {
        cwd: dir,
      });
      expect(r.code).toBe(0);
      page[lang] = fs.readFileSync(path.join(dir, `r-${lang}.html`), "utf8");
    }
  });

  it("is self-contained: no script, no external reference, a policy that forbids loading", () => {
    for (const html of Object.values(page)) {
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
    }
  });

  it("counts by decision as in the output file, with the model's labels and colours, in the chosen language", () => {
    const out = records(readOutputCsv(path.join(dir, "o-en.csv")));
    for (const lang of ["en", "ja"] as const) {
      expect(page[lang]).toContain(`<html lang="${lang}">`);
      for (const d of DECISIONS) {
        const n = out.filter((r) => r.decision === d).length;
        expect(page[lang]).toContain(`>${decisionLabel(d, lang)} (${d})<title>`);
        expect(page[lang]).toMatch(
          new RegExp(`fill="${COLOUR_FILL[DECISION_COLOUR[d]]}"[^]*?</rect><text [^>]*>${n}</text>`),
        );
      }
    }
    expect(page.ja).toContain("判定別の件数");
    expect(page.en).toContain("Rows by decision");
    expect(page.en).not.toContain("判定別の件数");
  });

  it("lists every row needing attention (as the presentation model decides) with its explanation", async () => {
    await cli(["--list", DEMO, "--format", "jsonl", "--out", "all.jsonl"], { cwd: dir });
    const lines = fs
      .readFileSync(path.join(dir, "all.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const attention = lines.filter((l) => needsAttention(l.result));
    const rows = page.en.match(/<tr><td class="n">(\d+)<\/td><td>([^<]*)<\/td>/g) ?? [];
    expect(rows.length).toBe(attention.length);
    const shownRows = new Set(rows.map((r) => Number(/class="n">(\d+)</.exec(r)![1])));
    expect(shownRows).toEqual(new Set(attention.map((l) => l.row)));
    // The demo list's matches and the explanation cell text of a prohibited row.
    const listed = lines.find((l) => l.columns.party_match_name !== "");
    expect(page.en).toContain(listed.columns.party_match_name.split(";")[0].replace(/&/g, "&amp;"));
    const prohibited = lines.find((l) => l.columns.decision === "PROHIBITED");
    expect(page.en).toContain(
      prohibited.columns.explanation.split("\n")[0].replace(/&/g, "&amp;").replace(/"/g, "&quot;"),
    );
  });

  it("a NO_LICENSE row with a note about its input needs attention (summary and page), as the model says", async () => {
    const d = tempDir();
    const row = (id: string, item: string, since: string) =>
      [id, item, "8481.80", "non-controlled", "US", "Example Valve Works", "Brewery piping", "2027-01-31", since].join(
        ",",
      );
    fs.writeFileSync(
      path.join(d, "n.csv"),
      [MIN_HEADER.join(","), row("N-1", "Ball valves", "2010-01-01"), row("#N/A", "Ball valves", "2010-01-01")].join(
        "\n",
      ) + "\n",
    );
    const r = await cli(["n.csv", "--report", "n.html", "--format", "jsonl", "--out", "n.jsonl"], { cwd: d });
    expect(r.code).toBe(0);
    const results = fs
      .readFileSync(path.join(d, "n.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).result);
    expect(results.map((x) => x.decision)).toEqual(["NO_LICENSE", "NO_LICENSE"]);
    expect(results.map(needsAttention)).toEqual([false, true]);
    expect(r.stdout).toContain("Rows needing attention: 1");
    expect(r.stdout).toMatch(/^\s+3\s+#N\/A\s+No licence/m);
    const html = fs.readFileSync(path.join(d, "n.html"), "utf8");
    expect(html).toMatch(/<tr><td class="n">3<\/td><td>#N\/A<\/td>/);
    expect(html).not.toContain("<td>N-1</td>");
  });

  it("counts destinations per country, named in the run's language with the code (every spelling of one country together)", async () => {
    const out = records(readOutputCsv(path.join(dir, "o-en.csv")));
    const us = out.filter((r) => resolveCountry(r.destination).iso2 === "US").length;
    expect(new Set(out.filter((r) => resolveCountry(r.destination).iso2 === "US").map((r) => r.destination)).size).toBe(
      2,
    ); // "US" and "United States" in the example
    for (const lang of ["en", "ja"] as const) {
      const label = `${countryName("US", lang)} (US)`;
      expect(page[lang]).toMatch(new RegExp(`>${escapeRe(label)}<title>[^]*?</rect><text [^>]*>${us}</text>`));
      expect(page[lang]).not.toMatch(/>(?:GB|US|United States)<title>/);
    }
    expect(countryName("CN", "ja")).toMatch(HAS_JAPANESE);
    expect(page.ja).toContain(`>${countryName("CN", "ja")} (CN)<title>`);
  });

  it("shows a destination written as a code by its name (GB, United Kingdom and 英国 are one bar)", async () => {
    const d = tempDir();
    const row = (id: string, dest: string) =>
      [
        id,
        "Ball valves",
        "8481.80",
        "non-controlled",
        dest,
        "Example Valve Works",
        "Brewery piping",
        "2027-01-31",
        "2010-01-01",
      ].join(",");
    fs.writeFileSync(
      path.join(d, "g.csv"),
      [
        MIN_HEADER.join(","),
        row("G-1", "GB"),
        row("G-2", "United Kingdom"),
        row("G-3", "英国"),
        row("G-4", "Narnia"),
      ].join("\n") + "\n",
    );
    for (const lang of ["ja", "en"] as const) {
      expect((await cli(["g.csv", "--report", `g-${lang}.html`, "--lang", lang], { cwd: d })).code).toBe(0);
      const html = fs.readFileSync(path.join(d, `g-${lang}.html`), "utf8");
      expect(html).toMatch(
        new RegExp(`>${escapeRe(countryName("GB", lang))} \\(GB\\)<title>[^]*?</rect><text [^>]*>3</text>`),
      );
      expect(html).toContain(">Narnia<title>");
      expect(html).not.toMatch(/>(?:GB|United Kingdom|英国)<title>/);
    }
    expect(countryName("GB", "ja")).toMatch(HAS_JAPANESE);
  });

  it("names a list in the run's language only", () => {
    expect(page.en).toContain("DEMO deny list — fictional parties for training: version");
    expect(page.en).not.toContain("デモ用拒否リスト");
    expect(page.ja).toContain("デモ用拒否リスト（架空の取引先・研修用）: 版");
    expect(page.ja).not.toContain("DEMO deny list");
  });

  it("is refused when not .html or when it is the output file", async () => {
    const d = tempDir();
    let r = await cli(["--out", "a.csv", "--report", "r.txt"], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--report needs a file name ending in .html");
    r = await cli(["--out", "a.html", "--report", "a.html"], { cwd: d });
    expect(r.code).toBe(2);
    expect(fs.readdirSync(d)).toEqual([]);
  });
});
