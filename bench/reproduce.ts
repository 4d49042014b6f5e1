// Does this run reproduce an earlier one? Each reproducible figure's median now against the
// min–max of the same figure in a results file written by `--write` (docs/benchmarks.json) or
// `--json`. Only figures measured in both runs, at the same workload size, are compared (the
// size is part of each figure's name).
//
// Beside each verdict: how far outside, the machine's load as the figure's section started in
// both runs (a whole process's wall time follows the load), and the chance that the median would
// land within the earlier min–max if nothing at all had changed — with 3 rounds before and 3 now
// that is only 60%, so a figure outside is evidence of a change only where its rounds make that
// chance high.
import type { Report } from './report';
import type { Spread } from './timing';

export interface Reproduction {
  readonly figure: string;
  /** The bench section that measures it (`--only` takes these names). */
  readonly section: string;
  readonly now: number;
  /** This run's spread of the figure (absent in results written before it was kept). */
  readonly nowSpread?: Spread;
  readonly before: Spread;
  readonly within: boolean;
  /**
   * Outside only: how far the median is past the nearer end of the earlier min–max, as a
   * share of that end (−0.05: 5% below the minimum; 0.05: 5% above the maximum).
   */
  readonly by?: number;
  /**
   * Load average (1 minute) over the section, now and in the earlier run: as it started and,
   * where kept, as it ended.
   */
  readonly loadNow?: LoadSpan;
  readonly loadBefore?: LoadSpan;
  /**
   * The loads differ: their means over the section promise wall times a fifth or more apart
   * (`loadsDiffer`).
   */
  readonly loadDiffers: boolean;
  /**
   * Probability that this run's median falls within the earlier min–max when every round of
   * both runs comes from the same machine in the same state (exchangeable rounds).
   */
  readonly chance: number;
}

/** What both runs were: the like-with-like conditions a reader checks first. */
export interface Comparison {
  readonly figures: readonly Reproduction[];
  readonly before: {
    readonly date: string;
    readonly commit: string;
    readonly quick: boolean;
    readonly load: string;
  };
  /** Differences in how the two runs were taken (mode, commit), in words. */
  readonly caveats: readonly string[];
}

interface Figure {
  readonly section: string;
  readonly spread: Spread;
}

/** The reproducible figures of a report, by name, where measured. */
function figures(r: Report): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const add = (section: string, name: string, spread: Spread | undefined) => {
    if (spread) out.set(name, { section, spread });
  };
  if (typeof r.throughput !== 'string') {
    const t = r.throughput;
    add('engine', `engine ÷ reducer engine (${t.actors} actors)`, t.vsReducerEngine);
    add('engine', `engine ÷ reducer engine CPU (${t.actors} actors)`, t.cpu?.vsReducerEngine);
    add('engine', `engine ÷ light reducer loop (${t.actors} actors)`, t.vsReducer);
    add('engine', `send ÷ engine (${t.actors} actors)`, t.vsSend);
    add('engine', `send ÷ engine CPU (${t.actors} actors)`, t.cpu?.vsSend);
  }
  if (typeof r.startup !== 'string') {
    const s = r.startup;
    add('startup', '--version (ms)', s.version);
    add('startup', '--version CPU (ms)', s.cpu.version);
    add('startup', 'run, default scenario (ms)', s.run);
    add('startup', 'run, default scenario, above Node alone (ms)', s.runAboveNode);
    add('startup', 'run, default scenario CPU (ms)', s.cpu.run);
  }
  if (typeof r.batch !== 'string') {
    const b = r.batch;
    add('batch', `compare: share of the ceiling (${b.seeds} seeds)`, b.shareOfCeiling);
    add('batch', `compare: 2-worker speed-up (${b.seeds} seeds)`, b.speedup);
    add('batch', `compare: ceiling (${b.seeds} seeds)`, b.ceiling);
  }
  if (typeof r.stepBack !== 'string') {
    for (const s of r.stepBack) {
      add('stepback', `checkpoint overhead, every ${s.every} (${s.steps} steps)`, s.overhead);
      add(
        'stepback',
        `checkpoint overhead CPU, every ${s.every} (${s.steps} steps)`,
        s.overheadCpu,
      );
    }
  }
  if (typeof r.scaling !== 'string') {
    for (const x of r.scaling) {
      const g = x.growth;
      if (!g) continue;
      const name = `cost per step, ${x.actors} ÷ ${g.against} actors`;
      add('scaling', name, g.wall);
      add('scaling', `${name} CPU`, g.cpu);
      add('scaling', `${name} main thread`, g.main);
    }
  }
  return out;
}

