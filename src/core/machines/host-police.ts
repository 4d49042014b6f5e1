// The host-state police component: what every component does (workload, teams; component.ts)
// plus what only the host-state police carry: readiness against the handover criteria, which
// UN Police mentoring raises week by week, and the HRDDP status of UN support. Asked to assess
// itself (need 'assess'), it answers with a report the handover machine reads.
import { assign, enqueueActions, raise, setup } from 'xstate';
import type { Actor, Chance } from '../scenario/schema';
import {
  answer,
  handlingTime,
  isSwamped,
  taskFinished,
  taskTaken,
  type ComponentContext,
  type ComponentEvent,
  type ComponentInput,
} from './component';
import { readinessPhrase } from '../engine/entry-kinds';
import { effects, optional, say, SILENT } from './effects';
import { toReport, type Hrddp, type Readiness } from './handover';
import { statusFor, supportAllowed, supportMitigated, type SupportKind } from './hrddp';
import { swampedNote, takenNote } from './tasks';

export interface HostPoliceInput extends ComponentInput {
  /** Readiness settled for this run; absent when the scenario gives none. */
  readonly readiness?: Readiness;
  /** Growth of the certified share per week of UN Police mentoring (0..1). */
  readonly improvement: number;
  readonly hrddp?: Hrddp;
  /** Support kinds HRDDP mitigation measures allow despite a suspension, and the measures. */
  readonly allows?: readonly SupportKind[];
  readonly measures?: string;
}

export interface HostPoliceContext extends ComponentContext {
  readiness?: Readiness;
  readonly improvement: number;
  /** Changed by an `hrddp-status` event. */
  hrddp?: Hrddp;
  readonly allows?: readonly SupportKind[];
  readonly measures?: string;
  /** Weeks of mentoring so far. */
  weeks: number;
  /** Overwhelmed by an incident: unable to respond until a change says otherwise. */
  overwhelmed: boolean;
  /**
   * Readiness criterion 1 as it stood before the unit was overwhelmed (kept while it is):
   * being overwhelmed lowers `readiness.respond`, and a view that has not heard of the incident
   * still sees the unit as its readiness left it — unable if it was unable already.
   */
  respondBefore?: boolean | undefined;
}

export type HostPoliceEvent =
  | Exclude<ComponentEvent, { type: 'capacity' }>
  | { type: 'capacity'; capacity?: number; teams?: number; certified?: number; respond?: boolean }
  | { type: 'mentoring.week' }
  | { type: 'overwhelmed'; incident: string; area: string }
  | { type: 'hrddp'; hrddp: Hrddp; reason?: string };

const WEEK = 7 * 24 * 60;

/** Readiness criterion 1: a command unable to respond to the security environment sends no team. */
export function ableToRespond(context: {
  readonly readiness?: Readiness;
  readonly overwhelmed?: boolean;
}): boolean {
  return context.overwhelmed !== true && (context.readiness?.respond ?? true);
}

/**
 * Readiness criterion 1 apart from being overwhelmed: what a view that does not know of the
 * incident (or of the scripted change) that overwhelmed the unit takes its ability to be.
 */
export function readyApartFromOverwhelm(context: {
  readonly readiness?: Readiness;
  readonly overwhelmed?: boolean;
  readonly respondBefore?: boolean | undefined;
}): boolean {
  return context.overwhelmed === true
    ? (context.respondBefore ?? true)
    : (context.readiness?.respond ?? true);
}

/** What `respondBefore` becomes as the unit is overwhelmed: the first time counts. */
const respondBeforeOverwhelm = (c: HostPoliceContext): boolean =>
  c.overwhelmed ? (c.respondBefore ?? true) : (c.readiness?.respond ?? true);

/** The certified share after one more week of mentoring, never above 100%. */
export function mentored(certified: number, improvement: number): number {
  return Math.min(1, Math.round((certified + improvement) * 10_000) / 10_000);
}

