// A joint patrol: a UN police or military unit patrols an area with a host-state police unit.
// Partnering is UN support, so the Human Rights Due Diligence Policy applies first: a partner
// under suspension is not partnered (unless mitigation measures allow joint patrols) and the
// refusal is logged. Otherwise each unit is asked for a team through the mesh; both must send
// one (a command overwhelmed or with no team free refuses), then the patrol goes out for its
// length and both teams come back. One instance per patrol, hosted by the UN unit.
import { assign, setup } from 'xstate';
import { phrase } from '../engine/entry-kinds';
import { effects, optional, say } from './effects';

export interface PatrolInput {
  readonly id: string;
  readonly area: string;
  /** The UN unit (military or UN police) that patrols and hosts the instance. */
  readonly unit: string;
  /** The host-state police unit partnered. */
  readonly partner: string;
  /** Minutes the patrol is out. */
  readonly length: number;
  /** HRDDP: UN support to the partner is suspended for joint patrols. */
  readonly barred: boolean;
  /** Mitigation measures under which the partnering goes ahead despite a suspension. */
  readonly measures?: string;
  /** Minutes without both answers before the patrol is called off. */
  readonly followUp: number;
}

type Answer = boolean | null;

export interface PatrolContext extends PatrolInput {
  unitTeam: Answer;
  partnerTeam: Answer;
}

type PatrolEvent =
  | { type: 'unit.answer'; by?: string; accepted?: boolean }
  | { type: 'partner.answer'; by?: string; accepted?: boolean }
  | { type: 'released'; by?: string }
  | { type: 'undeliverable'; to: string };

/** Who refused a team (answered no), for the log. */
export const refusedBy = (c: PatrolContext): string[] => [
  ...(c.unitTeam === false ? [c.unit] : []),
  ...(c.partnerTeam === false ? [c.partner] : []),
];

/** Units that sent a team, to be released when the patrol ends or is called off. */
const teamsOut = (c: PatrolContext): string[] => [
  ...(c.unitTeam === true ? [c.unit] : []),
  ...(c.partnerTeam === true ? [c.partner] : []),
];

const names = (c: PatrolContext) => ({ unit: c.unit, partner: c.partner, area: c.area });

/** Tell the units whose teams went out to bring them back. */
const release = (to: readonly string[], c: PatrolContext) => ({
  from: c.unit,
  to,
  event: { type: 'released' },
  need: 'release' as const,
  about: phrase('about.patrol-over', { id: c.id }),
});

const offered = (e: PatrolEvent): string | undefined =>
  (e.type === 'unit.answer' || e.type === 'partner.answer') && e.accepted === true
    ? e.by
    : undefined;

/** A team offered after the patrol was called off or came back: it stands down at once. */
const standDown = [
  {
    type: 'send' as const,
    params: ({ context, event }: { context: PatrolContext; event: PatrolEvent }) =>
      release([offered(event) ?? context.unit], context),
  },
  {
    type: 'explain' as const,
    params: ({ event }: { event: PatrolEvent }) =>
      say('patrol.stand-down', optional('by', offered(event))),
  },
];

/** A unit's answer to the tasking, for the log. */
const answerNote = {
  type: 'explain' as const,
  params: ({ event }: { event: PatrolEvent }) =>
    say('patrol.answer', {
      ...optional('by', 'by' in event ? event.by : undefined),
      accepted: 'accepted' in event && event.accepted === true,
    }),
};

const lateAnswers = {
  'unit.answer': { guard: 'a team offered for nothing' as const, actions: standDown },
  'partner.answer': { guard: 'a team offered for nothing' as const, actions: standDown },
};

