import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { Scenario } from '../scenario/schema';
import type { LiveInstance, SpawnContext } from './registry';
import {
  areaHolder,
  forceIn,
  handoversToInMonitoring,
  hostPoliceNow,
  hostPoliceUnits,
  notificationRecipients,
  overwhelmedBy,
  travelTo,
} from './world';

const actor = (id: string, kind: Scenario['actors'][number]['kind']) =>
  ({
    id,
    kind,
    role: id,
    name: id,
    capacity: 3,
    handling: 20,
    teams: 1,
  }) as Scenario['actors'][number];

const scenario = {
  actors: [
    actor('bn', 'military'),
    actor('fpu', 'police'),
    actor('ocha', 'humanitarian'),
    actor('ngo', 'humanitarian'),
    { ...actor('cnp', 'host-police'), hrddp: 'suspended' },
  ],
  areas: [
    { id: 'north', name: 'North', lead: 'fpu', threat: 'low', force: ['bn'] },
    { id: 'south', name: 'South', lead: 'fpu', threat: 'low', travel: 180 },
    { id: 'east', name: 'East', lead: 'cnp', threat: 'low', travel: { military: 300 } },
  ],
} as unknown as Scenario;

const structure = (facilitator?: string) =>
  ({
    authority: {
      escortDecision: 'ocha',
      ...(facilitator ? { escortFacilitator: facilitator } : {}),
      escortProviders: ['fpu', 'bn'],
      situationalAwareness: 'ocha',
      pocResponse: 'ocha',
      pocResponders: ['bn'],
      handoverDecision: 'ocha',
    },
  }) as unknown as Scenario['structures'][number];

const ctx = (instances: LiveInstance[] = [], facilitator?: string): SpawnContext => ({
  scenario,
  structure: structure(facilitator),
  rng: createRng(1),
  time: 0,
  instances: () => instances,
});

const handover = (value: unknown, context: object): LiveInstance => ({
  id: 'h1',
  machine: 'handover',
  value,
  done: value === 'reversed' || value === 'completed',
  context: { area: 'south', from: 'fpu', to: 'cnp', flow: 'police-to-host-police', ...context },
});

describe('the world an event lands in', () => {
  it('tells a movement to the facilitator, the force in the area and its lead, once each', () => {
    expect(notificationRecipients(ctx([], 'ocha'), 'ngo', 'north')).toEqual(['ocha', 'bn', 'fpu']);
    expect(notificationRecipients(ctx(), 'ngo', 'north')).toEqual(['bn', 'fpu']);
    expect(notificationRecipients(ctx(), 'fpu', 'north')).toEqual(['bn']);
    // No force named: the first military escort provider.
    expect(forceIn(scenario, structure(), 'south')).toEqual(['bn']);
  });

  it('follows who holds an area through handovers, and back after a reversal', () => {
    expect(areaHolder(ctx(), 'south')).toBe('fpu');
    const monitoring = handover(
      { 'police to host police': { monitoring: 'watching' } },
      {
        transferred: true,
        phase: 'monitoring',
      },
    );
    expect(areaHolder(ctx([monitoring]), 'south')).toBe('cnp');
    expect(handoversToInMonitoring(ctx([monitoring]), 'cnp')).toEqual(['h1']);
    expect(areaHolder(ctx([handover('reversed', { transferred: true })]), 'south')).toBe('fpu');
  });

  it('overwhelms the host police holding the area in a high-severity threat, or those named', () => {
    const high = { area: 'east', severity: 'high', threatToCivilians: true };
    expect(overwhelmedBy(ctx(), high)).toEqual(['cnp']);
    expect(overwhelmedBy(ctx(), { ...high, severity: 'medium' })).toEqual([]);
    expect(overwhelmedBy(ctx(), { ...high, threatToCivilians: false })).toEqual([]);
    expect(overwhelmedBy(ctx(), { ...high, area: 'north' })).toEqual([]);
    expect(overwhelmedBy(ctx(), { ...high, area: 'north', overwhelms: ['cnp', 'fpu'] })).toEqual([
      'cnp',
    ]);
  });

  it('reads a unit standing from the scenario before the run has one', () => {
    expect(hostPoliceNow(ctx(), 'cnp')).toMatchObject({ hrddp: 'suspended', respond: true });
    expect(hostPoliceNow(ctx(), 'fpu')).toBeUndefined();
  });

  it('gives decisions the host police with the areas they hold now, HRDDP measures and all', () => {
    expect(hostPoliceUnits(ctx(), () => false)).toEqual([
      { id: 'cnp', areas: ['east'], respond: true, hrddp: 'suspended' },
    ]);
    const monitoring = handover('watching', { transferred: true, phase: 'monitoring' });
    const live: LiveInstance = {
      id: 'cnp',
      machine: 'hostPolice',
      value: 'idle',
      done: false,
      context: {
        id: 'cnp',
        teams: 1,
        teamsOut: 0,
        capacityNow: 3,
        overwhelmed: true,
        readiness: { respond: false, certified: 1, logistics: true, stability: true },
        hrddp: 'suspended',
        allows: ['escort'],
        measures: 'vetted officers',
      },
    };
    const [unit] = hostPoliceUnits(ctx([monitoring, live]), (id) => id === 'cnp');
    // South was handed over during the run; overwhelmed by a fact, each view weighs it.
    expect(unit).toEqual({
      id: 'cnp',
      areas: ['south', 'east'],
      respond: true,
      hrddp: 'suspended',
      allows: ['escort'],
    });
    expect(hostPoliceUnits(ctx([live]), () => false)[0]?.respond).toBe(false);
    // Unable by its readiness before the incident overwhelmed it: unable apart from the fact too.
    const unready: LiveInstance = {
      ...live,
      context: { ...(live.context as object), respondBefore: false },
    };
    expect(hostPoliceUnits(ctx([unready]), (id) => id === 'cnp')[0]?.respond).toBe(false);
  });

  it('gives travel times by kind from the area', () => {
    expect(travelTo(scenario, 'north')).toBeUndefined();
    expect(travelTo(scenario, 'south')).toMatchObject({ military: 180, police: 180 });
    expect(travelTo(scenario, 'east')).toEqual({ military: 300 });
  });
});
