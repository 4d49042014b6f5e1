import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load';
import { Simulation } from './engine';
import { RunLimitError } from './limits';

const text = `version: 1
id: busy
title: Busy
summary: Two desks meeting every minute.
duration: 30d
objectives: [{ id: lo, text: none }]
actors:
  - { id: a, kind: civilian, role: desk, name: A }
  - { id: b, kind: civilian, role: desk, name: B }
structures:
  - id: s
    name: S
    links: [{ from: a, to: b, channel: radio, latency: 1m }]
    meetings: [{ id: m, name: M, chair: a, invitees: [b], first: 'T+00:01', every: 1m }]
    authority: { escortDecision: a, escortProviders: [a], situationalAwareness: a, pocResponse: a, pocResponders: [a], handoverDecision: a }
`;

function busy() {
  const loaded = loadScenario(text, 'busy.yaml');
  if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
  return loaded.scenario;
}

function stop(sim: Simulation): RunLimitError {
  try {
    sim.run();
  } catch (error) {
    if (error instanceof RunLimitError) return error;
    throw error;
  }
  throw new Error('the run ended without reaching its limit');
}

describe('run limits', () => {
  it('stop a run at the log limit with a sentence, at the same step every time', () => {
    const runs = [1, 2].map(() => new Simulation(busy(), { limits: { log: 2000 } }));
    const [a, b] = runs.map(stop);
    expect(a!.limit).toBe('log');
    expect(a!.message).toMatch(
      /^the run stopped at T\+\d\d:\d\d: its event log reached 2,000 entries, the limit for one run; shorten "duration"/,
    );
    expect(b!.message).toBe(a!.message);
    expect(runs[0]!.log).toHaveLength(2000);
    expect(JSON.stringify(runs[1]!.log)).toBe(JSON.stringify(runs[0]!.log));
  });

  it('stop a run whose agenda grows past its limit', () => {
    const error = stop(new Simulation(busy(), { limits: { agenda: 3 } }));
    expect(error.limit).toBe('agenda');
    expect(error.message).toMatch(/3 things were waiting to happen at once/);
  });

  it('cannot be raised above the built-in ones', () => {
    const sim = new Simulation(busy(), { limits: { log: 10 ** 12 } });
    sim.runUntil(60);
    expect(sim.status).toBe('running');
  });
});
