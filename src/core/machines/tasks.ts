// Taking up a task from the mesh, the same for every component machine (military, UN police,
// humanitarian, civilian, host-state police): what the log says when a desk takes a task up,
// and when it is too swamped to answer at all.
import type { Phrase } from '../engine/entry-kinds';
import { say, type ExplainParams } from './effects';

interface TaskArgs {
  readonly context: { readonly workload: number; readonly capacityNow: number };
  readonly event: { readonly type: string; readonly about?: Phrase; readonly from?: string };
}

const aboutOf = (event: TaskArgs['event']): Phrase =>
  event.about ?? { kind: 'about.text', params: { text: event.type } };

/** Swamped: the task goes unanswered (the engine tells the sender nothing comes back). */
export const swampedNote = ({ context, event }: TaskArgs): ExplainParams =>
  say(
    'task.unanswered',
    { about: aboutOf(event), workload: context.workload, capacity: context.capacityNow },
    'task.unanswered',
  );

/** Taken up: the workload after taking it is what the workload-peak metric reads. */
export const takenNote = ({ context, event }: TaskArgs): ExplainParams =>
  say('task.taken', {
    about: aboutOf(event),
    from: event.from ?? '?',
    workload: context.workload,
    capacity: context.capacityNow,
  });
