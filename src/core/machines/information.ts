// Information passed on by one actor to others (a report, a warning, a brief): it travels the
// mesh like any message, and each recipient learns it once it has handled it.
import { assign, setup } from 'xstate';
import { phrase } from '../engine/entry-kinds';
import { effects, optional, say } from './effects';

export interface InformationInput {
  readonly id: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly summary: string;
}

export const informationMachine = setup({
  types: {
    context: {} as InformationInput & { received: number },
    events: {} as { type: 'received'; by?: string } | { type: 'undeliverable'; to: string },
    input: {} as InformationInput,
  },
  actions: { ...effects, count: assign({ received: ({ context }) => context.received + 1 }) },
  guards: {
    'everyone has it': ({ context }) => context.received + 1 >= context.to.length,
  },
}).createMachine({
  id: 'information',
  context: ({ input }) => ({ ...input, received: 0 }),
  initial: 'passing',
  states: {
    passing: {
      entry: [
        {
          type: 'explain',
          params: ({ context }) =>
            say(
              'information.sent',
              { from: context.from, summary: context.summary, to: context.to },
              'information.sent',
            ),
        },
        { type: 'learn', params: ({ context }) => ({ who: [context.from], info: [context.id] }) },
        {
          type: 'send',
          params: ({ context }) => ({
            to: context.to,
            event: { type: 'received' },
            info: [context.id],
            about: phrase('about.text', { text: context.summary }),
          }),
        },
      ],
      on: {
        received: [
          {
            guard: 'everyone has it',
            target: 'delivered',
            actions: {
              type: 'explain',
              params: ({ event }) =>
                say('information.received', {
                  ...optional('by', event.type === 'received' ? event.by : undefined),
                  all: true,
                }),
            },
          },
          {
            actions: [
              'count',
              {
                type: 'explain',
                params: ({ event }) =>
                  say('information.received', {
                    ...optional('by', event.type === 'received' ? event.by : undefined),
                    all: false,
                  }),
              },
            ],
          },
        ],
      },
    },
    delivered: { type: 'final' },
  },
});
