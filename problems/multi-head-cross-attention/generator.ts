import type { Rng } from "../../src/random/rng.js";

interface AttnParams {
  wq: number[][];
  wk: number[][];
  wv: number[][];
  wo: number[][];
  bq: number[];
  bk: number[];
  bv: number[];
  bo: number[];
}

type Args = [number[][][], number[][][], AttnParams, number];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function params(d: number, weight: () => number, bias: () => number): AttnParams {
  return {
    wq: matrix(d, d, weight),
    wk: matrix(d, d, weight),
    wv: matrix(d, d, weight),
    wo: matrix(d, d, weight),
    bq: Array.from({ length: d }, bias),
    bk: Array.from({ length: d }, bias),
    bv: Array.from({ length: d }, bias),
    bo: Array.from({ length: d }, bias),
  };
}

// (d_model, numHeads) pairs: one head, one dimension per head, odd head sizes.
const SHAPES: readonly [number, number][] = [
  [1, 1], [2, 1], [2, 2], [3, 1], [3, 3], [4, 1], [4, 2], [4, 4], [6, 2], [6, 3], [8, 2], [8, 4],
];

// n is the decoder length; the encoder length usually differs.
export function generate(n: number, rng: Rng): Args {
  const batch = rng.int(1, 3);
  const nEnc = rng.bool(0.25) ? n : rng.int(1, n + 3);
  const [d, heads] = rng.pick(SHAPES);
  const style = rng.pick(["normal", "normal", "large", "integers", "sparse"] as const);
  const sd = style === "large" ? 4 : 1 / Math.sqrt(d) + rng.float(0, 1);
  const weight =
    style === "integers" ? () => rng.int(-2, 2)
    : style === "sparse" ? () => (rng.bool(0.6) ? 0 : rng.normal(0, sd))
    : () => rng.normal(0, sd);
  const bias = rng.bool(0.2) ? () => 0 : () => rng.normal(0, 0.5);
  const xScale = style === "large" ? 3 : 1;
  const xDec = Array.from({ length: batch }, () => matrix(n, d, () => rng.normal(0, xScale)));
  const xEnc = Array.from({ length: batch }, () => matrix(nEnc, d, () => rng.normal(0, xScale)));
  return [xDec, xEnc, params(d, weight, bias), heads];
}

// Batch 1, d_model 8, 4 heads, n decoder and n encoder positions: with a narrow model the
// projections (O(n·d_model^2)) are cheap next to the n·n scores, so the n^2 term dominates early.
export function probeInput(n: number, rng: Rng): Args {
  const d = 8;
  const scale = 1 / Math.sqrt(d);
  return [
    [matrix(n, d, () => rng.normal())],
    [matrix(n, d, () => rng.normal())],
    params(d, () => rng.normal(0, scale), () => rng.normal(0, scale)),
    4,
  ];
}
