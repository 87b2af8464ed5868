/** Command-line arguments of `npm run screen`. */
import { parseArgs } from "node:util";
import type { Decision, Lang } from "../engine/types";
import { DECISIONS, RULE_PACKS, isIsoDate, packFor } from "../engine";
import { InputError, msg } from "./messages";

export interface CliArgs {
  input?: string;
  out?: string;
  sheet?: string;
  lang?: Lang;
  eul?: string;
  lists: string[];
  allow?: string;
  previous?: string;
  explain?: string;
  /** With --explain: figure 1's five regimes for the row. */
  regimes: boolean;
  /** With --explain: FIELD=VALUE changes to screen the row again with. */
  whatIf: string[];
  /** With --explain: the decision under today's rule pack and the one before 2025-10-09, side by side. */
  comparePacks: boolean;
  /** Screen under the rule pack in force on this date (ISO), whatever the rows' shipment dates. */
  asOf?: string;
  escapeInput: boolean;
  help: boolean;
  /** Worker threads for screening (0 = this thread); undefined = chosen by the input size. */
  threads?: number;
  quiet: boolean;
  /** Output format: the input's (csv/xlsx), or JSON lines. */
  format?: "jsonl";
  /** Exit 3 when a row's decision is at or above this one. */
  failOn?: Decision;
  /** Self-contained HTML report file. */
  report?: string;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        sheet: { type: "string" },
        lang: { type: "string" },
        eul: { type: "string" },
        list: { type: "string", multiple: true },
        allow: { type: "string" },
        previous: { type: "string" },
        explain: { type: "string" },
        regimes: { type: "boolean" },
        "what-if": { type: "string", multiple: true },
        "compare-packs": { type: "boolean" },
        "as-of": { type: "string" },
        "escape-input": { type: "boolean" },
        threads: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        format: { type: "string" },
        "fail-on": { type: "string" },
        report: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new InputError(msg.badOption(e instanceof Error ? e.message : String(e)));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new InputError(msg.tooManyInputs());
  let lang: Lang | undefined;
  if (values.lang !== undefined) {
    const l = values.lang.trim().toLowerCase();
    if (l !== "ja" && l !== "en") throw new InputError(msg.badLang(values.lang));
    lang = l;
  }
  let threads: number | undefined;
  if (values.threads !== undefined) {
    threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 0 || threads > 64) throw new InputError(msg.badThreads(values.threads));
  }
  let format: "jsonl" | undefined;
  if (values.format !== undefined) {
    const f = values.format.trim().toLowerCase();
    if (f !== "jsonl" && f !== "csv" && f !== "xlsx") throw new InputError(msg.badFormat(values.format));
    format = f === "jsonl" ? "jsonl" : undefined;
  }
  let failOn: Decision | undefined;
  if (values["fail-on"] !== undefined) {
    const d = values["fail-on"].trim().toUpperCase() as Decision;
    if (!DECISIONS.includes(d) || d === "NO_LICENSE") throw new InputError(msg.badFailOn(values["fail-on"]));
    failOn = d;
  }
  if (values.report !== undefined && !/\.html?$/i.test(values.report))
    throw new InputError(msg.badReportName(values.report));
  return {
    report: values.report,
    format,
    failOn,
    threads,
    input: positionals[0],
    out: values.out,
    sheet: values.sheet,
    lang,
    eul: values.eul,
    lists: values.list ?? [],
    allow: values.allow,
    previous: values.previous,
    explain: values.explain,
    regimes: values.regimes ?? false,
    whatIf: values["what-if"] ?? [],
    comparePacks: values["compare-packs"] ?? false,
    asOf: values["as-of"] === undefined ? undefined : checkAsOf(values["as-of"]),
    escapeInput: values["escape-input"] ?? false,
    help: values.help ?? false,
    quiet: values.quiet ?? false,
  };
}

/** `--as-of DATE`: an ISO date a rule pack covers. */
function checkAsOf(v: string): string {
  const d = v.trim();
  if (!isIsoDate(d)) throw new InputError(msg.badAsOf(v));
  if (!packFor(d)) throw new InputError(msg.noPackFor(d, RULE_PACKS.map((p) => p.validFrom).sort()[0]));
  return d;
}

/**
 * Display language when --lang is not given: Japanese when the POSIX locale variables (LC_ALL, then
 * LC_MESSAGES, then LANG — the first one set wins) start with "ja", English otherwise.
 */
export function defaultLang(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "") ?? "";
  return locale.toLowerCase().startsWith("ja") ? "ja" : "en";
}
