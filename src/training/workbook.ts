/**
 * The training workbook as tables: the order sheet (canonical inputs, teaches, lesson, expected_decision), the
 * lessons sheet (lessons in order with the flow picture's node numbers) and the list of branches the bundled demo
 * list cannot reach (they need an End User List match). Pure: the shell (main.ts) writes the files.
 */
import { CANONICAL_FIELDS, type Lang, type PartyMatch, type PartyScreener } from "../engine/types";
import type { EngineContext } from "../engine/screen";
import type { FlowDefinition } from "../engine/rules/flowTypes";
import { decisionLabel } from "../engine/present";
import { findRows, inWorkbookOrder, type Found, type SearchOutcome, type Target } from "./findRows";
import { changesText, lessonText, nodeNumber, targetTitle } from "./lessons";
import { ALTERNATIVES, SECOND_DESTINATION, sheetCells } from "./searchSpace";
import { comparePacks, packDifferenceText, type PackComparison } from "../engine/rules/comparePacks";

/** The canonical inputs, a second destination column (blank except on the row that teaches a conflict), the lesson. */
export const ORDER_COLUMNS = [
  ...CANONICAL_FIELDS,
  SECOND_DESTINATION,
  "teaches",
  "lesson",
  "expected_decision",
] as const;

export interface Table {
  name: string;
  header: string[];
  rows: string[][];
}

export interface TrainingWorkbook {
  orders: Table;
  lessons: Table;
  /** Rows of the order sheet whose decision differs between today's pack and the one before 2025-10-09. */
  packs: Table;
  /** Counts for the trainer and the report. */
  stats: {
    branches: number;
    fallbackAnswers: number;
    redFlags: number;
    rows: number;
    needsEul: number;
    /** Branches taken only when no End User List is loaded (the order sheet is screened with the demo list). */
    needsNoList: number;
    unreached: number;
    screened: number;
    /** Order-sheet rows whose decision differs between the two packs. */
    packDiffs: number;
  };
  search: SearchOutcome;
  needsEul: Found[];
  needsNoList: Found[];
  unreached: Target[];
}

const EUL_HIT = "EUL-LISTED PARTY (fictional)";
/** Listed for conventional weapons (the End User List's CW code), which guideline item ⑰ロ asks about. */
const EUL_CW = "EUL-LISTED CW PARTY (fictional)";
const EUL_POSSIBLE = "EUL-POSSIBLE PARTY (fictional)";

/** A stand-in End User List that knows three invented names: only used to tell why a branch is out of the demo list's reach. */
function fictionalEul(base: PartyScreener | undefined): PartyScreener {
  return {
    screenParty(name, country, role): PartyMatch[] {
      const band = name === EUL_HIT || name === EUL_CW ? "HIT" : name === EUL_POSSIBLE ? "REVIEW" : undefined;
      if (!band) return base?.screenParty(name, country, role) ?? [];
      return [
        {
          id: "meti-eul#FICTIONAL",
          listId: "meti-eul",
          listName: "fictional End User List entry",
          isEndUserList: true,
          entryId: "FICTIONAL",
          entryName: name,
          matchedName: name,
          score: band === "HIT" ? 1 : 0.84,
          band,
          role,
          query: name,
          cw: name === EUL_CW,
        },
      ];
    },
    listVersions: () => ({ ...(base?.listVersions() ?? {}), "meti-eul": "fictional" }),
  };
}

