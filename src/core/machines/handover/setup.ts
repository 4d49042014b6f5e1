// What both handover flows are built from: the context and events of a handover, its named
// guards, actions and delays (one xstate setup), and the helpers every phase uses — entering a
// phase, asking with follow-ups. The flows are in military-to-police.ts and
// police-to-host-police.ts; the machine that joins them is ../handover.ts.
import { assign, setup } from 'xstate';
import {
  phrase,
  readinessPhrase,
  term,
  type HandoverPhase,
  type Phrase,
} from '../../engine/entry-kinds';
import { effects, say, type ExplainParams } from '../effects';
import { followUps } from '../follow-up';
import {
  readinessGaps,
  readReport,
  supportSuspended,
  type HandoverInput,
  type Hrddp,
  type PlainReport,
  type ReadinessReport,
} from './rules';

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
  /** Military → police: the incoming unit is in the area (true when no arrival is scheduled). */
  arrived: boolean;
  /** The latest readiness report from the host-state police. */
  report: ReadinessReport;
  /** Why the handover was reversed. */
  reason: Phrase | null;
  /** The joint decision of the seat playing the authority; absent: the readiness criteria decide. */
  verdict?: 'transfer' | 'postpone' | undefined;
}

export interface Answer {
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
  | { type: 'arrive' }
  | { type: 'readiness.changed'; incident?: string; hrddp?: Hrddp }
  | { type: 'review'; reason: string; severity: Severity }
  | { type: 'undeliverable'; to: string; original?: string };

export const gapsOf = (c: HandoverContext): Phrase[] =>
  readinessGaps(c.report.readiness, c.threshold);
/** The readiness criteria's answer on a district, and why: the baseline of a played decision. */
export const readinessDoctrine = (
  c: HandoverContext,
): { readonly decision: 'transfer' | 'postpone'; readonly reason: Phrase } => {
  const gaps = gapsOf(c);
  return gaps.length
    ? { decision: 'postpone', reason: phrase('doctrine.readiness-gaps', { gaps }) }
    : { decision: 'transfer', reason: phrase('doctrine.readiness-met', {}) };
};

/** The seat playing the authority took the joint decision: the criteria's answer beside it. */
export const playedJointDecision = (
  c: HandoverContext,
  decision: 'transfer' | 'postpone',
): ExplainParams => {
  const d = readinessDoctrine(c);
  return say('handover.decided-played', {
    authority: c.authority,
    area: c.area,
    decision,
    doctrine: d.decision,
    reason: d.reason,
  });
};

/** Entering a phase: the context records it and the log says so (the trainer's timeline). */
export const phaseEntry = (phase: HandoverPhase) => [
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
export const followUp = (
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

export const handoverSetup = setup({
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
    // The report the authority decides on, with what it knows since the unit reported.
    recordJudged: assign(({ event }) =>
      event.type === 'field-assessed' && event.report !== undefined
        ? { report: readReport(event.report) }
        : {},
    ),
    recordVerdict: assign(({ event }) =>
      event.type === 'field-assessed' && event.verdict ? { verdict: event.verdict } : {},
    ),
    clearVerdict: assign({ verdict: undefined }),
    countAssessment: assign({ assessments: ({ context }) => context.assessments + 1 }),
    sendBriefing: assign({ briefingSent: true }),
    receiveBriefing: assign({ briefed: true }),
    withdraw: assign(({ context }) => ({
      withdrawn: true,
      gapOpen: context.gapOpen || !context.transferred,
    })),
    // Before the incoming unit arrives, a transfer leaves the area to no one on the ground.
    transfer: assign(({ context }) => ({ transferred: true, gapOpen: !context.arrived })),
    arrive: assign(({ context }) => ({
      arrived: true,
      gapOpen: context.transferred ? false : context.gapOpen,
    })),
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
    'the incoming unit has not arrived': ({ context }) => !context.arrived,
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
    arrival: ({ context }) => context.arrivesAfter ?? 0,
  },
});
