import type { Rng } from "../../src/random/rng.js";

// k from 0 to well past n (full turns, k sharing factors with n), small repeating values.
export function generate(n: number, rng: Rng): [number[], number] {
  const length = rng.int(1, Math.max(1, n));
  const nums = Array.from({ length }, () => rng.int(-9, 9));
  const k = rng.pick([0, 1, length, rng.int(0, length), rng.int(0, 3 * length + 2), length * rng.int(1, 3) + rng.int(0, 1)]);
  return [nums, k];
}

// k = n/3: one step at a time is O(n^2); cycle-following meets gcd(n, k) cycles.
export function probeInput(n: number, rng: Rng): [number[], number] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = rng.int(-1_000_000_000, 1_000_000_000);
  return [nums, Math.floor(n / 3)];
}
