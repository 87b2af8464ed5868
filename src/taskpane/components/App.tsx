/**
 * The task pane: a header, the Screen and Lists tabs, and the engine worker configured with the lists kept
 * on this computer and the allow-list kept in the workbook.
 */
import * as React from "react";
import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Text, Versions } from "../../engine/types";
import { ENGINE_VERSION, RULES_VERSION } from "../../engine/version";
import { sharedEngine } from "../../addin/engineClient";
import { readAllowList } from "../../addin/excelHost";
import { isPersistent, loadLists, removeList, saveList, storageProblem } from "../../addin/listStore";
import type { StoredList } from "../../addin/listStore";
import { t } from "../strings";
import { endUserListState } from "../../engine/parties/list-model";
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

/** The shared runtime's one engine worker (the custom functions use the same); started on first use. */
const engine = sharedEngine();

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
  /** Why the workbook's allow-list is not in force (could not be read, or damaged), or null. */
  const [allowProblem, setAllowProblem] = React.useState<Text | null>(null);
  const allowRead = React.useRef<Text | undefined>(undefined);

  // The lists and allow-list are handed to the worker, which receives them with its first request (Check
  // data does not need it; a run, a row's detail or a custom function does). The versions in force are known
  // without it; a damaged allow-list is reported by the worker when it gets it.
  const configure = React.useCallback((current: StoredList[]) => {
    engine.setConfig({
      lists: current.map((l) => l.list),
      allowListJson: allowJson.current,
      allowListProblem: allowRead.current,
    });
    setVersions({
      engine: ENGINE_VERSION,
      rules: RULES_VERSION,
      lists: Object.fromEntries(current.map((l) => [l.list.id, l.list.version])),
    });
    // Known before the worker starts: an allow-list that could not be read. A damaged one is known once the
    // worker has taken the configuration (on its first request), through onConfigured.
    setAllowProblem(allowRead.current ?? null);
  }, []);

  React.useEffect(() => {
    engine.onConfigured = (c) => setAllowProblem(c.allowListProblem ?? null);
    return () => {
      engine.onConfigured = null;
    };
  }, []);

  React.useEffect(() => {
    (async () => {
      try {
        const [loaded, persist, allow] = await Promise.all([loadLists(), isPersistent(), readAllowList()]);
        setLists(loaded);
        setPersistent(persist && !storageProblem());
        allowJson.current = allow.ok ? allow.json : null;
        allowRead.current = allow.ok ? undefined : allow.problem;
        configure(loaded);
      } catch (e) {
        setError(String(e instanceof Error ? e.message : e));
      }
    })();
  }, [configure]);

  const refresh = async () => {
    const loaded = await loadLists();
    // A failed write keeps the lists in memory for the session; the pane says they will not survive a restart.
    if (storageProblem()) setPersistent(false);
    setLists(loaded);
    configure(loaded);
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
      {allowProblem && (
        <MessageBar intent="warning" data-testid="allow-list-problem">
          <MessageBarBody>{allowProblem[lang]}</MessageBarBody>
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
            endUserList: endUserListState(Object.fromEntries(lists.map((l) => [l.list.id, l.list.version]))),
            names: lists.map((l) => `${l.list.name} (${l.list.version})`),
            storageProblem: persistent ? null : (storageProblem() ?? null),
          }}
          supported={supported}
          onAllowListChanged={(json) => {
            // The worker already has the entry (the functions use the same worker); kept for the next configuration.
            allowJson.current = json;
            allowRead.current = undefined;
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
