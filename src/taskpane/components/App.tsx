/** The task pane: placeholder until the screening UI lands. */
import * as React from "react";
import { Title3 } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";

export function App({ lang }: { lang: Lang }): React.ReactElement {
  return <Title3>{lang === "ja" ? "anpo-screen 輸出審査" : "anpo-screen export screening"}</Title3>;
}
