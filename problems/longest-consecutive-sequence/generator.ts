import type { Rng } from "../../src/random/rng.js";

// Small value ranges: runs, duplicates, negatives and gaps of one are all common.
export function generate(n: number, rng: Rng): [number[]] {
  const spread = rng.pick([2, 5, n, 3 * n, 1_000_000_000]);
  const length = rng.int(0, n);
  return [Array.from({ length }, () => rng.int(-spread, spread))];
}

// One run of n consecutive values (from a random start), shuffled: walking up from every value
// instead of from run starts only is O(n^2) here.
export function probeInput(n: number, rng: Rng): [number[]] {
  const start = rng.int(-1_000_000, 1_000_000);
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = start + i;
  return [rng.shuffle(nums)];
}
