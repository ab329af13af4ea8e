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

// n strictly decreasing temperatures: nobody finds a warmer day, so a forward scan
// from each day walks to the end (quadratic), while the stack stays linear.
export function probeInput(n: number, _rng: Rng): [number[]] {
  const temps = new Array<number>(n);
  for (let i = 0; i < n; i++) temps[i] = n - i;
  return [temps];
}
