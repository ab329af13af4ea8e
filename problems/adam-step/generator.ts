import type { Rng } from "../../src/random/rng.js";

type Tensor = number[] | Tensor[];
type Args = [Tensor, Tensor, Tensor, Tensor, number, number, number, number, number];

/** A tensor of the given shape, filled by `fill`. */
function tensor(shape: number[], fill: () => number): Tensor {
  if (shape.length === 1) return Array.from({ length: shape[0] }, fill);
  return Array.from({ length: shape[0] }, () => tensor(shape.slice(1), fill)) as Tensor;
}

// n = number of weights, laid out as a vector, an (a, b) matrix or an (a, b, 1) stack.
// Zero gradients, zero moments, tiny and huge scales, early and late steps, unusual
// betas and a large eps all turn up.
export function generate(n: number, rng: Rng): Args {
  const rows = rng.pick([1, n].filter((r) => n % r === 0).concat(n % 2 === 0 ? [2] : []));
  const shape = rng.pick([[n], [rows, n / rows], [rows, n / rows, 1]]);
  const scale = rng.pick([1e-6, 0.01, 1, 1, 100]);
  const fresh = rng.bool(0.3);
  const grad = tensor(shape, () => (rng.bool(0.1) ? 0 : rng.normal(0, scale)));
  const m = tensor(shape, () => (fresh ? 0 : rng.normal(0, scale)));
  const v = tensor(shape, () => (fresh ? 0 : Math.abs(rng.normal(0, scale * scale))));
  const param = tensor(shape, () => rng.normal(0, 1));
  const t = fresh ? 1 : rng.pick([2, 3, 10, 100, 1000, 100000]);
  const lr = rng.pick([0, 1e-3, 0.01, 0.1]);
  const beta1 = rng.pick([0, 0.5, 0.9, 0.9]);
  const beta2 = rng.pick([0, 0.9, 0.99, 0.999, 0.999]);
  const eps = rng.pick([1e-8, 1e-8, 1e-4, 0.5]);
  return [param, grad, m, v, t, lr, beta1, beta2, eps];
}

// A vector of n weights in the middle of training (t = 50, default hyperparameters).
export function probeInput(n: number, rng: Rng): Args {
  const param = Array.from({ length: n }, () => rng.float(-1, 1));
  const grad = Array.from({ length: n }, () => rng.float(-0.1, 0.1));
  const m = Array.from({ length: n }, () => rng.float(-0.05, 0.05));
  const v = Array.from({ length: n }, () => rng.float(0, 0.01));
  return [param, grad, m, v, 50, 1e-3, 0.9, 0.999, 1e-8];
}
