// Early warning and response to a threat to civilians (DPO POC policy, JOC guidelines):
// whoever witnesses an incident reports it to the situational-awareness hub (usually the
// JOC); the hub passes it to the response authority and to everyone who needs to know; the
// authority sends a responder chosen by doctrine; the responder's team travels to the area.
// One instance per incident, hosted by the reporter. An incident with no threat to civilians
// is still reported (situational awareness) but needs no POC response.
import { assign, enqueueActions, setup } from 'xstate';
import type { ActorKind } from '../scenario/schema';
import { phrase, term, type Phrase } from '../engine/entry-kinds';
import { valueList } from '../engine/value-list';
import { effects, optional, say } from './effects';
import { followUps } from './follow-up';

export type Severity = 'low' | 'medium' | 'high';

export interface Responder {
  readonly id: string;
  readonly kind: ActorKind;
  /** Settled for this run: host-state police able to respond (readiness); others true. */
  readonly able: boolean;
  /** HRDDP: UN support to this host-state police unit is suspended; it is never tasked. */
  readonly barred?: boolean;
}

/** A responder's ability as the authority judges it (engine/responders.ts). */
export interface JudgedAbility {
  readonly id: string;
  readonly able: boolean;
}

/** The responders with the abilities judged put over those settled when the incident began. */
export function withJudged(
  responders: readonly Responder[],
  judged: readonly JudgedAbility[] | undefined,
): Responder[] {
  // One kind of list whether or not anything was judged (see value-list.ts).
  const out = valueList<Responder>();
  const some = judged !== undefined && judged.length > 0;
  for (let i = 0; i < responders.length; i++) {
    const r = responders[i]!;
    const j = some ? judged.find((x) => x.id === r.id) : undefined;
    out.push(j ? { ...r, able: j.able } : r);
  }
  return out;
}

export interface PocInput {
  readonly id: string;
  readonly area: string;
  readonly summary: string;
  readonly reporter: string;
  readonly threatToCivilians: boolean;
  readonly severity: Severity;
  readonly needToKnow: readonly string[];
  /** The situational-awareness hub (authority.situationalAwareness). */
  readonly hub: string;
  /** The response decision authority (authority.pocResponse). */
  readonly decider: string;
  /** authority.pocResponders, in the structure's order, with their kinds. */
  readonly responders: readonly Responder[];
  /** Minutes without an answer before a report or tasking is sent again. */
  readonly followUp: number;
  /** Minutes a team stays on site before it is released. */
  readonly onSite: number;
  /** Travel time to the area in minutes; derived from kind and severity when absent. */
  readonly travel?: number;
  /** Travel time to the area by responder kind, as the scenario gives it for the area. */
  readonly travelByKind?: Partial<Readonly<Record<ActorKind, number>>>;
  /** Responders tasked only under HRDDP mitigation measures. */
  readonly mitigated?: ReadonlyArray<{ readonly unit: string; readonly measures: string }>;
  /**
   * Host-state police responders' ability as the authority judges it on what it knows, when
   * it decides as the incident begins (it witnessed it and is the hub).
   */
  readonly judged?: readonly JudgedAbility[];
}

export interface PocContext extends PocInput {
  /** Sends of the current message so far (1 = the first; at most 3 = two follow-ups). */
  attempts: number;
  /** Responders in the order doctrine prefers, decided by the authority. */
  candidates: string[];
  /** Index in `candidates` of the responder being tasked. */
  choice: number;
  /** The responder whose team went out. */
  responder: string | null;
  /** Why the incident went unanswered, for the log. */
  reason: Phrase | null;
  /** The responder the seat playing the authority sends first; absent: doctrine's order. */
  first?: string;
}

export type PocEvent =
  | { type: 'report.received'; by?: string; first?: string; judged?: readonly JudgedAbility[] }
  | { type: 'report.forwarded'; by?: string; first?: string; judged?: readonly JudgedAbility[] }
  | { type: 'tasking.answer'; choice: number; by?: string; accepted?: boolean }
  | { type: 'informed'; by?: string }
  | { type: 'released'; by?: string }
  | { type: 'undeliverable'; to: string; original?: string };

