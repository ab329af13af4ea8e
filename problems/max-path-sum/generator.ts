import type { Rng } from "../../src/random/rng.js";
import { levelOrder, randomShape, spineShape, uniformValues } from "../../src/random/trees.js";

/** Mixed signs, all negative (the answer is the largest single value), mostly positive, or LeetCode's full range. */
function randomValues(n: number, rng: Rng): number[] {
  const mode = rng.int(0, 4);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    if (mode === 0) values.push(rng.int(-10, 10));
    else if (mode === 1) values.push(rng.int(-1000, -1));
    else if (mode === 2) values.push(rng.int(-3, 20));
    else if (mode === 3) values.push(rng.pick([0, -1, 1, 0]));
    else values.push(rng.int(-1000, 1000));
  }
  return values;
}

/** A non-empty tree of max(n, 1) nodes in a random shape (chains, lopsided and bushy). */
export function generate(n: number, rng: Rng): [(number | null)[]] {
  n = Math.max(n, 1);
  return [levelOrder(randomShape(n, rng), randomValues(n, rng))];
}

/** A deep tree of exactly n nodes (height about n/2) with values in [-1000, 1000]. */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  n = Math.max(n, 1);
  const values = uniformValues(n, -1000, 1000, rng);
  return [levelOrder(spineShape(n, rng), values)];
}
