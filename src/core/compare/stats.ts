// The statistics a planner reads in a comparison: the spread of a metric over seeds, and how
// sure we are that two structures differ. Hand-written on purpose (a dozen lines of textbook
// formulas) so every number can be checked by hand against docs/COMPARE.md.

/** Spread of one metric over the runs of one structure. */
export interface Summary {
  /** Runs where the metric has a value (a mean time is null when nothing was timed). */
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
  /** Sample standard deviation (n − 1); null under two values. */
  readonly sd: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Difference of means (this structure − the reference) with its 95% confidence interval. */
export interface Difference {
  readonly diff: number;
  readonly low: number;
  readonly high: number;
  /** Welch–Satterthwaite degrees of freedom; Infinity when both spreads are zero. */
  readonly df: number;
}

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/** Sample variance (divides by n − 1); null under two values. */
export function variance(xs: readonly number[]): number | null {
  const m = mean(xs);
  if (m === null || xs.length < 2) return null;
  let ss = 0;
  for (const x of xs) ss += (x - m) * (x - m);
  return ss / (xs.length - 1);
}

/**
 * Quantile with linear interpolation between order statistics (Hyndman & Fan type 7: what
 * Excel's PERCENTILE.INC, R's default and NumPy's default give), so planners can check it.
 */
export function quantile(xs: readonly number[], p: number): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Nearest-rank quantile (Hyndman & Fan type 1, the inverse of the empirical distribution):
 * always one of the values, so a count's percentiles are counts ("0 [0–1]", never "0.1").
 */
export function quantileNearest(xs: readonly number[], p: number): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

/** Spread of the values; `discrete` (counts) takes percentiles among the values themselves. */
export function summarize(xs: readonly number[], discrete = false): Summary {
  const v = variance(xs);
  const q = discrete ? quantileNearest : quantile;
  return {
    n: xs.length,
    mean: mean(xs),
    median: q(xs, 0.5),
    p10: q(xs, 0.1),
    p90: q(xs, 0.9),
    sd: v === null ? null : Math.sqrt(v),
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
  };
}

const Z975 = 1.959963984540054;

/**
 * The 97.5% quantile of Student's t with `df` degrees of freedom (for a two-sided 95%
 * interval). Exact for df 1 and 2; above, the Cornish–Fisher expansion (Abramowitz & Stegun
 * 26.7.5), within 0.004 of the tables from df 3 up. Fractional df under 3 round down (wider).
 */
export function t975(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  if (!Number.isFinite(df)) return Z975;
  if (df < 2) return Math.tan(Math.PI * 0.475); // df 1: tan(π(p − ½))
  if (df < 3) return 0.95 / Math.sqrt(2 * 0.975 * 0.025); // df 2: (2p − 1) / √(2p(1 − p))
  const z = Z975;
  const z2 = z * z;
  const z3 = z2 * z;
  const z5 = z3 * z2;
  const z7 = z5 * z2;
  const z9 = z7 * z2;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/**
 * Welch's interval for mean(b) − mean(a), not assuming equal spreads. Runs of different
 * structures draw different random numbers even under the same seed, so they are treated as
 * independent samples (not paired). Null when either side has fewer than two values.
 */
export function welchDifference(a: readonly number[], b: readonly number[]): Difference | null {
  const ma = mean(a);
  const mb = mean(b);
  const va = variance(a);
  const vb = variance(b);
  if (ma === null || mb === null || va === null || vb === null) return null;
  const sa = va / a.length;
  const sb = vb / b.length;
  const se2 = sa + sb;
  const diff = mb - ma;
  if (se2 === 0) return { diff, low: diff, high: diff, df: Infinity };
  const df = (se2 * se2) / ((sa * sa) / (a.length - 1) + (sb * sb) / (b.length - 1));
  const half = t975(df) * Math.sqrt(se2);
  return { diff, low: diff - half, high: diff + half, df };
}
