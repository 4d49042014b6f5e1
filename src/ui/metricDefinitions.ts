// Metric definitions for the app, read from docs/METRICS.md, the one place they are written:
// every table row there starts with the metric ids in backticks, then the definition.
import METRICS_MD from '../../docs/METRICS.md?raw';

/** Metric id → its definition, as docs/METRICS.md words it. */
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

export const METRIC_DEFINITIONS = parseMetricDefinitions(METRICS_MD);
