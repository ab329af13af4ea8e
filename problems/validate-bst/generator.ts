import type { Rng } from "../../src/random/rng.js";

// Shapes are child-index arrays (node 0 is the root, -1 = no child), turned into LeetCode's
// level-order array at the end. No objects and no recursion, so probe trees of 10^6 nodes
// build in O(n).
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

/** Heap order: node i has children 2i+1 and 2i+2. */
function completeShape(n: number): Shape {
  const s = emptyShape(n);
  for (let i = 0; 2 * i + 1 < n; i++) {
    s.left[i] = 2 * i + 1;
    if (2 * i + 2 < n) s.right[i] = 2 * i + 2;
  }
  return s;
}

/** A chain 0 → 1 → ... → n-1; goRight(i) says whether node i+1 is the right child of node i. */
function chainShape(n: number, goRight: (i: number) => boolean): Shape {
  const s = emptyShape(n);
  for (let i = 0; i + 1 < n; i++) (goRight(i) ? s.right : s.left)[i] = i + 1;
  return s;
}

/** Each subtree of size m puts a uniform share of m-1 nodes on its left (random-BST depth, O(log n) on average). */
function splitShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  if (n === 0) return s;
  const stack: number[] = [0, n]; // pairs [first id, size]; a subtree occupies ids first..first+size-1
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
 * The probes' tree, the worst case for every kind of traversal: a path of ceil(n/3) nodes, each
 * the left or right child (at random) of the one before and carrying a leaf on its other side,
 * ending in a complete tree of the remaining nodes. Depth is about n/3, so recursion or an
 * in-order stack holds O(n) nodes; the path's leaves wait on a pre-order stack, O(n) too; and
 * the complete part's last level holds about n/6 nodes, so a BFS queue is O(n) as well.
 */
function broomShape(n: number, rng: Rng): Shape {
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

/** Node ids in in-order (left, node, right), with an explicit stack. */
function inOrder(shape: Shape): Int32Array {
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

/** n strictly increasing 32-bit values: random gaps, sometimes pinned to -2^31 and/or 2^31 - 1. */
function increasingValues(n: number, rng: Rng): number[] {
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

/**
 * A valid BST about half of the time; otherwise one classic defect: two values swapped, a value
 * equal to its in-order neighbour (a duplicate), or a deep node pushed just past the bound set
 * by one of its ancestors (which its parent alone does not reveal).
 */
export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.04)) return [[]];
  let shape: Shape;
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
  const order = inOrder(shape);
  const sorted = increasingValues(n, rng);
  const values: number[] = new Array(n);
  for (let i = 0; i < n; i++) values[order[i]] = sorted[i];
  const defect = n < 2 ? 0 : rng.int(0, 5);
  if (defect === 3) {
    const a = rng.int(0, n - 1);
    let b = rng.int(0, n - 2);
    if (b >= a) b++;
    [values[a], values[b]] = [values[b], values[a]];
  } else if (defect === 4) {
    const i = rng.int(0, n - 2);
    if (rng.bool()) values[order[i]] = values[order[i + 1]];
    else values[order[i + 1]] = values[order[i]];
  } else if (defect === 5) {
    // pick a node with at least one ancestor, then an ancestor, and cross that ancestor's value
    const parent = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (shape.left[i] >= 0) parent[shape.left[i]] = i;
      if (shape.right[i] >= 0) parent[shape.right[i]] = i;
    }
    const node = rng.int(1, n - 1);
    let child = node;
    let ancestor = parent[node];
    for (let steps = rng.int(0, n); steps > 0 && parent[ancestor] >= 0; steps--) {
      child = ancestor;
      ancestor = parent[ancestor];
    }
    const onLeft = shape.left[ancestor] === child;
    const bound = values[ancestor];
    values[node] = onLeft ? Math.min(bound + rng.int(0, 1), 2147483647) : Math.max(bound - rng.int(0, 1), -2147483648);
  }
  return [encode(shape, values)];
}

/** A valid broom-shaped BST of exactly n nodes and values 3i - n in order. */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const shape = broomShape(n, rng);
  const order = inOrder(shape);
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[order[i]] = 3 * i - n;
  return [encode(shape, values)];
}
