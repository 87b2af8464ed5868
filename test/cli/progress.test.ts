/** Progress on stderr: a line every 10 % when stderr is not a terminal, nothing with --quiet or for small files. */
import * as fs from "fs";
import * as path from "path";
import { createProgress } from "../../src/cli/progress";
import { CLEAN_ROW, MIN_HEADER, cli, csvText, tempDir } from "./helpers";

describe("progress lines", () => {
  it("writes one line per 10 % with rows, rows/s and time left", () => {
    let t = 0;
    const lines: string[] = [];
    const p = createProgress({
      quiet: false,
      isTty: false,
      total: 1000,
      lang: "en",
      write: (s) => lines.push(s),
      now: () => t,
    });
    for (let rows = 0; rows <= 1000; rows += 50) {
      t += 100;
      p.update(rows);
    }
    p.stop();
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe("10% 100/1,000 rows, 333 rows/s, about 3 s left\n");
    expect(lines[9]).toMatch(/^100% 1,000\/1,000 rows, \d+ rows\/s \(done\)\n$/);
  });

  it("says nothing with quiet", () => {
    const lines: string[] = [];
    const p = createProgress({ quiet: true, isTty: false, total: 1000, lang: "ja", write: (s) => lines.push(s) });
    p.update(1000);
    expect(lines).toEqual([]);
  });

  it("the CLI shows ten lines on stderr for a 6,000-row file, none with --quiet; stdout has only the summary", async () => {
    const dir = tempDir();
    const rows = [MIN_HEADER];
    for (let i = 0; i < 6000; i++) rows.push(CLEAN_ROW(`P-${i}`));
    fs.writeFileSync(path.join(dir, "p.csv"), csvText(rows));
    const r = await cli(["p.csv", "--threads", "0"], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[9]).toMatch(/^100% 6,001\/6,001 rows/);
    expect(r.stdout).not.toMatch(/rows\/s/);
    const q = await cli(["p.csv", "--threads", "0", "--quiet", "--out", "q.csv"], { cwd: dir });
    expect(q.stderr).toBe("");
  }, 120_000);
});
