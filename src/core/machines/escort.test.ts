import { phraseText, text } from '../../i18n/testing';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import {
  criteriaPhrases,
  escortMachine,
  unmetCriteria,
  workingAlternative,
  type EscortFacts,
  type EscortInput,
} from './escort';

const facts = (over: Partial<EscortFacts> = {}): EscortFacts => ({
  need: 'life-saving',
  alternatives: [{ kind: 'access-negotiation', works: false }],
  hostStateUnable: true,
  escortCredible: true,
  exitPlan: true,
  ...over,
});

describe('IASC criteria as rules', () => {
  it.each<[string, Partial<EscortFacts>, string[]]>([
    ['all four hold', {}, []],
    ['routine need', { need: 'routine' }, ['criterion 1 (need and no alternative)']],
    [
      'an alternative works',
      { alternatives: [{ kind: 'other-route', works: true }] },
      ['criterion 1 (need and no alternative)'],
    ],
    [
      'host state can secure',
      { hostStateUnable: false },
      ['criterion 2 (host state unable or unwilling)'],
    ],
    ['escort not credible', { escortCredible: false }, ['criterion 3 (escort credible and safe)']],
    ['no exit plan', { exitPlan: false }, ['criterion 4 (sustainable with an exit plan)']],
    [
      'several unmet',
      { need: 'routine', exitPlan: false },
      ['criterion 1 (need and no alternative)', 'criterion 4 (sustainable with an exit plan)'],
    ],
  ])('%s', (_name, over, unmet) => {
    expect(criteriaPhrases(unmetCriteria(facts(over))).map(phraseText)).toEqual(unmet);
  });

  it('uses the first alternative that works, in the order considered', () => {
    expect(
      workingAlternative(
        facts({
          alternatives: [
            { kind: 'other-route', works: false },
            { kind: 'notification', works: true },
            { kind: 'unarmed', works: true },
          ],
        }),
      ),
    ).toBe('notification');
    expect(workingAlternative(facts({ alternatives: [] }))).toBeUndefined();
  });
});

const input = (over: Partial<EscortInput> = {}): EscortInput => ({
  ...facts(),
  id: 'c1',
  requester: 'wfp',
  convoy: 'food',
  area: 'east',
  facilitator: 'ocha',
  decider: 'hc',
  providers: ['bn', 'fpu'],
  length: 360,
  incident: false,
  incidentRisk: 0,
  pressure: false,
  followUp: 360,
  ...over,
});

/** The same request under a structure with no facilitator: straight to the decider. */
const direct = (over: Partial<EscortInput> = {}): EscortInput => {
  const { facilitator: _none, ...rest } = input(over);
  return rest;
};