// ── the doctrine, as pure rules ────────────────────────────────────────────────────────

/** Follow-ups allowed after the first send before the incident counts as unanswered. */
export const MAX_FOLLOW_UPS = 2;

/**
 * Who is preferred for a threat of each severity (DPO POC policy, inference for the order):
 * physical protection by the military when the threat is high (tier II); formed police units
 * and UN police for public order and medium threats; the host state, which holds the primary
 * responsibility, when it is able and the threat is low. Mission civilians (civil affairs,
 * tier I engagement) and anyone else come after, in the structure's order.
 */
export const RESPONSE_PREFERENCE: Readonly<Record<Severity, readonly ActorKind[]>> = {
  high: ['military', 'police', 'host-police'],
  medium: ['police', 'host-police', 'military'],
  low: ['host-police', 'police', 'military'],
};

const rank = (severity: Severity, kind: ActorKind): number => {
  const i = RESPONSE_PREFERENCE[severity].indexOf(kind);
  return i === -1 ? RESPONSE_PREFERENCE[severity].length : i;
};

/**
 * The responders the authority would send, best first: by doctrine for the severity, then in
 * the structure's order. Host-state police that are not able to respond, or that HRDDP bars
 * from UN support, are left out.
 */
export function responderOrder(severity: Severity, responders: readonly Responder[]): string[] {
  // A loop rather than map/filter/sort over wrappers: each comparison worker thread runs this
  // for every incident, and the builtins' intermediate lists (empty when nobody is able) came
  // in two hidden classes (value-list.ts). Inserted after every responder of a rank not
  // above its own, so equal ranks keep the structure's order, as the stable sort did.
  const ids = valueList<string>();
  const ranks: number[] = [];
  for (let i = 0; i < responders.length; i++) {
    const r = responders[i]!;
    if (!r.able || r.barred === true) continue;
    const k = rank(severity, r.kind);
    let at = ids.length;
    while (at > 0 && ranks[at - 1]! > k) at--;
    ids.splice(at, 0, r.id);
    ranks.splice(at, 0, k);
  }
  return ids;
}

/** Doctrine's order with the responder a seat chose put first (then doctrine's order). */
export function playedOrder(order: readonly string[], first: string | undefined): string[] {
  if (first === undefined || !order.includes(first)) return [...order];
  return [first, ...order.filter((id) => id !== first)];
}

/** The responder to task next: the best one not yet tried (refused or unreachable). */
export function chooseResponder(
  severity: Severity,
  responders: readonly Responder[],
  tried: readonly string[] = [],
): string | undefined {
  return responderOrder(severity, responders).find((id) => !tried.includes(id));
}

/** Whether a responder of this kind is doctrine's first choice for the severity (the log says why). */
export function preferredResponder(severity: Severity, kind: ActorKind | undefined): boolean {
  return kind === RESPONSE_PREFERENCE[severity][0];
}

/** Base travel (minutes) by kind: host-state police are local, FPUs nearby, battalions further. */
export const TRAVEL_BASE: Readonly<Record<ActorKind, number>> = {
  'host-police': 60,
  police: 75,
  military: 90,
  civilian: 120,
  humanitarian: 120,
};

/** Urgency adjusts it: a high threat gets the quick-reaction posture, a low one no hurry. */
export const TRAVEL_URGENCY: Readonly<Record<Severity, number>> = { high: -15, medium: 0, low: 30 };

/** Minutes for a responder's team to reach the area (inference; a scenario may override). */
export function travelTime(kind: ActorKind, severity: Severity): number {
  return TRAVEL_BASE[kind] + TRAVEL_URGENCY[severity];
}

// ── the machine ────────────────────────────────────────────────────────────────────────

