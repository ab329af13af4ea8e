import type { Rng } from "../../src/random/rng.js";
import {
  type TreeShape,
  broomShape,
  bstValues,
  chainShape,
  completeShape,
  increasingValues,
  levelOrder,
  slotShape,
  splitShape,
} from "../../src/random/trees.js";

/** A valid BST of max(n, 1) nodes (varied shapes, gapped or extreme values) and a valid k, often 1 or n. */
export function generate(n: number, rng: Rng): [(number | null)[], number] {
  n = Math.max(n, 1);
  let shape: TreeShape;
  switch (rng.int(0, 5)) {
    case 0:
      shape = completeShape(n);
      break;
    case 1:
      shape = chainShape(n, () => rng.bool());
      break;
    case 2:
      shape = chainShape(n, () => rng.bool(0.85));
      break;
    case 3:
      shape = splitShape(n, rng);
      break;
    default:
      shape = slotShape(n, rng);
  }
  const values = bstValues(shape, increasingValues(n, rng));
  const pick = rng.int(0, 5);
  const k = pick === 0 ? 1 : pick === 1 ? n : rng.int(1, n);
  return [levelOrder(shape, values), k];
}

/** A broom-shaped BST of exactly n nodes (values 2i - n in order) and k = ceil(n/2): the k-th smallest lies in the complete part, so an in-order walk first goes about n/3 deep. */
export function probeInput(n: number, rng: Rng): [(number | null)[], number] {
  n = Math.max(n, 1);
  const shape = broomShape(n, rng);
  const sorted = Array.from({ length: n }, (_, i) => 2 * i - n);
  return [levelOrder(shape, bstValues(shape, sorted)), Math.ceil(n / 2)];
}
