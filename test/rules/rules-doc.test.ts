/** docs/rules.md is generated from the flow definition; it must match the code (run `npm run docs:rules`). */
import * as fs from "fs";
import * as path from "path";
import { renderRulesMarkdown } from "../../scripts/rules-markdown";
import { FLOW } from "../../src/engine";

test("docs/rules.md is up to date with src/engine/rules/flow.ts", () => {
  const committed = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
  expect(committed).toBe(renderRulesMarkdown());
});

test("the rules document names every node and every reason code used by the flow", () => {
  const doc = renderRulesMarkdown();
  for (const node of FLOW.nodes) {
    expect(doc).toContain(`## ${node.id} — `);
    for (const b of Object.values(node.answers)) for (const r of b.reasons ?? []) expect(doc).toContain(`\`${r}\``);
  }
});
