/** A what-if result in words (CLI `--explain --what-if`, training notes). */
import type { Lang, StepTaken } from "../types";
import { decisionLabel } from "../present";
import { answerLabel } from "../i18n/answers";
import { nodesOfPack } from "../rules/packs";
import type { WhatIfResult } from "./whatIf";

const stepText = (s: StepTaken, lang: Lang, pack?: string) =>
  `${s.nodeId} ${nodesOfPack(pack).get(s.nodeId)?.label[lang] ?? ""} → ${answerLabel(s.answer, lang)}`;

export function whatIfText(w: WhatIfResult, lang: Lang): string {
  const ja = lang === "ja";
  const lines: string[] = [];
  const change = w.changes
    .map((c) => `${c.field}=${c.value === "" ? (ja ? "（空欄）" : "(blank)") : c.value}`)
    .join(", ");
  lines.push(ja ? `もしも（シートは変更しません）: ${change}` : `What if (the sheet is not changed): ${change}`);
  const b = decisionLabel(w.before.decision, lang),
    a = decisionLabel(w.after.decision, lang);
  lines.push(
    w.decisionChanged
      ? ja
        ? `  判定: ${b} → ${a}`
        : `  Decision: ${b} → ${a}`
      : ja
        ? `  判定: ${b}（変わりません）`
        : `  Decision: ${b} (unchanged)`,
  );
  for (const r of w.gained) lines.push(`  + ${r.text[lang]} [${r.citation[lang]}]`);
  for (const r of w.lost) lines.push(`  - ${r.text[lang]}`);
  if (w.fork) {
    lines.push(ja ? `  経路が分かれる点: 第${w.fork.index + 1}段階` : `  The path parts at step ${w.fork.index + 1}`);
    for (const s of w.fork.before) lines.push(`    ${ja ? "元" : "was"}: ${stepText(s, lang, w.before.pack)}`);
    for (const s of w.fork.after) lines.push(`    ${ja ? "後" : "now"}: ${stepText(s, lang, w.after.pack)}`);
  } else lines.push(ja ? "  経路は同じです。" : "  The path is the same.");
  return lines.join("\n");
}
