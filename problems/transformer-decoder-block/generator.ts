import type { Rng } from "../../src/random/rng.js";

type Params = Record<string, number[] | number[][]>;
type Args = [number[][][], number[][][], Params, number];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function vector(n: number, fill: () => number): number[] {
  return Array.from({ length: n }, fill);
}

function params(d: number, dff: number, rng: Rng, sd: number): Params {
  const w = () => rng.normal(0, sd);
  const b = () => (rng.bool(0.2) ? 0 : rng.normal(0, 0.4));
  const gamma = () => (rng.bool(0.2) ? 1 : rng.normal(1, 0.4));
  const p: Params = {};
  for (const n of ["1", "2"]) {
    for (const m of ["wq", "wk", "wv", "wo"]) p[m + n] = matrix(d, d, w);
    for (const m of ["bq", "bk", "bv", "bo"]) p[m + n] = vector(d, b);
  }
  for (const n of ["1", "2", "3"]) {
    p["gamma" + n] = vector(d, gamma);
    p["beta" + n] = vector(d, b);
  }
  p.w1 = matrix(d, dff, () => rng.normal(0, 1 / Math.sqrt(d) + 0.2));
  p.b1 = vector(dff, b);
  p.w2 = matrix(dff, d, () => rng.normal(0, 1 / Math.sqrt(dff) + 0.2));
  p.b2 = vector(d, b);
  return p;
}

// (d_model, numHeads) pairs, d_model >= 2 so LayerNorm has something to normalise.
const SHAPES: readonly [number, number][] = [[2, 1], [2, 2], [3, 1], [4, 1], [4, 2], [4, 4], [6, 2], [6, 3], [8, 2]];

// n is the target length; the source length, batch, widths, d_ff and scales vary.
export function generate(n: number, rng: Rng): Args {
  const batch = rng.int(1, 2);
  const [d, heads] = rng.pick(SHAPES);
  const src = rng.bool(0.3) ? n : rng.int(1, n + 3);
  const dff = rng.pick([1, d, 2 * d, 4 * d]);
  const style = rng.pick(["normal", "normal", "large", "small"] as const);
  const xScale = style === "large" ? 10 : style === "small" ? 0.01 : 1;
  const sd = style === "large" ? 1 : 1 / Math.sqrt(d) + rng.float(0, 0.6);
  const y = Array.from({ length: batch }, () => matrix(n, d, () => rng.normal(0, xScale)));
  const memory = Array.from({ length: batch }, () => matrix(src, d, () => rng.normal(0, xScale)));
  return [y, memory, params(d, dff, rng, sd), heads];
}

// Batch 1, target and source length n, d_model 4, 2 heads, d_ff 8: small widths, so the two
// n² attention terms outgrow the per-token projections within the sizes a probe reaches.
export function probeInput(n: number, rng: Rng): Args {
  const d = 4;
  const y = [matrix(n, d, () => rng.float(-1.5, 1.5))];
  const memory = [matrix(n, d, () => rng.float(-1.5, 1.5))];
  return [y, memory, params(d, 8, rng, 1 / Math.sqrt(d)), 2];
}
