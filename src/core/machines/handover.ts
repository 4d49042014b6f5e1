// A transfer of lead security responsibility for an area: one instance per `handover` event,
// hosted by the outgoing actor. Two flows, chosen by who receives the area:
//  - military → UN police (any unit to a unit): joint assessment → joint planning → co-located
//    operations → transfer of authority → monitoring. The risks are a security gap (the outgoing
//    unit withdraws before the transfer) and intelligence not passed.
//  - UN police → host-state police, district by district against the UNMIT → PNTL readiness
//    criteria: self-assessment → joint field assessment → joint decision; not ready means
//    postponed and reassessed; ready means transfer, then monitoring, where UNMIL's "strategic
//    reversal" clause can hand the district back.
// Readiness lives with the host-state police (host-police.ts), which reports it when assessed.
// Strategic reversal, kept deterministic: during monitoring a `handover-review` event (timed,
// conditional on a mark such as "incident.occurred", or a decision option) of high severity
// reverses at once; a lower one, or the periodic review every `reviewEvery` (→ host-state
// police), reassesses readiness and reverses if a criterion no longer holds, e.g. after a
// `capacity-change` lowered the certified share.
import { assign, enqueueActions, setup } from 'xstate';
import type { ActorKind, Authority, Scenario, SimEvent } from '../scenario/schema';
import {
  phrase,
  readinessPhrase,
  term,
  type HandoverPhase,
  type Phrase,
} from '../engine/entry-kinds';
import { effects, optional, say, type ExplainParams } from './effects';
import { followUps } from './follow-up';

// ── the doctrine, as pure rules ────────────────────────────────────────────────────────

/** The four UNMIT → PNTL criteria, each already settled for this run (chances at spawn). */
export interface Readiness {
  /** Able to respond to the security environment. */
  readonly respond: boolean;
  /** Share of eligible officers certified, 0..1. */
  readonly certified: number;
  /** Initial logistics in place. */
  readonly logistics: boolean;
  /** Institutional stability: command and control, human rights, community acceptance. */
  readonly stability: boolean;
}

/** Human Rights Due Diligence Policy status of UN support to the host-state police. */
export type Hrddp = 'cleared' | 'mitigation' | 'suspended';

/** What an assessment of the host-state police brings back. */
export interface ReadinessReport {
  readonly readiness?: Readiness;
  readonly hrddp?: Hrddp;
}

/** Plain data a host-state police component puts in its `done` report (see DoneParams). */
export type PlainReport = Readonly<Record<string, string | number | boolean>>;

/** Float sums such as 0.64 + 0.08 + 0.08 land a hair off; shares this close count as equal. */
const TOLERANCE = 1e-9;

/** A share as a whole percentage, never rounded up past a threshold (79.5% reads "79%"). */
export function percent(share: number): string {
  return `${Math.floor((share + TOLERANCE) * 100)}%`;
}

/** Certified share at or above the threshold. */
export function certifiedEnough(certified: number, threshold: number): boolean {
  return certified + TOLERANCE >= threshold;
}

export const READINESS_CRITERIA = [
  {
    name: 'respond to the security environment',
    holds: (r: Readiness) => r.respond,
    gap: (): Phrase => term('gap.respond'),
  },
  {
    name: 'certified officers',
    holds: (r: Readiness, threshold: number) => certifiedEnough(r.certified, threshold),
    gap: (r: Readiness, threshold: number): Phrase =>
      phrase('gap.certified', { certified: r.certified, threshold }),
  },
  {
    name: 'initial logistics',
    holds: (r: Readiness) => r.logistics,
    gap: (): Phrase => term('gap.logistics'),
  },
  {
    name: 'institutional stability',
    holds: (r: Readiness) => r.stability,
    gap: (): Phrase => term('gap.stability'),
  },
] as const;

/**
 * The readiness criteria not met, as phrases for the log ("64% certified, 80% required").
 * Empty: the district is ready. No report at all is a gap of its own.
 */
export function readinessGaps(readiness: Readiness | undefined, threshold: number): Phrase[] {
  if (readiness === undefined) return [term('gap.no-report')];
  return READINESS_CRITERIA.filter((c) => !c.holds(readiness, threshold)).map((c) =>
    c.gap(readiness, threshold),
  );
}

/** HRDDP: grave violations suspend UN support, so no supported handover can proceed. */
export function supportSuspended(hrddp: Hrddp | undefined): boolean {
  return hrddp === 'suspended';
}

