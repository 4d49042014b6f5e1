// Runs a comparison plan on Node worker_threads: the plan's scenarios go to each worker once,
// then batches of runs go out one message each and come back one message each. The result
// depends only on the plan (each run's randomness comes from its seed), never on the number
// of workers or the order batches finish in.
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleStatus, OUT_DIR, ROOT } from '../../bin/bundle.js';
import type { ComparePlan, RunResult } from '../core';
import { guidedBatches, makeBatches, type BatchReply, type BatchRequest } from './run-batch';

/** What a worker posts: once that it is ready, then one reply per batch. */
type WorkerMessage = BatchReply | { readonly ready: true };

/**
 * The script each worker thread starts. Run from the prebuilt bundle (dist-node/, see
 * scripts/build-cli.js) it is the bundled dist-node/workers/node-worker.js — named from the
 * root, since this code lands in a shared chunk, not beside the worker. Run from source
 * (tests, the benchmarks, tsx during development) it is that same bundled worker while the
 * bundle matches the source, so no thread compiles anything; otherwise the entry that
 * compiles node-worker.ts through tsx. `peacemesh worker`'s own threads start it too.
 */
export function workerEntry(): URL {
  const bundled = new URL(`${OUT_DIR}workers/node-worker.js`, pathToFileURL(ROOT));
  if (!import.meta.url.endsWith('.ts') || bundleStatus().fresh) return bundled;
  return new URL('./node-worker-entry.js', import.meta.url);
}

export interface PoolOptions {
  /** Worker threads; default: the cores available. */
  readonly workers?: number;
  /** Runs per message; default: batches shrinking as the plan runs out (`guidedBatches`). */
  readonly batchSize?: number;
  /** After each batch: runs done so far, and in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Each batch's runs as they come back (in arrival order), e.g. to stream them to a file. */
  readonly onResults?: (results: readonly RunResult[]) => void;
  /** Aborting stops at once: workers are ended, finished batches are kept. */
  readonly signal?: AbortSignal;
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

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function runPlanOnNode(
  plan: ComparePlan,
  options: PoolOptions = {},
): Promise<PoolOutcome> {
  const total = plan.runs.length;
  const wanted = Math.max(1, Math.floor(options.workers ?? defaultWorkers()));
  const batches = options.batchSize
    ? makeBatches(plan.runs, 1, {
        perWorker: Math.ceil(total / options.batchSize),
        maxSize: options.batchSize,
      })
    : guidedBatches(plan.runs, wanted);
  const count = Math.min(wanted, batches.length);
  const results: RunResult[] = [];
  if (count === 0 || options.signal?.aborted) {
    return { results, aborted: total > 0, workers: 0, batches: 0, readyMs: 0 };
  }

  const started = performance.now();
  let readyMs = 0;
  const workerData = { points: plan.points };
  const entry = workerEntry();
  const workers = Array.from({ length: count }, () => new Worker(entry, { workerData }));
  let next = 0;
  let sent = 0;

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

    const feed = (worker: Worker) => {
      const specs = batches[next];
      if (specs === undefined) return;
      const request: BatchRequest = { id: next++, specs };
      sent++;
      worker.postMessage(request);
    };

    for (const worker of workers) {
      worker.on('message', (reply: WorkerMessage) => {
        if (settled) return;
        if ('ready' in reply) {
          readyMs = performance.now() - started;
          feed(worker);
          return;
        }
        if (!reply.ok) {
          finish(new Error(`a comparison run failed in a worker: ${reply.error}`));
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