const kindOf = (c: PocContext, id: string | null | undefined): ActorKind | undefined => {
  for (let i = 0; i < c.responders.length; i++)
    if (c.responders[i]!.id === id) return c.responders[i]!.kind;
  return undefined;
};
const current = (c: PocContext): string | undefined => c.candidates[c.choice];
const travelOf = (c: PocContext): number => {
  const kind = kindOf(c, c.responder) ?? 'military';
  return c.travel ?? c.travelByKind?.[kind] ?? travelTime(kind, c.severity);
};
const toInform = (c: PocContext): string[] =>
  [...new Set(c.needToKnow)].filter((a) => a !== c.reporter && a !== c.hub);
const by = (e: PocEvent, fallback: string): string => byOf(e) ?? fallback;
const byOf = (e: PocEvent): string | undefined => ('by' in e ? e.by : undefined);

/** The decision on who responds (first choice or instead of one who could not go). */
const decision = (c: PocContext, instead: boolean) => {
  const unit = kindOf(c, current(c));
  return say(
    'poc.decided',
    {
      decider: c.decider,
      ...optional('responder', current(c)),
      id: c.id,
      instead,
      severity: c.severity,
      preferred: preferredResponder(c.severity, unit),
      ...optional('unit', unit),
    },
    'poc.decided',
  );
};

/** Why doctrine sends `responder` first for this severity: the baseline of a played choice. */
export const doctrineReason = (c: PocContext, responder: string | undefined): Phrase => {
  const unit = kindOf(c, responder);
  return phrase('doctrine.poc', {
    severity: c.severity,
    preferred: preferredResponder(c.severity, unit),
    ...optional('unit', unit),
  });
};

/** The seat playing the authority chose who goes first: doctrine's first choice beside it. */
const playedDecision = (c: PocContext) => {
  const doctrine = responderOrder(c.severity, withJudged(c.responders, c.judged))[0] ?? '?';
  return say(
    'poc.decided-played',
    {
      decider: c.decider,
      ...optional('responder', current(c)),
      id: c.id,
      doctrine,
      reason: doctrineReason(c, doctrine),
    },
    'poc.decided',
  );
};

