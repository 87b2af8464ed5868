/** Step 2: the sheet's columns and the engine field each feeds; editable, required fields marked. */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { FIELD_LABELS } from "../../engine/headers";
import { CANONICAL_FIELDS, REQUIRED_FIELDS } from "../../engine/types";
import type { CanonicalField, Lang } from "../../engine/types";
import { columnLetter } from "../sheetAddress";
import { t } from "../strings";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  td: { padding: "2px 4px", verticalAlign: "middle", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  header: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", width: "38%" },
  select: { width: "100%", minWidth: 0 },
  col: { color: tokens.colorNeutralForeground3, width: "2.2em" },
  required: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const REQUIRED = new Set<CanonicalField>(REQUIRED_FIELDS);

/** The field's name in the user's language (no internal field ids); required fields starred. */
function fieldLabel(f: CanonicalField, lang: Lang): string {
  return `${REQUIRED.has(f) ? "* " : ""}${FIELD_LABELS[f][lang]}`;
}

/** One line when every required field found its column: what is used, and a button to change it. */
export function MappingSummary(props: {
  lang: Lang;
  headers: string[];
  firstCol: number;
  columns: Array<CanonicalField | null>;
  onChange(): void;
  disabled?: boolean;
}): React.ReactElement {
  const { lang, headers, firstCol, columns } = props;
  const sep = lang === "ja" ? "、" : ", ";
  const required = REQUIRED_FIELDS.map((f) => {
    const i = columns.indexOf(f);
    return `${FIELD_LABELS[f][lang]} → ${columnLetter(firstCol + i)} ${headers[i]}`;
  });
  const used = columns.filter((f) => f).length;
  return (
    <div data-testid="mapping-summary" style={{ fontSize: tokens.fontSizeBase200 }}>
      <span>
        ✓ {t(lang, "mappedAll")}
        {lang === "ja" ? "：" : ": "}
        {required.join(sep)}
        {lang === "ja" ? "（" : " ("}
        {t(lang, "mappedCount").replace("{n}", String(used))}
        {lang === "ja" ? "）" : ")"}{" "}
      </span>
      <Button
        size="small"
        appearance="outline"
        onClick={props.onChange}
        disabled={props.disabled}
        data-testid="mapping-change"
        aria-label={`${t(lang, "changeMapping")}: ${t(lang, "step2")}`}
      >
        {t(lang, "changeMapping")}
      </Button>
    </div>
  );
}

export function MappingTable(props: {
  lang: Lang;
  headers: string[];
  firstCol: number;
  columns: Array<CanonicalField | null>;
  disabled?: boolean;
  onChange(columns: Array<CanonicalField | null>): void;
}): React.ReactElement {
  const { lang, headers, firstCol, columns, onChange } = props;
  const s = useStyles();
  const used = new Map<CanonicalField, number>();
  columns.forEach((f) => f && used.set(f, (used.get(f) ?? 0) + 1));
  const missing = REQUIRED_FIELDS.filter((f) => !used.has(f));
  const duplicates = [...used.entries()].filter(([, n]) => n > 1).map(([f]) => f);

  return (
    <div>
      {missing.length > 0 && (
        <MessageBar intent="error" data-testid="missing-required">
          <MessageBarBody>
            {t(lang, "missingRequired")}: {missing.map((f) => FIELD_LABELS[f][lang]).join(lang === "ja" ? "、" : ", ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {duplicates.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t(lang, "duplicateField")}:{" "}
            {duplicates.map((f) => FIELD_LABELS[f][lang]).join(lang === "ja" ? "、" : ", ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <table className={s.table} data-testid="mapping-table">
        <thead>
          <tr>
            <th className={`${s.th} ${s.col}`} />
            <th className={`${s.th} ${s.header}`}>{t(lang, "sheetColumn")}</th>
            <th className={s.th}>{t(lang, "field")}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((h, i) => {
            const f = columns[i];
            return (
              <tr key={i} data-column={i}>
                <td className={`${s.td} ${s.col}`}>{columnLetter(firstCol + i)}</td>
                <td className={`${s.td} ${s.header}`} title={h}>
                  {h}
                  {f && REQUIRED.has(f) && (
                    <span className={s.required} title={t(lang, "required")}>
                      {" "}
                      *
                    </span>
                  )}
                </td>
                <td className={s.td}>
                  <Select
                    className={s.select}
                    size="small"
                    aria-label={`${t(lang, "field")}: ${h}`}
                    value={f ?? ""}
                    disabled={props.disabled}
                    onChange={(_, d) => {
                      const next = [...columns];
                      next[i] = (d.value || null) as CanonicalField | null;
                      onChange(next);
                    }}
                  >
                    <option value="">{t(lang, "notUsed")}</option>
                    {CANONICAL_FIELDS.map((cf) => (
                      <option key={cf} value={cf}>
                        {fieldLabel(cf, lang)}
                      </option>
                    ))}
                  </Select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
