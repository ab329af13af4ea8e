import type { Rng } from "../../src/random/rng.js";

// Small value ranges with negatives and zeros, so that prefix sums repeat often; k is
// 0, the sum of a real subarray, or random (often unreachable).
export function generate(n: number, rng: Rng): [number[], number] {
  const len = rng.int(0, n);
  const spread = rng.pick([0, 1, 2, 5, 1000]);
  const positiveOnly = rng.bool(0.2);
  const nums = Array.from({ length: len }, () => (positiveOnly ? rng.int(1, Math.max(1, spread)) : rng.int(-spread, spread)));
  const mode = rng.int(0, 2);
  let k: number;
  if (mode === 0 || len === 0) k = rng.bool(0.5) ? 0 : rng.int(-3, 3);
  else if (mode === 1) {
    const i = rng.int(0, len - 1);
    const j = rng.int(i, len - 1);
    k = nums.slice(i, j + 1).reduce((a, b) => a + b, 0);
  } else k = rng.int(-2 * spread - 1, 2 * spread + 1);
  return [nums, k];
}

// n random values in [-1000, 1000] and a random k in the same range.
export function probeInput(n: number, rng: Rng): [number[], number] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = rng.int(-1000, 1000);
  return [nums, rng.int(-1000, 1000)];
}
