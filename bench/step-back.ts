// Stepping back on a large run: restore the nearest checkpoint and replay. Measures the
// latency of one step back from random positions, and what keeping checkpoints costs a run
// (runs with and without checkpoints interleaved, the overhead taken round by round).
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

export async function measureStepBack(
  scenario: Scenario,
  every: number,
  samples = 60,
  rounds = 3,
): Promise<StepBack> {
  let full: Simulation | undefined;
  const { wall: t, cpu } = await interleaveWithCpu(
    {
      plain: () => new Simulation(scenario, { seed: 1 }).run(),
      checkpointed: () => {
        full = new Simulation(scenario, { seed: 1, checkpointEvery: every }).run();
      },
    },
    rounds,
  );
  const sim = full!;
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
  const overheadCpu = ratio(cpu.checkpointed, cpu.plain);
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
      rounds,
    },
    overheadCpu: {
      median: overheadCpu.median - 1,
      min: overheadCpu.min - 1,
      max: overheadCpu.max - 1,
      rounds,
    },
    plain: spread(t.plain),
    checkpointed: spread(t.checkpointed),
    checkpointChars: chars,
  };
}
