// A humanitarian movement notification: information only. It needs no approval — the
// movement goes ahead whatever the answer (notification is not permission).
import { setup } from 'xstate';
import { phrase } from '../engine/entry-kinds';
import { effects, optional, say } from './effects';

export interface NotificationInput {
  readonly id: string;
  readonly by: string;
  readonly convoy: string;
  readonly area: string;
  /**
   * Who is told: everyone who must deconflict the movement — the facilitator if any, the force
   * in the area and the area's lead (machines/world.ts).
   */
  readonly recipients: readonly string[];
}

export const notificationMachine = setup({
  types: {
    context: {} as NotificationInput & { acknowledged: number },
    events: {} as { type: 'acknowledged' } | { type: 'undeliverable'; to: string },
    input: {} as NotificationInput,
  },
  actions: { ...effects },
}).createMachine({
  id: 'notification',
  context: ({ input }) => ({ ...input, acknowledged: 0 }),
  initial: 'notified',
  states: {
    notified: {
      entry: [
        {
          type: 'explain',
          params: ({ context }) =>
            say(
              'notification.sent',
              { by: context.by, convoy: context.convoy, area: context.area },
              'notification.sent',
            ),
        },
        {
          type: 'send',
          params: ({ context }) => ({
            to: context.recipients,
            event: { type: 'acknowledged' },
            info: [context.id],
            about: phrase('about.notification', { id: context.id }),
          }),
        },
      ],
      on: {
        acknowledged: {
          actions: {
            type: 'explain',
            params: ({ event }) =>
              say(
                'notification.received',
                optional('by', (event as { by?: string }).by),
                'notification.received',
              ),
          },
        },
      },
    },
  },
});
