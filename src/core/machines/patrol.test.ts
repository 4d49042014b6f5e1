import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { text } from '../../i18n/testing';
import { patrolMachine, refusedBy, type PatrolInput } from './patrol';

const input = (over: Partial<PatrolInput> = {}): PatrolInput => ({
  id: 'p1',
  area: 'south',
  unit: 'fpu',
  partner: 'cnp',
  length: 180,
  barred: false,
  followUp: 360,
  ...over,
});

type Action = { type: string; params?: unknown };
const said = (actions: readonly Action[]) =>
  actions
    .filter((a) => a.type === 'explain')
    .map((a) => text(a.params as never))
    .filter(Boolean);
const sends = (actions: readonly Action[]) =>
  actions.filter((a) => a.type === 'send').map((a) => (a.params as { to: unknown }).to);

describe('joint patrol machine', () => {
  it('refuses a partner under HRDDP suspension without asking anyone for a team', () => {
    const [s, actions] = initialTransition(patrolMachine, input({ barred: true }));
    expect(s.value).toBe('refused');
    expect(sends(actions as Action[])).toEqual([]);
    expect(said(actions as Action[]).join('\n')).toContain('UN support suspended under the HRDDP');
  });

  it('goes out when both units send a team, and brings both back', () => {
    let [s, actions] = initialTransition(patrolMachine, input({ measures: 'vetted officers' }));
    expect(said(actions as Action[]).join('\n')).toContain('under HRDDP mitigation measures');
    expect(sends(actions as Action[])).toEqual(['fpu', 'cnp']);
    [s] = transition(patrolMachine, s, { type: 'unit.answer', by: 'fpu', accepted: true });
    expect(s.value).toBe('waiting');
    [s] = transition(patrolMachine, s, { type: 'partner.answer', by: 'cnp', accepted: true });
    expect(s.value).toBe('patrolling');
    [s, actions] = transition(patrolMachine, s, {
      type: 'xstate.after.length.patrol.patrolling',
    } as never);
    expect(s.value).toBe('over');
    expect(sends(actions as Action[])).toEqual([['fpu', 'cnp']]);
  });

  it('is called off when a unit has no team, and releases a team offered late', () => {
    const [start] = initialTransition(patrolMachine, input());
    const [s, cancelled] = transition(patrolMachine, start, {
      type: 'partner.answer',
      by: 'cnp',
      accepted: false,
    });
    expect(s.value).toBe('cancelled');
    expect(refusedBy(s.context)).toEqual(['cnp']);
    expect(sends(cancelled as Action[])).toEqual([[]]);
    const [, actions] = transition(patrolMachine, s, {
      type: 'unit.answer',
      by: 'fpu',
      accepted: true,
    });
    expect(sends(actions as Action[])).toEqual([['fpu']]);
    expect(said(actions as Action[])).toEqual([
      'fpu offers a team for a patrol no longer on: told to stand down',
    ]);
  });

  it('reaches every state (model-based)', () => {
    const events = [
      { type: 'unit.answer', accepted: true },
      { type: 'unit.answer', accepted: false },
      { type: 'partner.answer', accepted: true },
      { type: 'undeliverable', to: 'cnp' },
      { type: 'xstate.after.length.patrol.patrolling' },
      { type: 'xstate.after.followUp.patrol.waiting' },
    ] as never[];
    const reached = new Set<string>();
    for (const c of [input(), input({ barred: true })])
      for (const path of getShortestPaths(patrolMachine, { events, input: c }))
        for (const node of path.state._nodes) reached.add(node.id);
    const all = getStateNodes(patrolMachine)
      .filter((n) => (n.always ?? []).length === 0)
      .map((n) => n.id);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });
});
