// Stepping back on a large run: restore the nearest checkpoint and replay. Measures the
// latency of one step back from random positions, and what keeping checkpoints costs a run.
import { createRng, Simulation, type Scenario } from '../src/core';
import { median, pct, time } from './timing';

export interface StepBack {
  readonly every: number;
  readonly steps: number;
  readonly checkpoints: number;
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** Run time with checkpoints ÷ without, minus 1. */
  readonly overhead: number;
  readonly plainMs: number;
  readonly checkpointedMs: number;
  /** Mean size of one checkpoint (characters of JSON). */
  readonly checkpointChars: number;
}

export function measureStepBack(
  scenario: Scenario,
  every: number,
  samples = 60,
  rounds = 3,
): StepBack {
  const plain: number[] = [];
  const withCheckpoints: number[] = [];
  let full: Simulation | undefined;
  for (let r = 0; r < rounds; r++) {
    plain.push(time(() => new Simulation(scenario, { seed: 1 }).run())[0]);
    const [ms, sim] = time(() =>
      new Simulation(scenario, { seed: 1, checkpointEvery: every }).run(),
    );
    withCheckpoints.push(ms);
    full = sim;
  }
  const sim = full!;
  const steps = sim.step;
  const checkpoints = sim.checkpoints.length;
  const chars = sim.checkpoints.reduce((n, c) => n + c.state.length, 0) / Math.max(1, checkpoints);
  const rng = createRng(11);
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const at = rng.int(1, steps);
    sim.seek(at); // forward (or back) to a random position: not timed
    latencies.push(time(() => sim.seek(at - 1))[0]);
  }
  const plainMs = median(plain);
  const checkpointedMs = median(withCheckpoints);
  return {
    every,
    steps,
    checkpoints,
    samples,
    p50: pct(latencies, 0.5),
    p95: pct(latencies, 0.95),
    max: Math.max(...latencies),
    overhead: checkpointedMs / plainMs - 1,
    plainMs,
    checkpointedMs,
    checkpointChars: chars,
  };
}
