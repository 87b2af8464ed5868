/** Error messages of the custom functions, in the user's language (Excel shows them with #VALUE!). */
import type { Text } from "../engine/types";

export const FN_MESSAGES = {
  headersOneRow: {
    ja: "見出しは 1 行の範囲で指定してください。",
    en: "The headers must be one row.",
  },
  widthDiffers: {
    ja: "見出し（{h} 列）と行（{r} 列）の幅が違います。同じ列の範囲を指定してください。",
    en: "The headers ({h} cells) and the row ({r} cells) differ in width; give ranges over the same columns.",
  },
  noField: {
    ja: "見出しに審査に使う項目（仕向地、HSコード、該非判定、需要者など）が見つかりません。",
    en: "The headers name no field used for screening (destination, HS code, list control, end user …).",
  },
  badResult: {
    ja: "最後の引数は「コード」（PROHIBITED などの固定コード）か「ラベル」（表示名）です: {v}",
    en: 'The last argument is "code" (a fixed code such as PROHIBITED) or "label" (the decision\'s name): {v}',
  },
} satisfies Record<string, Text>;

export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
}
