// Runs a comparison plan on Node worker_threads: the plan's scenarios go to each worker once,
// then batches of runs go out one message each and come back one message each. Threads can
// be started before the plan exists (`StartedWorkers`, node-started-workers.ts), so that each
// thread's start overlaps the command line reading and checking the scenario. The result
// depends only on the plan (each run's randomness comes from its seed), never on the number
// of workers or the order batches finish in.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RunLimitError, type ComparePlan, type RunResult } from '../core';
import {
  guidedBatches,
  makeBatches,
  type BatchReply,
  type BatchRequest,
  type PlanMessage,
} from './run-batch';
import { StartedWorkers, workerEntry } from './node-started-workers';
import { workersForPlan } from './worker-count';

export { StartedWorkers, workerEntry };

/** What a worker posts: once that it is ready, then one reply per batch. */
type WorkerMessage = BatchReply | { readonly ready: true };

export interface PoolOptions {
  /** Worker threads; default: by the plan's size (`workersForPlan`), at most the cores. */
  readonly workers?: number;
  /** Runs per message; default: batches shrinking as the plan runs out (`guidedBatches`). */
  readonly batchSize?: number;
  /** After each batch: runs done so far, and in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Each batch's runs as they come back (in arrival order), e.g. to stream them to a file. */
  readonly onResults?: (results: readonly RunResult[]) => void;
  /** Aborting stops at once: workers are ended, finished batches are kept. */
  readonly signal?: AbortSignal;
  /** Threads started earlier: used before starting any, up to `workers`; the rest ended. */
  readonly started?: StartedWorkers;
}

export interface PoolOutcome {
  /** Finished runs, in plan order. */
  readonly results: RunResult[];
  /** Stopped before every run finished. */
  readonly aborted: boolean;
  readonly workers: number;
  /** Messages each way across the worker boundary: one per batch (plus one "ready" per worker). */
  readonly batches: number;
  /** Milliseconds until the last worker had loaded the core and was ready (start-up). */
  readonly readyMs: number;
}

/** Batches each worker holds at once: the one it runs and the next. */
const AHEAD = 2;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function runPlanOnNode(
  plan: ComparePlan,
  options: PoolOptions = {},
): Promise<PoolOutcome> {
  const total = plan.runs.length;
  const wanted = Math.max(1, Math.floor(options.workers ?? workersForPlan(plan, defaultWorkers())));
  const batches = options.batchSize
    ? makeBatches(plan.runs, 1, {
        perWorker: Math.ceil(total / options.batchSize),
        maxSize: options.batchSize,
      })
    : guidedBatches(plan.runs, wanted);
  const count = Math.min(wanted, batches.length);
  const results: RunResult[] = [];
  if (count === 0 || options.signal?.aborted) {
    await options.started?.end();
    return { results, aborted: total > 0, workers: 0, batches: 0, readyMs: 0 };
  }

  const started = performance.now();
  let readyMs = 0;
  const workers = options.started?.take(count) ?? [];
  void options.started?.end();
  const entry = workerEntry();
  while (workers.length < count) workers.push(new Worker(entry));
  // The scenarios once per worker; it answers "ready" once it has loaded and read them.
  const points: PlanMessage = { points: plan.points };
  for (const worker of workers) worker.postMessage(points);
  let next = 0;
  let sent = 0;
  /** Batches sent to each worker and not yet answered. */
  const pending = new Map<Worker, number>(workers.map((w) => [w, 0]));

  const outcome = await new Promise<{ aborted: boolean }>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve({ aborted: results.length < total });
    };
    const onAbort = () => finish();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    // Each worker holds the batch it runs and the next one, queued behind it: when it
    // finishes a batch it starts the next at once, instead of idling until this thread — on a
    // loaded machine often waiting for a core itself — has read its results and sent more.
    // The batches shrink towards the end (guidedBatches), so the one held back is small there.
    const feed = (worker: Worker) => {
      while ((pending.get(worker) ?? 0) < AHEAD) {
        const specs = batches[next];
        if (specs === undefined) return;
        const request: BatchRequest = { id: next++, specs };
        sent++;
        pending.set(worker, (pending.get(worker) ?? 0) + 1);
        worker.postMessage(request);
      }
    };

    for (const worker of workers) {
      // Queued behind the plan: the worker starts on them as soon as it has read it.
      feed(worker);
      worker.on('message', (reply: WorkerMessage) => {
        if (settled) return;
        if ('ready' in reply) {
          readyMs = performance.now() - started;
          return;
        }
        pending.set(worker, (pending.get(worker) ?? 1) - 1);
        if (!reply.ok) {
          finish(
            reply.limit
              ? new RunLimitError(reply.limit.limit, reply.limit.time, reply.limit.size)
              : new Error(`a comparison run failed in a worker: ${reply.error}`),
          );
          return;
        }
        results.push(...reply.results);
        options.onResults?.(reply.results);
        options.onProgress?.(results.length, total);
        if (results.length === total) finish();
        else feed(worker);
      });
      worker.on('error', (error) =>
        finish(new Error(`a comparison worker stopped: ${error.message}`)),
      );
      worker.on('exit', (code) => {
        if (!settled && code !== 0)
          finish(new Error(`a comparison worker exited with code ${code}`));
      });
    }
  }).finally(() => Promise.all(workers.map((w) => w.terminate())));

  results.sort((a, b) => a.index - b.index);
  return { results, aborted: outcome.aborted, workers: count, batches: sent, readyMs };
}
