// A tracked table must land, after any walk back and forth along its chain of differences, on
// exactly the entries — order included, since the saved state's JSON follows it — that it
// held at the checkpoint walked to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrackedMap, type MapDelta } from './tracked-map';

/** Random writes (a few keys, so most writes change a key already there), checkpoints between. */
const segments = fc.array(
  fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), fc.integer()), {
    maxLength: 6,
  }),
  { minLength: 1, maxLength: 8 },
);

describe('TrackedMap', () => {
  it('walks back and forth along its deltas to each checkpoint, in order', () => {
    fc.assert(
      fc.property(segments, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (writes, walk) => {
        const map = new TrackedMap<string, number>([['start', 0]]);
        map.track();
        const at: Array<Array<[string, number]>> = [[...map]];
        const deltas: MapDelta<string, number>[] = [];
        for (const segment of writes) {
          for (const [key, value] of segment) map.set(key, value);
          deltas.push(map.take());
          at.push([...map]);
        }
        // Some writes after the last checkpoint, forgotten by discard().
        map.set('pending', 1);
        map.set('a', -1);
        map.discard();
        expect([...map]).toEqual(at.at(-1));
        let here = deltas.length;
        for (const n of walk) {
          const to = n % at.length;
          while (here > to) map.undo(deltas[--here]!);
          while (here < to) map.redo(deltas[here++]!);
          expect([...map]).toEqual(at[to]);
        }
      }),
    );
  });

  it('reopens a delta: the next one holds both, from the earlier checkpoint', () => {
    fc.assert(
      fc.property(segments, segments, (first, second) => {
        const map = new TrackedMap<string, number>();
        map.track();
        const before = [...map];
        for (const [key, value] of first.flat()) map.set(key, value);
        const dropped = map.take();
        for (const [key, value] of second.flat()) map.set(key, value);
        map.reopen(dropped);
        const merged = map.take();
        const after = [...map];
        map.undo(merged);
        expect([...map]).toEqual(before);
        map.redo(merged);
        expect([...map]).toEqual(after);
      }),
    );
  });

  it('refuses to forget a key, which a walk back could not put back in its place', () => {
    const map = new TrackedMap<string, number>([['a', 1]]);
    expect(() => map.delete('a')).toThrow(/keeps every key/);
    expect(() => map.clear()).toThrow(/keeps every key/);
  });

  it('counts nothing until tracked', () => {
    const map = new TrackedMap<string, number>();
    map.set('a', 1);
    expect(() => map.take()).toThrow(/not tracked/);
    map.track();
    expect(map.take().keys).toEqual([]);
  });
});
