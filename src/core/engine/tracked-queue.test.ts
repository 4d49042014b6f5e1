// The agenda kept as differences must give back, after any walk back and forth along its chain,
// exactly the items it held at the checkpoint walked to — and pop them in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemsAfter, itemsBefore, TrackedQueue, type QueueDelta } from './tracked-queue';

interface Item {
  readonly time: number;
  readonly seq: number;
}

/**
 * Between checkpoints: pushes (a delay from now) and pops, as the engine makes them — or, with a
 * negative least delay, pushes into the past too, which the engine never makes.
 */
const segmentsFrom = (least: number) =>
  fc.array(
    fc.array(fc.oneof(fc.integer({ min: least, max: 30 }), fc.constant('pop' as const)), {
      maxLength: 12,
    }),
    { minLength: 1, maxLength: 8 },
  );
const segments = segmentsFrom(0);

const sorted = (items: readonly Item[]) =>
  [...items].sort((a, b) => a.time - b.time || a.seq - b.seq);

/** Plays the segments on a tracked queue: the items and next seq at each checkpoint, and the deltas. */
function play(ops: readonly (number | 'pop')[][], start: number) {
  let seq = 0;
  let now = 0;
  const q = new TrackedQueue<Item>();
  for (let i = 0; i < start; i++) q.push({ time: i % 7, seq: seq++ });
  q.track(seq);
  const at: Item[][] = [sorted(q.heapOrder())];
  const from: number[] = [seq];
  const deltas: QueueDelta<Item>[] = [];
  for (const segment of ops) {
    for (const op of segment) {
      if (op === 'pop') now = q.pop()?.time ?? now;
      else q.push({ time: now + op, seq: seq++ });
    }
    deltas.push(q.take(seq));
    at.push(sorted(q.heapOrder()));
    from.push(seq);
  }
  return { q, at, from, deltas, next: () => seq++, now: () => now };
}

describe('TrackedQueue', () => {
  it.each([
    ['in time order', segments],
    ['with items pushed into the past', segmentsFrom(-5)],
  ])('walks back and forth along its deltas to the items of each checkpoint, %s', (_, segments) => {
    fc.assert(
      fc.property(
        segments,
        fc.nat(10),
        fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
        (ops, start, walk) => {
          const { q, at, from, deltas, next, now } = play(ops, start);
          // Changes after the last checkpoint are left out of it.
          q.push({ time: now() + 1, seq: next() });
          q.pop();
          expect(sorted(q.atLastCheckpoint())).toEqual(at.at(-1));
          let here = deltas.length;
          let items = q.atLastCheckpoint();
          for (const n of walk) {
            const to = n % at.length;
            if (to < here) items = itemsBefore(items, deltas.slice(to, here), from[to]!);
            else items = itemsAfter(items, deltas.slice(here, to));
            here = to;
            expect(sorted(items)).toEqual(at[to]);
            // A queue of those items pops them in order.
            const copy = TrackedQueue.of(items);
            expect(Array.from(at[to]!, () => copy.pop())).toEqual(at[to]);
          }
        },
      ),
    );
  });

  it('reopens a delta: the next one holds both, from the earlier checkpoint', () => {
    fc.assert(
      fc.property(segments, fc.nat(10), (ops, start) => {
        const { q, at, from, deltas } = play(ops, start);
        if (deltas.length < 2) return;
        // The last checkpoint dropped: its changes are pending again, from the one before.
        q.reopen(deltas.at(-1)!);
        const merged = q.take(from.at(-1)!);
        expect(sorted(itemsBefore(q.heapOrder(), [merged], merged.from))).toEqual(at.at(-2));
        expect(sorted(itemsAfter(at.at(-2)!, [merged]))).toEqual(at.at(-1));
      }),
    );
  });

  it('notes nothing until tracked', () => {
    const q = new TrackedQueue<Item>();
    q.push({ time: 1, seq: 0 });
    q.pop();
    expect(() => q.take(1)).toThrow(/not tracked/);
  });
});