describe('escort machine', () => {
  it('asks the facilitator first, then the decider, and approves with all criteria met', () => {
    const [s0, a0] = initialTransition(escortMachine, input());
    expect(s0.value).toEqual({ requested: 'with facilitator' });
    expect(a0.find((a) => a.type === 'send')?.params).toMatchObject({
      to: 'ocha',
      event: { type: 'facilitated' },
    });
    expect(
      a0.some((a) => a.type === 'xstate.raise' && (a.params as { delay?: number }).delay === 360),
    ).toBe(true);

    const [s1, a1] = transition(escortMachine, s0, { type: 'facilitated' });
    expect(s1.value).toEqual({ requested: 'with decider' });
    expect(a1.find((a) => a.type === 'send')?.params).toMatchObject({ from: 'ocha', to: 'hc' });
    expect(a1.some((a) => (a.type as string) === 'xstate.cancel')).toBe(true);

    const [s2, a2] = transition(escortMachine, s1, { type: 'assessed' });
    expect(s2.value).toEqual({ approved: 'tasking provider' });
    const explained = a2
      .filter((a) => a.type === 'explain')
      .map((a) => (a.params as { mark?: string }).mark);
    expect(explained).toContain('escort.approved');
    const sends = a2
      .filter((a) => a.type === 'send')
      .map((a) => a.params as { to: string; need?: string });
    expect(sends).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ to: 'wfp' }),
        expect.objectContaining({ to: 'bn', need: 'team' }),
      ]),
    );

    const [s3] = transition(escortMachine, s2, {
      type: 'provider.answer',
      accepted: false,
      by: 'bn',
    });
    expect(s3.value).toEqual({ approved: 'tasking provider' });
    expect(s3.context.provider).toBe(1);
    const [s4] = transition(escortMachine, s3, {
      type: 'provider.answer',
      accepted: true,
      by: 'fpu',
    });
    expect(s4.value).toBe('escorting');
    // the battalion's team, offered late after all, is stood down rather than left out
    const [s5, a5] = transition(escortMachine, s4, {
      type: 'provider.answer',
      accepted: true,
      by: 'bn',
    });
    expect(s5.value).toBe('escorting');
    expect(a5.find((a) => a.type === 'send')?.params).toMatchObject({ to: 'bn', need: 'release' });
  });

  it('tasks a silent provider again, then gives up: approved but not provided', () => {
    const [s0] = initialTransition(escortMachine, input({ providers: ['bn'] }));
    const [s1] = transition(escortMachine, s0, { type: 'facilitated' });
    const [s2] = transition(escortMachine, s1, { type: 'assessed' });
    const silence = { type: 'xstate.after.followUp.escort.approved.tasking provider' } as never;
    const [s3, a3] = transition(escortMachine, s2, silence);
    expect(s3.value).toEqual({ approved: 'tasking provider' });
    expect(a3.find((a) => a.type === 'send')?.params).toMatchObject({ to: 'bn', need: 'team' });
    const [s4] = transition(escortMachine, s3, silence);
    const [s5, a5] = transition(escortMachine, s4, silence);
    expect(s5.value).toBe('unfilled');
    const marks = a5.map((a) => (a.params as { mark?: string } | undefined)?.mark);
    expect(marks).toContain('escort.unfilled');
  });

  it('declines naming the criterion, and uses an alternative without asking anyone', () => {
    const [s0] = initialTransition(escortMachine, direct({ hostStateUnable: false }));
    const [s1, a1] = transition(escortMachine, s0, { type: 'assessed' });
    expect(s1.value).toBe('declined');
    const said = a1
      .filter((a) => a.type === 'explain')
      .map((a) => text(a.params as Parameters<typeof text>[0]))
      .join(' ');
    expect(said).toContain('criterion 2 (host state unable or unwilling) not met');

    const [alt, altActions] = initialTransition(
      escortMachine,
      input({ alternatives: [{ kind: 'remote-delivery', works: true }] }),
    );
    expect(alt.value).toBe('alternative used');
    expect(alt.status).toBe('done');
    expect(altActions.some((a) => a.type === 'send')).toBe(false);
  });

  it('reaches every state across the doctrine cases (model-based)', () => {
    const cases: EscortInput[] = [
      input(),
      input({ alternatives: [{ kind: 'other-route', works: true }] }),
      input({ exitPlan: false }),
      input({ incident: true }),
      direct(),
      input({ pressure: true, exitPlan: false }),
      // The northern route reopens while the request is under way: withdrawn.
      input({
        alternatives: [{ kind: 'other-route', works: true, opensAfter: 240, opensAt: 360 }],
      }),
    ];
    const events = [
      { type: 'facilitated' },
      { type: 'assessed' },
      { type: 'decision.received', approved: true },
      { type: 'provider.answer', accepted: true },
      { type: 'provider.answer', accepted: false },
      { type: 'released' },
      { type: 'undeliverable', to: 'x' },
      { type: 'xstate.after.followUp.escort.requested.with facilitator' },
      { type: 'xstate.after.followUp.escort.requested.with decider' },
      { type: 'xstate.after.movement.escort.escorting' },
      { type: 'xstate.after.followUp.escort.approved.tasking provider' },
      { type: 'alternative.opens' },
    ] as never[];
    const reached = new Set<string>();
    for (const c of cases) {
      for (const path of getShortestPaths(escortMachine, { events, input: c })) {
        for (const node of path.state._nodes) reached.add(node.id);
      }
    }
    // Transient states (eventless `always` only) are passed through within one step.
    const all = getStateNodes(escortMachine)
      .filter((n) => (n.always ?? []).length === 0)
      .map((n) => n.id);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });
});
