// Runs a comparison plan in Web Workers (src/workers/compare.worker.ts, through comlink): the
// plan's scenarios go to each worker once, then one call per batch of runs. Cancelling ends
// the workers at once and keeps the batches that finished. Same plan ⇒ same numbers as the
// CLI, whatever the number of workers.
import { wrap, type Remote } from 'comlink';
import type { ComparePlan, RunResult } from '../../core/index.ts';
import { RunLimitError } from '../../core/runs.ts';
import type { CompareWorker } from '../../workers/compare.worker';
import { makeBatches } from '../../workers/run-batch';

export interface BrowserRunOptions {
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface BrowserOutcome {
  /** Finished runs, in plan order. */
  readonly results: RunResult[];
  readonly aborted: boolean;
  readonly batches: number;
}

export function defaultBrowserWorkers(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, Math.min(8, cores));
}

export async function runPlanInWorkers(
  plan: ComparePlan,
  options: BrowserRunOptions,
): Promise<BrowserOutcome> {
  const total = plan.runs.length;
  const batches = makeBatches(plan.runs, options.workers);
  const count = Math.min(Math.max(1, options.workers), batches.length);
  const results: RunResult[] = [];
  if (count === 0 || options.signal?.aborted) return { results, aborted: total > 0, batches: 0 };

  const threads = Array.from(
    { length: count },
    () =>
      new Worker(new URL('../../workers/compare.worker.ts', import.meta.url), {
        type: 'module',
        name: 'peacemesh-compare',
      }),
  );
  let next = 0;
  let sent = 0;
  let aborted = false;
  const stopped = new Promise<void>((resolve) => {
    if (!options.signal) return;
    options.signal.addEventListener(
      'abort',
      () => {
        aborted = true;
        resolve();
      },
      { once: true },
    );
  });
  const failed = new Promise<never>((_, reject) => {
    for (const t of threads)
      t.addEventListener('error', (e) =>
        reject(new Error(`a comparison worker failed: ${e.message}`)),
      );
  });
  const drive = async (remote: Remote<CompareWorker>): Promise<void> => {
    await remote.init(plan.points.map((p) => ({ ...p })));
    while (!aborted) {
      const specs = batches[next];
      if (specs === undefined) return;
      const id = next++;
      sent++;
      const reply = await remote.run({ id, specs });
      if (aborted) return;
      // A run too big to finish comes back typed, as to the CLI: the view says it in its language.
      if (!reply.ok)
        throw reply.limit
          ? new RunLimitError(reply.limit.limit, reply.limit.time, reply.limit.size)
          : new Error(`a comparison run failed in a worker: ${reply.error}`);
      results.push(...reply.results);
      options.onProgress?.(results.length, total);
    }
  };
  try {
    await Promise.race([
      Promise.all(threads.map((t) => drive(wrap<CompareWorker>(t)))),
      stopped,
      failed,
    ]);
  } finally {
    for (const t of threads) t.terminate();
  }
  results.sort((a, b) => a.index - b.index);
  return { results, aborted: results.length < total, batches: sent };
}
