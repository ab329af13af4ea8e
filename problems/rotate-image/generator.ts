import type { Rng } from "../../src/random/rng.js";

// Square matrices of side n, with a small value range (repeats) or a wide one.
export function generate(n: number, rng: Rng): [number[][]] {
  const side = rng.bool(0.1) ? rng.int(0, n) : n;
  const spread = rng.pick([1, 9, 1000]);
  const matrix = Array.from({ length: side }, () => Array.from({ length: side }, () => rng.int(-spread, spread)));
  return [matrix];
}

// An n x n matrix of random integers.
export function probeInput(n: number, rng: Rng): [number[][]] {
  const matrix: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) row[j] = rng.int(0, 255);
    matrix[i] = row;
  }
  return [matrix];
}
