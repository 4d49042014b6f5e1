import { describe, expect, it } from 'vitest';
import { text } from '../../i18n/testing';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import {
  componentMachine,
  handlingTime,
  hasFreeTeam,
  isSwamped,
  KIND_PROFILES,
  taskFinished,
  teamLine,
  taskTaken,
  type ComponentEvent,
  type ComponentInput,
} from './component';
import { informationMachine } from './information';
import { notificationMachine } from './notification';

const input: ComponentInput = {
  id: 'ocha',
  kind: 'humanitarian',
  role: 'UN-CMCoord officer',
  capacity: 2,
  handling: 30,
  teams: 1,
};

describe('workload and team rules', () => {
  it.each([
    [30, 0, 2, 30],
    [30, 2, 2, 30],
    [30, 3, 2, 45],
    [30, 6, 2, 90],
  ])(
    'handling %i min with %i tasks at capacity %i takes %i min',
    (handling, workload, capacity, out) =>
      expect(handlingTime(handling, workload, capacity)).toBe(out),
  );

  it('is swamped at three times its capacity, and has a team while one is in', () => {
    expect(isSwamped(5, 2)).toBe(false);
    expect(isSwamped(6, 2)).toBe(true);
    expect(hasFreeTeam(2, 1)).toBe(true);
    expect(hasFreeTeam(2, 2)).toBe(false);
  });

  it('counts the peak, sends a team out with a task and takes it back on release', () => {
    expect(taskTaken({ workload: 2, peak: 2 })).toEqual({ workload: 3, peak: 3 });
    expect(taskTaken({ workload: 0, peak: 4 })).toEqual({ workload: 1, peak: 4 });
    expect(taskFinished({ workload: 1, teams: 1, teamsOut: 0 }, 'team')).toEqual({
      workload: 0,
      teamsOut: 1,
    });
    expect(taskFinished({ workload: 1, teams: 1, teamsOut: 1 }, 'team')).toEqual({
      workload: 0,
      teamsOut: 1,
    });
    expect(taskFinished({ workload: 1, teams: 1, teamsOut: 1 }, 'release')).toEqual({
      workload: 0,
      teamsOut: 0,
    });
    expect(taskFinished({ workload: 0, teams: 1, teamsOut: 0 }, 'none')).toEqual({
      workload: 0,
      teamsOut: 0,
    });
  });
});

describe('component machine', () => {
  const task = (n: number, need: 'none' | 'team' = 'none'): ComponentEvent => ({
    type: 'task',
    task: n,
    need,
    from: 'wfp',
    about: { kind: 'about.text', params: { text: `message ${n}` } },
  });

  it('answers later as tasks pile up, and not at all when swamped', () => {
    let [s] = initialTransition(componentMachine, input);
    expect(s.value).toBe('available');
    const delays: number[] = [];
    for (let n = 0; n < 6; n++) {
      const [next, actions] = transition(componentMachine, s, task(n));
      s = next;
      for (const a of actions)
        if (a.type === 'xstate.raise') delays.push((a.params as { delay: number }).delay);
    }
    expect(s.value).toBe('overloaded');
    expect(delays).toEqual([30, 30, 45, 60, 75, 90]);
    const [swamped, actions] = transition(componentMachine, s, task(6));
    expect(swamped.context.workload).toBe(6);
    expect(actions.find((a) => a.type === 'done')?.params).toEqual({ task: 6, accepted: false });
  });

  it('accepts a team task while a team is in, and refuses the next', () => {
    const [s0] = initialTransition(componentMachine, input);
    const [s1] = transition(componentMachine, s0, task(1, 'team'));
    const [s2, a2] = transition(componentMachine, s1, { type: 'task.done', task: 1, need: 'team' });
    expect(a2.find((a) => a.type === 'done')?.params).toEqual({ task: 1, accepted: true });
    expect(s2.context.teamsOut).toBe(1);
    const [s3] = transition(componentMachine, s2, task(2, 'team'));
    const [, a4] = transition(componentMachine, s3, { type: 'task.done', task: 2, need: 'team' });
    expect(a4.find((a) => a.type === 'done')?.params).toEqual({ task: 2, accepted: false });
  });
});

