// One row per run, for R, pandas or a spreadsheet: the structure, the value of every swept
// parameter, the seed and every metric, flat. The CLI writes them as CSV, JSON or JSON Lines.
import { METRIC_KEYS, type MetricKey } from '../metrics/metrics';
import type { RunResult } from './compare';
import type { Assignment } from './sweep';

/** A run, flat: `sweep` holds one entry per swept path, in the order the sweeps were given. */
export interface RunRow {
  readonly run: number;
  readonly point: number;
  readonly structure: string;
  readonly sweep: Readonly<Record<string, string>>;
  readonly seed: number;
  readonly metrics: Readonly<Record<MetricKey, number | null>>;
  /** Log entries written, and the exercise time (minutes) the run ended at. */
  readonly events: number;
  readonly end: number;
}

type Points = ReadonlyArray<{ readonly assignments: readonly Assignment[] }>;

export function runRow(points: Points, r: RunResult): RunRow {
  // Object.fromEntries: sweep paths are user text, so no prototype keys sneak in as fields.
  const sweep = Object.fromEntries(
    (points[r.point]?.assignments ?? []).map((a) => [a.path, a.value]),
  ) as Record<string, string>;
  const metrics = {} as Record<MetricKey, number | null>;
  for (const key of METRIC_KEYS) metrics[key] = r.metrics[key];
  return {
    run: r.index,
    point: r.point,
    structure: r.structure,
    sweep,
    seed: r.seed,
    metrics,
    events: r.events,
    end: r.end,
  };
}

export function runRows(points: Points, runs: readonly RunResult[]): RunRow[] {
  return runs.map((r) => runRow(points, r));
}

/** CSV header and cells for per-run rows: sweep paths and metrics each get a column. */
export function runRowColumns(points: Points): {
  header: string[];
  cells: (row: RunRow) => (string | number | null)[];
} {
  const paths = (points[0]?.assignments ?? []).map((a) => a.path);
  return {
    header: ['run', 'point', 'structure', ...paths, 'seed', ...METRIC_KEYS, 'events', 'end'],
    cells: (row) => [
      row.run,
      row.point,
      row.structure,
      ...paths.map((p) => row.sweep[p] ?? null),
      row.seed,
      ...METRIC_KEYS.map((k) => row.metrics[k]),
      row.events,
      row.end,
    ],
  };
}
