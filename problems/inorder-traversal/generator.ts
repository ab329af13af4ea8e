import type { Rng } from "../../src/random/rng.js";
import { levelOrder, randomShape, spineShape, uniformValues } from "../../src/random/trees.js";

/** Values in [-spread, spread]: all equal, tiny ranges (many duplicates and zeros) or LeetCode's full range. */
function randomValues(n: number, rng: Rng): number[] {
  const mode = rng.int(0, 3);
  if (mode === 0) return new Array<number>(n).fill(rng.pick([0, -1, 5]));
  const spread = [0, 1, 5, 100][mode];
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(rng.int(-spread, spread));
  return values;
}

/** A tree of n nodes (now and then an empty one) in a random shape, with repeated, zero and negative values. */
export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.04)) return [[]];
  return [levelOrder(randomShape(n, rng), randomValues(n, rng))];
}

/** A deep tree of exactly n nodes (height about n/2): a recursion or a stack holds O(n) nodes. */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const values = uniformValues(n, -100, 100, rng);
  return [levelOrder(spineShape(n, rng), values)];
}
