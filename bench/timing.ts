// Timing helpers for the benchmarks: wall-clock milliseconds, medians of repeated rounds.
// (Timings live here and in the report only: never in tests.)
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

export const median = (xs: readonly number[]): number => quantile(xs, 0.5) ?? Number.NaN;
export const pct = (xs: readonly number[], p: number): number => quantile(xs, p) ?? Number.NaN;

export const fmt = (n: number, digits = 1): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '—';
