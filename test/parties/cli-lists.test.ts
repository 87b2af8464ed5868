import * as fs from "fs";
import * as path from "path";
import { describeWithShared, sharedPath } from "../helpers/shared";
import { detectListKind, loadPartyScreener } from "../../src/cli/lists";
import { ListImportError } from "../../src/engine/parties/list-model";
import { EUL_FILE, SDN_FILE, tempDir } from "./fixtures";

const DEMO = path.resolve(__dirname, "..", "..", "examples", "demo-list.csv");

async function loadError(opts: Parameters<typeof loadPartyScreener>[0]): Promise<ListImportError> {
  try {
    await loadPartyScreener(opts);
  } catch (e) {
    if (e instanceof ListImportError) return e;
    throw e;
  }
  throw new Error("expected a ListImportError");
}

describe("loadPartyScreener (CLI) with the demo list", () => {
  test("the bundled demo list loads as list 'demo' and screens", async () => {
    const { screener, lists, notes } = await loadPartyScreener({ lists: [DEMO] });
    expect(lists.map((l) => [l.id, l.version, l.entries.length])).toEqual([["demo", "2025-10-01", 15]]);
    expect(lists[0].name).toMatch(/DEMO/);
    expect(lists[0].name).toMatch(/デモ/);
    expect(notes.map((n) => n.en).join("\n")).toMatch(/End User List \(--eul\) was not given/);
    expect(screener.screenParty("Qorvanth Precision Dynamics", "CN", "end_user")[0].id).toBe("demo#D001");
    expect(screener.listVersions()).toEqual({ demo: "2025-10-01" });
  });
  test("no list at all: a screener that finds nothing, and a note saying so", async () => {
    const { screener, notes } = await loadPartyScreener({});
    expect(screener.screenParty("Qorvanth Precision Dynamics", undefined, "end_user")).toEqual([]);
    expect(notes.map((n) => n.en).join("\n")).toMatch(/No party list given/);
  });
  test("allow-list from CSV and from JSON", async () => {
    const dir = tempDir();
    const csv = path.join(dir, "allow.csv");
    fs.writeFileSync(
      csv,
      "party_name,match_id,entry_name,reviewer,date,reason\nQorvanth Precision Dynamics,demo#D001,Qorvanth Precision Dynamics Co. Ltd.,trainer,2025-10-02,training example\n",
    );
    const json = path.join(dir, "allow.json");
    fs.writeFileSync(
      json,
      JSON.stringify({
        format: "anpo-screen-allow-list",
        version: 1,
        entries: [
          {
            partyName: "Qorvanth Precision Dynamics",
            matchId: "demo#D001",
            entryName: "Qorvanth Precision Dynamics Co. Ltd.",
            reviewer: "trainer",
            date: "2025-10-02",
            reason: "training example",
          },
        ],
      }),
    );
    for (const allow of [csv, json]) {
      const { screener, notes } = await loadPartyScreener({ lists: [DEMO], allow });
      expect(screener.screenParty("Qorvanth Precision Dynamics", "CN", "end_user")[0].suppressed?.reviewer).toBe(
        "trainer",
      );
      expect(notes.map((n) => n.en).join("\n")).toMatch(/Allow-list: 1 reviewed/);
    }
  });
  test("clear errors: missing file, folder, wrong kind, neither UTF-8 nor Shift_JIS, truncated own list, duplicate list ids", async () => {
    const dir = tempDir();
    expect((await loadError({ lists: [path.join(dir, "nope.csv")] })).text.en).toMatch(/nope\.csv: file not found/);
    expect((await loadError({ lists: [dir] })).text.en).toMatch(/is a folder/);
    expect((await loadError({ eul: DEMO })).text.en).toMatch(
      /expected METI End User List \(Excel\), but the file holds an own-list CSV/,
    );
    const sjis = path.join(dir, "sjis.csv");
    // A Shift_JIS own list (as Japanese Excel saves CSV) loads, as it does in the pane; bytes that are
    // neither UTF-8 nor Shift_JIS are refused with the file named.
    fs.writeFileSync(sjis, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x83, 0x41, 0x83, 0x43, 0x0a]));
    const { lists } = await loadPartyScreener({ lists: [sjis] });
    expect(lists[0].entries.map((e) => e.name)).toEqual(["アイ"]);
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xfd, 0xa0, 0x0a]));
    expect((await loadError({ lists: [bad] })).text.en).toMatch(/bad\.csv: the text is neither UTF-8 nor Shift_JIS/);
    const cut = path.join(dir, "cut.csv");
    const demo = fs.readFileSync(DEMO, "utf8");
    fs.writeFileSync(cut, demo.slice(0, demo.indexOf("Цветлоград") + 4));
    const e = await loadError({ lists: [cut] });
    expect(e.text.en).toMatch(
      /cut\.csv: Cannot import as own list: the last line \(7\) has fewer columns than the header and no line end \(the file is cut off\)/,
    );
    expect((await loadError({ lists: [DEMO, DEMO] })).text.en).toMatch(/list id "demo" is also used by/);
  });
  test("content decides the kind", () => {
    expect(detectListKind(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe("meti-eul");
    expect(detectListKind(new TextEncoder().encode('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- \r\n'))).toBe(
      "ofac-sdn",
    );
    expect(detectListKind(new TextEncoder().encode("name,aliases\nX,\n"))).toBe("own-list");
  });
});

describeWithShared(EUL_FILE, "loadPartyScreener with the real End User List", () => {
  test("--eul FILE: version from the file name, 835 entries, EUL matches flagged", async () => {
    const { screener, lists, notes } = await loadPartyScreener({ eul: sharedPath(...EUL_FILE) });
    expect(lists[0]).toMatchObject({ id: "meti-eul", version: "2025-09-29" });
    expect(notes[0].en).toMatch(/version 2025-09-29, 835 entries \(20250929_4\.xlsx\)/);
    expect(screener.screenParty("Advantage Trading Co., Ltd.", "HK", "end_user")[0]).toMatchObject({
      id: "meti-eul#705",
      isEndUserList: true,
    });
  });
  test("a truncated copy of the workbook is refused with the file named", async () => {
    const dir = tempDir();
    const p = path.join(dir, "20260101_4.xlsx");
    const full = fs.readFileSync(sharedPath(...EUL_FILE));
    fs.writeFileSync(p, full.subarray(0, Math.floor(full.length / 2)));
    const e = await loadError({ eul: p });
    expect(e.text.en).toMatch(
      /20260101_4\.xlsx: Cannot import as METI End User List: the workbook is damaged or truncated/,
    );
    expect(e.text.ja).toMatch(/20260101_4\.xlsx: 外国ユーザーリストとして読み込めません/);
  });
});

describeWithShared(SDN_FILE, "loadPartyScreener with the OFAC SDN list", () => {
  test("--sdn FILE and SDN detected by content among --list files; version from the folder name", async () => {
    const a = await loadPartyScreener({ sdn: sharedPath(...SDN_FILE) });
    const b = await loadPartyScreener({ lists: [sharedPath(...SDN_FILE), DEMO] });
    expect(a.lists[0]).toMatchObject({ id: "ofac-sdn", version: "2024-05-03" });
    expect(b.lists.map((l) => l.id)).toEqual(["ofac-sdn", "demo"]);
    expect(a.screener.screenParty("Banco Nacional de Cuba", undefined, "buyer")[0].id).toBe("ofac-sdn#306");
  }, 60_000);
});
