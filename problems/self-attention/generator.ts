import type { Rng } from "../../src/random/rng.js";

interface SelfAttnParams {
  wq: number[][];
  bq: number[];
  wk: number[][];
  bk: number[];
  wv: number[][];
  bv: number[];
}

type Args = [number[][][], SelfAttnParams, boolean[][] | null];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function params(dIn: number, dk: number, dv: number, weight: () => number, bias: () => number): SelfAttnParams {
  return {
    wq: matrix(dIn, dk, weight),
    bq: Array.from({ length: dk }, bias),
    wk: matrix(dIn, dk, weight),
    bk: Array.from({ length: dk }, bias),
    wv: matrix(dIn, dv, weight),
    bv: Array.from({ length: dv }, bias),
  };
}

// A (seq, seq) mask in which every query keeps at least one visible key.
function randomMask(n: number, rng: Rng): boolean[][] {
  const style = rng.pick(["causal", "padding", "random"] as const);
  if (style === "causal") return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => j <= i));
  if (style === "padding") {
    const valid = rng.int(1, n);
    return Array.from({ length: n }, () => Array.from({ length: n }, (_, j) => j < valid));
  }
  const p = rng.float(0.2, 0.9);
  return Array.from({ length: n }, () => {
    const row = Array.from({ length: n }, () => rng.bool(p));
    if (!row.includes(true)) row[rng.int(0, n - 1)] = true;
    return row;
  });
}

// n is the sequence length; batch, d_in, d_k != d_v (mostly), scales and the mask vary.
export function generate(n: number, rng: Rng): Args {
  const batch = rng.int(1, 3);
  const dIn = rng.int(1, 5);
  const dk = rng.int(1, 6);
  const dv = rng.bool(0.8) ? rng.int(1, 6) : dk;
  const style = rng.pick(["normal", "normal", "large", "integers", "sparse"] as const);
  const sd = style === "large" ? 4 : 1 / Math.sqrt(dIn) + rng.float(0, 1);
  const weight =
    style === "integers" ? () => rng.int(-2, 2)
    : style === "sparse" ? () => (rng.bool(0.6) ? 0 : rng.normal(0, sd))
    : () => rng.normal(0, sd);
  const bias = rng.bool(0.2) ? () => 0 : () => rng.normal(0, 0.5);
  const xScale = style === "large" ? 3 : 1;
  const x = Array.from({ length: batch }, () => matrix(n, dIn, () => rng.normal(0, xScale)));
  return [x, params(dIn, dk, dv, weight, bias), rng.bool(0.4) ? null : randomMask(n, rng)];
}

// Sequence length n: batch 1, d_in 8, d_k 8, d_v 6, no mask.
export function probeInput(n: number, rng: Rng): Args {
  const scale = 1 / Math.sqrt(8);
  const x = [matrix(n, 8, () => rng.normal())];
  return [x, params(8, 8, 6, () => rng.normal(0, scale), () => rng.normal(0, scale)), null];
}
