/**
 * The custom functions' pieces: batching (one engine pass per burst), argument mapping, and the engine
 * answers they return (real engine and a small own list; no mocks of the engine).
 */
import { createBatcher } from "../../src/functions/batch";
import { isEmptyCall, rowFromArgs, rowsFromRange } from "../../src/functions/inputs";
import { processJobs, readAllowList, setAllowListWait } from "../../src/functions/cfEngine";
import { sent, useTestEngine } from "../helpers/inProcessEngine";
import { importOwnList } from "../../src/engine/parties/import-own-list";
import { screenOrder, screenRow, party } from "../../src/functions/functions";

const OWN_LIST = [
  "# id: test-own",
  "# name: Test list",
  "# version: 2026-11-01",
  "id,name,aliases,country",
  "1,Kestrel Vane Avionics Trading LLC,KVA Trading,AE",
].join("\n");

describe("batching", () => {
  test("a burst of 10,000 calls is one processor call; each caller gets its own answer", async () => {
    const calls: number[][] = [];
    const b = createBatcher<number, number>({
      process: async (xs) => (calls.push(xs), xs.map((x) => x * 2)),
      idleMs: 5,
      maxWaitMs: 50,
    });
    const results = await Promise.all(Array.from({ length: 10_000 }, (_, i) => b.enqueue(i)));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(10_000);
    expect(results[1234]).toBe(2468);
    expect(b.batches).toBe(1);
  });

  test("calls after a batch started form the next batch; an Error answer rejects only its caller", async () => {
    const b = createBatcher<number, number>({
      process: async (xs) => xs.map((x) => (x < 0 ? new Error(`bad ${x}`) : x)),
      idleMs: 2,
      maxWaitMs: 10,
    });
    const first = await Promise.allSettled([b.enqueue(1), b.enqueue(-1)]);
    const second = await b.enqueue(3);
    expect(first[0]).toEqual({ status: "fulfilled", value: 1 });
    expect(first[1].status).toBe("rejected");
    expect(second).toBe(3);
    expect(b.batches).toBe(2);
  });
});

describe("arguments", () => {
  test("SCREEN's arguments map to the engine's fields; omitted optional ones are left out", () => {
    expect(
      rowFromArgs({
        destination: "Vietnam",
        hsCode: 847130,
        endUser: "ABC",
        listControl: "non-controlled",
        endUse: null,
      }),
    ).toEqual({
      destination: "Vietnam",
      hs_code: 847130,
      end_user: "ABC",
      list_control: "non-controlled",
    });
    expect(isEmptyCall({ destination: "", hsCode: null, endUser: undefined })).toBe(true);
    expect(isEmptyCall({ destination: "US", hsCode: "", endUser: "" })).toBe(false);
  });

  test("SCREENROW maps cells by the header row (English or Japanese) and reports width mismatches", () => {
    const r = rowsFromRange([["CN", "8458.11", "非該当", "Foo"]], [["仕向地", "HSコード", "該非判定", "最終需要者"]]);
    expect(r.rows[0]).toEqual({ destination: "CN", hs_code: "8458.11", list_control: "非該当", end_user: "Foo" });
    expect(r.missing).toEqual([]);
    expect(rowsFromRange([["CN", "1"]], [["仕向地"]]).problem?.en).toMatch(/width/);
    expect(rowsFromRange([["CN", "1"]], [["仕向地"]]).problem?.ja).toMatch(/幅/);
  });
});

