/**
 * Party lists kept on the user's machine between sessions (IndexedDB of the add-in's origin). Nothing is
 * sent anywhere. When IndexedDB is not available (private mode, policy), lists live for the session only
 * and the pane says so.
 */
import type { PartyList } from "../engine/parties/list-model";

export type ListKind = "official-eul" | "sdn" | "own" | "demo";

export interface StoredList {
  list: PartyList;
  kind: ListKind;
  /** ISO timestamp of the import. */
  importedAt: string;
  fileName: string;
}

const DB_NAME = "anpo-screen";
const STORE = "lists";
/** Lists change in the pane; the custom functions (same runtime) listen for this event to reload. */
export const LISTS_CHANGED_EVENT = "anpo-lists-changed";

let memory: Map<string, StoredList> | null = null;

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

/** True when lists survive closing the pane. */
export async function isPersistent(): Promise<boolean> {
  if (memory) return false;
  try {
    (await openDb()).close();
    return true;
  } catch {
    return false;
  }
}

export async function loadLists(): Promise<StoredList[]> {
  if (memory) return [...memory.values()];
  try {
    const all = (await withStore<StoredList[]>("readonly", (s) => s.getAll() as IDBRequest<StoredList[]>)) ?? [];
    return all.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.list.name.localeCompare(b.list.name));
  } catch {
    memory = new Map();
    return [];
  }
}

function kindOrder(k: ListKind): number {
  return { "official-eul": 0, sdn: 1, own: 2, demo: 3 }[k];
}

function announce(): void {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(LISTS_CHANGED_EVENT));
}

/** Stores a list, replacing the one with the same id (a failed import never reaches here). */
export async function saveList(stored: StoredList): Promise<void> {
  if (memory) memory.set(stored.list.id, stored);
  else {
    try {
      await withStore("readwrite", (s) => {
        s.put(stored);
      });
    } catch {
      memory = new Map([[stored.list.id, stored]]);
    }
  }
  announce();
}

export async function removeList(id: string): Promise<void> {
  if (memory) memory.delete(id);
  else
    await withStore("readwrite", (s) => {
      s.delete(id);
    });
  announce();
}
