// Military → UN police: lead security responsibility for an area passes from a military unit
// to UN police as the threat drops: joint assessment → joint planning (the intelligence
// briefing passes) → co-located operations → transfer of authority → monitoring. The risks
// are a security gap (the outgoing unit withdraws before the transfer) and intelligence not
// passed. Doctrine and sources: docs/DOCTRINE.md, "Handovers".
import { phrase } from '../../engine/entry-kinds';
import { optional, say } from '../effects';
import { skippedPhases } from './rules';
import { followUp, handoverSetup, phaseEntry } from './setup';

export const militaryToPolice = handoverSetup.createStateConfig({
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
                      !context.arrived
                        ? say(
                            'handover.toa-before-arrival',
                            {
                              to: context.to,
                              area: context.area,
                              arrives: context.arrivesAt ?? 0,
                              gap: true,
                            },
                            // A gap the withdrawal opened stays open; otherwise one opens now.
                            ...(context.gapOpen ? [] : (['handover.gap-opened'] as const)),
                          )
                        : context.gapOpen
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
});
