// The plain-reducer engine: the engine itself — agenda, routing hop by hop, messages,
// knowledge, the explained log, injects — with the machines of the bench's workload stepped
// by hand-written reducers instead of their compiled xstate tables. Each reducer is a switch
// over a plain state ({ status, value, context }) that returns the next state and the same
// actions, with the same params, that xstate returns for the machine (the domain's own
// rules and phrases from src/core/machines are reused: what is priced is xstate, not the
// rules). The engine takes them through its stepper seam (src/core/engine/stepper.ts), so
// the only difference between the two runs is how a machine takes its step: the reducer
// run writes a byte-identical log (tests/scenarios/reducer-steppers.test.ts).
//
// Covered: the component machines (military, UN police, humanitarian, civilian, the
// kind-neutral component), the host-state police and the information machine — every
// machine the bench's missions run. Every other machine keeps its tables.
import type { EventObject } from 'xstate';
import type { ResolvedAction } from '../src/core/engine/compiled';
import { phrase, readinessPhrase } from '../src/core/engine/entry-kinds';
import type { PlainState } from '../src/core/engine/snapshot';
import type { MachineStepper, MachineSteppers, Stepped } from '../src/core/engine/stepper';
import {
  answer,
  handlingTime,
  isSwamped,
  KIND_PROFILES,
  taskFinished,
  taskTaken,
  teamLine,
  type ComponentContext,
  type ComponentInput,
  type KindProfile,
} from '../src/core/machines/component';
import { optional, say, SILENT, type Need } from '../src/core/machines/effects';
import { toReport, type Hrddp } from '../src/core/machines/handover';
import {
  ableToRespond,
  isMentored,
  mentored,
  type HostPoliceContext,
  type HostPoliceInput,
} from '../src/core/machines/host-police';
import { statusFor, supportAllowed, supportMitigated } from '../src/core/machines/hrddp';
import type { InformationInput } from '../src/core/machines/information';
import { swampedNote, takenNote } from '../src/core/machines/tasks';
import type { Phrase } from '../src/core/engine/entry-kinds';

/** Readiness criterion 1 kept as the unit is overwhelmed (the host-police machine's rule). */
const respondBeforeOverwhelm = (c: HostPoliceContext): boolean =>
  c.overwhelmed ? (c.respondBefore ?? true) : (c.readiness?.respond ?? true);

interface State<C> extends PlainState {
  readonly value: string;
  readonly context: C;
}

const NONE: readonly ResolvedAction[] = Object.freeze([]);

const active = <C>(value: string, context: C): State<C> => ({ status: 'active', value, context });

interface Task {
  readonly type: 'task';
  readonly task: number;
  readonly need: Need;
  readonly from?: string;
  readonly about?: Phrase;
}
interface TaskDone {
  readonly type: 'task.done';
  readonly task: number;
  readonly need: Need;
  readonly answer?: boolean;
}
interface Capacity {
  readonly type: 'capacity';
  readonly capacity?: number;
  readonly teams?: number;
  readonly certified?: number;
  readonly respond?: boolean;
}

/** The `check` state's eventless choice, where every task, answer and resize lands. */
const settled = (c: { readonly workload: number; readonly capacityNow: number }): string =>
  c.workload === 0 ? 'available' : c.workload <= c.capacityNow ? 'busy' : 'overloaded';

/** The swamped branch of `task`: unanswered, nothing changes. */
function swamped<C extends ComponentContext>(s: State<C>, e: Task): Stepped {
  return [
    s,
    [
      { type: 'done', params: { task: e.task, accepted: false } },
      { type: 'explain', params: swampedNote({ context: s.context, event: e }) },
    ],
  ];
}

/** The `task` event's taking branch: one more task, its handling delay raised, then `check`. */
function taken<C extends ComponentContext>(c: C, e: Task): Stepped {
  const next: C = Object.assign({}, c, taskTaken(c));
  return [
    active(settled(next), next),
    [
      {
        type: 'xstate.raise',
        params: {
          event: { type: 'task.done', task: e.task, need: e.need },
          id: undefined,
          delay: handlingTime(next.handling, next.workload, next.capacityNow),
        },
      },
      { type: 'explain', params: takenNote({ context: next, event: e }) },
    ],
  ];
}

