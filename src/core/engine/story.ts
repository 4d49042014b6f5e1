// Which log entries tell the story a trainer reads, and which are the mesh's bookkeeping
// (a desk taking up a task, a message handed on, an actor learning a fact). The CLI timeline
// and the app's event log use the same rule; the full log keeps everything.
import type { LogEntry } from './types';

const BOOKKEEPING = new Set([
  'task',
  'task.done',
  'message.sent',
  'message.delivered',
  'information.reached',
  // a decision's rules, one by one: `run --explain` and the inspector show them
  'decision.why',
]);

/** Bookkeeping marks that do not make an entry part of the story on their own. */
const QUIET_MARKS = new Set([
  'message.sent',
  'message.delivered',
  'information.reached',
  'decision.why',
]);

export function isStoryEntry(entry: LogEntry): boolean {
  if (!BOOKKEEPING.has(entry.event)) return true;
  return (entry.marks ?? []).some((m) => !QUIET_MARKS.has(m));
}
