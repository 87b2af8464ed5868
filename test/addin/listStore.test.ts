/**
 * The list store when this computer's storage fails: every list already loaded stays in force, the store
 * says why the lists will not survive a restart, and a list imported afterwards joins them (real store code
 * over a stand-in backend that fails the way IndexedDB does: quota exceeded on write).
 */
import { importOwnList } from "../../src/engine/parties/import-own-list";
import { loadLists, removeList, saveList, storageProblem, useBackend } from "../../src/addin/listStore";
import type { ListBackend, StoredList } from "../../src/addin/listStore";

function own(id: string, name: string): StoredList {
  const list = importOwnList(
    [`# id: ${id}`, `# name: ${name}`, "# version: 2026-11-01", "name", "Some Party Ltd"].join("\n"),
  );
  return { list, kind: "own", importedAt: "2026-11-25T10:00:00Z", fileName: `${id}.csv` };
}

/** A backend that stores in a map; writes fail once `failWrites` is set; reads fail once `failReads` is set. */
function backend() {
  const rows = new Map<string, StoredList>();
  const b = {
    failWrites: false,
    failReads: false,
    rows,
    getAll: async () => {
      if (b.failReads) throw new DOMException("The database is broken", "UnknownError");
      return [...rows.values()];
    },
    put: async (s: StoredList) => {
      if (b.failWrites) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      rows.set(s.list.id, s);
    },
    delete: async (id: string) => {
      if (b.failWrites) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      rows.delete(id);
    },
  };
  return b satisfies ListBackend;
}

afterEach(() => useBackend(null));

test("a failed write keeps every list already loaded, adds the new one, and says the lists will not survive a restart", async () => {
  const b = backend();
  useBackend(b);
  await saveList(own("meti-eul", "End User List"));
  await saveList(own("sdn", "SDN"));
  expect((await loadLists()).map((l) => l.list.id)).toEqual(["meti-eul", "sdn"]);
  expect(storageProblem()).toBeNull();

  b.failWrites = true;
  const r = await saveList(own("mine", "My list"));
  expect(r.persisted).toBe(false);
  const inForce = (await loadLists()).map((l) => l.list.id).sort();
  expect(inForce).toEqual(["meti-eul", "mine", "sdn"]);
  const problem = storageProblem();
  expect(problem?.en).toMatch(/QuotaExceededError/);
  expect(problem?.en).toMatch(/will not survive/);
  expect(problem?.ja).toMatch(/閉じると消えます/);

  // Later changes stay in memory too, and the database is not touched any more.
  await removeList("sdn");
  expect((await loadLists()).map((l) => l.list.id).sort()).toEqual(["meti-eul", "mine"]);
  expect([...b.rows.keys()].sort()).toEqual(["meti-eul", "sdn"]);
});

test("a failed write when the database cannot be read either keeps the lists this session knew", async () => {
  const b = backend();
  useBackend(b);
  await saveList(own("meti-eul", "End User List"));
  b.failWrites = true;
  b.failReads = true;
  await saveList(own("mine", "My list"));
  expect((await loadLists()).map((l) => l.list.id).sort()).toEqual(["meti-eul", "mine"]);
});

test("a database that cannot be read at start: lists imported afterwards are kept for the session, with the warning", async () => {
  const b = backend();
  b.failReads = true;
  useBackend(b);
  expect(await loadLists()).toEqual([]);
  expect(storageProblem()?.en).toMatch(/cannot be stored/);
  await saveList(own("mine", "My list"));
  expect((await loadLists()).map((l) => l.list.id)).toEqual(["mine"]);
});
