/**
 * METI's End User List not loaded, on every surface: the bundled example screened with no list (and with an own deny
 * list only) through the CLI (output CSV and printed note), the task pane's output block (screenSlice, as the worker
 * runs it, with its counts) and the custom function SCREENROW, in Japanese and English. No row whose end-user prong
 * is asked comes out NO_LICENSE; every surface shows the same rows REVIEW with the reason END_USER_LIST_NOT_CHECKED
 * and says what to do next.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { createContext } from "../../src/engine/screen";
import { createPartyScreener } from "../../src/engine/parties/screener";
import { importOwnList } from "../../src/engine/parties/import-own-list";
import { mapHeaders } from "../../src/engine/headers";
import { REASON_TITLES, screen, type Lang } from "../../src/engine";
import { presentResult } from "../../src/engine/present";
import { newBlockResult, screenSlice } from "../../src/taskpane/screenRows";
import { BLOCK_INDEX } from "../../src/taskpane/outputBlock";
import { processJobs } from "../../src/functions/cfEngine";
import { useTestEngine } from "../helpers/inProcessEngine";
import { rowsFromRange } from "../../src/functions/inputs";
import { EXAMPLE_CSV, cli, readOutputCsv, records, tempDir } from "../cli/helpers";

const OWN_LIST = [
  "# id: own-deny",
  "# name: Own deny list",
  "# version: 2026-11-01",
  "id,name,aliases,country",
  "1,Kestrel Vane Avionics Trading LLC,KVA Trading,AE",
].join("\n");
const CODE = "END_USER_LIST_NOT_CHECKED";

describe.each<Lang>(["en", "ja"])("the bundled example with no End User List loaded (%s)", (lang) => {
  const input = parse(fs.readFileSync(EXAMPLE_CSV, "utf8")) as string[][];
  const [headers, ...rows] = input;
  const columns = mapHeaders(headers).columns;
  const title = REASON_TITLES[CODE][lang];
  let cliRows: Array<Record<string, string>>;
  let stdout: string;
  let ownOnly: Array<Record<string, string>>;

  beforeAll(async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "own.csv"), OWN_LIST);
    const run = await cli([EXAMPLE_CSV, "-o", "out.csv", "--lang", lang], { cwd: dir });
    expect(run.code).toBe(0);
    stdout = run.stdout;
    cliRows = records(readOutputCsv(path.join(dir, "out.csv")));
    const own = await cli([EXAMPLE_CSV, "--list", "own.csv", "-o", "own-out.csv", "--lang", lang], { cwd: dir });
    expect(own.code).toBe(0);
    ownOnly = records(readOutputCsv(path.join(dir, "own-out.csv")));
  });

  test("CLI: the rows carrying the reason are never NO_LICENSE; the note gives their counts and what to do", () => {
    const held = cliRows.filter((r) => r.reasons.split(";").includes(CODE));
    expect(held.length).toBeGreaterThan(20);
    for (const r of held) expect([r.order_id, r.decision]).not.toEqual([r.order_id, "NO_LICENSE"]);
    for (const r of held) expect(r.explanation).toContain("--eul");
    // Group A rows and rows outside 16項 are not asked the end-user prong.
    expect(cliRows.some((r) => r.decision === "NO_LICENSE")).toBe(true);
    expect(stdout).toContain(
      lang === "en"
        ? `are REVIEW (END_USER_LIST_NOT_CHECKED): ${held.length} row(s)`
        : `「要確認」（END_USER_LIST_NOT_CHECKED）としました: ${held.length} 行`,
    );
    expect(stdout).toContain("--eul");
  });

  test("CLI: an own deny list only is still not an End User List", () => {
    const held = ownOnly.filter((r) => r.reasons.split(";").includes(CODE));
    expect(held.map((r) => r.order_id)).toEqual(
      cliRows.filter((r) => r.reasons.split(";").includes(CODE)).map((r) => r.order_id),
    );
  });

  test("the pane's output block and SCREENROW show the same rows with the reason, and the block counts them", async () => {
    const acc = newBlockResult();
    screenSlice(rows, 0, rows.length, 1, columns, createContext(), lang, "t", acc);
    useTestEngine([], null);
    const mapped = rowsFromRange(rows, [headers]);
    const fn = (await processJobs([{ kind: "rows", rows: mapped.rows }], lang))[0] as string[][];
    let only = 0;
    cliRows.forEach((c, i) => {
      const held = c.reasons.split(";").includes(CODE);
      const out = acc.out[i];
      expect([c.order_id, out[BLOCK_INDEX.code]]).toEqual([c.order_id, c.decision]);
      expect([c.order_id, String(out[BLOCK_INDEX.reasons]).includes(title)]).toEqual([c.order_id, held]);
      expect([c.order_id, fn[i][3], fn[i][1].includes(title)]).toEqual([c.order_id, c.decision, held]);
      const p = presentResult(screen(mapped.rows[i], createContext()), lang);
      if (p.endUserListNotChecked === "only") only++;
    });
    const held = cliRows.filter((r) => r.reasons.split(";").includes(CODE)).length;
    expect(acc.endUserList).toEqual({ all: held, only });
    expect(only).toBeGreaterThan(0);
  });

  test("with an End User List consulted the reason is gone from the block", () => {
    const eul = importOwnList(OWN_LIST, { fileName: "x.csv" });
    const acc = newBlockResult();
    const ctx = createContext({ parties: createPartyScreener([{ ...eul, id: "meti-eul" }]) });
    screenSlice(rows, 0, rows.length, 1, columns, ctx, lang, "t", acc);
    expect(acc.endUserList).toEqual({ all: 0, only: 0 });
    for (const out of acc.out) expect(String(out[BLOCK_INDEX.reasons])).not.toContain(title);
  });
});
