/**
 * Character-encoding detection for CSV input. Japanese order sheets are often saved as Shift_JIS (CP932) by
 * Excel; others arrive as UTF-8 (with or without BOM) or UTF-16 ("Unicode text"). Order of tests:
 * BOM → UTF-16 without BOM (NUL bytes) → strict UTF-8 → CP932 or EUC-JP, whichever decodes cleanly.
 */
import iconv from "iconv-lite";

export type CsvEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "cp932" | "euc-jp";

export interface Decoded {
  text: string;
  encoding: CsvEncoding;
  /** Human label, e.g. "Shift_JIS (CP932)". */
  label: string;
  /** Number of byte sequences that could not be decoded (replaced by U+FFFD). */
  invalid: number;
}

export const LABELS: Record<CsvEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 (BOM)",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  cp932: "Shift_JIS (CP932)",
  "euc-jp": "EUC-JP",
};

function result(text: string, encoding: CsvEncoding): Decoded {
  const invalid = (text.match(/\uFFFD/g) ?? []).length;
  return { text, encoding, label: LABELS[encoding], invalid };
}

/** Decodes the bytes of a text file, detecting its encoding. The BOM is removed from the text. */
export function decodeText(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return result(buf.subarray(3).toString("utf8"), "utf-8-bom");
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return result(iconv.decode(buf.subarray(2), "utf-16le"), "utf-16le");
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return result(iconv.decode(buf.subarray(2), "utf-16be"), "utf-16be");

  const utf16 = guessUtf16WithoutBom(buf);
  if (utf16) return result(iconv.decode(buf, utf16), utf16);

  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return result(text, "utf-8");
  } catch {
    // not UTF-8: fall through to the Japanese legacy encodings
  }
  const sjis = result(iconv.decode(buf, "cp932"), "cp932");
  if (sjis.invalid === 0) return sjis;
  const euc = result(iconv.decode(buf, "euc-jp"), "euc-jp");
  return euc.invalid < sjis.invalid ? euc : sjis;
}

/** UTF-16 text of mostly ASCII/Latin has a NUL in every other byte. */
export function guessUtf16WithoutBom(buf: Buffer): "utf-16le" | "utf-16be" | null {
  const n = Math.min(buf.length - (buf.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}
