import type { Rng } from "../../src/random/rng.js";

// A number of pairs up to n, 0 and 1 included now and then.
export function generate(n: number, rng: Rng): [number] {
  return [rng.bool(0.2) ? rng.int(0, 1) : rng.int(2, Math.max(2, n))];
}

// The argument is the size: n pairs.
export function probeInput(n: number, _rng: Rng): [number] {
  return [n];
}
