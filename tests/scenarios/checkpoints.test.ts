// Checkpoints are kept in memory (machine snapshots shared, engine state copied) and turned
// into JSON only when read. Their JSON must be exactly what `save()` gives at that step, and
// stepping back through them must replay to the same log, on every bundled scenario.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng, loadScenario, Simulation, type Scenario } from '../../src/core';

const ROOT = new URL('../../', import.meta.url);
const scenarios: Array<[string, Scenario]> = readdirSync(new URL('scenarios/', ROOT))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const loaded = loadScenario(readFileSync(new URL(`scenarios/${f}`, ROOT), 'utf8'), f);
    return loaded.ok ? [[f, loaded.scenario] as [string, Scenario]] : [];
  });

describe('in-memory checkpoints', () => {
  it('finds the bundled scenarios', () => {
    expect(scenarios.length).toBeGreaterThan(1);
  });

  it.each(scenarios)('%s: checkpoint JSON equals save() at that step, under every structure', (_file, scenario) => {
    for (const structure of scenario.structures) {
      const kept = new Simulation(scenario, { structure: structure.id, seed: 3, checkpointEvery: 9 }).run();
      const plain = new Simulation(scenario, { structure: structure.id, seed: 3 });
      expect(kept.checkpoints.length).toBeGreaterThan(2);
      for (const checkpoint of kept.checkpoints) {
        plain.seek(checkpoint.step);
        expect(checkpoint.state).toBe(plain.save());
      }
    }
  });

  it.each(scenarios)('%s: stepping back and forth replays the same log', (_file, scenario) => {
    const straight = new Simulation(scenario, { seed: 5 }).run();
    const full = JSON.stringify(straight.log);
    const end = straight.save();
    const sim = new Simulation(scenario, { seed: 5, checkpointEvery: 11 }).run();
    const rng = createRng(42);
    for (let i = 0; i < 12; i++) {
      const to = rng.int(0, sim.step);
      sim.seek(to);
      expect(sim.step).toBe(to);
      expect(JSON.stringify(sim.log)).toBe(JSON.stringify(straight.log.slice(0, sim.log.length)));
      if (i % 3 === 0) sim.run();
    }
    sim.run();
    expect(JSON.stringify(sim.log)).toBe(full);
    expect(sim.save()).toBe(end);
  });
});
