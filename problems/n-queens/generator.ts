import type { Rng } from "../../src/random/rng.js";

// A board size from 1 to n, with the solution-less 2 and 3 and the trivial 1 often.
export function generate(n: number, rng: Rng): [number] {
  return [rng.bool(0.3) ? rng.int(1, 3) : rng.int(1, Math.max(1, n))];
}

// The argument is the size: an n x n board.
export function probeInput(n: number, _rng: Rng): [number] {
  return [n];
}
