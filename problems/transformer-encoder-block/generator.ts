import type { Rng } from "../../src/random/rng.js";

interface EncoderParams {
  wq: number[][];
  wk: number[][];
  wv: number[][];
  wo: number[][];
  bq: number[];
  bk: number[];
  bv: number[];
  bo: number[];
  gamma1: number[];
  beta1: number[];
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
  gamma2: number[];
  beta2: number[];
}

type Args = [number[][][], EncoderParams, number];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function vector(n: number, fill: () => number): number[] {
  return Array.from({ length: n }, fill);
}

function params(d: number, dff: number, rng: Rng, sd: number): EncoderParams {
  const w = () => rng.normal(0, sd);
  const b = () => (rng.bool(0.2) ? 0 : rng.normal(0, 0.4));
  const gamma = () => (rng.bool(0.2) ? 1 : rng.normal(1, 0.4));
  return {
    wq: matrix(d, d, w),
    wk: matrix(d, d, w),
    wv: matrix(d, d, w),
    wo: matrix(d, d, w),
    bq: vector(d, b),
    bk: vector(d, b),
    bv: vector(d, b),
    bo: vector(d, b),
    gamma1: vector(d, gamma),
    beta1: vector(d, b),
    w1: matrix(d, dff, () => rng.normal(0, 1 / Math.sqrt(d) + 0.2)),
    b1: vector(dff, b),
    w2: matrix(dff, d, () => rng.normal(0, 1 / Math.sqrt(dff) + 0.2)),
    b2: vector(d, b),
    gamma2: vector(d, gamma),
    beta2: vector(d, b),
  };
}

// (d_model, numHeads) pairs, d_model >= 2 so LayerNorm has something to normalise.
const SHAPES: readonly [number, number][] = [[2, 1], [2, 2], [3, 1], [3, 3], [4, 1], [4, 2], [4, 4], [6, 2], [6, 3], [8, 2], [8, 4]];

// n is the sequence length; batch, widths, d_ff and scales vary.
export function generate(n: number, rng: Rng): Args {
  const batch = rng.int(1, 3);
  const [d, heads] = rng.pick(SHAPES);
  const dff = rng.pick([1, 2, d, 2 * d, 4 * d]);
  const style = rng.pick(["normal", "normal", "large", "small"] as const);
  const xScale = style === "large" ? 10 : style === "small" ? 0.01 : 1;
  const sd = style === "large" ? 1 : 1 / Math.sqrt(d) + rng.float(0, 0.6);
  const x = Array.from({ length: batch }, () => matrix(n, d, () => rng.normal(0, xScale)));
  return [x, params(d, dff, rng, sd), heads];
}

// Batch 1, sequence length n, d_model 8, 4 heads, d_ff 16: with a narrow model the per-token
// work (projections, feed-forward, norms: O(d_model·d_ff)) is cheap next to the n·n attention
// scores, so the n^2 term dominates early in both languages.
export function probeInput(n: number, rng: Rng): Args {
  const d = 8;
  const x = [matrix(n, d, () => rng.normal())];
  return [x, params(d, 16, rng, 1 / Math.sqrt(d)), 4];
}
