/**
 * Lists: what is loaded (version, date, entries), importing the METI End User List and other formats in the
 * browser, and the clearly labelled demo list. Lists stay on this computer (IndexedDB).
 */
import * as React from "react";
import { Badge, Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Text } from "../../engine/types";
import type { ListKind, StoredList } from "../../addin/listStore";
import { screenedAtText } from "../runController";
import { t } from "../strings";
import type { StringKey } from "../strings";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "3px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  td: { padding: "4px", verticalAlign: "top", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  nowrap: { whiteSpace: "nowrap" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
    alignItems: "flex-start",
  },
  demoRow: { background: "#FFF8E1" },
});

const KIND: Record<ListKind, { key: StringKey; color: "brand" | "danger" | "informative" | "warning" }> = {
  "official-eul": { key: "kindOfficial", color: "brand" },
  sdn: { key: "kindSdn", color: "informative" },
  own: { key: "kindOwn", color: "informative" },
  demo: { key: "kindDemo", color: "warning" },
};

export function ListsTab(props: {
  lang: Lang;
  lists: StoredList[];
  persistent: boolean;
  onImportFile(file: File): Promise<{ ok: boolean; message?: Text; name?: string }>;
  onLoadDemo(): Promise<{ ok: boolean; message?: Text }>;
  onRemove(id: string): Promise<void>;
}): React.ReactElement {
  const { lang, lists } = props;
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);

  const handle = async (work: () => Promise<{ ok: boolean; message?: Text; name?: string }>) => {
    setBusy(true);
    setStatus(null);
    try {
      const r = await work();
      setStatus(
        r.ok
          ? { intent: "success", text: `${t(lang, "imported")}: ${r.name ?? ""} ${t(lang, "listsChangedRecalc")}` }
          : { intent: "error", text: `${r.message?.[lang] ?? ""} ${t(lang, "importFailed")}` },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="lists-tab">
      <p style={{ fontWeight: 600, margin: "12px 0 6px 0" }}>{t(lang, "listsTitle")}</p>
      {!props.persistent && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(lang, "notPersistent")}</MessageBarBody>
        </MessageBar>
      )}
      {lists.length === 0 ? (
        <span className={s.hint}>{t(lang, "noLists")}</span>
      ) : (
        <table className={s.table} data-testid="lists-table">
          <thead>
            <tr>
              <th className={s.th}>{t(lang, "listName")}</th>
              <th className={`${s.th} ${s.nowrap}`}>{t(lang, "version")}</th>
              <th className={`${s.th} ${s.nowrap}`}>{t(lang, "entries")}</th>
              <th className={s.th} />
            </tr>
          </thead>
          <tbody>
            {lists.map((l) => (
              <tr
                key={l.list.id}
                className={l.kind === "demo" ? s.demoRow : undefined}
                data-list={l.list.id}
                data-kind={l.kind}
              >
                <td className={s.td}>
                  <Badge appearance="tint" color={KIND[l.kind].color} size="small">
                    {t(lang, KIND[l.kind].key)}
                  </Badge>{" "}
                  {l.list.name}
                  <div className={s.hint}>
                    {t(lang, "importedAt")}: {screenedAtText(new Date(l.importedAt))} · {l.fileName}
                  </div>
                  {l.kind === "demo" && <div style={{ color: "#8a5300", fontSize: 12 }}>{t(lang, "demoWarning")}</div>}
                </td>
                <td className={`${s.td} ${s.nowrap}`}>
                  {l.list.version}
                  {l.list.date && l.list.date !== l.list.version ? <div className={s.hint}>{l.list.date}</div> : null}
                </td>
                <td className={`${s.td} ${s.nowrap}`}>{l.list.entries.length.toLocaleString()}</td>
                <td className={s.td}>
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() =>
                      handle(async () => (await props.onRemove(l.list.id), { ok: true, name: l.list.name }))
                    }
                    disabled={busy}
                  >
                    {t(lang, "remove")}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={s.actions}>
        <span className={s.hint}>{t(lang, "importHint")}</span>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.csv,.txt"
          style={{ display: "none" }}
          data-testid="list-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void handle(() => props.onImportFile(file));
          }}
        />
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy} data-testid="import-list">
          {t(lang, "importFile")}
        </Button>
        <Button
          appearance="secondary"
          onClick={() => handle(props.onLoadDemo)}
          disabled={busy || lists.some((l) => l.kind === "demo")}
          data-testid="load-demo"
        >
          {t(lang, "loadDemo")}
        </Button>
        {busy && <Spinner size="tiny" label={t(lang, "importing")} />}
        {status && (
          <MessageBar
            intent={status.intent}
            data-testid="list-status"
            layout="multiline"
            style={{ alignSelf: "stretch" }}
          >
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
