// A comparison plan as data a worker on another machine can rebuild exactly: the scenario's
// text and the options given to `compare`. The plan's fingerprint (its scenarios, structures,
// seeds and runs) tells a worker whether it builds the same plan as the coordinator did —
// another PeaceMesh version with other defaults would not, and its numbers must not be mixed in.
import {
  formatError,
  hashText,
  loadScenarioBytes,
  planComparison,
  type ComparePlan,
  type MetricKey,
  type SampleSpec,
  type SweepSpec,
} from '../core';
import { describeProblem } from '../i18n/index.ts';

export interface PlanSpec {
  /** The scenario file as named on the coordinator (for messages only). */
  readonly file: string;
  /** The scenario file's text. */
  readonly text: string;
  readonly structures?: readonly string[] | undefined;
  readonly seeds: number;
  readonly seedStart: number;
  readonly sweeps: readonly SweepSpec[];
  readonly sample?: SampleSpec | undefined;
  readonly metrics?: readonly MetricKey[] | undefined;
}

/** The plan `peacemesh compare` builds from these inputs; throws what planComparison throws. */
export function planFromSpec(spec: PlanSpec): ComparePlan {
  const loaded = loadScenarioBytes(new TextEncoder().encode(spec.text), spec.file, {
    describe: (p) => describeProblem(p, 'en'),
  });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => formatError(e)).join('\n'));
  return planComparison(loaded.scenario, {
    ...(spec.structures ? { structures: spec.structures } : {}),
    seeds: spec.seeds,
    seedStart: spec.seedStart,
    sweeps: spec.sweeps,
    ...(spec.sample ? { sample: spec.sample } : {}),
    ...(spec.metrics ? { metrics: spec.metrics } : {}),
    describe: (p) => describeProblem(p, 'en'),
    source: { text: spec.text, file: spec.file },
  });
}

/** A fingerprint of everything that decides a run's numbers: the built scenarios and the runs. */
export function planHash(plan: ComparePlan): string {
  return hashText(
    JSON.stringify({
      design: plan.design,
      structures: plan.structures,
      seeds: plan.seeds,
      metrics: plan.metrics,
      runs: plan.runs.length,
      points: plan.points.map((p) => [p.assignments, p.scenario]),
    }),
  );
}
