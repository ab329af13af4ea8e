import type { Rng } from "../../src/random/rng.js";

interface FfnParams {
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
}

type Args = [number[][][], FfnParams, "relu" | "gelu"];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function params(dModel: number, dFf: number, weight: () => number, bias: () => number): FfnParams {
  return { w1: matrix(dModel, dFf, weight), b1: Array.from({ length: dFf }, bias), w2: matrix(dFf, dModel, weight), b2: Array.from({ length: dModel }, bias) };
}

// n is the sequence length; batch, widths (d_ff often 4·d_model), scales and the activation vary.
export function generate(n: number, rng: Rng): Args {
  const batch = rng.int(1, 3);
  const dModel = rng.int(1, 5);
  const dFf = rng.bool(0.5) ? 4 * dModel : rng.int(1, 8);
  const style = rng.pick(["normal", "normal", "large", "integers", "negative-bias"] as const);
  const sd = style === "large" ? 3 : 1 / Math.sqrt(dModel) + rng.float(0, 0.5);
  const weight = style === "integers" ? () => rng.int(-2, 2) : () => rng.normal(0, sd);
  const bias = style === "negative-bias" ? () => rng.normal(-1, 0.5) : rng.bool(0.2) ? () => 0 : () => rng.normal(0, 0.5);
  const x = Array.from({ length: batch }, () => matrix(n, dModel, () => rng.normal(0, style === "large" ? 3 : 1)));
  return [x, params(dModel, dFf, weight, bias), rng.pick(["relu", "gelu"] as const)];
}

// Sequence length n: batch 1, d_model 8, d_ff 32, GELU.
export function probeInput(n: number, rng: Rng): Args {
  const x = [matrix(n, 8, () => rng.float(-2, 2))];
  return [x, params(8, 32, () => rng.float(-0.3, 0.3), () => rng.float(-0.1, 0.1)), "gelu"];
}
