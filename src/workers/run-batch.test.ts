// Guided batches: every run once and in plan order, never above the largest batch, and
// shrinking towards the end so the last batch is small beside the first.
import { describe, expect, it } from 'vitest';
import type { RunSpec } from '../core';
import { guidedBatches } from './run-batch';

const runs = (n: number): RunSpec[] =>
  Array.from({ length: n }, (_, index) => ({ index, point: 0, structure: 's', seed: index + 1 }));

describe('guidedBatches', () => {
  it.each([
    [1, 1],
    [80, 2],
    [80, 1],
    [801, 2],
    [20, 8],
    [100_000, 2],
  ])('%i runs on %i workers', (n, workers) => {
    const batches = guidedBatches(runs(n), workers);
    expect(batches.flat().map((r) => r.index)).toEqual(runs(n).map((r) => r.index));
    for (const b of batches) expect(b.length).toBeGreaterThan(0);
    for (const b of batches) expect(b.length).toBeLessThanOrEqual(50);
    for (let i = 1; i < batches.length - 1; i++)
      expect(batches[i]!.length).toBeLessThanOrEqual(batches[i - 1]!.length);
    expect(batches.at(-1)!.length).toBeLessThanOrEqual(batches[0]!.length);
    // Below some thousands of runs the tail is a fraction of the first batch.
    if (n >= 80 && n <= 1000) expect(batches.at(-1)!.length).toBeLessThan(batches[0]!.length);
  });
});
