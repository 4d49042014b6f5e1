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
 * The engine's agenda, ordered by (time, seq): a binary heap whose keys live in typed arrays.
 * Entry i of the heap is (`times[i]`, `seqs[i]`, `slots[i]`), and `items[slots[i]]` is its item;
 * a sift compares and moves numbers only, never reading an item. A big mission's agenda holds
 * thousands of items of eight shapes, each a separate object: a heap of the objects themselves
 * read two fields through a megamorphic look-up on two objects far apart in memory at every
 * level of every push and pop, so its cost grew with the mission far more than its depth did
 * (docs/BENCHMARKS.md, "Cost per event"). Here a sift reads columns a few kilobytes long, and
 * the item is read once when pushed and once when popped. A slot freed by a pop is reused, so
 * `items` stays as long as the agenda's largest size.
 */
export class EventQueue<T extends Timed> {
  private times = new Float64Array(64);
  private seqs = new Float64Array(64);
  private slots = new Int32Array(64);
  /** Items by slot; undefined where the slot is free. */
  private items: (T | undefined)[] = [];
  /** Free slots, a stack. */
  private free: number[] = [];
  private n = 0;

  constructor(items: readonly T[] = []) {
    for (const item of items) this.push(item);
  }

  get size(): number {
    return this.n;
  }

  push(item: T): void {
    const at = this.n;
    if (at === this.times.length) this.grow();
    const slot = this.free.length > 0 ? this.free.pop()! : this.items.length;
    if (slot === this.items.length) this.items.push(item);
    else this.items[slot] = item;
    const time = item.time;
    const seq = item.seq;
    const { times, seqs, slots } = this;
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (!(time < pt || (time === pt && seq < seqs[parent]!))) break;
      times[i] = pt;
      seqs[i] = seqs[parent]!;
      slots[i] = slots[parent]!;
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
    this.n = at + 1;
  }

  peek(): T | undefined {
    return this.n === 0 ? undefined : this.items[this.slots[0]!];
  }

  pop(): T | undefined {
    if (this.n === 0) return undefined;
    const { times, seqs, slots, items } = this;
    const topSlot = slots[0]!;
    const top = items[topSlot];
    items[topSlot] = undefined;
    this.free.push(topSlot);
    const n = --this.n;
    if (n > 0) {
      // The last entry sifts down from the root.
      const time = times[n]!;
      const seq = seqs[n]!;
      const slot = slots[n]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let child = l;
        let ct = times[l]!;
        let cs = seqs[l]!;
        if (r < n) {
          const rt = times[r]!;
          const rs = seqs[r]!;
          if (rt < ct || (rt === ct && rs < cs)) {
            child = r;
            ct = rt;
            cs = rs;
          }
        }
        if (!(ct < time || (ct === time && cs < seq))) break;
        times[i] = ct;
        seqs[i] = cs;
        slots[i] = slots[child]!;
        i = child;
      }
      times[i] = time;
      seqs[i] = seq;
      slots[i] = slot;
    }
    return top;
  }

  /** Items in order, as plain data for a snapshot. */
  toArray(): T[] {
    return inOrder(this.heapOrder(), byTimeThenSeq);
  }

  /**
   * The items in the heap's own order: a copy that `fromHeapOrder` restores without sorting
   * or pushing anything again (a checkpoint's agenda). Under a strict total order the items
   * come out in the same order whatever the heap's layout.
   */
  heapOrder(): T[] {
    const out: T[] = new Array<T>(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.items[this.slots[i]!]!;
    return out;
  }

  /** A queue holding items given in a heap's order (from `heapOrder()`), taken as they are. */
  static fromHeapOrder<T extends Timed>(items: readonly T[]): EventQueue<T> {
    const queue = new EventQueue<T>();
    queue.load(items);
    return queue;
  }

  /** Items in (time, seq) order, as `toArray()` gives them, from any list of them. */
  static sorted<T extends Timed>(items: readonly T[]): T[] {
    return inOrder(items, byTimeThenSeq);
  }

  /**
   * Replaces the contents with `items`, which must be in a heap's order already (a sorted list
   * is one): each takes the heap position of its index.
   */
  protected load(items: readonly T[]): void {
    let size = 64;
    while (size < items.length) size *= 2;
    this.times = new Float64Array(size);
    this.seqs = new Float64Array(size);
    this.slots = new Int32Array(size);
    this.items = items.slice();
    this.free = [];
    this.n = items.length;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      this.times[i] = item.time;
      this.seqs[i] = item.seq;
      this.slots[i] = i;
    }
  }

  /** Twice the room for heap entries. */
  private grow(): void {
    const size = 2 * this.times.length;
    const times = new Float64Array(size);
    const seqs = new Float64Array(size);
    const slots = new Int32Array(size);
    times.set(this.times);
    seqs.set(this.seqs);
    slots.set(this.slots);
    this.times = times;
    this.seqs = seqs;
    this.slots = slots;
  }
}