export const pocMachine = setup({
  types: {
    context: {} as PocContext,
    events: {} as PocEvent,
    input: {} as PocInput,
  },
  actions: {
    ...effects,
    countAttempt: assign({ attempts: ({ context }) => context.attempts + 1 }),
    freshMessage: assign({ attempts: 1 }),
    // The report that brings the decision also brings the authority's judgement of who can go.
    recordFirst: assign(({ event }) =>
      event.type === 'report.forwarded' || event.type === 'report.received'
        ? {
            ...(event.first ? { first: event.first } : {}),
            ...(event.judged ? { judged: event.judged } : {}),
          }
        : {},
    ),
    decide: assign(({ context }) => ({
      candidates: playedOrder(
        responderOrder(context.severity, withJudged(context.responders, context.judged)),
        context.first,
      ),
      choice: 0,
      attempts: 1,
    })),
    nextResponder: assign(({ context }) => ({ choice: context.choice + 1, attempts: 1 })),
    teamGoes: assign(({ context }) => ({ responder: current(context) ?? null })),
    because: assign({
      reason: (_, params: { reason: Phrase }) => params.reason,
    }),
  },
  guards: {
    'the reporter is the hub': ({ context }) => context.reporter === context.hub,
    'a threat to civilians': ({ context }) => context.threatToCivilians,
    'the hub decides the response': ({ context }) => context.hub === context.decider,
    'a responder is available': ({ context }) => current(context) !== undefined,
    'the responder has a team': ({ context, event }) =>
      event.type === 'tasking.answer' && event.choice === context.choice && event.accepted === true,
    'the responder has no team': ({ context, event }) =>
      event.type === 'tasking.answer' && event.choice === context.choice && event.accepted !== true,
    'another responder to ask': ({ context }) => context.choice + 1 < context.candidates.length,
    'follow-ups left': ({ context }) => context.attempts <= MAX_FOLLOW_UPS,
    'the hub cannot be reached': ({ context, event }) =>
      event.type === 'undeliverable' && event.to === context.hub,
    'the authority cannot be reached': ({ context, event }) =>
      event.type === 'undeliverable' && event.to === context.decider,
    'the responder cannot be reached': ({ context, event }) =>
      event.type === 'undeliverable' && event.to === current(context),
    'a team stands by for nothing': ({ event }) =>
      event.type === 'tasking.answer' && event.accepted === true,
  },
  delays: {
    followUp: ({ context }) => context.followUp,
    travel: ({ context }) => travelOf(context),
    onSite: ({ context }) => context.onSite,
  },
}).createMachine({
  id: 'poc',
  context: ({ input }) => ({
    ...input,
    attempts: 1,
    candidates: [],
    choice: 0,
    responder: null,
    reason: null,
  }),
  initial: 'occurred',
  on: {
    // Whatever the state: copies that arrive late (follow-ups), acknowledgements, dead ends.
    'report.received': {
      actions: {
        type: 'explain',
        params: ({ context, event }) =>
          say('poc.copy-received', { id: context.id, by: by(event, context.hub) }),
      },
    },
    'report.forwarded': {
      actions: {
        type: 'explain',
        params: ({ context, event }) =>
          say('poc.copy-received', { id: context.id, by: by(event, context.decider) }),
      },
    },
    informed: {
      actions: {
        type: 'explain',
        params: ({ context, event }) =>
          say('poc.informed', { id: context.id, ...optional('by', byOf(event)) }, 'poc.informed'),
      },
    },
    'tasking.answer': [
      {
        guard: 'a team stands by for nothing',
        actions: [
          {
            type: 'send',
            params: ({ context, event }) => ({
              from: context.decider,
              to: by(event, context.decider),
              event: { type: 'released' },
              need: 'release' as const,
              about: phrase('about.poc-stand-down', { id: context.id }),
            }),
          },
          {
            type: 'explain',
            params: ({ context, event }) =>
              say('poc.stand-down', { id: context.id, ...optional('by', byOf(event)) }),
          },
        ],
      },
      {
        actions: {
          type: 'explain',
          params: ({ event }) => say('poc.late-answer', optional('by', byOf(event))),
        },
      },
    ],
    released: {
      actions: {
        type: 'explain',
        params: ({ event }) => say('poc.team-free', optional('by', byOf(event))),
      },
    },
    undeliverable: {
      actions: {
        type: 'explain',
        params: ({ context, event }) =>
          say('poc.cannot-tell', {
            id: context.id,
            ...optional('to', event.type === 'undeliverable' ? event.to : undefined),
          }),
      },
    },
  },
  states: {
    occurred: {
      entry: [
        {
          type: 'explain',
          params: ({ context }) =>
            say(
              'incident.occurred',
              {
                reporter: context.reporter,
                id: context.id,
                area: context.area,
                severity: context.severity,
                threatToCivilians: context.threatToCivilians,
                summary: context.summary,
                needToKnow: context.needToKnow,
              },
              'incident.occurred',
            ),
        },
        {
          type: 'learn',
          params: ({ context }) => ({ who: [context.reporter], info: [context.id] }),
        },
      ],
      always: [{ guard: 'the reporter is the hub', target: 'aware' }, { target: 'reporting' }],
    },
    reporting: {
      entry: {
        type: 'send',
        params: ({ context }) => ({
          from: context.reporter,
          to: context.hub,
          event: { type: 'report.received' },
          info: [context.id],
          about: phrase('about.poc-report', { id: context.id, followUp: context.attempts - 1 }),
        }),
      },
      on: {
        'report.received': { target: 'aware', actions: 'recordFirst' },
        undeliverable: {
          guard: 'the hub cannot be reached',
          target: 'unanswered',
          actions: {
            type: 'because',
            params: ({ context }) => ({
              reason: phrase('reason.no-path', { from: context.reporter, to: context.hub }),
            }),
          },
        },
      },
      after: {
        followUp: followUps(
          'reporting',
          (context: PocContext) =>
            say(
              'poc.follow-up-report',
              { hub: context.hub, reporter: context.reporter, id: context.id },
              'poc.follow-up',
            ),
          {
            target: 'unanswered',
            actions: {
              type: 'because',
              params: ({ context }) => ({
                reason: phrase('reason.report-lost', {
                  hub: context.hub,
                  followUps: MAX_FOLLOW_UPS,
                }),
              }),
            },
          },
        ),
      },
    },
    aware: {
      entry: [
        {
          type: 'explain',
          params: ({ context }) =>
            say(
              'poc.aware',
              { hub: context.hub, id: context.id, informs: toInform(context) },
              'poc.aware',
            ),
        },
        {
          type: 'send',
          params: ({ context }) => ({
            from: context.hub,
            to: toInform(context),
            event: { type: 'informed' },
            info: [context.id],
            about: phrase('about.poc-for-information', { id: context.id }),
          }),
        },
        'freshMessage',
      ],
      always: [{ guard: 'a threat to civilians', target: 'referred' }, { target: 'logged' }],
    },
    logged: {
      type: 'final',
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say('poc.not-required', { hub: context.hub, id: context.id }, 'poc.not-required'),
      },
    },
    referred: {
      initial: 'routing',
      states: {
        routing: {
          always: [
            { guard: 'the hub decides the response', target: '#poc.deciding' },
            { target: 'with authority' },
          ],
        },
        'with authority': {
          entry: {
            type: 'send',
            params: ({ context }) => ({
              from: context.hub,
              to: context.decider,
              event: { type: 'report.forwarded' },
              info: [context.id],
              about: phrase('about.poc-referral', {
                id: context.id,
                followUp: context.attempts - 1,
              }),
            }),
          },
          on: {
            'report.forwarded': { target: '#poc.deciding', actions: 'recordFirst' },
            undeliverable: {
              guard: 'the authority cannot be reached',
              target: '#poc.unanswered',
              actions: {
                type: 'because',
                params: ({ context }) => ({
                  reason: phrase('reason.no-path', { from: context.hub, to: context.decider }),
                }),
              },
            },
          },
          after: {
            followUp: followUps(
              'with authority',
              (context: PocContext) =>
                say(
                  'poc.follow-up-referral',
                  { decider: context.decider, hub: context.hub, id: context.id },
                  'poc.follow-up',
                ),
              {
                target: '#poc.unanswered',
                actions: {
                  type: 'because',
                  params: ({ context }) => ({
                    reason: phrase('reason.referral-lost', {
                      decider: context.decider,
                      followUps: MAX_FOLLOW_UPS,
                    }),
                  }),
                },
              },
            ),
          },
        },
      },
    },
    deciding: {
      entry: [
        'decide',
        // HRDDP: a host-state police unit under suspension is never tasked in a POC response.
        enqueueActions(({ context, enqueue }) => {
          for (const r of context.responders)
            if (r.barred)
              enqueue({
                type: 'explain',
                params: say(
                  'hrddp.refused',
                  {
                    unit: r.id,
                    support: 'poc-response',
                    by: context.decider,
                    process: context.id,
                  },
                  'hrddp.refused',
                ),
              });
        }),
      ],
      always: [
        {
          guard: 'a responder is available',
          target: 'tasking',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              context.first === undefined ? decision(context, false) : playedDecision(context),
          },
        },
        {
          target: 'unanswered',
          actions: {
            type: 'because',
            params: ({ context }) => ({
              reason: context.responders.length
                ? phrase('reason.none-able', { responders: context.responders.map((r) => r.id) })
                : term('reason.no-responders'),
            }),
          },
        },
      ],
    },
    tasking: {
      entry: [
        enqueueActions(({ context, enqueue }) => {
          const m = context.mitigated?.find((x) => x.unit === current(context));
          if (m && context.attempts === 1)
            enqueue({
              type: 'explain',
              params: say(
                'hrddp.mitigated',
                {
                  unit: m.unit,
                  support: 'poc-response',
                  by: context.decider,
                  measures: m.measures,
                },
                'hrddp.mitigated',
              ),
            });
        }),
        {
          type: 'send',
          params: ({ context }) => ({
            from: context.decider,
            to: current(context) ?? context.decider,
            event: { type: 'tasking.answer', choice: context.choice },
            need: 'team' as const,
            info: [context.id],
            about: phrase('about.poc-tasking', {
              id: context.id,
              area: context.area,
              followUp: context.attempts - 1,
            }),
          }),
        },
      ],
      on: {
        'tasking.answer': [
          {
            guard: 'the responder has a team',
            target: 'en route',
            actions: [
              'teamGoes',
              {
                type: 'explain',
                params: ({ context }) =>
                  say(
                    'poc.tasked',
                    {
                      ...optional('responder', context.responder),
                      area: context.area,
                      travel: travelOf(context),
                    },
                    'poc.tasked',
                  ),
              },
            ],
          },
          {
            guard: 'the responder has no team',
            target: 'retasking',
            actions: {
              type: 'explain',
              params: ({ context }) =>
                say(
                  'poc.refused',
                  { ...optional('responder', current(context)), id: context.id },
                  'poc.refused',
                ),
            },
          },
        ],
        undeliverable: {
          guard: 'the responder cannot be reached',
          target: 'retasking',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say(
                'poc.no-path',
                { decider: context.decider, ...optional('responder', current(context)) },
                'poc.refused',
              ),
          },
        },
      },
      after: {
        followUp: followUps(
          'tasking',
          (context: PocContext) =>
            say(
              'poc.follow-up-tasking',
              { ...optional('responder', current(context)), decider: context.decider },
              'poc.follow-up',
            ),
          {
            target: 'retasking',
            actions: {
              type: 'explain',
              params: ({ context }) =>
                say(
                  'poc.never-answered',
                  { ...optional('responder', current(context)), id: context.id },
                  'poc.refused',
                ),
            },
          },
        ),
      },
    },
    retasking: {
      always: [
        {
          guard: 'another responder to ask',
          target: 'tasking',
          actions: [
            'nextResponder',
            {
              type: 'explain',
              params: ({ context }) => decision(context, true),
            },
          ],
        },
        {
          target: 'unanswered',
          actions: {
            type: 'because',
            params: ({ context }) => ({
              reason: phrase('reason.no-team', { candidates: context.candidates }),
            }),
          },
        },
      ],
    },
    'en route': {
      after: {
        travel: {
          target: 'on site',
          actions: {
            type: 'explain',
            params: ({ context }) =>
              say(
                'poc.responded',
                { ...optional('responder', context.responder), area: context.area },
                'poc.responded',
              ),
          },
        },
      },
    },
    'on site': {
      after: {
        onSite: {
          target: 'closed',
          actions: [
            {
              type: 'send',
              params: ({ context }) => ({
                from: context.responder ?? context.decider,
                to: context.responder ?? context.decider,
                event: { type: 'released' },
                need: 'release' as const,
                about: phrase('about.poc-team-back', { id: context.id }),
              }),
            },
            {
              type: 'explain',
              params: ({ context }) =>
                say(
                  'poc.closed',
                  {
                    ...optional('responder', context.responder),
                    area: context.area,
                    onSite: context.onSite,
                  },
                  'poc.closed',
                ),
            },
          ],
        },
      },
    },
    // Neither end state is final: a team offered after the incident is settled (a follow-up
    // crossed a slow answer) must still be told to stand down, or it would stay out for good.
    closed: {},
    unanswered: {
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say(
            'poc.unanswered',
            { id: context.id, reason: context.reason ?? term('reason.no-responders') },
            'poc.unanswered',
          ),
      },
    },
  },
});

export type PocMachine = typeof pocMachine;
