// Experiment designs beyond the full grid, as planners know them from NetLogo and Mesa: a
// seeded Latin hypercube or plain random sample over ranges (`teams=1..4`, `latency=30m..2h`,
// `certified=0.5..0.9`) and value lists. Each sample becomes one sweep point, written back as
// the text a user would have typed, so it is applied and checked exactly as a grid value is.
// The design depends on its seed alone: every coordinator and worker builds the same points.
import { createRng, type Rng } from '../rng';
import { parseDuration } from '../time';
import { problem } from '../scenario/problems';
import { parseValue, SweepError, type Assignment, type SweepSpec } from './sweep';

export const SAMPLE_KINDS = ['lhs', 'random'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

export interface SampleSpec {
  /** `lhs`: one sample in each of `count` equal slices of every range; `random`: independent. */
  readonly kind: SampleKind;
  readonly count: number;
  /** Seed of the design (not of the runs): the same seed gives the same points. */
  readonly seed: number;
}

/** A range written `low..high`: whole numbers, decimals or durations (`30m..2h`). */
export interface SweepRange {
  readonly low: number;
  readonly high: number;
  /** `integer` when both ends are whole numbers; `minutes` when both are durations. */
  readonly unit: 'integer' | 'number' | 'minutes';
}

/** Reads `lhs:200` or `random:50` (the seed is given apart). */
export function parseSample(text: string, seed = 1): SampleSpec {
  const m = /^\s*([a-z]+)\s*:\s*(\d+)\s*$/.exec(text);
  const kind = m?.[1] as SampleKind | undefined;
  const count = Number(m?.[2]);
  if (!m || !kind || !SAMPLE_KINDS.includes(kind) || !Number.isSafeInteger(count) || count < 1) {
    throw new SweepError(problem('problem.compare.sample-form', { gotJson: JSON.stringify(text) }));
  }
  return { kind, count, seed };
}

/** `1..4`, `0.5..0.9`, `30m..2h` → the range; undefined when the text is not a range. */
export function parseRange(text: string): SweepRange | undefined {
  const m = /^\s*([^.\s][^\s]*?)\s*\.\.\s*([^\s]+)\s*$/.exec(text);
  if (!m) return undefined;
  const [a, b] = [m[1]!, m[2]!];
  const num = /^-?\d+(\.\d+)?$/;
  let range: SweepRange | undefined;
  if (num.test(a) && num.test(b)) {
    const unit = /^-?\d+$/.test(a) && /^-?\d+$/.test(b) ? 'integer' : 'number';
    range = { low: Number(a), high: Number(b), unit };
  } else {
    const [low, high] = [parseDuration(a), parseDuration(b)];
    if (low !== undefined && high !== undefined) range = { low, high, unit: 'minutes' };
  }
  if (range && range.high < range.low) {
    throw new SweepError(problem('problem.compare.range-backwards', { range: text.trim() }));
  }
  return range;
}

/** The range of a sweep written `path=low..high`, or undefined for a list of values. */
export function sweepRange(sweep: SweepSpec): SweepRange | undefined {
  return sweep.values.length === 1 ? parseRange(sweep.values[0]!) : undefined;
}

/**
 * The design's points: `count` assignments of every sweep. Latin hypercube: each range (and
 * each list) is cut into `count` equal slices and every slice is used exactly once, in an
 * order shuffled per sweep (McKay, Beckman & Conover 1979); random: independent uniform draws.
 */
export function samplePoints(sweeps: readonly SweepSpec[], sample: SampleSpec): Assignment[][] {
  const rng = createRng(sample.seed);
  const n = sample.count;
  const columns = sweeps.map((sweep) => {
    const u = sample.kind === 'lhs' ? latinColumn(rng, n) : randomColumn(rng, n);
    const range = sweepRange(sweep);
    return u.map((x) => ({
      path: sweep.path,
      value: range ? valueInRange(range, x) : sweep.values[Math.floor(x * sweep.values.length)]!,
    }));
  });
  return Array.from({ length: n }, (_, i) => columns.map((c) => c[i]!));
}

/** One uniform draw in each slice [k/n, (k+1)/n), the slices in shuffled order. */
function latinColumn(rng: Rng, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.map((k) => (k + rng.next()) / n);
}

function randomColumn(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.next());
}

/** u in [0, 1) → a value of the range, as text: whole numbers and minutes stay whole. */
export function valueInRange(range: SweepRange, u: number): string {
  const { low, high, unit } = range;
  switch (unit) {
    case 'integer':
      return String(Math.min(high, low + Math.floor(u * (high - low + 1))));
    case 'minutes':
      return `${Math.min(high, low + Math.floor(u * (high - low + 1)))}m`;
    case 'number':
      // Six significant digits: enough to spread the samples, short enough to read in a row.
      return String(Number((low + u * (high - low)).toPrecision(6)));
  }
}

/**
 * A sweep value as a number for the sensitivity regression: numbers as written, durations in
 * minutes, true/false as 1/0; undefined for anything else (an actor id, a list).
 */
export function numericValue(text: string): number | undefined {
  const v = parseValue(text);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return parseDuration(v);
  return undefined;
}
