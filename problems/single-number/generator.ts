import type { Rng } from "../../src/random/rng.js";

// Up to n/2 pairs of small values (negatives and 0 included) and one single value, shuffled.
export function generate(n: number, rng: Rng): [number[]] {
  const pairs = rng.int(0, Math.max(0, (n - 1) >> 1));
  const wide = rng.bool(0.3);
  const pool = rng.shuffle(Array.from({ length: 2 * pairs + 3 }, (_, i) => i - pairs - 1));
  const values = wide ? pool.map((v) => v * 997) : pool;
  const nums: number[] = [values[0]];
  for (let i = 1; i <= pairs; i++) nums.push(values[i], values[i]);
  return [rng.shuffle(nums)];
}

// The largest odd length ≤ n: distinct values from -30000 up, each twice and shuffled, then the single one last.
export function probeInput(n: number, rng: Rng): [number[]] {
  const pairs = Math.max(0, (n - 1) >> 1);
  const nums = new Array<number>(2 * pairs);
  for (let i = 0; i < pairs; i++) {
    nums[2 * i] = -30000 + 1 + i;
    nums[2 * i + 1] = -30000 + 1 + i;
  }
  rng.shuffle(nums);
  nums.push(-30000);
  return [nums];
}
