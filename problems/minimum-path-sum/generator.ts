import type { Rng } from "../../src/random/rng.js";

// Grids of 1..n rows and 1..n columns drawn independently, so single rows, single columns and
// non-square shapes are common. Values are small (many ties and zeros) or spread up to 200.
export function generate(n: number, rng: Rng): [number[][]] {
  const rows = rng.int(1, n);
  const cols = rng.int(1, n);
  const hi = rng.pick([0, 1, 3, 9, 200]);
  const zeroRate = rng.pick([0, 0.2, 0.5]);
  const grid: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++) row.push(rng.bool(zeroRate) ? 0 : rng.int(0, hi));
    grid.push(row);
  }
  return [grid];
}

/** An n x n grid with values in 0..200. */
export function probeInput(n: number, rng: Rng): [number[][]] {
  n = Math.max(n, 1);
  const grid: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: number[] = new Array(n);
    for (let j = 0; j < n; j++) row[j] = rng.int(0, 200);
    grid[i] = row;
  }
  return [grid];
}
