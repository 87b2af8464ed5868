/**
 * The real command as a user runs it (tsx src/cli/main.ts, what `npm run screen` calls): exit codes of the
 * process and where the output goes. One happy run and one unusable input; the rest is tested in-process.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { REPO, tempDir } from "./helpers";

const TSX = path.join(REPO, "node_modules", ".bin", "tsx");
const MAIN = path.join(REPO, "src", "cli", "main.ts");

function runMain(args: string[], cwd: string, lang: string) {
  return spawnSync(TSX, [MAIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: lang, LC_ALL: "", LC_MESSAGES: "" },
    timeout: 60_000,
  });
}

describe("the screen command as a process", () => {
  it("screens the bundled example with no arguments: exit 0, Japanese summary under a ja locale, output in ./out", () => {
    const dir = tempDir();
    const r = runMain([], dir, "ja_JP.UTF-8");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("確認が必要な行");
    expect(fs.existsSync(path.join(dir, "out", "orders-example.screened.csv"))).toBe(true);
  });

  it("exits 2 with a message on stderr for a missing input", () => {
    const dir = tempDir();
    const r = runMain(["missing.xlsx"], dir, "en_US.UTF-8");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("File not found");
    expect(r.stdout).toBe("");
  });
});
