// Seeded randomness for generators: the same seed gives the same inputs on every machine.
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

export interface Rng {
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** A float in [lo, hi). */
  float(lo?: number, hi?: number): number;
  /** A normally distributed float (Box–Muller). */
  normal(mean?: number, sd?: number): number;
  bool(pTrue?: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Shuffles `items` in place and returns it. */
  shuffle<T>(items: T[]): T[];
}

export function createRng(seed: number): Rng {
  const source = xoroshiro128plus(seed | 0);
  const float = (lo = 0, hi = 1) => lo + (hi - lo) * uniformFloat64(source);
  const int = (lo: number, hi: number) => uniformInt(source, lo, hi);
  return {
    int,
    float,
    normal(mean = 0, sd = 1) {
      const u = 1 - float();
      const v = float();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    bool: (pTrue = 0.5) => float() < pTrue,
    pick: (items) => items[int(0, items.length - 1)],
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(0, i);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
}

/** Derives an independent seed for the i-th item of a run (so inputs do not depend on each other's draws). */
export function deriveSeed(seed: number, i: number): number {
  let h = (seed ^ 0x9e3779b9) + Math.imul(i + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}
