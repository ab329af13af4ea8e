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

// An n x n grid. The top half is one snake-shaped island: every other row is all land, joined
// to the next one at alternating ends, so a recursive flood fill started at its first cell
// goes about n^2/4 calls deep (the worst case for its stack). The rest is random land with
// probability 0.4, giving many small islands of varied shapes.
export function probeInput(n: number, rng: Rng): [number[][]] {
  const snakeRows = Math.floor(n / 2);
  const grid: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: number[] = new Array(n);
    if (i < snakeRows) {
      const link = (i >> 1) % 2 === 0 ? n - 1 : 0; // the land cell joining row i - 1 to row i + 1
      for (let j = 0; j < n; j++) row[j] = i % 2 === 0 || (j === link && i + 1 < snakeRows) ? 1 : 0;
    } else {
      for (let j = 0; j < n; j++) row[j] = rng.float() < 0.4 ? 1 : 0;
    }
    grid[i] = row;
  }
  return [grid];
}
