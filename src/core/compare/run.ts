// One run of a comparison plan, and a batch of them: what a worker thread does with each
// message. Apart from compare.ts so that a worker loads only the engine and the metrics, not
// the planning (which reads sweeps and writes YAML); compare.ts re-exports both.
import { Simulation } from '../engine/engine';
import { computeMetrics, METRIC_KEYS } from '../metrics/metrics';
import type { Scenario } from '../scenario/schema';
import type { ComparePlan, RunMetrics, RunResult, RunSpec } from './compare';

/** One run: its random numbers come from its seed alone, so it can run anywhere. */
export function runOne(scenario: Scenario, spec: RunSpec): RunResult {
  const sim = new Simulation(scenario, {
    structure: spec.structure,
    seed: spec.seed,
    ...(spec.inputs ? { inputs: spec.inputs } : {}),
  }).run();
  const all = computeMetrics(sim.log, scenario, sim.structure);
  const metrics = {} as RunMetrics;
  for (const key of METRIC_KEYS) metrics[key] = all[key];
  return {
    index: spec.index,
    point: spec.point,
    structure: spec.structure,
    seed: spec.seed,
    metrics,
    events: sim.log.length,
    end: sim.time,
  };
}

/** Runs a batch of the plan's runs (what a worker does with one message). */
export function runBatch(
  plan: Pick<ComparePlan, 'points'>,
  specs: readonly RunSpec[],
): RunResult[] {
  return specs.map((spec) => runOne(plan.points[spec.point]!.scenario, spec));
}
