import { describe, expect, it } from 'vitest';
import { lostOpacity, trackLost, travelSide, type LostMark } from './messages.ts';
import type { GraphMessage } from './types.ts';

const msg = (id: string, lost?: boolean): GraphMessage => ({
  id,
  from: 'a',
  to: 'b',
  progress: 0.4,
  about: 'test',
  ...(lost === undefined ? {} : { lost }),
});

describe('lost-message markers', () => {
  it('marks each lost message in the view, and changes nothing while it stays', () => {
    const first = trackLost(new Map(), [msg('m1'), msg('m2', true)], 1000, 3000);
    expect([...first.keys()]).toEqual(['m2']);
    expect(first.get('m2')).toEqual({ id: 'm2', from: 'a', to: 'b', progress: 0.4 });
    expect(trackLost(first, [msg('m2', true)], 50_000, 3000)).toBe(first);
    // Between view updates (no messages given) an unfading marker stays as it is.
    expect(trackLost(first, undefined, 50_000, 3000)).toBe(first);
  });

  it('keeps a marker for a while after the message leaves the view, then drops it', () => {
    const marks = trackLost(new Map(), [msg('m2', true)], 1000, 3000);
    const left = trackLost(marks, [], 2000, 3000);
    expect(left.get('m2')?.gone).toBe(2000);
    expect(trackLost(left, undefined, 4999, 3000).size).toBe(1);
    expect(trackLost(left, undefined, 5000, 3000).size).toBe(0);
  });

  it('is opaque while reported, then fades over the second half of its afterlife', () => {
    const mark: LostMark = { id: 'm', from: 'a', to: 'b', progress: 0.5 };
    expect(lostOpacity(mark, 99_999, 3000)).toBe(1);
    const gone = { ...mark, gone: 0 };
    expect(lostOpacity(gone, 1000, 3000)).toBe(1);
    expect(lostOpacity(gone, 2250, 3000)).toBeCloseTo(0.5);
    expect(lostOpacity(gone, 3000, 3000)).toBe(0);
  });
});

describe('travelSide', () => {
  it('puts the two directions of an edge on opposite sides', () => {
    expect(travelSide('a', 'b')).toBe(-travelSide('b', 'a'));
  });
});
