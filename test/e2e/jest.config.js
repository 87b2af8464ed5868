/**
 * Browser end-to-end tests (`npm run test:e2e`): Playwright (playwright-core) drives Debian's Chromium
 * against the production bundle, with the fake Excel host of test/e2e/host in place of Office.js.
 * Not part of `npm test`.
 */
const path = require("path");

module.exports = {
  rootDir: path.resolve(__dirname, "..", ".."),
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.ts",
  testTimeout: 300_000,
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true } }, module: { type: "commonjs" } },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
