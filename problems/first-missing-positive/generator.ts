import type { Rng } from "../../src/random/rng.js";

// Mostly values around 1..n (duplicates, a gap or none), plus zeros, negatives and values above n.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(1, Math.max(1, n));
  const nums = Array.from({ length }, (_, i) => i + 1);
  rng.shuffle(nums);
  const changes = rng.int(0, length);
  for (let c = 0; c < changes; c++) {
    nums[rng.int(0, length - 1)] = rng.pick([0, -1, rng.int(-5, length + 2), rng.int(1, length), 2_147_483_647, -2_147_483_648]);
  }
  return [nums];
}

// A shuffled permutation of 1..n: nothing is missing below n + 1.
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = i + 1;
  return [rng.shuffle(nums)];
}
