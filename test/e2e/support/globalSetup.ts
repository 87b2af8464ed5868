/**
 * Builds the production bundle (npm run build, i.e. webpack in production mode) and the fake host bundle
 * once for the whole e2e run.
 */
import * as fs from "fs";
import * as path from "path";
import { ARTIFACTS, CHROMIUM, DIST, HOST_BUNDLE, ROOT } from "./paths";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module loaded lazily at run time
const webpack = require("webpack");

function run(config: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's chromium (apt-get install -y chromium) or set ANPO_CHROMIUM.`,
    );
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module loaded lazily at run time
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const addin = await makeConfig({}, { mode: "production" });
  await run(addin);
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("production build did not produce dist/taskpane.html");
  await run({
    mode: "development",
    devtool: false,
    entry: path.join(ROOT, "test/e2e/host/browser.ts"),
    output: { path: path.dirname(HOST_BUNDLE), filename: path.basename(HOST_BUNDLE) },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2019", noEmit: false } },
          },
        },
      ],
    },
  });
}
