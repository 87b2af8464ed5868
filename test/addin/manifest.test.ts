/**
 * Offline checks of manifest.xml (no network: the office-addin-manifest validator calls a web service, so
 * this test parses the XML itself and checks what Office needs for a task pane + custom functions add-in
 * in one shared runtime).
 */
import * as fs from "fs";
import * as path from "path";
// office-addin-manifest's unified-manifest export pulls in an ES-module-only package that jest (CommonJS)
// cannot load; the XML manifest code used here does not need it.
jest.mock("@microsoft/app-manifest", () => ({}));
jest.mock("../../node_modules/office-addin-manifest/node_modules/uuid/dist-node/index.js", () => ({
  v4: () => "00000000-0000-4000-8000-000000000000",
}));
import { OfficeAddinManifest } from "office-addin-manifest";
// The package's own XML handler (xml2js underneath); not re-exported from its main module.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module loaded lazily at run time
const { ManifestHandlerXml } = require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml");

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");

type Node = Record<string, unknown> & { $?: Record<string, string>; _?: string };

/** All elements named `name` anywhere below `node` (xml2js shape: element name → array of children). */
function findAll(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) {
    for (const n of node) findAll(n, name, out);
  } else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === "$" || k === "_") continue;
      if (k === name || k.endsWith(":" + name)) for (const c of v as Node[]) out.push(c);
      findAll(v, name, out);
    }
  }
  return out;
}
function one(node: unknown, name: string): Node {
  const all = findAll(node, name);
  expect(all.length).toBeGreaterThan(0);
  return all[0];
}
function attr(node: Node, name: string): string {
  return node.$?.[name] ?? "";
}

let xml: Node;
let app: Node;
let resources: Map<string, { kind: string; value: string }>;

beforeAll(async () => {
  xml = await new ManifestHandlerXml(MANIFEST).parseXmlAsync();
  app = xml.OfficeApp as Node;
  resources = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const r of findAll(one(app, "Resources"), kind))
      resources.set(attr(r, "id"), { kind, value: attr(r, "DefaultValue") });
  }
});

test("basic identity: GUID id, 4-part version, task pane app for Excel (Workbook)", async () => {
  const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(info.officeAppType).toBe("TaskPaneApp");
  expect(info.hosts).toEqual(["Workbook"]);
  expect(info.permissions).toBe("ReadWriteDocument");
  expect(info.defaultLocale).toBe("en-US");
  expect((info.displayName ?? "").length).toBeGreaterThan(0);
  expect((info.displayName ?? "").length).toBeLessThanOrEqual(125);
  expect((info.description ?? "").length).toBeLessThanOrEqual(250);
  // The version follows package.json (first three parts).
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  expect(info.version!.split(".").slice(0, 3).join(".")).toBe(pkg.version);
});

test("Japanese overrides exist for the name, the description and every UI string", () => {
  for (const el of ["DisplayName", "Description"]) {
    const overrides = findAll(one(app, el), "Override");
    expect(overrides.map((o) => attr(o, "Locale"))).toContain("ja-JP");
  }
  const strings = [...findAll(one(app, "ShortStrings"), "String"), ...findAll(one(app, "LongStrings"), "String")];
  for (const s of strings) {
    if (attr(s, "id") === "Anpo.Functions.Ns") continue; // the namespace is the same in every language
    expect({ id: attr(s, "id"), locales: findAll(s, "Override").map((o) => attr(o, "Locale")) }).toEqual({
      id: attr(s, "id"),
      locales: ["ja-JP"],
    });
  }
});

test("shared runtime: SharedRuntime 1.1 required, one long-lived runtime used by pane, functions and commands", () => {
  const sets = findAll(one(app, "Requirements"), "Set");
  expect(sets.some((s) => attr(s, "Name") === "SharedRuntime" && attr(s, "MinVersion") === "1.1")).toBe(true);
  // The Excel API set the pane checks before turning its buttons on is the one the manifest declares.
  const excelApi = sets.find((s) => attr(s, "Name") === "ExcelApi");
  expect(excelApi && attr(excelApi, "MinVersion")).toBe("1.13");
  const appSource = fs.readFileSync(path.join(ROOT, "src/taskpane/components/App.tsx"), "utf8");
  expect(appSource).toContain(`isSetSupported("ExcelApi", "${attr(excelApi!, "MinVersion")}")`);
  const runtimes = findAll(app, "Runtime");
  expect(runtimes).toHaveLength(1);
  expect(attr(runtimes[0], "lifetime")).toBe("long");
  const runtimeRes = attr(runtimes[0], "resid");
  // The custom functions' Page, the FunctionFile and the task pane button all use that runtime's page.
  const cf = findAll(app, "ExtensionPoint").find((e) => attr(e, "xsi:type") === "CustomFunctions")!;
  expect(cf).toBeDefined();
  expect(attr(one(one(cf, "Page"), "SourceLocation"), "resid")).toBe(runtimeRes);
  expect(attr(one(app, "FunctionFile"), "resid")).toBe(runtimeRes);
  const action = findAll(app, "Action").find((a) => attr(a, "xsi:type") === "ShowTaskpane")!;
  expect(attr(one(action, "SourceLocation"), "resid")).toBe(runtimeRes);
  // …and it is the same page as the default task pane.
  expect(resources.get(runtimeRes)?.value).toBe(
    attr(one(one(app, "DefaultSettings"), "SourceLocation"), "DefaultValue"),
  );
});

