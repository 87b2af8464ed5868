/**
 * Writes docs/rules.md from the flow definition (the single source of the rules): every question, answer,
 * outcome, reason code and citation, plus the flowchart. `npm run docs:rules`; a test checks the file is current.
 */
import * as fs from "fs";
import * as path from "path";
import { renderRulesMarkdown } from "./rules-markdown";

const out = path.join(__dirname, "..", "docs", "rules.md");
fs.writeFileSync(out, renderRulesMarkdown());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
