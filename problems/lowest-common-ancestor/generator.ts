import type { Rng } from "../../src/random/rng.js";
import {
  type TreeShape,
  broomShape,
  broomTop,
  chainShape,
  completeShape,
  levelOrder,
  shuffledRange,
  slotShape,
  splitShape,
} from "../../src/random/trees.js";

/** n distinct values: a shuffled run of consecutive integers around 0, or spread out with 32-bit extremes. */
function distinctValues(n: number, rng: Rng): number[] {
  const values: number[] = [];
  if (rng.bool(0.7)) {
    const start = rng.int(-n, 0);
    for (let i = 0; i < n; i++) values.push(start + i);
  } else {
    const seen = new Set<number>();
    for (const v of [0, -2147483648, 2147483647]) if (seen.size < n && rng.bool(0.6)) seen.add(v);
    // Enough room for n distinct values (a fixed ±1000 would never end past n = 2,003).
    const spread = Math.max(1000, 2 * n);
    while (seen.size < n) seen.add(rng.int(-spread, spread));
    values.push(...seen);
  }
  return rng.shuffle(values);
}

/** Ids of the nodes in the subtree of `top`, `top` first. */
function subtree(shape: TreeShape, top: number): number[] {
  const ids = [top];
  for (let i = 0; i < ids.length; i++) {
    if (shape.left[ids[i]] >= 0) ids.push(shape.left[ids[i]]);
    if (shape.right[ids[i]] >= 0) ids.push(shape.right[ids[i]]);
  }
  return ids;
}

/**
 * A tree of max(n, 2) nodes with distinct values and two targets: a node and one of its
 * descendants (the "own ancestor" case), two nodes of one random subtree (so the answer is
 * often below the root), or two uniformly random nodes.
 */
export function generate(n: number, rng: Rng): [(number | null)[], number, number] {
  n = Math.max(n, 2);
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
  const values = distinctValues(n, rng);
  let a = rng.int(0, n - 1);
  let b = -1;
  const mode = rng.int(0, 2);
  if (mode === 0) {
    const below = subtree(shape, a).slice(1);
    if (below.length > 0) b = rng.pick(below);
  } else if (mode === 1) {
    const ids = subtree(shape, a);
    if (ids.length >= 3) {
      rng.shuffle(ids);
      [a, b] = [ids[0], ids[1]];
    }
  }
  if (b < 0) {
    b = rng.int(0, n - 2);
    if (b >= a) b++;
  }
  const [p, q] = rng.bool() ? [a, b] : [b, a];
  return [levelOrder(shape, values), values[p], values[q]];
}

/**
 * A broom of exactly n nodes (at least 2) with values 0..n-1 shuffled, and two random targets
 * in its complete part, below the n/3-node path: a search must go about n/3 deep to find them.
 */
export function probeInput(n: number, rng: Rng): [(number | null)[], number, number] {
  n = Math.max(n, 2);
  const values = shuffledRange(n, rng);
  const top = broomTop(n); // the complete part's ids are top..n-1
  const first = n - top >= 2 ? top : 0;
  const p = rng.int(first, n - 1);
  let q = rng.int(first, n - 2);
  if (q >= p) q++;
  return [levelOrder(broomShape(n, rng), values), values[p], values[q]];
}
