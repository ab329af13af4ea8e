import type { Rng } from "../../src/random/rng.js";

// n is the number of positions; widths lean towards the edge cases (1, 2, odd, wide).
export function generate(n: number, rng: Rng): [number, number] {
  const dModel = rng.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 16, rng.int(1, 24)]);
  const seqLen = rng.bool(0.1) ? 0 : n;
  return [seqLen, dModel];
}

// Exactly n table entries: dModel is the largest divisor of n up to 64, seqLen = n / dModel.
export function probeInput(n: number, _rng: Rng): [number, number] {
  let dModel = Math.min(64, n);
  while (n % dModel !== 0) dModel--;
  return [n / dModel, dModel];
}
