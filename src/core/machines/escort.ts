// An armed-escort request under the IASC Non-Binding Guidelines (2013): escorts are the
// exception and the last resort. Alternatives come first; the four criteria are four named
// guards; the authority the structure names decides; a provider may lack capacity.
import { assign, enqueueActions, setup } from 'xstate';
import { phrase, term, type Phrase } from '../engine/entry-kinds';
import { effects, optional, say } from './effects';
import { followUps } from './follow-up';

export type Need = 'life-saving' | 'critical' | 'routine';
type Alternative =
  | 'other-route'
  | 'other-timing'
  | 'access-negotiation'
  | 'notification'
  | 'unarmed'
  | 'remote-delivery';

export interface EscortFacts {
  readonly need: Need;
  /**
   * Alternatives in the order considered, each already resolved for this run. One that opens
   * later (a route reopening) gives the minutes until it does and the time it does.
   */
  readonly alternatives: ReadonlyArray<{
    readonly kind: Alternative;
    readonly works: boolean;
    readonly opensAfter?: number;
    readonly opensAt?: number;
  }>;
  /**
   * Criteria 2 and 3 as the decider judges them. Set by the scenario (teaching) from the start;
   * otherwise filled in from what the decider knows when the request reaches it
   * (engine/knowledge.ts). Absent: not judged met.
   */
  readonly hostStateUnable?: boolean;
  readonly escortCredible?: boolean;
  readonly exitPlan: boolean;
}

export interface EscortInput extends EscortFacts {
  readonly id: string;
  readonly requester: string;
  readonly convoy: string;
  readonly area: string;
  readonly facilitator?: string;
  readonly decider: string;
  readonly providers: readonly string[];
  readonly length: number;
  /** Resolved for this run: an incident happens during the escort. */
  readonly incident: boolean;
  /** The chance of an incident the request states (the risk at the area's starting threat). */
  readonly incidentRisk: number;
  /** Political pressure: the decider approves even with a criterion unmet (a teaching case). */
  readonly pressure: boolean;
  readonly followUp: number;
  /** HRDDP: host-state police providers never tasked (support suspended), for the log. */
  readonly barred?: readonly string[];
  /** Providers tasked only under HRDDP mitigation measures. */
  readonly mitigated?: ReadonlyArray<{ readonly unit: string; readonly measures: string }>;
}

/** The decider's judgement of criteria 2 and 3, and the truth's say on the road ahead. */
export interface EscortJudgement {
  readonly judged?: { readonly hostStateUnable: boolean; readonly escortCredible: boolean };
  /** The truth raised the risk and the road drew an incident (settled by the engine's RNG). */
  readonly incident?: boolean;
}

export interface EscortContext extends Omit<EscortInput, 'incident'> {
  incident: boolean;
  hostStateUnable?: boolean;
  escortCredible?: boolean;
  provider: number;
  attempts: number;
  requestedAt: number;
  /** The IASC criteria not met, by number. */
  unmet: number[];
  /** The decider's answer when a seat plays the decider; absent: doctrine decides. */
  verdict?: 'approve' | 'decline';
  /** When an alternative that opened later withdrew the request. */
  withdrawn?: 'before-decision' | 'before-escort';
  /**
   * Criterion 3 as the scenario set it (teaching), kept apart from the decider's judgement: a
   * provider asked for a team takes it as given too (engine/provider-known.ts).
   */
  readonly taughtCredible?: boolean;
}

type EscortEvent =
  | { type: 'facilitated'; by?: string }
  | ({ type: 'assessed'; by?: string; verdict?: 'approve' | 'decline' } & EscortJudgement)
  | { type: 'decision.received'; approved: boolean }
  | { type: 'provider.answer'; accepted?: boolean; by?: string }
  | { type: 'released' }
  | { type: 'stood-down' }
  | { type: 'alternative.opens' }
  | { type: 'undeliverable'; to: string };

// ── the doctrine, as pure rules ────────────────────────────────────────────────────────

/** The first alternative that meets the need now, if any (IASC: escorts are a last resort). */
export function workingAlternative(facts: EscortFacts): Alternative | undefined {
  return facts.alternatives.find((a) => a.works && !(a.opensAfter && a.opensAfter > 0))?.kind;
}

