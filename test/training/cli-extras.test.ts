/** `--explain ID --what-if FIELD=VALUE --regimes` through the real CLI on the bundled example sheet. */
import * as fs from "fs";
import * as path from "path";
import { cli, tempDir } from "../cli/helpers";

describe("--explain extras", () => {
  const dir = tempDir();
  const out = path.join(dir, "o.csv");

  test("--what-if prints the changed decision and where the path parts, in English and Japanese", async () => {
    const en = await cli(["--explain", "EX-001", "--what-if", "destination=North Korea", "--out", out], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("What if (the sheet is not changed): destination=North Korea");
    expect(en.stdout).toMatch(/Decision: No licence → Prohibited/);
    expect(en.stdout).toContain("now: KP North Korea involved? → yes");
    const ja = await cli(
      ["--explain", "EX-001", "--what-if", "destination=North Korea", "--out", out, "--lang", "ja"],
      {
        cwd: dir,
      },
    );
    expect(ja.stdout).toContain("もしも（シートは変更しません）");
    expect(ja.stdout).toContain("判定: 申請不要 → ");
  });

  test("--regimes prints the five regimes with the disclaimer", async () => {
    const r = await cli(["--explain", "EX-001", "--regimes", "--out", out], { cwd: dir });
    for (const name of ["Japan (as in figure 1", "United States", "European Union", "United Kingdom", "Korea"])
      expect(r.stdout).toContain(name);
    expect(r.stdout).toContain("not legal advice on foreign law");
  });

  test("a misspelt --what-if field stops the run with exit code 2 and a message in both languages", async () => {
    const r = await cli(["--explain", "EX-001", "--what-if", "destinaton=CN", "--out", out], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("write FIELD=VALUE");
    expect(r.stderr).toContain("項目=値");
  });

  test("--compare-packs shows EX-002 (a CW inform for Germany) under both packs and the node where they part", async () => {
    const r = await cli(["--explain", "EX-002", "--compare-packs", "--out", out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Rule packs compared (what changed on 2025-10-09):");
    expect(r.stdout).toMatch(/jp-catch-all@2025-10-09[^\n]*\n\s+Decision: Licence required/);
    expect(r.stdout).toMatch(/jp-catch-all@2023-07-21[^\n]*\n\s+Decision: Review/);
    expect(r.stdout).toContain("The decisions differ.");
    expect(r.stdout).toMatch(/A_INFORM .*: jp-catch-all@2025-10-09 → yes \/ jp-catch-all@2023-07-21 → yes/);
    const ja = await cli(["--explain", "EX-002", "--compare-packs", "--out", out, "--lang", "ja"], { cwd: dir });
    expect(ja.stdout).toContain("判定が異なります。");
  });

  test("--as-of chooses the pack for every row; the output names it; a bad or uncovered date exits 2", async () => {
    const jsonl = path.join(dir, "o.jsonl");
    const r = await cli(["--as-of", "2025-01-15", "--format", "jsonl", "--out", jsonl], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = fs
      .readFileSync(jsonl, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const ex2 = rows.find((x) => JSON.stringify(x).includes("EX-002"));
    expect(JSON.stringify(ex2)).toContain("jp-catch-all@2023-07-21");
    expect(JSON.stringify(ex2)).toContain('"REVIEW"');
    expect((await cli(["--as-of", "2025-13-01", "--out", out], { cwd: dir })).code).toBe(2);
    const old = await cli(["--as-of", "2019-01-01", "--out", out], { cwd: dir });
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("no rule pack covers this date");
  });
});
