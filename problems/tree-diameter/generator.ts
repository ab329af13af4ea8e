import type { Rng } from "../../src/random/rng.js";
import {
  emptyShape,
  levelOrder,
  randomShape,
  spineShape,
  uniformValues,
} from "../../src/random/trees.js";

function randomValues(n: number, rng: Rng): number[] {
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(rng.int(-100, 100));
  return values;
}

/**
 * A tree of n nodes (now and then an empty one): random shapes, or two long arms hanging from a
 * node below the root, so the longest path often misses the root.
 */
export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.03)) return [[]];
  if (n >= 4 && rng.bool(0.3)) {
    // a short stem from the root, then a node with two arms of random lengths
    const s = emptyShape(n);
    const stem = rng.int(1, Math.max(1, Math.floor(n / 3)));
    for (let i = 0; i + 1 < stem; i++) (rng.bool() ? s.right : s.left)[i] = i + 1;
    const fork = stem - 1;
    const rest = n - stem;
    const leftArm = rng.int(1, Math.max(1, rest - 1));
    let prev = fork;
    for (let k = 0; k < leftArm; k++) {
      const id = stem + k;
      (k === 0 ? s.left : rng.bool() ? s.left : s.right)[prev] = id;
      prev = id;
    }
    prev = fork;
    for (let k = 0; k < rest - leftArm; k++) {
      const id = stem + leftArm + k;
      (k === 0 ? s.right : rng.bool() ? s.left : s.right)[prev] = id;
      prev = id;
    }
    return [levelOrder(s, randomValues(n, rng))];
  }
  return [levelOrder(randomShape(n, rng), randomValues(n, rng))];
}

/** A deep tree of exactly n nodes (height about n/2): a recursion holds O(n) frames and per-node height calls cost O(n^2). */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const values = uniformValues(n, -100, 100, rng);
  return [levelOrder(spineShape(n, rng), values)];
}
