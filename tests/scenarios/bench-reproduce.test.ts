// The bench's reproducibility check (`npm run bench -- --against FILE`): which figures fall
// outside the earlier min–max, by how much, at what loads, and the chance of landing within
// by the rounds alone. No timing here: the reports are written by hand.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../bench/report';
import { outsideBy, renderReport, summariseReproduction } from '../../bench/report';
import { chanceWithin, loadsDiffer, reproduce } from '../../bench/reproduce';
import { spread } from '../../bench/timing';

/** Every way n earlier rounds and m rounds now can interleave in order of value, counted. */
function bruteChance(n: number, m: number): number {
  let within = 0;
  let all = 0;
  // A bit set over n + m ranks: bit set = a round of this run.
  for (let mask = 0; mask < 1 << (n + m); mask++) {
    let ones = 0;
    for (let b = 0; b < n + m; b++) ones += (mask >> b) & 1;
    if (ones !== m) continue;
    all++;
    const ranksNow: number[] = [];
    const ranksBefore: number[] = [];
    for (let b = 0; b < n + m; b++) ((mask >> b) & 1 ? ranksNow : ranksBefore).push(b);
    const median = ranksNow[(m - 1) / 2]!;
    if (median > ranksBefore[0]! && median < ranksBefore.at(-1)!) within++;
  }
  return within / all;
}

const machine = (
  loads: Record<string, string>,
  commit = 'abc1234',
  loadsAtEnd?: Record<string, string>,
) => ({
  cpu: 'test',
  cores: 2,
  nproc: '2',
  node: '20',
  loadBefore: '3.0 / 3.0 / 3.0',
  loads,
  ...(loadsAtEnd ? { loadsAtEnd } : {}),
  sectionSeconds: {},
  commit,
});

function report(
  runMs: number[],
  speedups: number[],
  loads: Record<string, string>,
  options: { quick?: boolean; commit?: string; loadsAtEnd?: Record<string, string> } = {},
): Report {
  const s = spread(runMs);
  const cpu = spread(runMs.map((x) => x + 50));
  return {
    date: '2026-11-28',
    machine: machine(loads, options.commit, options.loadsAtEnd),
    quick: options.quick ?? false,
    seconds: 1,
    throughput: 'not measured in this run (not in --only)',
    scaling: 'not measured in this run (not in --only)',
    stepBack: 'not measured in this run (not in --only)',
    startup: {
      nodeAlone: spread(runMs.map(() => 70)),
      version: spread(runMs.map(() => 90)),
      versionAboveNode: spread(runMs.map(() => 20)),
      runAboveNode: spread(runMs.map((x) => x - 70)),
      run: s,
      cpu: { nodeAlone: undefined, version: undefined, run: cpu, runFromSource: undefined },
      scenario: 'scenarios/carana-three-bad-days.yaml',
    },
    batch: {
      scenario: 'scenarios/carana-three-bad-days.yaml',
      seeds: 20,
      runs: 80,
      one: spread([1, 1, 1]),
      two: spread([1, 1, 1]),
      pair: spread([1, 1, 1]),
      speedup: spread(speedups),
      ceiling: spread([1.5, 1.5, 1.5]),
      shareOfCeiling: spread(speedups.map((x) => x / 1.5)),
      identical: true,
    },
    queue: 'not measured in this run (not in --only)',
    bundle: 'not measured in this run (not in --only)',
    graph: 'not measured in this run (not in --only)',
  };
}

describe('the chance of landing within an earlier min–max by the rounds alone', () => {
  it('matches a count of every ordering of the rounds, for odd counts', () => {
    for (const [n, m] of [
      [3, 3],
      [5, 5],
      [7, 7],
      [3, 7],
      [7, 3],
      [9, 9],
    ] as const) {
      expect(chanceWithin(n, m)).toBeCloseTo(bruteChance(n, m), 10);
    }
  });

  it('grows with the rounds: 3 rounds give 60%, 7 give 93%', () => {
    expect(chanceWithin(3, 3)).toBeCloseTo(0.6, 10);
    expect(chanceWithin(7, 7)).toBeCloseTo(1 - 2 * (120 / 3432), 10);
    expect(chanceWithin(11, 11)).toBeGreaterThan(0.98);
    expect(chanceWithin(1, 5)).toBe(0);
  });
});

