import type { Rng } from "../../src/random/rng.js";

// Narrow value ranges so that zero sums, repeated values and repeated triples are common.
export function generate(n: number, rng: Rng): [number[]] {
  const spread = rng.pick([1, 2, 3, 5, 10, 100000]);
  const length = rng.int(0, n);
  const nums = Array.from({ length }, () => rng.int(-spread, spread));
  return [nums];
}

// n values in [-10^5, 10^5], all ≡ 1 (mod 4): any three sum to 3 (mod 4), never to zero. The
// search still does all its work, and the space probe measures it, not an answer that grows
// as n^2 (the output is not counted, but its growth leaves garbage behind).
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = 4 * rng.int(-25_000, 24_999) + 1;
  return [nums];
}
