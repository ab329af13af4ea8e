import type { Rng } from "../../src/random/rng.js";

type Tensor = number | Tensor[];
type Args = [Tensor, Tensor, number, boolean, Tensor];

function build(shape: number[], leaf: () => number, d = 0): Tensor {
  if (d === shape.length) return leaf();
  return Array.from({ length: shape[d] }, () => build(shape, leaf, d + 1));
}

// n sets the last dimension; rank 1 to 3. p is drawn from values where the classic wrong
// scales differ (0.2, 0.9, ...) plus 0 and 0.5; masks keep each unit with probability 1 - p.
export function generate(n: number, rng: Rng): Args {
  const rank = rng.pick([1, 1, 2, 2, 3]);
  const shape = [...Array.from({ length: rank - 1 }, () => rng.int(1, 3)), rng.int(1, n)];
  const p = rng.pick([0, 0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 0.9]);
  const training = rng.bool(0.7);
  const x = build(shape, () => (rng.bool(0.1) ? 0 : rng.normal(0, 2)));
  const mask = build(shape, () => (rng.bool(1 - p) ? 1 : 0));
  const gradOut = build(shape, () => rng.normal(0, 1));
  return [x, mask, p, training, gradOut];
}

// A (4, n/4) activation matrix in training mode with p = 0.1 (2 or 1 rows when 4 does not divide n).
export function probeInput(n: number, rng: Rng): Args {
  const rows = n % 4 === 0 ? 4 : n % 2 === 0 ? 2 : 1;
  const shape = [rows, n / rows];
  const x = build(shape, () => rng.normal(0, 1));
  const mask = build(shape, () => (rng.bool(0.9) ? 1 : 0));
  const gradOut = build(shape, () => rng.normal(0, 1));
  return [x, mask, 0.1, true, gradOut];
}
