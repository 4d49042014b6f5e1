// UN police → host-state police, district by district against the UNMIT → PNTL readiness
// criteria: self-assessment → joint field assessment → joint decision; not ready means
// postponed and reassessed, ready means transfer then monitoring, where a review can reverse
// the handover (UNMIL's "strategic reversal"). Doctrine and sources: docs/DOCTRINE.md.
import { phrase, readinessPhrase } from '../../engine/entry-kinds';
import { optional, say } from '../effects';
import { followUp, gapsOf, handoverSetup, phaseEntry, playedJointDecision } from './setup';

export const policeToHostPolice = handoverSetup.createStateConfig({
  initial: 'self-assessment',
  states: {
    'self-assessment': {
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
              actions: ['resetAttempts', 'recordVerdict', 'recordJudged'],
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
      entry: [...phaseEntry('joint decision')],
      always: [
        { guard: 'support suspended under HRDDP', target: '#handover.blocked' },
        {
          guard: 'the authority decides to transfer',
          target: 'transfer',
          actions: [
            {
              type: 'explain',
              params: ({ context }) => playedJointDecision(context, 'transfer'),
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
              params: ({ context }) => playedJointDecision(context, 'postpone'),
            },
            'clearVerdict',
          ],
        },
        { guard: 'all readiness criteria met', target: 'transfer' },
        { target: 'postponed' },
      ],
    },

    postponed: {
      entry: [
        {
          type: 'explain',
          params: ({ context }) =>
            gapsOf(context).length === 0
              ? say(
                  'handover.held-back',
                  { authority: context.authority, area: context.area },
                  'handover.not-ready',
                )
              : say(
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
      entry: [...phaseEntry('monitoring')],
      on: {
        // Readiness moved by events: the unit holding the district was overwhelmed.
        'readiness.changed': {
          target: '.reviewing',
          actions: {
            type: 'explain',
            params: ({ context, event }) =>
              say('handover.review-readiness', {
                area: context.area,
                to: context.to,
                ...optional('incident', event.incident),
                ...optional('hrddp', event.hrddp),
              }),
          },
        },
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
});