/** The report a host-state police component gives when assessed (flat, plain data). */
export function toReport(readiness: Readiness | undefined, hrddp: Hrddp | undefined): PlainReport {
  return {
    ...(readiness ?? {}),
    ...(hrddp !== undefined ? { hrddp } : {}),
  };
}

/** Reads a report back from a delivered event; anything malformed counts as missing. */
export function readReport(report: unknown): ReadinessReport {
  if (!report || typeof report !== 'object') return {};
  const r = report as Record<string, unknown>;
  const hrddp =
    r['hrddp'] === 'cleared' || r['hrddp'] === 'mitigation' || r['hrddp'] === 'suspended'
      ? r['hrddp']
      : undefined;
  const readiness =
    typeof r['respond'] === 'boolean' &&
    typeof r['certified'] === 'number' &&
    typeof r['logistics'] === 'boolean' &&
    typeof r['stability'] === 'boolean'
      ? {
          respond: r['respond'],
          certified: r['certified'],
          logistics: r['logistics'],
          stability: r['stability'],
        }
      : undefined;
  return { ...(readiness ? { readiness } : {}), ...(hrddp ? { hrddp } : {}) };
}

export type HandoverFlow = 'military-to-police' | 'police-to-host-police';

/**
 * Which flow a handover follows: to host-state police it goes against the readiness criteria;
 * any other handover (battalion → FPU, but also battalion → battalion) goes through the phases.
 */
export function handoverFlow(toKind: ActorKind | undefined): HandoverFlow {
  return toKind === 'host-police' ? 'police-to-host-police' : 'military-to-police';
}

export const MILITARY_PHASES = [
  'joint assessment',
  'joint planning',
  'co-located operations',
  'transfer of authority',
  'monitoring',
] as const;
export type MilitaryPhase = (typeof MILITARY_PHASES)[number];

/** The joint phases a withdrawal in `phase` cuts out before the transfer of authority. */
export function skippedPhases(phase: string): MilitaryPhase[] {
  const at = MILITARY_PHASES.indexOf(phase as MilitaryPhase);
  const toa = MILITARY_PHASES.indexOf('transfer of authority');
  return at < 0 || at >= toa ? [] : MILITARY_PHASES.slice(at, toa);
}

// ── input, settled at spawn ────────────────────────────────────────────────────────────

export interface HandoverPhases {
  readonly assessment: number;
  readonly planning: number;
  readonly colocated: number;
  readonly monitoring: number;
}

export interface HandoverInput {
  readonly id: string;
  readonly area: string;
  /** Who holds lead responsibility now (the instance's host). */
  readonly from: string;
  /** Who takes it over. */
  readonly to: string;
  /** structure.authority.handoverDecision */
  readonly authority: string;
  readonly flow: HandoverFlow;
  readonly threshold: number;
  readonly reassessAfter: number;
  readonly reviewEvery: number;
  readonly phases: HandoverPhases;
  /** Military → police: minutes from the start of the handover until the outgoing unit leaves. */
  readonly withdrawAfter?: number;
  /** How long to wait for an answer before following up (three tries, then stalled). */
  readonly followUp: number;
  /** How long the transfer waits when the incoming unit has no team free. */
  readonly retry: number;
}

type HandoverSpec = Extract<SimEvent, { type: 'handover' }>;

/** The machine input for a `handover` event started at `now` under `authority`. */
export function handoverInput(
  event: HandoverSpec,
  scenario: Scenario,
  authority: Authority,
  now: number,
): HandoverInput {
  const flow = handoverFlow(scenario.actors.find((a) => a.id === event.to)?.kind);
  return {
    id: event.id,
    area: event.area,
    from: event.from,
    to: event.to,
    authority: authority.handoverDecision,
    flow,
    threshold: event.threshold,
    reassessAfter: event.reassessAfter,
    reviewEvery: event.reviewEvery,
    phases: { ...event.phases },
    ...(flow === 'military-to-police' && event.withdrawAt !== undefined
      ? { withdrawAfter: Math.max(0, event.withdrawAt - now) }
      : {}),
    followUp: 360,
    retry: 120,
  };
}

// ── the machine ────────────────────────────────────────────────────────────────────────

export interface HandoverContext extends HandoverInput {
  /** The phase under way (for explanations and the inspector). */
  phase: HandoverPhase;
  attempts: number;
  /** Police → host-state police: readiness assessments started so far. */
  assessments: number;
  briefingSent: boolean;
  briefed: boolean;
  withdrawn: boolean;
  transferred: boolean;
  gapOpen: boolean;
  /** The latest readiness report from the host-state police. */
  report: ReadinessReport;
  /** Why the handover was reversed. */
  reason: Phrase | null;
}

