/**
 * The rows needing attention: every one of them (the list is virtualised, so a million rows cost no more
 * than a screenful), most severe first (輸出禁止 first), with a filter by decision and a search over row,
 * order number and reason. Choosing a row opens its detail and selects it in the sheet.
 */
import * as React from "react";
import { Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { DECISIONS } from "../../engine/types";
import type { Decision, Lang } from "../../engine/types";
import { decisionLabel, severityOf } from "../../engine/present";
import type { AttentionRow } from "../screenRows";
import { t } from "../strings";
import { DecisionBadge } from "./DecisionBadge";

const ROW_HEIGHT = 48;

const useStyles = makeStyles({
  tools: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginBottom: tokens.spacingVerticalS },
  search: { flexGrow: 1, minWidth: "140px" },
  scroller: {
    maxHeight: "min(380px, 60vh)",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    position: "relative",
  },
  item: {
    position: "absolute",
    left: 0,
    width: "100%",
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    textAlign: "left",
    background: "none",
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "4px 6px",
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    fontFamily: "inherit",
    color: tokens.colorNeutralForeground1,
    ":hover": { background: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  summary: {
    color: tokens.colorNeutralForeground2,
    display: "block",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: "0 0 4px 0" },
});

/** "3 flags", "1 match"; in Japanese "フラグ 3 件". */
function countLabel(lang: Lang, n: number, what: "flag" | "match"): string {
  if (lang === "ja") return `${what === "flag" ? "フラグ" : "照合"} ${n} 件`;
  return `${n} ${what === "flag" ? (n === 1 ? "flag" : "flags") : n === 1 ? "match" : "matches"}`;
}

/** Most severe first, then in sheet order. */
export function sortAttention(rows: readonly AttentionRow[]): AttentionRow[] {
  return [...rows].sort((a, b) => severityOf(a.decision) - severityOf(b.decision) || a.row - b.row);
}

export function filterAttention(rows: readonly AttentionRow[], decision: Decision | "", query: string): AttentionRow[] {
  const q = query.normalize("NFKC").trim().toLowerCase();
  return rows.filter(
    (a) =>
      (!decision || a.decision === decision) &&
      (!q ||
        String(a.row + 1) === q ||
        a.orderId.normalize("NFKC").toLowerCase().includes(q) ||
        a.summary.normalize("NFKC").toLowerCase().includes(q)),
  );
}

export function AttentionList(props: {
  lang: Lang;
  rows: readonly AttentionRow[];
  onSelect(row: AttentionRow): void;
}): React.ReactElement {
  const { lang } = props;
  const s = useStyles();
  const [decision, setDecision] = React.useState<Decision | "">("");
  const [query, setQuery] = React.useState("");
  const sorted = React.useMemo(() => sortAttention(props.rows), [props.rows]);
  const shown = React.useMemo(() => filterAttention(sorted, decision, query), [sorted, decision, query]);
  const scroller = React.useRef<HTMLDivElement>(null);
  // The project does not use the React Compiler; the virtualizer re-renders the list itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 320, height: 380 },
  });

  return (
    <div data-testid="attention">
      <div className={s.tools}>
        <Select
          size="small"
          aria-label={t(lang, "filterDecision")}
          value={decision}
          onChange={(_, d) => setDecision(d.value as Decision | "")}
          data-testid="attention-filter"
        >
          <option value="">{t(lang, "allDecisions")}</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {decisionLabel(d, lang)}
            </option>
          ))}
        </Select>
        <Input
          className={s.search}
          size="small"
          type="search"
          aria-label={t(lang, "searchRows")}
          placeholder={t(lang, "searchRows")}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          data-testid="attention-search"
        />
      </div>
      <p className={s.count} aria-live="polite" data-testid="attention-count">
        {t(lang, "attentionShown")
          .replace("{n}", shown.length.toLocaleString())
          .replace("{m}", props.rows.length.toLocaleString())}
      </p>
      <div
        ref={scroller}
        className={s.scroller}
        data-testid="attention-list"
        role="list"
        aria-label={t(lang, "attention")}
      >
        <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
          {virtual.getVirtualItems().map((v) => {
            const a = shown[v.index];
            return (
              <div key={a.row} role="listitem" aria-setsize={shown.length} aria-posinset={v.index + 1}>
                <button
                  className={s.item}
                  style={{ top: v.start }}
                  onClick={() => props.onSelect(a)}
                  data-row={a.row + 1}
                  data-decision={a.decision}
                >
                  <DecisionBadge decision={a.decision} lang={lang} size="small" /> {t(lang, "row")} {a.row + 1}
                  {a.orderId ? ` · ${a.orderId}` : ""}
                  {a.redFlags > 0 ? ` · ${countLabel(lang, a.redFlags, "flag")}` : ""}
                  {a.matches > 0 ? ` · ${countLabel(lang, a.matches, "match")}` : ""}
                  <span className={s.summary}>{a.summary}</span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
