// Latin hypercube and random designs: reproducible from their seed, every slice of every
// range used once (LHS), values written as the file would hold them.
import { describe, expect, it } from 'vitest';
import { COMPARE_DRILL_YAML } from '../../../tests/fixtures/compare-drill';
import { loadScenario } from '../scenario/load';
import { planComparison } from './compare';
import { numericValue, parseRange, parseSample, samplePoints, valueInRange } from './design';
import { parseSweep, SweepError } from './sweep';
import { refusal } from '../../i18n/testing';

const sweeps = [
  parseSweep('structures.hub.links[ocha>hc].latency=30m..2h'),
  parseSweep('actors.bn.teams=0..9'),
  parseSweep('actors.wfp.handling=0.5..0.9'),
  parseSweep('structures.hub.authority.escortDecision=hc,joc'),
];

describe('experiment designs', () => {
  it('reads sample kinds and ranges, and refuses what it cannot read', () => {
    expect(parseSample('lhs:200', 7)).toEqual({ kind: 'lhs', count: 200, seed: 7 });
    expect(parseSample('random:5')).toEqual({ kind: 'random', count: 5, seed: 1 });
    expect(() => parseSample('grid:5')).toThrow(SweepError);
    expect(refusal(() => parseSample('lhs:0'))).toMatch(/kind:count/);
    expect(parseRange('1..4')).toEqual({ low: 1, high: 4, unit: 'integer' });
    expect(parseRange('0.5..0.9')).toEqual({ low: 0.5, high: 0.9, unit: 'number' });
    expect(parseRange('30m..2h')).toEqual({ low: 30, high: 120, unit: 'minutes' });
    expect(parseRange('hc')).toBeUndefined();
    expect(refusal(() => parseRange('4..1'))).toMatch(/backwards/);
  });

  it('is reproducible from its seed and changes with it', () => {
    const a = samplePoints(sweeps, { kind: 'lhs', count: 20, seed: 3 });
    expect(samplePoints(sweeps, { kind: 'lhs', count: 20, seed: 3 })).toEqual(a);
    expect(samplePoints(sweeps, { kind: 'lhs', count: 20, seed: 4 })).not.toEqual(a);
    const r = samplePoints(sweeps, { kind: 'random', count: 20, seed: 3 });
    expect(samplePoints(sweeps, { kind: 'random', count: 20, seed: 3 })).toEqual(r);
  });

  it('LHS uses every slice of every range exactly once', () => {
    for (const seed of [1, 2, 99]) {
      const points = samplePoints(sweeps, { kind: 'lhs', count: 10, seed });
      const column = (i: number) => points.map((p) => numericValue(p[i]!.value)!);
      // 0..9 in ten slices: each whole number once.
      expect([...column(1)].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      // 0.5..0.9 in ten slices of 0.04: one value in each.
      const slices = column(2).map((v) => Math.floor((v - 0.5) / 0.04));
      expect([...slices].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      // 30m..2h: 91 whole minutes in ten slices of 9.1: the k-th smallest lies in the k-th.
      const mins = [...column(0)].sort((x, y) => x - y);
      mins.forEach((m, k) => {
        expect(Number.isInteger(m)).toBe(true);
        expect(m - 30).toBeGreaterThanOrEqual(Math.floor(9.1 * k));
        expect(m - 30).toBeLessThan(9.1 * (k + 1));
      });
      // A list of two values in ten slices: each value five times.
      const lists = points.map((p) => p[3]!.value);
      expect(lists.filter((v) => v === 'hc')).toHaveLength(5);
    }
  });

  it('maps the unit interval onto a range without leaving it', () => {
    expect(valueInRange({ low: 1, high: 4, unit: 'integer' }, 0)).toBe('1');
    expect(valueInRange({ low: 1, high: 4, unit: 'integer' }, 0.999999)).toBe('4');
    expect(valueInRange({ low: 30, high: 120, unit: 'minutes' }, 0.5)).toBe('75m');
    expect(valueInRange({ low: 0.5, high: 0.9, unit: 'number' }, 0.25)).toBe('0.6');
  });

  it('plans one point per sample, checked like a file; a range needs a sample', () => {
    const loaded = loadScenario(COMPARE_DRILL_YAML, 'compare-drill.yaml');
    if (!loaded.ok) throw new Error('fixture');
    const source = { text: COMPARE_DRILL_YAML, file: 'compare-drill.yaml' };
    const plan = planComparison(loaded.scenario, {
      seeds: 2,
      source,
      sweeps: [sweeps[0]!, sweeps[1]!],
      sample: { kind: 'lhs', count: 6, seed: 5 },
    });
    expect(plan.points).toHaveLength(6);
    expect(plan.runs).toHaveLength(6 * 2 * 2);
    expect(plan.design).toEqual({ kind: 'lhs', count: 6, seed: 5 });
    expect(plan.points[0]!.label).toMatch(/^links\[ocha>hc\]\.latency=\d+m, bn\.teams=\d$/);
    expect(
      refusal(() => planComparison(loaded.scenario, { seeds: 2, source, sweeps: [sweeps[1]!] })),
    ).toMatch(/is a range \(0\.\.9\): ranges are sampled, add --sample/);
    expect(
      refusal(() =>
        planComparison(loaded.scenario, {
          seeds: 2,
          source,
          sample: { kind: 'lhs', count: 3, seed: 1 },
        }),
      ),
    ).toMatch(/a sample needs something to vary/);
  });
});
