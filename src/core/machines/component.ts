// The component machine: one instance per actor of the scenario (military, UN police,
// humanitarian, mission civilian, host-state police). It models what every component shares:
// a workload that makes it answer late when busy and not at all when swamped, and teams it
// can send out (escorts, POC response). Process machines ask it things through the mesh.
import { assign, raise, setup } from 'xstate';
import type { ActorKind } from '../scenario/schema';
import { effects, type Need } from './effects';

export interface ComponentInput {
  readonly id: string;
  readonly kind: ActorKind;
  readonly role: string;
  readonly capacity: number;
  readonly handling: number;
  readonly teams: number;
}

export interface ComponentContext extends ComponentInput {
  workload: number;
  peak: number;
  teamsOut: number;
  capacityNow: number;
}

export type ComponentEvent =
  | { type: 'task'; task: number; need: Need; from: string; about: string }
  | { type: 'task.done'; task: number; need: Need }
  | { type: 'capacity'; capacity?: number; teams?: number };

/** How long a task takes given the current workload: late when busy (queueing at the desk). */
export function handlingTime(handling: number, workload: number, capacity: number): number {
  const queued = Math.max(0, workload - capacity);
  return Math.round(handling * (1 + queued / capacity));
}

/** Past three times its capacity an actor stops answering (messages go unanswered). */
export function isSwamped(workload: number, capacity: number): boolean {
  return workload >= capacity * 3;
}

/** Workload after taking up a task, and the peak so far. */
export function taskTaken(c: { readonly workload: number; readonly peak: number }) {
  const workload = c.workload + 1;
  return { workload, peak: Math.max(c.peak, workload) };
}

/** Workload and teams out after finishing a task: a team goes out or comes back with it. */
export function taskFinished(
  c: { readonly workload: number; readonly teams: number; readonly teamsOut: number },
  need: Need,
) {
  const teamsOut =
    need === 'team' && hasFreeTeam(c.teams, c.teamsOut)
      ? c.teamsOut + 1
      : need === 'release'
        ? Math.max(0, c.teamsOut - 1)
        : c.teamsOut;
  return { workload: Math.max(0, c.workload - 1), teamsOut };
}

/** Whether a team can go out now. */
export function hasFreeTeam(teams: number, teamsOut: number): boolean {
  return teamsOut < teams;
}

/** A component's answer to what a message asked once handled (team free, not overloaded). */
export const answer = (ctx: ComponentContext, need: Need): boolean => {
  if (need === 'team') return hasFreeTeam(ctx.teams, ctx.teamsOut);
  if (need === 'attend') return ctx.workload <= ctx.capacityNow;
  return true;
};

export const componentMachine = setup({
  types: {
    context: {} as ComponentContext,
    events: {} as ComponentEvent,
    input: {} as ComponentInput,
  },
  actions: {
    ...effects,
    accept: assign(({ context }) => taskTaken(context)),
    finish: assign(({ context, event }) =>
      event.type === 'task.done' ? taskFinished(context, event.need) : {},
    ),
    resize: assign(({ context, event }) =>
      event.type === 'capacity'
        ? {
            capacityNow: event.capacity ?? context.capacityNow,
            teams: event.teams ?? context.teams,
          }
        : {},
    ),
  },
  guards: {
    'swamped: cannot take another task': ({ context }) =>
      isSwamped(context.workload, context.capacityNow),
    'more tasks than capacity': ({ context }) => context.workload > context.capacityNow,
    'within capacity': ({ context }) => context.workload <= context.capacityNow,
    'nothing to do': ({ context }) => context.workload === 0,
  },
  delays: {
    handling: ({ context }) =>
      handlingTime(context.handling, context.workload, context.capacityNow),
  },
}).createMachine({
  id: 'component',
  context: ({ input }) => ({
    ...input,
    workload: 0,
    peak: 0,
    teamsOut: 0,
    capacityNow: input.capacity,
  }),
  initial: 'available',
  on: {
    task: [
      {
        guard: 'swamped: cannot take another task',
        actions: [
          {
            type: 'done',
            params: ({ event }) => ({ task: event.task, accepted: false }),
          },
          {
            type: 'explain',
            params: ({ context, event }) => ({
              text: `no answer to "${event.about}": swamped (${context.workload} tasks, capacity ${context.capacityNow})`,
              mark: 'task.unanswered',
            }),
          },
        ],
      },
      {
        actions: [
          'accept',
          raise(
            ({ event }) => ({ type: 'task.done' as const, task: event.task, need: event.need }),
            {
              delay: 'handling',
            },
          ),
          {
            type: 'explain',
            params: ({ context, event }) => ({
              text: `takes up "${event.about}" from ${event.from} (${context.workload} of ${context.capacityNow} tasks)`,
              data: { workload: context.workload },
            }),
          },
        ],
        target: '.check',
      },
    ],
    'task.done': {
      actions: [
        {
          type: 'done',
          params: ({ context, event }) => ({
            task: event.task,
            accepted: answer(context, event.need),
          }),
        },
        'finish',
      ],
      target: '.check',
    },
    capacity: {
      actions: [
        'resize',
        {
          type: 'explain',
          params: ({ context }) => ({
            text: `capacity now ${context.capacityNow} tasks, ${context.teams} teams`,
          }),
        },
      ],
      target: '.check',
    },
  },
  states: {
    available: { description: 'No task in hand.' },
    busy: { description: 'Working within capacity.' },
    overloaded: { description: 'More tasks than capacity: answers come late.' },
    check: {
      always: [
        { guard: 'nothing to do', target: 'available' },
        { guard: 'within capacity', target: 'busy' },
        { target: 'overloaded' },
      ],
    },
  },
});

export type ComponentMachine = typeof componentMachine;
