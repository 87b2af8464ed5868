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

  test("rows decided under different packs (shipment dates): the summary and the HTML report name each pack with its rows", async () => {
    const sheet = path.join(dir, "packs-in.csv");
    const head =
      "order_id,item_description,hs_code,list_control,destination,end_user,end_use,known_weapons_use,delivery_date";
    fs.writeFileSync(
      sheet,
      [
        head,
        // Shipped before 2025-10-09 to a military-sounding end user: REVIEW under those rules, so that pack decides.
        "P-1,Polyethylene pellets,3901.10,non-controlled,Vietnam,Ministry of National Defence,film,none,2025-09-01",
        // Shipped before, but today's rules are stricter (a known CW use of a 16項(1) item): today's pack decides.
        "P-2,CNC lathe,8458.11,non-controlled,Vietnam,Saigon Parts,gun parts,CW,2025-09-01",
        "P-3,CNC lathe,8458.11,non-controlled,Vietnam,Saigon Parts,bicycle hubs,none,2027-01-10",
      ].join("\n") + "\n",
    );
    const report = path.join(dir, "packs-report.html");
    const r = await cli([sheet, "--out", path.join(dir, "packs-out.csv"), "--report", report], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Rule packs: jp-catch-all@2025-10-09 (2 rows), jp-catch-all@2023-07-21 (1 row)");
    expect(fs.readFileSync(report, "utf8")).toContain(
      "jp-catch-all@2025-10-09 (2 rows), jp-catch-all@2023-07-21 (1 row)",
    );
    const ja = await cli([sheet, "--out", path.join(dir, "packs-out-ja.csv"), "--lang", "ja"], { cwd: dir });
    expect(ja.stdout).toContain("規制パック: jp-catch-all@2025-10-09（2行）、jp-catch-all@2023-07-21（1行）");
    // --as-of screens every row under one pack: named with all the rows, since it is not the batch's own.
    const asOf = await cli([sheet, "--out", path.join(dir, "packs-out-asof.csv"), "--as-of", "2025-01-15"], {
      cwd: dir,
    });
    expect(asOf.stdout).toContain("Rule packs: jp-catch-all@2023-07-21 (3 rows)");
    // All rows under today's pack: no line (the versions line says it).
    const today = await cli(["--out", path.join(dir, "packs-out-example.csv")], { cwd: dir });
    expect(today.code).toBe(0);
    expect(today.stdout).not.toContain("Rule packs:");
  });
});
