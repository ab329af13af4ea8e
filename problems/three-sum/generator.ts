import type { Rng } from "../../src/random/rng.js";

// Narrow value ranges so that zero sums, repeated values and repeated triples are common.
export function generate(n: number, rng: Rng): [number[]] {
  const spread = rng.pick([1, 2, 3, 5, 10, 100000]);
  const length = rng.int(0, n);
  const nums = Array.from({ length }, () => rng.int(-spread, spread));
  return [nums];
}

// n values drawn uniformly from [-10^5, 10^5].
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = rng.int(-100000, 100000);
  return [nums];
}
