import type { Rng } from "../../src/random/rng.js";

function distinctInts(count: number, spread: number, rng: Rng): number[] {
  const seen = new Set<number>();
  while (seen.size < count) seen.add(rng.int(-spread, spread));
  return [...seen];
}

// Distinct values, sometimes none or one, sometimes 0 and ±1 (value-as-index and "0 means empty" mistakes).
export function generate(n: number, rng: Rng): [number[]] {
  const count = rng.bool(0.15) ? rng.int(0, Math.min(n, 2)) : rng.int(Math.min(n, 3), n);
  const spread = Math.max(count, rng.pick([count, 10, 1000]));
  return [distinctInts(count, spread, rng)];
}

// n distinct integers in shuffled order.
export function probeInput(n: number, rng: Rng): [number[]] {
  return [rng.shuffle(Array.from({ length: n }, (_, i) => 2 * i - n))];
}
