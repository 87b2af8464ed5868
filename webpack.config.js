/**
 * Build of the Excel add-in (task pane + custom functions, one shared runtime).
 *
 *   npm run build        production bundle in dist/ (manifest URLs rewritten to ANPO_ADDIN_URL when set)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs certificates
 *
 * Entries: `taskpane` (the shared runtime page's one script: React + Fluent UI pane and the custom functions)
 * and `worker` (the engine, its lists and allow-list, one Web Worker for both, started on first use).
 * taskpane.html is the shared runtime page named in manifest.xml. A row's detail view and the list importers
 * are split into lazily loaded chunks.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const LicensePlugin = require("webpack-license-plugin");
const { sources, Compilation } = require("webpack");

const DEV_URL = "https://localhost:3000/";

/** Production origin of the add-in files; the manifest keeps the dev URL when unset. */
function productionUrl() {
  const url = process.env.ANPO_ADDIN_URL;
  if (!url) return DEV_URL;
  return url.endsWith("/") ? url : url + "/";
}

async function httpsOptions() {
  // Loaded only for the dev server: creates a localhost certificate and trusts its CA on first use.
  const devCerts = require("office-addin-dev-certs");
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (error) {
    // Trusting the CA needs admin rights (sudo on Linux). The certificates were still generated: serve
    // with them and say how to trust the CA by hand.
    const fs = require("fs");
    const d = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(d.localhostCertificatePath)) throw error;
    console.warn(
      `\n[anpo-screen] Could not install the development CA (${error.message.split("\n")[0]}).\n` +
        `Serving with ${d.localhostCertificatePath}; trust ${d.caCertificatePath} in your browser/OS, ` +
        "or run `npx office-addin-dev-certs install` with admin rights.\n",
    );
    return {
      ca: fs.readFileSync(d.caCertificatePath),
      key: fs.readFileSync(d.localhostKeyPath),
      cert: fs.readFileSync(d.localhostCertificatePath),
    };
  }
}

/**
 * functions.json (generated from the JSDoc of src/functions/functions.ts) gets its help URLs pointed at the
 * add-in's origin, and a Japanese copy, functions.ja.json, with the descriptions of
 * src/functions/metadata.ja.json (named in the manifest's ja-JP override). A function or parameter without a
 * Japanese description fails the build, so the two cannot drift apart.
 */
class LocalizedFunctionsMetadataPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const en = JSON.parse(asset.source.source().toString());
          for (const f of en.functions) if (f.helpUrl) f.helpUrl = f.helpUrl.split(DEV_URL).join(this.baseUrl);
          const ja = JSON.parse(JSON.stringify(en));
          const texts = JSON.parse(
            require("fs").readFileSync(path.resolve(__dirname, "src/functions/metadata.ja.json"), "utf8"),
          ).functions;
          const missing = [];
          for (const f of ja.functions) {
            const t = texts[f.id];
            if (!t || !t.description) missing.push(f.id);
            else f.description = t.description;
            for (const p of f.parameters) {
              const d = t && t.parameters && t.parameters[p.name];
              if (!d) missing.push(`${f.id}(${p.name})`);
              else p.description = d;
            }
          }
          if (missing.length > 0) {
            const { WebpackError } = require("webpack");
            compilation.errors.push(
              new WebpackError(`src/functions/metadata.ja.json has no Japanese text for ${missing.join(", ")}`),
            );
          }
          compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(en, null, 2)));
          compilation.emitAsset("functions.ja.json", new sources.RawSource(JSON.stringify(ja, null, 2)));
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps (the page's Content-Security-Policy forbids eval); none at all in production.
    devtool: dev ? "source-map" : false,
    entry: {
      // One bundle for the shared runtime: the task pane and the custom functions (index.tsx imports
      // src/functions/functions.ts first, so the functions are registered before the pane renders).
      taskpane: "./src/taskpane/index.tsx",
      // The engine's Web Worker, one for the pane and the functions (new Worker("worker.js") on first use).
      worker: "./src/addin/worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the bundle only needs transpiling, with ES modules
              // kept so that webpack can split chunks (dynamic import, new Worker(new URL(...))).
              transpileOnly: true,
              compilerOptions: { module: "es2020", target: "es2019", noEmit: false, sourceMap: dev },
            },
          },
        },
      ],
    },
    performance: {
      // The budget is for what the pane loads first; lazily loaded chunks (importers) may be larger.
      hints: dev ? false : "warning",
      maxEntrypointSize: 2_000_000,
      maxAssetSize: 3_000_000,
    },
    plugins: [
      // Every third-party package bundled into dist/ with its licence: a JSON inventory and THIRD_PARTY_NOTICES.txt.
      // Licence texts come from the installed packages only (no download); copyleft licences fail the build.
      new LicensePlugin({
        outputFilename: "third-party-licenses.json",
        includeNoticeText: true,
        unacceptableLicenseTest: (id) => /^(A?GPL|LGPL|SSPL)/i.test(id),
        additionalFiles: {
          "THIRD_PARTY_NOTICES.txt": (packages) =>
            [
              "anpo-screen bundles the following third-party packages. Their licences follow.",
              "anpo-screen は以下の第三者パッケージを同梱しています。各ライセンスを以下に示します。",
              "",
              ...packages.map((p) =>
                [
                  "=".repeat(78),
                  `${p.name} ${p.version} — ${p.license}`,
                  p.repository ? `Source: ${p.repository}` : "",
                  "",
                  p.licenseText || "(no licence text in the package; see its package.json)",
                  p.noticeText ? `\n${p.noticeText}` : "",
                ].join("\n"),
              ),
            ].join("\n"),
        },
      }),
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new LocalizedFunctionsMetadataPlugin(dev ? DEV_URL : productionUrl()),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The fictional demo list (fetched by the pane from its own origin when the user asks for it).
          { from: "examples/demo-list.csv", to: "demo-list.csv", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (dev) return content;
              // URLs keep their path; the AppDomain (an origin, no trailing slash) becomes the production origin.
              const url = productionUrl();
              return content
                .toString()
                .split(DEV_URL)
                .join(url)
                .split(DEV_URL.replace(/\/$/, ""))
                .join(new URL(url).origin);
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: Number(process.env.ANPO_DEV_PORT || 3000),
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: false,
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
};
