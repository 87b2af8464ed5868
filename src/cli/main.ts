/** Entry point of `npm run screen` (tsx src/cli/main.ts). All logic lives in run.ts. */
import { runCli } from "./run";
import { installSignalCleanup } from "./safeOutput";

installSignalCleanup();

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Internal error / 内部エラー: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
