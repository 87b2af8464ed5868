/**
 * The parts of a workbook package the CLI reads: content types, the package and workbook relationships, the
 * workbook (sheet names, ids, 1904 dates), styles (number formats, for dates and zero-padded codes), shared
 * strings. Found through the relationships, never by fixed part names; relationship targets may be relative or
 * absolute; elements are matched by namespace URI and local name, so any prefix (`x:sheet`) works. Parsed with
 * saxes (a maintained, namespace-aware streaming XML parser).
 */
import * as path from "path";
import { SaxesParser } from "saxes";
import { InputError, msg } from "./messages";
import { entryBytes, entryChunks, type ZipEntry } from "./zipPackage";

export interface XmlNode {
  local: string;
  uri: string;
  prefix: string;
  /** Attributes by local name (attributes without a namespace) and by qualified name. */
  attrs: Record<string, string>;
  /** Attributes by `{uri}local` for namespaced ones. */
  nsAttrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Parses a small part into a tree. */
export function parseXml(text: string, part: string, file: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { local: "", uri: "", prefix: "", attrs: {}, nsAttrs: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  parser.on("opentag", (tag) => {
    const node: XmlNode = {
      local: tag.local,
      uri: tag.uri,
      prefix: tag.prefix,
      attrs: {},
      nsAttrs: {},
      children: [],
      text: "",
    };
    for (const a of Object.values(tag.attributes)) {
      if (a.uri && a.prefix !== "xmlns") node.nsAttrs[`{${a.uri}}${a.local}`] = a.value;
      if (!a.prefix) node.attrs[a.local] = a.value;
      node.attrs[a.name] = a.value;
    }
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("cdata", (t) => (stack[stack.length - 1].text += t));
  try {
    parser.write(text).close();
  } catch (e) {
    throw new InputError(msg.unreadableXlsx(file, `${part}: ${e instanceof Error ? e.message : String(e)}`));
  }
  const top = root.children[0];
  if (!top) throw new InputError(msg.unreadableXlsx(file, `${part}: empty`));
  return top;
}

export const kids = (n: XmlNode, local: string) => n.children.filter((c) => c.local === local);
export const kid = (n: XmlNode, local: string) => n.children.find((c) => c.local === local);

/** Text of a node and its descendants, leaving out phonetic runs (rPh) as Excel shows them. */
export function textOf(n: XmlNode): string {
  if (n.local === "rPh" || n.local === "phoneticPr") return "";
  if (n.children.length === 0) return n.text;
  return n.children.map(textOf).join("");
}

const REL_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

export interface Relationship {
  id: string;
  type: string;
  /** Part name inside the package (no leading slash), resolved from the source part. */
  target: string;
  external: boolean;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relsPartOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === "." ? "" : dir + "/"}_rels/${path.posix.basename(part)}.rels`;
}

/** A relationship target as a part name: absolute ("/xl/x.xml") from the root, relative from the source's folder. */
export function resolveTarget(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURI(t);
  } catch {
    /* keep as written */
  }
  if (t.startsWith("/")) return path.posix.normalize(t.slice(1));
  const base = path.posix.dirname(source);
  return path.posix.normalize(base === "." ? t : `${base}/${t}`);
}

/** The opened package: its entries, by lower-case name too (part names compare case-insensitively). */
export class XlsxPackage {
  readonly byName = new Map<string, ZipEntry>();

  constructor(
    readonly buf: Buffer,
    readonly entries: ZipEntry[],
    readonly file: string,
  ) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  entry(part: string): ZipEntry | undefined {
    return this.byName.get(part.replace(/^\//, "").toLowerCase());
  }

  text(part: string): string | undefined {
    const e = this.entry(part);
    if (!e) return undefined;
    const bytes = entryBytes(this.buf, e, this.file);
    let s = new TextDecoder("utf-8").decode(bytes);
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return s;
  }

  xml(part: string): XmlNode | undefined {
    const t = this.text(part);
    return t === undefined ? undefined : parseXml(t, part, this.file);
  }

  rels(part: string): Relationship[] {
    const root = this.xml(relsPartOf(part));
    if (!root) return [];
    return kids(root, "Relationship").map((r) => ({
      id: r.attrs.Id ?? "",
      type: r.attrs.Type ?? "",
      target: r.attrs.TargetMode === "External" ? (r.attrs.Target ?? "") : resolveTarget(part, r.attrs.Target ?? ""),
      external: r.attrs.TargetMode === "External",
    }));
  }
}

const endsWithType = (rel: Relationship, kind: string) => rel.type.endsWith(`/${kind}`);

export interface SheetRef {
  name: string;
  state: string;
  sheetId: string;
  relId: string;
  part: string;
}

export interface WorkbookInfo {
  workbookPart: string;
  workbook: XmlNode;
  workbookText: string;
  sheets: SheetRef[];
  relIds: Set<string>;
  stylesPart?: string;
  sharedStringsPart?: string;
  date1904: boolean;
}

export function readWorkbook(pkg: XlsxPackage): WorkbookInfo {
  const doc = pkg.rels("").find((r) => endsWithType(r, "officeDocument"));
  const workbookPart = doc?.target ?? "xl/workbook.xml";
  const workbookText = pkg.text(workbookPart);
  if (workbookText === undefined)
    throw new InputError(msg.unreadableXlsx(pkg.file, "no workbook part / ブック本体がありません"));
  const workbook = parseXml(workbookText, workbookPart, pkg.file);
  const rels = pkg.rels(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsNode = kid(workbook, "sheets");
  const sheets: SheetRef[] = [];
  for (const s of sheetsNode ? kids(sheetsNode, "sheet") : []) {
    const relId = REL_NS.map((ns) => s.nsAttrs[`{${ns}}id`]).find((v) => v !== undefined) ?? "";
    const rel = byId.get(relId);
    if (!rel || !endsWithType(rel, "worksheet")) continue; // chart sheets, dialog sheets: not screened
    sheets.push({
      name: s.attrs.name ?? "",
      state: s.attrs.state ?? "visible",
      sheetId: s.attrs.sheetId ?? "",
      relId,
      part: rel.target,
    });
  }
  const pr = kid(workbook, "workbookPr");
  const d1904 = pr?.attrs.date1904;
  return {
    workbookPart,
    workbook,
    workbookText,
    sheets,
    relIds: new Set(rels.map((r) => r.id)),
    stylesPart: rels.find((r) => endsWithType(r, "styles"))?.target,
    sharedStringsPart: rels.find((r) => endsWithType(r, "sharedStrings"))?.target,
    date1904: d1904 === "1" || d1904 === "true",
  };
}

/**
 * The shared strings, read as a stream: the part is inflated and parsed piece by piece, and only one string item
 * (`<si>`) at a time is held as a tree, then turned into its text (textOf) — a sheet of a million distinct order
 * numbers has a million items, whose whole tree took several hundred MB. The same strings as parsing the part
 * into one tree (tested on real workbooks).
 */
export function readSharedStrings(pkg: XlsxPackage, part: string | undefined): string[] {
  if (!part) return [];
  const e = pkg.entry(part);
  if (!e) return [];
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let top = false;
  let stack: XmlNode[] = [];
  parser.on("opentag", (tag) => {
    depth++;
    if (depth === 1) top = true;
    if (depth === 2 && tag.local === "si") stack = [];
    if (depth >= 2 && (stack.length > 0 || (depth === 2 && tag.local === "si"))) {
      const node: XmlNode = {
        local: tag.local,
        uri: tag.uri,
        prefix: tag.prefix,
        attrs: {},
        nsAttrs: {},
        children: [],
        text: "",
      };
      if (stack.length > 0) stack[stack.length - 1].children.push(node);
      stack.push(node);
    }
  });
  parser.on("closetag", () => {
    depth--;
    if (stack.length === 0) return;
    const node = stack.pop()!;
    if (stack.length === 0) out.push(textOf(node));
  });
  const onText = (t: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  const decoder = new TextDecoder("utf-8");
  let first = true;
  try {
    const feed = (s: string) => {
      if (first && s.length > 0) {
        first = false;
        if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      }
      if (s) parser.write(s);
    };
    for (const chunk of entryChunks(pkg.buf, e, pkg.file)) feed(decoder.decode(chunk, { stream: true }));
    feed(decoder.decode());
    parser.close();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(msg.unreadableXlsx(pkg.file, `${part}: ${err instanceof Error ? err.message : String(err)}`));
  }
  if (!top) throw new InputError(msg.unreadableXlsx(pkg.file, `${part}: empty`));
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Per cell style index (cellXfs): whether it shows a date, and its number format code. */
export interface StyleInfo {
  isDate: boolean[];
  formatCode: string[];
  count: number;
}

export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[ymdhs]/i.test(bare) && !/^[#0.,%E+\- ]*$/.test(bare);
}

export function readStyles(root: XmlNode | undefined): StyleInfo {
  const info: StyleInfo = { isDate: [], formatCode: [], count: 0 };
  if (!root) return info;
  const custom = new Map<number, string>();
  const numFmts = kid(root, "numFmts");
  for (const f of numFmts ? kids(numFmts, "numFmt") : [])
    custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? "");
  const xfs = kid(root, "cellXfs");
  for (const xf of xfs ? kids(xfs, "xf") : []) {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? (id === 1 ? "0" : "");
    info.formatCode.push(code);
    info.isDate.push(custom.has(id) ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id));
  }
  info.count = info.formatCode.length;
  return info;
}
