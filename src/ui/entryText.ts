// Log entries in words for the panels, in the language of the page (`<html lang>`, which the
// app sets). Each entry is rendered once per language and kept: the log filter searches the
// words of thousands of entries on every keystroke.
import type { LogEntry } from '../core/index.ts';
import { describeEntry, localeOf, type Locale } from '../i18n';

const rendered: Record<Locale, WeakMap<LogEntry, string>> = {
  en: new WeakMap(),
  fr: new WeakMap(),
};

/** The page's language, as the renderer knows it (English when unset or not offered). */
export function pageLocale(): Locale {
  return localeOf(typeof document === 'undefined' ? 'en' : document.documentElement.lang);
}

/** What a log entry says, in words. */
export function entryText(e: LogEntry, locale: Locale = pageLocale()): string {
  const cache = rendered[locale];
  let text = cache.get(e);
  if (text === undefined) cache.set(e, (text = describeEntry(e, locale)));
  return text;
}
