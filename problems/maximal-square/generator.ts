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

// An n x n matrix of ones crossed by a row of zeros every s = round(sqrt(n)) rows (at a random
// offset), so the largest square has side s - 1 and grows with n. A brute force that grows a
// square from every corner pays about s^2 / 3 checks per corner: n^3 / 3 in all, where the
// table solutions stay at n^2.
export function probeInput(n: number, rng: Rng): [number[][]] {
  const s = Math.max(2, Math.round(Math.sqrt(n)));
  const offset = rng.int(0, s - 1);
  const matrix: number[][] = new Array(n);
  for (let i = 0; i < n; i++) matrix[i] = new Array<number>(n).fill((i - offset) % s === 0 && i >= offset ? 0 : 1);
  return [matrix];
}
