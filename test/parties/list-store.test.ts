import * as fs from "fs";
import * as path from "path";
import { describeWithShared } from "../helpers/shared";
import { ListStore } from "../../src/engine/parties/list-store";
import { importMetiEul } from "../../src/engine/parties/import-meti-eul";
import { importOwnList } from "../../src/engine/parties/import-own-list";
import { EUL_FILE, eulBytes, tempDir } from "./fixtures";

describe("ListStore keeps the previous list when a new load fails", () => {
  test("own list: good v1, broken v2 → v1 stays in force; good v3 replaces it", () => {
    const store = new ListStore();
    const v1 = store.load("own", () => importOwnList("# version: 1\nname\nAlpha Works\n"));
    expect(v1.ok).toBe(true);
    const v2 = store.load("own", () => importOwnList('# version: 2\nname\n"Alpha'));
    expect(v2.ok).toBe(false);
    if (!v2.ok) {
      expect(v2.error.text.en).toMatch(/cut off/);
      expect(v2.inForce?.version).toBe("1");
    }
    expect(store.get("own")?.version).toBe("1");
    const v3 = store.load("own", () => importOwnList("# version: 3\nname\nAlpha Works\nBeta Works\n"));
    expect(v3.ok && v3.replaced?.version).toBe("1");
    expect(store.versions()).toEqual({ own: "3" });
  });
  test("an unexpected exception is reported as an import error, not thrown", () => {
    const store = new ListStore();
    const r = store.load("x", () => {
      throw new TypeError("boom");
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.text.en).toMatch(/boom/);
  });
});

describeWithShared(EUL_FILE, "ListStore with the real End User List", () => {
  test("a truncated copy of the Excel file leaves 2025-09-29 in force", () => {
    const store = new ListStore();
    expect(store.load("meti-eul", () => importMetiEul(eulBytes(), { fileName: "20250929_4.xlsx" })).ok).toBe(true);
    const dir = tempDir();
    const p = path.join(dir, "20260101_4.xlsx");
    const full = eulBytes();
    fs.writeFileSync(p, full.subarray(0, Math.floor(full.length * 0.6)));
    const r = store.load("meti-eul", () =>
      importMetiEul(new Uint8Array(fs.readFileSync(p)), { fileName: "20260101_4.xlsx" }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.text.en).toMatch(/damaged or truncated/);
      expect(r.inForce?.version).toBe("2025-09-29");
    }
    expect(store.versions()).toEqual({ "meti-eul": "2025-09-29" });
    expect(store.get("meti-eul")?.entries).toHaveLength(835);
  });
});
