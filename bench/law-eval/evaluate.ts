/**
 * The law-based evaluation: reads the written set (`law-eval-set.csv`), adds rows naming real End User List
 * parties generated at run time from ../shared (never committed), screens everything through the engine's public
 * API and scores each decision against the row's set of acceptable decisions.
 *
 * - wrong NO_LICENSE: the engine said NO_LICENSE where the set does not allow it (the failure that matters).
 * - false alarm: the set allows NO_LICENSE but the engine said something not in the set.
 * - other mismatch: any other decision outside the set (e.g. REVIEW where only LICENSE_REQUIRED is right).
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { createContext, screen } from "../../src/engine";
import type { Decision, EngineContext, OrderRow, ScreenResult } from "../../src/engine";
import { base, INPUT_FIELDS, MG_FIELDS, RF_FIELDS, S1, S2, type EvalRow } from "./build-set";

export const SET_FILE = path.join(__dirname, "law-eval-set.csv");
export const SHARED_DIR = path.resolve(__dirname, "..", "..", "..", "shared");
export const EUL_XLSX = path.join(SHARED_DIR, "meti-eul", "20250929_4.xlsx");
export const EUL_CSV = path.join(SHARED_DIR, "meti-eul", "end-user-list-20250929-full.csv");
/** Fixed screening date, so that "customer since" ages do not drift between runs. */
export const EVAL_TODAY = "2026-12-01";

export function loadWrittenSet(file = SET_FILE): EvalRow[] {
  return parse(fs.readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as EvalRow[];
}

// ---------------------------------------------------------------------------------------------------------------
// End User List rows, generated from the list file at run time

const ADDRESS: Record<string, string> = {
  CN: "No. 27 Haidian Road, Haidian District, Beijing 100080, China",
  PK: "Plot 14, Sector I-9/3, Islamabad, Pakistan",
  AE: "Office 1204, Al Moosa Tower, Sheikh Zayed Road, Dubai, UAE",
  HK: "Room 1502, 15/F, 238 Nathan Road, Kowloon, Hong Kong",
  SY: "Baramkeh Street, Damascus, Syria",
  LB: "Hamra Street, Beirut, Lebanon",
  TW: "No. 100, Sec. 2, Zhongshan N. Rd., Taipei, Taiwan",
  EG: "12 Tahrir Square, Cairo, Egypt",
  AF: "Shar-e-Naw, Kabul, Afghanistan",
  IN: "Sector V, Salt Lake, Kolkata 700091, India",
  YE: "Hadda Street, Sana'a, Yemen",
  IL: "P.O.B. 9001, Beer Sheva, Israel",
  IR: "No. 12, Azadi Street, Tehran, Iran",
  RU: "ul. Tverskaya 12, Moscow 125009, Russia",
  KP: "Kangan 2-dong, Pyongyang, DPRK",
};
/** Entities of these countries are shipped via third countries (the diversion an order sheet actually shows). */
const VIA = ["AE", "TR", "CN", "KZ", "AM", "TH"];
const SANCTIONED = new Set(["IR", "RU", "KP", "BY"]);
const EMBARGO = new Set(["AF", "CF", "CD", "IQ", "LB", "LY", "KP", "SO", "SS", "SD"]);

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bUniversity\b/gi, "Univ."],
  [/\bInstitute\b/gi, "Inst."],
  [/\bTechnology\b/gi, "Tech."],
  [/\bTechnologies\b/gi, "Techs."],
  [/\bCompany\b/gi, "Co."],
  [/\bCorporation\b/gi, "Corp."],
  [/\bLimited\b/gi, "Ltd."],
  [/\bInternational\b/gi, "Intl."],
  [/\bResearch\b/gi, "Res."],
  [/\bNational\b/gi, "Natl."],
  [/\bScience\b/gi, "Sci."],
  [/\bIndustries\b/gi, "Inds."],
  [/\bIndustrial\b/gi, "Ind."],
  [/\bEngineering\b/gi, "Eng."],
  [/\bAcademy\b/gi, "Acad."],
  [/\bManufacturing\b/gi, "Mfg."],
  [/\bCent(er|re)\b/gi, "Ctr."],
  [/\bImport (and|&) Export\b/gi, "Imp. & Exp."],
  [/\bDepartment\b/gi, "Dept."],
  [/\bElectronics?\b/gi, "Elec."],
];

