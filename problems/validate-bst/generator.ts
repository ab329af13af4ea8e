import type { Rng } from "../../src/random/rng.js";
import {
  type TreeShape,
  broomShape,
  bstValues,
  chainShape,
  completeShape,
  inOrderIds,
  increasingValues,
  levelOrder,
  slotShape,
  splitShape,
} from "../../src/random/trees.js";

/**
 * A valid BST about half of the time; otherwise one classic defect: two values swapped, a value
 * equal to its in-order neighbour (a duplicate), or a deep node pushed just past the bound set
 * by one of its ancestors (which its parent alone does not reveal).
 */
export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.04)) return [[]];
  let shape: TreeShape;
  switch (rng.int(0, 5)) {
    case 0:
      shape = completeShape(n);
      break;
    case 1:
      shape = chainShape(n, () => rng.bool());
      break;
    case 2:
    case 3:
      shape = splitShape(n, rng);
      break;
    default:
      shape = slotShape(n, rng);
  }
  const order = inOrderIds(shape);
  const sorted = increasingValues(n, rng);
  const values: number[] = new Array(n);
  for (let i = 0; i < n; i++) values[order[i]] = sorted[i];
  const defect = n < 2 ? 0 : rng.int(0, 5);
  if (defect === 3) {
    const a = rng.int(0, n - 1);
    let b = rng.int(0, n - 2);
    if (b >= a) b++;
    [values[a], values[b]] = [values[b], values[a]];
  } else if (defect === 4) {
    const i = rng.int(0, n - 2);
    if (rng.bool()) values[order[i]] = values[order[i + 1]];
    else values[order[i + 1]] = values[order[i]];
  } else if (defect === 5) {
    // pick a node with at least one ancestor, then an ancestor, and cross that ancestor's value
    const parent = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (shape.left[i] >= 0) parent[shape.left[i]] = i;
      if (shape.right[i] >= 0) parent[shape.right[i]] = i;
    }
    const node = rng.int(1, n - 1);
    let child = node;
    let ancestor = parent[node];
    for (let steps = rng.int(0, n); steps > 0 && parent[ancestor] >= 0; steps--) {
      child = ancestor;
      ancestor = parent[ancestor];
    }
    const onLeft = shape.left[ancestor] === child;
    const bound = values[ancestor];
    values[node] = onLeft ? Math.min(bound + rng.int(0, 1), 2147483647) : Math.max(bound - rng.int(0, 1), -2147483648);
  }
  return [levelOrder(shape, values)];
}

/** A valid broom-shaped BST of exactly n nodes and values 3i - n in order. */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const shape = broomShape(n, rng);
  const sorted = Array.from({ length: n }, (_, i) => 3 * i - n);
  return [levelOrder(shape, bstValues(shape, sorted))];
}
