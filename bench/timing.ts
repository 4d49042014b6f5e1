// Timing helpers for the benchmarks: wall-clock milliseconds, the garbage collector settled
// before each timed variant, variants interleaved round by round, and each figure summarised as
// its median with the min–max of its rounds. (Timings live here and in the report only: never
// in tests.)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { quantile } from '../src/core';

export function time<T>(fn: () => T): [ms: number, value: T] {
  const t0 = performance.now();
  const value = fn();
  return [performance.now() - t0, value];
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<[ms: number, value: T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

// `gc()` without restarting Node under --expose-gc: the flag, set now, applies to new contexts.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * Collects the garbage the previous variant left, twice (the second pass gets what the first
 * freed into old space), so no variant pays for another's allocations in its timed window.
 */
export function settle(): void {
  collect();
  collect();
}

/** A figure from repeated rounds: the median, and the spread it came with. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly rounds: number;
  /**
   * Every round's value in the order measured (absent in results written before they were
   * kept): what shows a cold first round or a drift across a run, which a min–max hides.
   */
  readonly values?: readonly number[];
}

export function spread(xs: readonly number[]): Spread {
  return {
    median: median(xs),
    min: Math.min(...xs),
    max: Math.max(...xs),
    rounds: xs.length,
    values: [...xs],
  };
}

/** The same figure in other units or shifted (a ratio − 1, ms as s): each round mapped alike. */
export const mapSpread = (s: Spread, f: (x: number) => number): Spread => ({
  median: f(s.median),
  min: f(s.min),
  max: f(s.max),
  rounds: s.rounds,
  ...(s.values ? { values: s.values.map(f) } : {}),
});

/**
 * Times every variant once per round, the garbage settled before each, starting each round
 * with the next variant in turn so none always runs first (or last). A busy spell on the
 * machine then slows all variants of a round alike, and ratios taken within a round keep.
 * Returns each variant's times, round by round.
 */
export async function interleave<K extends string>(
  variants: Readonly<Record<K, () => unknown>>,
  rounds: number,
  options: Interleaving = {},
): Promise<Record<K, number[]>> {
  return (await interleaveWithCpu(variants, rounds, options)).wall;
}

export interface Interleaving {
  /**
   * Whole rounds run first and discarded, every variant alike (the same rotation as the
   * timed rounds): the first start of a process or of a JIT-compiled loop pays for cold
   * caches that no later round does, and would sit at one end of the min–max.
   */
  readonly warmup?: number;
}

/**
 * `interleave`, also giving each variant's CPU milliseconds (user + system, this process's
 * threads, the garbage collector's included) round by round. For in-process variants on a
 * loaded machine: wall time there is mostly waiting for a core, CPU time is the work done.
 */
export async function interleaveWithCpu<K extends string>(
  variants: Readonly<Record<K, () => unknown>>,
  rounds: number,
  { warmup = 0 }: Interleaving = {},
): Promise<{ wall: Record<K, number[]>; cpu: Record<K, number[]> }> {
  const keys = Object.keys(variants) as K[];
  const empty = () =>
    Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const wall = empty();
  const cpu = empty();
  for (let r = -warmup; r < rounds; r++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(((r + i) % keys.length) + keys.length) % keys.length]!;
      settle();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await variants[key]();
      const ms = performance.now() - t0;
      const used = process.cpuUsage(c0);
      if (r < 0) continue;
      wall[key].push(ms);
      cpu[key].push((used.user + used.system) / 1000);
    }
  }
  return { wall, cpu };
}

/** Per-round ratios a[i] / b[i] of two interleaved variants, summarised. */
export const ratio = (a: readonly number[], b: readonly number[]): Spread =>
  spread(a.map((x, i) => x / b[i]!));

export const median = (xs: readonly number[]): number => quantile(xs, 0.5) ?? Number.NaN;
export const pct = (xs: readonly number[], p: number): number => quantile(xs, p) ?? Number.NaN;

export const fmt = (n: number, digits = 1): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '—';

/** "1.23 (1.10–1.40)": a median with its min–max. */
export const fmtSpread = (s: Spread, digits = 1, unit = ''): string =>
  `${fmt(s.median, digits)}${unit} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
