// Summary statistics against values worked out by hand (and checked with NumPy/SciPy:
// numpy.percentile, scipy.stats.ttest_ind(b, a, equal_var=False).confidence_interval()).
import { describe, expect, it } from 'vitest';
import {
  mean,
  quantile,
  quantileNearest,
  summarize,
  t975,
  variance,
  welchDifference,
} from './stats';

describe('summary of one metric over seeds', () => {
  it('mean, sample variance and type-7 quantiles of 1, 2, 3, 4', () => {
    const xs = [4, 1, 3, 2];
    expect(mean(xs)).toBe(2.5);
    // ((1.5² + 0.5² + 0.5² + 1.5²) / (4 − 1)) = 5 / 3
    expect(variance(xs)).toBeCloseTo(5 / 3, 12);
    // h = (n − 1)·p: p10 → 0.3 ⇒ 1 + 0.3·(2 − 1); median → 1.5 ⇒ 2.5; p90 → 2.7 ⇒ 3 + 0.7
    expect(quantile(xs, 0.1)).toBeCloseTo(1.3, 12);
    expect(quantile(xs, 0.5)).toBe(2.5);
    expect(quantile(xs, 0.9)).toBeCloseTo(3.7, 12);
  });

  it('an odd count has its middle value as median; one value is every quantile', () => {
    expect(quantile([5, 1, 9], 0.5)).toBe(5);
    expect(quantile([7], 0.1)).toBe(7);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('no values: n 0 and nulls, never NaN', () => {
    expect(summarize([])).toEqual({
      n: 0,
      mean: null,
      median: null,
      p10: null,
      p90: null,
      sd: null,
      min: null,
      max: null,
    });
  });

  it('one value has no spread', () => {
    const s = summarize([42]);
    expect(s).toMatchObject({ n: 1, mean: 42, median: 42, sd: null, min: 42, max: 42 });
  });

  it('summarize puts it together', () => {
    const s = summarize([2, 4, 6, 8, 10]);
    expect(s.n).toBe(5);
    expect(s.mean).toBe(6);
    expect(s.median).toBe(6);
    expect(s.sd).toBeCloseTo(Math.sqrt(10), 12); // (16 + 4 + 0 + 4 + 16) / 4 = 10
    expect(s.p10).toBeCloseTo(2.8, 12); // h = 0.4 ⇒ 2 + 0.4·2
    expect(s.p90).toBeCloseTo(9.2, 12); // h = 3.6 ⇒ 8 + 0.6·2
    expect([s.min, s.max]).toEqual([2, 10]);
  });
});

describe("Student's t quantile for the 95% interval", () => {
  it.each([
    // df, t(0.975) from the tables
    [1, 12.7062],
    [2, 4.3027],
    [3, 3.1824],
    [5, 2.5706],
    [10, 2.2281],
    [30, 2.0423],
    [120, 1.9799],
  ])('df %d → %d', (df, expected) => {
    expect(Math.abs(t975(df) - expected)).toBeLessThan(0.005);
  });

  it('infinite df is the normal 1.96; fractional df under 3 rounds down (wider)', () => {
    expect(t975(Infinity)).toBeCloseTo(1.959964, 6);
    expect(t975(1.5)).toBe(t975(1));
    expect(t975(2.9)).toBe(t975(2));
    expect(Number.isNaN(t975(0.5))).toBe(true);
  });
});

describe('Welch difference of means with its 95% interval', () => {
  it('matches a hand computation for a = 1..4, b = 2, 4, …, 10', () => {
    // diff = 6 − 2.5 = 3.5; sa = (5/3)/4 = 5/12; sb = 10/5 = 2; se² = 29/12
    // df = se⁴ / (sa²/3 + sb²/4) = (841/144) / (25/432 + 1) ≈ 5.5208
    // t(0.975, 5.5208) ≈ 2.4993 (SciPy); half width = 2.4993 · √(29/12) ≈ 3.8854
    const d = welchDifference([1, 2, 3, 4], [2, 4, 6, 8, 10])!;
    expect(d.diff).toBe(3.5);
    expect(d.df).toBeCloseTo(841 / 144 / (25 / 432 + 1), 10);
    expect(d.low).toBeCloseTo(-0.3854, 2);
    expect(d.high).toBeCloseTo(7.3854, 2);
    expect(d.high - d.diff).toBeCloseTo(d.diff - d.low, 10);
  });

  it('is b − a: swapping the sides flips the sign', () => {
    const ab = welchDifference([10, 12, 14], [20, 21, 25])!;
    const ba = welchDifference([20, 21, 25], [10, 12, 14])!;
    expect(ba.diff).toBeCloseTo(-ab.diff, 12);
    expect(ba.low).toBeCloseTo(-ab.high, 12);
  });

  it('two constant samples: the interval is the difference itself', () => {
    expect(welchDifference([3, 3, 3], [5, 5])).toEqual({ diff: 2, low: 2, high: 2, df: Infinity });
  });

  it('needs two values on each side', () => {
    expect(welchDifference([1], [1, 2])).toBeNull();
    expect(welchDifference([], [1, 2])).toBeNull();
  });

  it('with large equal samples it tends to the normal interval', () => {
    const a = Array.from({ length: 2000 }, (_, i) => i % 10);
    const b = a.map((x) => x + 1);
    const d = welchDifference(a, b)!;
    // sd of 0..9 repeated = √(8.25 · 2000/1999); se = sd·√(2/2000)
    const se = Math.sqrt((8.25 * 2000) / 1999) * Math.sqrt(2 / 2000);
    expect(d.diff).toBeCloseTo(1, 12);
    expect(d.high - d.diff).toBeCloseTo(1.96 * se, 2);
  });
});

describe('percentiles of counts', () => {
  it('takes nearest-rank percentiles among the values, never between them', () => {
    const xs = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(quantile(xs, 0.9)).toBeCloseTo(0.1); // interpolated: not a count
    expect(quantileNearest(xs, 0.9)).toBe(0);
    expect(quantileNearest(xs, 0.1)).toBe(0);
    expect(quantileNearest([3, 1, 2], 0.5)).toBe(2);
    expect(quantileNearest([], 0.5)).toBeNull();
    const s = summarize(xs, true);
    expect([s.p10, s.median, s.p90]).toEqual([0, 0, 0]);
    expect(s.mean).toBeCloseTo(0.1);
  });
});
