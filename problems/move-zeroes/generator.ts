import type { Rng } from "../../src/random/rng.js";

// Lengths from 1 to n, zeros anywhere from never to always, a few small values that repeat.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(1, Math.max(1, n));
  const zeroChance = rng.pick([0, 0.3, 0.5, 0.8, 1]);
  return [Array.from({ length }, () => (rng.bool(zeroChance) ? 0 : rng.pick([-1, 1]) * rng.int(1, 9)))];
}

// Zeros and non-zero values alternate: n/2 zeros to move, each one behind values.
export function probeInput(n: number, rng: Rng): [number[]] {
  const nums: number[] = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = i % 2 === 0 ? 0 : rng.int(1, 1_000_000);
  return [nums];
}
