// Comparing coordination structures: the same scenario under several structures, many seeds
// and optional sweep points. Split in three so the runs can go to workers: plan (which runs),
// runOne (one run, from its seed only), summarizeComparison (statistics over whatever runs
// finished). Results depend on the plan alone, never on how many workers ran it or in what order.
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { RunInputs } from '../engine/types';
import { METRIC_KEYS, type MetricKey } from '../metrics/metrics';
import { loadScenario } from '../scenario/load';
import { plainProblem, problem, type DescribeProblem, type Problem } from '../scenario/problems';
import { scenarioSchema, type Scenario } from '../scenario/schema';
import { samplePoints, sweepRange, type SampleSpec } from './design';
import { runOne } from './run';
export { runBatch, runOne } from './run';
import { RunStore } from './run-store';
import type { Sensitivity } from './sensitivity';
import type { Difference, Summary } from './stats';
import {
  applyAssignments,
  SweepError,
  sweepPoints,
  type Assignment,
  type SweepSpec,
} from './sweep';
import { sweepRefused } from './sweep-location';

export interface CompareOptions {
  /** Structure ids, the first being the reference; default: the default structure, then the rest. */
  readonly structures?: readonly string[];
  /** How many seeds (from `seedStart`), or the exact seeds. */
  readonly seeds: number | readonly number[];
  /** First seed when `seeds` is a count; 1 by default. */
  readonly seedStart?: number;
  /** Parameters to vary; every combination of their values is run (unless `sample` is set). */
  readonly sweeps?: readonly SweepSpec[];
  /** Sample the sweeps (lists and `low..high` ranges) instead of running every combination. */
  readonly sample?: SampleSpec;
  /**
   * The scenario file as written, its text and its name: needed to apply sweeps (a path applies
   * to the file as written, before defaults and units), and where a swept value the scenario
   * cannot hold is located (`file:line:col`).
   */
  readonly source?: { readonly text: string; readonly file: string };
  /** Metrics to summarise; all by default. */
  readonly metrics?: readonly MetricKey[];
  /** Words the problems of a swept scenario that does not load (the edge's catalogs). */
  readonly describe?: DescribeProblem;
  /** The language of the schema's own messages for such a scenario (the loader's `language`). */
  readonly language?: 'en' | 'fr';
}

/** One combination of sweep values and the scenario it gives. */
export interface SweepPoint {
  readonly index: number;
  /** Empty when there is no sweep. */
  readonly assignments: readonly Assignment[];
  /** `latency=30m, teams=2`, or "" when there is no sweep. */
  readonly label: string;
  readonly scenario: Scenario;
}

/** One run to do: its position in the plan fixes where its result goes. */
export interface RunSpec {
  readonly index: number;
  readonly point: number;
  readonly structure: string;
  readonly seed: number;
  /** Decisions and live injects to replay (a branch of a run); none by default. */
  readonly inputs?: RunInputs;
}

/** How the sweep points were chosen: every combination, or a seeded sample. */
export type Design = { readonly kind: 'grid' } | SampleSpec;

export interface ComparePlan {
  readonly scenarioId: string;
  readonly design: Design;
  readonly title: string;
  readonly structures: readonly string[];
  readonly seeds: readonly number[];
  readonly metrics: readonly MetricKey[];
  readonly points: readonly SweepPoint[];
  /** Ordered by point, then structure, then seed. */
  readonly runs: readonly RunSpec[];
}

export type RunMetrics = Record<MetricKey, number | null>;

export interface RunResult {
  readonly index: number;
  readonly point: number;
  readonly structure: string;
  readonly seed: number;
  /** Every metric (not only those summarised), so a run can be looked at again later. */
  readonly metrics: RunMetrics;
  /** Log entries written. */
  readonly events: number;
  /** Exercise time the run ended at (minutes). */
  readonly end: number;
}

