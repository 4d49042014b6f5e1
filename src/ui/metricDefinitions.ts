// What each metric measures, in the reader's language, from the catalogs. docs/METRICS.md is
// where the definitions are written for readers of the repository; the English catalog
// carries the same words (metricDefinitions.test.ts keeps the two equal).
import type { AppKey } from '../i18n/index.ts';
import type { LocaleServices } from './i18n';

/** Metric id → its definition, as a Markdown table of docs/METRICS.md words it. */
export function parseMetricDefinitions(markdown: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const cells = /^\|\s*(`[^|]+`)\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (!cells) continue;
    const definition = cells[2]!.replace(/`([^`]+)`/g, '$1');
    for (const key of cells[1]!.matchAll(/`([A-Za-z0-9]+)`/g)) out.set(key[1]!, definition);
  }
  return out;
}

/** The key of a metric's definition in the catalogs. */
export const definitionKey = (metric: string): AppKey => `app.metric-def.${metric}` as AppKey;

/** What a metric measures, in the page's language ('' for a metric the catalogs do not define). */
export function metricDefinition(metric: string, { t, words, locale }: LocaleServices): string {
  const key = definitionKey(metric);
  return words.hasMessage(locale, key) ? t(key) : '';
}
