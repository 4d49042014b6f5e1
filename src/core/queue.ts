// Binary min-heaps. The engine's single agenda is one ordered by (time, seq): ties in time
// break by insertion sequence, so the order never depends on heap internals. The router's
// search frontier is another, with its own order. Items are plain data.

export interface Timed {
  readonly time: number;
  readonly seq: number;
}

/** Items sorted under a strict order: a heap's snapshot, or any list of its items. */
const inOrder = <T>(items: readonly T[], before: (a: T, b: T) => boolean): T[] =>
  [...items].sort((a, b) => (before(a, b) ? -1 : 1));

/** A binary min-heap under the given strict order ("a comes before b"). */
export class MinHeap<T> {
  protected heap: T[] = [];

  constructor(
    private readonly before: (a: T, b: T) => boolean,
    items: readonly T[] = [],
  ) {
    for (const item of items) this.push(item);
  }

  get size(): number {
    return this.heap.length;
  }

  push(item: T): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!this.before(item, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = item;
  }

  peek(): T | undefined {
    return this.heap[0];
  }

  pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && this.before(heap[r]!, heap[l]!) ? r : l;
      if (!this.before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }

  /** Items in order, as plain data for a snapshot. */
  toArray(): T[] {
    return inOrder(this.heap, this.before);
  }

  /**
   * The items in the heap's own order: a copy that `fromHeapOrder` restores without sorting
   * or pushing anything again (a checkpoint's agenda). Under a strict total order the items
   * come out in the same order whatever the heap's layout.
   */
  heapOrder(): T[] {
    return this.heap.slice();
  }
}

const byTimeThenSeq = (a: Timed, b: Timed): boolean =>
  a.time < b.time || (a.time === b.time && a.seq < b.seq);

/**
 * The engine's agenda, ordered by (time, seq). Its push and pop compare inline: the one
 * comparison the engine makes on every step, and a call through `before` (shared with the
 * router's heap, so never inlined) cost as much as the rest of the heap's work.
 */
export class EventQueue<T extends Timed> extends MinHeap<T> {
  constructor(items: readonly T[] = []) {
    super(byTimeThenSeq, items);
  }

  override push(item: T): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    const { time, seq } = item;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!(time < p.time || (time === p.time && seq < p.seq))) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = item;
  }

  override pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    const { time, seq } = last;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let child = l;
      let c = heap[l]!;
      if (r < n) {
        const right = heap[r]!;
        if (right.time < c.time || (right.time === c.time && right.seq < c.seq)) {
          child = r;
          c = right;
        }
      }
      if (!(c.time < time || (c.time === time && c.seq < seq))) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
    return top;
  }

  /** A queue holding items given in a heap's order (from `heapOrder()`), taken as they are. */
  static fromHeapOrder<T extends Timed>(items: readonly T[]): EventQueue<T> {
    const queue = new EventQueue<T>();
    queue.heap = items.slice();
    return queue;
  }

  /** Items in (time, seq) order, as `toArray()` gives them, from any list of them. */
  static sorted<T extends Timed>(items: readonly T[]): T[] {
    return inOrder(items, byTimeThenSeq);
  }
}
