// The one source of randomness in a run: a seeded xoroshiro128+ whose state is plain data,
// so a saved simulation resumes the exact same sequence.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [from, to]. */
  int(from: number, to: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** The generator's state, to store in a snapshot. */
  state(): number[];
  /** An independent stream (jump-ahead), leaving this one where it was. */
  split(): Rng;
}

export function createRng(seed: number): Rng {
  // Nearby small seeds (1, 2, 3…) start xoroshiro128+ in nearly identical states and its first
  // outputs are then almost equal: scramble the seed and let the state warm up first.
  const gen = xoroshiro128plus(scramble(seed));
  for (let i = 0; i < 16; i++) gen.next();
  return wrap(gen);
}

/** murmur3's 32-bit finaliser: spreads every bit of the seed over the whole word. */
function scramble(seed: number): number {
  let h = seed | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

export function restoreRng(state: readonly number[]): Rng {
  return wrap(xoroshiro128plusFromState(state));
}

function wrap(gen: ReturnType<typeof xoroshiro128plus>): Rng {
  return {
    next: () => uniformFloat64(gen),
    int: (from, to) => uniformInt(gen, from, to),
    chance: (p) => (p >= 1 ? true : p <= 0 ? false : uniformFloat64(gen) < p),
    state: () => [...gen.getState()],
    split: () => {
      const other = gen.clone();
      other.jump();
      return wrap(other);
    },
  };
}
