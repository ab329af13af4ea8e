import type { Rng } from "../../src/random/rng.js";

// d distinct values with random counts (up to 12, so counts of 9 and 10 meet), and a k
// that makes the answer unique: k = d, or the k-th largest count beats the (k+1)-th.
export function generate(n: number, rng: Rng): [number[], number] {
  const d = rng.int(1, n);
  const spread = rng.pick([d, 3 * d, 1000]);
  const values = new Set<number>();
  while (values.size < d) values.add(rng.int(-spread, spread));
  const maxCount = rng.pick([1, 2, 3, 12]);
  const counted = [...values].map((value) => ({ value, count: rng.int(1, maxCount) }));
  const sorted = counted.map((c) => c.count).sort((a, b) => b - a);
  const ks: number[] = [d];
  for (let k = 1; k < d; k++) if (sorted[k - 1] > sorted[k]) ks.push(k);
  const nums: number[] = [];
  for (const { value, count } of counted) for (let i = 0; i < count; i++) nums.push(value);
  return [rng.shuffle(nums), rng.pick(ks)];
}

// n values: k = max(1, floor(n/6)) of them twice, the rest once (about 5n/6 distinct), shuffled.
export function probeInput(n: number, rng: Rng): [number[], number] {
  if (n < 4) return [new Array(n).fill(7), 1];
  const k = Math.max(1, Math.floor(n / 6));
  const nums: number[] = new Array(n);
  let label = 0;
  let i = 0;
  for (; i < 2 * k; i += 2) {
    const value = 3 * label++ - n;
    nums[i] = value;
    nums[i + 1] = value;
  }
  for (; i < n; i++) nums[i] = 3 * label++ - n;
  return [rng.shuffle(nums), k];
}