const L = {
  ordersSheet: { ja: "注文（研修）", en: "Orders (training)" },
  lessonsSheet: { ja: "レッスン", en: "Lessons" },
  packsSheet: { ja: "2025年10月9日の変更", en: "Changed 2025-10-09" },
  packsHeader: {
    ja: (a: string, b: string) => ["注文番号", "teaches", `判定（${a}）`, `判定（${b}）`, "分かれる節点", "理由"],
    en: (a: string, b: string) => [
      "order_id",
      "teaches",
      `decision (${a})`,
      `decision (${b})`,
      "nodes where they part",
      "reason",
    ],
  },
  lessonHeader: {
    ja: ["順", "teaches", "フロー図の番号", "内容", "注文番号", "期待される判定", "レッスン"],
    en: ["#", "teaches", "flow picture no.", "what", "order_id", "expected decision", "lesson"],
  },
  needsEul: {
    ja: (c: string) =>
      `注文シートには含めていません: 外国ユーザーリストとの一致が必要で、同梱のデモリスト（自社リスト扱い）では再現できません。--eul で外国ユーザーリストを読み込み、掲載者を需要者等にして確認してください（探索で見つかった入力: ${c}）。`,
    en: (c: string) =>
      `Not in the order sheet: it needs an End User List match, which the bundled demo list (an own list) cannot give. Load the METI End User List with --eul and put a listed party in the row (input found by the search: ${c}).`,
  },
  needsNoList: {
    ja: "注文シートには含めていません: 外国ユーザーリストを読み込んでいないときの分岐で、注文シートはデモリスト（研修用に外国ユーザーリストの代わりをします）で判定するため再現できません。リストを何も読み込まずに（CLI: --list なし、アドイン: リストの読み込み前）同じ行を判定すると、この分岐になります。",
    en: "Not in the order sheet: it is the branch taken when no End User List is loaded, and the order sheet is screened with the demo list, which stands in for the End User List in training. Screen the row with no list loaded (CLI: without --list; add-in: before a list is imported) to see it.",
  },
  unreached: {
    ja: "探索したどの入力（基本行から3項目までの変更、外国ユーザーリスト掲載者を含めて）でも到達しませんでした。",
    en: "No input the search tried (up to three fields changed from the base row, a listed party included) reaches it.",
  },
};

/** What the search found (language-free; render it in ja or en with renderTrainingWorkbook). */
export interface TrainingSearch {
  search: SearchOutcome;
  needsEul: Found[];
  /** Branches found with no list loaded (the End User List not checked), listed on the lessons sheet. */
  needsNoList: Found[];
  unreached: Target[];
  screened: number;
  /** Each order-sheet row screened under today's pack and the one before 2025-10-09 (same order as search.found). */
  packs: PackComparison[];
}

export function buildTrainingWorkbook(flow: FlowDefinition, ctx: EngineContext, lang: Lang): TrainingWorkbook {
  return renderTrainingWorkbook(flow, searchTraining(flow, ctx), lang);
}

export function searchTraining(flow: FlowDefinition, ctx: EngineContext): TrainingSearch {
  let search = findRows({ flow, ctx });
  // The order sheet is screened with the demo list, which stands in for the End User List: the branch taken when no
  // list is loaded at all (EUL_CHECKED:no) is found from the base row with the lists taken away.
  const listNode = new Set(flow.nodes.filter((n) => n.fact === "endUserList").map((n) => n.id));
  const noList = findRows({
    flow,
    ctx: { ...ctx, parties: undefined },
    only: new Set(search.unreached.filter((t) => t.nodeId && listNode.has(t.nodeId)).map((t) => t.id)),
    maxChanges: 0,
  });
  const needsNoList = noList.found;
  const reachedNoList = new Set(needsNoList.map((f) => f.target.id));
  search = { ...search, unreached: search.unreached.filter((t) => !reachedNoList.has(t.id)) };
  // Why are the rest unreached? Search again with a fictional End User List entry among the party names.
  const eulAlternatives = ALTERNATIVES.map(([f, vs]) =>
    f === "end_user" || f === "consignee" ? ([f, [EUL_HIT, EUL_CW, EUL_POSSIBLE, ...vs]] as const) : ([f, vs] as const),
  );
  const eulCtx = { ...ctx, parties: fictionalEul(ctx.parties) };
  const needsEul: Found[] = [];
  let unreached: Target[] = search.unreached;
  let screened = search.screened + noList.screened;
  // Two changes from the base row, then three more from a base row whose end user is a listed party (one listed
  // for conventional weapons, for guideline item ⑰ロ).
  for (const base of [{}, { end_user: EUL_HIT }, { end_user: EUL_CW }]) {
    if (!unreached.length) break;
    const only = new Set(unreached.map((t) => t.id));
    const s = findRows({
      flow,
      ctx: eulCtx,
      alternatives: eulAlternatives,
      only,
      base,
      maxChanges: base.end_user ? 3 : 2,
    });
    needsEul.push(...s.found);
    unreached = s.unreached;
    screened += s.screened;
  }
  // A contradiction of an answered 明らか check on an advisory (Group A, or 16項(2) to a general country) needs the
  // judgement recorded plus three more fields: search on, without a listed party, from a base row whose judgement
  // is documented; these rows go in the order sheet.
  if (unreached.some((t) => !t.redFlag)) {
    const s = findRows({
      flow,
      ctx,
      only: new Set(unreached.map((t) => t.id)),
      base: { clearly_not_for_weapons: "yes" },
    });
    search = { ...search, found: inWorkbookOrder(flow, [...search.found, ...s.found]) };
    unreached = s.unreached;
    screened += s.screened;
  }
  const packs = search.found.map((f) => comparePacks(f.row, ctx));
  return { search, needsEul, needsNoList, unreached, screened, packs };
}

