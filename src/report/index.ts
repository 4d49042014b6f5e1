// The after-action report / improvement plan (AAR/IP) rendered from a debrief: Markdown and
// self-contained HTML (which Chromium prints to PDF at the edge that has a browser). Imported
// by the CLI and, lazily, by the app's Report button; imports core through its index only.
import type { Debrief } from '../core/index.ts';
import type { Locale } from '../i18n';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';

export type ReportFormat = 'md' | 'html' | 'pdf';

export { renderHtml, renderMarkdown };
export { mermaidSequence } from './markdown';
export { sequenceSvg, metricsChartSvg } from './svg';
export { entryText } from './text';

/** The report text for a text format. */
export function renderReport(d: Debrief, format: 'md' | 'html', locale: Locale = 'en'): string {
  return format === 'md' ? renderMarkdown(d, locale) : renderHtml(d, locale);
}

/** A file name for the report of a run: scenario, structure and seed. */
export function reportFileName(d: Debrief, format: ReportFormat): string {
  return `${d.scenario.id}-${d.structure.id}-seed${d.seed}-aar.${format}`;
}
