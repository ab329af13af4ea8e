import type { Rng } from "../../src/random/rng.js";

/** n values: all equal, few distinct, or wide (duplicates are where value-based bugs show). */
function values(n: number, rng: Rng): number[] {
  const spread = rng.pick([0, 1, 3, 100]);
  return Array.from({ length: n }, () => rng.int(0, spread));
}

/** A list of up to n nodes: now and then empty or a single node, usually n long. */
export function generate(n: number, rng: Rng): [number[]] {
  const size = rng.bool(0.15) ? rng.int(0, 3) : n - rng.int(0, 1);
  return [values(size, rng)];
}

/** A list of exactly n random values. */
export function probeInput(n: number, rng: Rng): [number[]] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(0, 100);
  return [out];
}
