// Display formatting shared by the panels. The functions are core's own (formatTime,
// formatDuration), bound once the engine chunk has loaded; nothing renders times before.
import type { LogEntry } from '../core/index.ts';
import type { Core } from './engine';

let core: Core | undefined;

export function bindFormat(loaded: Core): void {
  core = loaded;
}

/** 390 → "T+06:30". */
export const clock = (t: number): string => core?.formatTime(t) ?? '';

/** 135 → "2h15m". */
export const span = (t: number): string => core?.formatDuration(t) ?? '';

/** A metric's value in its unit, or "—" when there is nothing to measure yet. */
export function metricValue(
  value: number | null | undefined,
  unit: 'count' | 'minutes' | 'share',
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (unit === 'minutes') return span(value);
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  return String(Math.round(value * 100) / 100);
}

/** Part of the story a trainer reads (core's rule, shared with the CLI timeline), or bookkeeping. */
export const isStory = (entry: LogEntry): boolean => core?.isStoryEntry(entry) ?? true;
