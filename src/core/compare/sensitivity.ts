// Which varied parameter moves a metric most: standardised regression coefficients (SRC),
// the first reading Saltelli et al. (Global Sensitivity Analysis, 2008, §1.2.5) recommend for
// a sampled design. Over every run that has the metric, the metric is regressed by least
// squares on the varied parameters, with the structure held fixed (one indicator per
// structure other than the reference). Metric and parameters are standardised first, so a
// coefficient of +0.6 reads: one standard deviation more of this parameter moves the metric
// by 0.6 of its standard deviation, the others held fixed. R² says how much of the metric's
// spread the straight-line model explains; a low R² means SRCs tell little (non-linear or
// seed-driven). Hand-written: a few columns solved by Householder QR (Golub & Van Loan 5.3),
// small enough to check by hand, and core ships to the browser where a matrix library would
// weigh more than the rest of the statistics together.
import { METRIC_KEYS, type MetricKey } from '../metrics/metrics';
import type { RunResult } from './compare';
import { numericValue } from './design';
import type { Assignment } from './sweep';

export interface Coefficient {
  /** The sweep path as written. */
  readonly path: string;
  /** Standardised regression coefficient; null when the parameter did not vary in these runs. */
  readonly src: number | null;
}

export interface Sensitivity {
  readonly metric: MetricKey;
  /** Runs in the regression (those with a value for the metric). */
  readonly n: number;
  /** Share of the metric's variance the regression explains; null when it could not be fitted. */
  readonly r2: number | null;
  /** One per numeric parameter, largest |SRC| first. */
  readonly coefficients: readonly Coefficient[];
  /** Why nothing could be said, when that is so ("the metric does not vary", "too few runs"). */
  readonly note: string;
}

export interface SensitivityInput {
  readonly structures: readonly string[];
  readonly metrics: readonly MetricKey[];
  readonly points: ReadonlyArray<{ readonly assignments: readonly Assignment[] }>;
  readonly runs: readonly RunResult[];
}

/** The parameters a regression can use: paths whose values are numbers and take two or more. */
export function sensitivityParameters(
  points: ReadonlyArray<{ readonly assignments: readonly Assignment[] }>,
): string[] {
  const values = new Map<string, Set<number>>();
  const rejected = new Set<string>();
  for (const p of points) {
    for (const a of p.assignments) {
      const v = numericValue(a.value);
      if (v === undefined) rejected.add(a.path);
      else values.set(a.path, (values.get(a.path) ?? new Set()).add(v));
    }
  }
  return [...values].filter(([path, vs]) => !rejected.has(path) && vs.size > 1).map(([p]) => p);
}

/** One sensitivity line per metric; empty when no numeric parameter was varied. */
export function sensitivity(input: SensitivityInput): Sensitivity[] {
  const params = sensitivityParameters(input.points);
  if (params.length === 0) return [];
  const xOf = input.points.map((p) =>
    params.map((path) => numericValue(p.assignments.find((a) => a.path === path)?.value ?? '')!),
  );
  const others = input.structures.slice(1);
  return input.metrics
    .filter((m) => METRIC_KEYS.includes(m))
    .map((metric) => {
      const rows = input.runs.filter((r) => r.metrics[metric] !== null);
      const y = rows.map((r) => r.metrics[metric]!);
      const xs = params.map((_, j) => rows.map((r) => xOf[r.point]![j]!));
      const empty = (note: string, r2: number | null = null): Sensitivity => ({
        metric,
        n: rows.length,
        r2,
        coefficients: params.map((path) => ({ path, src: null })),
        note,
      });
      const ys = standardise(y);
      if (!ys) return empty(rows.length < 2 ? 'too few runs with a value' : 'does not vary');
      const used = xs.map(standardise);
      const columns: number[][] = [rows.map(() => 1)];
      for (const col of used) if (col) columns.push(col);
      const present = new Set(rows.map((r) => r.structure));
      for (const s of others)
        if (present.has(s)) columns.push(rows.map((r) => (r.structure === s ? 1 : 0)));
      if (rows.length <= columns.length) return empty('too few runs for the parameters varied');
      const fit = leastSquares(columns, ys);
      if (!fit) return empty('the parameters move together: their effects cannot be told apart');
      let k = 1;
      const coefficients = params.map((path, j) => ({
        path,
        src: used[j] ? fit.beta[k++]! : null,
      }));
      coefficients.sort((a, b) => Math.abs(b.src ?? -1) - Math.abs(a.src ?? -1));
      return { metric, n: rows.length, r2: fit.r2, coefficients, note: '' };
    });
}

/** (x − mean) / sd; null when fewer than two values or no spread. */
function standardise(xs: readonly number[]): number[] | null {
  const n = xs.length;
  if (n < 2) return null;
  let mean = 0;
  for (const x of xs) mean += x / n;
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) return null;
  return xs.map((x) => (x - mean) / sd);
}

/**
 * Least squares y ≈ Xβ by Householder QR on the columns of X (each column an array of n);
 * null when X is rank-deficient. R² is computed on y as given (centred here, so 1 − SSE/SST).
 */
export function leastSquares(
  columns: readonly (readonly number[])[],
  y: readonly number[],
): { beta: number[]; r2: number } | null {
  const n = y.length;
  const p = columns.length;
  const a = columns.map((c) => [...c]);
  const b = [...y];
  const diag: number[] = [];
  for (let k = 0; k < p; k++) {
    const col = a[k]!;
    let norm = 0;
    for (let i = k; i < n; i++) norm += col[i]! ** 2;
    norm = Math.sqrt(norm);
    let scale = 0;
    for (const c of columns[k]!) scale = Math.max(scale, Math.abs(c));
    if (norm <= 1e-10 * Math.max(1, scale) * Math.sqrt(n)) return null;
    const alpha = col[k]! > 0 ? -norm : norm;
    // v = x − αe₁ stored in place; H = I − 2vvᵀ/vᵀv applied to the later columns and to b.
    col[k] = col[k]! - alpha;
    let vv = 0;
    for (let i = k; i < n; i++) vv += col[i]! ** 2;
    const reflect = (target: number[]) => {
      let dot = 0;
      for (let i = k; i < n; i++) dot += col[i]! * target[i]!;
      const f = (2 * dot) / vv;
      for (let i = k; i < n; i++) target[i] = target[i]! - f * col[i]!;
    };
    for (let j = k + 1; j < p; j++) reflect(a[j]!);
    reflect(b);
    diag[k] = alpha;
  }
  // Back substitution on R (upper triangle: R[k][k] = diag[k], R[k][j] = a[j][k]).
  const beta = new Array<number>(p).fill(0);
  for (let k = p - 1; k >= 0; k--) {
    let s = b[k]!;
    for (let j = k + 1; j < p; j++) s -= a[j]![k]! * beta[j]!;
    beta[k] = s / diag[k]!;
  }
  let sse = 0;
  for (let i = p; i < n; i++) sse += b[i]! ** 2;
  let mean = 0;
  for (const v of y) mean += v / n;
  let sst = 0;
  for (const v of y) sst += (v - mean) ** 2;
  return { beta, r2: sst > 0 ? 1 - sse / sst : 0 };
}
