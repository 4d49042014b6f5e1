// What travels through Redis for a queued comparison, and how the queues are named. One
// BullMQ flow per sweep: a parent job (the sweep, in its own queue named after the run id)
// whose children are batches of runs in the one queue every `peacemesh worker` listens on.
// The parent completes when its last batch does, so "done" is BullMQ's word, not ours.
import type { RunResult } from '../core';
import packageJson from '../../package.json' with { type: 'json' };
import type { PlanSpec } from './plan-spec';

/** The queue every worker takes batches from, whatever the sweep. */
export const BATCH_QUEUE = 'peacemesh-batches';

/** The queue holding one sweep's parent job (only its coordinator processes it). */
export const sweepQueueName = (runId: string): string => `peacemesh-sweep-${runId}`;

/** A batch's job id: the run id and the batch's position, so a resumed sweep finds its own. */
export const batchJobId = (runId: string, batch: number): string => `${runId}.${batch}`;

/** The PeaceMesh release this process runs: coordinator and workers must agree on it. */
export const PEACEMESH_VERSION: string = packageJson.version;

/** Run ids name Redis keys and appear in commands: short, plain, safe to type. */
export const RUN_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The parent job's data: everything a worker needs to rebuild the plan, and its fingerprint. */
export interface SweepJobData {
  readonly runId: string;
  readonly version: string;
  readonly planHash: string;
  readonly spec: PlanSpec;
  readonly runs: number;
  readonly batches: number;
}

/** A batch job's data: which runs of the plan (a slice by plan index) to do. */
export interface BatchJobData {
  readonly runId: string;
  readonly version: string;
  readonly planHash: string;
  readonly batch: number;
  readonly from: number;
  readonly count: number;
}

/** What a worker returns for a batch; checked again by the coordinator before it is used. */
export interface BatchJobResult {
  readonly version: string;
  readonly planHash: string;
  readonly worker: string;
  readonly results: RunResult[];
}

/** Raised by a worker that must not run a batch (other version, other plan): never retried. */
export const REFUSED = 'refused';
