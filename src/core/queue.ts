// The engine's single agenda: a binary min-heap ordered by (time, seq). Ties in time break
// by insertion sequence, so the order never depends on heap internals. Items are plain data.

export interface Timed {
  readonly time: number;
  readonly seq: number;
}

const before = (a: Timed, b: Timed): boolean =>
  a.time < b.time || (a.time === b.time && a.seq < b.seq);

export class EventQueue<T extends Timed> {
  private heap: T[];

  constructor(items: readonly T[] = []) {
    this.heap = [];
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
      if (!before(item, p)) break;
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
      const child = r < n && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }

  /** Items in (time, seq) order, as plain data for a snapshot. */
  toArray(): T[] {
    return [...this.heap].sort((a, b) => (before(a, b) ? -1 : 1));
  }
}