/** The alternative that meets the need soonest among those that open later, if any. */
export function laterAlternative(facts: EscortFacts) {
  let best: EscortFacts['alternatives'][number] | undefined;
  for (const a of facts.alternatives)
    if (a.works && a.opensAfter && a.opensAfter > 0 && (!best || a.opensAfter < best.opensAfter!))
      best = a;
  return best;
}

/** Criterion 1: the need is grave and no alternative can meet it. */
export function needWithoutAlternative(facts: EscortFacts): boolean {
  return facts.need !== 'routine' && workingAlternative(facts) === undefined;
}

/** Criterion 2: the host state, primarily responsible, is unable or unwilling. */
export function hostStateCannotSecure(facts: EscortFacts): boolean {
  return facts.hostStateUnable === true;
}

/** Criterion 3: an escort is credible and would not make anyone less safe. */
export function escortCredibleAndSafe(facts: EscortFacts): boolean {
  return facts.escortCredible === true;
}

/** Criterion 4: sustainable, with a plan to stop using escorts. */
export function sustainableWithExitPlan(facts: EscortFacts): boolean {
  return facts.exitPlan;
}

export const IASC_CRITERIA = [
  { n: 1, name: 'need and no alternative', holds: needWithoutAlternative },
  { n: 2, name: 'host state unable or unwilling', holds: hostStateCannotSecure },
  { n: 3, name: 'escort credible and safe', holds: escortCredibleAndSafe },
  { n: 4, name: 'sustainable with an exit plan', holds: sustainableWithExitPlan },
] as const;

/** The numbers of the criteria not met. Empty: an escort may be approved. */
export function unmetCriteria(facts: EscortFacts): number[] {
  return IASC_CRITERIA.filter((c) => !c.holds(facts)).map((c) => c.n);
}

const CRITERION_PHRASES = {
  1: term('criterion.1'),
  2: term('criterion.2'),
  3: term('criterion.3'),
  4: term('criterion.4'),
} as Readonly<Record<number, Phrase>>;

/** The unmet criteria as phrases for the log ("criterion 2 (host state unable or unwilling)"). */
export const criteriaPhrases = (unmet: readonly number[]): Phrase[] =>
  unmet.map((n) => CRITERION_PHRASES[n]!);

/** What doctrine answers for this request, and why: the baseline beside a played answer. */
export function escortDoctrine(facts: EscortFacts & { readonly pressure: boolean }): {
  readonly verdict: 'approve' | 'decline';
  readonly reason: Phrase;
} {
  const unmet = unmetCriteria(facts);
  if (unmet.length === 0) return { verdict: 'approve', reason: phrase('doctrine.escort-met', {}) };
  const criteria = criteriaPhrases(unmet);
  if (facts.pressure)
    return { verdict: 'approve', reason: phrase('doctrine.escort-pressure', { criteria }) };
  return { verdict: 'decline', reason: phrase('doctrine.escort-unmet', { criteria }) };
}

const playedDecision = (
  kind: 'escort.approved-played' | 'escort.declined-played',
  context: EscortContext,
) => {
  const d = escortDoctrine(context);
  return say(
    kind,
    { decider: context.decider, doctrine: d.verdict, reason: d.reason },
    kind === 'escort.approved-played' ? 'escort.approved' : 'escort.declined',
  );
};

// ── the machine ────────────────────────────────────────────────────────────────────────

/** An answer that reaches a request already withdrawn in favour of an alternative. */
const withdrawnAnswer = {
  type: 'explain' as const,
  params: ({ event }: { event: EscortEvent }) =>
    say('escort.withdrawn-answer', optional('by', 'by' in event ? event.by : undefined)),
};

const firstHop = (c: EscortContext): string => c.facilitator ?? c.decider;