export interface MetricSummary {
  readonly point: number;
  readonly structure: string;
  readonly metric: MetricKey;
  readonly summary: Summary;
  /** This structure minus the reference at the same point; null for the reference itself. */
  readonly difference: Difference | null;
}

export interface CompareResult {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly design: Design;
  readonly reference: string;
  readonly structures: readonly string[];
  readonly seeds: readonly number[];
  readonly metrics: readonly MetricKey[];
  readonly points: ReadonlyArray<Omit<SweepPoint, 'scenario'>>;
  readonly planned: number;
  readonly completed: number;
  /** True when the comparison was stopped before every run finished. */
  readonly partial: boolean;
  /** In plan order. */
  readonly runs: readonly RunResult[];
  readonly summaries: readonly MetricSummary[];
  /** Per metric, which varied parameter moves it most; empty when nothing numeric was varied. */
  readonly sensitivity: readonly Sensitivity[];
}

/**
 * Something wrong with what was asked (not with the scenario file): unknown structure, bad
 * sweep. Its problem is worded at the edge; the message is the problem as data.
 */
export class CompareError extends Error {
  override readonly name = 'CompareError';
  constructor(readonly problem: Problem) {
    super(plainProblem(problem));
  }
}

export function seedList(seeds: number | readonly number[], seedStart = 1): number[] {
  if (typeof seeds !== 'number') {
    if (seeds.length === 0) throw new CompareError(problem('problem.compare.seeds-none', {}));
    return [...seeds];
  }
  if (!Number.isInteger(seeds) || seeds < 1)
    throw new CompareError(problem('problem.compare.seeds-count', { got: String(seeds) }));
  return Array.from({ length: seeds }, (_, i) => seedStart + i);
}

/** Which runs a comparison makes, with each sweep point's scenario built and checked. */
export function planComparison(scenario: Scenario, options: CompareOptions): ComparePlan {
  const known = scenario.structures.map((s) => s.id);
  const fallback = scenario.defaultStructure ?? known[0]!;
  const structures = options.structures?.length
    ? [...options.structures]
    : [fallback, ...known.filter((id) => id !== fallback)];
  for (const id of structures) {
    if (!known.includes(id)) {
      throw new CompareError(
        problem('problem.compare.structure-unknown', {
          structure: id,
          scenario: scenario.id,
          known: known.join(', '),
        }),
      );
    }
  }
  const dup = structures.find((id, i) => structures.indexOf(id) !== i);
  if (dup !== undefined)
    throw new CompareError(problem('problem.compare.structure-twice', { structure: dup }));

  const metrics = options.metrics?.length ? [...options.metrics] : [...METRIC_KEYS];
  for (const m of metrics) {
    if (!METRIC_KEYS.includes(m))
      throw new CompareError(
        problem('problem.compare.metric-unknown', { metric: m, metrics: METRIC_KEYS.join(', ') }),
      );
  }
  const seeds = seedList(options.seeds, options.seedStart);
  const points = buildPoints(scenario, options);
  const runs: RunSpec[] = [];
  for (const point of points) {
    for (const structure of structures) {
      for (const seed of seeds)
        runs.push({ index: runs.length, point: point.index, structure, seed });
    }
  }
  return {
    scenarioId: scenario.id,
    design: options.sample ?? { kind: 'grid' },
    title: scenario.title,
    structures,
    seeds,
    metrics,
    points,
    runs,
  };
}