function abbreviate(name: string): string | undefined {
  let out = name;
  for (const [re, abbr] of ABBREVIATIONS) out = out.replace(re, abbr);
  return out === name ? undefined : out;
}

interface EulEntry {
  no: string;
  country_iso2: string;
  name: string;
  aliases: string;
  wmd_codes: string;
  cw: string;
}

const VARIANTS = ["exact", "address", "department", "abbrev", "contact", "upper", "alias"] as const;

function variantName(e: EulEntry, v: (typeof VARIANTS)[number], addr: string): [string, string] {
  const aliases = e.aliases ? e.aliases.split(" | ").filter(Boolean) : [];
  switch (v) {
    case "exact":
      return ["eul-exact", e.name];
    case "address":
      return ["eul-address", `${e.name}, ${addr}`];
    case "department":
      return ["eul-department", `Procurement Department, ${e.name}`];
    case "abbrev": {
      const a = abbreviate(e.name);
      return a ? ["eul-abbrev", a] : ["eul-address", `${addr.split(",")[0]}, ${e.name}`];
    }
    case "contact":
      return ["eul-contact", `${e.name} (Attn: Mr. Li, Purchasing Manager)`];
    case "upper":
      return [
        "eul-upper",
        e.name
          .toUpperCase()
          .replace(/[.,()（）]/g, " ")
          .replace(/\s+/g, " ")
          .trim(),
      ];
    case "alias":
      return aliases.length ? ["eul-alias", aliases[0]] : ["eul-exact", e.name];
  }
}

