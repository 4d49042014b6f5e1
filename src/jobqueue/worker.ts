// `peacemesh worker`: takes batches of runs from the queue, whatever sweep they belong to,
// and runs them on its own threads. It rebuilds each sweep's plan from the scenario text the
// coordinator stored with the sweep, and refuses — never runs — a batch when its PeaceMesh
// version or the plan it builds differs from the coordinator's: those numbers would not match.
// A worker killed mid-batch holds its job's lock no longer; another worker's stalled-job check
// puts the batch back on the queue and it is run again elsewhere (BullMQ's stalled jobs).
import { hostname } from 'node:os';
import { Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { CompareError, SweepError, type ComparePlan } from '../core';
import { describeProblem, translate, type Locale, type MessageKey } from '../i18n';
import { checkRedis, connectionFor } from './connection';
import { planFromSpec, planHash } from './plan-spec';
import {
  BATCH_QUEUE,
  PEACEMESH_VERSION,
  REFUSED,
  type BatchJobData,
  type BatchJobResult,
  type SweepJobData,
} from './protocol';
import { PlanThreads } from './thread-pool';

export interface QueueWorkerOptions {
  readonly url: string;
  /** Batches run at once (one thread each). */
  readonly concurrency: number;
  /**
   * Seconds a batch's lock lasts without renewal: how soon the batch of a worker that died goes
   * back to the queue (checked by the other workers this often).
   */
  readonly stallSeconds?: number;
  /** Lines for the operator (what was taken, done, refused), in `locale` (default English). */
  readonly log?: (line: string) => void;
  readonly locale?: Locale;
  /** The release this worker runs; another value is only ever given by tests of the refusal. */
  readonly version?: string;
}

export interface QueueWorker {
  /** How the worker shows in Redis and in the coordinator's count: host:pid. */
  readonly name: string;
  /** Stops taking batches, lets those running finish, closes the connections. */
  close(): Promise<void>;
}

interface Prepared {
  readonly plan: ComparePlan;
  readonly hash: string;
}

/** Plans kept per worker (rebuilding one costs a scenario load per sweep point). */
const PLANS_KEPT = 8;
/** Thread sets kept per worker beyond those busy (each holds one plan's scenarios). */
const POOLS_KEPT = 2;

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  await checkRedis(options.url, options.locale);
  const connection = connectionFor(options.url);
  const version = options.version ?? PEACEMESH_VERSION;
  const name = `${hostname()}:${process.pid}`;
  const log = options.log ?? (() => {});
  const locale = options.locale ?? 'en';
  const say = (key: MessageKey, values: Readonly<Record<string, string | number>> = {}) =>
    log(translate(locale, key, values));
  const stallMs = Math.round((options.stallSeconds ?? 30) * 1000);
  // The plans of the sweeps seen lately, by run id, and threads by plan: a sweep run again
  // under another run id finds its threads ready. Idle thread sets beyond a few are ended.
  const plans = new Map<string, Promise<Prepared>>();
  const pools = new Map<string, PlanThreads>();
  const threadsFor = (prepared: Prepared): PlanThreads => {
    let pool = pools.get(prepared.hash);
    if (pool) pools.delete(prepared.hash);
    else pool = new PlanThreads(prepared.hash, prepared.plan.points);
    pools.set(prepared.hash, pool); // most recent last
    for (const [hash, old] of pools) {
      if (pools.size <= POOLS_KEPT) break;
      if (old !== pool && old.unused) {
        pools.delete(hash);
        void old.close();
      }
    }
    return pool;
  };

  // The operator reads why in the worker's language; the coordinator, maybe on a machine set to
  // another, gets it in English with the job (BullMQ's failed reason).
  const refuse = (why: (locale: Locale) => string): never => {
    say('cli.worker-log.refused', { why: why(locale) });
    throw new UnrecoverableError(`${REFUSED} by worker ${name}: ${why('en')}`);
  };
  const because =
    (key: MessageKey, values: Readonly<Record<string, string | number>>) => (l: Locale) =>
      translate(l, key, values);

  const prepare = async (job: Job<BatchJobData>): Promise<Prepared> => {
    const parent = job.parent;
    if (!parent?.id) return refuse(because('cli.worker-log.why.no-sweep', { batch: job.id ?? '' }));
    const queue = new Queue<SweepJobData>(parent.queueKey.replace(/^bull:/, ''), { connection });
    try {
      const sweep = await Job.fromId<SweepJobData>(queue, parent.id);
      if (!sweep) return refuse(because('cli.worker-log.why.sweep-gone', { run: job.data.runId }));
      let plan: ComparePlan;
      try {
        plan = planFromSpec(sweep.data.spec);
      } catch (error) {
        // A refused request is a typed problem, said in each reader's language.
        const why = (l: Locale) =>
          error instanceof CompareError || error instanceof SweepError
            ? describeProblem(error.problem, l)
            : error instanceof Error
              ? error.message
              : String(error);
        return refuse((l) =>
          translate(l, 'cli.worker-log.why.plan', { run: job.data.runId, why: why(l) }),
        );
      }
      for (const id of plans.keys()) {
        if (plans.size <= PLANS_KEPT) break;
        if (id !== job.data.runId) plans.delete(id);
      }
      return { plan, hash: planHash(plan) };
    } finally {
      await queue.close();
    }
  };

  const worker = new Worker<BatchJobData, BatchJobResult>(
    BATCH_QUEUE,
    async (job) => {
      const data = job.data;
      if (data.version !== version) {
        refuse(
          because('cli.worker-log.why.version', { version, run: data.runId, theirs: data.version }),
        );
      }
      let pending = plans.get(data.runId);
      if (!pending) {
        pending = prepare(job);
        plans.set(data.runId, pending);
        pending.catch(() => plans.delete(data.runId));
      }
      const prepared = await pending;
      const { plan, hash } = prepared;
      if (hash !== data.planHash) {
        refuse(
          because('cli.worker-log.why.plan-hash', { run: data.runId, hash, theirs: data.planHash }),
        );
      }
      const specs = plan.runs.slice(data.from, data.from + data.count);
      if (specs.length !== data.count)
        refuse(because('cli.worker-log.why.runs', { batch: job.id ?? '' }));
      const started = performance.now();
      say('cli.worker-log.started', {
        run: data.runId,
        batch: data.batch,
        first: data.from,
        last: data.from + data.count - 1,
      });
      const results = await threadsFor(prepared).run(specs);
      const seconds = (performance.now() - started) / 1000;
      say('cli.worker-log.done', {
        run: data.runId,
        batch: data.batch,
        runs: specs.length,
        seconds,
      });
      return { version, planHash: hash, worker: name, results };
    },
    {
      connection,
      name,
      concurrency: Math.max(1, options.concurrency),
      lockDuration: stallMs,
      stalledInterval: stallMs,
      // A batch may be orphaned twice (two workers killed in turn) before it counts as failed.
      maxStalledCount: 2,
      autorun: true,
    },
  );
  worker.on('error', (error) => say('cli.worker-log.queue-error', { message: error.message }));
  await worker.waitUntilReady();
  say('cli.worker-log.ready', {
    name,
    version,
    queue: BATCH_QUEUE,
    concurrency: options.concurrency,
  });

  return {
    name,
    close: async () => {
      await worker.close();
      plans.clear();
      const all = [...pools.values()];
      pools.clear();
      await Promise.all(all.map((p) => p.close()));
    },
  };
}
