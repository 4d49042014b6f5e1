// The default number of worker threads follows the plan's size (runs × actors), never passes
// the cores, and is never zero.
import { describe, expect, it } from 'vitest';
import type { ComparePlan } from '../core';
import { WORK_PER_WORKER, workersForPlan } from './worker-count';

type CountedPlan = Pick<ComparePlan, 'points' | 'runs'>;

/** A plan over sweep points of these sizes: [runs, actors] each (only what the count reads). */
const points = (...sizes: [runs: number, actors: number][]): CountedPlan => {
  let index = 0;
  return {
    points: sizes.map(([, actors]) => ({
      scenario: { actors: Array.from({ length: actors }, (_, i) => ({ id: `a${i}` })) },
    })),
    runs: sizes.flatMap(([runs], point) =>
      Array.from({ length: runs }, () => ({ index: index++, point, structure: 's', seed: 1 })),
    ),
  } as unknown as CountedPlan;
};
const plan = (runs: number, actors: number): CountedPlan => points([runs, actors]);

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
    expect(workersForPlan(points([200, 17], [200, 1000]), 4)).toBe(4);
    expect(workersForPlan(points([200, 17], [2, 17]), 4)).toBe(1);
  });
});
