/**
 * Folds Han characters across traditional Chinese, Japanese shinjitai and simplified Chinese so that
 * 日立製作所 / 日立制作所 or 中國電子 / 中国电子 compare equal. Uses opencc-js's "t2cn" subset bundle
 * (about 100 KB, not the 1.2 MB full bundle); the converters are built on first use only, and each
 * folded run is cached.
 */
import { Converter } from "opencc-js/t2cn";

let convert: ((s: string) => string) | undefined;
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function converter(): (s: string) => string {
  if (!convert) {
    const fromJapanese = Converter({ from: "jp", to: "cn" });
    const fromTraditional = Converter({ from: "t", to: "cn" });
    convert = (s: string) => fromTraditional(fromJapanese(s));
  }
  return convert;
}

/** Simplified-Chinese folding of a run of Han characters (other characters pass through). */
export function foldHan(run: string): string {
  const hit = cache.get(run);
  if (hit !== undefined) return hit;
  const out = converter()(run);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(run, out);
  return out;
}
