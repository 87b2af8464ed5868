/** `--explain ID --what-if FIELD=VALUE --regimes` through the real CLI on the bundled example sheet. */
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
});
