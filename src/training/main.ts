/**
 * `npm run training -- --out FILE.xlsx|FILE.csv [--lang ja|en] [--list FILE]`: writes the training workbook generated
 * from the flow (workbook.ts). An .xlsx gets the order sheet and the lessons sheet; a .csv gets the order sheet, with
 * the lessons in FILE-lessons.csv. Either way the numbered flow picture goes to FILE-flow.md (Mermaid).
 * Parties that must match a list come from the bundled fictional demo list unless --list names another.
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { createContext, FLOW, flowToMermaid } from "../engine";
import type { Lang } from "../engine/types";
import { loadPartyScreener } from "../cli/lists";
import { writeFileAtomic } from "../cli/outputFile";
import { defaultLang } from "../cli/args";
import { renderTrainingWorkbook, searchTraining, type Table, type TrainingSearch } from "./workbook";

const REPO = path.resolve(__dirname, "..", "..");
export const DEMO_LIST = path.join(REPO, "examples", "demo-list.csv");

const USAGE = {
  ja: "使い方: npm run training -- --out ファイル.xlsx|ファイル.csv [--lang ja|en] [--list リスト.csv]",
  en: "usage: npm run training -- --out FILE.xlsx|FILE.csv [--lang ja|en] [--list LIST.csv]",
};

async function xlsxBytes(tables: Table[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = wb.addWorksheet(t.name.slice(0, 31));
    ws.addRow(t.header);
    ws.getRow(1).font = { bold: true };
    // Every cell is text: HS codes such as 3926.90 must not turn into numbers.
    for (const r of t.rows) ws.addRow(r);
    ws.eachRow((row) => row.eachCell((c) => (c.numFmt = "@")));
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const csvBytes = (t: Table) =>
  new TextEncoder().encode("\uFEFF" + stringify([t.header, ...t.rows], { record_delimiter: "\r\n" }));

/** The search with the given list (the demo list by default), ready to render in either language. */
export async function searchWithList(listFile = DEMO_LIST): Promise<TrainingSearch> {
  const { screener } = await loadPartyScreener({ lists: [listFile] });
  return searchTraining(FLOW, createContext({ parties: screener }));
}

export async function writeTraining(out: string, lang: Lang, found?: TrainingSearch): Promise<string[]> {
  const wb = renderTrainingWorkbook(FLOW, found ?? (await searchWithList()), lang);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const ext = path.extname(out).toLowerCase();
  const stem = out.slice(0, out.length - ext.length);
  const written: string[] = [];
  if (ext === ".xlsx") {
    writeFileAtomic(out, await xlsxBytes([wb.orders, wb.lessons, wb.packs]));
    written.push(out);
  } else if (ext === ".csv") {
    writeFileAtomic(out, csvBytes(wb.orders));
    writeFileAtomic(`${stem}-lessons.csv`, csvBytes(wb.lessons));
    writeFileAtomic(`${stem}-packs.csv`, csvBytes(wb.packs));
    written.push(out, `${stem}-lessons.csv`, `${stem}-packs.csv`);
  } else throw new Error(USAGE[lang]);
  const title = lang === "ja" ? "判定フロー（番号付き）" : "Decision flow (numbered)";
  writeFileAtomic(
    `${stem}-flow.md`,
    new TextEncoder().encode(`# ${title}\n\n\`\`\`mermaid\n${flowToMermaid(lang, [], { numbered: true })}\n\`\`\`\n`),
  );
  written.push(`${stem}-flow.md`);
  const s = wb.stats;
  const summary =
    lang === "ja"
      ? `研修用ワークブック: ${s.rows}行（分岐 ${s.branches}、フォールバックの答え ${s.fallbackAnswers}、Red Flags ${s.redFlags}）、外国ユーザーリストが必要な分岐 ${s.needsEul}、リストを読み込まないときの分岐 ${s.needsNoList}、未到達 ${s.unreached}、探索で判定した行 ${s.screened}、2025年10月9日の前後で判定が異なる行 ${s.packDiffs}`
      : `Training workbook: ${s.rows} rows (${s.branches} branches, ${s.fallbackAnswers} fallback answers, ${s.redFlags} red flags); ${s.needsEul} branches need an End User List match; ${s.needsNoList} taken only with no list loaded; ${s.unreached} unreached; ${s.screened} rows screened by the search; ${s.packDiffs} rows decided differently before 2025-10-09`;
  written.push(summary);
  return written;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: "string", short: "o" }, lang: { type: "string" }, list: { type: "string" } },
  });
  const lang: Lang = values.lang === "ja" || values.lang === "en" ? values.lang : defaultLang(process.env);
  if (!values.out || !/\.(xlsx|csv)$/i.test(values.out)) {
    process.stderr.write(`${USAGE[lang]}\n`);
    return 2;
  }
  const out = path.resolve(values.out);
  const lines = await writeTraining(
    out,
    lang,
    await searchWithList(values.list ? path.resolve(values.list) : DEMO_LIST),
  );
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

if (require.main === module)
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
