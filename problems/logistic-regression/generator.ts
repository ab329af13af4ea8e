import type { Rng } from "../../src/random/rng.js";

type Args = [number[][], number[], number[], number, number, number];

// n is the number of samples; features, separability, scales, lr and steps vary.
export function generate(n: number, rng: Rng): Args {
  const d = rng.int(1, 4);
  const style = rng.pick(["noisy", "noisy", "separable", "large", "one-class"] as const);
  const scale = style === "large" ? 20 : 1;
  const truth = Array.from({ length: d }, () => rng.normal(0, 2));
  const x = Array.from({ length: n }, () => Array.from({ length: d }, () => rng.normal(0, scale)));
  const oneClass = rng.int(0, 1);
  const y = x.map((row) => {
    if (style === "one-class") return oneClass;
    const z = row.reduce((s, v, j) => s + v * truth[j], 0);
    if (style === "separable") return z > 0 ? 1 : 0;
    return rng.bool(1 / (1 + Math.exp(-z))) ? 1 : 0;
  });
  const w0 = Array.from({ length: d }, () => (rng.bool(0.4) ? 0 : rng.normal(0, 1)));
  return [x, y, w0, rng.bool(0.5) ? 0 : rng.normal(0, 1), rng.pick([0.01, 0.1, 0.5, 1, 3]), rng.int(0, 6)];
}

// n samples of 8 features, 10 steps of lr 0.1 from zero weights.
export function probeInput(n: number, rng: Rng): Args {
  const d = 8;
  const x = Array.from({ length: n }, () => Array.from({ length: d }, () => rng.float(-2, 2)));
  const y = x.map((row) => (row[0] + row[1] - row[2] > 0 ? 1 : 0));
  return [x, y, new Array<number>(d).fill(0), 0, 0.1, 10];
}
