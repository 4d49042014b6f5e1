// The work behind one worker message: a batch of runs of a comparison plan. Shared by the
// Node pool (worker_threads) and the browser worker (comlink), so both compute exactly what
// core's `compare` computes; neither DOM nor Node APIs here.
import type { RunResult, RunSpec, SweepPoint } from '../core';
// From core's light entry for workers, not its index: the worker bundle then holds the engine
// and the metrics, without the YAML library the index's planning side brings.
import { RunLimitError, runBatch } from '../core/runs';

/** main → worker, once, to a thread started before its plan: the plan's scenarios. */
export interface PlanMessage {
  readonly points: readonly SweepPoint[];
}

/** main → worker: the runs to do (the plan's scenarios were handed over once, at start). */
export interface BatchRequest {
  readonly id: number;
  readonly specs: readonly RunSpec[];
}

/** worker → main: one reply per batch, never one per run or per event. */
export type BatchReply =
  | { readonly id: number; readonly ok: true; readonly results: RunResult[] }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: string;
      /** A run stopped at a size limit: typed, so the main side says it in its own language. */
      readonly limit?: RunLimit;
    };

/** What a `RunLimitError` carries across the worker boundary. */
export interface RunLimit {
  readonly limit: RunLimitError['limit'];
  readonly time: number;
  readonly size: number;
}

export function handleBatch(points: readonly SweepPoint[], request: BatchRequest): BatchReply {
  try {
    return { id: request.id, ok: true, results: runBatch({ points }, request.specs) };
  } catch (error) {
    // A run that reached a size limit says so in a sentence; anything else is a bug, named.
    const text =
      error instanceof RunLimitError
        ? error.message
        : error instanceof Error
          ? `${error.name}: ${error.message}`
          : String(error);
    return {
      id: request.id,
      ok: false,
      error: text,
      ...(error instanceof RunLimitError
        ? { limit: { limit: error.limit, time: error.time, size: error.size } }
        : {}),
    };
  }
}

/**
 * Cuts the runs into consecutive batches: about `perWorker` per worker so a slow batch does
 * not leave the others idle at the end, and progress moves often enough to be worth showing.
 */
export function makeBatches(
  runs: readonly RunSpec[],
  workers: number,
  { perWorker = 4, maxSize = 50 }: { perWorker?: number; maxSize?: number } = {},
): RunSpec[][] {
  const size = Math.max(
    1,
    Math.min(maxSize, Math.ceil(runs.length / (Math.max(1, workers) * perWorker))),
  );
  const batches: RunSpec[][] = [];
  for (let i = 0; i < runs.length; i += size) batches.push(runs.slice(i, i + size));
  return batches;
}

/**
 * Cuts the runs into consecutive batches that shrink as the plan runs out (guided
 * scheduling): each takes about a share 1/(2 × workers) of the runs left, at most `maxSize`
 * and at least a few, so the first batches keep messages few and the last ones are small —
 * no worker sits idle while another finishes a large last batch.
 */
export function guidedBatches(
  runs: readonly RunSpec[],
  workers: number,
  { maxSize = 50 }: { maxSize?: number } = {},
): RunSpec[][] {
  const w = Math.max(1, workers);
  const least = Math.min(maxSize, Math.max(1, Math.ceil(runs.length / (w * 24))));
  const batches: RunSpec[][] = [];
  for (let i = 0; i < runs.length;) {
    const left = runs.length - i;
    const size = Math.max(least, Math.min(maxSize, Math.ceil(left / (2 * w))));
    batches.push(runs.slice(i, i + size));
    i += size;
  }
  return batches;
}