describe('every state is reachable (model-based)', () => {
  const stable = (machine: Parameters<typeof getStateNodes>[0]) =>
    getStateNodes(machine)
      .filter((n) => (n.always ?? []).length === 0)
      .map((n) => n.id);
  const reached = (paths: ReturnType<typeof getShortestPaths>) =>
    new Set(
      paths.flatMap((p) => (p.state as { _nodes: Array<{ id: string }> })._nodes.map((n) => n.id)),
    );

  it('component', () => {
    const events = [
      { type: 'task', task: 1, need: 'none', from: 'x', about: 'a' },
      { type: 'task.done', task: 1, need: 'none' },
      { type: 'capacity', capacity: 1 },
    ] as never[];
    const seen = reached(
      getShortestPaths(componentMachine, {
        events,
        input: { ...input, capacity: 1 },
        serializeState: (s: { value: unknown; context: unknown }) =>
          JSON.stringify([s.value, (s.context as { workload: number }).workload]),
      } as never),
    );
    expect(stable(componentMachine).filter((id) => !seen.has(id))).toEqual([]);
  });

  it('notification and information', () => {
    const notified = reached(
      getShortestPaths(notificationMachine, {
        events: [{ type: 'acknowledged' }] as never[],
        input: { id: 'n', by: 'wfp', convoy: 'c', area: 'east', recipients: ['ocha'] },
      }),
    );
    expect(stable(notificationMachine).filter((id) => !notified.has(id))).toEqual([]);
    const informed = reached(
      getShortestPaths(informationMachine, {
        events: [{ type: 'received', by: 'hc' }] as never[],
        input: { id: 'i', from: 'wfp', to: ['hc', 'ocha'], summary: 's' },
      }),
    );
    expect(stable(informationMachine).filter((id) => !informed.has(id))).toEqual([]);
  });
});

describe('one component machine per kind', () => {
  it('gives every kind of actor its own machine, speaking of its own teams', async () => {
    const { machines, startingInstances } = await import('./registry');
    const { scenarioSchema } = await import('../scenario/schema');
    const links = [{ from: 'bn', to: 'fpu', channel: 'radio', latency: '5m' }];
    const kinds = ['military', 'police', 'humanitarian', 'civilian'] as const;
    const scenario = scenarioSchema.parse({
      version: 1,
      id: 'kinds',
      title: 'Kinds',
      summary: 'One of each.',
      duration: '1h',
      objectives: [{ id: 'lo', text: 'x' }],
      actors: kinds.map((kind, i) => ({
        id: ['bn', 'fpu', 'wfp', 'joc'][i],
        kind,
        role: kind,
        name: kind,
      })),
      structures: [
        {
          id: 's',
          name: 'S',
          links,
          authority: {
            escortDecision: 'wfp',
            escortProviders: ['bn'],
            situationalAwareness: 'joc',
            pocResponse: 'joc',
            pocResponders: ['bn'],
            handoverDecision: 'joc',
          },
        },
      ],
    });
    const spawns = startingInstances(scenario, scenario.structures[0]!);
    expect(spawns.map((s) => (s.kind === 'instance' ? s.machine : ''))).toEqual([...kinds]);
    for (const kind of kinds) expect(machines[kind].id).toBe(kind);
    expect(text(teamLine(KIND_PROFILES.military, { teams: 2, teamsOut: 0 }, 'team'))).toBe(
      'one escort or patrol team goes out (1 of 2 out)',
    );
    expect(text(teamLine(KIND_PROFILES.police, { teams: 1, teamsOut: 1 }, 'team'))).toBe(
      'no police unit free (1 of 1 out)',
    );
    expect(text(teamLine(KIND_PROFILES.civilian, { teams: 2, teamsOut: 1 }, 'release'))).toBe(
      'one engagement team back (0 of 2 out)',
    );
    expect(text(teamLine(KIND_PROFILES.humanitarian, { teams: 0, teamsOut: 0 }, 'none'))).toBe('');
  });
});
