// A comparison as rows for a spreadsheet, and the one-word reading of a difference: shared by
// the CLI and the browser view so that both export the same file (each quotes it with
// csv-stringify; core only shapes the rows).
import { METRIC_INFO, type MetricKey } from '../metrics/metrics';
import type { CompareResult } from './compare';
import type { Difference } from './stats';

/** "better", "worse" or "differs" when the 95% interval excludes 0; "" when it could be chance. */
export function verdict(key: MetricKey, d: Difference | null): '' | 'better' | 'worse' | 'differs' {
  if (!d || (d.low <= 0 && d.high >= 0)) return '';
  const better = METRIC_INFO[key].better;
  if (better === 'neither') return 'differs';
  return d.diff < 0 === (better === 'lower') ? 'better' : 'worse';
}

export const CSV_COLUMNS = [
  'sweep',
  'structure',
  'metric',
  'label',
  'unit',
  'better',
  'n',
  'mean',
  'median',
  'p10',
  'p90',
  'sd',
  'min',
  'max',
  'reference',
  'diff',
  'ci95_low',
  'ci95_high',
  'verdict',
  'runs_completed',
  'runs_planned',
  'partial',
] as const;

export type CsvCell = string | number | boolean | null;

/** One row per sweep point × structure × metric (in CSV_COLUMNS order); numbers unrounded. */
export function csvRows(
  result: CompareResult,
  metrics: readonly MetricKey[] = result.metrics,
): CsvCell[][] {
  return result.summaries
    .filter((s) => metrics.includes(s.metric))
    .map((s) => {
      const info = METRIC_INFO[s.metric];
      const d = s.difference;
      return [
        result.points[s.point]?.label ?? '',
        s.structure,
        s.metric,
        info.label,
        info.unit,
        info.better,
        s.summary.n,
        s.summary.mean,
        s.summary.median,
        s.summary.p10,
        s.summary.p90,
        s.summary.sd,
        s.summary.min,
        s.summary.max,
        result.reference,
        d?.diff ?? null,
        d?.low ?? null,
        d?.high ?? null,
        verdict(s.metric, d),
        result.completed,
        result.planned,
        result.partial,
      ];
    });
}

/** Columns of the per-run CSV: which run, then every metric by id. */
export function runCsvColumns(result: CompareResult): string[] {
  return ['sweep', 'structure', 'seed', 'events', 'end_minutes', ...result.metrics];
}

/** One row per run (in runCsvColumns order): the numbers behind every summary. */
export function runCsvRows(result: CompareResult): CsvCell[][] {
  return result.runs.map((r) => [
    result.points[r.point]?.label ?? '',
    r.structure,
    r.seed,
    r.events,
    r.end,
    ...result.metrics.map((m) => r.metrics[m]),
  ]);
}

/** Everything: plan, every run's metrics, every summary (an infinite df is written null). */
export function toJson(result: CompareResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
