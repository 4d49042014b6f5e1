// The text a trainer reads after `peacemesh run`: the story of the run, one line per log
// entry that matters, then the few metrics that say how it went.
import {
  formatTime,
  METRIC_INFO,
  METRIC_KEYS,
  type LogEntry,
  type Mark,
  type MetricKey,
  type Metrics,
  isStoryEntry,
  visible,
} from '../core';
import { describeEntry, formatDurationIn, formatShare, translate, type Locale } from '../i18n';
import type { Paint, Style } from './style';

const BAD: readonly Mark[] = [
  'escort.declined',
  'escort.stalled',
  'escort.unfilled',
  'message.lost',
  'message.undeliverable',
  'message.unanswered',
  'task.unanswered',
  'poc.unanswered',
  'handover.reversed',
  'handover.postponed',
  'handover.gap-opened',
  'meeting.postponed',
];
const GOOD: readonly Mark[] = [
  'escort.approved',
  'escort.tasked',
  'meeting.held',
  'poc.responded',
  'handover.transferred',
  'handover.gap-closed',
];

function styleOf(entry: LogEntry): Style | undefined {
  const marks = entry.marks ?? [];
  if (entry.event === 'inject') return 'yellow';
  if (marks.some((m) => BAD.includes(m))) return 'red';
  if (marks.some((m) => GOOD.includes(m))) return 'green';
  if (marks.includes('decision.made') || marks.includes('decision.point')) return 'magenta';
  return undefined;
}

export interface TimelineOptions {
  readonly verbose: boolean;
  readonly paint: Paint;
  readonly locale: Locale;
}

/** "T+01:00  convoy-1  sends …" lines, actors in one aligned column. */
export function formatTimeline(
  log: readonly LogEntry[],
  { verbose, paint, locale }: TimelineOptions,
): string[] {
  const shown = verbose ? log : log.filter(isStoryEntry);
  // Hours pass 99 in long exercises ("T+103:00"): the time column grows to fit.
  const timeWidth = Math.max(0, ...shown.map((e) => formatTime(e.time).length));
  const actorWidth = Math.min(16, Math.max(0, ...shown.map((e) => e.actor.length)));
  return shown.map((e) => {
    const time = formatTime(e.time).padEnd(timeWidth);
    // Scenario text reaches the terminal: control characters are shown, never obeyed.
    const text = visible(describeEntry(e, locale).trimEnd());
    return `${paint('dim', time)}  ${paint('cyan', visible(e.actor).padEnd(actorWidth))}  ${paint(styleOf(e), text)}`;
  });
}

export function formatMetricValue(
  key: MetricKey,
  value: number | null,
  locale: Locale = 'en',
): string {
  if (value === null) return '—';
  switch (METRIC_INFO[key].unit) {
    case 'minutes':
      return formatDurationIn(value, locale);
    case 'share':
      return formatShare(Math.round(value * 100) / 100, locale);
    case 'count':
      return new Intl.NumberFormat(locale).format(value);
  }
}

/** A metric's name in the reader's language. */
export const metricLabel = (key: MetricKey, locale: Locale): string =>
  translate(locale, `metric.${key}`);

/**
 * The metrics worth a line: those the scenario lists first, then every other one that has a
 * value other than zero. `--json` carries them all.
 */
export function formatMetricsSummary(
  metrics: Metrics,
  first: readonly string[],
  locale: Locale = 'en',
): string[] {
  const pinned = first.filter((k): k is MetricKey => Object.hasOwn(METRIC_INFO, k));
  const rest = METRIC_KEYS.filter(
    (k) => !pinned.includes(k) && metrics[k] !== null && metrics[k] !== 0,
  );
  const keys = [...pinned, ...rest];
  const width = Math.max(0, ...keys.map((k) => metricLabel(k, locale).length));
  return keys.map(
    (k) => `  ${metricLabel(k, locale).padEnd(width)}  ${formatMetricValue(k, metrics[k], locale)}`,
  );
}
