/**
 * The decision flow as a picture, drawn from the same flow definition the engine walks (engine/rules/flow.ts),
 * with the path a row took highlighted: every question asked, the answer given, and the outcome each
 * deciding answer contributed.
 */
import * as React from "react";
import { FLOW } from "../../engine/rules/flow";
import type { FlowNode } from "../../engine/rules/flowTypes";
import { ANSWER_LABELS } from "../../engine/i18n/answers";
import { decisionLabel } from "../../engine/present";
import type { Lang, StepTaken } from "../../engine/types";
import { DECISION_FILLS } from "../outputBlock";

const W = 320;
const BOX_H = 26;
const GAP = 16;
const BOX_X = 6;
const BOX_W = 200;
const GUTTER_X = BOX_X + BOX_W;

function branchOf(node: FlowNode, answer: string) {
  return node.answers[answer] ?? node.answers["*"];
}

/** Shortens a label to fit the box (the full question is the box's tooltip). */
function fit(text: string, lang: Lang): string {
  const max = lang === "ja" ? 15 : 30;
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

export function FlowDiagram({ path, lang }: { path: readonly StepTaken[]; lang: Lang }): React.ReactElement {
  const nodes = FLOW.nodes;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const taken = new Map(path.map((s) => [s.nodeId, s.answer]));
  const y = (i: number) => 8 + i * (BOX_H + GAP);
  const height = y(nodes.length) + 8;

  // Every edge of the definition (faint), and the edges the row took (bold).
  const edges: Array<{ from: number; to: number; onPath: boolean }> = [];
  nodes.forEach((n, i) => {
    const targets = new Set<number>();
    for (const b of Object.values(n.answers)) {
      if (b.next && index.has(b.next)) targets.add(index.get(b.next)!);
    }
    const answer = taken.get(n.id);
    const next = answer !== undefined ? branchOf(n, answer)?.next : undefined;
    for (const to of targets)
      edges.push({
        from: i,
        to,
        onPath:
          answer !== undefined &&
          next !== undefined &&
          next !== null &&
          index.get(next) === to &&
          taken.has(nodes[to].id),
      });
  });
  let skipLane = 0;

  return (
    <svg
      role="img"
      aria-label={lang === "ja" ? "判定の経路の図" : "Decision path diagram"}
      viewBox={`0 0 ${W} ${height}`}
      width="100%"
      style={{ maxWidth: W * 1.4, fontFamily: "inherit" }}
      data-testid="flow-diagram"
    >
      <defs>
        <marker id="anpo-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="4" markerHeight="4" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill="#0F6CBD" />
        </marker>
        <marker
          id="anpo-arrow-faint"
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="5"
          markerHeight="5"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" fill="#C8C8C8" />
        </marker>
      </defs>
      {edges
        .sort((a, b) => Number(a.onPath) - Number(b.onPath))
        .map((e, k) => {
          const stroke = e.onPath ? "#0F6CBD" : "#D6D6D6";
          const width = e.onPath ? 2 : 1;
          const marker = e.onPath ? "url(#anpo-arrow)" : "url(#anpo-arrow-faint)";
          if (e.to === e.from + 1) {
            const x = BOX_X + 18;
            return (
              <line
                key={k}
                x1={x}
                y1={y(e.from) + BOX_H}
                x2={x}
                y2={y(e.to) - 1}
                stroke={stroke}
                strokeWidth={width}
                markerEnd={marker}
              />
            );
          }
          // Skips run down the gutter on the right, each in its own lane.
          const lane = e.onPath ? 6 : 12 + ((skipLane++ * 5) % 90);
          const x = GUTTER_X + lane;
          const y1 = y(e.from) + BOX_H / 2;
          const y2 = y(e.to) + BOX_H / 2;
          return (
            <path
              key={k}
              d={`M${GUTTER_X},${y1} H${x} V${y2} H${GUTTER_X + 1}`}
              fill="none"
              stroke={stroke}
              strokeWidth={width}
              markerEnd={marker}
            />
          );
        })}
      {nodes.map((n, i) => {
        const answer = taken.get(n.id);
        const onPath = answer !== undefined;
        const branch = onPath ? branchOf(n, answer) : undefined;
        const outcome = branch?.outcome;
        const fill =
          outcome && outcome !== "NO_LICENSE"
            ? DECISION_FILLS[outcome]
            : outcome === "NO_LICENSE"
              ? DECISION_FILLS.NO_LICENSE
              : onPath
                ? "#EBF3FC"
                : "#FAFAFA";
        const answerText = onPath ? (ANSWER_LABELS[answer]?.[lang] ?? answer) : "";
        return (
          <g key={n.id} data-node={n.id} data-on-path={onPath ? "yes" : "no"}>
            <title>{`${n.question[lang]}\n${n.citation[lang]}`}</title>
            <rect
              x={BOX_X}
              y={y(i)}
              width={BOX_W}
              height={BOX_H}
              rx={5}
              fill={fill}
              stroke={onPath ? "#0F6CBD" : "#D1D1D1"}
              strokeWidth={onPath ? 2 : 1}
            />
            <text
              x={BOX_X + 8}
              y={y(i) + BOX_H / 2 + 4}
              fontSize={11}
              fill={onPath ? "#1b1b1b" : "#8a8a8a"}
              fontWeight={onPath ? 600 : 400}
            >
              {fit(n.label[lang], lang)}
            </text>
            {onPath && (
              <text x={BOX_X + 24} y={y(i) + BOX_H + 12} fontSize={9.5} fill="#0F6CBD">
                {`→ ${answerText}${outcome ? ` ⇒ ${decisionLabel(outcome, lang)}` : ""}`}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
