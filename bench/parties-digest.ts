/**
 * A digest of every result of the party matcher, for changes that must not change any result (speed work): the
 * labelled queries of the evaluations (test/parties) and seeded random searches made from the lists' own words
 * (typos, words dropped, words of two entries joined, address, department and contact words added, other scripts),
 * each screened against the End User List and against End User List + SDN, at the shipped thresholds and at a lower
 * REVIEW bar (0.55, which lets more candidates through the early bound), with explanations. Prints one SHA-256 per
 * group and one over all; the same digest before and after a change means no result changed. Queries are screened
 * with cold result caches and again warm (the warm pass must give the same digest).
 * `npx tsx bench/parties-digest.ts [random-count]`; reads ../shared.
 */
import * as fs from "fs";
import * as path from "path";
import { createHash } from "crypto";
import { importMetiEul } from "../src/engine/parties/import-meti-eul";
import { importSdnCsv } from "../src/engine/parties/import-sdn";
import { createPartyScreener, indexFor } from "../src/engine/parties/screener";
import type { PartyList } from "../src/engine/parties/list-model";
import { generatePositives, loadHandwrittenPositives, loadNegatives, rng } from "../test/parties/eval/variants";
import { hardQueries } from "../test/parties/eval/hard-report";

const SHARED = path.resolve(__dirname, "..", "..", "shared");
const EUL = path.join(SHARED, "meti-eul", "20250929_4.xlsx");
const SDN = path.join(SHARED, "lists", "ofac-sdn-2024-05-03", "sdn.csv");

const EXTRAS = [
  "No. 12 Zhongshan Road, Haidian District, Beijing 100080, China",
  "Dept. of Physics",
  "Attn: Mr. Wang",
  "Tehran, Iran",
  "(Head Office)",
  "株式会社",
  "東京都港区芝5-7-1",
  "ul. Lenina 5, Moskva",
  "Co., Ltd.",
  "Research Institute",
  "Univ.",
  "LLC",
  "c/o DHL Global Forwarding",
  "Tel: +98 21 1234 5678",
  "School of Engineering",
  "대학교",
  "دانشگاه",
  "研究所",
  "ООО",
  "Branch",
];

/** Random searches from the lists' own words: every one a plausible near-miss or a variant of a listed name. */
function randomQueries(lists: PartyList[], count: number, seed: number): Array<{ query: string; country?: string }> {
  const r = rng(seed);
  const names: string[] = [];
  for (const l of lists) for (const e of l.entries) for (const n of [e.name, ...e.aliases]) names.push(n);
  const countries = ["CN", "IR", "KP", "RU", "SY", "PK", "JP", "KR", "HK", "AE", undefined, undefined, undefined];
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const typo = (w: string): string => {
    if (w.length < 3) return w;
    const i = Math.floor(r() * w.length);
    const k = r();
    if (k < 0.25) return w.slice(0, i) + w.slice(i + 1);
    if (k < 0.5 && i < w.length - 1) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (k < 0.75) return w.slice(0, i) + String.fromCharCode(97 + Math.floor(r() * 26)) + w.slice(i + 1);
    return w.slice(0, i) + String.fromCharCode(97 + Math.floor(r() * 26)) + w.slice(i);
  };
  const out: Array<{ query: string; country?: string }> = [];
  for (let n = 0; n < count; n++) {
    let words = pick(names).split(/\s+/).filter(Boolean);
    const op = r();
    if (op < 0.2) words = words.map((w) => (r() < 0.3 ? typo(w) : w));
    else if (op < 0.35 && words.length > 1) words.splice(Math.floor(r() * words.length), 1);
    else if (op < 0.5) words = [...words.slice(0, 1 + Math.floor(r() * words.length)), ...pick(names).split(/\s+/)];
    else if (op < 0.65) words = r() < 0.5 ? [...words, pick(EXTRAS)] : [pick(EXTRAS), ...words];
    else if (op < 0.72) words = [words.join("")];
    else if (op < 0.8) words = words.map((w) => w.toLowerCase());
    else if (op < 0.88) words = [pick(names).split(/\s+/)[0], ...words.slice(1)];
    else if (op < 0.94) words = words.slice(0, 1);
    const query = words.join(r() < 0.9 ? " " : ", ");
    const country = pick(countries);
    out.push(country ? { query, country } : { query });
  }
  return out;
}

function main() {
  if (!fs.existsSync(EUL) || !fs.existsSync(SDN)) {
    console.log(`skipped: ${EUL} or ${SDN} not found`);
    return;
  }
  const randomCount = Number(process.argv[2] ?? 6000);
  const eul = importMetiEul(new Uint8Array(fs.readFileSync(EUL)), { fileName: "20250929_4.xlsx" });
  const sdn = importSdnCsv(fs.readFileSync(SDN, "utf8"), { fileName: "ofac-sdn-2024-05-03/sdn.csv" });
  const hard = hardQueries(eul);
  const labelled = [
    ...generatePositives(eul),
    ...generatePositives(eul, 7, 400),
    ...loadHandwrittenPositives(),
    ...loadNegatives(),
    ...hard.positives,
    ...hard.negatives,
  ].map((q) => ({ query: q.query, country: q.country }));
  const random = [...randomQueries([eul], randomCount / 2, 11), ...randomQueries([sdn], randomCount / 2, 12)];
  const all = createHash("sha256");
  const lines: string[] = [];
  for (const [setName, queries] of [
    ["labelled", labelled],
    ["random", random],
  ] as const) {
    for (const [listName, lists] of [
      ["eul", [eul]],
      ["eul+sdn", [eul, sdn]],
    ] as const) {
      for (const [bar, thresholds] of [
        ["shipped", undefined],
        ["review0.55", { review: 0.55, hit: 0.9 }],
      ] as const) {
        for (const l of lists) indexFor(l).clearCaches();
        const s = createPartyScreener([...lists], { thresholds, today: "2026-12-01" });
        const h = createHash("sha256");
        let matches = 0;
        for (const pass of ["cold", "warm"]) {
          const ph = createHash("sha256");
          for (const q of queries) {
            const r = s.screenPartyDetailed(q.query, q.country, "end_user");
            if (pass === "cold") matches += r.matches.length;
            ph.update(JSON.stringify([q.query, q.country ?? "", r]) + "\n");
          }
          const d = ph.digest("hex");
          h.update(d);
          if (pass === "warm") h.update("warm");
          lines.push(`  ${setName} ${listName} ${bar} ${pass}: ${d.slice(0, 16)}`);
        }
        const d = h.digest("hex");
        all.update(d);
        lines.push(`${setName} (${queries.length}) ${listName} ${bar}: ${matches} matches, ${d.slice(0, 16)}`);
      }
    }
  }
  console.log(lines.join("\n"));
  console.log(`all: ${all.digest("hex")}`);
}

main();
