/**
 * --report FILE.html on the bundled example with the demo list: the page loads nothing, its counts are the output
 * file's, it lists every row needing attention (the presentation model's rule) with the model's labels and
 * colours, in the chosen language. The page is looked at in Chromium in test/e2e/report.e2e.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { DECISIONS } from "../../src/engine";
import { COLOUR_FILL, DECISION_COLOUR, decisionLabel, needsAttention } from "../../src/engine/present";
import { MIN_HEADER, REPO, cli, readOutputCsv, records, tempDir } from "./helpers";

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
