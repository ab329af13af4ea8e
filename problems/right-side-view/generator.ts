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
 * The trap shape for this problem: a short right subtree and a deeper left one, so the lower
 * levels are seen from the left. The left part is a random split tree, the right a short chain.
 */
function leftHeavyShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  if (n < 3) return chainShape(n, () => false);
  const rightSize = rng.int(1, Math.max(1, Math.floor((n - 1) / 3)));
  const leftSize = n - 1 - rightSize;
  const left = splitShape(leftSize, rng);
  // left subtree: ids 1..leftSize, right chain: ids leftSize+1..n-1
  for (let i = 0; i < leftSize; i++) {
    if (left.left[i] >= 0) s.left[1 + i] = 1 + left.left[i];
    if (left.right[i] >= 0) s.right[1 + i] = 1 + left.right[i];
  }
  s.left[0] = 1;
  s.right[0] = leftSize + 1;
  for (let i = leftSize + 1; i + 1 < n; i++) (rng.bool() ? s.right : s.left)[i] = i + 1;
  return s;
}

function randomValues(n: number, rng: Rng): number[] {
  const mode = rng.int(0, 4);
  if (mode === 0) return new Array(n).fill(rng.pick([0, -1, 5]));
  const spread = [1, 2, 9, 1000, 2147483647][mode];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const extreme = spread === 2147483647 && rng.bool(0.25);
    values.push(extreme ? rng.pick([-2147483648, 2147483647, 0]) : rng.int(-spread, spread));
  }
  return values;
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

export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.04)) return [[]];
  let shape: Shape;
  switch (rng.int(0, 7)) {
    case 0:
      shape = completeShape(n);
      break;
    case 1:
      shape = chainShape(n, () => rng.bool());
      break;
    case 2:
      shape = chainShape(n, (i) => i % 2 === 0);
      break;
    case 3:
      shape = splitShape(n, rng);
      break;
    case 4:
    case 5:
      shape = leftHeavyShape(n, rng);
      break;
    default:
      shape = slotShape(n, rng);
  }
  return [encode(shape, randomValues(n, rng))];
}

/** A broom of exactly n nodes with values in [-1000, 1000]: about n/3 levels deep and n/6 wide at the bottom. */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = rng.int(-1000, 1000);
  return [encode(broomShape(n, rng), values)];
}
