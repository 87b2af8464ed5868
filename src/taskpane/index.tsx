/**
 * Task pane entry: waits for Office.js, then renders the React app inside Fluent UI's provider.
 */
/// <reference types="office-js" />
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
