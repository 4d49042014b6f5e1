// Standardised regression coefficients: exact on a linear model, the structure held fixed,
// and honest when nothing can be said.
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, type MetricKey } from '../metrics/metrics';
import type { RunMetrics, RunResult } from './compare';
import { leastSquares, sensitivity } from './sensitivity';

const metricsWith = (values: Partial<Record<MetricKey, number | null>>): RunMetrics => {
  const m = {} as RunMetrics;
  for (const k of METRIC_KEYS) m[k] = values[k] ?? null;
  return m;
};

describe('sensitivity', () => {
  it('least squares recovers an exact linear model and reports R² = 1', () => {
    const x1 = [1, 2, 3, 4, 5, 6];
    const x2 = [2, 1, 4, 3, 6, 5];
    const y = x1.map((v, i) => 3 + 2 * v - 0.5 * x2[i]!);
    const fit = leastSquares([x1.map(() => 1), x1, x2], y)!;
    expect(fit.beta[0]).toBeCloseTo(3, 10);
    expect(fit.beta[1]).toBeCloseTo(2, 10);
    expect(fit.beta[2]).toBeCloseTo(-0.5, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(leastSquares([x1.map(() => 1), x1, x1.map((v) => 2 * v)], y)).toBeNull();
  });

  it('ranks the parameter that moves a metric first, holding the structure fixed', () => {
    // decisionTimeMean = 10·latency + 1·teams + 100 in structure "b": latency dominates.
    const points: { assignments: { path: string; value: string }[] }[] = [];
    const runs: RunResult[] = [];
    for (const latency of [30, 60, 90, 120]) {
      for (const teams of [1, 2, 3]) {
        const point = points.length;
        points.push({
          assignments: [
            { path: 'latency', value: `${latency}m` },
            { path: 'teams', value: String(teams) },
            { path: 'who', value: latency > 60 ? 'hc' : 'joc' },
          ],
        });
        for (const structure of ['a', 'b']) {
          const v = 10 * latency + teams + (structure === 'b' ? 100 : 0);
          runs.push({
            index: runs.length,
            point,
            structure,
            seed: 1,
            metrics: metricsWith({ decisionTimeMean: v, escortsUnfilled: 2 }),
            events: 1,
            end: 1,
          });
        }
      }
    }
    const out = sensitivity({
      structures: ['a', 'b'],
      metrics: ['decisionTimeMean', 'escortsUnfilled', 'pocResponseMean'],
      points,
      runs,
    });
    const [time, unfilled, gap] = out;
    expect(time!.coefficients.map((c) => c.path)).toEqual(['latency', 'teams']);
    expect(time!.coefficients[0]!.src).toBeGreaterThan(0.9);
    expect(time!.coefficients[1]!.src).toBeGreaterThan(0);
    expect(time!.coefficients[1]!.src).toBeLessThan(0.1);
    expect(time!.r2).toBeCloseTo(1, 8);
    expect(time!.n).toBe(24);
    expect(unfilled!.note).toBe('does not vary');
    expect(gap!.note).toBe('too few runs with a value');
    expect(
      sensitivity({ structures: ['a'], metrics: ['decisionTimeMean'], points: [], runs }),
    ).toEqual([]);
  });
});
