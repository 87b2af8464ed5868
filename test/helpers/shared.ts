/**
 * Locates ../shared (read-only reference material beside the repository). Tests that need it call
 * `sharedPath(...)`; when the folder is absent they are skipped with a visible notice, unless
 * ANPO_REQUIRE_SHARED=1 (set by .ci/run), in which case the absence is a failure.
 */
import * as fs from "fs";
import * as path from "path";

export const SHARED_DIR = path.resolve(__dirname, "..", "..", "..", "shared");

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

export function sharedAvailable(...parts: string[]): boolean {
  const p = sharedPath(...parts);
  if (fs.existsSync(p)) return true;
  if (process.env.ANPO_REQUIRE_SHARED === "1") {
    throw new Error(`Required shared file missing: ${p} (ANPO_REQUIRE_SHARED=1 makes this a failure)`);
  }
  // Visible notice: jest prints console.warn output.
  console.warn(`SKIPPED: ${p} not found; tests that need it are skipped.`);
  return false;
}

/** `describe` that runs only when the shared file exists (and fails under ANPO_REQUIRE_SHARED=1 when it does not). */
export function describeWithShared(file: string[], name: string, fn: () => void): void {
  const ok = sharedAvailable(...file);
  (ok ? describe : describe.skip)(name, fn);
}
