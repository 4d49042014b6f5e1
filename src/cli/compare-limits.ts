// How much a `peacemesh compare` may be asked to do. Each run's result is kept until the
// summary, and every worker thread loads its own engine: a typing slip (`--seeds 99999999`,
// `--workers 32`) should get a sentence, not eat the machine's memory for an hour.
import { availableParallelism } from 'node:os';
import { translate, type Locale } from '../i18n';

/** Seeds per structure (and sweep point): ten thousand is far past where intervals settle. */
export const MAX_SEEDS = 10_000;
/** Runs in one comparison on this machine: structures × seeds × sweep points. */
export const MAX_RUNS = 100_000;
/**
 * Runs in one queued sweep. Above MAX_RUNS it keeps only what the summaries need (about 9
 * bytes a run per metric) and every run goes to the `--out` JSON Lines file.
 */
export const MAX_QUEUED_RUNS = 5_000_000;
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
export function seedRangeProblem(
  seedStart: number,
  seeds: number,
  locale: Locale = 'en',
): string | undefined {
  const last = seedStart + seeds - 1;
  if (last <= MAX_SEED) return undefined;
  return translate(locale, 'cli.compare.seed-range', {
    first: seedStart,
    last,
    max: MAX_SEED,
    start: MAX_SEED - seeds + 1,
  });
}

/**
 * Why a comparison of this many runs is refused, or undefined. `cap` is the local limit
 * (MAX_RUNS; lowered by tests); a queued sweep may go past it, up to MAX_QUEUED_RUNS.
 */
export function runCountProblem(
  runs: number,
  what: string,
  queued = false,
  cap = MAX_RUNS,
  locale: Locale = 'en',
): string | undefined {
  if (runs <= (queued ? Math.max(cap, MAX_QUEUED_RUNS) : cap)) return undefined;
  return queued
    ? translate(locale, 'cli.compare.too-many-queued', { size: what, runs, cap: MAX_QUEUED_RUNS })
    : translate(locale, 'cli.compare.too-many', { size: what, runs, cap });
}

/**
 * Why a queued sweep over the local cap cannot give this output, or undefined: it keeps
 * summaries, not every run, so the runs themselves can only stream to a file.
 */
export function largeSweepProblem(
  runs: number,
  format: string,
  rows: string,
  out: string | undefined,
  cap = MAX_RUNS,
  locale: Locale = 'en',
): string | undefined {
  const perRun = rows === 'runs' || (format === 'jsonl' && out === undefined);
  if (runs <= cap || !perRun) return undefined;
  return translate(locale, 'cli.compare.large-sweep', { runs, cap });
}
