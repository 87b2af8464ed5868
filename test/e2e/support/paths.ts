/** Where the e2e suite finds the production bundle, the host bundle and where it saves artifacts. */
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const HOST_BUNDLE = path.join(ARTIFACTS, "e2e-host", "office-host.js");
export const CHROMIUM = process.env.ANPO_CHROMIUM ?? "/usr/bin/chromium";
