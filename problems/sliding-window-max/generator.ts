import type { Rng } from "../../src/random/rng.js";

// Small value ranges make repeated values (the classic deque pitfall) common.
export function generate(n: number, rng: Rng): [number[], number] {
  const spread = rng.pick([2, 5, n + 3, 1000]);
  const nums = Array.from({ length: n }, () => rng.int(-spread, spread));
  const k = rng.int(1, n);
  return [nums, k];
}