interface Answer {
  readonly by?: string;
  readonly accepted?: boolean;
  readonly report?: PlainReport;
}

export type Severity = 'low' | 'medium' | 'high';

export type HandoverEvent =
  | ({ type: 'jointly-assessed' } & Answer)
  | ({ type: 'plan-endorsed' } & Answer)
  | ({ type: 'briefed' } & Answer)
  | ({ type: 'co-located' } & Answer)
  | ({ type: 'authorised' } & Answer)
  | ({ type: 'assumed' } & Answer)
  | ({ type: 'self-assessed' } & Answer)
  | ({ type: 'field-assessed' } & Answer)
  | ({ type: 'handed' } & Answer)
  | ({ type: 'reviewed' } & Answer)
  | { type: 'withdraw' }
  | { type: 'review'; reason: string; severity: Severity }
  | { type: 'undeliverable'; to: string; original?: string };

const gapsOf = (c: HandoverContext): Phrase[] => readinessGaps(c.report.readiness, c.threshold);
/** Entering a phase: the context records it and the log says so (the trainer's timeline). */
const phaseEntry = (phase: HandoverPhase) => [
  { type: 'enterPhase' as const, params: { phase } },
  {
    type: 'explain' as const,
    params: ({ context }: { context: HandoverContext }) => phaseNote(context, phase),
  },
];

function phaseNote(c: HandoverContext, phase: HandoverPhase): ExplainParams {
  // Entering the transfer is the joint decision finding the district ready: say why.
  if (phase === 'transfer')
    return say(
      'handover.ready',
      {
        authority: c.authority,
        area: c.area,
        to: c.to,
        readiness: readinessPhrase(c.report.readiness),
        threshold: c.threshold,
        mitigation: c.report.hrddp === 'mitigation',
      },
      'handover.phase',
    );
  return say(
    'handover.phase',
    {
      phase,
      area: c.area,
      from: c.from,
      to: c.to,
      authority: c.authority,
      ...(phase === 'self-assessment' ? { assessment: c.assessments } : {}),
      ...(phase === 'monitoring'
        ? {
            monitoring: c.phases.monitoring,
            ...(c.flow === 'police-to-host-police' ? { reviewEvery: c.reviewEvery } : {}),
          }
        : {}),
    },
    'handover.phase',
  );
}

type Step = Extract<ExplainParams, { kind: 'handover.follow-up' }>['params']['step'];

/** No answer in time: `asker` asks `asked` again (three tries in all), then the handover stalls. */
const followUp = (
  again: string,
  step: Step,
  asker: (c: HandoverContext) => string,
  asked: (c: HandoverContext) => string,
) =>
  followUps(
    again,
    (c: HandoverContext) =>
      say(
        'handover.follow-up',
        { phase: c.phase, step, asker: asker(c), asked: asked(c), area: c.area },
        'handover.follow-up',
      ),
    { target: '#handover.stalled' },
  );