/** Rows naming real End User List parties, invoice-style. Empty when the list file is absent. */
export function buildEulRows(csvFile = EUL_CSV): EvalRow[] {
  if (!fs.existsSync(csvFile)) return [];
  const entries = parse(fs.readFileSync(csvFile, "utf8"), { columns: true }) as EulEntry[];
  const out: EvalRow[] = [];
  let n = 0;
  const push = (r: EvalRow) => {
    n += 1;
    r.order_id = `EUL-${String(n).padStart(4, "0")}`;
    out.push(r);
  };
  entries.forEach((e, i) => {
    if (i % 5 !== 2) return;
    const iso = e.country_iso2;
    const sanctioned = SANCTIONED.has(iso);
    const dest = sanctioned ? VIA[i % VIA.length] : iso;
    const addr = ADDRESS[iso] ?? "Main Street 1";
    const good = i % 2 ? S1[i % S1.length] : S2[i % S2.length];
    const [kind, name] = variantName(e, VARIANTS[Math.floor(i / 5) % VARIANTS.length], addr);
    const row = (over: Partial<EvalRow>): EvalRow => {
      const r = base(dest, good);
      r.end_user_country = sanctioned ? "" : dest;
      r.consignee_country = dest;
      r.delivery_address = addr;
      return { ...r, ...over } as EvalRow;
    };
    const cite = `End User List No. ${e.no} (${iso}${e.wmd_codes ? `, ${e.wmd_codes}` : ""}${e.cw ? ", CW" : ""})`;
    push(
      row({
        end_user: name,
        consignee: name,
        buyer: name,
        kind,
        expected: "REVIEW|LICENSE_REQUIRED|PROHIBITED",
        why: `${cite} written as on an order: 需要者要件 of both ordinances met, licence unless 明らか (20250922貿局第1号)`,
      }),
    );
    if (i % 15 === 2) {
      push(
        row({
          end_user: e.name,
          consignee: e.name,
          buyer: e.name,
          ...Object.fromEntries(RF_FIELDS.map((f) => [f, "no"])),
          kind: "eul-figure3",
          expected: "REVIEW|LICENSE_REQUIRED|PROHIBITED",
          why: `${cite}: all 19 red flags 'no' is not the 明らか test; only a documented 明らか judgement clears a listed end user`,
        }),
      );
      push(
        row({
          consignee: e.name,
          kind: "eul-consignee",
          expected: "REVIEW|LICENSE_REQUIRED|PROHIBITED",
          why: `${cite} as consignee (intermediary) with another end user: a listed party in the chain must be looked at`,
        }),
      );
      const groupA = i % 2 ? "DE" : "US";
      const r = base(groupA, good);
      push({
        ...r,
        end_user: e.name,
        end_user_country: iso,
        kind: "eul-group-a",
        expected: "REVIEW|LICENSE_REQUIRED|PROHIBITED",
        why: `${cite} as end user behind a Group A consignee: the diversion the Group A inform targets (輸出令4条2項3号)`,
      } as EvalRow);
      if (!sanctioned) {
        const closedG = EMBARGO.has(iso) && S1.includes(good);
        push(
          row({
            end_user: e.name,
            consignee: e.name,
            buyer: e.name,
            ...Object.fromEntries(MG_FIELDS.map((f) => [f, "yes"])),
            kind: "eul-guideline",
            expected: closedG ? "LICENSE_REQUIRED|REVIEW" : "NO_LICENSE|REVIEW|LICENSE_REQUIRED",
            why: closedG
              ? `${cite} at 別表第三の二 with 16項(1) goods: ⑲ closes the 明らか route whatever the answers`
              : `${cite}, every guideline item answered yes (⑰ロ for CW-coded entries with 16項(1) goods: all items on all information)`,
          }),
        );
        push(
          row({
            end_user: e.name,
            consignee: e.name,
            buyer: e.name,
            ...Object.fromEntries(MG_FIELDS.map((f) => [f, "yes"])),
            payment_terms: "Cash in advance",
            order_value: "80000000",
            kind: "eul-guideline-contradicted",
            expected: "LICENSE_REQUIRED|REVIEW",
            why: `${cite}, guideline answered yes but cash in advance for ¥80m contradicts ⑬: not 明らか`,
          }),
        );
        const closed = EMBARGO.has(iso) && S1.includes(good);
        push(
          row({
            end_user: e.name,
            consignee: e.name,
            buyer: e.name,
            clearly_not_for_weapons: "yes",
            kind: "eul-clearly",
            expected: closed ? "LICENSE_REQUIRED|REVIEW" : "NO_LICENSE|REVIEW",
            why: closed
              ? `${cite} at 別表第三の二 with 16項(1) goods: ⑲ closes the 明らか route`
              : `${cite} with a documented 明らか judgement: the exception applies (REVIEW acceptable)`,
          }),
        );
      }
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Screening and scoring

export function toOrderRow(r: EvalRow): OrderRow {
  const row: Record<string, unknown> = {};
  for (const f of INPUT_FIELDS) {
    const v = r[f] ?? "";
    row[f] = v.startsWith("#num:") ? Number(v.slice(5)) : v;
  }
  return row as OrderRow;
}

export type Verdict = "ok" | "wrong-no-licence" | "false-alarm" | "mismatch";

export interface RowOutcome {
  row: EvalRow;
  expected: Decision[];
  decision: Decision;
  verdict: Verdict;
  result: ScreenResult;
}

export function verdictOf(expected: readonly Decision[], decision: Decision): Verdict {
  if (expected.includes(decision)) return "ok";
  if (decision === "NO_LICENSE") return "wrong-no-licence";
  if (expected.includes("NO_LICENSE")) return "false-alarm";
  return "mismatch";
}

export function screenRows(rows: EvalRow[], ctx: EngineContext): RowOutcome[] {
  return rows.map((row) => {
    const result = screen(toOrderRow(row), ctx);
    const expected = row.expected.split("|") as Decision[];
    return { row, expected, decision: result.decision, verdict: verdictOf(expected, result.decision), result };
  });
}

export interface KindSummary {
  kind: string;
  rows: number;
  wrongNoLicence: number;
  falseAlarms: number;
  otherMismatches: number;
}

export function summarise(outcomes: RowOutcome[]): KindSummary[] {
  const by = new Map<string, KindSummary>();
  for (const o of outcomes) {
    const k = o.row.kind;
    const s = by.get(k) ?? { kind: k, rows: 0, wrongNoLicence: 0, falseAlarms: 0, otherMismatches: 0 };
    s.rows += 1;
    if (o.verdict === "wrong-no-licence") s.wrongNoLicence += 1;
    if (o.verdict === "false-alarm") s.falseAlarms += 1;
    if (o.verdict === "mismatch") s.otherMismatches += 1;
    by.set(k, s);
  }
  return [...by.values()];
}

/** Loads the End User List with the project's importer, as the CLI does (`--eul`). */
export async function evalContext(withEul = fs.existsSync(EUL_XLSX)): Promise<EngineContext> {
  if (!withEul) return createContext({ options: { today: EVAL_TODAY } });
  const { loadPartyScreener } = await import("../../src/cli/lists");
  const { screener } = await loadPartyScreener({ eul: EUL_XLSX });
  return createContext({ parties: screener, options: { today: EVAL_TODAY } });
}
