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

type Args = [number[][], AttnParams, number];

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

// (d_model, numHeads): one head, width-1 heads, odd head widths.
const SHAPES: readonly [number, number][] = [
  [1, 1], [2, 1], [2, 2], [3, 1], [3, 3], [4, 1], [4, 2], [4, 4], [6, 2], [6, 3], [8, 2], [8, 4],
];

// n is the sequence length; widths, heads and value scales vary, some sequences repeat a token.
export function generate(n: number, rng: Rng): Args {
  const [d, heads] = rng.pick(SHAPES);
  const style = rng.pick(["normal", "normal", "large", "integers", "sparse"] as const);
  const sd = style === "large" ? 4 : 1 / Math.sqrt(d) + rng.float(0, 1);
  const weight =
    style === "integers" ? () => rng.int(-2, 2)
    : style === "sparse" ? () => (rng.bool(0.6) ? 0 : rng.normal(0, sd))
    : () => rng.normal(0, sd);
  const bias = rng.bool(0.2) ? () => 0 : () => rng.normal(0, 0.5);
  const xScale = style === "large" ? 3 : 1;
  let x = matrix(n, d, () => rng.normal(0, xScale));
  if (rng.bool(0.1)) x = x.map(() => x[0].slice());
  return [x, params(d, weight, bias), heads];
}

// A sequence of n tokens, heads of width 2. Each step pays a fixed cost (the projections,
// 4·d_model^2 multiply-adds, and in numpy some fifteen calls of about a microsecond each) and
// the attention over the cache, O(t·d_model) plus O(t) per head for the softmax. The width
// suits each runtime, so the quadratic (or, without a cache, cubic) growth shows within the
// probe's sizes:
// - TypeScript: d_model 4 (2 heads). The attention outgrows the projections after about ten
//   tokens, and calls stay cheap enough to reach a thousand; recomputing the prefix's
//   attention at every step (cubic) pulls away from about 20 tokens.
// - Python: d_model 64 (32 heads). numpy needs 32 × t scores per step to outgrow its call
//   overhead, which it does after about 50 tokens.
export function probeInput(n: number, rng: Rng, lang: "ts" | "py" | "torch"): Args {
  const d = lang === "ts" ? 4 : 64;
  const scale = 1 / Math.sqrt(d);
  const x = matrix(n, d, () => rng.normal());
  return [x, params(d, () => rng.normal(0, scale), () => rng.normal(0, scale)), d / 2];
}
