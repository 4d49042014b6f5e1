// The job queue's cost: the same runs through Redis and BullMQ to 1 and 2 local
// `peacemesh worker` processes, against the same runs on 1 and 2 in-process worker threads.
// Both include their start-up (threads loading the core), as a planner would feel it; the
// difference per run is the queue's overhead. Needs Debian's redis-server (started here on a
// loopback port of its own and stopped after).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadScenario, planComparison, summarizeComparison } from '../src/core';
import { runPlanOnQueue } from '../src/jobqueue/coordinator';
import type { PlanSpec } from '../src/jobqueue/plan-spec';
import { runPlanOnNode } from '../src/workers/node-pool';
import { startRedis } from '../tests/helpers/redis';
import { timeAsync } from './timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface QueueSpeed {
  readonly runs: number;
  /** Runs per second, whole sweep, start-up included. */
  readonly threads1: number;
  readonly threads2: number;
  readonly queue1: number;
  readonly queue2: number;
  /** Extra milliseconds per run through the queue, 1 worker process vs 1 thread. */
  readonly overheadMs: number;
  readonly identical: boolean;
}

export async function measureQueue(file: string, text: string, seeds: number): Promise<QueueSpeed> {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const spec: PlanSpec = { file, text, seeds, seedStart: 1, sweeps: [] };
  const plan = planComparison(loaded.scenario, { seeds });
  const [t1, one] = await timeAsync(() => runPlanOnNode(plan, { workers: 1 }));
  const [t2] = await timeAsync(() => runPlanOnNode(plan, { workers: 2 }));
  const local = JSON.stringify(summarizeComparison(plan, one.results));

  const redis = await startRedis();
  const workers: ChildProcess[] = [];
  try {
    const startWorker = async () => {
      const child = spawn(
        process.execPath,
        ['bin/peacemesh.js', 'worker', '--queue', redis.url, '--concurrency', '1'],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      workers.push(child);
      await new Promise<void>((resolve, reject) => {
        let text = '';
        child.stderr?.on('data', (d: Buffer) => {
          text += d.toString();
          if (text.includes('takes batches')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`a worker exited (${code}): ${text}`)));
      });
    };
    const sweep = (runId: string) => () => runPlanOnQueue(plan, { url: redis.url, runId, spec });
    await startWorker();
    const [q1, a] = await timeAsync(sweep('bench-1'));
    await startWorker();
    const [q2, b] = await timeAsync(sweep('bench-2'));
    const same =
      JSON.stringify(summarizeComparison(plan, a.results)) === local &&
      JSON.stringify(summarizeComparison(plan, b.results)) === local;
    const n = plan.runs.length;
    return {
      runs: n,
      threads1: (n * 1000) / t1,
      threads2: (n * 1000) / t2,
      queue1: (n * 1000) / q1,
      queue2: (n * 1000) / q2,
      overheadMs: (q1 - t1) / n,
      identical: same,
    };
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(
      workers.map((w) => (w.exitCode !== null ? undefined : new Promise((r) => w.once('exit', r)))),
    );
    await redis.stop();
  }
}
