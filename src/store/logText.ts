// Log entries and phrases in words for the panels, bound once the renderer's chunk has loaded
// (with the engine; the log is empty before). The language is the page's (`<html lang>`), which
// the app sets; each entry is rendered once per language and kept, since the log filter
// searches the words of thousands of entries on every keystroke.
import type { LogEntry, Phrase, Problem } from '../core/index.ts';
import type { AppKey } from '../i18n/index.ts';
import type { Words } from './engine';

type Locale = 'en' | 'fr' | 'en-XA';

let words: Words | undefined;
const rendered = new Map<Locale, WeakMap<LogEntry, string>>();

export function bindWords(loaded: Words): void {
  words = loaded;
}

/**
 * The page's language as the renderer knows it (English when unset or not offered); `using` the
 * renderer given, before it is bound.
 */
export function pageLocale(using: Words | undefined = words): Locale {
  // Through globalThis: the host (Node) builds seat views with the same store code.
  const doc = (globalThis as { document?: { documentElement: { lang: string } } }).document;
  const lang = doc === undefined ? 'en' : doc.documentElement.lang;
  if (lang === 'en-XA') return lang; // the pseudo-locale (src/i18n/pseudo.ts)
  return using?.localeOf(lang) ?? 'en';
}

/** What a log entry says, in words. */
export function entryText(e: LogEntry, locale: Locale = pageLocale()): string {
  if (!words) return '';
  let cache = rendered.get(locale);
  if (!cache) rendered.set(locale, (cache = new WeakMap()));
  let text = cache.get(e);
  if (text === undefined) cache.set(e, (text = words.describeEntry(e, locale)));
  return text;
}

/** A phrase (what a message is about) in words. */
export function phraseText(p: Phrase, locale: Locale = pageLocale()): string {
  return words?.describePhrase(p, locale) ?? '';
}

/** Minutes as a duration in the page's language ("2h15m", "2 h 15"); undefined before the catalogs load. */
export function durationText(minutes: number, locale: Locale = pageLocale()): string | undefined {
  return words?.formatDurationIn(minutes, locale);
}

/**
 * Whether the app's catalog has a key (state names and descriptions it may lack), asked of the
 * page's own catalog: a French page loads no English words.
 */
export function hasAppText(key: string, locale: Locale = pageLocale()): key is AppKey {
  return words !== undefined && words.hasMessage(locale, key);
}

/**
 * A sentence the store writes for the panels (a notice, what a busy bar is doing, a label of
 * the inspector), from the catalogs in the page's language.
 */
export function appText(
  key: AppKey | Parameters<Words['translate']>[1],
  values: Readonly<Record<string, string | number | boolean>> = {},
  locale: Locale = pageLocale(),
): string {
  return words?.translate(locale, key, values) ?? key;
}

/** A scenario problem (a located error or warning) in words: the loader's `describe`. */
export function problemText(p: Problem, locale: Locale = pageLocale()): string {
  return words?.describeProblem(p, locale) ?? p.kind;
}
