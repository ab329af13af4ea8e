import type { Rng } from "../../src/random/rng.js";

// Rectangles from 1 x 1 to n x n: single rows and columns, wide and tall shapes, odd and even sides.
export function generate(n: number, rng: Rng): [number[][]] {
  const rows = rng.pick([1, rng.int(1, Math.max(1, n)), n]);
  const cols = rng.pick([1, rng.int(1, Math.max(1, n)), n]);
  return [Array.from({ length: Math.max(1, rows) }, () => Array.from({ length: Math.max(1, cols) }, () => rng.int(-100, 100)))];
}

// An n x n matrix of random values.
export function probeInput(n: number, rng: Rng): [number[][]] {
  const matrix: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) row[j] = rng.int(-100, 100);
    matrix[i] = row;
  }
  return [matrix];
}