/** componentMachine (component.ts) for one kind of actor. */
function componentStepper(profile: KindProfile): MachineStepper {
  return {
    start(input) {
      const i = input as ComponentInput;
      const context: ComponentContext = {
        ...i,
        workload: 0,
        peak: 0,
        teamsOut: 0,
        capacityNow: i.capacity,
      };
      return [active('available', context), NONE];
    },
    step(state, event) {
      const s = state as State<ComponentContext>;
      const c = s.context;
      switch (event.type) {
        case 'task': {
          const e = event as Task;
          return isSwamped(c.workload, c.capacityNow) ? swamped(s, e) : taken(c, e);
        }
        case 'task.done': {
          const e = event as TaskDone;
          const refused = e.answer === false && e.need === 'team';
          const next = Object.assign({}, c, taskFinished(c, refused ? 'none' : e.need));
          return [
            active(settled(next), next),
            [
              { type: 'done', params: { task: e.task, accepted: e.answer ?? answer(c, e.need) } },
              {
                type: 'explain',
                params: refused
                  ? say(
                      'team.refused',
                      { unit: profile.id, out: c.teamsOut, teams: c.teams },
                      'team.refused',
                    )
                  : teamLine(profile, c, e.need),
              },
            ],
          ];
        }
        case 'capacity': {
          const e = event as Capacity;
          const next = Object.assign({}, c, {
            capacityNow: e.capacity ?? c.capacityNow,
            teams: e.teams ?? c.teams,
          });
          return [
            active(settled(next), next),
            [
              {
                type: 'explain',
                params: say('capacity.changed', { capacity: next.capacityNow, teams: next.teams }),
              },
            ],
          ];
        }
        default:
          return [state, NONE];
      }
    },
  };
}

/** host-police.ts's mentoring standing, as its first log entry states it. */
const mentoring = (c: HostPoliceContext): 'none' | 'weekly' | 'suspended' =>
  c.improvement <= 0
    ? 'none'
    : isMentored(c)
      ? 'weekly'
      : !supportAllowed(c, 'mentoring')
        ? 'suspended'
        : 'none';

const WEEK = 7 * 24 * 60;

/** The next week of mentoring, raised under the id a change of HRDDP status cancels. */
const MENTORING: ResolvedAction = {
  type: 'xstate.raise',
  params: { event: { type: 'mentoring.week' }, id: 'mentoring', delay: WEEK },
};

interface Overwhelmed {
  readonly type: 'overwhelmed';
  readonly incident: string;
  readonly area: string;
}
interface HrddpChange {
  readonly type: 'hrddp';
  readonly hrddp: Hrddp;
  readonly reason?: string;
}

