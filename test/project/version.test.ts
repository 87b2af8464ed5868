/**
 * One version: package.json is the source; the engine's ENGINE_VERSION, the add-in manifest's <Version> and the
 * changelog must agree with it.
 */
import * as fs from "fs";
import * as path from "path";
import { ENGINE_VERSION } from "../../src/engine/version";

const ROOT = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  version: string;
  license: string;
};

describe("one version, written in package.json", () => {
  it("the engine reports the package version", () => {
    expect(ENGINE_VERSION).toBe(pkg.version);
  });

  it("manifest.xml carries the package version as Office's four-part version", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const m = /<Version>([^<]+)<\/Version>/.exec(manifest);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(`${pkg.version}.0`);
  });

  it("CHANGELOG.md has a section for the package version and an Unreleased section", () => {
    const log = fs.readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8");
    const escaped = pkg.version.replace(/\./g, "\\.");
    expect(log).toMatch(new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"));
    expect(log).toMatch(/^## \[Unreleased\]$/m);
  });

  it("the licence in package.json is the LICENSE file's", () => {
    expect(pkg.license).toBe("MIT");
    expect(fs.readFileSync(path.join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License/);
  });
});
