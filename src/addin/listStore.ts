/**
 * Party lists kept on the user's machine between sessions (IndexedDB of the add-in's origin). Nothing is
 * sent anywhere. When IndexedDB is not available (private mode, policy) or a write to it fails (quota, a
 * broken database), every list already loaded stays in force for the session, in memory, and the pane
 * warns that lists will not survive a restart (`storageProblem()`).
 */
import type { PartyList } from "../engine/parties/list-model";
import type { Text } from "../engine/types";

export type ListKind = "official-eul" | "sdn" | "own" | "demo";

export interface StoredList {
  list: PartyList;
  kind: ListKind;
  /** ISO timestamp of the import. */
  importedAt: string;
  fileName: string;
}

/** Where lists are kept; IndexedDB in the pane, a stand-in in tests. */
export interface ListBackend {
  getAll(): Promise<StoredList[]>;
  put(stored: StoredList): Promise<void>;
  delete(id: string): Promise<void>;
}

const DB_NAME = "anpo-screen";
const STORE = "lists";
/** Lists change in the pane; the custom functions (same runtime) listen for this event to reload. */
export const LISTS_CHANGED_EVENT = "anpo-lists-changed";

interface SessionState {
  /** Session-only lists, once the backend cannot be used (null while it works). */
  memory: Map<string, StoredList> | null;
  /** Every list seen in this session (loaded or saved), so that a failing write never drops one. */
  known: Map<string, StoredList>;
  problem: Text | null;
}

/**
 * The pane and the custom functions are separate bundles in one shared runtime: the session state lives on
 * the global object so that both see the same lists when IndexedDB cannot be written.
 */
const state: SessionState = ((globalThis as { __anpoListSession?: SessionState }).__anpoListSession ??= {
  memory: null,
  known: new Map(),
  problem: null,
});
const known = state.known;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new Error("IndexedDB is not available"));
      return;
    }
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: "list.id" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("cannot open IndexedDB"));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
  } finally {
    db.close();
  }
}

const indexedDbBackend: ListBackend = {
  getAll: async () => (await withStore<StoredList[]>("readonly", (s) => s.getAll() as IDBRequest<StoredList[]>)) ?? [],
  put: async (stored) => {
    await withStore("readwrite", (s) => {
      s.put(stored);
    });
  },
  delete: async (id) => {
    await withStore("readwrite", (s) => {
      s.delete(id);
    });
  },
};

let backend: ListBackend = indexedDbBackend;

/** Test hook: another backend (null = IndexedDB again); forgets the session's state. */
export function useBackend(b: ListBackend | null): void {
  backend = b ?? indexedDbBackend;
  state.memory = null;
  known.clear();
  state.problem = null;
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/[.。]+$/, "");
}

/** Switches to session-only lists, keeping every list known so far (and what the backend can still read). */
async function fallBack(error: unknown, during: "read" | "write"): Promise<Map<string, StoredList>> {
  const m = new Map(known);
  if (during === "write") {
    try {
      for (const s of await backend.getAll()) if (!m.has(s.list.id)) m.set(s.list.id, s);
    } catch {
      // the database cannot be read either: the lists known to this session are what is left
    }
  }
  state.memory = m;
  const why = reasonOf(error);
  state.problem =
    during === "write"
      ? {
          ja: `リストをこのパソコンに保存できませんでした（${why}）。読み込み済みのリストはこのセッションの間は使われますが、ペインやExcelを閉じると消えます。再起動後にもう一度読み込んでください。`,
          en: `The lists could not be stored on this computer (${why}). The lists loaded are used for this session, but they will not survive closing the pane or Excel: import them again after a restart.`,
        }
      : {
          ja: `この環境ではリストを保存できません（${why}）。読み込んだリストはペインを閉じると消えます。`,
          en: `Lists cannot be stored here (${why}); lists imported now are lost when the pane closes.`,
        };
  return m;
}

/** Why lists will not survive a restart, or null while they are stored. */
export function storageProblem(): Text | null {
  return state.problem;
}

/** True when lists survive closing the pane. */
export async function isPersistent(): Promise<boolean> {
  if (state.memory) return false;
  if (backend !== indexedDbBackend) return true;
  try {
    (await openDb()).close();
    return true;
  } catch {
    return false;
  }
}

function sorted(all: Iterable<StoredList>): StoredList[] {
  return [...all].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.list.name.localeCompare(b.list.name));
}

export async function loadLists(): Promise<StoredList[]> {
  if (state.memory) return sorted(state.memory.values());
  try {
    const all = await backend.getAll();
    for (const s of all) known.set(s.list.id, s);
    return sorted(all);
  } catch (error) {
    return sorted((await fallBack(error, "read")).values());
  }
}

function kindOrder(k: ListKind): number {
  return { "official-eul": 0, sdn: 1, own: 2, demo: 3 }[k];
}

function announce(): void {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(LISTS_CHANGED_EVENT));
}

/**
 * Stores a list, replacing the one with the same id (a failed import never reaches here). When the write
 * fails, every list loaded so far and this one stay in force in memory; `persisted` says which happened.
 */
export async function saveList(stored: StoredList): Promise<{ persisted: boolean }> {
  let persisted = false;
  if (state.memory) state.memory.set(stored.list.id, stored);
  else {
    try {
      await backend.put(stored);
      persisted = true;
    } catch (error) {
      (await fallBack(error, "write")).set(stored.list.id, stored);
    }
  }
  known.set(stored.list.id, stored);
  announce();
  return { persisted };
}

export async function removeList(id: string): Promise<void> {
  if (state.memory) state.memory.delete(id);
  else {
    try {
      await backend.delete(id);
    } catch (error) {
      (await fallBack(error, "write")).delete(id);
    }
  }
  known.delete(id);
  announce();
}
