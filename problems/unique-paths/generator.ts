import type { Rng } from "../../src/random/rng.js";

// Grids up to n × n, often a single row or column, sometimes square.
export function generate(n: number, rng: Rng): [number, number] {
  const side = Math.max(1, n);
  const roll = rng.int(0, 5);
  if (roll === 0) return [1, rng.int(1, side)];
  if (roll === 1) return [rng.int(1, side), 1];
  if (roll === 2) return [side, side];
  return [rng.int(1, side), rng.int(1, side)];
}

// A square n × n grid.
export function probeInput(n: number): [number, number] {
  return [n, n];
}
