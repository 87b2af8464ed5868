/**
 * `npm run eval:law`: screens the law-based evaluation set (bench/law-eval/) through the engine and prints, per
 * kind, the rows, wrong NO_LICENSE results, false alarms and other mismatches, then every wrong NO_LICENSE with its
 * reason codes. Options: `--json FILE` writes every outcome; `--all` also lists false alarms and mismatches;
 * `--no-eul` screens every row (the End User List rows too) with no list loaded, as a user who never loaded METI's
 * End User List would.
 */
import * as fs from "fs";
import { buildEulRows, evalContext, EUL_XLSX, loadWrittenSet, screenRows, summarise } from "./law-eval/evaluate";
import type { RowOutcome } from "./law-eval/evaluate";

function line(o: RowOutcome): string {
  const r = o.row;
  const codes = o.result.reasons.map((x) => x.code).join(";") || "-";
  const parties = o.result.partyMatches.map((m) => `${m.id}@${m.score.toFixed(2)}`).join(",");
  const cells = ["hs_code", "destination", "end_user", "end_use", "meti_inform", "known_weapons_use"]
    .map((f) => (r[f] ? `${f}=${JSON.stringify(r[f])}` : ""))
    .filter(Boolean)
    .join(" ");
  return `  ${r.order_id} [${r.kind}] got ${o.decision} want ${o.expected.join("|")} reasons=${codes}${
    parties ? ` parties=${parties}` : ""
  }\n      ${cells}\n      why: ${r.why}`;
}

async function main() {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf("--json");
  const all = args.includes("--all");
  const noEul = args.includes("--no-eul");
  const written = loadWrittenSet();
  const eulRows = buildEulRows();
  const hasEul = fs.existsSync(EUL_XLSX);
  if (!hasEul) console.log(`NOTICE: ${EUL_XLSX} not found: End User List rows skipped, parties not screened.`);
  if (noEul) console.log("NOTICE: --no-eul: no list loaded (rows outside Group A cannot be cleared).");
  const ctx = await evalContext(hasEul && !noEul);
  const outcomes = screenRows([...written, ...(hasEul ? eulRows : [])], ctx);
  const table = summarise(outcomes);
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `law evaluation — ${new Date().toISOString()} — ${written.length} written rows + ${eulRows.length} list rows`,
  );
  console.log(`${"kind".padEnd(34)}${pad("rows", 6)}${pad("wrongNL", 9)}${pad("falseAl", 9)}${pad("other", 7)}`);
  const tot = { rows: 0, w: 0, f: 0, m: 0 };
  for (const s of table) {
    tot.rows += s.rows;
    tot.w += s.wrongNoLicence;
    tot.f += s.falseAlarms;
    tot.m += s.otherMismatches;
    console.log(
      `${s.kind.padEnd(34)}${pad(s.rows, 6)}${pad(s.wrongNoLicence, 9)}${pad(s.falseAlarms, 9)}${pad(s.otherMismatches, 7)}`,
    );
  }
  console.log(`${"TOTAL".padEnd(34)}${pad(tot.rows, 6)}${pad(tot.w, 9)}${pad(tot.f, 9)}${pad(tot.m, 7)}`);
  console.log(`\nWrong NO_LICENSE (${tot.w}):`);
  for (const o of outcomes) if (o.verdict === "wrong-no-licence") console.log(line(o));
  if (all) {
    console.log(`\nFalse alarms (${tot.f}):`);
    for (const o of outcomes) if (o.verdict === "false-alarm") console.log(line(o));
    console.log(`\nOther mismatches (${tot.m}):`);
    for (const o of outcomes) if (o.verdict === "mismatch") console.log(line(o));
  }
  if (jsonAt >= 0 && args[jsonAt + 1]) {
    const dump = outcomes.map((o) => ({
      row: o.row,
      decision: o.decision,
      verdict: o.verdict,
      reasons: o.result.reasons.map((x) => x.code),
      redFlags: o.result.redFlags.map((x) => x.code),
      parties: o.result.partyMatches.map((m) => ({ id: m.id, score: m.score, band: m.band, role: m.role })),
    }));
    fs.writeFileSync(args[jsonAt + 1], JSON.stringify({ table, outcomes: dump }, null, 1));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
