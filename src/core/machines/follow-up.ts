// Asking with follow-ups, the same in every process machine (escort requests, POC reports and
// taskings, handovers): no answer within `followUp`, ask again (the state is re-entered, so
// the message goes out again) while the machine's 'follow-ups left' guard allows it, saying
// so in the log; then give up the way the process does (stalled, unanswered, next in line).
import type { ExplainParams } from './effects';

/**
 * The transitions of an `after: { followUp: … }` block: ask `again` with a logged note, or
 * `giveUp` once the follow-ups are spent. The machine names 'follow-ups left' and
 * 'countAttempt' in its setup.
 */
export function followUps<TContext, TGiveUp>(
  again: string,
  note: (context: TContext) => ExplainParams,
  giveUp: TGiveUp,
) {
  return [
    {
      guard: 'follow-ups left' as const,
      target: again,
      reenter: true,
      actions: [
        'countAttempt' as const,
        {
          type: 'explain' as const,
          params: ({ context }: { context: TContext }) => note(context),
        },
      ],
    },
    giveUp,
  ];
}
