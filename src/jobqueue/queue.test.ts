// The job queue against a real Redis (Debian's redis-server on a loopback port of its own):
// a queued comparison gives the local result byte for byte, resumes under its run id, and
// refuses numbers from a worker that runs another release or builds another plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, loadScenario } from '../core';
import { COMPARE_DRILL_YAML } from '../../tests/fixtures/compare-drill';
import { startRedis, type TestRedis } from '../../tests/helpers/redis';
import { QueueError } from './url';
import { runPlanOnQueue } from './coordinator';
import { planFromSpec, type PlanSpec } from './plan-spec';
import { startQueueWorker, type QueueWorker } from './worker';

const spec: PlanSpec = {
  file: 'compare-drill.yaml',
  text: COMPARE_DRILL_YAML,
  seeds: 6,
  seedStart: 1,
  sweeps: [{ path: 'actors.bn.teams', values: ['0', '1'] }],
};
const loaded = loadScenario(COMPARE_DRILL_YAML, 'compare-drill.yaml');
if (!loaded.ok) throw new Error('fixture');
const local = JSON.stringify(
  compare(loaded.scenario, {
    seeds: spec.seeds,
    sweeps: spec.sweeps,
    source: { text: COMPARE_DRILL_YAML, file: 'compare-drill.yaml' },
  }),
);

let redis: TestRedis;
const workers: QueueWorker[] = [];

beforeAll(async () => {
  redis = await startRedis();
}, 30_000);

afterAll(async () => {
  await Promise.all(workers.splice(0).map((w) => w.close()));
  await redis?.stop();
});

const summarise = async (outcome: { results: import('../core').RunResult[] }) => {
  const { summarizeComparison } = await import('../core');
  return JSON.stringify(summarizeComparison(planFromSpec(spec), outcome.results));
};

