import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/schema';
import {
  assessEscort,
  escortCredibleIn,
  factsBroughtBy,
  hostStateUnableIn,
  truthRisk,
  WorldView,
  type HostPoliceUnit,
  type WorldFact,
} from './knowledge';

const scenario = {
  areas: [
    { id: 'road', name: 'Road', lead: 'bn', threat: 'medium', posture: 'tolerant' },
    { id: 'town', name: 'Town', lead: 'cnp', threat: 'low', posture: 'tolerant' },
  ],
} as unknown as Scenario;

const threatHigh: WorldFact = {
  info: 'jmac-1',
  at: 60,
  from: 'jmac',
  summary: 'heavy weapons',
  fact: { about: 'threat', area: 'road', level: 'high' },
};
const overwhelmed: WorldFact = {
  info: 'inc-1',
  at: 30,
  from: 'cnp',
  summary: 'post overrun',
  fact: { about: 'host-police', unit: 'cnp', status: 'overwhelmed' },
};
const cnp: HostPoliceUnit = { id: 'cnp', areas: ['town', 'road'], respond: true, hrddp: 'cleared' };

const request = {
  area: 'road',
  need: 'life-saving' as const,
  alternatives: [],
  exitPlan: true,
  pressure: false,
  incidentRisk: 0.05,
};

describe('facts in the world', () => {
  it('come from the facts an information event or incident carries, with its id and source', () => {
    expect(
      factsBroughtBy(
        {
          type: 'incident',
          id: 'inc-1',
          reportedBy: 'cnp',
          summary: 'post overrun',
          facts: [overwhelmed.fact],
        },
        30,
      ),
    ).toEqual([overwhelmed]);
    expect(factsBroughtBy({ type: 'information', id: 'x', from: 'a', summary: 's' }, 0)).toEqual(
      [],
    );
  });

  it('a view applies only the facts the actor knows, in the order they entered the mission', () => {
    const lower: WorldFact = {
      ...threatHigh,
      info: 'jmac-2',
      at: 90,
      fact: { about: 'threat', area: 'road', level: 'low' },
    };
    const all = new WorldView(scenario, [threatHigh, lower]);
    expect(all.area('road')).toMatchObject({ level: 'low', from: ['jmac-1', 'jmac-2'] });
    const some = new WorldView(scenario, [threatHigh, lower], (i) => i === 'jmac-1');
    expect(some.area('road')).toMatchObject({ level: 'high', from: ['jmac-1'] });
    expect(new WorldView(scenario, [threatHigh], () => false).area('road').level).toBe('medium');
  });
});

describe('IASC criteria from the world', () => {
  it('criterion 2: unable when no covering host-police unit is able (ready, not suspended, not overwhelmed)', () => {
    const calm = new WorldView(scenario, []);
    expect(hostStateUnableIn('road', [cnp], calm)).toEqual({ holds: false, read: [] });
    expect(hostStateUnableIn('road', [{ ...cnp, respond: false }], calm).holds).toBe(true);
    expect(hostStateUnableIn('road', [{ ...cnp, hrddp: 'suspended' }], calm).holds).toBe(true);
    expect(hostStateUnableIn('road', [], calm).holds).toBe(true);
    // HRDDP as for every UN support: mitigation measures that allow escorts make a suspended
    // unit count; a mitigation that names other kinds only does not.
    const suspended = { ...cnp, hrddp: 'suspended' as const, allows: ['escort' as const] };
    expect(hostStateUnableIn('road', [suspended], calm).holds).toBe(false);
    const mentoringOnly = { ...cnp, hrddp: 'mitigation' as const, allows: ['mentoring' as const] };
    expect(hostStateUnableIn('road', [mentoringOnly], calm).holds).toBe(true);
    expect(hostStateUnableIn('road', [cnp], new WorldView(scenario, [overwhelmed]))).toEqual({
      holds: true,
      read: ['inc-1'],
    });
  });

  it('criterion 3: not credible against a high threat or armed groups hostile to UN convoys', () => {
    expect(escortCredibleIn('road', new WorldView(scenario, [])).holds).toBe(true);
    expect(escortCredibleIn('road', new WorldView(scenario, [threatHigh]))).toEqual({
      holds: false,
      read: ['jmac-1'],
    });
    const hostile: WorldFact = {
      ...threatHigh,
      fact: { about: 'threat', area: 'road', level: 'medium', posture: 'hostile' },
    };
    expect(escortCredibleIn('road', new WorldView(scenario, [hostile])).holds).toBe(false);
  });

  it('raises the truth’s incident risk only when the threat rose above the area’s start', () => {
    expect(truthRisk(scenario, 'road', 0.05, new WorldView(scenario, []))).toBe(0.05);
    expect(truthRisk(scenario, 'road', 0.05, new WorldView(scenario, [threatHigh]))).toBe(0.5);
    expect(truthRisk(scenario, 'road', 0.7, new WorldView(scenario, [threatHigh]))).toBe(0.7);
  });
});

describe('the escort decision on knowledge', () => {
  it('is uninformed when a fact that would change it has not reached the decider', () => {
    const a = assessEscort(
      scenario,
      request,
      [cnp],
      [overwhelmed, threatHigh],
      (i) => i === 'inc-1',
    );
    expect(a.judged).toEqual({ hostStateUnable: true, escortCredible: true });
    expect(a.truth).toEqual({ hostStateUnable: true, escortCredible: false });
    expect([a.verdict, a.truthVerdict]).toEqual(['approve', 'decline']);
    expect(a.missing.map((f) => f.info)).toEqual(['jmac-1']);
    expect(a.rules[2]).toMatchObject({
      criterion: 3,
      holds: true,
      truth: false,
      missing: ['jmac-1'],
    });
    expect(a.risk).toBe(0.5);
  });

  it('is informed when the decider knows what is true, and when a missing fact would not change it', () => {
    const known = assessEscort(scenario, request, [cnp], [overwhelmed, threatHigh], () => true);
    expect([known.verdict, known.truthVerdict, known.missing]).toEqual(['decline', 'decline', []]);
    // Not knowing the post was overrun: criterion 2 judged unmet, a decline either way.
    const either = assessEscort(
      scenario,
      request,
      [cnp],
      [overwhelmed, threatHigh],
      (i) => i === 'jmac-1',
    );
    expect([either.verdict, either.truthVerdict, either.missing]).toEqual([
      'decline',
      'decline',
      [],
    ]);
  });

  it('takes criteria the scenario sets as known to all, whatever the world says', () => {
    const set = assessEscort(
      scenario,
      { ...request, hostStateUnable: true, escortCredible: true },
      [cnp],
      [threatHigh],
      () => false,
    );
    expect(set.rules.map((r) => r.source)).toEqual(['request', 'scenario', 'scenario', 'request']);
    expect([set.verdict, set.truthVerdict]).toEqual(['approve', 'approve']);
  });
});
