import type { Rng } from "../../src/random/rng.js";

// Rows and columns drawn independently (0 included, so [] and [[], ...] show up);
// the density of ones varies from sparse to nearly full, where big squares form.
export function generate(n: number, rng: Rng): [number[][]] {
  const rows = rng.int(0, n);
  const cols = rng.int(0, n);
  const density = rng.pick([0.3, 0.6, 0.85, 0.95, 1]);
  const matrix = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rng.bool(density) ? 1 : 0)));
  return [matrix];
}

// An n x n matrix with about 90% ones.
export function probeInput(n: number, rng: Rng): [number[][]] {
  const matrix: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: number[] = new Array(n);
    for (let j = 0; j < n; j++) row[j] = rng.float() < 0.995 ? 1 : 0;
    matrix[i] = row;
  }
  return [matrix];
}
