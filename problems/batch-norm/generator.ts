import type { Rng } from "../../src/random/rng.js";

type Args = [number[][], number[], number[], number[], number[], number, number, boolean, number[][]];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function vector(n: number, fill: () => number): number[] {
  return Array.from({ length: n }, fill);
}

// n is the batch size; features, scales, offsets, momentum, eps and the mode vary.
export function generate(n: number, rng: Rng): Args {
  const c = rng.int(1, 4);
  const training = n >= 2 && rng.bool(0.7);
  const style = rng.pick(["normal", "normal", "offset", "integers", "constant-column"] as const);
  const offset = style === "offset" ? rng.normal(0, 100) : rng.normal(0, 1);
  const scale = rng.float(0.2, 4);
  const x = matrix(n, c, () => (style === "integers" ? rng.int(-3, 3) : offset + rng.normal(0, scale)));
  if (style === "constant-column") for (const row of x) row[0] = 2.5;
  const gamma = vector(c, () => (rng.bool(0.2) ? 1 : rng.normal(1, 0.6)));
  const beta = vector(c, () => (rng.bool(0.3) ? 0 : rng.normal(0, 1)));
  const runningMean = vector(c, () => (rng.bool(0.3) ? 0 : rng.normal(0, 2)));
  const runningVar = vector(c, () => (rng.bool(0.3) ? 1 : rng.float(0.1, 5)));
  const dout = matrix(n, c, () => (rng.bool(0.15) ? 0 : rng.normal(0, 1)));
  return [x, gamma, beta, runningMean, runningVar, rng.pick([0.1, 0.1, 0.01, 0.5, 1, 0]), rng.pick([1e-5, 1e-3, 0.1]), training, dout];
}

// Training on a batch of n rows of 8 features, momentum 0.1, eps 1e-5.
export function probeInput(n: number, rng: Rng): Args {
  const c = 8;
  const x = matrix(n, c, () => rng.float(-2, 2));
  const dout = matrix(n, c, () => rng.float(-1, 1));
  return [x, vector(c, () => rng.float(0.5, 1.5)), vector(c, () => rng.float(-0.5, 0.5)), vector(c, () => 0), vector(c, () => 1), 0.1, 1e-5, true, dout];
}
