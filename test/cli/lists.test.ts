/**
 * CLI with party lists (--list, --eul, --allow) and --previous, on real files: the bundled demo list, METI's
 * End User List read from ../shared (never copied into the repository), and outputs of earlier runs.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describeWithShared, sharedPath } from "../helpers/shared";
import { CLEAN_ROW, EXAMPLE_CSV, MIN_HEADER, REPO, cli, csvText, readOutputCsv, records, tempDir } from "./helpers";

const DEMO = path.join(REPO, "examples", "demo-list.csv");

describe("--list with the bundled demo list", () => {
  let dir: string;
  let plain: Array<Record<string, string>>;
  let listed: Array<Record<string, string>>;
  let run: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    dir = tempDir();
    expect((await cli([EXAMPLE_CSV, "--out", "plain.csv"], { cwd: dir })).code).toBe(0);
    run = await cli([EXAMPLE_CSV, "--list", DEMO, "--out", "listed.csv", "--previous", "plain.csv"], { cwd: dir });
    plain = records(readOutputCsv(path.join(dir, "plain.csv")));
    listed = records(readOutputCsv(path.join(dir, "listed.csv")));
  });

  it("matches the example's demo parties and changes nothing else", () => {
    expect(run.code).toBe(0);
    const hits = listed.filter((r) => r.party_match_id !== "");
    expect(hits.map((r) => r.order_id)).toEqual(["EX-043", "EX-044", "EX-045"]);
    expect(hits[0].party_match_id.split(";")).toContain("demo#D001");
    expect(hits[1].party_match_id.split(";")).toContain("demo#D003");
    expect(hits[2].party_match_id.split(";")).toContain("demo#D004");
    for (const r of hits) {
      expect(r.reasons.split(";")).toContain("OTHER_LIST_MATCH");
      expect(r.decision).not.toBe("NO_LICENSE");
      expect(r.party_match_name).not.toBe("");
      expect(Number(r.party_match_score.split(";")[0])).toBeGreaterThan(0.5);
    }
    // The demo list also stands in for the End User List (training): a row the missing list alone held back
    // (END_USER_LIST_NOT_CHECKED) is cleared with END_USER_LIST_STAND_IN; every other reason and decision stays.
    const missingList = ["END_USER_LIST_NOT_CHECKED", "END_USER_LIST_STAND_IN", "NO_REQUIREMENT"];
    const rest = (r: Record<string, string>) => r.reasons.split(";").filter((c) => !missingList.includes(c));
    let cleared = 0;
    for (const r of listed) {
      const p = plain.find((x) => x.order_id === r.order_id)!;
      if (p.reasons.split(";").includes("END_USER_LIST_NOT_CHECKED")) {
        expect(r.reasons.split(";")).toContain("END_USER_LIST_STAND_IN");
        expect(r.reasons.split(";")).not.toContain("END_USER_LIST_NOT_CHECKED");
      }
      if (r.party_match_id !== "") continue;
      expect([r.order_id, rest(r)]).toEqual([r.order_id, rest(p)]);
      if (r.decision !== p.decision) {
        expect([r.order_id, p.decision, r.decision]).toEqual([r.order_id, "REVIEW", "NO_LICENSE"]);
        cleared++;
      }
    }
    expect(cleared).toBeGreaterThan(0);
  });

  it("prints the list version and the loader's notes", () => {
    expect(run.stdout).toContain("lists demo@2025-10-01");
    expect(run.stdout).toContain("15 entries (demo-list.csv)");
    expect(run.stdout).toContain("The METI End User List (--eul) was not given");
  });

  it("--previous lists exactly the rows whose decision or match changed", () => {
    const changed = listed.filter((r) => {
      const p = plain.find((x) => x.order_id === r.order_id)!;
      return p.decision !== r.decision || p.party_match_id !== r.party_match_id;
    });
    // The matched rows, and the rows the demo list cleared by standing in for the End User List.
    const standIn = listed.filter(
      (r) => r.decision === "NO_LICENSE" && r.reasons.split(";").includes("END_USER_LIST_STAND_IN"),
    );
    expect(changed.map((r) => r.order_id).sort()).toEqual(
      [...standIn.map((r) => r.order_id), "EX-043", "EX-044", "EX-045"].sort(),
    );
    expect(run.stdout).toContain(
      `${changed.length} row(s) changed decision or party match since plain.csv (46 rows then, 46 now)`,
    );
    expect(run.stdout).toMatch(/EX-043: party match – → demo#D001/);
    expect(run.stdout).toMatch(/EX-044: party match – → demo#D003/);
    for (const r of standIn) expect(run.stdout).toContain(`${r.order_id}: decision REVIEW → NO_LICENSE`);
  });

  it("--previous reports new rows and rows that left the input", async () => {
    const d = tempDir();
    fs.writeFileSync(path.join(d, "a.csv"), csvText([MIN_HEADER, CLEAN_ROW("A-1"), CLEAN_ROW("A-2")]));
    fs.writeFileSync(path.join(d, "b.csv"), csvText([MIN_HEADER, CLEAN_ROW("A-1"), CLEAN_ROW("A-3", "KP")]));
    expect((await cli(["a.csv"], { cwd: d })).code).toBe(0);
    const r = await cli(["b.csv", "--previous", "a.screened.csv", "--lang", "ja"], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("判定または当事者照合の結果が変わった行: 2 行");
    expect(r.stdout).toContain("A-3: 新しい行（PROHIBITED）");
    expect(r.stdout).toContain("A-2: 今回の入力にない行（前回 NO_LICENSE）");
  });

  it("--previous accepts an .xlsx output and refuses a file that is not an output", async () => {
    const d = tempDir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Orders").addRows([MIN_HEADER, CLEAN_ROW("A-1"), CLEAN_ROW("A-2")]);
    await wb.xlsx.writeFile(path.join(d, "o.xlsx"));
    expect((await cli(["o.xlsx"], { cwd: d })).code).toBe(0);
    let r = await cli(["o.xlsx", "--out", "o2.xlsx", "--previous", "o.screened.xlsx"], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 row(s) changed decision or party match since o.screened.xlsx (2 rows then, 2 now)");
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(path.join(d, "o2.xlsx"));
    const texts = (summary.getWorksheet("Screening summary")!.getColumn(1).values as unknown[]).map(String);
    expect(texts.some((t) => t.includes("0 row(s) changed"))).toBe(true);

    r = await cli(["o.xlsx", "--out", "o3.xlsx", "--previous", "o.xlsx"], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("does not look like an anpo-screen output");
    expect(fs.existsSync(path.join(d, "o3.xlsx"))).toBe(false);
  });
});

describe("unusable list files", () => {
  it("a missing or malformed list stops the run with exit 2 and writes nothing", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "orders.csv"), csvText([MIN_HEADER, CLEAN_ROW("A-1")]));
    fs.writeFileSync(path.join(dir, "bad-list.csv"), "this,is\nnot,a list\n");
    for (const args of [
      ["--list", "nope.csv"],
      ["--list", "bad-list.csv"],
      ["--eul", "bad-list.csv"],
      ["--allow", "nope.json"],
    ]) {
      const r = await cli(["orders.csv", ...args], { cwd: dir });
      expect([args.join(" "), r.code]).toEqual([args.join(" "), 2]);
      expect(r.stderr).toContain("A party list could not be loaded, so nothing was screened");
      expect(r.stderr).toContain(args[1]);
      expect(fs.existsSync(path.join(dir, "orders.screened.csv"))).toBe(false);
    }
  });
});

describeWithShared(["meti-eul", "20250929_4.xlsx"], "--eul with METI's End User List (../shared)", () => {
  it("an end user named as a listed entity is never cleared (guideline check needed); versions name the list", async () => {
    // Take a listed name from the independent parse at run time (nothing from ../shared is copied into the repository).
    const eulCsv = parse(fs.readFileSync(sharedPath("meti-eul", "end-user-list-20250929-full.csv"), "utf8"), {
      columns: true,
    }) as Array<Record<string, string>>;
    const entry =
      eulCsv.find((e) => e.country_iso2 === "CN" && e.cw === "Y") ?? eulCsv.find((e) => e.country_iso2 === "CN")!;
    const dir = tempDir();
    const header = [...MIN_HEADER, "end_user_country"];
    fs.writeFileSync(
      path.join(dir, "orders.csv"),
      csvText([
        header,
        [
          ...CLEAN_ROW("E-1", "CN").slice(0, 5),
          entry.name,
          "Machining of pump housings",
          "2027-01-31",
          "2010-01-01",
          "CN",
        ],
        [...CLEAN_ROW("E-2", "CN"), "CN"],
      ]),
    );
    const r = await cli(["orders.csv", "--eul", sharedPath("meti-eul", "20250929_4.xlsx")], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("meti-eul@2025-09-29");
    const out = records(readOutputCsv(path.join(dir, "orders.screened.csv")));
    expect(out[0].party_match_id.split(";")).toContain(`meti-eul#${entry.no}`);
    expect(out[0].reasons.split(";")).toContain("EUL_MATCH");
    // Issue 9: a listed end user is never cleared without the 明らか guideline check; with no check at all the row
    // is REVIEW (CLEARLY_CHECK_INCOMPLETE: work through mg01…mg20), never NO_LICENSE.
    expect(out[0].decision).toBe("REVIEW");
    expect(out[0].reasons.split(";")).toContain("CLEARLY_CHECK_INCOMPLETE");
    expect(out[1].party_match_id).toBe("");
    expect(out[1].decision).toBe("NO_LICENSE");
  });
});
