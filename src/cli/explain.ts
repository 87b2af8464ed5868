/** `--explain ORDER_ID`: the full reasoning for one order — reasons with citations, red flags, the path through the flow. */
import { traceText } from "../engine";
import type { Lang } from "../engine/types";
import { orderKey, type RowOutcome } from "./sheetRun";

const L = {
  title: { ja: "判定の説明", en: "Explanation" },
  row: { ja: "行", en: "row" },
  reasons: { ja: "理由", en: "Reasons" },
  matches: { ja: "当事者リストとの一致", en: "Party-list matches" },
  path: { ja: "判定の経路", en: "Decision path" },
  notFound: { ja: "--explain: 注文番号「{id}」の行はありません。", en: '--explain: no row has order id "{id}".' },
};

/** Outcomes whose order id equals the wanted one (trimmed, NFKC, case-insensitive). */
export function findOrder(outcomes: readonly RowOutcome[], id: string): RowOutcome[] {
  return outcomes.filter((o) => orderKey(o.orderId) === orderKey(id));
}

export function formatExplain(outcomes: readonly RowOutcome[], id: string, lang: Lang): string {
  const hits = findOrder(outcomes, id);
  if (hits.length === 0) return L.notFound[lang].replace("{id}", id) + "\n";
  const out: string[] = [];
  for (const o of hits) {
    out.push("");
    out.push(
      `${L.title[lang]}: ${o.orderId} (${L.row[lang]} ${o.index + 1}) — ${o.decision} ${o.columns.decision_label}`,
    );
    out.push(
      `${L.reasons[lang]}: ${o.columns.reasons || "-"}${o.columns.red_flags ? ` | ${o.columns.red_flags}` : ""}`,
    );
    for (const line of o.columns.explanation.split("\n")) if (line) out.push(`  ${line}`);
    if (!o.result) continue;
    const matches = o.result.partyMatches;
    if (matches.length > 0) {
      out.push(`${L.matches[lang]}:`);
      for (const m of matches) {
        out.push(
          `  ${m.id} ${m.entryName} ← ${m.query} [${m.role}] ${m.score.toFixed(2)} ${m.band}${m.suppressed ? ` (allow-list: ${m.suppressed.reviewer} ${m.suppressed.date})` : ""}`,
        );
      }
    }
    out.push(`${L.path[lang]}:`);
    for (const line of traceText(o.result, lang).split("\n")) out.push(`  ${line}`);
  }
  return out.join("\n") + "\n";
}
