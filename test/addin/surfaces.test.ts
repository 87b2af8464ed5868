/**
 * One presentation everywhere: the bundled example (examples/orders-example.csv, with the fictional demo list)
 * is screened through the CLI (its output CSV), the task pane's output block (screenSlice, as the worker runs
 * it) and the custom function SCREENROW (the shared runtime's engine), in Japanese and English; every row must
 * show the same decision code and label, the same reasons with citations, red flags and list entries.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { createContext } from "../../src/engine/screen";
import { createPartyScreener } from "../../src/engine/parties/screener";
import { importOwnList } from "../../src/engine/parties/import-own-list";
import { mapHeaders } from "../../src/engine/headers";
import type { Lang } from "../../src/engine/types";
import { newBlockResult, screenSlice } from "../../src/taskpane/screenRows";
import { BLOCK_INDEX } from "../../src/taskpane/outputBlock";
import { processJobs } from "../../src/functions/cfEngine";
import { useTestEngine } from "../helpers/inProcessEngine";
import { rowsFromRange } from "../../src/functions/inputs";
import { EXAMPLE_CSV, REPO, cli, readOutputCsv, records, tempDir } from "../cli/helpers";

const DEMO = path.join(REPO, "examples", "demo-list.csv");
const lines = (s: string) => s.split("\n").filter(Boolean);

describe.each<Lang>(["en", "ja"])("the bundled example through CLI, output block and SCREENROW (%s)", (lang) => {
  const input = parse(fs.readFileSync(EXAMPLE_CSV, "utf8")) as string[][];
  const [headers, ...rows] = input;
  let cliRows: Array<Record<string, string>>;
  let block: unknown[][];
  let fn: string[][];

  beforeAll(async () => {
    const dir = tempDir();
    const out = path.join(dir, "out.csv");
    const run = await cli([EXAMPLE_CSV, "--list", DEMO, "-o", out, "--lang", lang], { cwd: dir });
    expect(run.code).toBe(0);
    cliRows = records(readOutputCsv(out));

    const demo = importOwnList(fs.readFileSync(DEMO, "utf8"), { fileName: "demo-list.csv" });
    const ctx = createContext({ parties: createPartyScreener([demo]) });
    const acc = newBlockResult();
    screenSlice(rows, 0, rows.length, 1, mapHeaders(headers).columns, ctx, lang, "t", acc);
    block = acc.out;

    useTestEngine([demo], null);
    const mapped = rowsFromRange(rows, [headers]);
    fn = (await processJobs([{ kind: "rows", rows: mapped.rows }], lang))[0] as string[][];
  });

  test("every row: same decision, label, reasons with citations, red flags and list entries", () => {
    expect(rows.length).toBeGreaterThan(40);
    expect(cliRows).toHaveLength(rows.length);
    expect(block).toHaveLength(rows.length);
    expect(fn).toHaveLength(rows.length);
    const decisions = new Set<string>();
    let withMatch = 0;
    let withFlags = 0;
    rows.forEach((_, i) => {
      const c = cliRows[i];
      const b = block[i];
      const [fLabel, fReasons, fFlags] = fn[i];
      decisions.add(c.decision);
      // Decision code and label.
      expect(b[BLOCK_INDEX.code]).toBe(c.decision);
      expect(b[BLOCK_INDEX.decision]).toBe(c.decision_label);
      expect(fLabel).toBe(c.decision_label);
      // Reasons with citations and red flags: the block and SCREENROW write the same cells; the CLI's explanation
      // is the same lines (reasons, then red flags, then notes about the input).
      expect(fReasons).toBe(b[BLOCK_INDEX.reasons]);
      expect(fFlags).toBe(b[BLOCK_INDEX.red_flags]);
      const explained = new Set(lines(c.explanation));
      for (const l of [...lines(String(b[BLOCK_INDEX.reasons])), ...lines(String(b[BLOCK_INDEX.red_flags]))])
        expect(explained).toContain(l);
      expect(explained.size).toBe(
        new Set([...lines(String(b[BLOCK_INDEX.reasons])), ...lines(String(b[BLOCK_INDEX.red_flags]))]).size,
      );
      expect(lines(String(b[BLOCK_INDEX.red_flags])).map((l) => l.slice(0, 4))).toEqual(
        c.red_flags ? c.red_flags.split(";") : [],
      );
      // List entries: the block names each entry the CLI lists, once (grouped by entry).
      const ids = c.party_match_id ? c.party_match_id.split(";") : [];
      const partyCell = String(b[BLOCK_INDEX.party]);
      for (const id of ids) {
        const entry = id.split("#")[1];
        expect(partyCell.split("\n").filter((l) => l.includes(` #${entry} `))).toHaveLength(1);
      }
      if (ids.length > 0) withMatch++;
      if (c.red_flags) withFlags++;
    });
    // The example exercises more than one decision, list matches and red flags.
    expect(decisions.size).toBeGreaterThanOrEqual(3);
    expect(withMatch).toBeGreaterThan(0);
    expect(withFlags).toBeGreaterThan(0);
  });
});
