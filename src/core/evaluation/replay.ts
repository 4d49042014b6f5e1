// The two runs a debrief compares: the run as played (its inputs, up to its position) and the
// doctrine-only run (same scenario, structure and seed, no inputs: every decision point takes
// its default and no live inject is pushed), up to the same time.
import { Simulation } from '../engine/engine';
import type { RunInputs } from '../engine/types';
import type { Scenario } from '../scenario/schema';

export interface DebriefRuns {
  readonly run: Simulation;
  readonly baseline: Simulation;
}

/** Replays a run to `step` (the end when absent) and the doctrine-only run to the same time. */
export function replayForDebrief(
  scenario: Scenario,
  structure: string,
  seed: number,
  inputs: RunInputs,
  step?: number,
): DebriefRuns {
  // Stopped at a position, the run may wait at an open decision point, as it did when saved.
  const run = new Simulation(scenario, {
    structure,
    seed,
    inputs,
    pauseAtDecisions: step !== undefined,
  });
  if (step === undefined) run.run();
  else while (run.status === 'running' && run.step < step) run.stepOnce();
  const baseline = new Simulation(scenario, { structure, seed });
  if (run.status === 'finished') baseline.run();
  else baseline.runUntil(run.time);
  return { run, baseline };
}
