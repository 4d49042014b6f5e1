// Pictures for the HTML and PDF report, drawn as SVG text from the debrief (no browser needed):
// a sequence diagram per escort request and handover, and the metrics against the baseline.
import type { Locale } from '../i18n';
import type { Debrief, MetricRow, SequenceDiagram } from '../core/index.ts';
import { compare, compareText, metricLabel, say } from './content';
import { actorName, entryText, messageLabel, metricText, time } from './text';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const COL = 150;
const ROW = 34;
const TOP = 56;

/** Lifelines left to right in order of appearance; one row per message or note, in time order. */
export function sequenceSvg(d: Debrief, diagram: SequenceDiagram, locale: Locale = 'en'): string {
  const n = diagram.participants.length;
  const width = Math.max(COL * n + 40, 420);
  const height = TOP + ROW * diagram.steps.length + 30;
  const x = (id: string) => 20 + COL / 2 + COL * diagram.participants.indexOf(id);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="sequence" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(say(locale, 'report.sequence.label', { id: diagram.id }))}">`,
    `<defs><marker id="arrow-${escapeXml(diagram.id)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>`,
  );
  for (const p of diagram.participants) {
    const cx = x(p);
    parts.push(
      `<rect x="${cx - COL / 2 + 6}" y="8" width="${COL - 12}" height="28" rx="4" fill="#e8eef6" stroke="#4a6785"/>`,
      `<text x="${cx}" y="26" text-anchor="middle" font-size="9.5" font-weight="bold">${escapeXml(cut(actorName(d.scenario, p), 24))}</text>`,
      `<line x1="${cx}" y1="36" x2="${cx}" y2="${height - 10}" stroke="#999" stroke-dasharray="4 3"/>`,
    );
  }
  diagram.steps.forEach((s, i) => {
    const y = TOP + ROW * i + 14;
    if (s.kind === 'message') {
      const x1 = x(s.from);
      const x2 = x(s.to);
      const fate = s.lost
        ? say(locale, 'report.sequence.lost')
        : s.handled !== null
          ? ` → ${time(s.handled)}`
          : '';
      const label = `${time(s.time)} ${cut(messageLabel(s.entry, locale), 44)}${fate}`;
      parts.push(
        `<line x1="${x1}" y1="${y}" x2="${x2}" y2="${y}" stroke="${s.lost ? '#b5471b' : '#333'}" stroke-width="1.4"${s.lost ? ' stroke-dasharray="6 3"' : ''} marker-end="url(#arrow-${escapeXml(diagram.id)})"/>`,
        `<text x="${(x1 + x2) / 2}" y="${y - 5}" text-anchor="middle" font-size="9.5">${escapeXml(label)}</text>`,
      );
    } else {
      const cx = x(s.at);
      const label = `${time(s.time)} ${cut(entryText(s.entry, locale), 70)}`;
      const w = Math.min(width - 20, label.length * 5.4 + 16);
      const left = Math.max(10, Math.min(cx - w / 2, width - 10 - w));
      parts.push(
        `<rect x="${left}" y="${y - 12}" width="${w}" height="18" fill="#fff8dc" stroke="#c9a227"/>`,
        `<text x="${left + w / 2}" y="${y + 1}" text-anchor="middle" font-size="9.5">${escapeXml(label)}</text>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * Time metrics side by side with the doctrine-only run: one pair of bars per metric, the run
 * in blue, the baseline in grey, each labelled with its value.
 */
export function metricsChartSvg(rows: readonly MetricRow[], locale: Locale = 'en'): string {
  const shown = rows.filter((r) => r.unit === 'minutes' && (r.run !== null || r.baseline !== null));
  if (shown.length === 0) return '';
  const max = Math.max(...shown.flatMap((r) => [r.run ?? 0, r.baseline ?? 0]), 1);
  const labelW = 280;
  const barW = 360;
  const rowH = 40;
  const width = labelW + barW + 90;
  const height = 30 + rowH * shown.length;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(say(locale, 'report.chart.label'))}">`,
    `<rect x="${labelW}" y="4" width="10" height="10" fill="#0072b2"/><text x="${labelW + 14}" y="13" font-size="10">${escapeXml(say(locale, 'report.chart.run'))}</text>`,
    `<rect x="${labelW + 110}" y="4" width="10" height="10" fill="#999"/><text x="${labelW + 124}" y="13" font-size="10">${escapeXml(say(locale, 'report.chart.doctrine'))}</text>`,
  ];
  shown.forEach((r, i) => {
    const y = 26 + rowH * i;
    const c = compare(r);
    parts.push(
      `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end" font-size="10.5">${escapeXml(metricLabel(r, locale))}${c === 'better' || c === 'worse' ? ` (${escapeXml(compareText(r, locale)[0])})` : ''}</text>`,
    );
    for (const [j, value, colour] of [
      [0, r.run, '#0072b2'],
      [1, r.baseline, '#999'],
    ] as const) {
      const w = value === null ? 0 : Math.max(1, (value / max) * barW);
      const by = y + j * 15;
      parts.push(
        `<rect x="${labelW}" y="${by}" width="${w.toFixed(1)}" height="13" fill="${colour}"/>`,
        `<text x="${labelW + w + 4}" y="${by + 10}" font-size="9.5">${escapeXml(metricText(value, r.unit, locale))}</text>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}
