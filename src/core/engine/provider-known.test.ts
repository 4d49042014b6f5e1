import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/schema';
import type { WorldFact } from './knowledge';
import { assessEscortTask, misjudgedRoute, taskRulePhrases, taskWhyNot } from './provider-known';

const scenario = {
  areas: [{ id: 'road', name: 'Road', lead: 'bn', threat: 'medium', posture: 'tolerant' }],
} as unknown as Scenario;

const threatHigh: WorldFact = {
  info: 'jmac-1',
  at: 60,
  from: 'jmac',
  summary: 'heavy weapons',
  fact: { about: 'threat', area: 'road', level: 'high' },
};
const hostile: WorldFact = {
  ...threatHigh,
  info: 'cla-1',
  fact: { about: 'threat', area: 'road', level: 'medium', posture: 'hostile' },
};
const free = { out: 0, teams: 2 };
const road = { area: 'road' };

describe('a provider answering an escort task on what it knows', () => {
  it('accepts with a team free and no threat it knows of beyond an escort', () => {
    const a = assessEscortTask(scenario, road, free, [], () => true);
    expect([a.verdict, a.truthVerdict, a.missing]).toEqual(['accept', 'accept', []]);
    expect(a.route).toMatchObject({ holds: true, truth: true, level: 'medium', source: 'world' });
  });

  it('declines on a high threat or hostile armed groups it knows of, naming the facts read', () => {
    const high = assessEscortTask(scenario, road, free, [threatHigh], () => true);
    expect([high.verdict, high.truthVerdict]).toEqual(['decline', 'decline']);
    expect(high.route).toMatchObject({ holds: false, level: 'high', read: ['jmac-1'] });
    expect(taskWhyNot('decline', high, false)).toEqual([
      {
        kind: 'why-not.task-route',
        params: { area: 'road', severity: 'high', hostile: false },
      },
    ]);
    const against = assessEscortTask(scenario, road, free, [hostile], () => true);
    expect(against.verdict).toBe('decline');
    expect(against.route.posture).toBe('hostile');
  });

  it('is uninformed when the warning exists in the mission but has not reached it', () => {
    const a = assessEscortTask(scenario, road, free, [threatHigh], () => false);
    expect([a.verdict, a.truthVerdict]).toEqual(['accept', 'decline']);
    expect(a.route).toMatchObject({ holds: true, truth: false, read: [], missing: ['jmac-1'] });
    expect(a.missing.map((f) => f.info)).toEqual(['jmac-1']);
    expect(misjudgedRoute(a)).toEqual([
      { kind: 'rule.judged-route', params: { area: 'road', holds: true } },
    ]);
  });

  it('without a team free declines either way: not uninformed, and the why says so', () => {
    const a = assessEscortTask(scenario, road, { out: 2, teams: 2 }, [threatHigh], () => false);
    expect([a.verdict, a.truthVerdict, a.missing]).toEqual(['decline', 'decline', []]);
    expect(taskWhyNot('decline', a, false)[0]!.kind).toBe('why-not.task-no-team');
    expect(taskRulePhrases(a)[0]).toEqual({
      kind: 'rule.team',
      params: { out: 2, teams: 2, holds: false },
    });
  });

  it('takes criterion 3 as the scenario set it (teaching), whatever the world says', () => {
    const taught = assessEscortTask(
      scenario,
      { ...road, taught: true },
      free,
      [threatHigh],
      () => false,
    );
    expect([taught.verdict, taught.truthVerdict]).toEqual(['accept', 'accept']);
    expect(taught.route.source).toBe('scenario');
    const not = assessEscortTask(scenario, { ...road, taught: false }, free, [], () => true);
    expect(not.verdict).toBe('decline');
  });

  it('a seat’s answer against the provider’s judgement is named as played', () => {
    const high = assessEscortTask(scenario, road, free, [threatHigh], () => true);
    expect(taskWhyNot('accept', high, true)[0]!.kind).toBe('why-not.task-decline-played');
    const calm = assessEscortTask(scenario, road, free, [], () => true);
    expect(taskWhyNot('decline', calm, true)[0]!.kind).toBe('why-not.task-accept-played');
  });
});
