/**
 * Rule pack `jp-catch-all@2025-10-09`: Japan's catch-all as revised with effect from 2025-10-09 (the flow of
 * rules/flow.ts, the fact functions of rules/facts.ts and the reference data below).
 */
import type { RulePack } from "./types";
import { FLOW, FLOW_NODES } from "../flow";
import { FACTS } from "../facts";
import { RULES_VERSION } from "../../version";
import groups from "../../reference/data/country-groups.json";
import hsScope from "../../reference/data/hs-scope.json";
import guideline from "../../reference/data/clearly-guideline.json";

export const JP_2025_10_09: RulePack = Object.freeze({
  id: "jp-catch-all@2025-10-09",
  jurisdiction: "JP",
  title: {
    ja: "2025年10月9日施行の補完的輸出規制（現行）",
    en: "Catch-all as in force from 2025-10-09 (current)",
  },
  validFrom: "2025-10-09",
  rulesVersion: RULES_VERSION,
  flow: FLOW,
  nodes: FLOW_NODES,
  facts: FACTS,
  reference: [
    { file: "country-groups.json", source: "輸出貿易管理令 別表第三・第三の二", asOf: groups.as_of },
    { file: "hs-scope.json", source: hsScope.legal_source, asOf: hsScope.as_of },
    { file: "clearly-guideline.json", source: guideline.source, asOf: guideline.as_of },
  ],
});
