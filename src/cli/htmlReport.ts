/**
 * `--report FILE.html`: one self-contained HTML page about a run — counts by decision, by destination and by red
 * flag as charts (inline SVG), the rows needing attention with their reasons, list versions and notes. Every text,
 * colour and attention rule comes from the presentation model (src/engine/present/) and the run's own summary
 * labels (report.ts); the page loads nothing (no script, no font, no image; a Content-Security-Policy forbids it).
 */
import { DECISIONS, RED_FLAG_DEFINITIONS } from "../engine";
import { COLOUR_FILL, COLOUR_INK, DECISION_COLOUR, decisionLabel } from "../engine/present";
import type { Decision, Lang, Text } from "../engine/types";
import { REPORT_LABELS as L, attentionCount, attentionRows, mappingLines, packCounts, type RunReport } from "./report";
import { displayWidth } from "./cellText";
import { localTime } from "./timeText";
import { countryName, resolveCountry } from "../engine/normalize/country";

const H = {
  runAt: { ja: "実行日時", en: "Run at" },
  byDecision: { ja: "判定別の件数", en: "Rows by decision" },
  byDestination: { ja: "仕向地別の件数（上位 {n}）", en: "Rows by destination (top {n})" },
  byRedFlag: { ja: "レッドフラグ別の件数", en: "Rows by red flag" },
  noRedFlags: { ja: "レッドフラグのある行はありません。", en: "No row has a red flag." },
  destination: { ja: "仕向地", en: "Destination" },
  blankDestination: { ja: "（空欄）", en: "(blank)" },
  explanation: { ja: "説明", en: "Explanation" },
  matches: { ja: "リスト照合", en: "List matches" },
  shown: {
    ja: "上位 {n} 行を表示しています（全 {m} 行）。残りは出力ファイルを見てください。",
    en: "The first {n} of {m} rows are shown; see the output file for the rest.",
  },
  legend: { ja: "凡例", en: "Legend" },
  lists: { ja: "リスト", en: "Lists" },
  otherDestinations: { ja: "ほか {n} 仕向地", en: "{n} more destinations" },
} satisfies Record<string, Text>;

/** Rows listed in the page (the summary keeps up to 2,000 per decision; a page of thousands helps nobody). */
export const HTML_ATTENTION_ROWS = 1000;
const DESTINATIONS_SHOWN = 15;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const fill = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (_, k) => String(v[k] ?? ""));
const num = (n: number, lang: Lang) => n.toLocaleString(lang === "ja" ? "ja-JP" : "en-US");
const colour = (d: Decision) => COLOUR_FILL[DECISION_COLOUR[d]];

/** Horizontal bars, one per item, each split into decision-coloured parts; text beside every bar. */
function barChart(
  title: string,
  items: Array<{ label: string; parts: Array<{ d?: Decision; n: number }> }>,
  lang: Lang,
): string {
  const max = Math.max(1, ...items.map((i) => i.parts.reduce((s, p) => s + p.n, 0)));
  const rowH = 26;
  const labelW = 300;
  const barW = 420;
  const h = items.length * rowH + 8;
  const bars = items
    .map((item, k) => {
      const y = 4 + k * rowH;
      let x = labelW;
      const total = item.parts.reduce((s, p) => s + p.n, 0);
      const rects = item.parts
        .filter((p) => p.n > 0)
        .map((p) => {
          const w = Math.max(1, (p.n / max) * barW);
          const r = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${p.d ? colour(p.d) : COLOUR_FILL["not-screened"]}" stroke="${COLOUR_INK}" stroke-width="0.5"><title>${esc(`${item.label} — ${p.d ? decisionLabel(p.d, lang) : ""} ${num(p.n, lang)}`)}</title></rect>`;
          x += w;
          return r;
        })
        .join("");
      return `<text x="${labelW - 8}" y="${y + rowH / 2}" text-anchor="end">${esc(truncate(item.label, 40))}<title>${esc(item.label)}</title></text>${rects}<text x="${(x + 6).toFixed(1)}" y="${y + rowH / 2}">${num(total, lang)}</text>`;
    })
    .join("");
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 70} ${h}" width="${labelW + barW + 70}" height="${h}" class="chart">${bars}</svg>`;
}