function buildPoints(scenario: Scenario, options: CompareOptions): SweepPoint[] {
  const sweeps = options.sweeps ?? [];
  if (options.sample && sweeps.length === 0) {
    throw new SweepError(problem('problem.compare.sample-without-sweep', {}));
  }
  if (sweeps.length === 0) return [{ index: 0, assignments: [], label: '', scenario }];
  const ranged = sweeps.find((s) => sweepRange(s) !== undefined);
  if (ranged && !options.sample) {
    throw new SweepError(
      problem('problem.compare.range-unsampled', { path: ranged.path, range: ranged.values[0]! }),
    );
  }
  const source = options.source;
  if (source === undefined) {
    throw new CompareError(problem('problem.compare.raw-missing', {}));
  }
  const written = parseYaml(source.text) as unknown;
  const paths = sweeps.map((s) => s.path);
  const repeated = paths.find((p, i) => paths.indexOf(p) !== i);
  if (repeated !== undefined)
    throw new SweepError(problem('problem.compare.sweep-twice', { path: repeated }));
  const designed = options.sample ? samplePoints(sweeps, options.sample) : sweepPoints(sweeps);
  return designed.map((assignments, index) => {
    const raw = applyAssignments(written, scenarioSchema, assignments);
    const label = assignments.map((a) => `${shortPath(a.path)}=${a.value}`).join(', ');
    // Through the loader, so a swept value is checked exactly as the file is (schema and ids).
    const text = toYaml(raw);
    const loaded = loadScenario(text, label, {
      ...(options.describe ? { describe: options.describe } : {}),
      ...(options.language ? { language: options.language } : {}),
    });
    if (!loaded.ok) {
      // Each problem where the value went in the user's file, not in the text written for the
      // loader.
      throw sweepRefused(
        source,
        text,
        assignments.map((a) => `${a.path}=${a.value}`).join(', '),
        loaded.errors,
      );
    }
    return { index, assignments, label, scenario: loaded.scenario };
  });
}

/** The last two steps of a path: enough to tell sweeps apart in a table header. */
export function shortPath(path: string): string {
  const parts = path.split('.');
  return parts.length <= 2 ? path : parts.slice(-2).join('.');
}

/** What the statistics need of a plan (not the scenarios themselves). */
export type SummaryPlan = Pick<
  ComparePlan,
  'scenarioId' | 'title' | 'design' | 'structures' | 'seeds' | 'metrics'
> & {
  readonly points: ReadonlyArray<Omit<SweepPoint, 'scenario'> & { readonly scenario?: Scenario }>;
  readonly runs: { readonly length: number };
};

/**
 * The same comparison with every sweep point pooled into one: how the structures compare over
 * the whole design (what a table shows for a sampled design of many points). The sensitivity
 * stays that of the points.
 */
export function poolPoints(result: CompareResult): CompareResult {
  const pooled = summarizeComparison(
    {
      scenarioId: result.scenario.id,
      title: result.scenario.title,
      design: result.design,
      structures: result.structures,
      seeds: result.seeds,
      metrics: result.metrics,
      points: [{ index: 0, assignments: [], label: `all ${result.points.length} points pooled` }],
      runs: { length: result.planned },
    },
    result.runs.map((r) => ({ ...r, point: 0 })),
  );
  return { ...pooled, sensitivity: result.sensitivity };
}

/**
 * Statistics over the runs that finished (any order, any subset: a stopped comparison
 * summarises what it has and says so).
 */
export function summarizeComparison(
  plan: SummaryPlan,
  finished: readonly RunResult[],
): CompareResult {
  const store = new RunStore(plan);
  store.add(finished);
  return store.summarize([...finished].sort((a, b) => a.index - b.index));
}

export interface RunAllOptions {
  /** Called after each run with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Checked before each run; when set, the comparison stops and is marked partial. */
  readonly signal?: { readonly aborted: boolean };
}

/** Plans, runs every structure × seed × sweep point here and now, and summarises. */
export function compare(
  scenario: Scenario,
  options: CompareOptions & RunAllOptions,
): CompareResult {
  const plan = planComparison(scenario, options);
  const results: RunResult[] = [];
  for (const spec of plan.runs) {
    if (options.signal?.aborted) break;
    results.push(runOne(plan.points[spec.point]!.scenario, spec));
    options.onProgress?.(results.length, plan.runs.length);
  }
  return summarizeComparison(plan, results);
}
