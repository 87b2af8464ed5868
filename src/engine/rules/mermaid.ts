/**
 * The flow definition as a Mermaid flowchart (for docs and training slides), optionally highlighting a path taken.
 */
import type { Lang, StepTaken } from "../types";
import { FLOW } from "./flow";
import type { FlowDefinition } from "./flowTypes";
import { answerLabel } from "../i18n/answers";
import { decisionLabel } from "../present";

const esc = (s: string) => s.replace(/"/g, "'");

/** `numbered`: boxes start with the node's position in the flow (1 = start), as the training workbook cites them. */
export function flowToMermaid(
  lang: Lang,
  path: StepTaken[] = [],
  opts: { numbered?: boolean; flow?: FlowDefinition } = {},
): string {
  const flow = opts.flow ?? FLOW;
  const taken = new Set(path.map((p) => `${p.nodeId}:${p.answer}`));
  const visited = new Set(path.map((p) => p.nodeId));
  const lines = ["flowchart TD"];
  let edge = 0;
  const hot: number[] = [];
  for (const [i, node] of flow.nodes.entries()) {
    lines.push(`  ${node.id}{"${opts.numbered ? `${i + 1}. ` : ""}${esc(node.label[lang])}"}`);
    for (const [answer, branch] of Object.entries(node.answers)) {
      const label = answer === "*" ? (lang === "ja" ? "その他" : "other") : answerLabel(answer, lang);
      const outcome =
        branch.outcome && branch.outcome !== "NO_LICENSE" ? ` ⇒ ${decisionLabel(branch.outcome, lang)}` : "";
      const target = branch.next ?? `STOP_${node.id}_${edge}`;
      if (!branch.next)
        lines.push(
          `  ${target}(["${esc(branch.outcome ? decisionLabel(branch.outcome, lang) : lang === "ja" ? "終了" : "end")}"])`,
        );
      lines.push(`  ${node.id} -->|"${esc(label + outcome)}"| ${target}`);
      if (
        taken.has(`${node.id}:${answer}`) ||
        (answer === "*" &&
          visited.has(node.id) &&
          path.some((p) => p.nodeId === node.id && !(p.answer in node.answers)))
      )
        hot.push(edge);
      edge++;
    }
  }
  for (const id of visited) lines.push(`  style ${id} fill:#fde68a,stroke:#b45309`);
  if (hot.length) lines.push(`  linkStyle ${hot.join(",")} stroke:#b45309,stroke-width:3px`);
  return lines.join("\n");
}
