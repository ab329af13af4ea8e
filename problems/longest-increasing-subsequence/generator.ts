import type { Rng } from "../../src/random/rng.js";

// Value ranges from tiny (many repeats: the strictness bugs) to wide; some inputs are
// sorted ascending (plateaus when values repeat) or descending, so that the extreme
// answers 1 and n show up.
export function generate(n: number, rng: Rng): [number[]] {
  const len = rng.int(0, n);
  const spread = rng.pick([1, 3, len + 2, 1000, 2147483647]);
  const nums = Array.from({ length: len }, () => rng.int(-spread, Math.min(spread, 2147483647)));
  const shape = rng.int(0, 5);
  if (shape === 0) nums.sort((a, b) => a - b);
  else if (shape === 1) nums.sort((a, b) => b - a);
  return [nums];
}

// A noisy upward trend: value 2i + (0..9) at index i. The answer is about 0.6·n (on uniform
// random values it would be only about 2·sqrt(n)), so the tails list really grows to O(n), and
// about 40% of the values fall below the last tail, so the binary search runs over it: the
// worst case of patience sorting, O(n log n) time and O(n) space.
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = 2 * i + rng.int(0, 9) - n;
  return [nums];
}