export function renderTrainingWorkbook(flow: FlowDefinition, found: TrainingSearch, lang: Lang): TrainingWorkbook {
  const { search, needsEul, unreached, screened } = found;
  const needsNoList = found.needsNoList ?? [];
  const [pa, pb] = found.packs.length ? [found.packs[0].a.pack.id, found.packs[0].b.pack.id] : ["", ""];
  const packs: Table = { name: L.packsSheet[lang], header: L.packsHeader[lang](pa, pb), rows: [] };

  const orders: Table = { name: L.ordersSheet[lang], header: [...ORDER_COLUMNS], rows: [] };
  const lessons: Table = { name: L.lessonsSheet[lang], header: L.lessonHeader[lang], rows: [] };
  search.found.forEach((f, i) => {
    const orderId = `TR-${String(i + 1).padStart(3, "0")}`;
    const lesson = lessonText(flow, f, lang);
    const sheet = sheetCells(f.row);
    const cols: Array<keyof typeof sheet> = [...CANONICAL_FIELDS, SECOND_DESTINATION];
    const cells = cols.map((c) => (c === "order_id" ? orderId : sheet[c]));
    orders.rows.push([...cells, f.target.id, lesson, f.result.decision]);
    const cmp = found.packs[i];
    if (cmp?.decisionDiffers)
      packs.rows.push([
        orderId,
        f.target.id,
        cmp.a.result.decision,
        cmp.b.result.decision,
        cmp.parts.map((p) => p.nodeId).join(", "),
        packDifferenceText(cmp, lang),
      ]);
    lessons.rows.push([
      String(i + 1),
      f.target.id,
      String(nodeNumber(flow, f.target.nodeId ?? flow.nodes.find((n) => n.fact === "redFlags")?.id) ?? ""),
      targetTitle(flow, f.target)[lang],
      orderId,
      `${f.result.decision} ${decisionLabel(f.result.decision, lang)}`,
      lesson,
    ]);
  });
  let n = search.found.length;
  for (const f of needsEul)
    lessons.rows.push([
      String(++n),
      f.target.id,
      String(nodeNumber(flow, f.target.nodeId) ?? ""),
      targetTitle(flow, f.target)[lang],
      "",
      `${f.result.decision} ${decisionLabel(f.result.decision, lang)}`,
      `${lessonText(flow, f, lang)} ${L.needsEul[lang](changesText(f.changes, lang))}`,
    ]);
  for (const f of needsNoList)
    lessons.rows.push([
      String(++n),
      f.target.id,
      String(nodeNumber(flow, f.target.nodeId) ?? ""),
      targetTitle(flow, f.target)[lang],
      "",
      `${f.result.decision} ${decisionLabel(f.result.decision, lang)}`,
      `${lessonText(flow, f, lang)} ${L.needsNoList[lang]}`,
    ]);
  for (const t of unreached)
    lessons.rows.push([
      String(++n),
      t.id,
      String(nodeNumber(flow, t.nodeId) ?? ""),
      targetTitle(flow, t)[lang],
      "",
      "",
      L.unreached[lang],
    ]);
  const branchRows = search.found.filter((f) => !f.target.redFlag);
  return {
    orders,
    lessons,
    packs,
    stats: {
      branches: branchRows.filter((f) => !f.target.fallback).length,
      fallbackAnswers: branchRows.filter((f) => f.target.fallback).length,
      redFlags: search.found.length - branchRows.length,
      rows: search.found.length,
      needsEul: needsEul.length,
      needsNoList: needsNoList.length,
      unreached: unreached.length,
      screened,
      packDiffs: packs.rows.length,
    },
    search,
    needsEul,
    needsNoList,
    unreached,
  };
}
