/**
 * The shared runtime's entry: registers the custom functions, waits for Office.js, then renders the task
 * pane's React app inside Fluent UI's provider.
 */
/// <reference types="office-js" />
// The custom functions live in this bundle too (one shared runtime): registered on load, before the pane.
import "../functions/functions";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { detectLang } from "../addin/lang";

function render(): void {
  const rootEl = document.getElementById("anpo-root");
  if (!rootEl) return;
  const lang = detectLang();
  document.documentElement.lang = lang;
  createRoot(rootEl).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100%" }}>
      <App lang={lang} />
    </FluentProvider>,
  );
}

Office.onReady(() => render());
