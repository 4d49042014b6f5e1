import { describe, expect, it } from 'vitest';
import type { Said } from '../engine/entry-kinds';
import { text } from '../../i18n/testing';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { actorSchema } from '../scenario/schema';
import { componentMachine, type ComponentEvent } from './component';
import type { Need } from './effects';
import { toReport } from './handover';
import {
  ableToRespond,
  hostPoliceInput,
  hostPoliceMachine,
  isMentored,
  mentored,
  readyApartFromOverwhelm,
  type HostPoliceEvent,
  type HostPoliceInput,
} from './host-police';

const input = (over: Partial<HostPoliceInput> = {}): HostPoliceInput => ({
  id: 'cnp',
  kind: 'host-police',
  role: 'district command',
  capacity: 2,
  handling: 60,
  teams: 1,
  readiness: { respond: true, certified: 0.64, logistics: true, stability: true },
  improvement: 0.1,
  hrddp: 'cleared',
  ...over,
});

type Action = { type: string; params?: unknown };
const of = (actions: readonly Action[], type: string) =>
  actions.filter((a) => a.type === type).map((a) => a.params as Record<string, unknown>);

describe('host-state police rules', () => {
  it.each([
    [0.64, 0.1, 0.74],
    [0.95, 0.1, 1],
    [0.7, 0, 0.7],
    [0.1, 0.2, 0.3],
  ])('mentoring %s + %s a week gives %s', (certified, improvement, after) => {
    expect(mentored(certified, improvement)).toBe(after);
  });

  const { hrddp: _unrecorded, ...noHrddp } = input();
  const { readiness: _unknown, ...noReadiness } = input();
  it.each<[string, Parameters<typeof isMentored>[0], boolean]>([
    ['improving and cleared', input(), true],
    ['under HRDDP mitigation', input({ hrddp: 'mitigation' }), true],
    ['no HRDDP status recorded', noHrddp, true],
    ['support suspended under HRDDP', input({ hrddp: 'suspended' }), false],
    ['no improvement', input({ improvement: 0 }), false],
    ['no readiness to improve', noReadiness, false],
  ])('mentored when %s: %s', (_name, subject, expected) => {
    expect(isMentored(subject)).toBe(expected);
  });

  it('settles readiness chances with the given settle and keeps the rest', () => {
    const actor = actorSchema.parse({
      id: 'cnp',
      kind: 'host-police',
      role: 'district command',
      name: 'CNP',
      readiness: {
        respond: 0.6,
        certified: 0.7,
        logistics: true,
        stability: 0.2,
        improvement: 0.05,
      },
      hrddp: 'mitigation',
    });
    const asked: unknown[] = [];
    const got = hostPoliceInput(actor, (c) => {
      asked.push(c);
      return typeof c === 'boolean' ? c : c >= 0.5;
    });
    expect(asked).toEqual([0.6, true, 0.2]);
    expect(got).toMatchObject({
      readiness: { respond: true, certified: 0.7, logistics: true, stability: false },
      improvement: 0.05,
      hrddp: 'mitigation',
      capacity: 3,
      handling: 20,
    });
    const bare = hostPoliceInput(
      actorSchema.parse({ id: 'x', kind: 'host-police', role: 'station', name: 'X' }),
      () => true,
    );
    expect(bare.readiness).toBeUndefined();
    expect(bare.improvement).toBe(0);
  });
});

