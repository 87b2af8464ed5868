/**
 * Output-block rows from real engine results: cells land in the right columns, RF marks match the red flags,
 * blank sheet rows give blank block rows, and the rows needing attention are the non-clean ones.
 */
import { createContext } from "../../src/engine/screen";
import { mapHeaders } from "../../src/engine/headers";
import { blockRow, MAX_CELL_CHARS, partyText } from "../../src/taskpane/blockRow";
import { BLOCK_INDEX, BLOCK_WIDTH, RF_MARK } from "../../src/taskpane/outputBlock";
import { newBlockResult, screenSlice, toOrderRow } from "../../src/taskpane/screenRows";
import { screen } from "../../src/engine/screen";
import type { PartyMatch, ScreenResult } from "../../src/engine/types";

const HEADERS = [
  "Order No",
  "HS code",
  "List control",
  "Destination",
  "End user",
  "End use",
  "Payment terms",
  "Delivery date",
];
const columns = mapHeaders(HEADERS).columns;
const ctx = createContext({ options: { today: "2026-11-25" } });

test("a screened row: label and code, reasons with citations, one RF mark per red flag, time", () => {
  const raw = ["PO-1", "8471.30", "non-controlled", "Pakistan", "Unknown Trading", "", "cash in advance", "TBD"];
  const r = screen(toOrderRow(raw, columns)!, ctx);
  const cells = blockRow(r, "en", "2026-11-25 10:00");
  expect(cells).toHaveLength(BLOCK_WIDTH);
  expect(cells[BLOCK_INDEX.code]).toBe(r.decision);
  expect(cells[BLOCK_INDEX.screened_at]).toBe("2026-11-25 10:00");
  expect(r.redFlags.length).toBeGreaterThan(0);
  for (let n = 1; n <= 19; n++) {
    const code = `RF${String(n).padStart(2, "0")}`;
    const expected = r.redFlags.some((f) => f.code === code) ? RF_MARK : "";
    expect({ code, mark: cells[BLOCK_INDEX[code.toLowerCase()]] }).toEqual({ code, mark: expected });
  }
  expect(String(cells[BLOCK_INDEX.red_flags])).toContain(r.redFlags[0].code);
  // Each deciding reason's citation is in the reasons cell.
  for (const reason of r.reasons.filter((x) => x.outcome === r.decision))
    expect(String(cells[BLOCK_INDEX.reasons])).toContain(reason.citation.en);
});

test("a block: blank rows give blank cells and are counted apart; attention rows carry their sheet row", () => {
  const raw = [
    ["PO-1", "8471.30", "non-controlled", "North Korea", "X", "office", "L/C", "2027-01-01"],
    ["", "", "", "", "", "", "", ""],
    ["PO-3", "0901.21", "non-controlled", "Germany", "Rösterei GmbH", "coffee shop", "L/C", "2027-01-01"],
  ];
  const acc = newBlockResult();
  screenSlice(raw, 0, raw.length, 10, columns, ctx, "ja", "2026-11-25 10:00", acc);
  expect(acc.out).toHaveLength(3);
  expect(acc.out[1].every((c) => c === "")).toBe(true);
  expect(acc.blank).toBe(1);
  expect(acc.counts.PROHIBITED).toBe(1);
  expect(acc.out[0][BLOCK_INDEX.decision]).toBe("輸出禁止");
  expect(acc.attention.map((a) => [a.row, a.orderId, a.decision])).toContainEqual([10, "PO-1", "PROHIBITED"]);
  expect(acc.attention.some((a) => a.row === 11)).toBe(false);
});

test("party text names list, entry, alias, score; allow-listed matches say so; long text is clipped to Excel's cell limit", () => {
  const m: PartyMatch = {
    id: "meti-eul#12",
    listId: "meti-eul",
    listName: "METI End User List",
    isEndUserList: true,
    entryId: "12",
    entryName: "Alpha Beta Institute",
    matchedName: "ABI",
    score: 0.93,
    band: "HIT",
    role: "end_user",
    query: "A.B.I.",
  };
  const r = {
    decision: "REVIEW",
    reasons: [],
    redFlags: [],
    partyMatches: [
      m,
      {
        ...m,
        id: "meti-eul#13",
        entryId: "13",
        suppressed: { reviewer: "Sato", date: "2026-11-01", reason: "different company" },
      },
    ],
    path: [],
    notes: [],
    versions: { engine: "", rules: "", lists: {} },
  } as ScreenResult;
  const text = partyText(r, "en");
  expect(text).toContain('METI End User List #12 Alpha Beta Institute ← end user "A.B.I." (alias ABI) 0.93 HIT');
  // Grouped by list entry: the consignee matching the same entry is named on the same line, not a second one.
  const both = { ...r, partyMatches: [m, { ...m, role: "consignee", query: "Alpha Beta Inst.", score: 0.97 }] };
  expect(partyText(both as ScreenResult, "en")).toBe(
    'METI End User List #12 Alpha Beta Institute ← consignee "Alpha Beta Inst." (alias ABI), end user "A.B.I." (alias ABI) 0.97 HIT',
  );
  expect(text).toContain("allow-listed (Sato, 2026-11-01)");
  const long = { ...r, notes: [{ ja: "x".repeat(40_000), en: "x".repeat(40_000) }] } as ScreenResult;
  expect(String(blockRow(long, "en", "t")[BLOCK_INDEX.reasons]).length).toBe(MAX_CELL_CHARS);
});

describe("the 明らか guideline column of the output block (issue 9 §1: the block gains the checklist where the sheet has it)", () => {
  const withMg = [...HEADERS, "mg01", "mg02", "mg03"];
  const mgColumns = mapHeaders(withMg).columns;
  const base = [
    "PO-7",
    "8471.30",
    "non-controlled",
    "Thailand",
    "Siam Parts Co., Ltd.",
    "production control at an automotive parts plant",
    "L/C",
    "2026-12-10",
  ];

  it("a sheet with mgNN columns: the items still open are in the block's guideline cell, in the user's language", () => {
    const r = screen(toOrderRow([...base, "yes", "no", ""], mgColumns)!, ctx);
    expect(r.guideline?.length).toBe(20);
    const ja = blockRow(r, "ja", "2026-11-25 10:00");
    const en = blockRow(r, "en", "2026-11-25 10:00");
    expect(ja).toHaveLength(BLOCK_WIDTH);
    const jaCell = String(ja[BLOCK_INDEX.guideline]);
    expect(jaCell).toContain("② 懸念あり");
    expect(jaCell).not.toMatch(/^① /m);
    expect(String(en[BLOCK_INDEX.guideline])).not.toBe(jaCell);
    expect(String(en[BLOCK_INDEX.guideline])).toMatch(/②/);
  });

  it("a sheet without them and no 明らか test in play: the guideline cell stays blank", () => {
    const r = screen(toOrderRow(base, columns)!, ctx);
    expect(r.guideline).toBeUndefined();
    expect(blockRow(r, "en", "2026-11-25 10:00")[BLOCK_INDEX.guideline]).toBe("");
  });

  it("the column sits before the party match and keeps the key column last", () => {
    expect(BLOCK_INDEX.guideline).toBe(BLOCK_INDEX.rf19 + 1);
    expect(BLOCK_INDEX.input_key).toBe(BLOCK_WIDTH - 1);
  });
});
