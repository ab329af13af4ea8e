// Random binary trees for the tree problems' generators.
//
// A shape is a pair of child-index arrays (node 0 is the root, -1 = no child), turned into
// LeetCode's level-order array at the end. No objects and no recursion, so probe trees of
// 10^6 nodes build in O(n). Every function draws from `rng` in a fixed order: changing that
// order changes the inputs users' seeds reproduce.
import type { Rng } from "./rng.js";

/** A binary tree's structure: left[i] and right[i] are node i's children (-1 = none); node 0 is the root. */
export interface TreeShape {
  left: Int32Array;
  right: Int32Array;
}

/** n nodes and no edges (node 0 is the root; callers link the rest). */
export function emptyShape(n: number): TreeShape {
  return { left: new Int32Array(n).fill(-1), right: new Int32Array(n).fill(-1) };
}

/** LeetCode encoding: BFS from node 0, a null for each missing child of a present node, trailing nulls trimmed. */
export function levelOrder(shape: TreeShape, values: ArrayLike<number>): (number | null)[] {
  const n = shape.left.length;
  if (n === 0) return [];
  const out: (number | null)[] = [values[0]];
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const node = queue[head++];
    const l = shape.left[node];
    const r = shape.right[node];
    if (l < 0) out.push(null);
    else {
      out.push(values[l]);
      queue[tail++] = l;
    }
    if (r < 0) out.push(null);
    else {
      out.push(values[r]);
      queue[tail++] = r;
    }
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** Node ids in in-order (left, node, right), with an explicit stack. */
export function inOrderIds(shape: TreeShape): Int32Array {
  const n = shape.left.length;
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  let k = 0;
  let node = n > 0 ? 0 : -1;
  while (node >= 0 || top > 0) {
    while (node >= 0) {
      stack[top++] = node;
      node = shape.left[node];
    }
    node = stack[--top];
    order[k++] = node;
    node = shape.right[node];
  }
  return order;
}

/** Heap order: node i has children 2i+1 and 2i+2 (the widest shape, a last level of about n/2). */
export function completeShape(n: number): TreeShape {
  const s = emptyShape(n);
  for (let i = 0; 2 * i + 1 < n; i++) {
    s.left[i] = 2 * i + 1;
    if (2 * i + 2 < n) s.right[i] = 2 * i + 2;
  }
  return s;
}

/** A chain 0 → 1 → … → n-1; goRight(i) says whether node i+1 is the right child of node i. */
export function chainShape(n: number, goRight: (i: number) => boolean): TreeShape {
  const s = emptyShape(n);
  for (let i = 0; i + 1 < n; i++) (goRight(i) ? s.right : s.left)[i] = i + 1;
  return s;
}

/** Each subtree of size m puts a uniform share of its m-1 other nodes on its left (random-BST depth, O(log n) on average). */
export function splitShape(n: number, rng: Rng): TreeShape {
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
export function slotShape(n: number, rng: Rng): TreeShape {
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
export function spineShape(n: number, rng: Rng): TreeShape {
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

/**
 * The probes' tree, the worst case for every kind of traversal: a path of ceil(n/3) nodes, each
 * the left or right child (at random) of the one before and carrying a leaf on its other side,
 * ending in a complete tree of the remaining nodes. Depth is about n/3, so recursion or an
 * in-order stack holds O(n) nodes; the path's leaves wait on a pre-order stack, O(n) too; and
 * the complete part's last level holds about n/6 nodes, so a BFS queue is O(n) as well.
 * The complete part's ids are broomTop(n)..n-1.
 */
export function broomShape(n: number, rng: Rng): TreeShape {
  const s = emptyShape(n);
  if (n === 0) return s;
  const path = Math.ceil(n / 3);
  let next = path; // ids 0..path-1 are the path, then its leaves, then the complete part
  for (let i = 0; i + 1 < path; i++) {
    const right = rng.bool();
    (right ? s.right : s.left)[i] = i + 1;
    (right ? s.left : s.right)[i] = next++;
  }
  const top = next; // the complete part's root: id 2·path - 1
  if (top < n) (rng.bool() ? s.right : s.left)[path - 1] = top;
  for (let j = 0; top + 2 * j + 1 < n; j++) {
    s.left[top + j] = top + 2 * j + 1;
    if (top + 2 * j + 2 < n) s.right[top + j] = top + 2 * j + 2;
  }
  return s;
}

/** The id of the root of broomShape(n)'s complete part (n itself when there is none). */
export function broomTop(n: number): number {
  return 2 * Math.ceil(n / 3) - 1;
}

/** A shape of n nodes for the cross-check: complete, chains (left, right, zig-zag, random), random splits, bushy or spines. */
export function randomShape(n: number, rng: Rng): TreeShape {
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

/** n values in [-s, s], s picked from 0 (all zeros), 1 (many duplicates) or 100. */
export function smallValues(n: number, rng: Rng): number[] {
  const spread = rng.pick([0, 1, 100]);
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(rng.int(-spread, spread));
  return values;
}

/** n values drawn one by one from [lo, hi]. */
export function uniformValues(n: number, lo: number, hi: number, rng: Rng): Int32Array {
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = rng.int(lo, hi);
  return values;
}

/** The values 0..n-1 in a uniformly random order (distinct node values for large probe trees). */
export function shuffledRange(n: number, rng: Rng): Int32Array {
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
  return values;
}

/** n ≥ 1 strictly increasing 32-bit values: random gaps, sometimes pinned to -2^31 and/or 2^31 - 1. */
export function increasingValues(n: number, rng: Rng): number[] {
  const maxGap = rng.pick([1, 2, 5, 1000]);
  const values: number[] = [];
  let v = rng.int(-20, 20);
  for (let i = 0; i < n; i++) {
    values.push(v);
    v += rng.int(1, maxGap);
  }
  const pin = rng.int(0, 7); // 1-4 pin an end, 0 and 5-7 leave the values small
  if (pin === 1 || pin === 3) values[0] = -2147483648;
  if ((pin === 2 || pin === 3) && n > 1) values[n - 1] = 2147483647;
  if (pin === 4) {
    const shift = 2147483647 - values[n - 1];
    for (let i = 0; i < n; i++) values[i] += shift;
  }
  return values;
}

/** Places sorted values on a shape in in-order, so the tree is a BST (a strict one when they increase). */
export function bstValues(shape: TreeShape, sorted: ArrayLike<number>): number[] {
  const order = inOrderIds(shape);
  const values: number[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) values[order[i]] = sorted[i];
  return values;
}