/** hostPoliceMachine (host-police.ts). */
const hostPoliceStepper: MachineStepper = {
  start(input) {
    const i = input as HostPoliceInput;
    const c: HostPoliceContext = {
      ...i,
      workload: 0,
      peak: 0,
      teamsOut: 0,
      capacityNow: i.capacity,
      weeks: 0,
      overwhelmed: false,
    };
    const actions: ResolvedAction[] = [
      {
        type: 'explain',
        params: say('readiness.initial', {
          id: c.id,
          role: c.role,
          readiness: readinessPhrase(c.readiness),
          ...optional('hrddp', c.hrddp),
          mentoring: mentoring(c),
          improvement: c.improvement,
        }),
      },
      {
        type: 'explain',
        params:
          c.improvement > 0 && c.readiness && supportMitigated(c, 'mentoring')
            ? say(
                'hrddp.mitigated',
                { unit: c.id, support: 'mentoring', measures: c.measures ?? '' },
                'hrddp.mitigated',
              )
            : SILENT,
      },
    ];
    if (isMentored(c)) actions.push(MENTORING);
    return [active('available', c), actions];
  },
  step(state, event) {
    const s = state as State<HostPoliceContext>;
    const c = s.context;
    switch (event.type) {
      case 'task': {
        const e = event as Task;
        return isSwamped(c.workload, c.capacityNow) ? swamped(s, e) : taken(c, e);
      }
      case 'task.done': {
        const e = event as TaskDone;
        const unable = e.need === 'team' && !ableToRespond(c);
        const next = Object.assign({}, c, taskFinished(c, unable ? 'none' : e.need));
        const after = active(settled(next), next);
        if (e.need === 'assess')
          return [
            after,
            [
              {
                type: 'done',
                params: {
                  task: e.task,
                  accepted: true,
                  report: toReport(c.readiness, statusFor(c, 'handover')),
                },
              },
              {
                type: 'explain',
                params: say('readiness.reported', {
                  id: c.id,
                  readiness: readinessPhrase(c.readiness),
                  ...optional('hrddp', c.hrddp),
                }),
              },
            ],
          ];
        return [
          after,
          [
            {
              type: 'done',
              params: { task: e.task, accepted: unable ? false : answer(c, e.need) },
            },
          ],
        ];
      }
      case 'capacity': {
        const e = event as Capacity;
        const { readiness } = c;
        const next: HostPoliceContext = Object.assign({}, c, {
          capacityNow: e.capacity ?? c.capacityNow,
          teams: e.teams ?? c.teams,
          ...(readiness && (e.certified !== undefined || e.respond !== undefined)
            ? {
                readiness: {
                  ...readiness,
                  ...(e.certified !== undefined ? { certified: e.certified } : {}),
                  ...(e.respond !== undefined ? { respond: e.respond } : {}),
                },
              }
            : {}),
          ...(e.respond !== undefined
            ? {
                overwhelmed: !e.respond,
                respondBefore: e.respond ? undefined : respondBeforeOverwhelm(c),
              }
            : {}),
        });
        return [
          active(settled(next), next),
          [
            {
              type: 'explain',
              params:
                e.certified !== undefined && next.readiness
                  ? say('capacity.changed-certified', {
                      capacity: next.capacityNow,
                      teams: next.teams,
                      certified: next.readiness.certified,
                    })
                  : say('capacity.changed', { capacity: next.capacityNow, teams: next.teams }),
            },
            {
              type: 'explain',
              params:
                e.respond === undefined
                  ? SILENT
                  : say(
                      'readiness.respond-changed',
                      { id: next.id, respond: e.respond },
                      ...(e.respond ? [] : (['readiness.lowered'] as const)),
                    ),
            },
          ],
        ];
      }
      case 'overwhelmed': {
        const e = event as Overwhelmed;
        const next: HostPoliceContext = Object.assign({}, c, {
          overwhelmed: true,
          respondBefore: respondBeforeOverwhelm(c),
          ...(c.readiness ? { readiness: { ...c.readiness, respond: false } } : {}),
        });
        return [
          active(s.value, next),
          [
            {
              type: 'explain',
              params: say(
                'readiness.overwhelmed',
                { id: next.id, incident: e.incident, area: e.area },
                'readiness.lowered',
              ),
            },
          ],
        ];
      }
      case 'hrddp': {
        const e = event as HrddpChange;
        const next: HostPoliceContext = Object.assign({}, c, { hrddp: e.hrddp });
        const actions: ResolvedAction[] = [
          {
            type: 'explain',
            params: say(
              'hrddp.changed',
              { id: next.id, hrddp: e.hrddp, ...optional('reason', e.reason) },
              'hrddp.changed',
            ),
          },
          { type: 'xstate.cancel', params: { sendId: 'mentoring' } },
        ];
        if (isMentored(next)) actions.push(MENTORING);
        return [active(s.value, next), actions];
      }
      case 'mentoring.week': {
        const { readiness } = c;
        const next: HostPoliceContext = Object.assign({}, c, {
          weeks: c.weeks + 1,
          ...(readiness
            ? {
                readiness: {
                  ...readiness,
                  certified: mentored(readiness.certified, c.improvement),
                },
              }
            : {}),
        });
        return [
          active(s.value, next),
          [
            {
              type: 'explain',
              params: say(
                'readiness.mentored',
                { week: next.weeks, ...optional('certified', next.readiness?.certified) },
                'readiness.mentored',
              ),
            },
            MENTORING,
          ],
        ];
      }
      default:
        return [state, NONE];
    }
  },
};

type InformationContext = InformationInput & { readonly received: number };

/** informationMachine (information.ts). */
const informationStepper: MachineStepper = {
  start(input) {
    const c: InformationContext = { ...(input as InformationInput), received: 0 };
    return [
      active('passing', c),
      [
        {
          type: 'explain',
          params: say(
            'information.sent',
            { from: c.from, summary: c.summary, to: c.to },
            'information.sent',
          ),
        },
        { type: 'learn', params: { who: [c.from], info: [c.id] } },
        {
          type: 'send',
          params: {
            to: c.to,
            event: { type: 'received' },
            info: [c.id],
            about: phrase('about.text', { text: c.summary }),
          },
        },
      ],
    ];
  },
  step(state, event) {
    const s = state as State<InformationContext>;
    if (event.type !== 'received' || s.value !== 'passing') return [state, NONE];
    const c = s.context;
    const by = optional('by', (event as EventObject & { by?: string }).by);
    if (c.received + 1 >= c.to.length)
      return [
        { status: 'done', value: 'delivered', context: c },
        [{ type: 'explain', params: say('information.received', { ...by, all: true }) }],
      ];
    return [
      active('passing', Object.assign({}, c, { received: c.received + 1 })),
      [{ type: 'explain', params: say('information.received', { ...by, all: false }) }],
    ];
  },
};

/** The hand-written reducers for the engine's stepper seam, by machine. */
export const reducerSteppers: Partial<MachineSteppers> = Object.freeze({
  component: componentStepper(KIND_PROFILES.component),
  military: componentStepper(KIND_PROFILES.military),
  police: componentStepper(KIND_PROFILES.police),
  humanitarian: componentStepper(KIND_PROFILES.humanitarian),
  civilian: componentStepper(KIND_PROFILES.civilian),
  hostPolice: hostPoliceStepper,
  information: informationStepper,
});
