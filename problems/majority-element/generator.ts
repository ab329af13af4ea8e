import type { Rng } from "../../src/random/rng.js";

// A majority just over half (or far over), the rest small or huge values, shuffled or in runs.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(1, Math.max(1, n));
  const wide = rng.bool(0.3);
  const value = () => (wide ? rng.int(-1_000_000_000, 1_000_000_000) : rng.int(-3, 3));
  const major = value();
  const majorCount = rng.bool(0.6) ? (length >> 1) + 1 : rng.int((length >> 1) + 1, length);
  const nums: number[] = new Array(majorCount).fill(major);
  while (nums.length < length) {
    const v = value();
    if (v !== major) nums.push(v);
  }
  return [rng.bool(0.7) ? rng.shuffle(nums) : nums.reverse()];
}

// ⌈n/2⌉ - 1 distinct values, then ⌊n/2⌋ + 1 copies of the majority.
export function probeInput(n: number): [number[]] {
  const others = Math.ceil(n / 2) - 1;
  const nums = new Array<number>(n);
  for (let i = 0; i < others; i++) nums[i] = i + 1;
  for (let i = others; i < n; i++) nums[i] = -7;
  return [nums];
}
