import type { Rng } from "../../src/random/rng.js";

// Small values with a chosen bias: mostly negative (the all-negative trap), balanced, or mostly positive.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(1, Math.max(1, n));
  const [lo, hi] = rng.pick([
    [-9, -1],
    [-9, 2],
    [-5, 5],
    [-2, 9],
    [-10_000, 10_000],
  ]);
  return [Array.from({ length }, () => rng.int(lo, hi))];
}

// Random values in LeetCode's range.
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = rng.int(-10_000, 10_000);
  return [nums];
}