test("custom functions: namespace ANPO, script taskpane.js (the shared runtime's one bundle) and metadata functions.json", () => {
  const cf = findAll(app, "ExtensionPoint").find((e) => attr(e, "xsi:type") === "CustomFunctions")!;
  const ns = resources.get(attr(one(cf, "Namespace"), "resid"));
  expect(ns).toEqual({ kind: "String", value: "ANPO" });
  expect(resources.get(attr(one(one(cf, "Script"), "SourceLocation"), "resid"))?.value).toMatch(/\/taskpane\.js$/);
  expect(resources.get(attr(one(one(cf, "Metadata"), "SourceLocation"), "resid"))?.value).toMatch(/\/functions\.json$/);
  // Japanese Excel reads the Japanese descriptions (same function names) from functions.ja.json.
  const meta = findAll(one(app, "Urls"), "Url").find(
    (u) => attr(u, "id") === attr(one(one(cf, "Metadata"), "SourceLocation"), "resid"),
  )!;
  const ja = findAll(meta, "Override").find((o) => attr(o, "Locale") === "ja-JP");
  expect(ja && attr(ja, "Value")).toMatch(/\/functions\.ja\.json$/);
  // The build emits exactly those names.
  const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
  expect(config).toMatch(/taskpane:\s*"\.\/src\/taskpane\/index\.tsx"/);
  expect(fs.readFileSync(path.join(ROOT, "src", "taskpane", "index.tsx"), "utf8")).toMatch(
    /import "\.\.\/functions\/functions";/,
  );
  // The metadata is generated from the functions' source file.
  expect(config).toMatch(/input:\s*"\.\/src\/functions\/functions\.ts"/);
  expect(config).toMatch(/output:\s*"functions\.json"/);
});

test("every resid is defined, at most 32 characters, and strings respect Office's length limits", () => {
  const used = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const n = node as Node;
      if (n.$?.resid) used.add(n.$.resid);
      for (const [k, v] of Object.entries(n)) if (k !== "$" && k !== "_") walk(v);
    }
  };
  walk(app);
  expect(used.size).toBeGreaterThan(5);
  for (const id of used) {
    expect({ id, defined: resources.has(id) }).toEqual({ id, defined: true });
    expect(id.length).toBeLessThanOrEqual(32);
  }
  for (const s of findAll(one(app, "ShortStrings"), "String"))
    expect(attr(s, "DefaultValue").length).toBeLessThanOrEqual(125);
  for (const s of findAll(one(app, "LongStrings"), "String"))
    expect(attr(s, "DefaultValue").length).toBeLessThanOrEqual(250);
});

test("all URLs are https on the add-in's own origin, and the icons they name exist in assets/", () => {
  const origin = new URL(attr(one(one(app, "DefaultSettings"), "SourceLocation"), "DefaultValue")).origin;
  expect(origin.startsWith("https://")).toBe(true);
  const urls = [
    attr(one(app, "IconUrl"), "DefaultValue"),
    attr(one(app, "HighResolutionIconUrl"), "DefaultValue"),
    attr(one(app, "SupportUrl"), "DefaultValue"),
    ...[...resources.values()].filter((r) => r.kind !== "String").map((r) => r.value),
  ];
  for (const u of urls) {
    expect(new URL(u).origin).toBe(origin);
    const file = new URL(u).pathname.replace(/^\//, "");
    if (file.startsWith("assets/")) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
  }
  const domains = findAll(one(app, "AppDomains"), "AppDomain").map((d) => String(d._ ?? d));
  expect(domains).toContain(origin);
});

test("the ribbon button opens the pane; icons in the three sizes Office asks for", () => {
  const control = findAll(app, "Control").find((c) => attr(c, "xsi:type") === "Button")!;
  expect(control).toBeDefined();
  const sizes = findAll(one(control, "Icon"), "Image").map((i) => attr(i, "size"));
  expect(sizes.sort()).toEqual(["16", "32", "80"]);
});

test("a production build's manifest names the configured add-in URL and no localhost; a dev build keeps localhost", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const transformOf = (config: { plugins: unknown[] }) => {
    const copy = config.plugins.find((p) => p?.constructor?.name === "CopyPlugin") as {
      patterns: Array<{ to: string; transform?: (c: Buffer) => string | Buffer }>;
    };
    const pattern = copy.patterns.find((p) => p.to === "manifest.xml")!;
    return (text: string) => String(pattern.transform!(Buffer.from(text)));
  };
  const saved = process.env.ANPO_ADDIN_URL;
  try {
    process.env.ANPO_ADDIN_URL = "https://addins.example.co.jp/anpo";
    const prod = transformOf(await makeConfig({}, { mode: "production" }))(manifest);
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain('DefaultValue="https://addins.example.co.jp/anpo/taskpane.html"');
    expect(prod).toContain("<AppDomain>https://addins.example.co.jp</AppDomain>");
    const dev = transformOf(await makeConfig({}, { mode: "development" }))(manifest);
    expect(dev).toContain("https://localhost:3000/taskpane.html");
  } finally {
    if (saved === undefined) delete process.env.ANPO_ADDIN_URL;
    else process.env.ANPO_ADDIN_URL = saved;
  }
});
