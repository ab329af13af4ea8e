import type { Rng } from "../../src/random/rng.js";

// Shapes are child-index arrays (node 0 is the root, -1 = no child), written in LeetCode's
// level-order form at the end: no objects and no recursion, so large probe trees build in O(n).
interface Shape {
  left: Int32Array;
  right: Int32Array;
}

function emptyShape(n: number): Shape {
  return { left: new Int32Array(n).fill(-1), right: new Int32Array(n).fill(-1) };
}

/** LeetCode encoding: BFS from node 0, a null for each missing child of a present node, trailing nulls trimmed. */
function encode(shape: Shape, values: ArrayLike<number>): (number | null)[] {
  const n = shape.left.length;
  if (n === 0) return [];
  const out: (number | null)[] = [values[0]];
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const node = queue[head++];
    for (const child of [shape.left[node], shape.right[node]]) {
      if (child < 0) out.push(null);
      else {
        out.push(values[child]);
        queue[tail++] = child;
      }
    }
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** Heap order: node i has children 2i+1 and 2i+2. */
function completeShape(n: number): Shape {
  const s = emptyShape(n);
  for (let i = 0; 2 * i + 1 < n; i++) {
    s.left[i] = 2 * i + 1;
    if (2 * i + 2 < n) s.right[i] = 2 * i + 2;
  }
  return s;
}

/** A chain 0 → 1 → … → n-1; goRight(i) says whether node i+1 is the right child of node i. */
function chainShape(n: number, goRight: (i: number) => boolean): Shape {
  const s = emptyShape(n);
  for (let i = 0; i + 1 < n; i++) (goRight(i) ? s.right : s.left)[i] = i + 1;
  return s;
}

/** Each subtree of size m puts a uniform share of its m-1 other nodes on its left (depth O(log n) on average). */
function splitShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  if (n === 0) return s;
  const stack: number[] = [0, n]; // pairs [first id, size]: a subtree occupies ids first..first+size-1
  while (stack.length > 0) {
    const size = stack.pop()!;
    const node = stack.pop()!;
    const leftSize = rng.int(0, size - 1);
    const rightSize = size - 1 - leftSize;
    if (leftSize > 0) {
      s.left[node] = node + 1;
      stack.push(node + 1, leftSize);
    }
    if (rightSize > 0) {
      s.right[node] = node + 1 + leftSize;
      stack.push(node + 1 + leftSize, rightSize);
    }
  }
  return s;
}

/** Every new node takes a uniformly chosen free child slot: bushy, irregular shapes. */
function slotShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  const slots: number[] = n > 0 ? [0, 1] : []; // slot = 2 * parent + (0 left | 1 right)
  for (let i = 1; i < n; i++) {
    const k = rng.int(0, slots.length - 1);
    const slot = slots[k];
    slots[k] = slots[slots.length - 1];
    slots.pop();
    ((slot & 1) === 0 ? s.left : s.right)[slot >> 1] = i;
    slots.push(2 * i, 2 * i + 1);
  }
  return s;
}

/**
 * A spine of ceil(n/2) nodes turning left or right at random, each spine node but the last
 * carrying a leaf on its other side: depth about n/2, so a recursion or a stack holds O(n).
 */
function spineShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  const spine = Math.ceil(n / 2);
  let leaf = spine;
  for (let i = 0; i + 1 < spine; i++) {
    const right = rng.bool();
    (right ? s.right : s.left)[i] = i + 1;
    if (leaf < n) (right ? s.left : s.right)[i] = leaf++;
  }
  if (leaf < n) s.left[spine - 1] = leaf++;
  return s;
}

/** A shape of n nodes for the cross-check: complete, chains (left, right, zig-zag, random), random splits, bushy or spines. */
function randomShape(n: number, rng: Rng): Shape {
  switch (rng.int(0, 8)) {
    case 0:
      return completeShape(n);
    case 1:
      return chainShape(n, () => false);
    case 2:
      return chainShape(n, () => true);
    case 3: {
      const first = rng.bool();
      return chainShape(n, (i) => (i % 2 === 0) === first);
    }
    case 4:
      return chainShape(n, () => rng.bool());
    case 5:
    case 6:
      return splitShape(n, rng);
    case 7:
      return slotShape(n, rng);
    default:
      return spineShape(n, rng);
  }
}

/** A root whose left half is `half` and whose right half is its mirror image, values mirrored too. */
function mirrorJoin(half: Shape, halfValues: ArrayLike<number>, rootValue: number): { shape: Shape; values: number[] } {
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
function grow(shape: Shape, parent: number, right: boolean): Shape {
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
  if (rng.bool(0.12)) return [encode(randomShape(n, rng), randomValues(n, rng))];
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
  return [encode(shape, values)];
}

/**
 * For odd n: a symmetric tree whose halves are deep spines (height about n/4), so the answer is
 * true only after every pair was compared. For even n: the same plus one extra node at the
 * bottom of the left half, so the answer is false, found deep down.
 */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const m = Math.max(0, Math.floor((n - 1) / 2));
  const half = spineShape(m, rng);
  const halfValues = new Int32Array(m);
  for (let i = 0; i < m; i++) halfValues[i] = rng.int(-100, 100);
  let { shape, values } = mirrorJoin(half, halfValues, rng.int(-100, 100));
  if (shape.left.length < n) {
    const bottom = Math.max(0, Math.ceil(m / 2) - 1) + (m > 0 ? 1 : 0); // the left half's last spine node
    shape = grow(shape, bottom, shape.left[bottom] >= 0);
    values = [...values, rng.int(-100, 100)];
  }
  return [encode(shape, values)];
}