describe('loads that differ', () => {
  it('goes by the wall time a load promises a process on 2 cores', () => {
    expect(loadsDiffer(3, 4.2)).toBe(true);
    expect(loadsDiffer(2.9, 3.1)).toBe(false);
    expect(loadsDiffer(17, 18)).toBe(false);
    expect(loadsDiffer(26, 32)).toBe(true);
    // Below the core count every process has a core.
    expect(loadsDiffer(0.5, 1.9)).toBe(false);
    expect(loadsDiffer(3, 4.2, 8)).toBe(false);
    expect(loadsDiffer(undefined, 3)).toBe(false);
  });
});

describe('reproduce', () => {
  it('says which figures are outside, which way and by how much, with both loads', () => {
    const before = report([380, 365, 413], [1.25, 1.27, 1.32], { startup: '3.0', batch: '4.0' });
    const now = report(
      [340, 347, 350],
      [1.26, 1.3, 1.31],
      { startup: '4.2', batch: '4.1' },
      { loadsAtEnd: { startup: '4.4', batch: '4.0' } },
    );
    const c = reproduce(now, before);
    const run = c.figures.find((x) => x.figure === 'run, default scenario (ms)')!;
    expect(run.within).toBe(false);
    expect(run.by).toBeCloseTo(347 / 365 - 1, 10);
    expect(outsideBy(run)).toBe('outside: 4.9% below the minimum');
    expect(run.loadNow).toEqual({ start: 4.2, end: 4.4 });
    expect(run.loadBefore).toEqual({ start: 3 });
    expect(run.loadDiffers).toBe(true);
    expect(run.chance).toBeCloseTo(0.6, 10);
    const speedup = c.figures.find((x) => x.figure === 'compare: 2-worker speed-up (20 seeds)')!;
    expect(speedup.within).toBe(true);
    expect(speedup.by).toBeUndefined();
    expect(speedup.loadDiffers).toBe(false);
    expect(c.caveats).toEqual([]);

    const text = summariseReproduction(c);
    expect(text).toContain('run, default scenario (ms): 347.00 against 365.00–413.00');
    expect(text).toContain('4.9% below the minimum; load 4.2→4.4 / 3.0 (differs)');
    expect(text).not.toContain('compare: 2-worker speed-up');

    const markdown = renderReport(now, c);
    expect(markdown).toContain('## Reproduced?');
    expect(markdown).toContain(
      '| run, default scenario (ms) | 347.00 (340.00–350.00) | 380.00 (365.00–413.00) | 4.2→4.4 / 3.0 (differs) | outside: 4.9% below the minimum | 60% (3 rounds before, 3 now) |',
    );
    expect(markdown).toContain('340.00, 347.00, 350.00 (before: 380.00, 365.00, 413.00)');
  });

  it('compares only figures of the same size, and says when the runs are not alike', () => {
    const before = report([380, 365, 413], [1.2, 1.2, 1.2], {}, { quick: true, commit: 'old1' });
    const now = {
      ...report([380, 365, 413], [1.2, 1.2, 1.2], {}),
      batch: 'not measured in this run (not in --only)',
    };
    const c = reproduce(now, before);
    expect(c.figures.some((x) => x.section === 'batch')).toBe(false);
    expect(c.figures.every((x) => x.within)).toBe(true);
    expect(c.caveats).toHaveLength(2);
    expect(c.caveats[0]).toContain('the earlier run was a --quick run and this one a full run');
    expect(c.caveats[1]).toContain('commit old1 then abc1234');
  });
});
