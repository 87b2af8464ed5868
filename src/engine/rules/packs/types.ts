/** The shape of a rule pack: one jurisdiction's catch-all as in force over a date range, read in one place. */
import type { Text } from "../../types";
import type { FlowDefinition, FlowNode } from "../flowTypes";
import type { FactFunctions } from "../facts";

/** A reference file a pack relies on, with its legal source and as-of date. */
export interface PackReference {
  file: string;
  source: string;
  asOf: string;
  note?: Text;
}

export interface RulePack {
  /** `jp-catch-all@<first day in force>`; every result names it (ScreenResult.pack). */
  id: string;
  jurisdiction: "JP";
  title: Text;
  /** First day the pack applies (ISO date, inclusive). */
  validFrom: string;
  /** First day it no longer applies (ISO date, exclusive); open-ended when absent. */
  validTo?: string;
  /** Version of the legal text encoded (ScreenResult.versions.rules). */
  rulesVersion: string;
  flow: FlowDefinition;
  nodes: ReadonlyMap<string, FlowNode>;
  facts: FactFunctions;
  reference: PackReference[];
}
