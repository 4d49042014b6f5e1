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
  return wrap(xoroshiro128plus(seed | 0));
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