/** The machine input for a host-state police actor; `settle` resolves its chances for the run. */
export function hostPoliceInput(actor: Actor, settle: (c: Chance) => boolean): HostPoliceInput {
  const r = actor.readiness;
  return {
    id: actor.id,
    kind: actor.kind,
    role: actor.role,
    capacity: actor.capacity,
    handling: actor.handling,
    teams: actor.teams,
    ...(r
      ? {
          readiness: {
            respond: settle(r.respond),
            certified: r.certified,
            logistics: settle(r.logistics),
            stability: settle(r.stability),
          },
        }
      : {}),
    improvement: r?.improvement ?? 0,
    ...(actor.hrddp !== undefined ? { hrddp: actor.hrddp } : {}),
    ...(actor.hrddpMitigation
      ? { allows: actor.hrddpMitigation.allows, measures: actor.hrddpMitigation.measures }
      : {}),
  };
}

/**
 * UN Police mentoring raises certification, unless HRDDP has suspended UN support (and no
 * mitigation measure allows mentoring).
 */
export function isMentored(c: {
  readonly improvement: number;
  readonly readiness?: Readiness;
  readonly hrddp?: Hrddp;
  readonly allows?: readonly SupportKind[];
}): boolean {
  return c.improvement > 0 && c.readiness !== undefined && supportAllowed(c, 'mentoring');
}

/** Whether mentoring raises certification weekly, is suspended under HRDDP, or plays no part. */
const mentoring = (c: HostPoliceContext): 'none' | 'weekly' | 'suspended' =>
  c.improvement <= 0
    ? 'none'
    : isMentored(c)
      ? 'weekly'
      : !supportAllowed(c, 'mentoring')
        ? 'suspended'
        : 'none';