export function reproduce(now: Report, before: Report): Comparison {
  const earlier = figures(before);
  const loadOf = (r: Report, section: string): LoadSpan | undefined => {
    const start = Number(r.machine.loads[section]);
    if (!Number.isFinite(start) || r.machine.loads[section] === undefined) return undefined;
    const end = Number(r.machine.loadsAtEnd?.[section]);
    return Number.isFinite(end) && r.machine.loadsAtEnd?.[section] !== undefined
      ? { start, end }
      : { start };
  };
  const list = [...figures(now)].flatMap(([figure, { section, spread }]) => {
    const b = earlier.get(figure)?.spread;
    if (!b) return [];
    const m = spread.median;
    const within = m >= b.min && m <= b.max;
    const loadNow = loadOf(now, section);
    const loadBefore = loadOf(before, section);
    return [
      {
        figure,
        section,
        now: m,
        nowSpread: spread,
        before: b,
        within,
        ...(within ? {} : { by: m < b.min ? m / b.min - 1 : m / b.max - 1 }),
        ...(loadNow === undefined ? {} : { loadNow }),
        ...(loadBefore === undefined ? {} : { loadBefore }),
        loadDiffers: loadsDiffer(meanLoad(loadNow), meanLoad(loadBefore), now.machine.cores),
        chance: chanceWithin(b.rounds, spread.rounds),
      } satisfies Reproduction,
    ];
  });
  const caveats: string[] = [];
  if (now.quick !== before.quick)
    caveats.push(
      `the earlier run was ${before.quick ? 'a --quick run' : 'a full run'} and this one ${now.quick ? 'a --quick run' : 'a full run'}: rounds and sections' order differ`,
    );
  if (now.machine.commit !== before.machine.commit)
    caveats.push(
      `the code differs (commit ${before.machine.commit} then ${now.machine.commit}): a figure outside may be a change in the code`,
    );
  return {
    figures: list,
    before: {
      date: before.date,
      commit: before.machine.commit,
      quick: before.quick,
      load: before.machine.loadBefore,
    },
    caveats,
  };
}

export interface LoadSpan {
  readonly start: number;
  readonly end?: number;
}

const meanLoad = (l: LoadSpan | undefined) =>
  l === undefined ? undefined : l.end === undefined ? l.start : (l.start + l.end) / 2;

/**
 * Whether two loads promise different wall times. Below the core count every runnable process
 * has a core; above it, a process's share of a core — and its wall time — goes with
 * load ÷ cores. Differs: the expected wall times are a fifth or more apart (on 2 cores, 3.0
 * against 4.2 differs, 2.9 against 3.1 or 17 against 18 does not, 26 against 32 does).
 */
export function loadsDiffer(a: number | undefined, b: number | undefined, cores = 2): boolean {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b))
    return false;
  const x = Math.max(a, cores);
  const y = Math.max(b, cores);
  return Math.max(x, y) / Math.min(x, y) >= 1.2;
}

/**
 * The probability that the median of `m` rounds falls within the min–max of `n` earlier rounds
 * when all n + m rounds are exchangeable (the same machine in the same state, nothing changed).
 * The median lies below every earlier round exactly when the first k of all n + m rounds, in
 * order of value, are all from this run, k being the median's rank: C(n + m − k, n) ÷ C(n + m, n);
 * above, the same by symmetry. For an even m the median is the mean of ranks m/2 and m/2 + 1;
 * using rank m/2 gives a lower bound. n = m = 3: 0.60; 5: 0.83; 7: 0.93; 9: 0.97; 11: 0.99.
 */
export function chanceWithin(n: number, m: number): number {
  if (n < 1 || m < 1) return 0;
  const k = m % 2 === 1 ? (m + 1) / 2 : m / 2;
  const outsideOneSide = choose(n + m - k, n) / choose(n + m, n);
  return Math.max(0, 1 - 2 * outsideOneSide);
}

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}
