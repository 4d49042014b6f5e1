// The engine's agenda, whose checkpoints are differences rather than copies. A checkpoint of
// the agenda is the set of items on it; between two checkpoints most of it stays the same, so a
// checkpoint keeps only the items that came onto it since the one before and are still there
// (`added`) and the items of the one before that have gone since (`removed`). Items are never
// changed once pushed, so a difference shares them with the run.
//
// Sequence numbers make the bookkeeping cheap. Every item pushed after a checkpoint has a seq
// at or above the engine's next seq at that checkpoint (`from`), every item on it then one
// below; so a pop notes its item when it was there at the last checkpoint, and a push since
// takes the slot `seq − from` in a list of the items pushed since, which its pop empties again.
// What is left in that list at the next checkpoint is what was added and is still there — found
// without reading `time` or `seq` off the agenda's items (of eight shapes, a look-up V8 cannot
// specialise), and without holding on to an item after it is popped: the list keeps no item
// alive that the run has done with, so items pushed and popped between two checkpoints die
// young, as in a run without checkpoints. Should an item ever be pushed with a seq below `from`
// (the engine never does), the queue finds its additions by scanning.
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
  /**
   * Items pushed since the last checkpoint and not popped since, at `seq − from` (the first
   * `count` slots in use, the others undefined). Kept from one checkpoint to the next and
   * written over, so that a run's pushes do not grow new lists after every checkpoint.
   */
  private pushed: (T | undefined)[] = [];
  private count = 0;
  /** The next seq at the last checkpoint. */
  private from = 0;
  /** An item was pushed with a seq below `from`: additions are found by scanning. */
  private unordered = false;

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
    this.unordered = false;
    // Let go of the items noted since the last checkpoint (the run may have dropped them).
    this.pushed.fill(undefined, 0, this.count);
    this.count = 0;
  }

  override push(item: T): void {
    super.push(item);
    if (this.popped !== undefined) this.note(item);
  }

  /** Notes an item pushed since the last checkpoint in its slot. */
  private note(item: T): void {
    const at = item.seq - this.from;
    if (at < 0) {
      this.unordered = true;
      return;
    }
    const pushed = this.pushed;
    // Slots of seqs never pushed stay undefined: the list is filled up to `at` first.
    while (pushed.length < at) pushed.push(undefined);
    pushed[at] = item;
    if (at >= this.count) this.count = at + 1;
  }

  override pop(): T | undefined {
    const top = super.pop();
    if (top !== undefined && this.popped !== undefined) {
      const at = top.seq - this.from;
      if (at < 0) this.popped.push(top);
      else if (at < this.count) this.pushed[at] = undefined;
    }
    return top;
  }

  /** The changes since the last checkpoint; the next ones are counted from `next` on. */
  take(next: number): QueueDelta<T> {
    const popped = this.popped;
    if (popped === undefined) throw new Error('take() on a queue that is not tracked');
    const { from, pushed, count } = this;
    const added: T[] = [];
    if (this.unordered) {
      for (const item of this.heap) if (item.seq >= from) added.push(item);
    } else {
      for (let i = 0; i < count; i++) {
        const item = pushed[i];
        if (item !== undefined) added.push(item);
      }
    }
    this.track(next);
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
    const popped = this.popped;
    if (popped === undefined) return;
    // What the dropped checkpoint counted as added is pending again, as pushed since, but for
    // the items of it popped since (noted as popped, their seq being below the dropped one's
    // `from`): pushed after the earlier checkpoint and gone, they are neither added nor removed.
    // The items pushed since and still there are pending too.
    const since = this.pushed.slice(0, this.count);
    const gone = new Set(popped.filter((item) => item.seq >= delta.from));
    this.track(delta.from);
    this.popped = [...delta.removed, ...popped.filter((item) => item.seq < delta.from)];
    for (const item of delta.added) if (!gone.has(item)) this.note(item);
    for (const item of since) if (item !== undefined) this.note(item);
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