function legend(lang: Lang): string {
  return `<p class="legend"><span class="sr">${esc(H.legend[lang])}: </span>${DECISIONS.map(
    (d) => `<span><i style="background:${colour(d)}"></i>${esc(decisionLabel(d, lang))}</span>`,
  ).join("")}</p>`;
}

function badge(d: Decision, label: string): string {
  return `<span class="badge" style="background:${colour(d)};color:${COLOUR_INK}">${esc(label)}</span>`;
}

/** The report page in the chosen language. */
export function renderHtmlReport(report: RunReport, lang: Lang, now: Date): string {
  const s = report.screened;
  const v = s.versions;
  const lists = Object.entries(v.lists);
  const packs = packCounts(s, lang);
  const t = (x: Text) => esc(x[lang]);

  const decisions = barChart(
    H.byDecision[lang],
    DECISIONS.map((d) => ({ label: `${decisionLabel(d, lang)} (${d})`, parts: [{ d, n: s.counts[d] }] })),
    lang,
  );
  const dests = destinations(s.byDestination, lang);
  const destChart = barChart(
    fill(H.byDestination[lang], { n: Math.min(DESTINATIONS_SHOWN, dests.length) }),
    dests.slice(0, DESTINATIONS_SHOWN).map((x) => ({
      label: x.label || H.blankDestination[lang],
      parts: DECISIONS.map((d) => ({ d, n: x.c[d] })),
    })),
    lang,
  );
  const flagTitle = new Map<string, string>(RED_FLAG_DEFINITIONS.map((f) => [f.code, lang === "ja" ? f.ja : f.en]));
  const flags = [...s.byRedFlag.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const flagChart = flags.length
    ? barChart(
        H.byRedFlag[lang],
        flags.map(([code, n]) => ({
          label: flagTitle.has(code) ? `${code} ${flagTitle.get(code)!}` : code,
          parts: [{ n }],
        })),
        lang,
      )
    : `<p>${t(H.noRedFlags)}</p>`;

  const attention = attentionRows(report);
  const total = attentionCount(report);
  const shown = attention.slice(0, HTML_ATTENTION_ROWS);
  const rows = shown
    .map(
      (o) =>
        `<tr><td class="n">${o.index + 1}</td><td>${esc(o.orderId)}</td><td>${badge(o.decision, o.columns.decision_label)}</td><td class="why">${esc(o.columns.explanation)}</td><td>${esc(o.columns.red_flags.replace(/;/g, "; "))}</td><td>${esc(o.columns.party_match_name.replace(/;/g, "; "))}</td></tr>`,
    )
    .join("\n");
  const notes = [...report.notes, ...report.listNotes].map((n) => n[lang]);

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(L.title)} — ${esc(report.inputFile)}</title>
<style>
body{font-family:system-ui,"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",sans-serif;color:${COLOUR_INK};margin:24px;max-width:1200px;line-height:1.45}
h1{font-size:1.5em;margin:0 0 .4em}h2{font-size:1.15em;margin:1.6em 0 .5em;border-bottom:1px solid #ccc}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee;white-space:nowrap}td.n{text-align:right;white-space:nowrap}td.why{white-space:pre-line;min-width:28em}
.badge{display:inline-block;padding:1px 6px;border-radius:3px;font-weight:600;white-space:nowrap;border:1px solid ${COLOUR_INK}33}
.chart text{font-size:13px;dominant-baseline:middle;fill:${COLOUR_INK}}
.legend span{margin-right:14px;white-space:nowrap}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border:1px solid ${COLOUR_INK}}
.sr{position:absolute;left:-9999px}ul{margin:.2em 0;padding-left:1.3em}
</style>
</head>
<body>
<header>
<h1>${t(L.title)}</h1>
<dl>
<dt>${t(L.input)}</dt><dd>${esc(report.inputFile)}${report.sheetName !== undefined ? ` [${t(L.sheet)}: ${esc(report.sheetName)}]` : ""}${report.encoding ? ` (${esc(report.encoding)})` : ""}</dd>
<dt>${t(L.output)}</dt><dd>${esc(report.outputFile)}</dd>
<dt>${t(H.runAt)}</dt><dd>${esc(localTime(now))}</dd>
<dt>${t(L.versions)}</dt><dd>${t(L.engine)} ${esc(v.engine)} · ${t(L.rules)} ${esc(v.rules)}</dd>
${packs ? `<dt>${t(L.packs)}</dt><dd>${esc(packs)}</dd>\n` : ""}<dt>${t(H.lists)}</dt><dd>${lists.length ? lists.map(([k, d]) => `${esc(k)} ${esc(d)}`).join(" · ") : t(L.noLists)}</dd>
<dt>${t(L.total)}</dt><dd>${num(s.total, lang)}${s.blankRows ? ` (${t(L.blank)}: ${num(s.blankRows, lang)})` : ""}</dd>
<dt>${t(L.attention)}</dt><dd>${num(total, lang)}</dd>
</dl>
</header>
<main>
<section><h2>${t(H.byDecision)}</h2>${decisions}</section>
<section><h2>${esc(fill(H.byDestination[lang], { n: Math.min(DESTINATIONS_SHOWN, dests.length) }))}</h2>${legend(lang)}${destChart}${dests.length > DESTINATIONS_SHOWN ? `<p>${esc(fill(H.otherDestinations[lang], { n: dests.length - DESTINATIONS_SHOWN }))}</p>` : ""}</section>
<section><h2>${t(H.byRedFlag)}</h2>${flagChart}</section>
<section><h2>${t(L.attention)} (${num(total, lang)})</h2>
${
  shown.length === 0
    ? `<p>${t(L.none)}</p>`
    : `<table><thead><tr><th>${t(L.row)}</th><th>${t(L.order)}</th><th>${t(L.decision)}</th><th>${t(H.explanation)}</th><th>${t(L.redFlags)}</th><th>${t(H.matches)}</th></tr></thead>
<tbody>
${rows}
</tbody></table>${total > shown.length ? `<p>${esc(fill(H.shown[lang], { n: num(shown.length, lang), m: num(total, lang) }))}</p>` : ""}`
}
</section>
${
  report.previous
    ? `<section><h2>${t(L.previous)}</h2><p>${esc(report.previous.summary[lang])}</p><ul>${report.previous.lines
        .slice(0, HTML_ATTENTION_ROWS)
        .map((l) => `<li>${esc(l[lang])}</li>`)
        .join("")}</ul></section>`
    : ""
}
<section><h2>${t(L.mapping)}</h2><ul>${mappingLines(report.mapping, report.headerCells, lang)
    .map((l) => `<li>${esc(l)}</li>`)
    .join("")}</ul></section>
${notes.length ? `<section><h2>${t(L.notes)}</h2><ul>${notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul></section>` : ""}
</main>
</body>
</html>
`;
}

/**
 * Destinations as the report shows them: the sheet's spellings of one country ("US", "USA", "United States") counted
 * together under its name in the report's language with its code ("中国 (CN)", "United Kingdom (GB)"); a value that
 * is not a country is shown as written.
 */
function destinations(
  byValue: ReadonlyMap<string, Record<Decision, number>>,
  lang: Lang,
): Array<{ label: string; c: Record<Decision, number>; n: number }> {
  const merged = new Map<string, { label: string; c: Record<Decision, number>; n: number }>();
  for (const [value, counts] of byValue) {
    const iso2 = value ? resolveCountry(value).iso2 : undefined;
    const key = iso2 ?? `\u0000${value}`;
    let m = merged.get(key);
    if (!m) {
      const label = iso2 ? `${countryName(iso2, lang)} (${iso2})` : value;
      m = { label, c: Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>, n: 0 };
      merged.set(key, m);
    }
    for (const d of DECISIONS) {
      m.c[d] += counts[d];
      m.n += counts[d];
    }
  }
  return [...merged.values()].sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
}

/** Cut to a display width (CJK characters count two), with an ellipsis. */
function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}
