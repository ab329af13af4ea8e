import type { Rng } from "../../src/random/rng.js";

interface LoraParams {
  w: number[][];
  bias: number[];
  A: number[][];
  B: number[][];
}

type Args = [number[][], LoraParams, number];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

// n is the batch size; widths, rank (sometimes above the widths), alpha and value styles vary.
export function generate(n: number, rng: Rng): Args {
  const dIn = rng.int(1, 6);
  const dOut = rng.int(1, 6);
  const r = rng.pick([1, 1, 2, 3, 4, rng.int(1, 8)]);
  const style = rng.pick(["normal", "normal", "integers", "sparse"] as const);
  const value =
    style === "integers" ? () => rng.int(-3, 3)
    : style === "sparse" ? () => (rng.bool(0.5) ? 0 : rng.normal())
    : () => rng.normal();
  const alpha = rng.pick([0, 1, r, 2 * r, 16, rng.float(-4, 4), rng.int(1, 32)]);
  const p: LoraParams = {
    w: matrix(dIn, dOut, value),
    bias: rng.bool(0.2) ? new Array<number>(dOut).fill(0) : Array.from({ length: dOut }, value),
    A: matrix(dIn, r, value),
    B: rng.bool(0.15) ? matrix(r, dOut, () => 0) : matrix(r, dOut, value),
  };
  return [matrix(n, dIn, value), p, alpha];
}

// A typical batch of n rows: d_in = d_out = 32, r = 4, alpha = 8.
export function probeInput(n: number, rng: Rng): Args {
  const dIn = 32, dOut = 32, r = 4;
  const value = () => rng.normal(0, 0.2);
  const p: LoraParams = {
    w: matrix(dIn, dOut, value),
    bias: Array.from({ length: dOut }, value),
    A: matrix(dIn, r, value),
    B: matrix(r, dOut, value),
  };
  return [matrix(n, dIn, () => rng.normal()), p, 8];
}
