import { describe, expect, it } from 'vitest';
import { createRng, restoreRng } from './rng';

describe('Rng', () => {
  it('repeats a sequence from the same seed and from a saved state', () => {
    const a = createRng(42);
    const b = createRng(42);
    const first = [a.next(), a.int(1, 6), a.chance(0.5)];
    expect([b.next(), b.int(1, 6), b.chance(0.5)]).toEqual(first);
    const saved = a.state();
    const after = [a.next(), a.next()];
    const c = restoreRng(saved);
    expect([c.next(), c.next()]).toEqual(after);
  });

  it('gives unrelated first draws for neighbouring seeds', () => {
    const firsts = Array.from({ length: 200 }, (_, i) => createRng(i + 1).next());
    const mean = firsts.reduce((a, b) => a + b, 0) / firsts.length;
    expect(mean).toBeGreaterThan(0.4);
    expect(mean).toBeLessThan(0.6);
    expect(firsts.filter((x) => x < 0.3).length).toBeGreaterThan(40);
  });

  it('gives independent split streams and keeps values in range', () => {
    const a = createRng(1);
    const s = a.split();
    expect(s.next()).not.toBe(createRng(1).next());
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = a.int(0, 3);
      expect(n >= 0 && n <= 3 && Number.isInteger(n)).toBe(true);
    }
    expect(a.chance(0)).toBe(false);
    expect(a.chance(1)).toBe(true);
  });
});
