import type { Rng } from "../../src/random/rng.js";
import type { MlpParams } from "./reference.js";

type Args = [MlpParams, number[][], number[][], number];

function matrix(rows: number, cols: number, fill: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, fill));
}

function network(widths: number[], rng: Rng, sd: (fanIn: number) => number): MlpParams {
  const W: number[][][] = [];
  const b: number[][] = [];
  for (let i = 0; i + 1 < widths.length; i++) {
    const s = sd(widths[i]);
    W.push(matrix(widths[i], widths[i + 1], () => rng.normal(0, s)));
    b.push(Array.from({ length: widths[i + 1] }, () => rng.normal(0, 0.5)));
  }
  return { W, b };
}

// n = batch size. Depth 1..4 and widths 1..5 vary, so 1-layer regression, width-1 layers,
// square and non-square layers, dead ReLU units and negative outputs all turn up.
export function generate(n: number, rng: Rng): Args {
  const layers = rng.pick([1, 2, 2, 3, 3, 4]);
  const widths = Array.from({ length: layers + 1 }, () => rng.pick([1, 2, 3, 3, 4, 5]));
  const params = network(widths, rng, () => rng.pick([0.5, 1, 1.5]));
  const x = matrix(n, widths[0], () => (rng.bool(0.1) ? 0 : rng.normal(0, 1.5)));
  const y = matrix(n, widths[layers], () => rng.normal(0, 2));
  const lr = rng.pick([0, 0.01, 0.1, 0.5, 1]);
  return [params, x, y, lr];
}

// A typical training batch: n samples through 8 -> 16 -> 16 -> 4, He-style random normal
// weights; uniform inputs and targets keep building 10^6 samples cheap.
export function probeInput(n: number, rng: Rng): Args {
  const widths = [8, 16, 16, 4];
  const params = network(widths, rng, (fanIn) => Math.sqrt(2 / fanIn));
  const x = matrix(n, widths[0], () => rng.float(-2, 2));
  const y = matrix(n, widths[3], () => rng.float(-2, 2));
  return [params, x, y, 0.1];
}
