import type { Rng } from "../../src/random/rng.js";
import {
  levelOrder,
  randomShape,
  smallValues,
  spineShape,
  uniformValues,
} from "../../src/random/trees.js";

/** A tree of n nodes (now and then an empty one) in a random shape: left chains swing right, right chains stay, bushy trees interleave. */
export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.04)) return [[]];
  return [levelOrder(randomShape(n, rng), smallValues(n, rng))];
}

/** A deep tree of exactly n nodes (height about n/2): a recursion holds O(n) frames, and walking to the end of each flattened left part costs O(n^2). */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const values = uniformValues(n, -100, 100, rng);
  return [levelOrder(spineShape(n, rng), values)];
}
