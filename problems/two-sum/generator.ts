import type { Rng } from "../../src/random/rng.js";

/** How many pairs of positions add up to target. */
function pairCount(nums: number[], target: number): number {
  let count = 0;
  for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) count++;
  return count;
}

// Narrow value ranges (repeats, zeros, negatives, a value equal to half the target), kept only
// when exactly one pair of positions adds up to the target, as LeetCode promises.
export function generate(n: number, rng: Rng): [number[], number] {
  const length = rng.int(2, Math.max(2, n));
  for (let attempt = 0; attempt < 50; attempt++) {
    const spread = rng.pick([3, 6, 20, 1_000_000_000]);
    const nums = Array.from({ length }, () => rng.int(-spread, spread));
    const i = rng.int(0, length - 2);
    const j = rng.int(i + 1, length - 1);
    const target = nums[i] + nums[j];
    if (Math.abs(target) <= 1_000_000_000 && pairCount(nums, target) === 1) return [nums, target];
  }
  return probeInput(length, rng);
}

// n values: all multiples of 4 but the last two, which are ≡ 1 (mod 4); the target is ≡ 2 (mod 4),
// so the last two positions are the only pair, found only after every other value.
export function probeInput(n: number, rng: Rng): [number[], number] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n - 2; i++) nums[i] = 4 * rng.int(-200_000_000, 200_000_000);
  const a = 4 * rng.int(-100_000_000, 100_000_000) + 1;
  const b = 4 * rng.int(-100_000_000, 100_000_000) + 1;
  nums[n - 2] = a;
  nums[n - 1] = b;
  return [nums, a + b];
}
