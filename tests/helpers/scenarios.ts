// Loads bundled scenarios for whole-scenario tests, through the same loader as the CLI/app.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  computeMetrics,
  formatError,
  loadScenario,
  Simulation,
  type LogEntry,
  type Mark,
  type Metrics,
  type RunInputs,
  type Scenario,
} from '../../src/core/index';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function bundled(name: string): Scenario {
  const file = `scenarios/${name}.yaml`;
  const result = loadScenario(readFileSync(`${ROOT}/${file}`, 'utf8'), file);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.scenario;
}

export interface Outcome {
  readonly log: readonly LogEntry[];
  readonly metrics: Metrics;
  readonly sim: Simulation;
}

export function play(
  scenario: Scenario,
  structure: string,
  seed: number,
  inputs?: Partial<RunInputs>,
): Outcome {
  const sim = new Simulation(scenario, { structure, seed, ...(inputs ? { inputs } : {}) }).run();
  return { log: sim.log, metrics: computeMetrics(sim.log, scenario, sim.structure), sim };
}

/** Entries carrying a mark, optionally for one process (its id is the entry's ref). */
export const marked = (log: readonly LogEntry[], mark: Mark, ref?: string): LogEntry[] =>
  log.filter((e) => e.marks?.includes(mark) && (ref === undefined || e.ref === ref));

export const seeds = (n: number, from = 1): number[] =>
  Array.from({ length: n }, (_, i) => from + i);

export const mean = (xs: readonly (number | null)[]): number => {
  const v = xs.filter((x): x is number => x !== null);
  return v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
};