export const patrolMachine = setup({
  types: {
    context: {} as PatrolContext,
    events: {} as PatrolEvent,
    input: {} as PatrolInput,
  },
  actions: {
    ...effects,
    recordUnit: assign(({ event }) =>
      event.type === 'unit.answer' ? { unitTeam: event.accepted === true } : {},
    ),
    recordPartner: assign(({ event }) =>
      event.type === 'partner.answer' ? { partnerTeam: event.accepted === true } : {},
    ),
  },
  guards: {
    'HRDDP: support to the partner suspended': ({ context }) => context.barred,
    'partnered under mitigation measures': ({ context }) => context.measures !== undefined,
    'both units sent a team': ({ context }) =>
      context.unitTeam === true && context.partnerTeam === true,
    'a unit has no team': ({ context }) => refusedBy(context).length > 0,
    'a team offered for nothing': ({ event }) => offered(event) !== undefined,
  },
  delays: {
    followUp: ({ context }) => context.followUp,
    length: ({ context }) => context.length,
  },
}).createMachine({
  id: 'patrol',
  context: ({ input }) => ({ ...input, unitTeam: null, partnerTeam: null }),
  entry: {
    type: 'explain',
    params: ({ context }) => say('patrol.planned', { ...names(context), length: context.length }),
  },
  on: {
    released: {
      actions: {
        type: 'explain',
        params: ({ event }) =>
          say('patrol.team-back', optional('by', event.type === 'released' ? event.by : undefined)),
      },
    },
  },
  initial: 'vetting',
  states: {
    vetting: {
      always: [
        {
          guard: 'HRDDP: support to the partner suspended',
          target: 'refused',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say(
                'hrddp.refused',
                {
                  unit: context.partner,
                  support: 'joint-patrol',
                  by: context.unit,
                  process: context.id,
                },
                'hrddp.refused',
              ),
          },
        },
        {
          guard: 'partnered under mitigation measures',
          target: 'asking',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say(
                'hrddp.mitigated',
                {
                  unit: context.partner,
                  support: 'joint-patrol',
                  by: context.unit,
                  measures: context.measures ?? '',
                },
                'hrddp.mitigated',
              ),
          },
        },
        { target: 'asking' },
      ],
    },
    refused: {
      type: 'final',
    },
    asking: {
      entry: [
        {
          type: 'send',
          params: ({ context }) => ({
            to: context.unit,
            event: { type: 'unit.answer' },
            need: 'team',
            info: [context.id],
            about: phrase('about.patrol-tasking', { id: context.id, area: context.area }),
          }),
        },
        {
          type: 'send',
          params: ({ context }) => ({
            from: context.unit,
            to: context.partner,
            event: { type: 'partner.answer' },
            need: 'team',
            info: [context.id],
            about: phrase('about.patrol-tasking', { id: context.id, area: context.area }),
          }),
        },
      ],
      always: 'waiting',
    },
    waiting: {
      on: {
        'unit.answer': { target: 'tallying', actions: ['recordUnit', answerNote] },
        'partner.answer': { target: 'tallying', actions: ['recordPartner', answerNote] },
        undeliverable: 'cancelled',
      },
      after: { followUp: 'cancelled' },
    },
    tallying: {
      always: [
        {
          guard: 'both units sent a team',
          target: 'patrolling',
          actions: {
            type: 'explain',
            params: ({ context }) => say('patrol.started', names(context), 'patrol.started'),
          },
        },
        { guard: 'a unit has no team', target: 'cancelled' },
        { target: 'waiting' },
      ],
    },
    patrolling: {
      after: {
        length: {
          target: 'over',
          actions: [
            { type: 'send', params: ({ context }) => release(teamsOut(context), context) },
            {
              type: 'explain',
              params: ({ context }) => say('patrol.completed', names(context), 'patrol.completed'),
            },
          ],
        },
      },
    },
    over: { type: 'final' },
    cancelled: {
      // Not final: a team offered after the patrol was called off must still stand down.
      entry: [
        {
          type: 'explain',
          params: ({ context }) =>
            say(
              'patrol.cancelled',
              { ...names(context), refused: refusedBy(context) },
              'patrol.cancelled',
            ),
        },
        {
          type: 'send',
          params: ({ context }) => release(teamsOut(context), context),
        },
      ],
      on: lateAnswers,
    },
  },
});
