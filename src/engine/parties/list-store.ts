/**
 * Keeps the lists in force. A new load that fails leaves the previously loaded version of that list
 * in force and says so; nothing is half-replaced.
 */
import { ListImportError, type PartyList } from "./list-model";

export type ListLoadOutcome =
  { ok: true; list: PartyList; replaced?: PartyList } | { ok: false; error: ListImportError; inForce?: PartyList };

export class ListStore {
  private readonly lists = new Map<string, PartyList>();

  /**
   * Runs an importer and, when it succeeds, puts the list in force under its id.
   * `listId` names the list the caller means to replace, so that a failure can say which version stays.
   */
  load(listId: string | undefined, importer: () => PartyList): ListLoadOutcome {
    let list: PartyList;
    try {
      list = importer();
    } catch (e) {
      const error =
        e instanceof ListImportError
          ? e
          : new ListImportError("unknown", {
              ja: `リストを読み込めません: ${(e as Error)?.message ?? String(e)}`,
              en: `Cannot import the list: ${(e as Error)?.message ?? String(e)}`,
            });
      const inForce = listId ? this.lists.get(listId) : undefined;
      return inForce ? { ok: false, error, inForce } : { ok: false, error };
    }
    const replaced = this.lists.get(list.id);
    this.lists.set(list.id, list);
    return replaced ? { ok: true, list, replaced } : { ok: true, list };
  }

  put(list: PartyList): void {
    this.lists.set(list.id, list);
  }

  get(listId: string): PartyList | undefined {
    return this.lists.get(listId);
  }

  all(): PartyList[] {
    return [...this.lists.values()];
  }

  versions(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const l of this.lists.values()) out[l.id] = l.version;
    return out;
  }
}
