/**
 * Importing a list file chosen in the pane, in the browser, with the same importers as the CLI.
 * Loaded on demand (it brings the xlsx reader), so it does not weigh on the pane's first load.
 */
import { importOwnList } from "../engine/parties/import-own-list";
import { readListFile } from "../engine/parties/intake";
import { ListImportError, METI_EUL_LIST_ID } from "../engine/parties/list-model";
import type { Text } from "../engine/types";
import type { StoredList } from "../addin/listStore";

export type ImportOutcome = { ok: true; stored: StoredList } | { ok: false; message: Text };

/** Recognises the file (METI End User List .xlsx, OFAC SDN CSV, own CSV list) through the intake the CLI uses. */
export function importListFile(fileName: string, data: ArrayBuffer, now = new Date()): ImportOutcome {
  const bytes = new Uint8Array(data);
  const importedAt = now.toISOString();
  try {
    const { list, kind } = readListFile(bytes, { fileName });
    if (kind === "meti-eul") return { ok: true, stored: { list, kind: "official-eul", importedAt, fileName } };
    if (kind === "ofac-sdn") return { ok: true, stored: { list, kind: "sdn", importedAt, fileName } };
    if (list.id === METI_EUL_LIST_ID || list.id === "demo") {
      return {
        ok: false,
        message: {
          ja: `自社リストの id に「${list.id}」は使えません（公式の外国ユーザーリストやデモリストと混同されるため）。ファイル先頭の「# id:」を変えてください。`,
          en: `An own list cannot use the id "${list.id}" (it would be mistaken for the official End User List or the demo list). Change the "# id:" line at the top of the file.`,
        },
      };
    }
    return { ok: true, stored: { list, kind: "own", importedAt, fileName } };
  } catch (error) {
    if (error instanceof ListImportError) return { ok: false, message: error.text };
    const m = error instanceof Error ? error.message : String(error);
    return { ok: false, message: { ja: `リストを読み込めません: ${m}`, en: `Cannot import the list: ${m}` } };
  }
}

/** Name every demo list carries, so it is never taken for an official list. */
export const DEMO_NAME = "DEMO – fictional parties / デモ – 架空の当事者";

/** The bundled demo list (examples/demo-list.csv, served with the add-in's files), marked as a demo. */
export function importDemoList(text: string, now = new Date()): ImportOutcome {
  try {
    const parsed = importOwnList(text, { fileName: "demo-list.csv" });
    const list = {
      ...parsed,
      id: "demo",
      name: /demo|デモ/i.test(parsed.name) ? parsed.name : `${DEMO_NAME} (${parsed.name})`,
    };
    return { ok: true, stored: { list, kind: "demo", importedAt: now.toISOString(), fileName: "demo-list.csv" } };
  } catch (error) {
    if (error instanceof ListImportError) return { ok: false, message: error.text };
    const m = error instanceof Error ? error.message : String(error);
    return { ok: false, message: { ja: `デモリストを読み込めません: ${m}`, en: `Cannot load the demo list: ${m}` } };
  }
}
