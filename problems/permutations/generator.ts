import type { Rng } from "../../src/random/rng.js";

function distinctInts(count: number, spread: number, rng: Rng): number[] {
  const seen = new Set<number>();
  while (seen.size < count) seen.add(rng.int(-spread, spread));
  return [...seen];
}

// Distinct values, sometimes tiny (0, ±1 — value-as-index mistakes), sometimes large.
export function generate(n: number, rng: Rng): [number[]] {
  const count = rng.bool(0.1) ? rng.int(0, n) : n;
  const spread = Math.max(count, rng.pick([count, 10, 1000000]));
  return [distinctInts(count, spread, rng)];
}

// n distinct integers in shuffled order.
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums = Array.from({ length: n }, (_, i) => 3 * i - n);
  return [rng.shuffle(nums)];
}
