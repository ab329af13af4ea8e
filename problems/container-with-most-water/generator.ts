import type { Rng } from "../../src/random/rng.js";

// Small heights (ties, zeros) or a wide range; sometimes one tall spike or two tall lines side by side.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.int(2, Math.max(2, n));
  const top = rng.pick([1, 3, 10, 10_000]);
  const height = Array.from({ length }, () => rng.int(0, top));
  if (rng.bool(0.3)) height[rng.int(0, length - 1)] = Math.min(10_000, top * 5);
  return [height];
}

// Random heights in LeetCode's range.
export function probeInput(n: number, rng: Rng): [number[]] {
  const height: number[] = new Array(n);
  for (let i = 0; i < n; i++) height[i] = rng.int(0, 10_000);
  return [height];
}
