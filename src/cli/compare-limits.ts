// How much a `peacemesh compare` may be asked to do. Each run's result is kept until the
// summary, and every worker thread loads its own engine: a typing slip (`--seeds 99999999`,
// `--workers 32`) should get a sentence, not eat the machine's memory for an hour.
import { availableParallelism } from 'node:os';

/** Seeds per structure (and sweep point): ten thousand is far past where intervals settle. */
export const MAX_SEEDS = 10_000;
/** Runs in one comparison: structures × seeds × sweep points. */
export const MAX_RUNS = 100_000;
/** The largest seed the engine's generator takes (as `run --seed`). */
export const MAX_SEED = 2 ** 31 - 1;
/** From this many runs on, the work is announced before it starts. */
export const ANNOUNCE_RUNS = 500;

/**
 * Worker threads worth starting: one per core (at least 2, so the parallel path is the same
 * on a one-core machine). More only add memory and switching: 32 on 2 cores ran 15× slower.
 */
export function workerCap(): number {
  return Math.max(2, availableParallelism());
}

/** Why the seeds asked for cannot be run, or undefined when they can. */
export function seedRangeProblem(seedStart: number, seeds: number): string | undefined {
  const last = seedStart + seeds - 1;
  if (last <= MAX_SEED) return undefined;
  return (
    `seeds ${seedStart}–${last} go past ${MAX_SEED}, the largest seed (as for run --seed); ` +
    `start at ${MAX_SEED - seeds + 1} at most, or ask for fewer seeds`
  );
}

/** Why a comparison of this many runs is refused, or undefined. */
export function runCountProblem(runs: number, what: string): string | undefined {
  if (runs <= MAX_RUNS) return undefined;
  return (
    `${what} make ${runs.toLocaleString('en')} runs, more than the ` +
    `${MAX_RUNS.toLocaleString('en')} one comparison may hold; use fewer seeds, structures or sweep values`
  );
}
