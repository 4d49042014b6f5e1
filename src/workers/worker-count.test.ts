// The default number of worker threads follows the plan's size (runs × actors), never passes
// the cores, and is never zero.
import { describe, expect, it } from 'vitest';
import type { ComparePlan } from '../core';
import { WORK_PER_WORKER, workersForPlan } from './worker-count';

/** A plan of `runs` runs over one scenario of `actors` actors (only what the count reads). */
const plan = (runs: number, actors: number): Pick<ComparePlan, 'points' | 'runs'> =>
  ({
    points: [{ scenario: { actors: Array.from({ length: actors }, (_, i) => ({ id: `a${i}` })) } }],
    runs: Array.from({ length: runs }, (_, index) => ({
      index,
      point: 0,
      structure: 's',
      seed: 1,
    })),
  }) as unknown as Pick<ComparePlan, 'points' | 'runs'>;

describe('workersForPlan', () => {
  it('keeps a short comparison of a small mission on one thread', () => {
    // The README's example: 4 structures × 30 seeds of the 17-actor default scenario.
    expect(workersForPlan(plan(120, 17), 2)).toBe(1);
    expect(workersForPlan(plan(0, 17), 8)).toBe(1);
    expect(workersForPlan(plan(1, 17), 1)).toBe(1);
  });

  it('adds a thread for each share of the work that repays its warm-up, up to the cores', () => {
    // 4 structures × 200 seeds of the default scenario: two threads of 400 runs each.
    expect(workersForPlan(plan(800, 17), 2)).toBe(2);
    expect(workersForPlan(plan(800, 17), 8)).toBe(2);
    expect(workersForPlan(plan(100_000, 17), 8)).toBe(8);
    expect(workersForPlan(plan(2 * WORK_PER_WORKER - 1, 1), 4)).toBe(1);
    expect(workersForPlan(plan(2 * WORK_PER_WORKER, 1), 4)).toBe(2);
  });

  it('counts a large mission’s runs as more work', () => {
    expect(workersForPlan(plan(12, 1000), 2)).toBe(2);
    expect(workersForPlan(plan(12, 17), 2)).toBe(1);
  });

  it('counts each sweep point with its own scenario', () => {
    const two = plan(400, 17) as { points: unknown[]; runs: { point: number }[] };
    two.points.push({ scenario: { actors: Array.from({ length: 1000 }) } });
    for (const run of two.runs.slice(200)) run.point = 1;
    expect(workersForPlan(two as never, 4)).toBe(4);
  });
});