export const hostPoliceMachine = setup({
  types: {
    context: {} as HostPoliceContext,
    events: {} as HostPoliceEvent,
    input: {} as HostPoliceInput,
  },
  actions: {
    ...effects,
    // Workload and teams exactly as componentMachine (the parity test checks it).
    accept: assign(({ context }) => taskTaken(context)),
    // A team refused because the command cannot respond does not go out.
    finish: assign(({ context, event }) =>
      event.type === 'task.done'
        ? taskFinished(
            context,
            event.need === 'team' && !ableToRespond(context) ? 'none' : event.need,
          )
        : {},
    ),
    resize: assign(({ context, event }) => {
      if (event.type !== 'capacity') return {};
      const { readiness } = context;
      return {
        capacityNow: event.capacity ?? context.capacityNow,
        teams: event.teams ?? context.teams,
        ...(readiness && (event.certified !== undefined || event.respond !== undefined)
          ? {
              readiness: {
                ...readiness,
                ...(event.certified !== undefined ? { certified: event.certified } : {}),
                ...(event.respond !== undefined ? { respond: event.respond } : {}),
              },
            }
          : {}),
        ...(event.respond !== undefined
          ? {
              overwhelmed: !event.respond,
              respondBefore: event.respond ? undefined : respondBeforeOverwhelm(context),
            }
          : {}),
      };
    }),
    setHrddp: assign(({ event }) => (event.type === 'hrddp' ? { hrddp: event.hrddp } : {})),
    overwhelm: assign(({ context }) => ({
      overwhelmed: true,
      respondBefore: respondBeforeOverwhelm(context),
      ...(context.readiness ? { readiness: { ...context.readiness, respond: false } } : {}),
    })),
    mentor: assign(({ context }) => {
      const { readiness } = context;
      return {
        weeks: context.weeks + 1,
        ...(readiness
          ? {
              readiness: {
                ...readiness,
                certified: mentored(readiness.certified, context.improvement),
              },
            }
          : {}),
      };
    }),
  },
  guards: {
    'swamped: cannot take another task': ({ context }) =>
      isSwamped(context.workload, context.capacityNow),
    'within capacity': ({ context }) => context.workload <= context.capacityNow,
    'nothing to do': ({ context }) => context.workload === 0,
    'asked for its readiness': ({ event }) => event.type === 'task.done' && event.need === 'assess',
  },
  delays: {
    handling: ({ context }) =>
      handlingTime(context.handling, context.workload, context.capacityNow),
    week: WEEK,
  },
}).createMachine({
  id: 'hostPolice',
  context: ({ input }) => ({
    ...input,
    workload: 0,
    peak: 0,
    teamsOut: 0,
    capacityNow: input.capacity,
    weeks: 0,
    overwhelmed: false,
  }),
  entry: [
    {
      type: 'explain',
      params: ({ context }) =>
        say('readiness.initial', {
          id: context.id,
          role: context.role,
          readiness: readinessPhrase(context.readiness),
          ...optional('hrddp', context.hrddp),
          mentoring: mentoring(context),
          improvement: context.improvement,
        }),
    },
    {
      type: 'explain',
      params: ({ context }) =>
        context.improvement > 0 && context.readiness && supportMitigated(context, 'mentoring')
          ? say(
              'hrddp.mitigated',
              { unit: context.id, support: 'mentoring', measures: context.measures ?? '' },
              'hrddp.mitigated',
            )
          : SILENT,
    },
    enqueueActions(({ context, enqueue }) => {
      if (isMentored(context)) {
        enqueue.raise({ type: 'mentoring.week' }, { delay: 'week', id: 'mentoring' });
      }
    }),
  ],
  initial: 'available',
  on: {
    task: [
      {
        guard: 'swamped: cannot take another task',
        actions: [
          { type: 'done', params: ({ event }) => ({ task: event.task, accepted: false }) },
          { type: 'explain', params: swampedNote },
        ],
      },
      {
        actions: [
          'accept',
          raise(
            ({ event }) => ({ type: 'task.done' as const, task: event.task, need: event.need }),
            { delay: 'handling' },
          ),
          { type: 'explain', params: takenNote },
        ],
        target: '.check',
      },
    ],
    'task.done': [
      {
        guard: 'asked for its readiness',
        actions: [
          {
            type: 'done',
            params: ({ context, event }) => ({
              task: event.task,
              accepted: true,
              // HRDDP as it stands for a supported handover (mitigation measures may allow it).
              report: toReport(context.readiness, statusFor(context, 'handover')),
            }),
          },
          {
            type: 'explain',
            params: ({ context }) =>
              say('readiness.reported', {
                id: context.id,
                readiness: readinessPhrase(context.readiness),
                ...optional('hrddp', context.hrddp),
              }),
          },
          'finish',
        ],
        target: '.check',
      },
      {
        actions: [
          {
            type: 'done',
            params: ({ context, event }) => ({
              task: event.task,
              accepted:
                event.need === 'team' && !ableToRespond(context)
                  ? false
                  : answer(context, event.need),
            }),
          },
          'finish',
        ],
        target: '.check',
      },
    ],
    capacity: {
      actions: [
        'resize',
        {
          type: 'explain',
          params: ({ context, event }) =>
            event.certified !== undefined && context.readiness
              ? say('capacity.changed-certified', {
                  capacity: context.capacityNow,
                  teams: context.teams,
                  certified: context.readiness.certified,
                })
              : say('capacity.changed', { capacity: context.capacityNow, teams: context.teams }),
        },
        {
          type: 'explain',
          params: ({ context, event }) =>
            event.respond === undefined
              ? SILENT
              : say(
                  'readiness.respond-changed',
                  { id: context.id, respond: event.respond },
                  ...(event.respond ? [] : (['readiness.lowered'] as const)),
                ),
        },
      ],
      target: '.check',
    },
    // A change of HRDDP status: mentoring stops under suspension, or resumes when allowed again.
    hrddp: {
      actions: [
        'setHrddp',
        {
          type: 'explain',
          params: ({ context, event }) =>
            say(
              'hrddp.changed',
              { id: context.id, hrddp: event.hrddp, ...optional('reason', event.reason) },
              'hrddp.changed',
            ),
        },
        enqueueActions(({ context, enqueue }) => {
          enqueue.cancel('mentoring');
          if (isMentored(context))
            enqueue.raise({ type: 'mentoring.week' }, { delay: 'week', id: 'mentoring' });
        }),
      ],
    },
    overwhelmed: {
      actions: [
        'overwhelm',
        {
          type: 'explain',
          params: ({ context, event }) =>
            say(
              'readiness.overwhelmed',
              { id: context.id, incident: event.incident, area: event.area },
              'readiness.lowered',
            ),
        },
      ],
    },
    'mentoring.week': {
      actions: [
        'mentor',
        {
          type: 'explain',
          params: ({ context }) =>
            say(
              'readiness.mentored',
              { week: context.weeks, ...optional('certified', context.readiness?.certified) },
              'readiness.mentored',
            ),
        },
        raise({ type: 'mentoring.week' as const }, { delay: 'week', id: 'mentoring' }),
      ],
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

export type HostPoliceMachine = typeof hostPoliceMachine;
