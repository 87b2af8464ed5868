/**
 * The training workbook generated from the flow: every branch reached (in the order sheet, or listed as needing an
 * End User List match), the 19 red flags, lessons with citations, and — screened by the real CLI with the demo
 * list — every row decided as its expected_decision says.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { FLOW, createContext, type FlowDefinition } from "../../src/engine";
import { loadPartyScreener } from "../../src/cli/lists";
import { renderTrainingWorkbook, type TrainingSearch, type TrainingWorkbook } from "../../src/training/workbook";
import { declaredTargets, findRows } from "../../src/training/findRows";
import { DEMO_LIST, searchWithList, writeTraining } from "../../src/training/main";

jest.setTimeout(120_000);
import { cli, tempDir } from "../cli/helpers";

const readCsv = (f: string) =>
  parse(fs.readFileSync(f, "utf8").replace(/^\uFEFF/, ""), { columns: true }) as Array<Record<string, string>>;

describe("training workbook", () => {
  const dir = tempDir();
  let wb: TrainingWorkbook;
  let found: TrainingSearch;
  beforeAll(async () => {
    found = await searchWithList();
    wb = renderTrainingWorkbook(FLOW, found, "en");
  });

  test("every declared branch of every node is taught: in the order sheet, or on the lessons sheet as needing an End User List match", () => {
    const taught = new Set([...wb.search.found, ...wb.needsEul, ...wb.needsNoList].map((f) => f.target.id));
    const missing = declaredTargets(FLOW)
      .map((t) => t.id)
      .filter((id) => !taught.has(id));
    expect(missing).toEqual([]);
    expect(wb.unreached.map((t) => t.id)).toEqual([]);
    // The INPUT and guideline branches are in the order sheet itself (no End User List needed).
    const inSheet = new Set(wb.search.found.map((f) => f.target.id));
    // The 明らか chains' concern and satisfied ways out (WMD_DOC_CLEARLY asks the concern first, CW_USER_CLEARLY ⑲).
    for (const id of ["INPUT:conflict", "INPUT:both", "WMD_DOC_CLEARLY:yes", "WMD_DOC_CLEARLY_ITEMS:no"])
      expect(inSheet.has(id)).toBe(true);
    for (const id of ["CW_USER_CLEARLY_CONCERN:yes", "CW_USER_CLEARLY_ITEMS:no", "CW_USER_CLEARLY:S1"])
      expect(inSheet.has(id)).toBe(true);
    // The demo list stands in for the End User List (training): the order sheet teaches that branch; the branch of
    // no list loaded is on the lessons sheet, found with the lists taken away; METI's list checked needs a listed party.
    expect(inSheet.has("EUL_CHECKED:standIn")).toBe(true);
    expect(wb.needsNoList.map((f) => [f.target.id, f.result.decision])).toEqual([["EUL_CHECKED:no", "REVIEW"]]);
    expect(wb.needsEul.map((f) => f.target.id)).toContain("EUL_CHECKED:yes");
    expect(wb.lessons.rows.some((r) => r[1] === "EUL_CHECKED:no" && /no End User List is loaded/.test(r[6]))).toBe(
      true,
    );
    // The demo list is an own list, so only End User List branches are outside its reach.
    // The 明らか chains for listed users (and ⑰ロ in any chain) have further answers of their own.
    for (const f of wb.needsEul.filter((x) => !/_CLEARLY(_|$)/.test(x.target.nodeId ?? "")))
      expect(f.target.answer).toMatch(/^(eul|eulOtherParty|possible|yes|no)$/);
    for (const f of wb.needsEul) expect(f.target.nodeId).toMatch(/USER|EUL|DIVERSION|_CLEARLY_17/);
  });

  test("each row teaches one thing, found by the search, and the row really takes that branch", () => {
    const teaches = wb.orders.rows.map((r) => r[wb.orders.header.indexOf("teaches")]);
    expect(new Set(teaches).size).toBe(teaches.length);
    for (const f of wb.search.found) {
      if (f.target.redFlag) {
        const hit = f.result.redFlags.find((h) => h.code === f.target.redFlag);
        expect({ id: f.target.id, source: hit?.source }).toEqual({ id: f.target.id, source: f.target.source });
      } else expect(f.result.path).toContainEqual({ nodeId: f.target.nodeId, answer: f.target.answer });
    }
    // Minimal: the base row alone teaches the clean path; no row needs more than three changes.
    expect(wb.search.found.find((f) => f.target.id === "END:NO_LICENSE")?.changes).toEqual([]);
    // Four only where a 明らか advisory's answered check is contradicted (the judgement documented, and three more).
    for (const f of wb.search.found)
      expect([
        f.target.id,
        f.changes.length <= (/^(A_CLEARLY|CW_OUT_OF_SCOPE_CLEARLY)_DATA:answered$/.test(f.target.id) ? 4 : 3),
      ]).toEqual([f.target.id, true]);
  });

  test("all 19 red flags have a row; those with a detector are raised from the data, not from the checklist", () => {
    const flags = wb.search.found.filter((f) => f.target.redFlag);
    expect(flags.map((f) => f.target.id)).toEqual(
      Array.from({ length: 19 }, (_, i) => `RF${String(i + 1).padStart(2, "0")}`),
    );
    const detected = flags.filter((f) => f.target.source === "detected").map((f) => f.target.id);
    expect(detected).toEqual(["RF01", "RF04", "RF05", "RF07", "RF08", "RF09", "RF10", "RF11", "RF12", "RF13"]);
    const rf05 = flags.find((f) => f.target.id === "RF05")!;
    expect(rf05.changes.map(([k]) => k).sort()).toEqual(["order_value", "payment_terms"]);
  });

  test("lessons are one sentence with the node's citation; the lessons sheet numbers nodes as the flow picture does", () => {
    const col = (name: string) => wb.orders.header.indexOf(name);
    const row = wb.orders.rows.find((r) => r[col("teaches")] === "KP:yes")!;
    expect(row[col("lesson")]).toContain(FLOW.nodes.find((n) => n.id === "KP")!.citation.en);
    expect(row[col("expected_decision")]).toBe("PROHIBITED");
    const kp = wb.lessons.rows.find((r) => r[1] === "KP:yes")!;
    expect(kp[2]).toBe(String(FLOW.nodes.findIndex((n) => n.id === "KP") + 1));
  });

  test("a change to the flow changes the workbook (rows are searched, not listed)", async () => {
    const changed: FlowDefinition = JSON.parse(JSON.stringify(FLOW));
    const node = changed.nodes.find((n) => n.id === "CW_OUT_OF_SCOPE")!;
    node.answers.yes = { ...node.answers.yes, outcome: "LICENSE_REQUIRED" };
    const { screener } = await loadPartyScreener({ lists: [DEMO_LIST] });
    const only = new Set(["CW_OUT_OF_SCOPE:yes"]);
    const ctx = createContext({ parties: screener });
    const before = findRows({ flow: FLOW, ctx, only }).found[0];
    const after = findRows({ flow: changed, ctx, only }).found[0];
    expect(before.result.decision).toBe("REVIEW");
    expect(after.result.decision).toBe("LICENSE_REQUIRED");
    const col = wb.orders.header.indexOf("expected_decision");
    expect(wb.orders.rows.find((r) => r.includes("CW_OUT_OF_SCOPE:yes"))![col]).toBe(before.result.decision);
  });

  test("CSV (en): `npm run screen -- FILE --list examples/demo-list.csv` gives expected_decision on every row", async () => {
    const out = path.join(dir, "training.csv");
    await writeTraining(out, "en", found);
    expect(fs.existsSync(path.join(dir, "training-lessons.csv"))).toBe(true);
    expect(fs.readFileSync(path.join(dir, "training-flow.md"), "utf8")).toContain(
      `TECH{"${FLOW.nodes.findIndex((n) => n.id === "TECH") + 1}. Technology transfer?"}`,
    );
    const screened = path.join(dir, "training-screened.csv");
    const r = await cli([out, "--list", DEMO_LIST, "--out", screened], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = readCsv(screened);
    expect(rows.length).toBe(wb.orders.rows.length);
    const wrong = rows.filter((x) => x.decision !== x.expected_decision).map((x) => `${x.teaches}: ${x.decision}`);
    expect(wrong).toEqual([]);
  });

  test("the pack sheet lists exactly the rows decided differently before 2025-10-09, and the CLI agrees (--as-of)", async () => {
    const out = path.join(dir, "packs.csv");
    await writeTraining(out, "en", found);
    const sheet = readCsv(path.join(dir, "packs-packs.csv"));
    expect(sheet.length).toBe(wb.stats.packDiffs);
    expect(sheet.length).toBeGreaterThan(0);
    const a = "decision (jp-catch-all@2025-10-09)",
      b = "decision (jp-catch-all@2023-07-21)";
    for (const r of sheet) {
      expect(r[a]).not.toBe(r[b]);
      expect(r.reason).toContain("The paths part at:");
      expect(r["nodes where they part"].length).toBeGreaterThan(0);
    }
    expect(sheet.find((r) => r.teaches === "A_INFORM:yes")).toMatchObject({ [a]: "LICENSE_REQUIRED", [b]: "REVIEW" });
    // Screened under the earlier pack, every order row gets the earlier decision: the sheet's where they differ.
    const before = new Map(sheet.map((r) => [r.order_id, r[b]]));
    const screened = path.join(dir, "packs-screened.csv");
    const r = await cli([out, "--list", DEMO_LIST, "--as-of", "2025-01-15", "--out", screened], { cwd: dir });
    expect(r.code).toBe(0);
    const wrong = readCsv(screened)
      .filter((x) => x.decision !== (before.get(x.order_id) ?? x.expected_decision))
      .map((x) => `${x.teaches}: ${x.decision}`);
    expect(wrong).toEqual([]);
  });

  test("xlsx (ja): two sheets, Japanese lessons, and the CLI gives expected_decision on every row", async () => {
    const out = path.join(dir, "training.xlsx");
    await writeTraining(out, "ja", found);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(["注文（研修）", "レッスン", "2025年10月9日の変更"]);
    expect(book.worksheets[1].getRow(2).getCell(7).text).toMatch(/のとき/);
    const screened = path.join(dir, "training-screened.xlsx");
    const r = await cli([out, "--list", DEMO_LIST, "--out", screened], { cwd: dir });
    expect(r.code).toBe(0);
    const res = new ExcelJS.Workbook();
    await res.xlsx.readFile(screened);
    const ws = res.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    const d = header.indexOf("decision"),
      e = header.indexOf("expected_decision"),
      hs = header.indexOf("hs_code");
    const wrong: string[] = [];
    let n = 0;
    ws.eachRow((row, i) => {
      if (i === 1) return;
      n++;
      if (row.getCell(d).text !== row.getCell(e).text) wrong.push(`${i}: ${row.getCell(d).text}`);
    });
    expect(n).toBe(wb.orders.rows.length);
    expect(wrong).toEqual([]);
    // HS codes stay text (3926.90 must not become 3926.9).
    expect(ws.getRow(2).getCell(hs).text).toBe("8458.11");
  });
});
