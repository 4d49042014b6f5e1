// The running hash always equals hashing the whole log's JSON, as the log grows, after a step
// back, and after a step back and a different way forward.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashText, loadScenario, Simulation } from '../core/index.ts';
import { LogHash } from './log-hash.ts';

const loaded = loadScenario(
  readFileSync(new URL('../../scenarios/carana-three-bad-days.yaml', import.meta.url), 'utf8'),
  'carana-three-bad-days.yaml',
);
if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
const scenario = loaded.scenario;
const whole = (sim: Simulation) => hashText(JSON.stringify(sim.log));

describe('the running log hash', () => {
  it('equals the whole log hashed, step by step', () => {
    const sim = new Simulation(scenario, { seed: 2 });
    const hash = new LogHash();
    expect(hash.of(sim.log)).toBe(whole(sim));
    for (let i = 0; i < 300 && sim.status !== 'finished'; i++) {
      sim.stepOnce();
      if (i % 7 === 0) expect(hash.of(sim.log)).toBe(whole(sim));
    }
    expect(hash.of(sim.log)).toBe(whole(sim));
  });

  it('follows a step back, and a seek forward again', () => {
    const sim = new Simulation(scenario, { seed: 3 });
    const hash = new LogHash();
    for (let i = 0; i < 200; i++) sim.stepOnce();
    expect(hash.of(sim.log)).toBe(whole(sim));
    sim.seek(sim.step - 120);
    expect(hash.of(sim.log)).toBe(whole(sim));
    sim.seek(sim.step + 150);
    expect(hash.of(sim.log)).toBe(whole(sim));
  });

  it('notices a log cut back and written again to the same length', () => {
    const [first, second] = scenario.structures;
    const a = new Simulation(scenario, { seed: 4, structure: first!.id });
    const b = new Simulation(scenario, { seed: 4, structure: second!.id });
    for (let i = 0; i < 60; i++) {
      a.stepOnce();
      b.stepOnce();
    }
    const log = a.log.slice(0, 60);
    const other = b.log.slice(0, 60);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(log));
    const hash = new LogHash();
    expect(hash.of(log)).toBe(hashText(JSON.stringify(log)));
    log.splice(0, log.length, ...other);
    expect(hash.of(log)).toBe(hashText(JSON.stringify(other)));
  });
});
