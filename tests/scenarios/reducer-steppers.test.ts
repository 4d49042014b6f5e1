// The bench's plain-reducer engine (bench/reducer.ts) is the engine itself with hand-written
// reducers taking the machines' steps through the stepper seam (src/core/engine/stepper.ts).
// For its ratio to price xstate and nothing else, it must do the same work: the same log,
// byte for byte, the same metrics and the same saved state as the compiled tables, on the
// bench's own mission and on every bundled scenario.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMetrics, loadScenario, Simulation, type Scenario } from '../../src/core';
import type { MachineStepper, MachineSteppers } from '../../src/core/engine/stepper';
import { reducerSteppers } from '../../bench/reducer';
import { syntheticMesh } from '../../bench/synthetic-mesh';

const ROOT = new URL('../../', import.meta.url);

/** The reducers, counting their starts and steps per machine (so a bypassed seam fails). */
function counted(): { steppers: Partial<MachineSteppers>; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const bump = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1);
  const steppers: Record<string, MachineStepper> = {};
  for (const [key, stepper] of Object.entries(reducerSteppers) as [string, MachineStepper][])
    steppers[key] = {
      start: (input) => (bump(key), stepper.start(input)),
      step: (state, event) => (bump(key), stepper.step(state, event)),
    };
  return { steppers, calls };
}

function both(scenario: Scenario, structure: string, seed: number) {
  const tables = new Simulation(scenario, { structure, seed }).run();
  const { steppers, calls } = counted();
  const reducers = new Simulation(scenario, { structure, seed, steppers }).run();
  return { tables, reducers, calls };
}

describe('the plain-reducer engine does the engine’s workload', () => {
  it('the bench mission: same log, metrics and saved state', { timeout: 120_000 }, () => {
    const mesh = syntheticMesh(200);
    for (const seed of [1, 2]) {
      const { tables, reducers, calls } = both(mesh, mesh.structures[0]!.id, seed);
      expect(tables.log.length).toBeGreaterThan(10_000);
      expect(JSON.stringify(reducers.log)).toBe(JSON.stringify(tables.log));
      expect(JSON.stringify(computeMetrics(reducers.log, mesh, reducers.structure))).toBe(
        JSON.stringify(computeMetrics(tables.log, mesh, tables.structure)),
      );
      expect(reducers.save()).toBe(tables.save());
      // Every machine of the mission stepped by its reducer, none by its tables.
      for (const key of ['military', 'police', 'humanitarian', 'civilian', 'hostPolice'])
        expect(calls.get(key) ?? 0, key).toBeGreaterThan(100);
      expect(calls.get('information') ?? 0).toBeGreaterThan(1000);
    }
  });

  it('every bundled scenario and drill, each structure', { timeout: 120_000 }, () => {
    let runs = 0;
    for (const dir of ['scenarios/', 'tests/fixtures/']) {
      const files = readdirSync(new URL(dir, ROOT)).filter((f) => f.endsWith('.yaml'));
      for (const f of files.sort()) {
        const loaded = loadScenario(readFileSync(new URL(dir + f, ROOT), 'utf8'), f);
        if (!loaded.ok) continue;
        for (const structure of loaded.scenario.structures) {
          const { tables, reducers, calls } = both(loaded.scenario, structure.id, 1);
          const where = `${dir}${f} ${structure.id}`;
          expect(JSON.stringify(reducers.log), where).toBe(JSON.stringify(tables.log));
          expect(reducers.save(), where).toBe(tables.save());
          expect(calls.size, where).toBeGreaterThan(0);
          runs++;
        }
      }
    }
    expect(runs).toBeGreaterThan(20);
  });
});
