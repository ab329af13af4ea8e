import type { Rng } from "../../src/random/rng.js";
import { levelOrder, randomShape, spineShape, uniformValues } from "../../src/random/trees.js";

/** Small values (so many paths hit the target), zeros, or LeetCode's huge values whose sums pass 32 bits. */
function randomValues(n: number, rng: Rng): number[] {
  const mode = rng.int(0, 4);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    if (mode === 0) values.push(rng.int(-2, 2));
    else if (mode === 1) values.push(rng.pick([0, 0, 1, -1]));
    else if (mode === 2) values.push(rng.int(-10, 10));
    else if (mode === 3) values.push(rng.pick([1000000000, -1000000000, 294967296, 1000, -1000, 0]));
    else values.push(rng.int(-1000000000, 1000000000));
  }
  return values;
}

/** A tree of n nodes in a random shape with a target that some paths reach (often), or 0, or a random one. */
export function generate(n: number, rng: Rng): [(number | null)[], number] {
  if (rng.bool(0.03)) return [[], rng.int(-2, 2)];
  const values = randomValues(n, rng);
  const shape = randomShape(n, rng);
  let target: number;
  const pick = rng.int(0, 3);
  if (pick === 0) {
    target = 0;
  } else if (pick === 1) {
    target = rng.int(-1000, 1000);
  } else {
    // the sum of a real downward path (clamped into LeetCode's target range when values are huge)
    let node = rng.int(0, n - 1);
    let sum = 0;
    for (let steps = rng.int(1, n); steps > 0 && node >= 0; steps--) {
      sum += values[node];
      node = rng.bool() ? shape.left[node] : shape.right[node];
    }
    target = Math.max(-1000, Math.min(1000, sum));
  }
  return [levelOrder(shape, values), target];
}

/** A deep tree of exactly n nodes (height about n/2), values in [-3, 3], target in [-3, 3]. */
export function probeInput(n: number, rng: Rng): [(number | null)[], number] {
  const values = uniformValues(n, -3, 3, rng);
  return [levelOrder(spineShape(n, rng), values), rng.int(-3, 3)];
}
