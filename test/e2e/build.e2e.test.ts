/**
 * The production bundle the e2e run built (dist/): Japanese custom-function metadata beside the English one,
 * help URLs on the add-in's origin, no source maps.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DIST } from "./support/paths";

const HAS_JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

interface Meta {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: Array<{ name: string; description: string }>;
  }>;
}
const read = (f: string): Meta => JSON.parse(fs.readFileSync(path.join(DIST, f), "utf8"));

test("functions.ja.json: the same functions and parameters as functions.json, every description in Japanese", () => {
  const en = read("functions.json");
  const ja = read("functions.ja.json");
  expect(ja.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
  expect(en.functions.map((f) => f.id)).toEqual(["SCREEN", "SCREENROW", "PARTY"]);
  en.functions.forEach((f, i) => {
    const j = ja.functions[i];
    // Names stay the same, so a formula reads alike for a Japanese and an English colleague.
    expect(j.name).toBe(f.name);
    expect(j.parameters.map((p) => p.name)).toEqual(f.parameters.map((p) => p.name));
    expect(j.description).toMatch(HAS_JAPANESE);
    for (const p of j.parameters)
      expect({ p: p.name, ja: HAS_JAPANESE.test(p.description) }).toEqual({ p: p.name, ja: true });
    expect(f.description).not.toMatch(/[\u3040-\u30ff]/);
    // A help page per function, on the add-in's origin, that exists in the build.
    expect(f.helpUrl).toMatch(/^https:\/\/[^/]+\/help\.html#\w+$/);
    expect(j.helpUrl).toBe(f.helpUrl);
    const anchor = f.helpUrl!.split("#")[1];
    expect(fs.readFileSync(path.join(DIST, "help.html"), "utf8")).toMatch(new RegExp(`id=["']?${anchor}["' >]`));
  });
});

test("the production build ships no source maps and no source-map references", () => {
  const files = fs.readdirSync(DIST);
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  for (const f of files.filter((x) => x.endsWith(".js")))
    expect({ f, ref: /sourceMappingURL=/.test(fs.readFileSync(path.join(DIST, f), "utf8")) }).toEqual({
      f,
      ref: false,
    });
});

test("the pane's start-up scripts are at most 200 KB gzipped; the engine worker and the row detail are not among them", () => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
  expect(scripts).toEqual(["taskpane.js"]);
  const gz = scripts.reduce((a, f) => a + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
  // Printed for the closing note; the figure is also in `npm run bench`.
  console.log(`start-up scripts ${scripts.join(" + ")}: ${(gz / 1024).toFixed(1)} KB gzipped`);
  expect(gz).toBeLessThanOrEqual(200 * 1024);
  // The engine is in worker.js (and the row detail in its own chunk), not in the start-up script.
  const main = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
  expect(main).not.toContain("CW_OUT_OF_SCOPE");
  expect(fs.readFileSync(path.join(DIST, "worker.js"), "utf8")).toContain("CW_OUT_OF_SCOPE");
});
