// Batch comparison on worker threads: the same plan on 1 and on 2 workers, timed, and the
// results compared byte for byte. Worker start-up (tsx compiling core in each thread) is
// measured apart and included in both timings, as a planner would feel it.
import { planComparison, summarizeComparison, type Scenario } from '../src/core';
import { runPlanOnNode } from '../src/workers/node-pool';
import { timeAsync } from './timing';

export interface BatchSpeed {
  readonly runs: number;
  readonly oneMs: number;
  readonly twoMs: number;
  readonly speedup: number;
  readonly identical: boolean;
  /** Messages each way across the worker boundary on 2 workers (one per batch). */
  readonly messages: number;
  readonly startupMs: number;
  /** Speed-up counting only the time after the workers were ready (start-up excluded). */
  readonly computeSpeedup: number;
}

export async function measureBatch(scenario: Scenario, seeds: number): Promise<BatchSpeed> {
  const plan = planComparison(scenario, { seeds });
  const [startupMs] = await timeAsync(() =>
    runPlanOnNode({ ...plan, runs: plan.runs.slice(0, 1) }, { workers: 1 }),
  );
  const [oneMs, one] = await timeAsync(() => runPlanOnNode(plan, { workers: 1 }));
  const [twoMs, two] = await timeAsync(() => runPlanOnNode(plan, { workers: 2 }));
  const a = JSON.stringify(summarizeComparison(plan, one.results));
  const b = JSON.stringify(summarizeComparison(plan, two.results));
  return {
    runs: plan.runs.length,
    oneMs,
    twoMs,
    speedup: oneMs / twoMs,
    computeSpeedup: (oneMs - one.readyMs) / (twoMs - two.readyMs),
    identical: a === b,
    messages: two.batches,
    startupMs,
  };
}
