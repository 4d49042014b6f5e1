import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { Scenario } from '../scenario/schema';
import { hostPoliceInput } from './host-police';
import { overwhelmedIn, spawnsFor, type LiveInstance, type Spawn } from './registry';
import type { PocInput } from './poc';

const actor = (id: string, kind: Scenario['actors'][number]['kind'], extra: object = {}) =>
  ({
    id,
    kind,
    role: id,
    name: id,
    capacity: 3,
    handling: 20,
    teams: 1,
    ...extra,
  }) as Scenario['actors'][number];

// CNP North's readiness to respond is uncertain as written (a chance), settled for the run;
// the battalion carries a `readiness` the simulation ignores (it is not host-state police).
const cnp = actor('cnp', 'host-police', {
  readiness: { respond: 0.5, certified: 0.9, logistics: true, stability: true },
});
const scenario = {
  actors: [
    actor('joc', 'civilian'),
    actor('bn', 'military', {
      readiness: { respond: false, certified: 1, logistics: true, stability: true },
    }),
    cnp,
  ],
  areas: [{ id: 'north', name: 'North', lead: 'cnp', threat: 'low' }],
} as unknown as Scenario;

const structure = {
  authority: {
    escortDecision: 'joc',
    escortProviders: ['bn'],
    situationalAwareness: 'joc',
    pocResponse: 'joc',
    pocResponders: ['cnp', 'bn'],
    handoverDecision: 'joc',
  },
} as unknown as Scenario['structures'][number];

/** CNP North's running component, its readiness settled to `respond`. */
const component = (respond: boolean, overwhelmed = false): LiveInstance => {
  const input = hostPoliceInput(cnp, (c) => (typeof c === 'boolean' ? c : respond));
  return {
    id: 'cnp',
    machine: 'hostPolice',
    value: 'idle',
    done: false,
    context: {
      ...input,
      workload: 0,
      peak: 0,
      teamsOut: 0,
      capacityNow: input.capacity,
      weeks: 0,
      overwhelmed,
    },
  };
};

const incident = {
  type: 'incident' as const,
  id: 'riot',
  area: 'north',
  reportedBy: 'joc',
  summary: 'a riot',
  severity: 'high' as const,
  threatToCivilians: true,
  needToKnow: [],
};

const spawnsWith = (instances: LiveInstance[]) =>
  spawnsFor(incident as never, {
    scenario,
    structure,
    rng: createRng(1),
    time: 0,
    instances: () => instances,
  });

const responders = (spawns: readonly Spawn[]) =>
  ((spawns[0] as { input: PocInput }).input.responders ?? []).map((r) => [r.id, r.able]);

describe('an incident and the host-state police', () => {
  it('counts a responder able as its component stands now: readiness settled for the run', () => {
    expect(responders(spawnsWith([component(true)]))).toEqual([
      ['cnp', true],
      ['bn', true],
    ]);
    // Settled unable for this run, though able by chance as written.
    expect(responders(spawnsWith([component(false)]))[0]).toEqual(['cnp', false]);
    expect(responders(spawnsWith([component(true, true)]))[0]).toEqual(['cnp', false]);
  });

  it('ignores readiness on a responder that is not host-state police', () => {
    expect(responders(spawnsWith([component(true)]))[1]).toEqual(['bn', true]);
  });

  it('tells the units it overwhelms, and the engine reads them from the same spawns', () => {
    const spawns = spawnsWith([component(true)]);
    expect(overwhelmedIn(spawns)).toEqual(['cnp']);
    expect(overwhelmedIn(spawnsWith([component(true)]).slice(0, 1))).toEqual([]);
  });
});
