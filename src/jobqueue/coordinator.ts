// The coordinator side of a queued comparison: puts a sweep on the queue as one BullMQ flow
// (a parent job whose children are batches of runs), gathers each batch's results as workers
// finish them, and hands back the same finished runs the local pool would — so the summaries
// are byte for byte those of a local compare. Everything lives in Redis under the run id: a
// coordinator stopped and started again with the same run id enqueues nothing new, gathers
// the batches already done and waits for the rest. The sweep is removed once all is gathered.
import { FlowProducer, Job, Queue, QueueEvents, Worker } from 'bullmq';
import { RunStore, type ComparePlan, type RunResult } from '../core';
import { translate, type Locale } from '../i18n';
import { checkRedis, connectionFor } from './connection';
import { QueueError } from './url';
import { planHash, type PlanSpec } from './plan-spec';
import {
  BATCH_QUEUE,
  batchJobId,
  PEACEMESH_VERSION,
  RUN_ID,
  sweepQueueName,
  type BatchJobData,
  type BatchJobResult,
  type SweepJobData,
} from './protocol';

export interface QueueProgress {
  readonly done: number;
  readonly total: number;
  /** Batches of this sweep being run right now. */
  readonly running: number;
  /** Batches that failed (the sweep stops on the first). */
  readonly failed: number;
  /** Distinct workers seen on the queue since the coordinator started. */
  readonly workers: number;
}

export interface QueueRunOptions {
  readonly url: string;
  readonly runId: string;
  /** What workers need to rebuild `plan`; must be what `plan` was built from. */
  readonly spec: PlanSpec;
  /** Runs per batch (one job each); default: about 1/64 of the runs, 5 to 50. */
  readonly batchSize?: number;
  /** Aborting stops gathering; the sweep stays in Redis to be resumed with the same run id. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: QueueProgress) => void;
  /** Each batch's runs as they arrive (in arrival order), e.g. to stream them to a file. */
  readonly onResults?: (results: readonly RunResult[]) => void | Promise<void>;
  /** How often to look at the queue for progress and missed events (ms). */
  readonly pollMs?: number;
  /**
   * Keep every finished run (default) for outputs that list them; false keeps only the
   * summaries' columns (`store`), for sweeps too large to hold run by run — their runs go
   * to `onResults` (the `--out` JSON Lines file) instead.
   */
  readonly keepResults?: boolean;
  /** The language refusals are said in (default English). */
  readonly locale?: Locale;
}

export interface QueueOutcome {
  /** Finished runs, in plan order (none when `keepResults` was false). */
  readonly results: RunResult[];
  /** What the summaries need of every finished run, however many. */
  readonly store: RunStore;
  readonly aborted: boolean;
  /** Distinct workers seen. */
  readonly workers: number;
  /** The sweep was already in Redis (a resumed run id). */
  readonly resumed: boolean;
}

export function defaultBatchSize(runs: number): number {
  // A job costs a few Redis round trips: batches of at least 5 runs keep that a small share.
  return Math.max(5, Math.min(50, Math.ceil(runs / 64)));
}

