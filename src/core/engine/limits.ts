// How big one run may grow before it stops with a sentence instead of exhausting memory.
// Counts, not bytes, so the limit is hit at the same step on every machine (determinism).
// The bundled scenarios write a few hundred entries and the 1,000-actor benchmark mission
// about 56,000; an entry costs about 1.3 KB of memory, so 250,000 stay near 350 MB.
import { formatTime } from '../time';

/** Log entries one run may write. */
export const MAX_LOG_ENTRIES = 250_000;
/** Things waiting on the agenda at once (messages in flight, timers, sessions, injects). */
export const MAX_AGENDA = 500_000;

const count = (n: number) => n.toLocaleString('en');

/** A run stopped at a limit: the log holds what happened until then; the run cannot go on. */
export class RunLimitError extends Error {
  override readonly name = 'RunLimitError';
  constructor(
    readonly limit: 'log' | 'agenda',
    /** Exercise time (minutes) when the limit was reached. */
    readonly time: number,
    /** The limit in force (the run's own, when it set a lower one). */
    readonly size = limit === 'log' ? MAX_LOG_ENTRIES : MAX_AGENDA,
  ) {
    super(
      limit === 'log'
        ? `the run stopped at ${formatTime(time)}: its event log reached ` +
            `${count(size)} entries, the limit for one run; shorten "duration", ` +
            'make meetings less frequent ("every") or use fewer actors'
        : `the run stopped at ${formatTime(time)}: ${count(size)} things were waiting ` +
            'to happen at once (messages, timers, meeting sessions), the limit for one run; ' +
            'use fewer actors, links or meetings',
    );
  }
}
