// The progress bars' time remaining. cli-progress marks an unknown ETA with the strings
// 'NULL' (nothing done yet) or 'INF' (no progress in its window, as while a dead worker's
// batch waits to be retried), and its default formatter pads them to "LLs" and "NFs";
// a dash says "not known yet" instead.
// cli-progress is CommonJS: Node's ESM loader sees `Format` only on its default export.
import cliProgress, { type Options } from 'cli-progress';

export function formatEta(t: number | string, options: Options, roundTo: number): string {
  return typeof t === 'number' && Number.isFinite(t)
    ? cliProgress.Format.TimeFormat(t, options, roundTo)
    : '—';
}
