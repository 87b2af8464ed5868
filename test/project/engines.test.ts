/**
 * `npm ci` must print no EBADENGINE warning on any Node version the project declares: every installed package's
 * `engines.node` must accept the whole of the project's range (20.19+, 22.13+, 24).
 */
import * as fs from "fs";
import * as path from "path";
import * as semver from "semver";

const ROOT = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

describe("declared Node versions", () => {
  const declared = pkg.engines.node;

  it("covers the current LTS lines 22 and 24 and Node 20", () => {
    for (const v of ["20.19.0", "22.13.0", "24.0.0"]) expect(semver.satisfies(v, declared)).toBe(true);
  });

  it("is accepted by every package in the lock file", () => {
    const refusing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      const wanted = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      if (!where || !wanted) continue;
      if (!semver.subset(declared, wanted)) refusing.push(`${where.replace(/^.*node_modules\//, "")} wants ${wanted}`);
    }
    expect(refusing).toEqual([]);
  });
});
