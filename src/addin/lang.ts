/**
 * The user's language: Japanese when Office's display language is Japanese, English otherwise.
 * Used by the task pane and the custom functions (both run in the shared runtime).
 */
/// <reference types="office-js" />
import type { Lang } from "../engine/types";

/** Language for a BCP 47 tag such as "ja-JP", "en-US"; anything not Japanese is English. */
export function langFromTag(tag: string | undefined | null): Lang {
  return typeof tag === "string" && /^ja(\b|[-_])/i.test(tag.trim()) ? "ja" : "en";
}

/** Office's display language when Office.js has initialised, else the browser's language. */
export function detectLang(): Lang {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const tag = office?.context?.displayLanguage;
    if (tag) return langFromTag(tag);
  } catch {
    // Office.context is not available before Office.onReady; fall back below.
  }
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return langFromTag(nav?.language);
}