describe('comparison through the job queue', { timeout: 120_000 }, () => {
  it('refuses a worker of another release, and never uses its numbers', async () => {
    const lines: string[] = [];
    const stranger = await startQueueWorker({
      url: redis.url,
      concurrency: 1,
      version: '0.0.0-other',
      // The operator of this worker reads French; the coordinator still gets English.
      locale: 'fr',
      log: (line) => lines.push(line),
    });
    try {
      await expect(
        runPlanOnQueue(planFromSpec(spec), {
          url: redis.url,
          runId: 'mismatch',
          spec,
          pollMs: 100,
        }),
      ).rejects.toThrow(
        /refused by worker .*: it runs PeaceMesh 0\.0\.0-other and the coordinator of sweep mismatch runs \d/,
      );
      expect(lines[0]).toMatch(/^agent .* \(PeaceMesh 0\.0\.0-other\) : prend les lots de /);
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^refusé : cet agent exécute PeaceMesh 0\.0\.0-other et le coordinateur du balayage mismatch exécute \d/,
        ),
      );
    } finally {
      await stranger.close();
    }
  });

  // The same refusal told in each language the coordinator may speak: the sentence around it is
  // the coordinator's, the worker's reason stays as the worker gave it (in English).
  it.each([
    [
      'en',
      'otherplan',
      /^batch \d+ of sweep otherplan failed: refused by worker .* builds differently here \(plan \w+, coordinator \w+\).*\. The sweep stays in Redis: once that is fixed, resume it with --run-id otherplan$/,
    ],
    [
      'fr',
      'otherplan-fr',
      /^le lot \d+ du balayage otherplan-fr a échoué : refused by worker .* builds differently here \(plan \w+, coordinator \w+\).*\. Le balayage reste dans Redis : une fois le problème réglé, reprenez-le avec --run-id otherplan-fr$/,
    ],
  ] as const)(
    'refuses a batch whose plan the worker builds differently, and says so in %s',
    async (locale, runId, sentence) => {
      if (workers.length === 0)
        workers.push(await startQueueWorker({ url: redis.url, concurrency: 2 }));
      // The coordinator's plan has 7 seeds; what it stored for workers says 6.
      const other = planFromSpec({ ...spec, seeds: 7 });
      await expect(
        runPlanOnQueue(other, { url: redis.url, runId, spec, pollMs: 100, locale }),
      ).rejects.toThrow(sentence);
    },
  );

  it('gives the local result byte for byte, and resumes under the same run id', async () => {
    // The first worker stops taking batches once its second has started, so the sweep cannot
    // finish before the coordinator is stopped, however fast the batches run here; the second
    // worker, started after, finishes what was left. The workers the tests above started are
    // stopped first: one of them, left running, took this sweep's batches too and could
    // finish it before the coordinator was stopped.
    await Promise.all(workers.splice(0).map((w) => w.close()));
    let started = 0;
    let stopping: Promise<void> | undefined;
    const first0 = await startQueueWorker({
      url: redis.url,
      concurrency: 1,
      log: (line) => {
        if (!/^resume-me batch \d+ started/.test(line)) return;
        started++;
        if (started === 2) stopping = first0.close();
      },
    });
    const plan = planFromSpec(spec);
    const controller = new AbortController();
    const streamed: number[] = [];
    const first = await runPlanOnQueue(plan, {
      url: redis.url,
      runId: 'resume-me',
      spec,
      batchSize: 2,
      pollMs: 50,
      signal: controller.signal,
      onResults: (rs) => {
        streamed.push(...rs.map((r) => r.index));
        if (streamed.length >= 4) controller.abort();
      },
    });
    expect(first.aborted).toBe(true);
    expect(first.resumed).toBe(false);
    await stopping;
    workers.push(await startQueueWorker({ url: redis.url, concurrency: 1 }));
    const second = await runPlanOnQueue(plan, {
      url: redis.url,
      runId: 'resume-me',
      spec,
      batchSize: 2,
      pollMs: 50,
    });
    expect(second.resumed).toBe(true);
    expect(second.aborted).toBe(false);
    expect(await summarise(second)).toBe(local);
    // A resumed run id with other inputs is refused, not mixed.
    const again = await runPlanOnQueue(plan, { url: redis.url, runId: 'fresh', spec, pollMs: 50 });
    expect(await summarise(again)).toBe(local);
    expect(again.workers).toBeGreaterThanOrEqual(1);
  });

  it('a sampled design through the queue gives the local result too', async () => {
    const sampled: PlanSpec = {
      ...spec,
      seeds: 2,
      sweeps: [
        { path: 'actors.bn.teams', values: ['0..2'] },
        { path: 'structures.hub.links[ocha>hc].latency', values: ['10m..4h'] },
      ],
      sample: { kind: 'lhs', count: 5, seed: 9 },
    };
    const plan = planFromSpec(sampled);
    const here = compare(loaded.scenario, {
      seeds: 2,
      sweeps: sampled.sweeps,
      sample: sampled.sample!,
      source: { text: COMPARE_DRILL_YAML, file: 'compare-drill.yaml' },
    });
    const queued = await runPlanOnQueue(plan, {
      url: redis.url,
      runId: 'sampled',
      spec: sampled,
      pollMs: 50,
    });
    const { summarizeComparison } = await import('../core');
    expect(JSON.stringify(summarizeComparison(plan, queued.results))).toBe(JSON.stringify(here));
    expect(here.sensitivity.length).toBeGreaterThan(0);
  });

  it('holds only the summaries when asked, with the same numbers', async () => {
    const plan = planFromSpec(spec);
    const streamed: number[] = [];
    const queued = await runPlanOnQueue(plan, {
      url: redis.url,
      runId: 'summaries-only',
      spec,
      batchSize: 3,
      pollMs: 50,
      keepResults: false,
      onResults: (rs) => void streamed.push(...rs.map((r) => r.index)),
    });
    expect(queued.results).toEqual([]);
    expect(queued.store.completed).toBe(plan.runs.length);
    expect(streamed.sort((a, b) => a - b)).toEqual(plan.runs.map((r) => r.index));
    const expected = JSON.parse(local) as Record<string, unknown>;
    expect(JSON.stringify(queued.store.summarize([]))).toBe(
      JSON.stringify({ ...expected, runs: [] }),
    );
  });

  it('refuses to resume a run id with other inputs', async () => {
    const controller = new AbortController();
    controller.abort();
    await runPlanOnQueue(planFromSpec(spec), {
      url: redis.url,
      runId: 'taken',
      spec,
      signal: controller.signal,
    });
    const other = { ...spec, seeds: 3 };
    await expect(
      runPlanOnQueue(planFromSpec(other), { url: redis.url, runId: 'taken', spec: other }),
    ).rejects.toThrow(QueueError);
  });

  it('says clearly when Redis cannot be reached', async () => {
    await expect(
      runPlanOnQueue(planFromSpec(spec), { url: 'redis://127.0.0.1:1/0', runId: 'x', spec }),
    ).rejects.toThrow(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0/);
  });
});
