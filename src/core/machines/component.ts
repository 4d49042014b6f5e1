// The component machine: one instance per actor of the scenario (military, UN police,
// humanitarian, mission civilian, host-state police). It models what every component shares:
// a workload that makes it answer late when busy and not at all when swamped, and teams it
// can send out (escorts, POC response). Process machines ask it things through the mesh.
import { assign, raise, setup } from 'xstate';
import type { ActorKind } from '../scenario/schema';
import type { Phrase } from '../engine/entry-kinds';
import { effects, say, SILENT, type ExplainParams, type Need } from './effects';
import { swampedNote, takenNote } from './tasks';

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
  | { type: 'task'; task: number; need: Need; from: string; about: Phrase }
  /**
   * `answer`: what the seat holding this actor decided (a played decision) — send a team or
   * keep it in, attend a meeting or send regrets. Absent: the workload and team rules decide.
   */
  | { type: 'task.done'; task: number; need: Need; answer?: boolean }
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

/** A refused team request finishes like a task that asked for nothing. */
const playedNeed = (event: { readonly need: Need; readonly answer?: boolean }): Need =>
  event.answer === false && event.need === 'team' ? 'none' : event.need;

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

/** Each kind of component: its id names its teams in the log and its states in the catalogs. */
export interface KindProfile {
  readonly id: 'component' | 'military' | 'police' | 'humanitarian' | 'civilian';
}

export const KIND_PROFILES = {
  component: { id: 'component' },
  military: { id: 'military' },
  police: { id: 'police' },
  humanitarian: { id: 'humanitarian' },
  civilian: { id: 'civilian' },
} as const satisfies Record<string, KindProfile>;

/**
 * The log entry for a team going out, coming back, or not being available (in the trainer's
 * timeline: marked); nothing for other tasks.
 */
export function teamLine(
  profile: KindProfile,
  c: { readonly teams: number; readonly teamsOut: number },
  need: Need,
): ExplainParams {
  const unit = profile.id;
  if (need === 'team') {
    return hasFreeTeam(c.teams, c.teamsOut)
      ? say('team.out', { unit, out: c.teamsOut + 1, teams: c.teams }, 'team.team')
      : say('team.none', { unit, out: c.teamsOut, teams: c.teams }, 'team.team');
  }
  if (need === 'release')
    return say(
      'team.back',
      { unit, out: Math.max(0, c.teamsOut - 1), teams: c.teams },
      'team.release',
    );
  return SILENT;
}

/**
 * One component machine per kind of actor: the same workload and team rules, each speaking
 * of its own teams and load. Host-state police have their own machine (host-police.ts).
 */
export function createComponentMachine(profile: KindProfile) {
  return setup({
    types: {
      context: {} as ComponentContext,
      events: {} as ComponentEvent,
      input: {} as ComponentInput,
    },
    actions: {
      ...effects,
      accept: assign(({ context }) => taskTaken(context)),
      finish: assign(({ context, event }) =>
        event.type === 'task.done' ? taskFinished(context, playedNeed(event)) : {},
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
    id: profile.id,
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
            { type: 'explain', params: swampedNote },
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
            { type: 'explain', params: takenNote },
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
              accepted: event.answer ?? answer(context, event.need),
            }),
          },
          {
            type: 'explain',
            params: ({ context, event }) =>
              event.answer === false && event.need === 'team'
                ? say(
                    'team.refused',
                    { unit: profile.id, out: context.teamsOut, teams: context.teams },
                    'team.refused',
                  )
                : teamLine(profile, context, event.need),
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
            params: ({ context }) =>
              say('capacity.changed', { capacity: context.capacityNow, teams: context.teams }),
          },
        ],
        target: '.check',
      },
    },
    states: {
      available: {},
      busy: {},
      overloaded: {},
      check: {
        always: [
          { guard: 'nothing to do', target: 'available' },
          { guard: 'within capacity', target: 'busy' },
          { target: 'overloaded' },
        ],
      },
    },
  });
}

export const componentMachine = createComponentMachine(KIND_PROFILES.component);
export const militaryMachine = createComponentMachine(KIND_PROFILES.military);
export const policeMachine = createComponentMachine(KIND_PROFILES.police);
export const humanitarianMachine = createComponentMachine(KIND_PROFILES.humanitarian);
export const civilianMachine = createComponentMachine(KIND_PROFILES.civilian);

export type ComponentMachine = typeof componentMachine;
