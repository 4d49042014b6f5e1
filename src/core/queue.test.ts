import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue } from './queue';

describe('EventQueue', () => {
  it('pops by time, then by insertion sequence', () => {
    const q = new EventQueue<{ time: number; seq: number; name: string }>();
    q.push({ time: 5, seq: 0, name: 'a' });
    q.push({ time: 1, seq: 1, name: 'b' });
    q.push({ time: 5, seq: 2, name: 'c' });
    q.push({ time: 1, seq: 3, name: 'd' });
    expect([q.pop(), q.pop(), q.pop(), q.pop(), q.pop()].map((x) => x?.name)).toEqual([
      'b',
      'd',
      'a',
      'c',
      undefined,
    ]);
  });

  it('always agrees with a stable sort (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), (times) => {
        const items = times.map((time, seq) => ({ time, seq }));
        const q = new EventQueue(items);
        const popped = items.map(() => q.pop());
        expect(popped).toEqual([...items].sort((a, b) => a.time - b.time || a.seq - b.seq));
        expect(q.toArray()).toEqual([]);
      }),
    );
  });

  it('pushes and pops interleaved agree with a sorted list, past its first room (property)', () => {
    // Pops free slots that later pushes take again, and 300 items outgrow the first 64 entries.
    fc.assert(
      fc.property(
        // Three pushes to a pop, so a long sequence holds well over the first 64 entries.
        fc.array(
          fc.oneof(
            { arbitrary: fc.integer({ min: 0, max: 50 }), weight: 3 },
            { arbitrary: fc.constant('pop' as const), weight: 1 },
          ),
          { maxLength: 300 },
        ),
        (ops) => {
          const q = new EventQueue<{ time: number; seq: number }>();
          const model: { time: number; seq: number }[] = [];
          let seq = 0;
          for (const op of ops) {
            if (op === 'pop') {
              model.sort((a, b) => a.time - b.time || a.seq - b.seq);
              expect(q.pop()).toBe(model.shift());
            } else {
              const item = { time: op, seq: seq++ };
              q.push(item);
              model.push(item);
            }
            expect(q.size).toBe(model.length);
          }
          expect(q.toArray()).toEqual(model.sort((a, b) => a.time - b.time || a.seq - b.seq));
        },
      ),
    );
  });

  it('restored from its heap order, pops what the original would (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 })),
        fc.array(fc.integer({ min: 0, max: 20 })),
        fc.nat(40),
        (first, later, pops) => {
          const q = new EventQueue(first.map((time, seq) => ({ time, seq })));
          for (let i = 0; i < pops; i++) q.pop();
          const copy = EventQueue.fromHeapOrder(q.heapOrder());
          expect(copy.toArray()).toEqual(q.toArray());
          expect(EventQueue.sorted(q.heapOrder())).toEqual(q.toArray());
          // Both go on alike, and the copy shares no array with the original.
          later.forEach((time, i) => {
            q.push({ time, seq: first.length + i });
            copy.push({ time, seq: first.length + i });
          });
          const out = (x: EventQueue<{ time: number; seq: number }>) =>
            Array.from({ length: x.size }, () => x.pop());
          expect(out(copy)).toEqual(out(q));
        },
      ),
    );
  });
});
