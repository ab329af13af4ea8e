import type { Rng } from "../../src/random/rng.js";

type Args = [number[][][], number[][][], number, number];

function tensor(batch: number, seq: number, d: number, fill: () => number): number[][][] {
  return Array.from({ length: batch }, () => Array.from({ length: seq }, () => Array.from({ length: d }, fill)));
}

// n is the sequence length; batch, the (even) width, base and offset vary.
export function generate(n: number, rng: Rng): Args {
  const batch = rng.int(1, 3);
  const d = 2 * rng.int(1, 4);
  const scale = rng.pick([1, 1, 5, 0.1]);
  const fill = () => rng.normal(0, scale);
  const base = rng.pick([10000, 10000, 100, 10, 2, 500000]);
  const offset = rng.bool(0.5) ? 0 : rng.int(1, 2000);
  return [tensor(batch, n, d, fill), tensor(batch, n, d, fill), base, offset];
}

// Sequence length n: batch 1, width 16, base 10000, offset 0.
export function probeInput(n: number, rng: Rng): Args {
  const fill = () => rng.float(-1, 1);
  return [tensor(1, n, 16, fill), tensor(1, n, 16, fill), 10000, 0];
}
