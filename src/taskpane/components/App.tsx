/**
 * The task pane: a header, the Screen and Lists tabs, and the engine worker configured with the lists kept
 * on this computer and the allow-list kept in the workbook.
 */
import * as React from "react";
import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Versions } from "../../engine/types";
import { EngineClient } from "../engineClient";
import { readAllowListJson } from "../excel";
import { isPersistent, loadLists, removeList, saveList, storageProblem } from "../../addin/listStore";
import type { StoredList } from "../../addin/listStore";
import { t } from "../strings";
import { ListsTab } from "./ListsTab";
import { ScreenTab } from "./ScreenTab";

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sub: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, margin: "2px 0 0 0" },
});

const engine = new EngineClient();

/**
 * Office requirement the pane needs (getSurroundingRegion, merged areas, settings, conditional formats): the
 * manifest declares it, and where a host still lacks it the pane turns its screening buttons off.
 */
function apiSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  } catch {
    return true;
  }
}

export function App({ lang }: { lang: Lang }): React.ReactElement {
  const s = useStyles();
  const [tab, setTab] = React.useState<"screen" | "lists">("screen");
  const [lists, setLists] = React.useState<StoredList[]>([]);
  const [persistent, setPersistent] = React.useState(true);
  const [versions, setVersions] = React.useState<Versions | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const allowJson = React.useRef<string | null>(null);

  const configure = React.useCallback(async (current: StoredList[]) => {
    try {
      setVersions(
        await engine.configure(
          current.map((l) => l.list),
          allowJson.current,
        ),
      );
    } catch (e) {
      setError(String(e instanceof Error ? e.message : e));
    }
  }, []);

  React.useEffect(() => {
    (async () => {
      const [loaded, persist] = await Promise.all([loadLists(), isPersistent()]);
      setLists(loaded);
      setPersistent(persist && !storageProblem());
      try {
        allowJson.current = await readAllowListJson();
      } catch {
        allowJson.current = null;
      }
      await configure(loaded);
    })();
  }, [configure]);

  const refresh = async () => {
    const loaded = await loadLists();
    // A failed write keeps the lists in memory for the session; the pane says they will not survive a restart.
    if (storageProblem()) setPersistent(false);
    setLists(loaded);
    await configure(loaded);
  };

  const onImportFile = async (file: File) => {
    const data = await file.arrayBuffer();
    const { importListFile } = await import(/* webpackChunkName: "list-import" */ "../listImport");
    const r = importListFile(file.name, data);
    if (!r.ok) return { ok: false, message: r.message };
    await saveList(r.stored);
    await refresh();
    return { ok: true, name: `${r.stored.list.name} (${r.stored.list.version}, ${r.stored.list.entries.length})` };
  };

  const onLoadDemo = async () => {
    const res = await fetch(new URL("demo-list.csv", document.baseURI).href);
    if (!res.ok)
      return { ok: false, message: { ja: "デモリストのファイルがありません。", en: "The demo list file is missing." } };
    const text = await res.text();
    const { importDemoList } = await import(/* webpackChunkName: "list-import" */ "../listImport");
    const r = importDemoList(text);
    if (!r.ok) return { ok: false, message: r.message };
    await saveList(r.stored);
    await refresh();
    return { ok: true, name: r.stored.list.name };
  };

  const onRemove = async (id: string) => {
    await removeList(id);
    await refresh();
  };

  const demoLoaded = lists.some((l) => l.kind === "demo");
  const supported = React.useMemo(() => apiSupported(), []);
  return (
    <main className={s.root} data-lang={lang}>
      <div className={s.header}>
        <img src="assets/icon-32.png" width={24} height={24} alt="" />
        <div>
          <h1 className={s.title}>{t(lang, "appTitle")}</h1>
          <p className={s.sub}>
            {t(lang, "privacy")} {t(lang, "advisory")}
          </p>
        </div>
      </div>
      {!supported && (
        <MessageBar intent="error" data-testid="unsupported">
          <MessageBarBody>{t(lang, "unsupported")}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t(lang, "errorTitle")}: {error}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as "screen" | "lists")}
        size="small"
        style={{ marginTop: 8 }}
      >
        <Tab value="screen" data-testid="tab-screen">
          {t(lang, "tabScreen")}
        </Tab>
        <Tab value="lists" data-testid="tab-lists">
          {t(lang, "tabLists")} ({lists.length})
        </Tab>
      </TabList>
      <div style={{ display: tab === "screen" ? "block" : "none" }}>
        <ScreenTab
          lang={lang}
          engine={engine}
          versions={versions}
          lists={{
            count: lists.length,
            demoOnly: demoLoaded && lists.length === 1,
            demoLoaded,
            names: lists.map((l) => `${l.list.name} (${l.list.version})`),
            storageProblem: persistent ? null : (storageProblem() ?? null),
          }}
          supported={supported}
          onAllowListChanged={(json) => {
            allowJson.current = json;
            // The custom functions (same runtime) reload the allow-list before their next call.
            window.dispatchEvent(new Event("anpo-allow-list-changed"));
          }}
        />
      </div>
      {tab === "lists" && (
        <ListsTab
          lang={lang}
          lists={lists}
          persistent={persistent}
          onImportFile={onImportFile}
          onLoadDemo={onLoadDemo}
          onRemove={onRemove}
        />
      )}
    </main>
  );
}
