import type { Rng } from "../../src/random/rng.js";

/** About n values: random, sorted, reversed, all equal or few distinct, negatives included. */
export function generate(n: number, rng: Rng): [number[]] {
  const size = rng.bool(0.1) ? rng.int(0, 2) : n - rng.int(0, 1);
  const spread = rng.pick([0, 2, 20, 100000]);
  const out = Array.from({ length: size }, () => rng.int(-spread, spread));
  const order = rng.int(0, 3);
  if (order === 1) out.sort((a, b) => a - b);
  if (order === 2) out.sort((a, b) => b - a);
  return [out];
}

/** A list of exactly n random values (no order for a sort to exploit). */
export function probeInput(n: number, rng: Rng): [number[]] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(-100000, 100000);
  return [out];
}
