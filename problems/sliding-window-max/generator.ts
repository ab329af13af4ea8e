import type { Rng } from "../../src/random/rng.js";

// Small value ranges make repeated values (the classic deque pitfall) common.
export function generate(n: number, rng: Rng): [number[], number] {
  const spread = rng.pick([2, 5, n + 3, 1000]);
  const nums = Array.from({ length: n }, () => rng.int(-spread, spread));
  const k = rng.int(1, n);
  return [nums, k];
}

// Probes: k = n/4, so an O(n·k) rescan of each window shows up as O(n^2), and strictly
// decreasing values (random steps down), the worst case for a monotonic deque: no value is
// ever dropped from its back, so it holds a whole window, k = n/4 entries.
export function probeInput(n: number, rng: Rng): [number[], number] {
  const nums: number[] = new Array(n);
  let v = 1_000_000_000;
  for (let i = 0; i < n; i++) nums[i] = v -= rng.int(1, 1000);
  return [nums, Math.max(1, Math.floor(n / 4))];
}