export const escortMachine = setup({
  types: {
    context: {} as EscortContext,
    events: {} as EscortEvent,
    input: {} as EscortInput,
  },
  actions: {
    ...effects,
    countAttempt: assign({ attempts: ({ context }) => context.attempts + 1 }),
    nextProvider: assign({ provider: ({ context }) => context.provider + 1 }),
    resetAttempts: assign({ attempts: 1 }),
    recordUnmet: assign({ unmet: ({ context }) => unmetCriteria(context) }),
    recordVerdict: assign(({ context, event }) =>
      event.type === 'assessed'
        ? {
            ...(event.verdict ? { verdict: event.verdict } : {}),
            ...(event.judged ?? {}),
            incident: context.incident || event.incident === true,
          }
        : {},
    ),
  },
  guards: {
    'an alternative meets the need': ({ context }) => workingAlternative(context) !== undefined,
    'a facilitator carries the request': ({ context }) => context.facilitator !== undefined,
    'no alternative can meet the need': ({ context }) => needWithoutAlternative(context),
    'host state unable or unwilling to secure the route': ({ context }) =>
      hostStateCannotSecure(context),
    'escort credible and would not increase risk': ({ context }) => escortCredibleAndSafe(context),
    'sustainable with a plan to stop escorts': ({ context }) => sustainableWithExitPlan(context),
    'all four IASC criteria met': ({ context }) => unmetCriteria(context).length === 0,
    'approved under pressure': ({ context }) => context.pressure,
    'no provider may be tasked': ({ context }) => context.providers.length === 0,
    'the decider approves': ({ context }) => context.verdict === 'approve',
    'the decider declines': ({ context }) => context.verdict === 'decline',
    'provider has a team': ({ event }) =>
      event.type === 'provider.answer' && event.accepted === true,
    'another provider to ask': ({ context }) => context.provider + 1 < context.providers.length,
    'an incident on the road': ({ context }) => context.incident,
    'follow-ups left': ({ context }) => context.attempts < 3,
  },
  delays: {
    followUp: ({ context }) => context.followUp,
    movement: ({ context }) => context.length,
  },
}).createMachine({
  id: 'escort',
  context: ({ input }) => ({
    ...input,
    provider: 0,
    attempts: 1,
    requestedAt: 0,
    unmet: [],
    ...(input.escortCredible !== undefined ? { taughtCredible: input.escortCredible } : {}),
  }),
  initial: 'considering alternatives',
  on: {
    // An alternative that opens once the convoy has set out, or after a decline, changes nothing.
    'alternative.opens': {},
    // A provider's team offered when none is wanted any more (a slow answer crossed a
    // follow-up, or another provider went): it is released at once, not left out.
    'provider.answer': {
      guard: 'provider has a team',
      actions: [
        {
          type: 'send',
          params: ({ context, event }) => ({
            from: context.decider,
            to: (event.type === 'provider.answer' ? event.by : undefined) ?? context.decider,
            event: { type: 'stood-down' },
            need: 'release',
            about: phrase('about.escort-stand-down', { id: context.id }),
          }),
        },
        {
          type: 'explain',
          params: ({ event }) =>
            say(
              'escort.stand-down',
              event.type === 'provider.answer' && event.by ? { by: event.by } : {},
            ),
        },
      ],
    },
  },
  states: {
    'considering alternatives': {
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say(
            'escort.requested',
            {
              requester: context.requester,
              convoy: context.convoy,
              area: context.area,
              need: context.need,
            },
            'escort.requested',
          ),
      },
      always: [
        {
          guard: 'an alternative meets the need',
          target: 'alternative used',
        },
        { target: 'requested' },
      ],
    },
    'alternative used': {
      type: 'final',
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say(
            'escort.alternative',
            { alternative: workingAlternative(context) ?? 'other-route' },
            'escort.alternative',
          ),
      },
    },
    requested: {
      entry: [
        enqueueActions(({ context, enqueue }) => {
          const later = laterAlternative(context);
          if (!later) return;
          enqueue({
            type: 'explain',
            params: say('escort.alternative-waits', {
              alternative: later.kind,
              at: later.opensAt ?? later.opensAfter ?? 0,
            }),
          });
          enqueue.raise(
            { type: 'alternative.opens' },
            { delay: later.opensAfter ?? 0, id: 'alternative' },
          );
        }),
        {
          type: 'explain',
          params: ({ context }) =>
            say(
              'escort.submitted',
              context.facilitator ? { facilitator: context.facilitator } : {},
              'escort.submitted',
            ),
        },
      ],
      initial: 'routing',
      states: {
        routing: {
          always: [
            { guard: 'a facilitator carries the request', target: 'with facilitator' },
            { target: 'with decider' },
          ],
        },
        'with facilitator': {
          entry: {
            type: 'send',
            params: ({ context }) => ({
              to: firstHop(context),
              event: { type: 'facilitated' },
              info: [context.id],
              about: phrase('about.escort-request', { id: context.id }),
            }),
          },
          on: {
            facilitated: {
              target: 'with decider',
              actions: {
                type: 'explain',
                params: ({ context }) =>
                  say(
                    'escort.facilitated',
                    { facilitator: firstHop(context), decider: context.decider },
                    'escort.facilitated',
                  ),
              },
            },
          },
          after: {
            followUp: followUps(
              'with facilitator',
              (context: EscortContext) =>
                say(
                  'escort.follow-up-facilitator',
                  { facilitator: firstHop(context), requester: context.requester },
                  'escort.follow-up',
                ),
              { target: '#escort.stalled' },
            ),
          },
        },
        'with decider': {
          entry: {
            type: 'send',
            params: ({ context }) => ({
              from: context.facilitator ?? context.requester,
              to: context.decider,
              event: { type: 'assessed' },
              info: [context.id],
              about: phrase('about.escort-for-decision', { id: context.id }),
            }),
          },
          on: { assessed: { target: '#escort.assessing', actions: 'recordVerdict' } },
          after: {
            followUp: followUps(
              'with decider',
              (context: EscortContext) =>
                say('escort.follow-up-decider', { decider: context.decider }, 'escort.follow-up'),
              { target: '#escort.stalled' },
            ),
          },
        },
      },
      on: {
        undeliverable: '#escort.stalled',
        'alternative.opens': {
          target: '#escort.withdrawn',
          actions: assign({ withdrawn: 'before-decision' as const }),
        },
      },
    },
    assessing: {
      entry: 'recordUnmet',
      always: [
        {
          guard: 'the decider approves',
          target: 'approved',
          actions: {
            type: 'explain',
            params: ({ context }) => playedDecision('escort.approved-played', context),
          },
        },
        {
          guard: 'the decider declines',
          target: 'declined',
          actions: {
            type: 'explain',
            params: ({ context }) => playedDecision('escort.declined-played', context),
          },
        },
        {
          guard: 'all four IASC criteria met',
          target: 'approved',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say('escort.approved', { decider: context.decider }, 'escort.approved'),
          },
        },
        {
          guard: 'approved under pressure',
          target: 'approved',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say(
                'escort.approved-under-pressure',
                { decider: context.decider, criteria: criteriaPhrases(context.unmet) },
                'escort.approved',
              ),
          },
        },
        {
          target: 'declined',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say(
                'escort.declined',
                { decider: context.decider, criteria: criteriaPhrases(context.unmet) },
                'escort.declined',
              ),
          },
        },
      ],
    },
    declined: {
      entry: {
        type: 'send',
        params: ({ context }) => ({
          from: context.decider,
          to: context.requester,
          event: { type: 'decision.received', approved: false },
          info: [context.id],
          about: phrase('about.escort-declined', { id: context.id }),
        }),
      },
      on: {
        'decision.received': {
          target: 'closed',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say(
                'escort.decision-known',
                { requester: context.requester, approved: false },
                'escort.decision-known',
              ),
          },
        },
        undeliverable: 'closed',
      },
    },
    approved: {
      entry: [
        'resetAttempts',
        // HRDDP: a host-state police provider under suspension is never tasked to escort.
        enqueueActions(({ context, enqueue }) => {
          for (const unit of context.barred ?? [])
            enqueue({
              type: 'explain',
              params: say(
                'hrddp.refused',
                { unit, support: 'escort', by: context.decider, process: context.id },
                'hrddp.refused',
              ),
            });
        }),
        {
          type: 'send',
          params: ({ context }) => ({
            from: context.decider,
            to: context.requester,
            event: { type: 'decision.received', approved: true },
            info: [context.id],
            about: phrase('about.escort-approved', { id: context.id }),
          }),
        },
      ],
      initial: 'choosing',
      states: {
        choosing: {
          always: [
            { guard: 'no provider may be tasked', target: '#escort.unfilled' },
            { target: 'tasking provider' },
          ],
        },
        'tasking provider': {
          entry: [
            enqueueActions(({ context, enqueue }) => {
              const unit = context.providers[context.provider];
              const m = context.mitigated?.find((x) => x.unit === unit);
              if (m)
                enqueue({
                  type: 'explain',
                  params: say(
                    'hrddp.mitigated',
                    { unit: m.unit, support: 'escort', by: context.decider, measures: m.measures },
                    'hrddp.mitigated',
                  ),
                });
            }),
            {
              type: 'send',
              params: ({ context }) => ({
                from: context.decider,
                to: context.providers[context.provider] ?? context.decider,
                event: { type: 'provider.answer' },
                need: 'team',
                info: [context.id],
                about: phrase('about.escort-tasking', { id: context.id, area: context.area }),
              }),
            },
          ],
          on: {
            'provider.answer': [
              {
                guard: 'provider has a team',
                target: '#escort.escorting',
                actions: {
                  type: 'explain',
                  params: ({ event }) =>
                    say(
                      'escort.tasked',
                      event.type === 'provider.answer' && event.by ? { provider: event.by } : {},
                      'escort.tasked',
                    ),
                },
              },
              {
                guard: 'another provider to ask',
                target: 'tasking provider',
                reenter: true,
                actions: [
                  {
                    type: 'explain',
                    params: ({ context }) =>
                      say(
                        'escort.provider-refused',
                        {
                          ...optional('provider', context.providers[context.provider]),
                          ...optional('next', context.providers[context.provider + 1]),
                        },
                        'escort.provider-refused',
                      ),
                  },
                  'nextProvider',
                  'resetAttempts',
                ],
              },
              {
                target: '#escort.unfilled',
              },
            ],
          },
          after: {
            followUp: followUps(
              'tasking provider',
              (context: EscortContext) =>
                say(
                  'escort.follow-up-provider',
                  {
                    ...optional('provider', context.providers[context.provider]),
                    decider: context.decider,
                  },
                  'escort.follow-up',
                ),
              { target: '#escort.unfilled' },
            ),
          },
        },
      },
      on: {
        'decision.received': {
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say(
                'escort.decision-known',
                { requester: context.requester, approved: true },
                'escort.decision-known',
              ),
          },
        },
        undeliverable: '#escort.unfilled',
        'alternative.opens': {
          target: '#escort.withdrawn',
          actions: assign({ withdrawn: 'before-escort' as const }),
        },
      },
    },
    withdrawn: {
      // Not final: a team offered after all (a slow answer) must still be released.
      on: {
        facilitated: { actions: withdrawnAnswer },
        assessed: { actions: withdrawnAnswer },
        'decision.received': { actions: withdrawnAnswer },
      },
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say(
            'escort.alternative-opens',
            {
              alternative: laterAlternative(context)?.kind ?? 'other-route',
              id: context.id,
              stage: context.withdrawn ?? 'before-decision',
            },
            'escort.alternative',
          ),
      },
    },
    unfilled: {
      // Not final: a team offered after all (a slow answer) must still be released.
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say('escort.unfilled', { convoy: context.convoy }, 'escort.unfilled'),
      },
    },
    escorting: {
      after: {
        movement: [
          {
            guard: 'an incident on the road',
            target: 'review',
            actions: {
              type: 'explain',
              params: ({ context }) =>
                say('escort.incident', { area: context.area }, 'escort.incident'),
            },
          },
          {
            target: 'review',
            actions: {
              type: 'explain',
              params: ({ context }) =>
                say('escort.completed', { area: context.area }, 'escort.completed'),
            },
          },
        ],
      },
      on: {
        'decision.received': {
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say(
                'escort.decision-known',
                { requester: context.requester, approved: true },
                'escort.decision-known',
              ),
          },
        },
      },
    },
    review: {
      entry: {
        type: 'send',
        params: ({ context }) => ({
          from: context.requester,
          to: context.providers[context.provider] ?? context.decider,
          event: { type: 'released' },
          need: 'release',
          about: phrase('about.escort-over', { id: context.id }),
        }),
      },
      on: {
        released: {
          target: 'closed',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              context.exitPlan
                ? say('escort.reviewed', {}, 'escort.reviewed')
                : say('escort.lock-in-risk', {}, 'escort.lock-in-risk'),
          },
        },
        undeliverable: 'closed',
      },
    },
    stalled: {
      type: 'final',
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say('escort.stalled', { id: context.id, attempts: context.attempts }, 'escort.stalled'),
      },
    },
    closed: { type: 'final' },
  },
});
