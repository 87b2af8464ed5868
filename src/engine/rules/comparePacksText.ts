/** A pack comparison in words (CLI `--explain --compare-packs`). */
import type { Lang } from "../types";
import { decisionLabel } from "../present";
import { answerLabel } from "../i18n/answers";
import { nodesOfPack } from "./packs";
import { decisiveOnly, type PackComparison } from "./comparePacks";

export function comparePacksText(c: PackComparison, lang: Lang): string {
  const ja = lang === "ja";
  const lines: string[] = [];
  lines.push(
    ja ? "規制パックの比較（2025年10月9日に変わった点）:" : "Rule packs compared (what changed on 2025-10-09):",
  );
  for (const side of ["a", "b"] as const) {
    const { pack, result } = c[side];
    lines.push(`  ${pack.id}  ${pack.title[lang]}`);
    lines.push(`    ${ja ? "判定" : "Decision"}: ${decisionLabel(result.decision, lang)}`);
    for (const r of decisiveOnly(c, side)) lines.push(`    + ${r.text[lang]} [${r.citation[lang]}]`);
  }
  lines.push(
    c.decisionDiffers
      ? ja
        ? "  判定が異なります。"
        : "  The decisions differ."
      : ja
        ? "  判定は同じです。"
        : "  The decisions are the same.",
  );
  if (!c.parts.length) lines.push(ja ? "  経路は同じです。" : "  The paths are the same.");
  else {
    lines.push(ja ? "  経路が分かれる節点:" : "  Nodes where the paths part:");
    for (const p of c.parts) {
      const label =
        nodesOfPack(c.a.pack.id).get(p.nodeId)?.label[lang] ?? nodesOfPack(c.b.pack.id).get(p.nodeId)?.label[lang];
      const ans = (a?: string) => (a ? answerLabel(a, lang) : ja ? "（通らない）" : "(not passed)");
      lines.push(`    ${p.nodeId} ${label ?? ""}: ${c.a.pack.id} → ${ans(p.a)} / ${c.b.pack.id} → ${ans(p.b)}`);
    }
  }
  return lines.join("\n");
}
