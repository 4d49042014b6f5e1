// Checkpoints keep instances, link times, what actors learnt, the agenda and the messages under
// way as differences from the checkpoint before (a chain from one whole checkpoint), and a seek
// walks that chain back and forth. Whatever the walk — back, forward over ground already run, to the end, from a
// restored save, after a checkpoint taken again — the run must land on the very state and log
// a straight run has at that step, and every checkpoint must read as that step's save().
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, Simulation, type Scenario } from '../../src/core';
import { syntheticMesh } from '../../bench/synthetic-mesh';

const carana = (() => {
  const file = 'carana-three-bad-days.yaml';
  const loaded = loadScenario(
    readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'),
    file,
  );
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
})();

/** A straight run's save() and log length at any step (a run without checkpoints, forward only). */
function straight(scenario: Scenario, seed: number) {
  const saves = new Map<number, string>();
  const full = new Simulation(scenario, { seed }).run();
  let plain = new Simulation(scenario, { seed });
  return {
    end: full.step,
    log: full.log,
    at(step: number): string {
      let save = saves.get(step);
      if (save === undefined) {
        if (plain.step > step) plain = new Simulation(scenario, { seed });
        plain.seek(step);
        save = plain.save();
        saves.set(step, save);
      }
      return save;
    },
  };
}

/** A step anywhere in the run, as a number to take modulo its length (no bias to the ends). */
const position = fc.noBias(fc.nat({ max: 1_000_000 }));

type Move =
  | { kind: 'seek'; at: number }
  | { kind: 'run' }
  | { kind: 'restore'; at: number };

const moves = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('seek' as const), at: position }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('run' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), at: position }) },
  ),
  { minLength: 1, maxLength: 14 },
);

const cases: Array<[string, Scenario, number]> = [
  ['a 30-actor synthetic mesh', syntheticMesh(30), 4],
  ['carana-three-bad-days', carana, 6],
];

describe('the chain of checkpoint differences', () => {
  it.each(cases)(
    '%s: random seeks land on a straight run’s state, log and checkpoints',
    { timeout: 600_000 },
    (_name, scenario, seed) => {
      const truth = straight(scenario, seed);
      const fullLog = JSON.stringify(truth.log);
      fc.assert(
        fc.property(fc.constantFrom(2, 9, 50, 250), moves, fc.nat(), (every, walk, pick) => {
          const sim = new Simulation(scenario, { seed, checkpointEvery: every });
          for (const move of walk as Move[]) {
            const to = move.kind === 'run' ? 0 : move.at % (truth.end + 1);
            if (move.kind === 'seek') sim.seek(to);
            else if (move.kind === 'run') sim.run();
            else {
              // A save from elsewhere in the run restored: a chain that starts there.
              const save = truth.at(to);
              sim.restore(save, truth.log);
            }
            const step = sim.step;
            expect(sim.save()).toBe(truth.at(step));
            expect(JSON.stringify(sim.log)).toBe(
              JSON.stringify(truth.log.slice(0, sim.log.length)),
            );
          }
          // A few checkpoints read as JSON: each is rebuilt from its chain's whole one.
          const kept = sim.checkpoints;
          for (let k = 0; k < Math.min(4, kept.length); k++) {
            const checkpoint = kept[(pick + k * 7919) % kept.length]!;
            expect(checkpoint.state).toBe(truth.at(checkpoint.step));
          }
          sim.run();
          expect(JSON.stringify(sim.log)).toBe(fullLog);
          expect(sim.save()).toBe(truth.at(truth.end));
        }),
        { numRuns: 12 },
      );
    },
  );

  it.each(cases)(
    '%s: stepping back one step at a time lands on a straight run’s state and log',
    { timeout: 600_000 },
    (_name, scenario, seed) => {
      const truth = straight(scenario, seed);
      fc.assert(
        fc.property(
          fc.constantFrom(20, 50, 250),
          position,
          fc.array(fc.nat(12), { minLength: 1, maxLength: 4 }),
          (every, where, backs) => {
            // A seek that replays keeps checkpoints on its way (a tenth of the interval apart),
            // which the steps back after it restore, across several of them and past the first.
            const sim = new Simulation(scenario, { seed, checkpointEvery: every }).run();
            let at = where % (truth.end + 1);
            sim.seek(at);
            for (const back of backs) {
              for (let i = 0; i <= back && at > 0; i++) {
                at -= 1;
                sim.seek(at);
                expect(sim.save()).toBe(truth.at(at));
              }
              expect(JSON.stringify(sim.log)).toBe(
                JSON.stringify(truth.log.slice(0, sim.log.length)),
              );
              // Now and then forward a little, as a student checks what came next.
              at = Math.min(truth.end, at + back);
              sim.seek(at);
              expect(sim.save()).toBe(truth.at(at));
            }
            expect(sim.checkpoints.every((c) => c.step % every === 0)).toBe(true);
            for (const checkpoint of sim.checkpoints.slice(-3))
              expect(checkpoint.state).toBe(truth.at(checkpoint.step));
            sim.run();
            expect(sim.save()).toBe(truth.at(truth.end));
          },
        ),
        { numRuns: 10 },
      );
    },
  );

  it('a checkpoint taken again after a live inject holds the changes of both', { timeout: 600_000 }, () => {
    const scenario = syntheticMesh(30);
    const event = scenario.injects[0]!.event;
    fc.assert(
      fc.property(fc.constantFrom(2, 5, 20), position, (every, where) => {
        const sim = new Simulation(scenario, { seed: 2, checkpointEvery: every }).run();
        // On a checkpoint's step, so that the one there is taken again.
        const at = Math.floor((where % (sim.step + 1)) / every) * every;
        sim.seek(at);
        sim.pushInject(event, 'a live inject on a checkpoint');
        sim.run();
        const replayed = new Simulation(scenario, { seed: 2, inputs: sim.runInputs });
        const truth = new Simulation(scenario, { seed: 2, inputs: sim.runInputs });
        replayed.run();
        expect(sim.save()).toBe(replayed.save());
        expect(JSON.stringify(sim.log)).toBe(JSON.stringify(replayed.log));
        // The checkpoints around the inject: the one taken again and those after it.
        for (const checkpoint of sim.checkpoints) {
          if (checkpoint.step < at || checkpoint.step > at + 3 * every) continue;
          truth.seek(checkpoint.step);
          expect(checkpoint.state).toBe(truth.save());
        }
        // And stepping back across it replays the same.
        sim.seek(Math.max(0, at - 1));
        sim.run();
        expect(JSON.stringify(sim.log)).toBe(JSON.stringify(replayed.log));
      }),
      { numRuns: 8 },
    );
  });
});
