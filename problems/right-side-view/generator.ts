import type { Rng } from "../../src/random/rng.js";
import {
  type TreeShape,
  broomShape,
  chainShape,
  completeShape,
  emptyShape,
  levelOrder,
  slotShape,
  splitShape,
  uniformValues,
} from "../../src/random/trees.js";

/**
 * The trap shape for this problem: a short right subtree and a deeper left one, so the lower
 * levels are seen from the left. The left part is a random split tree, the right a short chain.
 */
function leftHeavyShape(n: number, rng: Rng): TreeShape {
  const s = emptyShape(n);
  if (n < 3) return chainShape(n, () => false);
  const rightSize = rng.int(1, Math.max(1, Math.floor((n - 1) / 3)));
  const leftSize = n - 1 - rightSize;
  const left = splitShape(leftSize, rng);
  // left subtree: ids 1..leftSize, right chain: ids leftSize+1..n-1
  for (let i = 0; i < leftSize; i++) {
    if (left.left[i] >= 0) s.left[1 + i] = 1 + left.left[i];
    if (left.right[i] >= 0) s.right[1 + i] = 1 + left.right[i];
  }
  s.left[0] = 1;
  s.right[0] = leftSize + 1;
  for (let i = leftSize + 1; i + 1 < n; i++) (rng.bool() ? s.right : s.left)[i] = i + 1;
  return s;
}

function randomValues(n: number, rng: Rng): number[] {
  const mode = rng.int(0, 4);
  if (mode === 0) return new Array(n).fill(rng.pick([0, -1, 5]));
  const spread = [1, 2, 9, 1000, 2147483647][mode];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const extreme = spread === 2147483647 && rng.bool(0.25);
    values.push(extreme ? rng.pick([-2147483648, 2147483647, 0]) : rng.int(-spread, spread));
  }
  return values;
}

export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.04)) return [[]];
  let shape: TreeShape;
  switch (rng.int(0, 7)) {
    case 0:
      shape = completeShape(n);
      break;
    case 1:
      shape = chainShape(n, () => rng.bool());
      break;
    case 2:
      shape = chainShape(n, (i) => i % 2 === 0);
      break;
    case 3:
      shape = splitShape(n, rng);
      break;
    case 4:
    case 5:
      shape = leftHeavyShape(n, rng);
      break;
    default:
      shape = slotShape(n, rng);
  }
  return [levelOrder(shape, randomValues(n, rng))];
}

/** A broom of exactly n nodes with values in [-1000, 1000]: about n/3 levels deep and n/6 wide at the bottom. */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const values = uniformValues(n, -1000, 1000, rng);
  return [levelOrder(broomShape(n, rng), values)];
}
