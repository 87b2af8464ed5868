/**
 * One intake for list files, shared by the CLI and the task pane: the file's bytes decide what it is (a zip
 * is METI's End User List workbook, OFAC's sdn.csv shape is the SDN list, any other text is an own list),
 * text is decoded the same way (UTF-8 with or without BOM, UTF-16 with BOM, else Shift_JIS as Japanese Excel
 * saves CSV), and every refusal uses the same words in both languages. Pure: bytes in, a list or a
 * ListImportError out (TextDecoder is a standard of both browsers and Node).
 */
import type { Text } from "../types";
import { importMetiEul } from "./import-meti-eul";
import { importOwnList } from "./import-own-list";
import { importSdnCsv, looksLikeSdnCsv } from "./import-sdn";
import { ListImportError } from "./list-model";
import type { PartyList } from "./list-model";

export type ListFileKind = "meti-eul" | "ofac-sdn" | "own-list";

export const LIST_KIND_NAMES: Record<ListFileKind, Text> = {
  "meti-eul": { ja: "外国ユーザーリスト (Excel)", en: "METI End User List (Excel)" },
  "ofac-sdn": { ja: "OFAC SDN の CSV", en: "an OFAC SDN CSV" },
  "own-list": { ja: "自社リストの CSV", en: "an own-list CSV" },
};

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "shift_jis";

/** A zip archive (an .xlsx workbook is one): "PK" followed by a local-file, empty or spanned header. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && [3, 5, 7].includes(bytes[2]);
}

/** Which list a file holds, judged by its content. */
export function detectListKind(bytes: Uint8Array): ListFileKind {
  if (isZip(bytes)) return "meti-eul";
  const head = decodeListText(bytes.subarray(0, 4096), true).text;
  return looksLikeSdnCsv(head) ? "ofac-sdn" : "own-list";
}

/**
 * Text of a list file. `lenient` (for sniffing a cut-off head) replaces bad sequences instead of refusing.
 * Throws a ListImportError when the bytes are neither UTF-8, UTF-16 with BOM nor Shift_JIS.
 */
export function decodeListText(bytes: Uint8Array, lenient = false): { text: string; encoding: TextEncodingName } {
  const strict = (label: string, b: Uint8Array) => new TextDecoder(label, { fatal: !lenient }).decode(b);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: Japanese Excel saves "CSV" as Shift_JIS
  }
  try {
    return { text: strict("shift_jis", bytes), encoding: "shift_jis" };
  } catch {
    throw new ListImportError("file", {
      ja: "文字コードが UTF-8 でも Shift_JIS でもありません (CSV は UTF-8 で保存してください)",
      en: "the text is neither UTF-8 nor Shift_JIS (save the CSV as UTF-8)",
    });
  }
}

export interface IntakeResult {
  list: PartyList;
  kind: ListFileKind;
  encoding?: TextEncodingName;
}

export interface IntakeOptions {
  /** The file's name (the End User List's version is read from it). */
  fileName: string;
  /** A longer path whose folder may carry the SDN list's date (ofac-sdn-2024-05-03/sdn.csv). */
  sourcePath?: string;
  /** The CLI's --eul / --sdn: a file of another kind is refused. */
  expected?: ListFileKind;
}

/** Reads one list file. Errors are ListImportErrors in both languages; the caller adds the file's name. */
export function readListFile(bytes: Uint8Array, options: IntakeOptions): IntakeResult {
  const { fileName, expected } = options;
  const kind = detectListKind(bytes);
  if (expected && kind !== expected) {
    throw new ListImportError(expected, {
      ja: `${LIST_KIND_NAMES[expected].ja} のはずですが、中身は ${LIST_KIND_NAMES[kind].ja} です`,
      en: `expected ${LIST_KIND_NAMES[expected].en}, but the file holds ${LIST_KIND_NAMES[kind].en}`,
    });
  }
  if (kind === "meti-eul") return { list: importMetiEul(bytes, { fileName }), kind };
  const { text, encoding } = decodeListText(bytes);
  if (kind === "ofac-sdn")
    return { list: importSdnCsv(text, { fileName: options.sourcePath ?? fileName }), kind, encoding };
  return { list: importOwnList(text, { fileName }), kind, encoding };
}
