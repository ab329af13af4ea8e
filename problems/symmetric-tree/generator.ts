import type { Rng } from "../../src/random/rng.js";
import {
  type TreeShape,
  emptyShape,
  levelOrder,
  randomShape,
  spineShape,
  uniformValues,
} from "../../src/random/trees.js";

/** A root whose left half is `half` and whose right half is its mirror image, values mirrored too. */
function mirrorJoin(half: TreeShape, halfValues: ArrayLike<number>, rootValue: number): { shape: TreeShape; values: number[] } {
  const m = half.left.length;
  const shape = emptyShape(2 * m + 1);
  const values = new Array<number>(2 * m + 1);
  values[0] = rootValue;
  if (m > 0) {
    shape.left[0] = 1;
    shape.right[0] = 1 + m;
  }
  for (let i = 0; i < m; i++) {
    const l = half.left[i];
    const r = half.right[i];
    shape.left[1 + i] = l < 0 ? -1 : 1 + l;
    shape.right[1 + i] = r < 0 ? -1 : 1 + r;
    shape.left[1 + m + i] = r < 0 ? -1 : 1 + m + r;
    shape.right[1 + m + i] = l < 0 ? -1 : 1 + m + l;
    values[1 + i] = values[1 + m + i] = halfValues[i];
  }
  return { shape, values };
}

/** Adds one node with `value` under `parent` (on the free side given), returning the grown shape. */
function grow(shape: TreeShape, parent: number, right: boolean): TreeShape {
  const n = shape.left.length;
  const grown = emptyShape(n + 1);
  grown.left.set(shape.left);
  grown.right.set(shape.right);
  (right ? grown.right : grown.left)[parent] = n;
  return grown;
}

function randomValues(n: number, rng: Rng): number[] {
  const spread = rng.pick([0, 1, 2, 100]);
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(rng.int(-spread, spread));
  return values;
}

/**
 * Mostly symmetric trees of about n nodes, half of them spoiled in one place deep down: a value
 * changed, a leaf moved to its parent's other side (the level values still read the same both
 * ways), one node added, or the right half equal to the left instead of mirrored. Now and then
 * a random tree, or the empty one.
 */
export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.03)) return [[]];
  if (rng.bool(0.12)) return [levelOrder(randomShape(n, rng), randomValues(n, rng))];
  const m = Math.max(0, Math.floor((n - 1) / 2));
  const half = randomShape(m, rng);
  const halfValues = randomValues(m, rng);
  const rootValue = rng.int(-100, 100);
  let { shape, values } = mirrorJoin(half, halfValues, rootValue);
  const total = shape.left.length;
  const rightIds: number[] = [];
  for (let i = 1 + m; i < total; i++) rightIds.push(i);
  const spoil = rng.int(0, 7);
  if (spoil === 0 && m > 0) {
    const at = rng.pick(rightIds);
    values[at] += values[at] > 0 ? -1 : 1; // stays inside LeetCode's [-100, 100]
  } else if (spoil === 1 && m > 0) {
    const movable: [number, boolean][] = []; // [parent, whether its child is on the right]
    for (const p of rightIds) {
      const l = shape.left[p];
      const r = shape.right[p];
      if (l >= 0 && r < 0 && shape.left[l] < 0 && shape.right[l] < 0) movable.push([p, false]);
      if (r >= 0 && l < 0 && shape.left[r] < 0 && shape.right[r] < 0) movable.push([p, true]);
    }
    if (movable.length > 0) {
      const [p, onRight] = rng.pick(movable);
      const child = onRight ? shape.right[p] : shape.left[p];
      shape.left[p] = onRight ? child : -1;
      shape.right[p] = onRight ? -1 : child;
    }
  } else if (spoil === 2) {
    const free: [number, boolean][] = [];
    for (let p = 0; p < total; p++) {
      if (shape.left[p] < 0) free.push([p, false]);
      if (shape.right[p] < 0) free.push([p, true]);
    }
    const [p, right] = rng.pick(free);
    shape = grow(shape, p, right);
    values = [...values, rng.int(-2, 2)];
  } else if (spoil === 3 && m > 0) {
    // the right half as a copy of the left half, not its mirror
    for (let i = 0; i < m; i++) {
      const l = shape.left[1 + i];
      const r = shape.right[1 + i];
      shape.left[1 + m + i] = l < 0 ? -1 : l + m;
      shape.right[1 + m + i] = r < 0 ? -1 : r + m;
    }
  }
  return [levelOrder(shape, values)];
}

/**
 * For odd n: a symmetric tree whose halves are deep spines (height about n/4), so the answer is
 * true only after every pair was compared. For even n: the same plus one extra node at the
 * bottom of the left half, so the answer is false, found deep down.
 */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const m = Math.max(0, Math.floor((n - 1) / 2));
  const half = spineShape(m, rng);
  const halfValues = uniformValues(m, -100, 100, rng);
  let { shape, values } = mirrorJoin(half, halfValues, rng.int(-100, 100));
  if (shape.left.length < n) {
    const bottom = Math.max(0, Math.ceil(m / 2) - 1) + (m > 0 ? 1 : 0); // the left half's last spine node
    shape = grow(shape, bottom, shape.left[bottom] >= 0);
    values = [...values, rng.int(-100, 100)];
  }
  return [levelOrder(shape, values)];
}
