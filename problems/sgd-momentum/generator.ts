import type { Rng } from "../../src/random/rng.js";

type Tensor = number[] | Tensor[];
type Args = [Tensor, Tensor, Tensor, number, number, number];

/** A tensor of the given shape, filled by `fill`. */
function tensor(shape: number[], fill: () => number): Tensor {
  if (shape.length === 1) return Array.from({ length: shape[0] }, fill);
  return Array.from({ length: shape[0] }, () => tensor(shape.slice(1), fill)) as Tensor;
}

// n = number of weights, as a vector, an (a, b) matrix or an (a, b, 1) stack. Zero
// velocity (first step), zero gradients, momentum 0, weight decay on and off, lr 0.
export function generate(n: number, rng: Rng): Args {
  const rows = rng.pick([1, n].filter((r) => n % r === 0).concat(n % 2 === 0 ? [2] : []));
  const shape = rng.pick([[n], [rows, n / rows], [rows, n / rows, 1]]);
  const scale = rng.pick([0.01, 1, 1, 100]);
  const fresh = rng.bool(0.25);
  const param = tensor(shape, () => rng.normal(0, 1));
  const grad = tensor(shape, () => (rng.bool(0.1) ? 0 : rng.normal(0, scale)));
  const velocity = tensor(shape, () => (fresh ? 0 : rng.normal(0, scale)));
  const lr = rng.pick([0, 1e-3, 0.01, 0.1, 1]);
  const momentum = rng.pick([0, 0.5, 0.9, 0.9, 0.99]);
  const weightDecay = rng.pick([0, 0, 1e-4, 0.01, 0.5]);
  return [param, grad, velocity, lr, momentum, weightDecay];
}

// A vector of n weights mid-training: momentum 0.9, weight decay 1e-4.
export function probeInput(n: number, rng: Rng): Args {
  const param = Array.from({ length: n }, () => rng.float(-1, 1));
  const grad = Array.from({ length: n }, () => rng.float(-0.1, 0.1));
  const velocity = Array.from({ length: n }, () => rng.float(-0.5, 0.5));
  return [param, grad, velocity, 0.01, 0.9, 1e-4];
}
