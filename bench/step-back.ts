// Stepping back on a large run: restore the nearest checkpoint and replay. Measures the
// latency of one step back from random positions, and what keeping checkpoints costs a run
// (runs with and without checkpoints interleaved, the overhead taken round by round).
//
// The overhead is a few per cent measured on runs of a few hundred milliseconds on a shared
// machine, where a round moves by ±20%: so every interval is paired, round after round, with a
// run without checkpoints right beside it (`measureOverhead`), every variant warmed up alike,
// the garbage settled before each run, and the figure read in CPU time as well as wall time.
import { createRng, Simulation, type Scenario } from '../src/core';
import { interleaveWithCpu, pct, ratio, settle, spread, time, type Spread } from './timing';

export interface StepBack {
  readonly every: number;
  readonly steps: number;
  readonly checkpoints: number;
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** CPU p95 of one step back and of a scrub, ms (what a loaded machine barely moves). */
  readonly cpuP95?: number;
  readonly scrubCpuP95?: number;
  /** p95 of a seek from one random position to another (scrubbing), ms. */
  readonly scrubP95: number;
  readonly scrubMax: number;
  /** Per round: run time with checkpoints ÷ without, minus 1. */
  readonly overhead: Spread;
  /** The same in CPU time (what a loaded machine barely moves). */
  readonly overheadCpu?: Spread;
  readonly plain: Spread;
  readonly checkpointed: Spread;
  /** Mean size of one checkpoint (characters of JSON). */
  readonly checkpointChars: number;
}

/** What keeping checkpoints costs a run, at one interval: run times and their ratios by round. */
export interface Overhead {
  readonly plain: readonly number[];
  readonly checkpointed: readonly number[];
  readonly plainCpu: readonly number[];
  readonly checkpointedCpu: readonly number[];
}

/**
 * Runs without checkpoints and with a checkpoint every `n` steps for each of `intervals`, after
 * the same warm-up for every variant (two rounds of all of them). Each round pairs every
 * interval with a run without checkpoints of its own, back to back — which of the two goes
 * first alternating from pair to pair and round to round — so a ratio is taken between runs a
 * second apart, not across the whole round, over which a loaded machine's pace drifts. The
 * garbage is settled before each run, with a pause after (see `timedRun`).
 */
export async function measureOverhead(
  scenario: Scenario,
  intervals: readonly number[],
  rounds: number,
): Promise<Map<number, Overhead>> {
  const plain = () => new Simulation(scenario, { seed: 1 }).run();
  const every = (n: number) => () =>
    new Simulation(scenario, { seed: 1, checkpointEvery: n }).run();
  for (let w = 0; w < 2; w++) {
    plain();
    for (const n of intervals) every(n)();
  }
  const out = new Map<
    number,
    { plain: number[]; checkpointed: number[]; plainCpu: number[]; checkpointedCpu: number[] }
  >(intervals.map((n) => [n, { plain: [], checkpointed: [], plainCpu: [], checkpointedCpu: [] }]));
  let turn = 0;
  for (let r = 0; r < rounds; r++) {
    // The intervals' order rotates too, so that none always follows the same one.
    for (let i = 0; i < intervals.length; i++) {
      const n = intervals[(r + i) % intervals.length]!;
      const runs = out.get(n)!;
      const first = turn++ % 2 === 0;
      for (const checkpointed of first ? [false, true] : [true, false]) {
        const [wall, cpu] = await timedRun(checkpointed ? every(n) : plain);
        (checkpointed ? runs.checkpointed : runs.plain).push(wall);
        (checkpointed ? runs.checkpointedCpu : runs.plainCpu).push(cpu);
      }
    }
  }
  return out;
}

/**
 * One run's wall and CPU milliseconds, the garbage settled first. The settling collection
 * leaves sweeping to background threads, whose CPU time would otherwise land in the run's
 * window (a few milliseconds: noise of the order of the budget on a short run), hence the pause.
 */
async function timedRun(run: () => unknown): Promise<[number, number]> {
  settle();
  await new Promise((resolve) => setTimeout(resolve, 15));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(c0);
  return [wall, (used.user + used.system) / 1000];
}

export async function measureStepBack(
  scenario: Scenario,
  every: number,
  samples = 60,
  rounds = 3,
  measured?: Overhead,
): Promise<StepBack> {
  let full: Simulation | undefined;
  let overheadRuns = measured;
  if (!overheadRuns) {
    const { wall, cpu } = await interleaveWithCpu(
      {
        plain: () => new Simulation(scenario, { seed: 1 }).run(),
        checkpointed: () => {
          full = new Simulation(scenario, { seed: 1, checkpointEvery: every }).run();
        },
      },
      rounds,
    );
    overheadRuns = {
      plain: wall.plain,
      checkpointed: wall.checkpointed,
      plainCpu: cpu.plain,
      checkpointedCpu: cpu.checkpointed,
    };
  }
  const sim = full ?? new Simulation(scenario, { seed: 1, checkpointEvery: every }).run();
  const t = overheadRuns;
  const steps = sim.step;
  const checkpoints = sim.checkpoints.length;
  const chars = sim.checkpoints.reduce((n, c) => n + c.state.length, 0) / Math.max(1, checkpoints);
  const rng = createRng(11);
  const latencies: number[] = [];
  const scrubs: number[] = [];
  const cpuLatencies: number[] = [];
  const cpuScrubs: number[] = [];
  const timed = (fn: () => void, wall: number[], cpu: number[]) => {
    settle();
    const c0 = process.cpuUsage();
    wall.push(time(fn)[0]);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  };
  for (let i = 0; i < samples; i++) {
    const at = rng.int(1, steps);
    // From wherever the last sample left it to a random step, forward or back: a scrub.
    timed(() => sim.seek(at), scrubs, cpuScrubs);
    timed(() => sim.seek(at - 1), latencies, cpuLatencies);
  }
  const overhead = ratio(t.checkpointed, t.plain);
  const overheadCpu = ratio(t.checkpointedCpu, t.plainCpu);
  const counted = t.plain.length;
  return {
    every,
    steps,
    checkpoints,
    samples,
    p50: pct(latencies, 0.5),
    p95: pct(latencies, 0.95),
    max: Math.max(...latencies),
    scrubP95: pct(scrubs, 0.95),
    scrubMax: Math.max(...scrubs),
    cpuP95: pct(cpuLatencies, 0.95),
    scrubCpuP95: pct(cpuScrubs, 0.95),
    overhead: {
      median: overhead.median - 1,
      min: overhead.min - 1,
      max: overhead.max - 1,
      rounds: counted,
    },
    overheadCpu: {
      median: overheadCpu.median - 1,
      min: overheadCpu.min - 1,
      max: overheadCpu.max - 1,
      rounds: counted,
    },
    plain: spread(t.plain),
    checkpointed: spread(t.checkpointed),
    checkpointChars: chars,
  };
}
