import { describe, expect, it } from 'vitest';
import type { Responder } from '../machines/poc';
import type { Scenario } from '../scenario/schema';
import { WorldView, type HostPoliceUnit, type WorldFact } from './knowledge';
import { assessHandover } from './readiness-known';
import { assessResponders, responderWhyNot } from './responders';

const scenario = {
  areas: [{ id: 'town', name: 'Town', lead: 'unpol', threat: 'low', posture: 'tolerant' }],
} as unknown as Scenario;

const overwhelmed: WorldFact = {
  info: 'town-attack',
  at: 30,
  from: 'cla',
  summary: 'attack on the market',
  fact: { about: 'host-police', unit: 'cnp', status: 'overwhelmed' },
};
const ableAgain: WorldFact = {
  info: 'cnp-reinforced',
  at: 90,
  from: 'unpol',
  summary: 'reinforced from the capital',
  fact: { about: 'host-police', unit: 'cnp', status: 'able' },
};
const cnp: HostPoliceUnit = { id: 'cnp', areas: ['town'], respond: true, hrddp: 'cleared' };
const responders: Responder[] = [
  { id: 'cnp', kind: 'host-police', able: true },
  { id: 'unpol', kind: 'police', able: true },
  { id: 'bn', kind: 'military', able: true },
];
const knowsNothing = () => false;
const knowsAll = () => true;

describe('the POC responder choice on what the authority knows', () => {
  it('tasks the host police for a low threat while the attack that overwhelmed them has not reached it: uninformed', () => {
    const a = assessResponders(
      scenario,
      { severity: 'low', responders },
      [cnp],
      [overwhelmed],
      knowsNothing,
    );
    expect(a.verdict).toBe('cnp');
    expect(a.truthVerdict).toBe('unpol');
    expect(a.rules).toEqual([
      { unit: 'cnp', holds: true, truth: false, read: [], missing: ['town-attack'] },
    ]);
    expect(a.missing.map((f) => f.info)).toEqual(['town-attack']);
  });

  it('leaves them out once it knows, and takes them again once it knows they are able again', () => {
    const known = assessResponders(
      scenario,
      { severity: 'low', responders },
      [cnp],
      [overwhelmed],
      knowsAll,
    );
    expect([known.verdict, known.truthVerdict]).toEqual(['unpol', 'unpol']);
    expect(known.judged).toEqual([{ id: 'cnp', able: false }]);
    const again = assessResponders(
      scenario,
      { severity: 'low', responders },
      [cnp],
      [overwhelmed, ableAgain],
      knowsAll,
    );
    expect([again.verdict, again.truthVerdict]).toEqual(['cnp', 'cnp']);
  });

  it('is not uninformed when the missing fact would not change the choice (a high threat sends the military first)', () => {
    const a = assessResponders(
      scenario,
      { severity: 'high', responders },
      [cnp],
      [overwhelmed],
      knowsNothing,
    );
    expect([a.verdict, a.truthVerdict]).toEqual(['bn', 'bn']);
    expect(a.missing).toEqual([]);
    expect(a.rules[0]).toMatchObject({ holds: true, truth: false, missing: ['town-attack'] });
  });

  it('says why the others were not sent first: later in doctrine’s order, or judged unable', () => {
    expect(
      responderWhyNot(
        'unpol',
        ['unpol', 'bn'],
        [{ unit: 'cnp', holds: false, truth: false, read: [], missing: [] }],
        'low',
      ),
    ).toEqual([
      { kind: 'why-not.poc-later', params: { responders: ['bn'], severity: 'low' } },
      { kind: 'why-not.poc-unable', params: { responders: ['cnp'] } },
    ]);
  });

  it('a common-ground change settles a unit’s status for every view', () => {
    const restored: WorldFact = { ...ableAgain, info: 'cnp', common: true };
    const view = new WorldView(scenario, [overwhelmed, restored], knowsNothing);
    expect(view.unit('cnp')).toEqual({ overwhelmed: false, from: [] });
  });
});

describe('the joint handover decision on what the authority knows', () => {
  const ready = { respond: true, certified: 0.9, logistics: true, stability: true };
  const c = { to: 'cnp', report: { readiness: ready, hrddp: 'cleared' as const }, threshold: 0.8 };

  it('transfers on the unit’s report when the attack has not reached the authority: uninformed', () => {
    const a = assessHandover(scenario, c, [cnp], [overwhelmed], knowsNothing)!;
    expect([a.verdict, a.truthVerdict]).toEqual(['transfer', 'postpone']);
    expect(a.judged).toMatchObject({ respond: true, hrddp: 'cleared' });
    expect(a.missing.map((f) => f.info)).toEqual(['town-attack']);
  });

  it('postpones once it knows: able to respond is the gap', () => {
    const a = assessHandover(scenario, c, [cnp], [overwhelmed], knowsAll)!;
    expect([a.verdict, a.truthVerdict]).toEqual(['postpone', 'postpone']);
    expect(a.judged).toMatchObject({ respond: false });
    expect(a.gaps).toEqual([{ kind: 'gap.respond', params: {} }]);
  });

  it('has nothing to judge without a report or under an HRDDP suspension', () => {
    expect(assessHandover(scenario, { ...c, report: {} }, [cnp], [], knowsAll)).toBeUndefined();
    expect(
      assessHandover(
        scenario,
        { ...c, report: { readiness: ready, hrddp: 'suspended' } },
        [cnp],
        [],
        knowsAll,
      ),
    ).toBeUndefined();
  });
});
