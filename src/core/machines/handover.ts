// A transfer of lead security responsibility for an area: one instance per `handover` event,
// hosted by the outgoing actor. This file joins the two flows (one file each under handover/,
// with the shared rules in handover/rules.ts and the setup in handover/setup.ts) and holds
// what both share: late answers, reviews before the transfer, and the outcomes.
// Two flows, chosen by who receives the area:
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
import { enqueueActions } from 'xstate';
import { phrase, term } from '../engine/entry-kinds';
import { say } from './effects';
import { militaryToPolice } from './handover/military-to-police';
import { policeToHostPolice } from './handover/police-to-host-police';
import { handoverSetup } from './handover/setup';

export * from './handover/rules';
export type { HandoverContext, HandoverEvent, Severity } from './handover/setup';

export const handoverMachine = handoverSetup.createMachine({
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
    arrived: input.arrivesAfter === undefined,
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
      if (context.flow === 'military-to-police' && context.arrivesAfter !== undefined) {
        enqueue.raise({ type: 'arrive' }, { delay: 'arrival', id: 'arrival' });
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
    // The incoming unit reaches the area; transferred already, it closes the gap it left.
    arrive: {
      actions: [
        {
          type: 'explain',
          params: ({ context }) =>
            context.transferred && context.gapOpen
              ? say(
                  'handover.arrived',
                  { to: context.to, area: context.area, gapClosed: true },
                  'handover.gap-closed',
                )
              : say('handover.arrived', { to: context.to, area: context.area, gapClosed: false }),
        },
        'arrive',
      ],
    },
    // A change of readiness outside monitoring: the next assessment will find it.
    'readiness.changed': {},
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

    'military to police': militaryToPolice,
    'police to host police': policeToHostPolice,

    // ── outcomes ────────────────────────────────────────────────────────────────────────
    completed: {
      type: 'final',
      entry: {
        type: 'explain',
        params: ({ context }) =>
          say('handover.completed', { area: context.area, to: context.to }, 'handover.completed'),
      },
    },
    reversed: {
      type: 'final',
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
