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

describe('seeking forward after a step back', () => {
  it.each(scenarios)(
    '%s: lands on the state and log a straight run has at that step',
    (_file, scenario) => {
      const straight = new Simulation(scenario, { seed: 7 }).run();
      const sim = new Simulation(scenario, { seed: 7, checkpointEvery: 10 }).run();
      const rng = createRng(9);
      for (let i = 0; i < 10; i++) {
        // Back to a random step, then forward to a later one over ground already run.
        const back = rng.int(0, sim.step);
        sim.seek(back);
        const forward = rng.int(back, straight.step);
        sim.seek(forward);
        const fresh = new Simulation(scenario, { seed: 7 });
        fresh.seek(forward);
        expect(sim.step).toBe(forward);
        expect(sim.save()).toBe(fresh.save());
        expect(JSON.stringify(sim.log)).toBe(JSON.stringify(straight.log.slice(0, sim.log.length)));
        // Its checkpoints are the ones a straight run keeps up to here.
        expect(sim.checkpoints.map((c) => c.step)).toEqual(
          Array.from({ length: Math.floor(forward / 10) + 1 }, (_, k) => k * 10),
        );
      }
    },
  );

  it('forgets what lay ahead on a reset to another seed', () => {
    const [, scenario] = scenarios.find(([f]) => f.startsWith('carana'))!;
    const sim = new Simulation(scenario, { seed: 2, checkpointEvery: 25 }).run();
    const end = sim.step;
    sim.seek(Math.floor(end / 2));
    sim.reset(3);
    sim.seek(end);
    const other = new Simulation(scenario, { seed: 3 });
    other.seek(end);
    expect(sim.save()).toBe(other.save());
  });

  it('forgets what lay ahead once the inputs change', () => {
    const [, scenario] = scenarios.find(([f]) => f.startsWith('carana'))!;
    const sim = new Simulation(scenario, { seed: 2, checkpointEvery: 25 }).run();
    const end = sim.step;
    sim.seek(Math.floor(end / 3));
    const event = scenario.injects[0]!.event;
    sim.pushInject(event, 'a live inject after stepping back');
    sim.seek(end);
    const replayed = new Simulation(scenario, { seed: 2, inputs: sim.runInputs });
    replayed.seek(end);
    expect(sim.save()).toBe(replayed.save());
    expect(JSON.stringify(sim.log)).toBe(JSON.stringify(replayed.log));
  });
});
