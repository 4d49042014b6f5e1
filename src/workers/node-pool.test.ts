// The Node pool gives exactly what core's in-process compare gives, for any worker count,
// with one message per batch; a stop keeps the batches that finished.
import { describe, expect, it } from 'vitest';
import {
  compare,
  loadScenario,
  planComparison,
  summarizeComparison,
  type ComparePlan,
} from '../core';
import { COMPARE_DRILL_YAML } from '../../tests/fixtures/compare-drill';
import { runPlanOnNode, StartedWorkers } from './node-pool';
import { workersForPlan } from './worker-count';

const loaded = loadScenario(COMPARE_DRILL_YAML, 'compare-drill.yaml');
if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
const scenario = loaded.scenario;
const options = {
  seeds: 12,
  source: { text: COMPARE_DRILL_YAML, file: 'compare-drill.yaml' },
  sweeps: [{ path: 'actors.bn.teams', values: ['0', '1'] }],
};

describe('comparison on worker threads', { timeout: 30_000 }, () => {
  const plan: ComparePlan = planComparison(scenario, options);
  const inProcess = JSON.stringify(compare(scenario, options));

  it.each([1, 2])('%d worker(s) give the in-process result', async (workers) => {
    const progress: number[] = [];
    const out = await runPlanOnNode(plan, { workers, onProgress: (done) => progress.push(done) });
    expect(out.aborted).toBe(false);
    expect(out.workers).toBe(workers);
    expect(JSON.stringify(summarizeComparison(plan, out.results))).toBe(inProcess);
    // One message out and one back per batch, and progress once per batch.
    expect(progress).toHaveLength(out.batches);
    expect(progress.at(-1)).toBe(plan.runs.length);
  });

  it('left to choose, runs a short comparison on one thread (workersForPlan)', async () => {
    const out = await runPlanOnNode(plan);
    expect(workersForPlan(plan, 64)).toBe(1);
    expect(out.workers).toBe(1);
    expect(JSON.stringify(summarizeComparison(plan, out.results))).toBe(inProcess);
  });

  it('sends batches, not runs: one message per batch of the size asked', async () => {
    const out = await runPlanOnNode(plan, { workers: 2, batchSize: 10 });
    expect(out.batches).toBe(Math.ceil(plan.runs.length / 10));
    expect(JSON.stringify(summarizeComparison(plan, out.results))).toBe(inProcess);
  });

  it('stops on abort and keeps what finished, in plan order', async () => {
    const controller = new AbortController();
    const out = await runPlanOnNode(plan, {
      workers: 2,
      batchSize: 4,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 8) controller.abort();
      },
    });
    expect(out.aborted).toBe(true);
    expect(out.results.length).toBeGreaterThanOrEqual(8);
    expect(out.results.length).toBeLessThan(plan.runs.length);
    const indexes = out.results.map((r) => r.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    const partial = summarizeComparison(plan, out.results);
    expect(partial.partial).toBe(true);
  });

  it('reports a run that fails in a worker as an error', async () => {
    const broken: ComparePlan = { ...plan, runs: [{ ...plan.runs[0]!, structure: 'nowhere' }] };
    await expect(runPlanOnNode(broken, { workers: 1 })).rejects.toThrow(
      /failed in a worker: RangeError: no structure "nowhere"/,
    );
  });

  it('runs on threads started before the plan, and ends the ones it does not need', async () => {
    const started = new StartedWorkers(2);
    const one = planComparison(scenario, { ...options, seeds: 1, sweeps: [] });
    expect(one.runs.length).toBeLessThan(4);
    const out = await runPlanOnNode(one, { workers: 1, started });
    expect(out.workers).toBe(1);
    expect(started.count).toBe(0);
    expect(JSON.stringify(summarizeComparison(one, out.results))).toBe(
      JSON.stringify(compare(scenario, { ...options, seeds: 1, sweeps: [] })),
    );
  });

  it('gives the in-process result on two threads started before the plan', async () => {
    const started = new StartedWorkers(2);
    const out = await runPlanOnNode(plan, { workers: 2, started });
    expect(out.workers).toBe(2);
    expect(JSON.stringify(summarizeComparison(plan, out.results))).toBe(inProcess);
  });
});
