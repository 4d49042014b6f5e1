// The engine's agenda, whose checkpoints are differences rather than copies. A checkpoint of
// the agenda is the set of items on it; between two checkpoints most of it stays the same, so a
// checkpoint keeps only the items that came onto it since the one before and are still there
// (`added`) and the items of the one before that have gone since (`removed`). Items are never
// changed once pushed, so a difference shares them with the run.
//
// Sequence numbers make the bookkeeping cheap: every item pushed after a checkpoint has a seq at
// or above the engine's next seq at that checkpoint (`from`), every item on it then one below.
// So pushes need no note at all (a checkpoint finds its additions by their seq), and a pop notes
// its item only when it was already there at the last checkpoint.
//
// The agenda is a set ordered by (time, seq), a strict total order, so any heap holding the same
// items pops them in the same order: going back or forward a checkpoint rebuilds the set and
// sorts it (a sorted array is a heap).
import { EventQueue, type Timed } from '../queue';

/** What changed on the agenda between two checkpoints. */
export interface QueueDelta<T extends Timed> {
  /** The next seq at the earlier checkpoint: every item on it then has a lower one. */
  readonly from: number;
  /** Items pushed since the earlier checkpoint and still on the agenda at the later one. */
  readonly added: readonly T[];
  /** Items on the agenda at the earlier checkpoint and popped before the later one. */
  readonly removed: readonly T[];
}

export class TrackedQueue<T extends Timed> extends EventQueue<T> {
  /** Items popped since the last checkpoint that were on it; undefined: not tracking. */
  private popped: T[] | undefined;
  /** The next seq at the last checkpoint. */
  private from = 0;

  /** A queue holding `items` (any order), taken as they are. */
  static of<T extends Timed>(items: readonly T[]): TrackedQueue<T> {
    const queue = new TrackedQueue<T>();
    // Sorted under the heap's own order, the array is a heap already.
    queue.heap = EventQueue.sorted(items);
    return queue;
  }

  /** Starts noting changes from a checkpoint whose next seq is `from` (forgets any noted). */
  track(from: number): void {
    this.from = from;
    this.popped = [];
  }

  override pop(): T | undefined {
    const top = super.pop();
    if (top !== undefined && this.popped !== undefined && top.seq < this.from)
      this.popped.push(top);
    return top;
  }

  /** The changes since the last checkpoint; the next ones are counted from `next` on. */
  take(next: number): QueueDelta<T> {
    const popped = this.popped;
    if (popped === undefined) throw new Error('take() on a queue that is not tracked');
    const from = this.from;
    const added: T[] = [];
    for (const item of this.heap) if (item.seq >= from) added.push(item);
    this.from = next;
    this.popped = [];
    return { from, added, removed: popped };
  }

  /** The items at the last checkpoint: those since dropped, those popped since put back. */
  atLastCheckpoint(): T[] {
    const from = this.from;
    const items: T[] = [];
    for (const item of this.heap) if (item.seq < from) items.push(item);
    if (this.popped !== undefined) for (const item of this.popped) items.push(item);
    return items;
  }

  /**
   * Takes `delta`'s changes back as pending, before those made since (a checkpoint taken again
   * at the same step: the new one must hold both).
   */
  reopen(delta: QueueDelta<T>): void {
    if (this.popped === undefined) return;
    const since = this.popped.filter((item) => item.seq < delta.from);
    this.popped = [...delta.removed, ...since];
    this.from = delta.from;
  }
}

/**
 * The items at an earlier checkpoint, from `items` at a later one and the deltas in between
 * (any order): every item there was either still on the agenda later or popped in between, and
 * had a seq below `from`, the next seq at the earlier checkpoint.
 */
export function itemsBefore<T extends Timed>(
  items: readonly T[],
  deltas: readonly QueueDelta<T>[],
  from: number,
): T[] {
  const out: T[] = [];
  for (const item of items) if (item.seq < from) out.push(item);
  for (const delta of deltas) for (const item of delta.removed) if (item.seq < from) out.push(item);
  return out;
}

/**
 * The items at a later checkpoint, from `items` at an earlier one and the deltas in between (any
 * order): each item is added at most once and removed at most once after it was added, so
 * what was there or added, less what was removed.
 */
export function itemsAfter<T extends Timed>(
  items: readonly T[],
  deltas: readonly QueueDelta<T>[],
): T[] {
  const removed = new Set<T>();
  for (const delta of deltas) for (const item of delta.removed) removed.add(item);
  const out: T[] = [];
  for (const item of items) if (!removed.has(item)) out.push(item);
  for (const delta of deltas)
    for (const item of delta.added) if (!removed.has(item)) out.push(item);
  return out;
}
