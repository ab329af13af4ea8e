import type { Rng } from "../../src/random/rng.js";

// Small coordinates and short lengths (often 0) so that touching, nested, repeated
// and point intervals are common; starts may be negative or two-digit.
export function generate(n: number, rng: Rng): [number[][]] {
  const length = rng.int(0, n);
  const span = rng.pick([3, 10, 20]);
  const maxLen = rng.pick([0, 2, 5]);
  const intervals: number[][] = [];
  for (let i = 0; i < length; i++) {
    const start = rng.int(-5, span);
    intervals.push([start, start + rng.int(0, maxLen)]);
  }
  return [intervals];
}

// n intervals with starts in [0, 4n] and lengths in [0, 2]: mostly separate.
export function probeInput(n: number, rng: Rng): [number[][]] {
  const intervals: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = rng.int(0, 4 * n);
    intervals[i] = [start, start + rng.int(0, 2)];
  }
  return [intervals];
}
