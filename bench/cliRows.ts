/**
 * The CLI's screening cost per row, in one thread (what one worker does with a batch): the rows of a CSV file are
 * read with the CLI's reader, built into order rows with the CLI's mapping, and screened in batches of
 * BATCH_ROWS with `screenOrders` (engine + output cells), with the End User List when ../shared has it.
 * Prints µs per row for building the order rows, for screening and for the structured clone of a batch's results
 * (what a worker hands back to the main thread). For profiling: bundle it and run with `node --cpu-prof`.
 *
 * Usage (from the repository): npx tsx bench/cliRows.ts FILE.csv [ROWS] [--no-eul] [--keep-results]
 */
import * as fs from "fs";

/** CPU time of this process in ns (user + system): steadier than the wall clock on a shared machine. */
const cpuNs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
};
import * as path from "path";
import { deserialize, serialize } from "v8";
import { createContext } from "../src/engine";
import { findHeaderRow, orderRowBuilder } from "../src/engine/headers";
import type { OrderRow } from "../src/engine/types";
import { openCsv, readCsvRecords } from "../src/cli/csvStream";
import { loadPartyScreener } from "../src/cli/lists";
import { screenOrders } from "../src/cli/rowResult";
import { BATCH_ROWS } from "../src/cli/screenPool";

const ROOT = process.env.ANPO_ROOT ?? path.resolve(__dirname, "..");
const EUL = path.resolve(ROOT, "..", "shared", "meti-eul", "20250929_4.xlsx");

async function main() {
  const args = process.argv.slice(2);
  const file = args[0];
  const limit = Number(args.find((a, i) => i > 0 && /^\d+$/.test(a)) ?? 100_000);
  const useEul = !args.includes("--no-eul") && fs.existsSync(EUL);
  const keep = args.includes("--keep-results");

  const src = openCsv(file, fs.statSync(file).size);
  const records: unknown[][] = [];
  for await (const rec of readCsvRecords(src).records) {
    records.push(rec);
    if (records.length > limit) break;
  }
  const guess = findHeaderRow(records.slice(0, 20));
  if (!guess) throw new Error("no header");
  const build = orderRowBuilder(guess.mapping);
  const body = records.slice(guess.index + 1);

  const parties = useEul ? (await loadPartyScreener({ eul: EUL })).screener : undefined;
  const ctx = createContext({ parties, options: { today: "2026-12-01" } });

  let tBuild = 0;
  let tScreen = 0;
  let tClone = 0;
  let bytes = 0;
  for (let i = 0; i < body.length; i += BATCH_ROWS) {
    const cells = body.slice(i, i + BATCH_ROWS);
    let t0 = cpuNs();
    // As a worker receives them: through the structured clone (which also gives V8's fast object layout).
    const orders: OrderRow[] = deserialize(serialize(cells.map(build)));
    let t1 = cpuNs();
    tBuild += t1 - t0;
    t0 = t1;
    const out = screenOrders(orders, ctx, "en", keep);
    t1 = cpuNs();
    tScreen += t1 - t0;
    t0 = t1;
    bytes += serialize(out).length;
    t1 = cpuNs();
    tClone += t1 - t0;
  }
  const n = body.length;
  const us = (ns: number) => (ns / n / 1000).toFixed(1);
  console.log(
    `${n} rows${useEul ? " with the End User List" : ""}: build + clone the order rows ${us(tBuild)} µs/row, screen ${us(tScreen)} µs/row, serialise results ${us(tClone)} µs/row (${(bytes / n).toFixed(0)} bytes/row)`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
