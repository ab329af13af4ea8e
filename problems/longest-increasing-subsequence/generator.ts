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

// n uniform random integers in [-10^9, 10^9].
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = rng.int(-1e9, 1e9);
  return [nums];
}
