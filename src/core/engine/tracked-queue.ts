// The engine's agenda, whose checkpoints are differences rather than copies. A checkpoint of
// the agenda is the set of items on it; between two checkpoints most of it stays the same, so a
// checkpoint keeps only the items that came onto it since the one before and are still there
// (`added`) and the items of the one before that have gone since (`removed`). Items are never
// changed once pushed, so a difference shares them with the run.
//
// Sequence numbers and time make the bookkeeping cheap. Every item pushed after a checkpoint
// has a seq at or above the engine's next seq at that checkpoint (`from`), every item on it then
// one below; so a pop notes its item when it was there at the last checkpoint. And the engine
// never schedules anything in the past, so items come off the agenda in ascending (time, seq):
// of the items pushed since the last checkpoint, those still on the agenda are exactly those
// after the last one popped. A push notes its item with its time and seq as numbers, and a
// checkpoint compares numbers: reading `time` or `seq` off the agenda's items, of eight shapes,
// is a look-up V8 cannot specialise, and scanning the whole agenda at every checkpoint cost more
// than the copy it replaces. Should an item ever be pushed before the last one popped, the queue
// stops relying on the order and finds its additions by scanning.
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
   * Items pushed since the last checkpoint (the first `count`), with their times and seqs (two
   * numbers each in `stamps`). Kept from one checkpoint to the next and written over, so that a
   * run's pushes do not grow new lists after every checkpoint; the numbers in a typed array,
   * which the collector need not look into.
   */
  private pushed: (T | undefined)[] = [];
  private stamps = new Float64Array(256);
  private count = 0;
  /** The next seq at the last checkpoint. */
  private from = 0;
  /** The (time, seq) of the last item popped. */
  private clockTime = Number.NEGATIVE_INFINITY;
  private clockSeq = Number.NEGATIVE_INFINITY;
  /** An item was pushed before the last one popped: additions are found by scanning. */
  private unordered = false;

  /** A queue holding `items` (any order), taken as they are. */
  static of<T extends Timed>(items: readonly T[]): TrackedQueue<T> {
    const queue = new TrackedQueue<T>();
    // Sorted under the heap's own order, the array is a heap already.
    queue.load(EventQueue.sorted(items));
    return queue;
  }

  /** Starts noting changes from a checkpoint whose next seq is `from` (forgets any noted). */
  track(from: number): void {
    this.from = from;
    this.popped = [];
    // Let go of the items noted since the last checkpoint (the run may have dropped them).
    this.pushed.fill(undefined, 0, this.count);
    this.count = 0;
  }

  override push(item: T): void {
    super.push(item);
    if (this.popped !== undefined) {
      this.note(item);
      if (item.time < this.clockTime) this.unordered = true;
    }
  }

  /** Notes an item pushed since the last checkpoint, with its time and seq. */
  private note(item: T): void {
    const at = this.count++;
    this.pushed[at] = item;
    let stamps = this.stamps;
    if (2 * at + 2 > stamps.length) {
      stamps = new Float64Array(2 * stamps.length);
      stamps.set(this.stamps);
      this.stamps = stamps;
    }
    stamps[2 * at] = item.time;
    stamps[2 * at + 1] = item.seq;
  }

  override pop(): T | undefined {
    const top = super.pop();
    if (top !== undefined && this.popped !== undefined) {
      const seq = top.seq;
      if (seq < this.from) this.popped.push(top);
      this.clockTime = top.time;
      this.clockSeq = seq;
    }
    return top;
  }

  /** The changes since the last checkpoint; the next ones are counted from `next` on. */
  take(next: number): QueueDelta<T> {
    const popped = this.popped;
    if (popped === undefined) throw new Error('take() on a queue that is not tracked');
    const { from, pushed, stamps, count, clockTime, clockSeq } = this;
    const added: T[] = [];
    if (this.unordered) {
      for (const item of this.heapOrder()) if (item.seq >= from) added.push(item);
    } else {
      for (let i = 0; i < count; i++) {
        const time = stamps[2 * i]!;
        if (time > clockTime || (time === clockTime && stamps[2 * i + 1]! > clockSeq))
          added.push(pushed[i]!);
      }
    }
    this.track(next);
    return { from, added, removed: popped };
  }

  /** The items at the last checkpoint: those since dropped, those popped since put back. */
  atLastCheckpoint(): T[] {
    const from = this.from;
    const items: T[] = [];
    for (const item of this.heapOrder()) if (item.seq < from) items.push(item);
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
    // What the dropped checkpoint counted as added is pending again, as pushed since (an item of
    // it popped since is behind the last one popped, like any other).
    const since = this.pushed.slice(0, this.count);
    this.pushed.fill(undefined, 0, this.count);
    this.count = 0;
    for (const item of [...delta.added, ...since]) this.note(item!);
    this.popped = [...delta.removed, ...popped.filter((item) => item.seq < delta.from)];
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