describe("answers from the engine", () => {
  beforeAll(async () => {
    useTestEngine([importOwnList(OWN_LIST)], null);
  });

  test("SCREEN (argument form) returns the decision label; North Korea is prohibited, an unclassified item needs review", async () => {
    // Excel passes a single value to a range parameter as a 1×1 range.
    const [kp, unclassified, clean] = await Promise.all([
      screenOrder([["North Korea"]], [["8471.30"]], "Pyongyang Trading", "", "", "", "", "non-controlled"),
      screenOrder([["US"]], [["8471.30"]], "Acme Inc."),
      screenOrder([["Germany"]], [["0901.21"]], "Rösterei GmbH", "coffee shop", "", "", "", "non-controlled"),
    ]);
    expect(kp).toEqual([["Prohibited"]]);
    expect(unclassified).toEqual([["Review"]]);
    expect(clean).toEqual([["No licence"]]);
    expect(await screenOrder([[""]], [[""]], "")).toEqual([[""]]);
    // The optional last argument: a fixed code the same in every language, or the label.
    const code = await screenOrder([["North Korea"]], [["8471.30"]], "X", "", "", "", "", "non-controlled", "", "code");
    expect(code).toEqual([["PROHIBITED"]]);
    expect(
      await screenOrder([["North Korea"]], [["8471.30"]], "X", "", "", "", "", "non-controlled", "", "コード"),
    ).toEqual([["PROHIBITED"]]);
    await expect(screenOrder([["US"]], [["8471.30"]], "X", "", "", "", "", "", "", "colour")).rejects.toThrow(
      /"code".*"label"/,
    );
  });

  test("SCREEN (row form): a row and its header row, mapped as the pane maps them; code or label", async () => {
    const headers = [["注文番号", "仕向地", "HSコード", "該非判定", "最終需要者"]];
    const rows = [
      ["A-1", "北朝鮮", "8471.30", "非該当", "X"],
      ["A-2", "ドイツ", "0901.21", "非該当", "Rösterei GmbH"],
    ];
    expect(await screenOrder(rows, headers)).toEqual([["Prohibited"], ["No licence"]]);
    expect(await screenOrder(rows, headers, "code")).toEqual([["PROHIBITED"], ["NO_LICENSE"]]);
    expect(await screenOrder([rows[0]], headers, "label")).toEqual([["Prohibited"]]);
    await expect(screenOrder([["KP", "1"]], [["Destination", "HS code", "End user"]])).rejects.toThrow(/width/);
    await expect(screenOrder([["a", "b"]], [["Colour", "Size"]])).rejects.toThrow(/no field/);
    await expect(screenOrder(rows, headers, "fast")).rejects.toThrow(/"code"/);
  });

  test("SCREENROW spills decision, reasons and red flags per row", async () => {
    const out = await screenRow(
      [
        ["KP", "8471.30", "non-controlled", "X"],
        ["US", "8471.30", "", "Y"],
      ],
      [["Destination", "HS code", "List control", "End user"]],
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toHaveLength(3);
    expect(out[0][0]).toBe("Prohibited");
    expect(out[0][1]).toMatch(/North Korea/);
    expect(out[1][0]).toBe("Review");
  });

  test("PARTY returns the best match with list, entry, alias and score; unrelated names get No match", async () => {
    const hit = await party("KVA Trading", "AE");
    expect(hit).toMatch(/Test list #1 Kestrel Vane Avionics Trading LLC/);
    expect(hit).toMatch(/KVA Trading/);
    expect(hit).toMatch(/\d\.\d\d (HIT|REVIEW)/);
    expect(await party("Completely Different Bakery", "FR")).toBe("No match");
  });

  test("one engine pass answers a mixed burst in Japanese", async () => {
    const out = await processJobs(
      [
        { kind: "rows", rows: [{ destination: "北朝鮮", hs_code: "8471.30", list_control: "非該当", end_user: "X" }] },
        { kind: "party", name: "Kestrel Vane Avionics Trading", country: "AE" },
      ],
      "ja",
    );
    expect((out[0] as string[][])[0][0]).toBe("輸出禁止");
    expect(out[1]).toMatch(/Kestrel Vane Avionics Trading LLC/);
  });

  test("a burst goes to the engine worker as one message; the calling thread never runs the engine", async () => {
    const before = sent.length;
    const rows = Array.from({ length: 1_000 }, (_, i) => ({
      destination: "US",
      hs_code: "8471.30",
      list_control: "non-controlled",
      end_user: `Worker Test ${i}`,
    }));
    const calls = rows.map((r) =>
      screenOrder([[r.destination]], [[r.hs_code]], r.end_user, "", "", "", "", "non-controlled"),
    );
    const out = await Promise.all(calls);
    // Every caller got a decision label (which one is the other tests' business).
    expect(out.every((o) => ["No licence", "Review", "Licence required", "Prohibited"].includes(String(o[0][0])))).toBe(
      true,
    );
    const bursts = sent.slice(before).filter((m) => m.type === "functions");
    expect(bursts).toHaveLength(1);
    expect(bursts[0].type === "functions" && bursts[0].jobs).toHaveLength(1_000);
  });
});

describe("the allow-list as the functions read it", () => {
  const g = globalThis as { Excel?: unknown };
  afterEach(() => {
    delete g.Excel;
    setAllowListWait(15_000);
  });

  test("a read Excel refuses comes back as a problem, not as an empty allow-list", async () => {
    g.Excel = {
      run: async () => {
        throw Object.assign(new Error("The settings cannot be read now"), { code: "GeneralException" });
      },
    };
    const read = await readAllowList();
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.en).toMatch(/could not be read \(The settings cannot be read now\)/);
  });

  test("a read Excel does not answer is reported after the wait, never silently dropped", async () => {
    g.Excel = { run: () => new Promise(() => undefined) };
    setAllowListWait(50);
    const read = await readAllowList();
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.ja).toMatch(/許可リストを読めませんでした/);
  });

  test("a readable setting is used", async () => {
    g.Excel = {
      run: async (fn: (ctx: unknown) => Promise<unknown>) =>
        fn({
          workbook: {
            settings: {
              getItemOrNullObject: () => ({ isNullObject: false, value: '{"x":1}', load: () => undefined }),
            },
          },
          sync: async () => undefined,
        }),
    };
    expect(await readAllowList()).toEqual({ ok: true, json: '{"x":1}' });
  });

  test("results a missing allow-list could change say so (SCREEN, SCREENROW, PARTY); others do not", async () => {
    useTestEngine([importOwnList(OWN_LIST)], { ok: false, problem: { ja: "読めません", en: "cannot be read" } });
    const hit = await party("KVA Trading", "AE");
    expect(hit).toMatch(/Kestrel Vane Avionics Trading LLC.*\(note: cannot be read\)$/);
    expect(await party("Completely Different Bakery", "FR")).toBe("No match");
    const matched = await screenOrder([["Germany"]], [["8471.30"]], "KVA Trading", "", "", "", "", "non-controlled");
    expect(matched[0][0]).toMatch(/\(note: cannot be read\)$/);
    const clean = await screenOrder(
      [["Germany"]],
      [["0901.21"]],
      "Rösterei GmbH",
      "coffee shop",
      "",
      "",
      "",
      "non-controlled",
    );
    expect(clean).toEqual([["No licence"]]);
    const rows = await screenRow(
      [["DE", "8471.30", "non-controlled", "KVA Trading"]],
      [["Destination", "HS code", "List control", "End user"]],
    );
    expect(rows[0][1]).toMatch(/cannot be read$/);
    const ja = (await processJobs([{ kind: "party", name: "KVA Trading", country: "AE" }], "ja"))[0];
    expect(ja).toMatch(/（注意: 読めません）$/);
  });

  test("a damaged allow-list setting is named in the results too", async () => {
    useTestEngine([importOwnList(OWN_LIST)], "{not json");
    expect(await party("KVA Trading", "AE")).toMatch(/allow-list is damaged/);
  });
});
