/**
 * Red-flag facts written in free text (remarks, end use, delivery address) rather than in their own columns:
 * a refusal of installation, training or maintenance (red flag 7) and a routing or trans-shipment point (red flag
 * 10). Vocabulary and patterns: reference/data/redflag-vocabulary.json (service_declined_text, route_text).
 */
import rf from "../reference/data/redflag-vocabulary.json";
import { resolveCountry } from "../normalize/country";
import { alternation, normalizeForMatch } from "./match";
import { textMemo } from "../util/textMemo";

/** A service word, then within the same clause (at most 20 characters, no full stop) a refusal word. */
const DECLINED = new RegExp(
  `(?:${alternation(rf.service_declined_text.services)})[^。．.;；!?！？\\n]{0,20}?(?:${alternation(rf.service_declined_text.refusals)})`,
  "u",
);

const declinedMemo = textMemo<string | undefined>();
const routeMemo = textMemo<readonly string[]>();
const NO_ROUTE: readonly string[] = Object.freeze([]);

/** The words saying a service is declined, or undefined (remembered per distinct text). */
export function declinedServiceIn(text: string): string | undefined {
  if (!text) return undefined;
  return declinedMemo.get(text, declinedUncached);
}

function declinedUncached(text: string): string | undefined {
  const m = DECLINED.exec(normalizeForMatch(text));
  return m ? m[0] : undefined;
}

const ROUTES = rf.route_text.patterns.map((p) => new RegExp(p, "gu"));

/**
 * ISO codes of the places the text routes through (「ドバイ経由」, via Dubai, trans-ship at Jebel Ali); remembered per
 * distinct text, frozen.
 */
export function routeCountriesIn(text: string): readonly string[] {
  if (!text) return NO_ROUTE;
  return routeMemo.get(text, routesUncached);
}

function routesUncached(text: string): readonly string[] {
  const out: string[] = [];
  for (const re of ROUTES) {
    for (const m of text.matchAll(re)) {
      const iso2 = resolveCountry(m[1]).iso2;
      if (iso2 && !out.includes(iso2)) out.push(iso2);
    }
  }
  return out.length ? Object.freeze(out) : NO_ROUTE;
}
