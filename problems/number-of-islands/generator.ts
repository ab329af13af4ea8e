import type { Rng } from "../../src/random/rng.js";

// Rows and columns drawn independently (0 included, so [] and [[], ...] show up); the
// land density runs from sparse (many single cells, diagonal contacts) to nearly full
// (one big winding island with lakes).
export function generate(n: number, rng: Rng): [number[][]] {
  const rows = rng.int(0, n);
  const cols = rng.int(0, n);
  const density = rng.pick([0.2, 0.4, 0.5, 0.6, 0.8, 1]);
  const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rng.bool(density) ? 1 : 0)));
  return [grid];
}

// An n x n grid with about 40% land.
export function probeInput(n: number, rng: Rng): [number[][]] {
  const grid: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: number[] = new Array(n);
    for (let j = 0; j < n; j++) row[j] = rng.float() < 0.4 ? 1 : 0;
    grid[i] = row;
  }
  return [grid];
}
