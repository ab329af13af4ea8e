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

// n values, half of them equal to 0 and the rest drawn uniformly from [-10^4, 10^4], shuffled,
// with k = ceil(n/2): the answer sits inside the block of equal values. That is the input that
// makes a two-way (Lomuto or Hoare-style "less than the pivot") quickselect quadratic, as on
// LeetCode; a three-way partition, a heap or a sort do not care.
export function probeInput(n: number, rng: Rng): [number[], number] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = i % 2 === 0 ? 0 : rng.int(-10000, 10000);
  return [rng.shuffle(nums), Math.max(1, Math.ceil(n / 2))];
}
