// Simulation time: whole minutes since the start of the exercise (T+00:00).
// Branded so that minutes cannot be mixed with counts or sequence numbers.

export type Minutes = number & { readonly __unit: 'minutes' };

export const minutes = (n: number): Minutes => n as Minutes;

/**
 * The longest duration a scenario may give anything (366 days): an exercise, a cadence, a
 * delay. Longer ones are typing slips, and bounding them keeps every clock value finite.
 */
export const MAX_DURATION = 366 * 1440;

const DURATION = /^(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?$/;
const TIME_POINT = /^T\+(\d{1,3}):([0-5]\d)$/;

/** `90m`, `2h`, `1h30m`, `2d` → minutes; undefined when the text is not a duration. */
export function parseDuration(text: string): Minutes | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  const [, d = '0', h = '0', min = '0'] = m;
  return minutes(Number(d) * 1440 + Number(h) * 60 + Number(min));
}

/** `T+06:30` → 390 minutes; undefined when the text is not a time point. */
export function parseTimePoint(text: string): Minutes | undefined {
  const m = TIME_POINT.exec(text.trim());
  if (!m) return undefined;
  return minutes(Number(m[1]) * 60 + Number(m[2]));
}

/** 390 → `T+06:30` (hours keep counting past 24, as an MSEL does). */
export function formatTime(t: number): string {
  const whole = Math.floor(t);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  return `T+${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** 135 → `2h15m`, 2880 → `2d`. */
export function formatDuration(t: number): string {
  const whole = Math.round(t);
  const d = Math.floor(whole / 1440);
  const h = Math.floor((whole % 1440) / 60);
  const m = whole % 60;
  const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].join('');
  return parts || '0m';
}
