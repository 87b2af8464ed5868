/**
 * One sentence per training row, in the chosen language, written from the flow definition (question, answer,
 * branch text, citation) or, for a red flag, from its definition and the evidence the engine gave — never by hand.
 */
import type { Lang, Text } from "../engine/types";
import type { FlowDefinition } from "../engine/rules/flowTypes";
import { answerLabel } from "../engine/i18n/answers";
import { decisionLabel } from "../engine/present";
import { RED_FLAG_DEFINITIONS } from "../engine/redflags";
import type { Change, Found, Target } from "./findRows";

const strip = (s: string) => s.replace(/[。.\s]+$/u, "");

/** Node number in the flow picture (1 = the start), as `flowToMermaid(lang, [], { numbered: true })` draws it. */
export function nodeNumber(flow: FlowDefinition, nodeId: string | undefined): number | undefined {
  const i = flow.nodes.findIndex((n) => n.id === nodeId);
  return i < 0 ? undefined : i + 1;
}

export function changesText(changes: readonly Change[], lang: Lang): string {
  if (!changes.length) return lang === "ja" ? "基本行のまま" : "the base row as it is";
  return changes.map(([f, v]) => `${f}=${v === "" ? (lang === "ja" ? "（空欄）" : "(blank)") : v}`).join(", ");
}

function branchLesson(flow: FlowDefinition, f: Found, lang: Lang): string {
  const t = f.target;
  const node = flow.nodes.find((n) => n.id === t.nodeId)!;
  const branch = node.answers[t.answer!] ?? node.answers["*"];
  const answer = answerLabel(t.answer!, lang);
  const next = branch.next ? flow.nodes.find((n) => n.id === branch.next) : undefined;
  const cite = node.citation[lang];
  const change = changesText(f.changes, lang);
  const ja = lang === "ja";
  let what: string;
  if (branch.text && branch.outcome && branch.outcome !== "NO_LICENSE")
    what = ja
      ? `${decisionLabel(branch.outcome, lang)}となります。${strip(branch.text.ja)}`
      : `it gives ${decisionLabel(branch.outcome, lang)}: ${strip(branch.text.en)}`;
  else if (branch.text) what = ja ? strip(branch.text.ja) : strip(branch.text.en);
  else if (next) what = ja ? `「${next.label.ja}」へ進みます` : `the row goes on to "${next.label.en}"`;
  else what = ja ? "判定はここで終わります" : "the walk ends here";
  return ja
    ? `（${change}）「${node.label.ja}」の答えが「${answer}」のとき、${what}（${cite}）。`
    : `(${change}) When "${node.label.en}" is answered "${answer}", ${what} (${cite}).`;
}

function redFlagLesson(flow: FlowDefinition, f: Found, lang: Lang): string {
  const code = f.target.redFlag!;
  const def = RED_FLAG_DEFINITIONS.find((d) => d.code === code)!;
  const hit = f.result.redFlags.find((h) => h.code === code)!;
  const flagsNode = flow.nodes.find((n) => n.fact === "redFlags");
  const cite = flagsNode?.citation[lang] ?? "";
  const change = changesText(f.changes, lang);
  return lang === "ja"
    ? `（${change}）Red Flag ${code}「${def.ja}」は${f.target.source === "detected" ? `データから検出されます（${strip(hit.evidence.ja)}）` : "チェックリスト欄の「はい」で立ちます"}。未解消のRed Flagは照会と要確認につながります（${cite}）。`
    : `(${change}) Red flag ${code} "${def.en}" is ${f.target.source === "detected" ? `raised from the data (${strip(hit.evidence.en)})` : "raised by a yes in its checklist column"}; an unresolved red flag calls for inquiry and review (${cite}).`;
}

export function lessonText(flow: FlowDefinition, f: Found, lang: Lang): string {
  return f.target.redFlag ? redFlagLesson(flow, f, lang) : branchLesson(flow, f, lang);
}

/** Short title of a target (node label and answer, or the red flag's name). */
export function targetTitle(flow: FlowDefinition, t: Target): Text {
  if (t.redFlag) {
    const def = RED_FLAG_DEFINITIONS.find((d) => d.code === t.redFlag)!;
    return { ja: `${t.redFlag} ${def.ja}`, en: `${t.redFlag} ${def.en}` };
  }
  const node = flow.nodes.find((n) => n.id === t.nodeId);
  return {
    ja: `${node?.label.ja ?? t.nodeId} → ${answerLabel(t.answer!, "ja")}`,
    en: `${node?.label.en ?? t.nodeId} → ${answerLabel(t.answer!, "en")}`,
  };
}
