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
import { formatDuration } from '../time';
import { effects } from './effects';

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
    gap: () => 'unable to respond to the security environment',
  },
  {
    name: 'certified officers',
    holds: (r: Readiness, threshold: number) => certifiedEnough(r.certified, threshold),
    gap: (r: Readiness, threshold: number) =>
      `${percent(r.certified)} certified, ${percent(threshold)} required`,
  },
  {
    name: 'initial logistics',
    holds: (r: Readiness) => r.logistics,
    gap: () => 'initial logistics not in place',
  },
  {
    name: 'institutional stability',
    holds: (r: Readiness) => r.stability,
    gap: () =>
      'institutional stability not established (command and control, human rights, community acceptance)',
  },
] as const;

/**
 * The readiness criteria not met, in words ("64% certified, 80% required"). Empty: the
 * district is ready. No report at all is a gap of its own.
 */
export function readinessGaps(readiness: Readiness | undefined, threshold: number): string[] {
  if (readiness === undefined) return ['no readiness report'];
  return READINESS_CRITERIA.filter((c) => !c.holds(readiness, threshold)).map((c) =>
    c.gap(readiness, threshold),
  );
}

/** One line on a readiness report, for the log. */
export function describeReadiness(readiness: Readiness | undefined): string {
  if (readiness === undefined) return 'no readiness data';
  return [
    `${percent(readiness.certified)} certified`,
    readiness.respond ? 'able to respond' : 'unable to respond',
    readiness.logistics ? 'logistics in place' : 'logistics missing',
    readiness.stability ? 'institutionally stable' : 'institutionally unstable',
  ].join(', ');
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

/** In words, what a withdrawal during `phase` does to the joint phases. */
export function withdrawalCuts(phase: string): string {
  const [current, ...later] = skippedPhases(phase);
  if (current === undefined) return 'no joint phase left to cut';
  return `${current} cut short${later.length > 0 ? `, ${later.join(' and ')} skipped` : ''}`;
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
  phase: string;
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
  reason: string;
  /** The joint decision of the seat playing the authority; absent: the readiness criteria decide. */
  verdict?: 'transfer' | 'postpone' | undefined;
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
  | ({ type: 'field-assessed'; verdict?: 'transfer' | 'postpone' } & Answer)
  | ({ type: 'handed' } & Answer)
  | ({ type: 'reviewed' } & Answer)
  | { type: 'withdraw' }
  | { type: 'review'; reason: string; severity: Severity }
  | { type: 'undeliverable'; to: string; original?: string };

const gapsOf = (c: HandoverContext): string[] => readinessGaps(c.report.readiness, c.threshold);
const byOf = (e: HandoverEvent, fallback: string): string =>
  'by' in e && typeof e.by === 'string' ? e.by : fallback;
const phaseEntry = (phase: string) => ({ type: 'enterPhase' as const, params: { phase } });

/** No answer in time: ask `again` (three tries in all), then the handover stalls. */
const followUp = (again: string, text: (c: HandoverContext) => string) => [
  {
    guard: 'follow-ups left' as const,
    target: again,
    reenter: true,
    actions: [
      'countAttempt' as const,
      {
        type: 'explain' as const,
        params: ({ context }: { context: HandoverContext }) => ({
          text: text(context),
          mark: 'handover.follow-up',
        }),
      },
    ],
  },
  { target: '#handover.stalled' },
];

export const handoverMachine = setup({
  types: {
    context: {} as HandoverContext,
    events: {} as HandoverEvent,
    input: {} as HandoverInput,
  },
  actions: {
    ...effects,
    enterPhase: assign((_, params: { phase: string }) => ({ phase: params.phase })),
    countAttempt: assign({ attempts: ({ context }) => context.attempts + 1 }),
    resetAttempts: assign({ attempts: 1 }),
    recordVerdict: assign(({ event }) =>
      event.type === 'field-assessed' && event.verdict ? { verdict: event.verdict } : {},
    ),
    clearVerdict: assign({ verdict: undefined }),
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
        event.type === 'review' ? `"${event.reason}" (${event.severity} severity)` : '',
    }),
    recordGapsAsReason: assign({
      reason: ({ context }) =>
        gapsOf(context).length > 0
          ? `monitoring review finds ${gapsOf(context).join('; ')}`
          : 'monitoring review finds support suspended under HRDDP',
    }),
  },
  guards: {
    'handing over to host-state police': ({ context }) => context.flow === 'police-to-host-police',
    'follow-ups left': ({ context }) => context.attempts < 3,
    'incoming unit has a free team': ({ event }) =>
      event.type === 'assumed' && event.accepted === true,
    'support suspended under HRDDP': ({ context }) => supportSuspended(context.report.hrddp),
    'all readiness criteria met': ({ context }) => gapsOf(context).length === 0,
    'the authority decides to transfer': ({ context }) => context.verdict === 'transfer',
    'the authority decides to postpone': ({ context }) => context.verdict === 'postpone',
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
    reason: '',
  }),
  entry: [
    {
      type: 'explain',
      params: ({ context }) => ({
        text:
          context.flow === 'military-to-police'
            ? `handover of ${context.area} from ${context.from} to ${context.to} starts: joint assessment → joint planning → co-located operations → transfer of authority → monitoring (${context.authority} decides)`
            : `handover of ${context.area} from ${context.from} to ${context.to} starts against the readiness criteria: self-assessment → joint field assessment → joint decision by ${context.authority}`,
        mark: 'handover.started',
      }),
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
            params: ({ context }) => ({
              text: `${context.to} receives the intelligence briefing on ${context.area} from ${context.from}`,
              mark: 'handover.briefed',
            }),
          },
        ],
      },
      {
        actions: [
          'receiveBriefing',
          {
            type: 'explain',
            params: ({ context }) => ({
              text: `the intelligence briefing on ${context.area} reaches ${context.to} only after the transfer`,
              mark: 'handover.briefed',
            }),
          },
        ],
      },
    ],
    review: {
      actions: {
        type: 'explain',
        params: ({ context, event }) => ({
          text: `review of ${context.area} after "${event.reason}" (${event.severity}) noted: nothing transferred yet to reverse`,
          mark: 'handover.reviewed',
          data: { outcome: 'not transferred' },
        }),
      },
    },
    undeliverable: [
      {
        guard: 'only the intelligence briefing is cut off',
        actions: {
          type: 'explain',
          params: ({ context }) => ({
            text: `no path under this structure from ${context.from} to ${context.to}: the intelligence briefing on ${context.area} cannot be passed`,
          }),
        },
      },
      {
        guard: 'not yet transferred',
        target: '.stalled',
        actions: {
          type: 'explain',
          params: ({ context, event }) => ({
            text: `handover of ${context.area} cannot go on: no path under this structure to ${event.to}`,
          }),
        },
      },
      {
        actions: {
          type: 'explain',
          params: ({ context, event }) => ({
            text: `no path to ${event.to}: ${context.area} stays with ${context.to} unreviewed`,
          }),
        },
      },
    ],
    // A late answer from a step already left behind (e.g. after a withdrawal cut it short).
    '*': {
      actions: {
        type: 'explain',
        params: ({ context, event }) => ({
          text: `${event.type} from ${byOf(event, 'an actor')} arrives after that step of the handover of ${context.area}: nothing to do`,
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
              params: ({ context }) => ({
                text: `${context.from} withdraws from ${context.area} before the transfer of authority: security gap opens, no unit holds ${context.area}; ${withdrawalCuts(context.phase)}`,
                mark: 'handover.gap-opened',
                data: { skipped: skippedPhases(context.phase) },
              }),
            },
          ],
        },
      },
      initial: 'joint assessment',
      states: {
        'joint assessment': {
          description: 'Outgoing and incoming units assess the area together.',
          entry: [
            phaseEntry('joint assessment'),
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `joint assessment: ${context.from} and ${context.to} assess ${context.area} together`,
                mark: 'handover.phase',
                data: { phase: 'joint assessment' },
              }),
            },
          ],
          initial: 'convening',
          states: {
            convening: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  to: context.to,
                  event: { type: 'jointly-assessed' },
                  about: `joint assessment of ${context.area} for handover ${context.id}`,
                }),
              },
              on: {
                'jointly-assessed': {
                  target: 'assessing',
                  actions: [
                    'resetAttempts',
                    {
                      type: 'explain',
                      params: ({ context }) => ({
                        text: `${context.to} joins the joint assessment of ${context.area}`,
                      }),
                    },
                  ],
                },
              },
              after: {
                followUp: followUp(
                  'convening',
                  (c) => `no answer from ${c.to} to the joint assessment: ${c.from} follows up`,
                ),
              },
            },
            assessing: {
              after: {
                assessment: {
                  target: '#handover.military to police.joint planning',
                  actions: {
                    type: 'explain',
                    params: ({ context }) => ({
                      text: `joint assessment done with ${context.to}: moving to joint planning`,
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
            phaseEntry('joint planning'),
            'sendBriefing',
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `joint planning: ${context.from} briefs ${context.to} on ${context.area} and submits the joint plan to ${context.authority}`,
                mark: 'handover.phase',
                data: { phase: 'joint planning' },
              }),
            },
            {
              type: 'send',
              params: ({ context }) => ({
                to: context.to,
                event: { type: 'briefed' },
                info: [context.id],
                about: `intelligence briefing on ${context.area} (handover ${context.id})`,
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
                  about: `joint plan for the handover of ${context.area} to ${context.to}`,
                }),
              },
              on: {
                'plan-endorsed': {
                  target: 'planning',
                  actions: [
                    'resetAttempts',
                    {
                      type: 'explain',
                      params: ({ context }) => ({
                        text: `${context.authority} endorses the joint plan for ${context.area}`,
                      }),
                    },
                  ],
                },
              },
              after: {
                followUp: followUp(
                  'drafting',
                  (c) => `no answer from ${c.authority} on the joint plan: ${c.from} follows up`,
                ),
              },
            },
            planning: {
              after: {
                planning: {
                  target: '#handover.military to police.co-located operations',
                  actions: {
                    type: 'explain',
                    params: ({ context }) => ({
                      text: `joint planning done with ${context.to} and ${context.authority}: moving to co-located operations`,
                    }),
                  },
                },
              },
            },
          },
        },

        'co-located operations': {
          description: 'The incoming unit operates alongside the outgoing one.',
          entry: [
            phaseEntry('co-located operations'),
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `co-located operations: ${context.to} deploys alongside ${context.from} in ${context.area}`,
                mark: 'handover.phase',
                data: { phase: 'co-located operations' },
              }),
            },
          ],
          initial: 'deploying',
          states: {
            deploying: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  from: context.to,
                  to: context.from,
                  event: { type: 'co-located' },
                  about: `${context.to} deploys alongside ${context.from} in ${context.area}`,
                }),
              },
              on: {
                'co-located': {
                  target: 'operating',
                  actions: [
                    'resetAttempts',
                    {
                      type: 'explain',
                      params: ({ context }) => ({
                        text: `${context.from} and ${context.to} operate together in ${context.area}`,
                      }),
                    },
                  ],
                },
              },
              after: {
                followUp: followUp(
                  'deploying',
                  (c) => `no word from ${c.from} on co-location: ${c.to} follows up`,
                ),
              },
            },
            operating: {
              after: {
                colocated: {
                  target: '#handover.military to police.transfer of authority',
                  actions: {
                    type: 'explain',
                    params: ({ context }) => ({
                      text: `co-located operations done with ${context.to}: moving to transfer of authority`,
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
          entry: [
            phaseEntry('transfer of authority'),
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `transfer of authority: ${context.from} asks ${context.authority} to transfer ${context.area} to ${context.to}`,
                mark: 'handover.phase',
                data: { phase: 'transfer of authority' },
              }),
            },
          ],
          on: {
            withdraw: {
              actions: [
                'withdraw',
                {
                  type: 'explain',
                  params: ({ context }) => ({
                    text: `${context.from} withdraws from ${context.area} while the transfer of authority is still pending: security gap opens`,
                    mark: 'handover.gap-opened',
                  }),
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
                  about: `request: transfer of authority for ${context.area} to ${context.to}`,
                }),
              },
              on: {
                authorised: {
                  target: 'assigning',
                  actions: [
                    'resetAttempts',
                    {
                      type: 'explain',
                      params: ({ context }) => ({
                        text: `${context.authority} authorises the transfer of authority for ${context.area} to ${context.to}`,
                      }),
                    },
                  ],
                },
              },
              after: {
                followUp: followUp(
                  'requesting',
                  (c) =>
                    `no decision from ${c.authority} on the transfer of authority: follow-up sent`,
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
                  about: `assume lead security responsibility for ${context.area}`,
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
                        params: ({ context }) => ({
                          text: `transfer of authority: ${context.to} assumes lead security responsibility for ${context.area} from ${context.from}`,
                          mark: 'handover.transferred',
                        }),
                      },
                      {
                        type: 'explain',
                        params: ({ context }) =>
                          context.gapOpen
                            ? {
                                text: `security gap in ${context.area} closes`,
                                mark: 'handover.gap-closed',
                              }
                            : {
                                text: `no security gap: ${context.from} held ${context.area} until the transfer`,
                              },
                      },
                      {
                        type: 'explain',
                        params: ({ context }) =>
                          context.briefed
                            ? { text: `${context.to} holds the intelligence briefing` }
                            : {
                                text: context.briefingSent
                                  ? `${context.to} takes over without the intelligence briefing: the briefing from ${context.from} never arrived`
                                  : `${context.to} takes over without the intelligence briefing: ${context.from} withdrew before passing it`,
                                mark: 'handover.intel-lost',
                                data: { briefing: context.briefingSent ? 'lost' : 'not passed' },
                              },
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
                        params: ({ context }) => ({
                          text: `${context.to} has no team free: transfer of authority for ${context.area} waits (asked again in ${formatDuration(context.retry)})`,
                          mark: 'handover.waiting',
                        }),
                      },
                    ],
                  },
                ],
              },
              after: {
                followUp: followUp(
                  'assigning',
                  (c) => `no answer from ${c.to} on assuming ${c.area}: ${c.authority} follows up`,
                ),
              },
            },
            waiting: {
              after: {
                retry: {
                  target: 'assigning',
                  actions: {
                    type: 'explain',
                    params: ({ context }) => ({
                      text: `${context.authority} asks ${context.to} again to assume ${context.area}`,
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
          entry: [
            phaseEntry('monitoring'),
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `monitoring of ${context.area} for ${formatDuration(context.phases.monitoring)}`,
                mark: 'handover.phase',
                data: { phase: 'monitoring' },
              }),
            },
          ],
          on: {
            withdraw: {
              actions: [
                'withdraw',
                {
                  type: 'explain',
                  params: ({ context }) => ({
                    text: `${context.from} withdraws from ${context.area} after the transfer: no gap`,
                  }),
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
                  params: ({ context, event }) => ({
                    text: `review of ${context.area} after "${event.reason}" (${event.severity}): the handover to ${context.to} stands`,
                    mark: 'handover.reviewed',
                    data: { outcome: 'stands' },
                  }),
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
          entry: [
            'countAssessment',
            phaseEntry('self-assessment'),
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `self-assessment: ${context.to} assesses its readiness for ${context.area} (assessment ${context.assessments})`,
                mark: 'handover.phase',
                data: { phase: 'self-assessment', assessment: context.assessments },
              }),
            },
          ],
          initial: 'asking',
          states: {
            asking: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  to: context.to,
                  event: { type: 'self-assessed' },
                  need: 'assess',
                  about: `self-assessment of readiness for ${context.area} (assessment ${context.assessments})`,
                }),
              },
              after: {
                followUp: followUp(
                  'asking',
                  (c) => `no self-assessment from ${c.to} yet: ${c.from} follows up`,
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
                  params: ({ context }) => ({
                    text: `${context.to} self-assessment: ${describeReadiness(context.report.readiness)}`,
                    data: context.report.readiness
                      ? { certified: context.report.readiness.certified }
                      : {},
                  }),
                },
              ],
            },
          },
        },

        'joint field assessment': {
          description:
            'UN police and the host-state police verify the self-assessment in the field.',
          entry: [
            phaseEntry('joint field assessment'),
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `joint field assessment of ${context.area} by ${context.from} with ${context.to}`,
                mark: 'handover.phase',
                data: { phase: 'joint field assessment' },
              }),
            },
          ],
          initial: 'in the field',
          states: {
            'in the field': {
              after: {
                assessment: {
                  target: 'reporting',
                  actions: {
                    type: 'explain',
                    params: ({ context }) => ({
                      text: `joint field assessment of ${context.area} done: findings go to ${context.authority}`,
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
                  about: `joint field assessment of ${context.area}: ${describeReadiness(context.report.readiness)}`,
                }),
              },
              on: {
                'field-assessed': {
                  target: '#handover.police to host police.joint decision',
                  actions: ['resetAttempts', 'recordVerdict'],
                },
              },
              after: {
                followUp: followUp(
                  'reporting',
                  (c) =>
                    `no answer from ${c.authority} on the joint field assessment: follow-up sent`,
                ),
              },
            },
          },
        },

        'joint decision': {
          description: 'The handover authority decides on the joint assessment (and HRDDP).',
          entry: [
            phaseEntry('joint decision'),
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `joint decision by ${context.authority} on ${context.area}`,
                mark: 'handover.phase',
                data: { phase: 'joint decision' },
              }),
            },
          ],
          always: [
            { guard: 'support suspended under HRDDP', target: '#handover.blocked' },
            {
              guard: 'the authority decides to transfer',
              target: 'transfer',
              actions: [
                {
                  type: 'explain',
                  params: ({ context }) => ({
                    text: `${context.authority} decides to transfer ${context.area} (doctrine: ${gapsOf(context).length ? `postpone — requires improvement: ${gapsOf(context).join('; ')}` : 'transfer — all readiness criteria met'})`,
                    data: { played: true, gaps: gapsOf(context) },
                  }),
                },
                'clearVerdict',
              ],
            },
            {
              guard: 'the authority decides to postpone',
              target: 'postponed',
              actions: [
                {
                  type: 'explain',
                  params: ({ context }) => ({
                    text: `${context.authority} decides to postpone the transfer of ${context.area} (doctrine: ${gapsOf(context).length ? 'postpone' : 'transfer — all readiness criteria met'})`,
                    data: { played: true, gaps: gapsOf(context) },
                  }),
                },
                'clearVerdict',
              ],
            },
            { guard: 'all readiness criteria met', target: 'transfer' },
            { target: 'postponed' },
          ],
        },

        postponed: {
          description: 'Not ready: the district requires improvement and is assessed again later.',
          entry: [
            {
              type: 'explain',
              params: ({ context }) => ({
                text: gapsOf(context).length
                  ? `${context.authority} finds ${context.area} not ready: requires improvement: ${gapsOf(context).join('; ')}`
                  : `${context.authority} holds the transfer of ${context.area} back although every readiness criterion is met`,
                mark: 'handover.not-ready',
                data: {
                  gaps: gapsOf(context),
                  threshold: context.threshold,
                  ...(context.report.readiness
                    ? { certified: context.report.readiness.certified }
                    : {}),
                },
              }),
            },
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `handover of ${context.area} postponed: reassessment in ${formatDuration(context.reassessAfter)}`,
                mark: 'handover.postponed',
              }),
            },
          ],
          after: {
            reassessAfter: {
              target: 'self-assessment',
              actions: {
                type: 'explain',
                params: ({ context }) => ({
                  text: `${formatDuration(context.reassessAfter)} on: ${context.area} is assessed again`,
                }),
              },
            },
          },
        },

        transfer: {
          description:
            'Ready: the authority transfers lead responsibility to the host-state police.',
          entry: [
            phaseEntry('transfer'),
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `${context.authority} finds ${context.area} ready (${describeReadiness(context.report.readiness)}; ${percent(context.threshold)} required)${context.report.hrddp === 'mitigation' ? ', with HRDDP mitigation measures' : ''}: lead responsibility to pass to ${context.to}`,
                mark: 'handover.phase',
                data: { phase: 'transfer' },
              }),
            },
          ],
          initial: 'notifying',
          states: {
            notifying: {
              entry: {
                type: 'send',
                params: ({ context }) => ({
                  from: context.authority,
                  to: context.to,
                  event: { type: 'handed' },
                  about: `transfer of lead security responsibility for ${context.area}`,
                }),
              },
              after: {
                followUp: followUp(
                  'notifying',
                  (c) =>
                    `no acknowledgement from ${c.to} of the transfer: ${c.authority} follows up`,
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
                  params: ({ context }) => ({
                    text: `${context.to} resumes lead security responsibility for ${context.area} from ${context.from}`,
                    mark: 'handover.transferred',
                  }),
                },
              ],
            },
          },
        },

        monitoring: {
          description:
            'The host-state police hold the district; joint reviews check the criteria still hold (strategic reversal).',
          entry: [
            phaseEntry('monitoring'),
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `monitoring of ${context.area} for ${formatDuration(context.phases.monitoring)}, reviewed every ${formatDuration(context.reviewEvery)}`,
                mark: 'handover.phase',
                data: { phase: 'monitoring' },
              }),
            },
          ],
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
                  params: ({ context, event }) => ({
                    text: `"${event.reason}" (${event.severity}) prompts a readiness review of ${context.area}`,
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
                    params: ({ context }) => ({
                      text: `monitoring review of ${context.area} due: ${context.to} reports its readiness`,
                    }),
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
                  about: `monitoring review of readiness for ${context.area}`,
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
                        params: ({ context }) => ({
                          text: `monitoring review of ${context.area}: criteria still met (${describeReadiness(context.report.readiness)})`,
                          mark: 'handover.reviewed',
                          data: { outcome: 'stands' },
                        }),
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
                    params: ({ context }) => ({
                      text: `no answer from ${context.to} to the monitoring review of ${context.area}: next review in ${formatDuration(context.reviewEvery)}`,
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
        params: ({ context }) => ({
          text: `monitoring of ${context.area} over: ${context.to} holds lead security responsibility`,
          mark: 'handover.completed',
        }),
      },
    },
    reversed: {
      type: 'final',
      description: 'Strategic reversal: lead responsibility returns to the outgoing actor.',
      entry: [
        {
          type: 'explain',
          params: ({ context }) => ({
            text: `strategic reversal: ${context.reason}: lead security responsibility for ${context.area} returns from ${context.to} to ${context.from}`,
            mark: 'handover.reversed',
            data: { reason: context.reason },
          }),
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
                about: `${context.area} back with ${context.from}: team released`,
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
        params: ({ context }) => ({
          text: `${context.authority} blocks the handover of ${context.area} to ${context.to}: support suspended under HRDDP (grave violations)`,
          mark: 'handover.blocked',
          data: { hrddp: 'suspended' },
        }),
      },
    },
    stalled: {
      description: 'No answer after three tries: the handover stops where it is.',
      entry: {
        type: 'explain',
        params: ({ context }) => ({
          text: `handover of ${context.area} stalled in ${context.phase}: no answer after ${context.attempts} attempts`,
          mark: 'handover.stalled',
        }),
      },
      on: {
        // The outgoing unit still leaves on its date: the area is left to no one.
        withdraw: {
          guard: 'not yet transferred',
          actions: [
            'withdraw',
            {
              type: 'explain',
              params: ({ context }) => ({
                text: `${context.from} withdraws from ${context.area} with the handover stalled: security gap opens`,
                mark: 'handover.gap-opened',
              }),
            },
          ],
        },
      },
    },
  },
});

export type HandoverMachine = typeof handoverMachine;
