/**
 * Red-flag facts written in free text (remarks, end use, delivery address) rather than in their own columns:
 * a refusal of installation, training or maintenance (red flag 7) and a routing or trans-shipment point (red flag
 * 10). Vocabulary and patterns: reference/data/redflag-vocabulary.json (service_declined_text, route_text).
 */
import rf from "../reference/data/redflag-vocabulary.json";
import { resolveCountry } from "../normalize/country";
import { alternation, normalizeForMatch } from "./match";

/** A service word, then within the same clause (at most 20 characters, no full stop) a refusal word. */
const DECLINED = new RegExp(
  `(?:${alternation(rf.service_declined_text.services)})[^。．.;；!?！？\\n]{0,20}?(?:${alternation(rf.service_declined_text.refusals)})`,
  "u",
);

/** The words saying a service is declined, or undefined. */
export function declinedServiceIn(text: string): string | undefined {
  if (!text) return undefined;
  const m = DECLINED.exec(normalizeForMatch(text));
  return m ? m[0] : undefined;
}

const ROUTES = rf.route_text.patterns.map((p) => new RegExp(p, "gu"));

/** ISO codes of the places the text routes through (「ドバイ経由」, via Dubai, trans-ship at Jebel Ali). */
export function routeCountriesIn(text: string): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const re of ROUTES) {
    for (const m of text.matchAll(re)) {
      const iso2 = resolveCountry(m[1]).iso2;
      if (iso2 && !out.includes(iso2)) out.push(iso2);
    }
  }
  return out;
}
