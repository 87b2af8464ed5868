/** Display text of a cell value for messages and summaries (not for screening: the engine gets raw values). */
export function cellToText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") return "";
  return String(v).trim();
}

/** Width of text in a terminal: East Asian wide and full-width characters take two cells. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Pads (or cuts) text to a display width. */
export function fit(s: string, width: number, align: "left" | "right" = "left"): string {
  let out = s;
  if (displayWidth(out) > width) {
    let acc = "";
    for (const ch of out) {
      if (displayWidth(acc + ch) > width - 1) break;
      acc += ch;
    }
    out = acc + "…";
  }
  const pad = " ".repeat(Math.max(0, width - displayWidth(out)));
  return align === "left" ? out + pad : pad + out;
}
