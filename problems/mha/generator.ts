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

type Args = [number[][][], AttnParams, number, boolean];

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

// n is the sequence length; batch size, width, heads, mask and value scales vary.
export function generate(n: number, rng: Rng): Args {
  const batch = rng.int(1, 3);
  const [d, heads] = rng.pick(SHAPES);
  const causal = rng.bool();
  const style = rng.pick(["normal", "normal", "large", "integers", "sparse"] as const);
  const sd = style === "large" ? 4 : 1 / Math.sqrt(d) + rng.float(0, 1);
  const weight =
    style === "integers" ? () => rng.int(-2, 2)
    : style === "sparse" ? () => (rng.bool(0.6) ? 0 : rng.normal(0, sd))
    : () => rng.normal(0, sd);
  const bias = rng.bool(0.2) ? () => 0 : () => rng.normal(0, 0.5);
  const xScale = style === "large" ? 3 : 1;
  const x = Array.from({ length: batch }, () =>
    rng.bool(0.15)
      ? (() => { const row = Array.from({ length: d }, () => rng.normal(0, xScale)); return Array.from({ length: n }, () => row.slice()); })()
      : matrix(n, d, () => rng.normal(0, xScale)),
  );
  return [x, params(d, weight, bias), heads, causal];
}

// Sequence length n: batch 1, d_model 8, 4 heads, no mask. With a narrow model the per-token
// projections (O(d_model^2)) are cheap next to the attention over every pair (O(n·d_model)),
// and numpy spends its time on the (heads, n, n) scores rather than on per-call overhead, so
// the n^2 term dominates from small n on in both languages.
export function probeInput(n: number, rng: Rng): Args {
  const d = 8;
  const scale = 1 / Math.sqrt(d);
  const x = matrix(n, d, () => rng.normal());
  return [[x], params(d, () => rng.normal(0, scale), () => rng.normal(0, scale)), 4, false];
}