export const handoverMachine = setup({
  types: {
    context: {} as HandoverContext,
    events: {} as HandoverEvent,
    input: {} as HandoverInput,
  },
  actions: {
    ...effects,
    enterPhase: assign((_, params: { phase: HandoverPhase }) => ({ phase: params.phase })),
    countAttempt: assign({ attempts: ({ context }) => context.attempts + 1 }),
    resetAttempts: assign({ attempts: 1 }),
    countAssessment: assign({ assessments: ({ context }) => context.assessments + 1 }),
    sendBriefing: assign({ briefingSent: true }),
    receiveBriefing: assign({ briefed: true }),
    withdraw: assign(({ context }) => ({ withdrawn: true, gapOpen: !context.transferred })),
    transfer: assign({ transferred: true, gapOpen: false }),
    recordReport: assign({
      report: ({ event }) => readReport('report' in event ? event.report : undefined),
    }),
    recordReason: assign({
      reason: ({ event }) =>
        event.type === 'review'
          ? phrase('reason.review', { reason: event.reason, severity: event.severity })
          : null,
    }),
    recordGapsAsReason: assign({
      reason: ({ context }) =>
        gapsOf(context).length > 0
          ? phrase('reason.review-gaps', { gaps: gapsOf(context) })
          : term('reason.review-hrddp'),
    }),
  },
  guards: {
    'handing over to host-state police': ({ context }) => context.flow === 'police-to-host-police',
    'follow-ups left': ({ context }) => context.attempts < 3,
    'incoming unit has a free team': ({ event }) =>
      event.type === 'assumed' && event.accepted === true,
    'support suspended under HRDDP': ({ context }) => supportSuspended(context.report.hrddp),
    'all readiness criteria met': ({ context }) => gapsOf(context).length === 0,
    'readiness criteria still met': ({ context, event }) => {
      const report = 'report' in event ? readReport(event.report) : context.report;
      return (
        readinessGaps(report.readiness, context.threshold).length === 0 &&
        !supportSuspended(report.hrddp)
      );
    },
    'high-severity review': ({ event }) => event.type === 'review' && event.severity === 'high',
    'not yet transferred': ({ context }) => !context.transferred,
    'only the intelligence briefing is cut off': ({ event }) =>
      event.type === 'undeliverable' && event.original === 'briefed',
  },
  delays: {
    followUp: ({ context }) => context.followUp,
    retry: ({ context }) => context.retry,
    assessment: ({ context }) => context.phases.assessment,
    planning: ({ context }) => context.phases.planning,
    colocated: ({ context }) => context.phases.colocated,
    monitoring: ({ context }) => context.phases.monitoring,
    reviewEvery: ({ context }) => context.reviewEvery,
    reassessAfter: ({ context }) => context.reassessAfter,
    withdrawal: ({ context }) => context.withdrawAfter ?? 0,
  },
}).createMachine({
  id: 'handover',
  context: ({ input }) => ({
    ...input,
    phase: 'starting',
    attempts: 1,
    assessments: 0,
    briefingSent: false,
    briefed: false,
    withdrawn: false,
    transferred: false,
    gapOpen: false,
    report: {},
    reason: null,
  }),
  entry: [
    {
      type: 'explain',
      params: ({ context }) =>
        say(
          'handover.started',
          {
            flow: context.flow,
            area: context.area,
            from: context.from,
            to: context.to,
            authority: context.authority,
          },
          'handover.started',
        ),
    },
    enqueueActions(({ context, enqueue }) => {
      if (context.flow === 'military-to-police' && context.withdrawAfter !== undefined) {
        enqueue.raise({ type: 'withdraw' }, { delay: 'withdrawal', id: 'withdrawal' });
      }
    }),
  ],
  initial: 'starting',
  on: {
    // The briefing is fire-and-forget: it arrives whenever it arrives, or never (lost).
    briefed: [
      {
        guard: 'not yet transferred',
        actions: [
          'receiveBriefing',
          {
            type: 'explain',
            params: ({ context }) =>
              say(
                'handover.briefed',
                { to: context.to, area: context.area, from: context.from, late: false },
                'handover.briefed',
              ),
          },
        ],
      },
      {
        actions: [
          'receiveBriefing',
          {
            type: 'explain',
            params: ({ context }) =>
              say(
                'handover.briefed',
                { to: context.to, area: context.area, from: context.from, late: true },
                'handover.briefed',
              ),
          },
        ],
      },
    ],
    review: {
      actions: {
        type: 'explain',
        params: ({ context, event }) =>
          say(
            'handover.review-noted',
            { area: context.area, reason: event.reason, severity: event.severity },
            'handover.reviewed',
          ),
      },
    },
    undeliverable: [
      {
        guard: 'only the intelligence briefing is cut off',
        actions: {
          type: 'explain',
          params: ({ context }) =>
            say('handover.briefing-cut', {
              from: context.from,
              to: context.to,
              area: context.area,
            }),
        },
      },
      {
        guard: 'not yet transferred',
        target: '.stalled',
        actions: {
          type: 'explain',
          params: ({ context, event }) =>
            say('handover.no-path', { area: context.area, to: event.to }),
        },
      },
      {
        actions: {
          type: 'explain',
          params: ({ context, event }) =>
            say('handover.no-path-after', { area: context.area, to: event.to, holder: context.to }),
        },
      },
    ],
    // A late answer from a step already left behind (e.g. after a withdrawal cut it short).
    '*': {
      actions: {
        type: 'explain',
        params: ({ context, event }) =>
          say('handover.late-answer', {
            event: event.type,
            ...('by' in event && typeof event.by === 'string' ? { by: event.by } : {}),
            area: context.area,
          }),
      },
    },
  },
  states: {
    starting: {
      always: [
        { guard: 'handing over to host-state police', target: 'police to host police' },
        { target: 'military to police' },
      ],
    },

    // ── military → UN police ────────────────────────────────────────────────────────────
    'military to police': {
      description: 'Lead security responsibility passes from a military unit to UN police.',
      on: {
        withdraw: {
          target: '.transfer of authority',
          actions: [
            'withdraw',
            {
              type: 'explain',
              params: ({ context }) =>
                say(
                  'handover.gap-opened',
                  {
                    from: context.from,
                    area: context.area,
                    during: 'phases',
                    ...optional('cut', skippedPhases(context.phase)[0]),
                    skipped: skippedPhases(context.phase).slice(1),
                  },
                  'handover.gap-opened',
                ),
            },
          ],
        },
      },
      initial: 'joint assessment',
      states: {
        'joint assessment': {
          description: 'Outgoing and incoming units assess the area together.',
          entry: [...phaseEntry('joint assessment')],
          initial: 'convening',
          states: {
            convening: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  to: context.to,
                  event: { type: 'jointly-assessed' },
                  about: phrase('about.handover-joint-assessment', {
                    area: context.area,
                    id: context.id,
                  }),
                }),
              },
              on: {
                'jointly-assessed': {
                  target: 'assessing',
                  actions: [
                    'resetAttempts',
                    {
                      type: 'explain',
                      params: ({ context }) =>
                        say('handover.joined', { to: context.to, area: context.area }),
                    },
                  ],
                },
              },
              after: {
                followUp: followUp(
                  'convening',
                  'convening',
                  (c) => c.from,
                  (c) => c.to,
                ),
              },
            },
            assessing: {
              after: {
                assessment: {
                  target: '#handover.military to police.joint planning',
                  actions: {
                    type: 'explain',
                    params: ({ context }) =>
                      say('handover.phase-done', {
                        phase: 'joint assessment',
                        area: context.area,
                        to: context.to,
                        authority: context.authority,
                      }),
                  },
                },
              },
            },
          },
        },

        'joint planning': {
          description:
            'The units plan the handover; the outgoing unit passes its intelligence briefing; the handover authority endorses the plan.',
          entry: [
            ...phaseEntry('joint planning'),
            'sendBriefing',
            {
              type: 'send',
              params: ({ context }) => ({
                to: context.to,
                event: { type: 'briefed' },
                info: [context.id],
                about: phrase('about.handover-briefing', { area: context.area, id: context.id }),
              }),
            },
          ],
          initial: 'drafting',
          states: {
            drafting: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  to: context.authority,
                  event: { type: 'plan-endorsed' },
                  about: phrase('about.handover-joint-plan', {
                    area: context.area,
                    to: context.to,
                  }),
                }),
              },
              on: {
                'plan-endorsed': {
                  target: 'planning',
                  actions: [
                    'resetAttempts',
                    {
                      type: 'explain',
                      params: ({ context }) =>
                        say('handover.endorsed', {
                          authority: context.authority,
                          area: context.area,
                        }),
                    },
                  ],
                },
              },
              after: {
                followUp: followUp(
                  'drafting',
                  'plan',
                  (c) => c.from,
                  (c) => c.authority,
                ),
              },
            },
            planning: {
              after: {
                planning: {
                  target: '#handover.military to police.co-located operations',
                  actions: {
                    type: 'explain',
                    params: ({ context }) =>
                      say('handover.phase-done', {
                        phase: 'joint planning',
                        area: context.area,
                        to: context.to,
                        authority: context.authority,
                      }),
                  },
                },
              },
            },
          },
        },

        'co-located operations': {
          description: 'The incoming unit operates alongside the outgoing one.',
          entry: [...phaseEntry('co-located operations')],
          initial: 'deploying',
          states: {
            deploying: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  from: context.to,
                  to: context.from,
                  event: { type: 'co-located' },
                  about: phrase('about.handover-co-location', {
                    from: context.from,
                    to: context.to,
                    area: context.area,
                  }),
                }),
              },
              on: {
                'co-located': {
                  target: 'operating',
                  actions: [
                    'resetAttempts',
                    {
                      type: 'explain',
                      params: ({ context }) =>
                        say('handover.co-located', {
                          from: context.from,
                          to: context.to,
                          area: context.area,
                        }),
                    },
                  ],
                },
              },
              after: {
                followUp: followUp(
                  'deploying',
                  'co-location',
                  (c) => c.to,
                  (c) => c.from,
                ),
              },
            },
            operating: {
              after: {
                colocated: {
                  target: '#handover.military to police.transfer of authority',
                  actions: {
                    type: 'explain',
                    params: ({ context }) =>
                      say('handover.phase-done', {
                        phase: 'co-located operations',
                        area: context.area,
                        to: context.to,
                        authority: context.authority,
                      }),
                  },
                },
              },
            },
          },
        },

        'transfer of authority': {
          description:
            'The handover authority authorises the transfer; the incoming unit assumes lead responsibility when it has a team free.',
          entry: [...phaseEntry('transfer of authority')],
          on: {
            withdraw: {
              actions: [
                'withdraw',
                {
                  type: 'explain',
                  params: ({ context }) =>
                    say(
                      'handover.gap-opened',
                      { from: context.from, area: context.area, during: 'transfer', skipped: [] },
                      'handover.gap-opened',
                    ),
                },
              ],
            },
          },
          initial: 'requesting',
          states: {
            requesting: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  to: context.authority,
                  event: { type: 'authorised' },
                  about: phrase('about.handover-toa-request', {
                    area: context.area,
                    to: context.to,
                  }),
                }),
              },
              on: {
                authorised: {
                  target: 'assigning',
                  actions: [
                    'resetAttempts',
                    {
                      type: 'explain',
                      params: ({ context }) =>
                        say('handover.authorised', {
                          authority: context.authority,
                          area: context.area,
                          to: context.to,
                        }),
                    },
                  ],
                },
              },
              after: {
                followUp: followUp(
                  'requesting',
                  'authorisation',
                  (c) => c.from,
                  (c) => c.authority,
                ),
              },
            },
            assigning: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  from: context.authority,
                  to: context.to,
                  event: { type: 'assumed' },
                  need: 'team',
                  about: phrase('about.handover-assume', { area: context.area }),
                }),
              },
              on: {
                assumed: [
                  {
                    guard: 'incoming unit has a free team',
                    target: '#handover.military to police.monitoring',
                    actions: [
                      {
                        type: 'explain',
                        params: ({ context }) =>
                          say(
                            'handover.transferred',
                            {
                              to: context.to,
                              area: context.area,
                              from: context.from,
                              flow: 'military',
                            },
                            'handover.transferred',
                          ),
                      },
                      {
                        type: 'explain',
                        params: ({ context }) =>
                          context.gapOpen
                            ? say(
                                'handover.gap-closed',
                                { area: context.area },
                                'handover.gap-closed',
                              )
                            : say('handover.no-gap', { from: context.from, area: context.area }),
                      },
                      {
                        type: 'explain',
                        params: ({ context }) =>
                          context.briefed
                            ? say('handover.intel-held', { to: context.to })
                            : say(
                                'handover.intel-lost',
                                {
                                  to: context.to,
                                  from: context.from,
                                  briefing: context.briefingSent ? 'lost' : 'not passed',
                                },
                                'handover.intel-lost',
                              ),
                      },
                      'transfer',
                    ],
                  },
                  {
                    target: 'waiting',
                    actions: [
                      'resetAttempts',
                      {
                        type: 'explain',
                        params: ({ context }) =>
                          say(
                            'handover.waiting',
                            { to: context.to, area: context.area, retry: context.retry },
                            'handover.waiting',
                          ),
                      },
                    ],
                  },
                ],
              },
              after: {
                followUp: followUp(
                  'assigning',
                  'assuming',
                  (c) => c.authority,
                  (c) => c.to,
                ),
              },
            },
            waiting: {
              after: {
                retry: {
                  target: 'assigning',
                  actions: {
                    type: 'explain',
                    params: ({ context }) =>
                      say('handover.asked-again', {
                        authority: context.authority,
                        to: context.to,
                        area: context.area,
                      }),
                  },
                },
              },
            },
          },
        },

        monitoring: {
          description:
            'The incoming unit holds the area; the handover can still be reversed by a high-severity review.',
          entry: [...phaseEntry('monitoring')],
          on: {
            withdraw: {
              actions: [
                'withdraw',
                {
                  type: 'explain',
                  params: ({ context }) =>
                    say('handover.withdrawn-after', { from: context.from, area: context.area }),
                },
              ],
            },
            review: [
              {
                guard: 'high-severity review',
                target: '#handover.reversed',
                actions: 'recordReason',
              },
              {
                actions: {
                  type: 'explain',
                  params: ({ context, event }) =>
                    say(
                      'handover.reviewed',
                      {
                        area: context.area,
                        to: context.to,
                        outcome: 'stands',
                        reason: event.reason,
                        severity: event.severity,
                      },
                      'handover.reviewed',
                    ),
                },
              },
            ],
          },
          after: { monitoring: '#handover.completed' },
        },
      },
    },

    // ── UN police → host-state police ───────────────────────────────────────────────────
    'police to host police': {
      description:
        'A district passes to the host-state police against the readiness criteria (UNMIT → PNTL).',
      initial: 'self-assessment',
      states: {
        'self-assessment': {
          description: 'The host-state police assess their own readiness against the criteria.',
          entry: ['countAssessment', ...phaseEntry('self-assessment')],
          initial: 'asking',
          states: {
            asking: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  to: context.to,
                  event: { type: 'self-assessed' },
                  need: 'assess',
                  about: phrase('about.handover-self-assessment', {
                    area: context.area,
                    assessment: context.assessments,
                  }),
                }),
              },
              after: {
                followUp: followUp(
                  'asking',
                  'self-assessment',
                  (c) => c.from,
                  (c) => c.to,
                ),
              },
            },
          },
          on: {
            'self-assessed': {
              target: 'joint field assessment',
              actions: [
                'resetAttempts',
                'recordReport',
                {
                  type: 'explain',
                  params: ({ context }) =>
                    say('handover.self-assessed', {
                      to: context.to,
                      readiness: readinessPhrase(context.report.readiness),
                      ...optional('certified', context.report.readiness?.certified),
                    }),
                },
              ],
            },
          },
        },

        'joint field assessment': {
          description:
            'UN police and the host-state police verify the self-assessment in the field.',
          entry: [...phaseEntry('joint field assessment')],
          initial: 'in the field',
          states: {
            'in the field': {
              after: {
                assessment: {
                  target: 'reporting',
                  actions: {
                    type: 'explain',
                    params: ({ context }) =>
                      say('handover.phase-done', {
                        phase: 'joint field assessment',
                        area: context.area,
                        to: context.to,
                        authority: context.authority,
                      }),
                  },
                },
              },
            },
            reporting: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  to: context.authority,
                  event: { type: 'field-assessed' },
                  about: phrase('about.handover-field-assessment', {
                    area: context.area,
                    readiness: readinessPhrase(context.report.readiness),
                  }),
                }),
              },
              on: {
                'field-assessed': {
                  target: '#handover.police to host police.joint decision',
                  actions: 'resetAttempts',
                },
              },
              after: {
                followUp: followUp(
                  'reporting',
                  'field-assessment',
                  (c) => c.from,
                  (c) => c.authority,
                ),
              },
            },
          },
        },

        'joint decision': {
          description: 'The handover authority decides on the joint assessment (and HRDDP).',
          entry: [...phaseEntry('joint decision')],
          always: [
            { guard: 'support suspended under HRDDP', target: '#handover.blocked' },
            { guard: 'all readiness criteria met', target: 'transfer' },
            { target: 'postponed' },
          ],
        },

        postponed: {
          description: 'Not ready: the district requires improvement and is assessed again later.',
          entry: [
            {
              type: 'explain',
              params: ({ context }) =>
                say(
                  'handover.not-ready',
                  {
                    authority: context.authority,
                    area: context.area,
                    gaps: gapsOf(context),
                    threshold: context.threshold,
                    ...optional('certified', context.report.readiness?.certified),
                  },
                  'handover.not-ready',
                ),
            },
            {
              type: 'explain',
              params: ({ context }) =>
                say(
                  'handover.postponed',
                  { area: context.area, reassessAfter: context.reassessAfter },
                  'handover.postponed',
                ),
            },
          ],
          after: {
            reassessAfter: {
              target: 'self-assessment',
              actions: {
                type: 'explain',
                params: ({ context }) =>
                  say('handover.reassessed', {
                    area: context.area,
                    reassessAfter: context.reassessAfter,
                  }),
              },
            },
          },
        },

        transfer: {
          description:
            'Ready: the authority transfers lead responsibility to the host-state police.',
          entry: [...phaseEntry('transfer')],
          initial: 'notifying',
          states: {
            notifying: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  from: context.authority,
                  to: context.to,
                  event: { type: 'handed' },
                  about: phrase('about.handover-transfer', { area: context.area }),
                }),
              },
              after: {
                followUp: followUp(
                  'notifying',
                  'acknowledgement',
                  (c) => c.authority,
                  (c) => c.to,
                ),
              },
            },
          },
          on: {
            handed: {
              target: 'monitoring',
              actions: [
                'resetAttempts',
                'transfer',
                {
                  type: 'explain',
                  params: ({ context }) =>
                    say(
                      'handover.transferred',
                      { to: context.to, area: context.area, from: context.from, flow: 'police' },
                      'handover.transferred',
                    ),
                },
              ],
            },
          },
        },

        monitoring: {
          description:
            'The host-state police hold the district; joint reviews check the criteria still hold (strategic reversal).',
          entry: [...phaseEntry('monitoring')],
          on: {
            review: [
              {
                guard: 'high-severity review',
                target: '#handover.reversed',
                actions: 'recordReason',
              },
              {
                target: '.reviewing',
                actions: {
                  type: 'explain',
                  params: ({ context, event }) =>
                    say('handover.review-prompted', {
                      area: context.area,
                      reason: event.reason,
                      severity: event.severity,
                    }),
                },
              },
            ],
          },
          after: { monitoring: '#handover.completed' },
          initial: 'watching',
          states: {
            watching: {
              after: {
                reviewEvery: {
                  target: 'reviewing',
                  actions: {
                    type: 'explain',
                    params: ({ context }) =>
                      say('handover.review-due', { area: context.area, to: context.to }),
                  },
                },
              },
            },
            reviewing: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  to: context.to,
                  event: { type: 'reviewed' },
                  need: 'assess',
                  about: phrase('about.handover-review', { area: context.area }),
                }),
              },
              on: {
                reviewed: [
                  {
                    guard: 'readiness criteria still met',
                    target: 'watching',
                    actions: [
                      // The guard read the report carried by the event; record it for the next one.
                      'recordReport',
                      {
                        type: 'explain',
                        params: ({ context }) =>
                          say(
                            'handover.reviewed',
                            {
                              area: context.area,
                              to: context.to,
                              outcome: 'criteria-met',
                              readiness: readinessPhrase(context.report.readiness),
                            },
                            'handover.reviewed',
                          ),
                      },
                    ],
                  },
                  { target: '#handover.reversed', actions: ['recordReport', 'recordGapsAsReason'] },
                ],
              },
              after: {
                followUp: {
                  target: 'watching',
                  actions: {
                    type: 'explain',
                    params: ({ context }) =>
                      say('handover.review-unanswered', {
                        area: context.area,
                        to: context.to,
                        reviewEvery: context.reviewEvery,
                      }),
                  },
                },
              },
            },
          },
        },
      },
    },

    // ── outcomes ────────────────────────────────────────────────────────────────────────
    completed: {
      type: 'final',
      description: 'Monitoring is over: the handover holds.',
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say('handover.completed', { area: context.area, to: context.to }, 'handover.completed'),
      },
    },
    reversed: {
      type: 'final',
      description: 'Strategic reversal: lead responsibility returns to the outgoing actor.',
      entry: [
        {
          type: 'explain',
          params: ({ context }) =>
            say(
              'handover.reversed',
              {
                reason: context.reason ?? term('reason.review-hrddp'),
                area: context.area,
                from: context.from,
                to: context.to,
              },
              'handover.reversed',
            ),
        },
        enqueueActions(({ context, enqueue }) => {
          // The unit that took the area over gets its team back.
          if (context.flow === 'military-to-police') {
            enqueue({
              type: 'send',
              params: {
                from: context.from,
                to: context.to,
                event: { type: 'released' },
                need: 'release',
                about: phrase('about.handover-released', {
                  area: context.area,
                  from: context.from,
                }),
              },
            });
          }
        }),
      ],
    },
    blocked: {
      type: 'final',
      description: 'UN support to the host-state police is suspended under HRDDP.',
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say(
            'handover.blocked',
            { authority: context.authority, area: context.area, to: context.to },
            'handover.blocked',
          ),
      },
    },
    stalled: {
      description: 'No answer after three tries: the handover stops where it is.',
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say(
            'handover.stalled',
            { area: context.area, phase: context.phase, attempts: context.attempts },
            'handover.stalled',
          ),
      },
      on: {
        // The outgoing unit still leaves on its date: the area is left to no one.
        withdraw: {
          guard: 'not yet transferred',
          actions: [
            'withdraw',
            {
              type: 'explain',
              params: ({ context }) =>
                say(
                  'handover.gap-opened',
                  { from: context.from, area: context.area, during: 'stalled', skipped: [] },
                  'handover.gap-opened',
                ),
            },
          ],
        },
      },
    },
  },
});

export type HandoverMachine = typeof handoverMachine;