export async function runPlanOnQueue(
  plan: ComparePlan,
  options: QueueRunOptions,
): Promise<QueueOutcome> {
  const { runId } = options;
  const t = (key: Parameters<typeof translate>[1], values: Record<string, string>) =>
    translate(options.locale ?? 'en', key, values);
  if (!RUN_ID.test(runId))
    throw new QueueError(t('cli.queue.run-id-form', { got: JSON.stringify(runId) }));
  await checkRedis(options.url, options.locale);
  const connection = connectionFor(options.url);
  const hash = planHash(plan);
  const total = plan.runs.length;
  const size = Math.max(1, Math.floor(options.batchSize ?? defaultBatchSize(total)));
  const batchCount = Math.ceil(total / size);
  const prefix = `${runId}.`;
  const batchOf = (jobId: string | undefined): number | undefined => {
    if (!jobId?.startsWith(prefix)) return undefined;
    const rest = jobId.slice(prefix.length);
    return /^\d+$/.test(rest) ? Number(rest) : undefined;
  };

  const batches = new Queue<BatchJobData>(BATCH_QUEUE, { connection });
  const sweepName = sweepQueueName(runId);
  const sweeps = new Queue<SweepJobData>(sweepName, { connection });
  const events = new QueueEvents(BATCH_QUEUE, { connection });
  let parentWorker: Worker | undefined;
  // Batches gathered; their runs are folded into the store (and kept only if asked).
  const gathered = new Set<number>();
  const store = new RunStore(plan);
  const keep = options.keepResults ?? true;
  const kept: RunResult[] = [];
  let done = 0;
  let failure: string | undefined;
  let failedBatches = 0;
  const seen = new Set<string>();
  let wake: (() => void) | undefined;
  const nudge = () => wake?.();

  const accept = async (batch: number, value: BatchJobResult): Promise<void> => {
    if (gathered.has(batch) || batch >= batchCount) return;
    if (value.version !== PEACEMESH_VERSION || value.planHash !== hash) {
      failure = t('cli.queue.batch-other-release', {
        batch: String(batch),
        worker: value.worker,
        theirs: value.version,
        theirPlan: value.planHash,
        ours: PEACEMESH_VERSION,
        plan: hash,
      });
      nudge();
      return;
    }
    const expected = Math.min(size, total - batch * size);
    if (value.results.length !== expected) {
      failure = t('cli.queue.batch-short', {
        batch: String(batch),
        got: String(value.results.length),
        expected: String(expected),
      });
      nudge();
      return;
    }
    gathered.add(batch);
    store.add(value.results);
    if (keep) for (const r of value.results) kept.push(r);
    seen.add(value.worker);
    done += value.results.length;
    await options.onResults?.(value.results);
    // Progress is polled; only the last batch is worth waking the loop for.
    if (gathered.size === batchCount) nudge();
  };

  // Batches finish in any order; a chain keeps the stream of results (and the file) in one piece.
  let chain = Promise.resolve();
  const enqueue = (batch: number, value: BatchJobResult) =>
    (chain = chain.then(() => accept(batch, value)));

  events.on('completed', ({ jobId, returnvalue }) => {
    const batch = batchOf(jobId);
    if (batch !== undefined) void enqueue(batch, returnvalue as unknown as BatchJobResult);
  });
  events.on('failed', ({ jobId, failedReason }) => {
    const batch = batchOf(jobId);
    if (batch === undefined) return;
    failedBatches++;
    // The reason is the worker's, in English (src/jobqueue/worker.ts): the worker cannot know
    // the coordinator's language; the sentence around it is in the coordinator's.
    failure ??= t('cli.queue.batch-failed', {
      batch: String(batch),
      run: runId,
      why: failedReason,
    });
    nudge();
  });

  const closeAll = async () => {
    await Promise.allSettled([
      parentWorker?.close(),
      events.close(),
      batches.close(),
      sweeps.close(),
    ]);
  };

  try {
    await events.waitUntilReady();
    let parent = await Job.fromId<SweepJobData>(sweeps, runId);
    const resumed = parent !== undefined;
    if (parent) {
      const d = parent.data;
      if (d.version !== PEACEMESH_VERSION) {
        throw new QueueError(
          t('cli.queue.other-release', { run: runId, theirs: d.version, ours: PEACEMESH_VERSION }),
        );
      }
      if (d.planHash !== hash || d.runs !== total || d.batches !== batchCount) {
        throw new QueueError(
          t('cli.queue.other-inputs', {
            run: runId,
            runs: String(d.runs),
            file: d.spec.file,
            plan: d.planHash,
          }),
        );
      }
      // Batches that failed before (a refusing worker, say) get another go.
      for (const job of await batches.getFailed(0, -1)) {
        if (batchOf(job.id) !== undefined) await job.retry('failed');
      }
    } else {
      const data = (batch: number): BatchJobData => ({
        runId,
        version: PEACEMESH_VERSION,
        planHash: hash,
        batch,
        from: batch * size,
        count: Math.min(size, total - batch * size),
      });
      const flow = new FlowProducer({ connection });
      try {
        await flow.add({
          name: 'sweep',
          queueName: sweepName,
          data: {
            runId,
            version: PEACEMESH_VERSION,
            planHash: hash,
            spec: options.spec,
            runs: total,
            batches: batchCount,
          } satisfies SweepJobData,
          opts: { jobId: runId },
          children: Array.from({ length: batchCount }, (_, i) => ({
            name: 'batch',
            queueName: BATCH_QUEUE,
            data: data(i),
            opts: { jobId: batchJobId(runId, i) },
          })),
        });
      } finally {
        await flow.close();
      }
      // Read back through our own queue: the job flow.add returns is tied to the flow's connection.
      parent = await Job.fromId<SweepJobData>(sweeps, runId);
      if (!parent) throw new QueueError(t('cli.queue.vanished', { run: runId }));
    }
    const sweep = parent;

    // The parent moves to "waiting" when its last batch completes; completing it is our part.
    parentWorker = new Worker<SweepJobData>(sweepName, async (job) => ({ runs: job.data.runs }), {
      connection,
    });

    const gatherDone = async () => {
      const values = (await sweep.getChildrenValues<BatchJobResult>()) ?? {};
      for (const [key, value] of Object.entries(values)) {
        const batch = batchOf(key.slice(key.lastIndexOf(':') + 1));
        if (batch !== undefined) await enqueue(batch, value);
      }
    };
    await gatherDone();

    const pollMs = options.pollMs ?? 1000;
    options.signal?.addEventListener('abort', nudge, { once: true });
    let behind = 0;
    while (gathered.size < batchCount && failure === undefined && !options.signal?.aborted) {
      const [active, workers, counts] = await Promise.all([
        batches.getActive(0, -1),
        batches.getWorkers(),
        sweep.getDependenciesCount({ processed: true }),
      ]);
      // BullMQ names a worker's connection "bull:<queue>:w:<worker name>".
      for (const w of workers) {
        const raw = w['rawname'] ?? '';
        const at = raw.indexOf(':w:');
        if (at >= 0) seen.add(raw.slice(at + 3));
      }
      // A completed event can be missed (the stream is trimmed, Redis restarted): when Redis
      // counts more finished batches than we hold two looks in a row, read them all again.
      behind = (counts.processed ?? 0) > gathered.size ? behind + 1 : 0;
      if (behind >= 2) {
        behind = 0;
        await gatherDone();
      }
      options.onProgress?.({
        done,
        total,
        running: active.filter((j) => batchOf(j.id) !== undefined).length,
        failed: failedBatches,
        workers: seen.size,
      });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
      await chain;
    }
    await chain;
    if (failure !== undefined) throw new QueueError(failure);

    const results = kept.sort((a, b) => a.index - b.index);
    const aborted = store.completed < total;
    options.onProgress?.({ done, total, running: 0, failed: 0, workers: seen.size });
    if (!aborted) await removeSweep(sweep, sweeps);
    return { results, store, aborted, workers: seen.size, resumed };
  } finally {
    await closeAll();
  }
}

/** Once every batch is gathered: let the parent complete, then remove the sweep from Redis. */
async function removeSweep(sweep: Job<SweepJobData>, sweeps: Queue<SweepJobData>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const state = await sweep.getState();
    if (state === 'completed' || state === 'unknown') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await sweep.remove({ removeChildren: true }).catch(() => {});
  await sweeps.obliterate({ force: true }).catch(() => {});
}
