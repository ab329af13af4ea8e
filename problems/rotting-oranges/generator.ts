import type { Rng } from "../../src/random/rng.js";

// A grid of about n cells: mostly fresh oranges, some rotten, some empty (walls that can cut regions off).
export function generate(n: number, rng: Rng): [number[][]] {
  const rows = rng.int(1, Math.max(1, Math.min(6, n)));
  const cols = rng.int(1, Math.max(1, Math.ceil(n / rows)));
  const rotten = rng.pick([0.02, 0.1, 0.3]);
  const empty = rng.pick([0, 0.15, 0.35]);
  const grid = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => {
      const x = rng.float();
      return x < rotten ? 2 : x < rotten + empty ? 0 : 1;
    }),
  );
  return [grid];
}

// One row of n cells: a rotten orange at the left end, n - 1 fresh ones after it (n - 1 minutes).
export function probeInput(n: number, _rng: Rng): [number[][]] {
  const row = new Array<number>(n).fill(1);
  row[0] = 2;
  return [[row]];
}
