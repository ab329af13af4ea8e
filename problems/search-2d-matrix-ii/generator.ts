import type { Rng } from "../../src/random/rng.js";

// Sorted rectangles built cell by cell (each cell at least its upper and left neighbours, small
// steps so values repeat); the target is a cell's value, a value in a gap, or outside the range.
export function generate(n: number, rng: Rng): [number[][], number] {
  const rows = rng.pick([1, rng.int(1, Math.max(1, n)), n]) || 1;
  const cols = rng.pick([1, rng.int(1, Math.max(1, n)), n]) || 1;
  const matrix: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++) {
      const base = Math.max(i > 0 ? matrix[i - 1][j] : -20, j > 0 ? row[j - 1] : -20);
      row.push(base + rng.int(0, 3));
    }
    matrix.push(row);
  }
  const target = rng.bool(0.5) ? matrix[rng.int(0, rows - 1)][rng.int(0, cols - 1)] : rng.int(matrix[0][0] - 3, matrix[rows - 1][cols - 1] + 3);
  return [matrix, target];
}

// matrix[i][j] = 4(i + j) + 0 or 2: rows and columns strictly increase, every value is even, and the
// odd target 4(n - 1) + 1 sits on the anti-diagonal, so the staircase walks about 2n steps and misses.
export function probeInput(n: number, rng: Rng): [number[][], number] {
  const matrix: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) row[j] = 4 * (i + j) + 2 * rng.int(0, 1);
    matrix[i] = row;
  }
  return [matrix, 4 * (n - 1) + 1];
}
