import type { Rng } from "../../src/random/rng.js";

// Small values (|x| <= 5, n <= 12 keeps every product far inside 32 bits) with zeros
// often present, sometimes one, sometimes several.
export function generate(n: number, rng: Rng): [number[]] {
  const spread = rng.pick([1, 2, 5]);
  const zeroRate = rng.pick([0, 0.1, 0.3]);
  const length = rng.int(0, n);
  const nums = Array.from({ length }, () => (rng.bool(zeroRate) ? 0 : rng.int(-spread, spread)));
  return [nums];
}

// n values of 1 or -1, with up to 16 positions set to 2 or -2 (products stay below 2^16).
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = rng.bool() ? 1 : -1;
  for (let j = 0; j < Math.min(16, n); j++) nums[rng.int(0, n - 1)] = rng.bool() ? 2 : -2;
  return [nums];
}
