import type { Rng } from "../../src/random/rng.js";
import { type TreeShape, randomShape, shuffledRange, spineShape } from "../../src/random/trees.js";

/** The pre-order and in-order walks of a shape, as values, with an explicit stack (no recursion). */
function walks(shape: TreeShape, values: ArrayLike<number>): [number[], number[]] {
  const n = shape.left.length;
  const preorder: number[] = [];
  const inorder: number[] = [];
  const stack: number[] = [];
  let node = n > 0 ? 0 : -1;
  while (node >= 0 || stack.length > 0) {
    while (node >= 0) {
      preorder.push(values[node]);
      stack.push(node);
      node = shape.left[node];
    }
    const top = stack.pop()!;
    inorder.push(values[top]);
    node = shape.right[top];
  }
  return [preorder, inorder];
}

/** n distinct values in LeetCode's [-3000, 3000]: a shuffled run around 0, or spread out with the range's ends. */
function distinctValues(n: number, rng: Rng): number[] {
  const values: number[] = [];
  if (rng.bool(0.6)) {
    const start = rng.int(-n, 0);
    for (let i = 0; i < n; i++) values.push(start + i);
  } else {
    const seen = new Set<number>();
    for (const v of [0, -3000, 3000]) if (seen.size < n && rng.bool(0.6)) seen.add(v);
    while (seen.size < n) seen.add(rng.int(-3000, 3000));
    values.push(...seen);
  }
  return rng.shuffle(values);
}

/** The two walks of a tree of n nodes in a random shape (chains, lopsided and bushy) with distinct values; now and then empty. */
export function generate(n: number, rng: Rng): [number[], number[]] {
  if (rng.bool(0.03)) return [[], []];
  return walks(randomShape(n, rng), distinctValues(n, rng));
}

/** The two walks of a deep tree of exactly n nodes (height about n/2) with the distinct values 0..n-1 shuffled. */
export function probeInput(n: number, rng: Rng): [number[], number[]] {
  const values = shuffledRange(n, rng);
  return walks(spineShape(n, rng), values);
}
