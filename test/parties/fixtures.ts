/** Shared loaders for party-screening tests: the real lists from ../shared (never copied into the repo). */
import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import { sharedPath } from "../helpers/shared";
import { importMetiEul } from "../../src/engine/parties/import-meti-eul";
import { importSdnCsv } from "../../src/engine/parties/import-sdn";
import type { PartyList } from "../../src/engine/parties/list-model";

export const EUL_FILE = ["meti-eul", "20250929_4.xlsx"];
export const EUL_CSV_FILE = ["meti-eul", "end-user-list-20250929-full.csv"];
export const SDN_FILE = ["lists", "ofac-sdn-2024-05-03", "sdn.csv"];

let eul: PartyList | undefined;
let sdn: PartyList | undefined;

export function eulBytes(): Uint8Array {
  return new Uint8Array(fs.readFileSync(sharedPath(...EUL_FILE)));
}

export function loadEul(): PartyList {
  eul ??= importMetiEul(eulBytes(), { fileName: "20250929_4.xlsx" });
  return eul;
}

export function sdnText(): string {
  return fs.readFileSync(sharedPath(...SDN_FILE), "utf8");
}

export function loadSdn(): PartyList {
  sdn ??= importSdnCsv(sdnText(), { fileName: "ofac-sdn-2024-05-03/sdn.csv" });
  return sdn;
}

/** A fresh temporary directory for files made at test time (e.g. truncated copies). */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "anpo-parties-"));
}
