import type { Rng } from "../../src/random/rng.js";

// Rectangles from 1 x 1 up to n x n (one row, one column, wide, tall), zeros from none to many,
// often in the first row or column.
export function generate(n: number, rng: Rng): [number[][]] {
  const rows = rng.int(1, Math.max(1, n));
  const cols = rng.int(1, Math.max(1, n));
  const zeroChance = rng.pick([0, 0.05, 0.15, 0.3]);
  const matrix = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rng.bool(zeroChance) ? 0 : rng.int(-9, 9) || 1)));
  if (rng.bool(0.3)) matrix[0][rng.int(0, cols - 1)] = 0;
  if (rng.bool(0.3)) matrix[rng.int(0, rows - 1)][0] = 0;
  return [matrix];
}

// An n x n matrix of non-zero values with a 0 in about one cell in ten.
export function probeInput(n: number, rng: Rng): [number[][]] {
  const matrix: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) row[j] = rng.int(0, 9) === 0 ? 0 : rng.int(1, 1_000_000);
    matrix[i] = row;
  }
  return [matrix];
}
