/**
 * A formula cell whose result is not stored in the workbook (openpyxl and many report generators write `<f>…</f>`
 * with an empty `<v></v>` or no `<v>` at all) is unreadable, not blank: for the inform, weapons-use, end-user and
 * amount columns blank would mean "none", so reading it as blank could clear a row. The workbook is written here
 * part by part (fflate), the way such generators write it.
 */
import * as fs from "fs";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import { cli, tempDir } from "./helpers";

const HEADER = [
  "order_id",
  "item_description",
  "hs_code",
  "list_control",
  "destination",
  "consignee",
  "end_user",
  "end_use",
  "meti_inform",
  "known_weapons_use",
  "payment_terms",
  "order_value",
  "currency",
  "delivery_date",
  "customer_since",
  "remarks",
];
type Cell = string | { f: string; v?: string; t?: string };
const BASE: Record<string, Cell> = {
  item_description: "CNC lathe",
  hs_code: "8458.11",
  list_control: "非該当",
  destination: "Vietnam",
  consignee: "Saigon Precision Parts Co., Ltd.",
  end_user: "Saigon Precision Parts Co., Ltd.",
  end_use: "Turning bicycle hub shells in the customer's own factory",
  meti_inform: "none",
  known_weapons_use: "none",
  payment_terms: "T/T in advance",
  order_value: "8000000",
  currency: "JPY",
  delivery_date: "2026-12-15",
  customer_since: "2015-04-01",
  remarks: "",
};
const ROWS: Array<[string, Record<string, Cell>]> = [
  ["F-CLEAN", {}],
  ["F-EU-EMPTY-V", { end_user: { f: "VLOOKUP(A3,顧客!A:C,3,0)", v: "" } }],
  ["F-INFORM-NO-V", { meti_inform: { f: 'IF(1=1,"有","")' } }],
  ["F-USE-EMPTY-V", { known_weapons_use: { f: "VLOOKUP(A5,用途!A:B,2,0)", v: "" } }],
  ["F-AMOUNT-EMPTY-V", { order_value: { f: "SUM(X1:X9)", v: "" } }],
  ["F-TEXT-EMPTY-RESULT", { remarks: { f: 'IF(1=0,"x","")', v: "", t: "str" } }],
  ["F-INFORM-CACHED", { meti_inform: { f: 'IF(1=1,"none","")', v: "none", t: "str" } }],
];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const colName = (i: number) => String.fromCharCode(65 + i);

function cellXml(ref: string, c: Cell): string {
  if (typeof c === "string") return c === "" ? "" : `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`;
  const t = c.t ? ` t="${c.t}"` : "";
  const v = c.v === undefined ? "" : `<v>${esc(c.v)}</v>`;
  return `<c r="${ref}"${t}><f>${esc(c.f)}</f>${v}</c>`;
}

function workbook(): Uint8Array {
  const rows = [HEADER, ...ROWS.map(([id, over]) => HEADER.map((h) => (h === "order_id" ? id : (over[h] ?? BASE[h]))))];
  const sheetRows = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cellXml(`${colName(j)}${i + 1}`, c as Cell)).join("")}</row>`)
    .join("");
  const files: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml":
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

describe("xlsx: a formula without a stored result is unreadable, not blank", () => {
  let results: Map<string, { decision: string; reasons: string; explanation: string }>;
  let stdout = "";
  beforeAll(async () => {
    const dir = tempDir();
    const input = path.join(dir, "generated.xlsx");
    fs.writeFileSync(input, workbook());
    const out = path.join(dir, "out.jsonl");
    // The demo list stands in for the End User List, so a clean row can be cleared (END_USER_LIST_STAND_IN).
    const demo = path.join(__dirname, "..", "..", "examples", "demo-list.csv");
    const run = await cli([input, "--out", out, "--format", "jsonl", "--lang", "en", "--list", demo], { cwd: dir });
    expect(run.code).toBe(0);
    stdout = run.stdout;
    results = new Map(
      fs
        .readFileSync(out, "utf8")
        .trim()
        .split("\n")
        .map(
          (l) =>
            JSON.parse(l) as { order_id: string; columns: { decision: string; reasons: string; explanation: string } },
        )
        .map((o) => [o.order_id, o.columns]),
    );
  });

  test("controls: the clean row and a formula with a stored result are screened on their values", () => {
    expect(results.get("F-CLEAN")?.decision).toBe("NO_LICENSE");
    expect(results.get("F-INFORM-CACHED")?.decision).toBe("NO_LICENSE");
    // Excel's own form of an empty text result (t="str", <v></v>) is a stored result: blank
    expect(results.get("F-TEXT-EMPTY-RESULT")?.decision).toBe("NO_LICENSE");
  });

  test.each(["F-EU-EMPTY-V", "F-INFORM-NO-V", "F-USE-EMPTY-V", "F-AMOUNT-EMPTY-V"])(
    "%s → REVIEW, the field named as a formula without a stored result",
    (id) => {
      const r = results.get(id);
      expect(r?.decision).toBe("REVIEW");
      expect(r?.reasons).toContain("INPUT_UNREADABLE");
      expect(r?.explanation).toMatch(/formula whose result is not stored/);
    },
  );

  test("the run note says the cells were read as unreadable, not as blank", () => {
    expect(stdout).toMatch(/4 formula cell\(s\) have no cached result .*read as unreadable, not as blank/);
    expect(stdout).not.toMatch(/treated as blank/);
  });
});
