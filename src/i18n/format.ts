// Numbers, shares, durations, clock times and lists in the reader's language, with Intl.
import { formatDuration, formatTime } from '../core/vocabulary.ts';
import type { UiLocale as Locale } from './locale';

const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/** Shares this close to a whole percent count as it (0.8 = 80%, never 79%). */
const TOLERANCE = 1e-9;

/** A share 0–1 as a whole percentage, never rounded up past a threshold: "79 %", "80%". */
export function formatShare(share: number, locale: Locale): string {
  const whole = Math.floor((share + TOLERANCE) * 100) / 100;
  return cached(
    `share:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(whole);
}

/**
 * Minutes as a duration. English keeps the compact form trainers write in scenario files
 * ("2h15m", "7d"); French writes hours and minutes the way French readers do ("3 h 05",
 * "45 min", "2 j 4 h"), each number and unit from Intl.
 */
export function formatDurationIn(minutes: number, locale: Locale): string {
  if (locale !== 'fr') return formatDuration(minutes);
  const whole = Math.round(minutes);
  const days = Math.floor(whole / 1440);
  const hours = Math.floor((whole % 1440) / 60);
  const mins = whole % 60;
  const unit = (n: number, u: string) =>
    cached(
      `unit:${locale}:${u}`,
      () => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }),
    ).format(n);
  const parts: string[] = [];
  if (days > 0) parts.push(unit(days, 'day'));
  // "3 h 05": minutes after hours are written as on a clock, without their unit.
  if (hours > 0)
    parts.push(mins > 0 ? `${unit(hours, 'hour')}\u00a0${pad(mins)}` : unit(hours, 'hour'));
  else if (mins > 0 || days === 0) parts.push(unit(mins, 'minute'));
  return cached(
    `units:${locale}`,
    () => new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }),
  ).format(parts);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A clock time of the exercise: "T+06:30" (the MSEL convention, the same in every language). */
export const formatClock = (minutes: number): string => formatTime(minutes);

/** "a, b and c" / "a, b et c". */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(
    `and:${locale}`,
    () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }),
  ).format(items);
}
