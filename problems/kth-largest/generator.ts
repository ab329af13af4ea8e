import type { Rng } from "../../src/random/rng.js";

// Narrow ranges make repeated values common; sometimes sorted input; k anywhere in 1..n.
export function generate(n: number, rng: Rng): [number[], number] {
  const spread = rng.pick([1, 3, n, 10000]);
  const nums = Array.from({ length: n }, () => rng.int(-spread, spread));
  const order = rng.int(0, 4);
  if (order === 0) nums.sort((a, b) => a - b);
  if (order === 1) nums.sort((a, b) => b - a);
  return [nums, rng.int(1, n)];
}

// n values drawn uniformly from [-10^4, 10^4], k = ceil(n/2).
export function probeInput(n: number, rng: Rng): [number[], number] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = rng.int(-10000, 10000);
  return [nums, Math.max(1, Math.ceil(n / 2))];
}
