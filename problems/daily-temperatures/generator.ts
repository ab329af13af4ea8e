import type { Rng } from "../../src/random/rng.js";

// Narrow ranges make equal temperatures (the classic >= vs > mistake) common; wide
// ones and negative offsets cover the rest.
export function generate(n: number, rng: Rng): [number[]] {
  const length = rng.bool(0.1) ? rng.int(0, n) : n;
  const base = rng.pick([0, 30, -20]);
  const spread = rng.pick([1, 3, 10, 70]);
  const temps = Array.from({ length }, () => base + rng.int(0, spread));
  if (rng.bool(0.2)) temps.sort((a, b) => b - a);
  return [temps];
}

// A V: the first half strictly decreasing (even values from 2n down), the second half strictly
// increasing (odd values from 1 up). A forward scan from a day in the first half walks past the
// rest of the descent and up the climb before it finds a warmer day (quadratic in all), a stack
// built left to right holds the whole descent and one built right to left the whole climb, so
// both hold O(n) days, their worst case.
export function probeInput(n: number, _rng: Rng): [number[]] {
  const half = Math.ceil(n / 2);
  const temps = new Array<number>(n);
  for (let i = 0; i < half; i++) temps[i] = 2 * (n - i);
  for (let j = 0; half + j < n; j++) temps[half + j] = 4 * j + 1;
  return [temps];
}
