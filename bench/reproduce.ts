// Does this run reproduce an earlier one? Each budget figure's median now against the min–max
// of the same figure in a results file written by `--write` (docs/benchmarks.json) or
// `--json`. Only figures measured in both runs, at the same workload size, are compared.
import type { Report } from './report';
import type { Spread } from './timing';

export interface Reproduction {
  readonly figure: string;
  readonly now: number;
  readonly before: Spread;
  readonly within: boolean;
}

/** The budget figures of a report, by name, where measured. */
function figures(r: Report): Map<string, Spread> {
  const out = new Map<string, Spread>();
  if (typeof r.throughput !== 'string') {
    out.set(`engine ÷ reducer (${r.throughput.actors} actors)`, r.throughput.vsReducer);
    out.set(`send ÷ engine (${r.throughput.actors} actors)`, r.throughput.vsSend);
  }
  if (typeof r.startup !== 'string') {
    out.set('--version (ms)', r.startup.version);
    out.set('run, default scenario (ms)', r.startup.run);
  }
  if (typeof r.batch !== 'string') {
    out.set(`compare: share of the ceiling (${r.batch.seeds} seeds)`, r.batch.shareOfCeiling);
    out.set(`compare: 2-worker speed-up (${r.batch.seeds} seeds)`, r.batch.speedup);
    out.set(`compare: ceiling (${r.batch.seeds} seeds)`, r.batch.ceiling);
  }
  if (typeof r.stepBack !== 'string') {
    for (const s of r.stepBack) {
      out.set(`checkpoint overhead, every ${s.every} (${s.steps} steps)`, s.overhead);
      if (s.overheadCpu)
        out.set(`checkpoint overhead CPU, every ${s.every} (${s.steps} steps)`, s.overheadCpu);
    }
  }
  return out;
}

export function reproduce(now: Report, before: Report): Reproduction[] {
  const earlier = figures(before);
  return [...figures(now)].flatMap(([figure, spread]) => {
    const b = earlier.get(figure);
    if (!b) return [];
    return [
      {
        figure,
        now: spread.median,
        before: b,
        within: spread.median >= b.min && spread.median <= b.max,
      },
    ];
  });
}
