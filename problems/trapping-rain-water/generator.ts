import type { Rng } from "../../src/random/rng.js";

// Low, bumpy maps (ties, zeros, pits, plateaus) and a few with one tall wall.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(1, Math.max(1, n));
  const top = rng.pick([1, 3, 6, 100_000]);
  const height = Array.from({ length }, () => rng.int(0, top));
  if (rng.bool(0.3)) height[rng.int(0, length - 1)] = Math.min(100_000, top * 3);
  return [height];
}

// Random heights in LeetCode's range.
export function probeInput(n: number, rng: Rng): [number[]] {
  const height: number[] = new Array(n);
  for (let i = 0; i < n; i++) height[i] = rng.int(0, 100_000);
  return [height];
}