describe('host-state police machine', () => {
  it('states its readiness at the start and arms weekly mentoring', () => {
    const [s0, a0] = initialTransition(hostPoliceMachine, input());
    expect(s0.value).toBe('available');
    expect(text(of(a0, 'explain')[0] as Said)).toBe(
      'cnp (district command) readiness: 64% certified, able to respond, logistics in place, institutionally stable; HRDDP cleared; UN Police mentoring adds 10% certified a week',
    );
    expect(of(a0, 'xstate.raise')).toEqual([
      expect.objectContaining({ event: { type: 'mentoring.week' }, delay: 7 * 24 * 60 }),
    ]);
    const [, suspended] = initialTransition(hostPoliceMachine, input({ hrddp: 'suspended' }));
    expect(of(suspended, 'xstate.raise')).toEqual([]);
    expect(text(of(suspended, 'explain')[0] as Said)).toContain('mentoring suspended under HRDDP');
  });

  it('answers an assessment with its readiness report once handled', () => {
    const [s0] = initialTransition(hostPoliceMachine, input());
    const [s1, a1] = transition(hostPoliceMachine, s0, {
      type: 'task',
      task: 7,
      need: 'assess',
      from: 'unpol',
      about: { kind: 'about.text', params: { text: 'self-assessment' } },
    });
    expect(s1.value).toBe('busy');
    expect(of(a1, 'xstate.raise')[0]).toMatchObject({ delay: 60 });
    const [s2, a2] = transition(hostPoliceMachine, s1, {
      type: 'task.done',
      task: 7,
      need: 'assess',
    });
    expect(s2.value).toBe('available');
    expect(of(a2, 'done')).toEqual([
      {
        task: 7,
        accepted: true,
        report: toReport(
          { respond: true, certified: 0.64, logistics: true, stability: true },
          'cleared',
        ),
      },
    ]);
    expect(text(of(a2, 'explain')[0] as Said)).toContain(
      'cnp reports its readiness: 64% certified',
    );
  });

  it('grows certification each week of mentoring, and takes a capacity-change to certification', () => {
    const [s0] = initialTransition(hostPoliceMachine, input());
    const [s1, a1] = transition(hostPoliceMachine, s0, { type: 'mentoring.week' });
    expect(s1.context.readiness?.certified).toBe(0.74);
    expect(s1.context.weeks).toBe(1);
    expect(text(of(a1, 'explain')[0] as Said)).toBe(
      'week 1 of UN Police mentoring: 74% of eligible officers certified',
    );
    expect(of(a1, 'explain')[0]).toMatchObject({ mark: 'readiness.mentored' });
    expect(of(a1, 'xstate.raise')).toEqual([
      expect.objectContaining({ event: { type: 'mentoring.week' }, id: 'mentoring' }),
    ]);
    const [s2, a2] = transition(hostPoliceMachine, s1, { type: 'capacity', certified: 0.5 });
    expect(s2.context.readiness?.certified).toBe(0.5);
    expect(text(of(a2, 'explain')[0] as Said)).toBe(
      'capacity now 2 tasks, 1 team; 50% of eligible officers certified',
    );
  });

  it('keeps the workload and team behaviour of every other component (parity)', () => {
    const task = (n: number, need: Need): ComponentEvent => ({
      type: 'task',
      task: n,
      need,
      from: 'x',
      about: { kind: 'about.text', params: { text: `t${n}` } },
    });
    const done = (n: number, need: Need): ComponentEvent => ({ type: 'task.done', task: n, need });
    const script: ComponentEvent[] = [
      task(1, 'team'),
      task(2, 'team'),
      task(3, 'none'),
      done(1, 'team'),
      task(4, 'attend'),
      task(5, 'none'),
      task(6, 'none'),
      task(7, 'none'),
      done(2, 'team'),
      done(3, 'none'),
      done(4, 'attend'),
      task(8, 'release'),
      done(8, 'release'),
      { type: 'capacity', capacity: 1, teams: 2 },
      done(5, 'none'),
    ];
    const common = {
      id: 'a',
      kind: 'host-police' as const,
      role: 'r',
      capacity: 2,
      handling: 30,
      teams: 1,
    };
    let [c] = initialTransition(componentMachine, common);
    let [h] = initialTransition(hostPoliceMachine, { ...common, improvement: 0 });
    for (const event of script) {
      const [c1, ca] = transition(componentMachine, c, event);
      const [h1, ha] = transition(hostPoliceMachine, h, event as HostPoliceEvent);
      [c, h] = [c1, h1];
      expect(h.value).toEqual(c.value);
      const pick = (x: {
        workload: number;
        peak: number;
        teamsOut: number;
        capacityNow: number;
        teams: number;
      }) => [x.workload, x.peak, x.teamsOut, x.capacityNow, x.teams];
      expect(pick(h.context)).toEqual(pick(c.context));
      expect(of(ha, 'done')).toEqual(of(ca, 'done'));
      expect(of(ha, 'xstate.raise')).toEqual(of(ca, 'xstate.raise'));
    }
  });

  it('reaches every non-transient state (model-based)', () => {
    const events = [
      { type: 'task', task: 1, need: 'assess', from: 'x', about: 'a' },
      { type: 'task.done', task: 1, need: 'assess' },
      { type: 'mentoring.week' },
    ] as HostPoliceEvent[];
    const reached = new Set<string>();
    const paths = getShortestPaths(hostPoliceMachine, {
      events,
      input: input({ capacity: 1, improvement: 0 }),
      // Workload is what moves between states; mentoring weeks would count forever.
      serializeState: ((s: { value: unknown; context: { workload: number } }) =>
        JSON.stringify([s.value, s.context.workload])) as never,
      stopWhen: (s) => s.context.workload >= 3,
    });
    for (const path of paths) for (const node of path.state._nodes) reached.add(node.id);
    const all = getStateNodes(hostPoliceMachine)
      .filter((n) => (n.always ?? []).length === 0)
      .map((n) => n.id);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });
});

describe('ableToRespond', () => {
  it('follows readiness criterion 1, and holds when readiness is not tracked', () => {
    expect(ableToRespond({})).toBe(true);
    expect(
      ableToRespond({
        readiness: {
          respond: false,
          certified: 0.9,
          logistics: true,
          stability: true,
        },
      }),
    ).toBe(false);
    expect(
      ableToRespond({
        readiness: {
          respond: true,
          certified: 0.5,
          logistics: false,
          stability: false,
        },
      }),
    ).toBe(true);
  });
});

describe('host-state police standing moved by events', () => {
  it('stops mentoring under an HRDDP suspension and resumes it when mitigation measures allow', () => {
    const [start] = initialTransition(hostPoliceMachine, input());
    const [suspended, off] = transition(hostPoliceMachine, start, {
      type: 'hrddp',
      hrddp: 'suspended',
      reason: 'death in custody',
    });
    expect(of(off as Action[], 'xstate.cancel')).toEqual([{ sendId: 'mentoring' }]);
    expect(of(off as Action[], 'xstate.raise')).toEqual([]);
    expect(isMentored(suspended.context)).toBe(false);
    const [again, on] = transition(hostPoliceMachine, suspended, {
      type: 'hrddp',
      hrddp: 'mitigation',
    });
    expect(isMentored(again.context)).toBe(true);
    expect(of(on as Action[], 'xstate.raise')).toHaveLength(1);
  });

  it('an incident that overwhelms it leaves it unable to respond until a change says otherwise', () => {
    const [start] = initialTransition(hostPoliceMachine, input());
    const [down] = transition(hostPoliceMachine, start, {
      type: 'overwhelmed',
      incident: 'attack',
      area: 'south',
    });
    expect(ableToRespond(down.context)).toBe(false);
    expect(down.context.readiness?.respond).toBe(false);
    const [up] = transition(hostPoliceMachine, down, { type: 'capacity', respond: true });
    expect(ableToRespond(up.context)).toBe(true);
  });

  it('keeps its readiness from before it was overwhelmed, for views that have not heard of it', () => {
    const overwhelm = { type: 'overwhelmed', incident: 'attack', area: 'south' } as const;
    const unready = input({
      readiness: { respond: false, certified: 0.9, logistics: true, stability: true },
    });
    for (const [start, before] of [
      [initialTransition(hostPoliceMachine, input())[0], true],
      [initialTransition(hostPoliceMachine, unready)[0], false],
    ] as const) {
      const [down] = transition(hostPoliceMachine, start, overwhelm);
      expect(ableToRespond(down.context)).toBe(false);
      expect(readyApartFromOverwhelm(down.context)).toBe(before);
      // A second incident does not make the lowered readiness the one from before.
      const [again] = transition(hostPoliceMachine, down, overwhelm);
      expect(readyApartFromOverwhelm(again.context)).toBe(before);
      // A scripted change settles it: able again, or lowered by the script (common ground).
      const [up] = transition(hostPoliceMachine, again, { type: 'capacity', respond: true });
      expect(readyApartFromOverwhelm(up.context)).toBe(true);
      expect(up.context.respondBefore).toBeUndefined();
      const [lowered] = transition(hostPoliceMachine, start, { type: 'capacity', respond: false });
      expect(ableToRespond(lowered.context)).toBe(false);
      expect(readyApartFromOverwhelm(lowered.context)).toBe(before);
    }
  });
});
